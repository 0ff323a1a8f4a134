// hubls-run: mcs {file} 2>&1 | grep -F 'error CS'
using System;

class Report {
    int pageSize = 20;

    static string Sign(int n) {
        if (n > 0) return "positive";
        else if (n < 0) return "negative";
    }

    static int IndexOf(int[] a, int x) {
        for (int i = 0; i < a.Length; i++) {
            if (a[i] == x) return i;
        }
    }

    static void Main() {
        int total = 1;
        Console.WriteLine(totl);
        Console.WriteLine(userCount);
        int port = "8080";
        string name = 42;
        long big = 5;
        int small = big;
        List<string> names = new List<string>();
        var cfg = new AppConfig();
        var sb = new StringBuilder();
        Console.WriteLine(pageSize);
    }
}
