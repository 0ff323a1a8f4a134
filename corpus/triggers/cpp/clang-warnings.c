/* hubls-run: LC_ALL=C gcc -fsyntax-only -Wall -Wextra -Wconversion -Wshadow -Wimplicit-fallthrough {file}; clang-19 -fsyntax-only -Wall -Wextra -Wconversion -Wshadow -Wimplicit-fallthrough -Wnull-dereference -Wself-assign -Wtautological-unsigned-zero-compare -Wmissing-field-initializers {file}; python3 clangd-diags.py {file} -Wall -Wextra -Wconversion -Wshadow -Wimplicit-fallthrough -Wnull-dereference -Wtautological-unsigned-zero-compare */
/* hubls-include: clangd-diags.py */
/* hubls-tool: clang */
#include <stdio.h>
#include <string.h>

struct point { int x; int y; };
struct range { long start; long end; };

__attribute__((deprecated("use open_v2"))) int open_v1(const char *path);
__attribute__((deprecated)) int legacy_sum(int a, int b);

static int helper_unused(void) { return 1; }

int on_event(int fd, unsigned flags) {
    return fd;
}

int handler(int fd, void *ctx) {
    int retries = 3;
    char buffer[64];
    int written = 0;
    written = 5;
    return fd;
}

int uninit(int flag) {
    int total;
    int count;
    if (flag)
        count = 1;
    total += 1;
    return total + count;
}

double average(const int *v, int n) {
    double sum;
    for (int i = 0; i < n; i++)
        sum += v[i];
    return sum / n;
}

int sometimes(int flag) {
    int status;
    if (flag > 0)
        status = 1;
    return status;
}

void formats(long n, size_t len, const char *name, int id) {
    printf("%d items\n", n);
    printf("%d bytes\n", len);
    printf("%s\n", id);
    printf(name);
}

void pointers(void) {
    long value = 1;
    int *p = &value;
    const char *s = "x";
    char *q = s;
    (void)p; (void)q;
}

int conversions(long big, size_t n, double ratio) {
    int small = big;
    char c = small;
    int count = n;
    int pct = ratio;
    return small + c + count + pct;
}

int compare(int i, size_t n, unsigned u) {
    if (i < n) return 1;
    if (u < 0) return 2;
    if (n >= 0) return 3;
    return 0;
}

char *local_address(void) {
    char buf[16];
    strcpy(buf, "x");
    return buf;
}

int *local_int(void) {
    int v = 1;
    return &v;
}

int no_return(int x) {
    if (x) return 1;
}

int never_return(int x) {
    x++;
}

int bounds(void) {
    int a[5] = {0};
    char name[8];
    name[8] = 0;
    return a[5];
}

int self(int x) {
    x = x;
    long y = 2;
    y = y;
    return x + (int)y;
}

int indent(int x) {
    if (x > 0)
        x++;
        x *= 2;
    while (x > 100)
        x--;
        x--;
    return x;
}

int parens(int x, int y) {
    if (x = 1) return 1;
    while (y = x) y--;
    return 0;
}

int nullderef(void) {
    int v = *(int *)0;
    return v;
}

struct point mk(void) {
    struct point p = { .x = 1 };
    struct range r = { 1 };
    struct point q = { 2 };
    (void)q;
    return p.y + r.end ? p : p;
}

int verbose;

int shadow(int count) {
    int verbose = 1;
    (void)verbose;
    int total = 0;
    for (int i = 0; i < count; i++) {
        int total = i;
        int count = 2;
        (void)total; (void)count;
    }
    return total;
}

int fall(int k) {
    int r = 0;
    switch (k) {
    case 1:
        r = 1;
    case 2:
        r += 2;
    case 3:
        r += 3;
        break;
    }
    return r;
}

int depr(void) {
    return open_v1("x") + legacy_sum(1, 2);
}
