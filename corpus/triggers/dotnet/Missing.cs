// hubls-run: mcs {file} 2>&1 | grep -F 'error CS'
using System;
using Newtonsoft.Json;

class Missing {
    static void Main() {
        Console.WriteLine(JsonConvert.SerializeObject(new { a = 1 }));
    }
}
