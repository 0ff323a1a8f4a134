// hubls-run: export LC_ALL=C; g++ -c {file} 2>&1 | grep -F 'error:'
#include <cstdlib>
int main() {
    const char *greeting = "hi";
    char *p = greeting;
    int *buf = malloc(16);
    return p[0] + buf[0];
}
