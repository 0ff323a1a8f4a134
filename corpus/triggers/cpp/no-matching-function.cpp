// hubls-run: export LC_ALL=C; g++ -std=c++17 -c {file} 2>&1 | grep -F 'error:'
#include <string>
#include <vector>

int area(int w, int h) { return w * h; }

struct Point { Point(int x, int y) : x(x), y(y) {} int x, y; };

int main() {
    int a = area(3);
    std::vector<Point> pts;
    pts.push_back(Point());
    std::string s = std::to_string("x");
    return a;
}
