public class Main {
    static int parsePort(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("invalid configuration", e);
        }
    }
    public static void main(String[] args) {
        parsePort("80a");
    }
}
