/* hubls-run: export LC_ALL=C; gcc -c {file} */
int main(void) {
    int n = compute_total(3);
    char *s = strdup("x");
    return n + (s != 0);
}
