/* hubls-run: gcc -g -fsanitize=address {file} -o app && ./app 2>&1 | grep -E "ERROR|SUMMARY"; ./app w 2>&1 | grep -E "ERROR|SUMMARY" */
#include <stdlib.h>
int main(int argc, char **argv) {
    int *a = malloc(4 * sizeof(int));
    (void)argv;
    if (argc > 1) {
        a[4] = 1;
        return 0;
    }
    return a[4];
}
