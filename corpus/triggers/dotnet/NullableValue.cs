// hubls-run: mcs -out:app.exe {file} >/dev/null && mono app.exe 2>&1 | grep -E '^System\.|FATAL'
using System;

class NullableValue {
    static int? FindDiscount(string code) { return null; }

    static void Main() {
        int? discount = FindDiscount("SPRING");
        int percent = discount.Value;
        Console.WriteLine(percent);
    }
}
