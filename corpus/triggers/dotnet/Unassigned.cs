// hubls-run: mcs {file} 2>&1 | grep -F 'error CS'
using System;

class Unassigned {
    static void Main(string[] args) {
        int total;
        string label;
        if (args.Length > 0) {
            total = 1;
            label = "x";
        }
        Console.WriteLine(total);
        Console.WriteLine(label);
    }
}
