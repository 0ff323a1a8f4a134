// hubls-run: javac {file}
import java.nio.file.*;

class UnreportedException {
    public static void main(String[] args) {
        String text = Files.readString(Path.of("a.txt"));
        Thread.sleep(100);
    }
}
