/* hubls-run: clang-19 -fsyntax-only {file}; clang-19 -fsyntax-only -DSECOND {file}; python3 clangd-diags.py {file} -DSECOND; LC_ALL=C gcc -fsyntax-only {file}; LC_ALL=C gcc -fsyntax-only -DSECOND {file} */
/* hubls-include: clangd-diags.py */
/* hubls-tool: clang */
#ifdef SECOND
#include "generated/version.h"
#else
#include "app_config.h"
#endif
int main(void) { return 0; }
