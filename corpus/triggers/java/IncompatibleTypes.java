// hubls-run: javac {file}
class IncompatibleTypes {
    public static void main(String[] args) {
        int port = "8080";
        long big = 5L;
        int small = big;
    }
}
