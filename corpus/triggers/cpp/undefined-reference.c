/* hubls-run: export LC_ALL=C; gcc {file} -o app; gcc {file} -o app -DUSE_MATH */
#ifdef USE_MATH
double sqrt(double);
int main(void) { volatile double x = 2.0; return (int)sqrt(x); }
#else
int parse_config(const char *path);
int main(void) { return parse_config("app.conf"); }
#endif
