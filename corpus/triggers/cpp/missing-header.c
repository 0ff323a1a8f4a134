/* hubls-run: export LC_ALL=C; gcc -c {file}; g++ -x c++ -c {file} */
int main(void) {
    printf("%d\n", 1);
    return 0;
}
