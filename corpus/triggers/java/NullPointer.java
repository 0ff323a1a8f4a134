// hubls-run: javac -g {file} && java Npe; java Npe user; javac {file} && java Npe
import java.util.Map;

class Npe {
    static String lookup(String key) { return null; }

    public static void main(String[] args) {
        if (args.length > 0) {
            Map<String, String> users = null;
            System.out.println(users.get(args[0]));
        }
        String name = lookup("name");
        System.out.println(name.length());
    }
}
