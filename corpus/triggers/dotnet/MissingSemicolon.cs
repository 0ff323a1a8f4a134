// hubls-run: mcs {file} 2>&1 | grep -F 'error CS'; sed -i 's/^        int count = 0;$/        int count = 0/; s/"x"$/"x";/' {file}; mcs {file} 2>&1 | grep -F 'error CS'
using System;

class MissingSemicolon {
    static void Main() {
        int count = 0;
        string name = "x"
        Console.WriteLine(count + name);
    }
}
