/* hubls-run: python3 clangd-diags.py {file} */
/* hubls-include: clangd-diags.py */
/* hubls-tool: clang */
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) { return (int)strlen("x"); }
