/* hubls-run: clang-19 -g -fsanitize=undefined {file} -o app && for m in add mul null field shift neg; do ./app $m 2>&1 | grep -F 'runtime error'; done */
/* hubls-tool: clang */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct item { int id; long price; };

int main(int argc, char **argv) {
    const char *m = argc > 1 ? argv[1] : "";
    volatile int big = INT_MAX, count = 70000, bits = 40, neg = -1;
    int *p = getenv("HUBLS_NEVER_SET") ? &count : NULL;
    struct item *it = getenv("HUBLS_NEVER_SET") ? malloc(sizeof *it) : NULL;
    if (!strcmp(m, "add")) return big + 1;
    if (!strcmp(m, "mul")) return count * count;
    if (!strcmp(m, "null")) return *p;
    if (!strcmp(m, "field")) return (int)it->price;
    if (!strcmp(m, "shift")) return 1 << bits;
    if (!strcmp(m, "neg")) return 1 << neg;
    return 0;
}
