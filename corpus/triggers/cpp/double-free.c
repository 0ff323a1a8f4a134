/* hubls-run: export LC_ALL=C; gcc {file} -o app && sh -c ./app 2>&1; gcc -g -fsanitize=address {file} -o app2 && ./app2 2>&1 | grep SUMMARY */
#include <stdlib.h>
int main(void) {
    char *buf = malloc(64);
    free(buf);
    free(buf);
    return 0;
}
