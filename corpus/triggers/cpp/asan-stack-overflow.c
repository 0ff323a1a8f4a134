/* hubls-run: gcc -g -fsanitize=address {file} -o app && ./app 2>&1 | grep -E "ERROR|SUMMARY"; ./app w 2>&1 | grep -E "ERROR|SUMMARY" */
#include <string.h>
int main(int argc, char **argv) {
    char name[8];
    int ids[4] = {0};
    volatile int i = 4;
    (void)argv;
    if (argc > 1) {
        strcpy(name, "a-long-hostname");
        return name[0];
    }
    return ids[i];
}
