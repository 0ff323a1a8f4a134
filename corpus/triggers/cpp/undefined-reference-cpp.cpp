// hubls-run: export LC_ALL=C; g++ {file} -o app
#include <string>
class Logger {
public:
    void write(const std::string &msg);
};
int main() {
    Logger log;
    log.write("hi");
}
