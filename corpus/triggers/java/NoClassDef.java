// hubls-run: javac {file} && rm Helper.class && java NoClassDef; javac {file} && rm Json.class && java NoClassDef json
class Helper {
    static String name() { return "helper"; }
}

class Json {
    static String name() { return "json"; }
}

class NoClassDef {
    public static void main(String[] args) {
        if (args.length > 0) {
            System.out.println(Json.name());
            return;
        }
        System.out.println(Helper.name());
    }
}
