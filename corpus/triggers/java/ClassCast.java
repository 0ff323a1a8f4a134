// hubls-run: javac {file} && java ClassCast; java ClassCast list
import java.util.*;

class ClassCast {
    public static void main(String[] args) {
        Object value = args.length > 0 ? (Object) new ArrayList<String>() : (Object) "42";
        if (args.length > 0) {
            Map<String, Object> m = (Map<String, Object>) value;
        }
        Integer n = (Integer) value;
        System.out.println(n);
    }
}
