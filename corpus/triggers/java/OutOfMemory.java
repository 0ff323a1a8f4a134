// hubls-run: javac {file} && java -Xmx8m OutOfMemory; java -Xmx8m OutOfMemory pool
import java.util.*;
import java.util.concurrent.*;

class OutOfMemory {
    static void fill() {
        List<byte[]> cache = new ArrayList<>();
        while (true) {
            cache.add(new byte[1024 * 1024]);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            Thread t = new Thread(OutOfMemory::fill, "cache-loader");
            t.start();
            t.join();
            return;
        }
        fill();
    }
}
