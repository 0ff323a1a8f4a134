# hubls-run: LC_ALL=C sh {file}
cat > a.c <<'C'
#include "config.h"
int main(void) { return retries + timeout_ms(); }
C
cat > b.c <<'C'
#include "config.h"
C
cat > config.h <<'C'
int retries = 3;
int timeout_ms(void) { return 100; }
C
gcc -c a.c b.c && gcc a.o b.o -o app
