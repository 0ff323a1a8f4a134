/* hubls-run: export LC_ALL=C; gcc -c {file}; g++ -x c++ -c {file} */
int total(int a, int b) {
    int sum = a + b
    return sum;
}
int main(void) {
    int x = total(1, 2)
    return x;
}
