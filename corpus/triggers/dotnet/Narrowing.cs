// hubls-run: mcs {file} 2>&1 | grep -F 'error CS'
class Narrowing {
    static void Main() {
        double rate = 0.19;
        decimal net = 100m;
        decimal vat = rate * 1;
        System.Console.WriteLine(net + vat);
    }
}
