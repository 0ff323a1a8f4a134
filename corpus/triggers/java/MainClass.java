// hubls-run: javac {file} && java com.example.App; java MainClass.class
class MainClass {
    public static void main(String[] args) {
        System.out.println("ok");
    }
}
