// hubls-run: mcs -out:app.exe {file} >/dev/null && for c in nre cast index argrange argrange2 key key2 format modified div disposed disposed2 first first2 file file2; do mono app.exe $c 2>&1 | grep -E '^(\[ERROR\] FATAL UNHANDLED EXCEPTION: )?System\.[A-Za-z.]+(Exception|Error):'; done
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

class Customer { public string Name; public Customer Manager; }

class RuntimeErrors {
    static Customer Find(int id) { return null; }

    static void Main(string[] args) {
        switch (args[0]) {
            case "nre":
                Customer c = Find(42);
                Console.WriteLine(c.Name.Length);
                break;
            case "cast":
                object boxed = "42";
                int n = (int)boxed;
                Console.WriteLine(n);
                break;
            case "argrange2":
                string code = "AB";
                Console.WriteLine(code.Substring(0, 5));
                break;
            case "key2":
                var prices = new Dictionary<string, decimal>();
                Console.WriteLine(prices["SKU-1001"]);
                break;
            case "disposed2":
                var gate = new System.Threading.SemaphoreSlim(1);
                gate.Dispose();
                gate.Wait();
                break;
            case "first2":
                var empty = new List<string>();
                Console.WriteLine(empty.First());
                break;
            case "file2":
                Console.WriteLine(File.ReadAllText("/tmp/hubls-trigger/data/users.csv"));
                break;
            case "index":
                int[] scores = { 90, 80, 70 };
                Console.WriteLine(scores[3]);
                break;
            case "argrange":
                var names = new List<string> { "ann" };
                Console.WriteLine(names[1]);
                break;
            case "key":
                var settings = new Dictionary<string, string> { ["debug"] = "true" };
                Console.WriteLine(settings["timeout"]);
                break;
            case "format":
                int port = int.Parse(" 80 80");
                Console.WriteLine(port);
                break;
            case "modified":
                var items = new List<int> { 1, 2, 3 };
                foreach (var i in items) { if (i == 2) items.Remove(i); }
                break;
            case "div":
                int total = 10, count = 0;
                Console.WriteLine(total / count);
                break;
            case "disposed":
                var stream = new MemoryStream();
                stream.Dispose();
                stream.WriteByte(1);
                break;
            case "first":
                var orders = new List<int>();
                Console.WriteLine(orders.First(x => x > 100));
                break;
            case "file":
                Console.WriteLine(File.ReadAllText("appsettings.json"));
                break;
        }
    }
}
