// hubls-run: javac {file}
class NotInitialized {
    public static void main(String[] args) {
        int total;
        String label;
        if (args.length > 0) {
            total = 1;
            label = "x";
        }
        System.out.println(total);
        System.out.println(label);
    }
}
