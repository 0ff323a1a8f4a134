// hubls-run: javac {file} && java ConcurrentMod; java ConcurrentMod thread
import java.util.*;

class ConcurrentMod {
    static void prune(List<String> names) {
        for (String n : names) {
            if (n.isEmpty()) {
                names.remove(n);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>(List.of("ann", "", "bob", "eve"));
        if (args.length > 0) {
            Thread t = new Thread(() -> prune(names), "cleanup-worker");
            t.start();
            t.join();
            return;
        }
        prune(names);
    }
}
