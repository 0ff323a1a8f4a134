// hubls-run: export LC_ALL=C; g++ -c {file}
int main() {
    std::cout << "hi";
    std::string s = "x";
    return 0;
}
