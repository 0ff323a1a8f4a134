// hubls-run: javac {file} && java Unsupported; java Unsupported thread
import java.util.*;

class Unsupported {
    static void addGuest(List<String> names) {
        names.add("eve");
    }

    public static void main(String[] args) throws Exception {
        List<String> names = List.of("ann", "bob");
        if (args.length > 0) {
            Thread t = new Thread(() -> addGuest(names), "importer");
            t.start();
            t.join();
            return;
        }
        addGuest(names);
    }
}
