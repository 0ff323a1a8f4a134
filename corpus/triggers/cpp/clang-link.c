/* hubls-run: clang-19 {file} -o app; clang-19 -fuse-ld=lld {file} -o app; clang-19 -DUSE_MATH {file} -o app; clang-19 -fuse-ld=lld -DUSE_MATH {file} -o app */
/* hubls-tool: clang */
#ifdef USE_MATH
double sqrt(double);
int main(void) { volatile double x = 2.0; return (int)sqrt(x); }
#else
int parse_config(const char *path);
int main(void) { return parse_config("app.conf"); }
#endif
