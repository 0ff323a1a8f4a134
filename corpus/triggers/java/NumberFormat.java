// hubls-run: javac {file} && java NumberFormat " 42"; java NumberFormat "8080 "; java NumberFormat abc; java NumberFormat ""
class NumberFormat {
    public static void main(String[] args) {
        String port = args[0];
        int p = Integer.parseInt(port);
        System.out.println(p);
    }
}
