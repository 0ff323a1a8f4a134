/* hubls-run: clang-19 -g -fsanitize=address {file} -o app && for m in ret glob glob2 leak leak2; do ASAN_OPTIONS=detect_stack_use_after_return=1 ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-19/bin/llvm-symbolizer ./app $m 2>&1 | grep -E 'ERROR|SUMMARY|Direct leak'; done */
/* hubls-tool: clang */
#include <stdlib.h>
#include <string.h>

static int table[4];
static char name[8] = "svc";

static int *pending(void) {
    int slot = 7;
    int *p = &slot;
    return p;
}

static char *session_token(void) {
    char *tok = malloc(64);
    strcpy(tok, "abc");
    return tok;
}

int main(int argc, char **argv) {
    const char *m = argc > 1 ? argv[1] : "";
    volatile int i = 4;
    if (!strcmp(m, "ret")) return *pending();
    if (!strcmp(m, "glob")) return table[i];
    if (!strcmp(m, "glob2")) { name[i + 4] = 'x'; return 0; }
    if (!strcmp(m, "leak")) { char *t = session_token(); t = NULL; return 0; }
    if (!strcmp(m, "leak2")) { int *v = malloc(100 * sizeof(int)); v[0] = 1; v = NULL; return 0; }
    return 0;
}
