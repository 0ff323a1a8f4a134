// hubls-run: mcs {file} 2>&1 | grep -F 'error CS'
class Statics {
    void Save() { }

    static void Main() {
        Save();
    }
}
