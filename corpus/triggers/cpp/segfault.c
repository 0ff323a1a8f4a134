/* hubls-run: export LC_ALL=C; gcc {file} -o app && sh -c ./app; gcc -g -fsanitize=address {file} -o app2 && ./app2 x 2>&1 | grep SUMMARY */
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    char *name = NULL;
    (void)argv;
    if (argc > 1) {
        int *p = (int *)16;
        return *p;
    }
    return (int)strlen(name);
}
