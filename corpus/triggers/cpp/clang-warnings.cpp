// hubls-run: LC_ALL=C g++ -std=c++20 -fsyntax-only -Wall -Wextra {file}; clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra {file}; python3 clangd-diags.py {file} -std=c++20 -Wall -Wextra
// hubls-include: clangd-diags.py
// hubls-tool: clang
#include <string>
#include <string_view>
#include <vector>

struct Conn {
    Conn(int fd) : port(fd * 2), fd(fd) {}
    int fd;
    int port;
};

struct Span {
    Span(int b, int e) : end(e), size(e - b), begin(b) {}
    int begin;
    int size;
    int end;
};

struct Shape {
    virtual double area() const { return 0; }
};
struct Widget {
    virtual void draw() {}
    ~Widget() {}
};

void destroy(Shape *s, Widget *w) {
    delete s;
    delete w;
}

const int &pick(const std::vector<int> &v) {
    int best = v.empty() ? 0 : v[0];
    return best;
}

std::string_view label() {
    std::string name = "x";
    return name;
}

const char *dangling() {
    const char *p = std::string("hello").c_str();
    std::string_view sv = std::string("world");
    return sv.empty() ? p : sv.data();
}

[[nodiscard]] int parse(const char *s);
[[nodiscard]] bool save();

void ignore() {
    parse("1");
    save();
}

struct Pt { int x; int y; };
struct Holder {
    const std::string &ref;
    Holder() : ref("default") {}
};

struct Config {
    const std::string &name;
    Config() : name(std::string("svc")) {}
};

__attribute__((warn_unused_result)) int write_all(int fd);

void ignore_c() {
    write_all(1);
}
