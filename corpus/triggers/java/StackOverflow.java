// hubls-run: javac {file} && java -Xss512k StackOverflow 2>&1 | head -1; java -Xss512k StackOverflow thread 2>&1 | head -1
class StackOverflow {
    static int depth(int n) { return depth(n + 1) + 1; }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            Thread t = new Thread(() -> depth(0), "parser");
            t.start();
            t.join();
            return;
        }
        System.out.println(depth(0));
    }
}
