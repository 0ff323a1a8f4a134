// hubls-run: javac {file}
class StaticContext {
    int pageSize = 20;
    void save() { }

    public static void main(String[] args) {
        System.out.println(pageSize);
        save();
    }
}
