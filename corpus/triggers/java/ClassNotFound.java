// hubls-run: javac {file} && java ClassNotFound; java ClassNotFound mysql
class ClassNotFound {
    public static void main(String[] args) throws Exception {
        String driver = args.length > 0 ? "com.mysql.cj.jdbc.Driver" : "org.postgresql.Driver";
        Class.forName(driver);
    }
}
