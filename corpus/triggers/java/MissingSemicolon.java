// hubls-run: javac {file}
class MissingSemicolon {
    public static void main(String[] args) {
        int count = 0
        String name = "x"
        System.out.println(count + name);
    }
}
