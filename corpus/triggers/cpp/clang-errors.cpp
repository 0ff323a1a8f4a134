// hubls-run: clang++-19 -std=c++17 -fsyntax-only -ferror-limit=0 {file}; python3 clangd-diags.py {file} -std=c++17 -ferror-limit=0
// hubls-include: clangd-diags.py
// hubls-tool: clang
#include <memory>
#include <mutex>
#include <string>
#include <vector>

int area(int w, int h) { return w * h; }
struct Point { Point(int x, int y) : x(x), y(y) {} int x, y; };
struct Cache { std::mutex lock; int hits = 0; };

struct Shape {
    virtual ~Shape() = default;
    virtual double area() const = 0;
};
struct Square : Shape { double side = 1; };

struct Meters { explicit Meters(double v) : v(v) {} double v; };
struct Money { long cents; };
struct Id {};
struct Key { Key(Id) {} };
struct Tag { Tag(Id) {} };
bool operator==(Key, Key);
bool operator==(Tag, Tag);
long operator+(Key, Key);
long operator+(Tag, Tag);

void overloads(long x);
void overloads(double x);

int main() {
    int a = area(3);
    Point p;
    std::vector<Point> pts;
    pts.push_back(Point());
    std::string s = std::to_string("x");

    auto owner = std::make_unique<int>(42);
    std::unique_ptr<int> copy = owner;
    Cache c1;
    Cache c2 = c1;
    Cache c3;
    c3 = c1;
    std::cout << "hi";

    const char *greeting = "hi";
    char *q = greeting;
    int *buf = malloc(16);
    int n = s;
    std::string t = 42;
    Meters m = 3.5;

    Shape *shape = new Shape();
    Shape value;
    Square sq;

    overloads(1);
    Money x{1}, y{2};
    auto z = x + y;
    Id i1, i2;
    bool same = i1 == i2;
    long sum = i1 + i2;
    return totl + user_count;
}

void flush_deleted() = delete;
void more() {
    auto p = std::make_unique<int>(1), q = std::make_unique<int>(2);
    p = q;
    flush_deleted();
}
