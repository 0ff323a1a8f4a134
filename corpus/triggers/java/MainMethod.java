// hubls-run: javac {file} && java MainMethod; java ReportJob
// `main` must be `public static void main(String[])` on Java 17-24 (Java 25 relaxes this, JEP 512).
class MainMethod {
    static void main(String[] args) { System.out.println("package-private main"); }
}
class ReportJob {
    public void run() { System.out.println("no main at all"); }
}
