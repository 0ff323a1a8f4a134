// hubls-run: javac {file} && python3 -c "for f, v in (('ClassVersion.class', 65), ('Billing.class', 69)): fh = open(f, 'r+b'); fh.seek(7); fh.write(bytes([v])); fh.close()" && java ClassVersion; java Billing
// Simulates deploying classes built by a newer JDK (javac --release 21 / 25) onto a Java 17 runtime:
// the class files' major version (bytes 6-7) is raised to 65 (Java 21) and 69 (Java 25).
class ClassVersion {
    public static void main(String[] args) { System.out.println("ok"); }
}
class Billing {
    public static void main(String[] args) { System.out.println("ok"); }
}
