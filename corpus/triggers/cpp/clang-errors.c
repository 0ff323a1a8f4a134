/* hubls-run: clang-19 -fsyntax-only -ferror-limit=0 {file}; python3 clangd-diags.py {file} -ferror-limit=0 */
/* hubls-include: clangd-diags.py */
/* hubls-tool: clang */
#include <stddef.h>

struct point { int x; int y; };
struct node;

int use_point(struct point *p, struct point q) {
    return p.x + q->y + p->z + q.w;
}

int incomplete(struct node *n) {
    struct config cfg;
    return n->value;
}

int redef(void) {
    int count = 1;
    int count = 2;
    return count;
}
int redef(void) { return 0; }

int excess(void) {
    int a[2] = {1, 2, 3};
    int s = {4, 5};
    return a[0] + s;
}

int types(void) {
    uint32_t id = 1;
    bool ok = 1;
    return (int)id + ok;
}

int calls(void) {
    int n = compute_total(3);
    char *s = strdup("x");
    printf("%d\n", n);
    return n + (s != 0) + totl;
}

int semis(int a, int b) {
    int sum = a + b
    return sum
}

int widths(uint32_t id, size_tt len);
static config_t settings;

int scale(int v, int factor);
int callers(void) {
    return scale(3) + scale(1, 2, 3);
}

int intptr(int fd) {
    char *name = fd;
    int *slot = 42;
    return name != 0 && slot != 0;
}

int suggest(struct point *p) {
    return p->xx;
}

int ret(int a) {
    return a
}
