// hubls-run: javac {file}
class CannotFindSymbol {
    public static void main(String[] args) {
        int total = 1;
        System.out.println(totl);
        List<String> names = new ArrayList<>();
        "x".lenght();
    }
}
