/* hubls-run: gcc -g -fsanitize=address {file} -o app && ./app 2>&1 | grep -E "ERROR|SUMMARY"; ./app w 2>&1 | grep -E "ERROR|SUMMARY" */
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    char *buf = malloc(32);
    strcpy(buf, "hello");
    free(buf);
    (void)argv;
    if (argc > 1) {
        buf[0] = 'x';
        return 0;
    }
    return buf[0];
}
