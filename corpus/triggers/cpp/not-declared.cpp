// hubls-run: export LC_ALL=C; g++ -c {file}
int main() {
    int total = 1;
    return totl + user_count;
}
