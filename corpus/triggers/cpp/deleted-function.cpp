// hubls-run: export LC_ALL=C; g++ -std=c++17 -c {file} 2>&1 | grep -F 'error:'
#include <memory>
#include <mutex>
#include <vector>

struct Cache { std::mutex lock; int hits = 0; };

int main() {
    auto owner = std::make_unique<int>(42);
    std::unique_ptr<int> copy = owner;
    Cache a;
    Cache b = a;
    return *copy + b.hits;
}
