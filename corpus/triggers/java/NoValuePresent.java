// hubls-run: javac {file} && java NoValuePresent; java NoValuePresent iter
import java.util.*;

class NoValuePresent {
    public static void main(String[] args) {
        if (args.length > 0) {
            Iterator<String> it = new ArrayList<String>().iterator();
            System.out.println(it.next());
        }
        Optional<String> user = Optional.empty();
        System.out.println(user.get());
    }
}
