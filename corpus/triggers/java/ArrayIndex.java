// hubls-run: javac {file} && java ArrayIndex; java ArrayIndex a b
class ArrayIndex {
    public static void main(String[] args) {
        int[] scores = {90, 80, 70};
        System.out.println(scores[args.length + 3]);
    }
}
