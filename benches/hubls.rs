//! `cargo bench`: prints medians and p99 for the matcher, and for the language server over stdio (time
//! from process start to the `initialize` response, hover and completion latency) on the built-in
//! corpus. Figures, not assertions: these machines are shared, so compare medians and ratios.

use hubls::kb::Corpus;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() - 1) as f64 * p).round() as usize;
    samples[index]
}

fn report(name: &str, samples: &mut [Duration]) {
    let median = percentile(samples, 0.5);
    let p99 = percentile(samples, 0.99);
    println!("{name:<44} median {:>10.3} ms   p99 {:>10.3} ms   (n={})", ms(median), ms(p99), samples.len());
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(work());
            start.elapsed()
        })
        .collect()
}

/// A log of `lines` ordinary lines with a real Python traceback every 1000 lines.
fn big_log(lines: usize) -> String {
    let mut text = String::new();
    for i in 0..lines {
        if i % 1000 == 999 {
            text.push_str("Traceback (most recent call last):\n  File \"/srv/app.py\", line 3, in <module>\n    print(settings[\"timeout\"])\nKeyError: 'timeout'\n");
        } else {
            text.push_str(&format!("2026-11-21 09:14:{:02} INFO  request GET /api/users/{i} 200 12ms\n", i % 60));
        }
    }
    text
}

struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
}

impl Server {
    fn start() -> (Server, Duration) {
        let start = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_hubls"))
            .arg("--stdio")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("hubls starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut server = Server { child, stdin, stdout, next_id: 0 };
        let capabilities = json!({"general": {"positionEncodings": ["utf-16"]},
            "textDocument": {"hover": {"contentFormat": ["markdown"]}, "completion": {"completionItem": {"snippetSupport": true}}}});
        server.request("initialize", json!({"processId": null, "rootUri": null, "capabilities": capabilities}));
        let to_initialize = start.elapsed();
        server.notify("initialized", json!({}));
        (server, to_initialize)
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.read();
            if message.get("method").is_none() && message["id"] == json!(id) {
                return message;
            }
        }
    }

    fn read(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap();
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = value.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported, every figure is printed.
    println!("hubls benchmarks (built-in corpus)\n");

    let sources = hubls::sources::builtin();
    let mut load = time(5, || Corpus::load(&sources));
    report("corpus load (parse, regex set, tantivy index)", &mut load);
    let corpus = Corpus::load(&sources).0;
    println!("{:<44} {} entries", "", corpus.entries.len());

    let mut message = time(2000, || corpus.explain_message("TypeError: Cannot read properties of undefined (reading 'map')", Some("javascript")));
    report("explain one diagnostic message", &mut message);
    let mut code_line = time(2000, || corpus.explain_message("    const names = users.map((u) => u.name);", Some("javascript")));
    report("explain one line of ordinary code", &mut code_line);

    let log = big_log(200_000);
    let megabytes = log.len() as f64 / 1e6;
    let mut scan = time(5, || corpus.explain(&log, Some("log")));
    let median = percentile(&mut scan, 0.5);
    report(&format!("explain a {megabytes:.1} MB log (200 traces)"), &mut scan);
    println!("{:<44} {:.0} MB/s", "", megabytes / median.as_secs_f64());

    let mut search = time(500, || corpus.search(&hubls::kb::SearchQuery { text: "cannot read properties undefined", kind: None, languages: vec![], limit: 10 }));
    report("search (10 results)", &mut search);

    let mut startup: Vec<Duration> = (0..10).map(|_| Server::start().1).collect();
    report("process start to initialize response", &mut startup);

    let (mut server, _) = Server::start();
    let uri = "file:///bench/app.py";
    let text = "import asyncio\n\nasync def main():\n    await asyncio.gather(a(), b())\n\nprint(settings[\"timeout\"])  # KeyError: 'timeout'\nlru\n";
    server.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}));
    // The first request waits for the corpus to load; measure the steady state after it.
    server.request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}));
    let mut hover_symbol = time(300, || server.request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 22}})));
    report("hover on a symbol (stdio round trip)", &mut hover_symbol);
    let mut hover_error = time(300, || server.request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 5, "character": 40}})));
    report("hover on error text (stdio round trip)", &mut hover_error);
    let mut completion = time(300, || server.request("textDocument/completion", json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 3}})));
    report("completion (stdio round trip)", &mut completion);

    let big_uri = "file:///bench/big.log";
    server.notify("textDocument/didOpen", json!({"textDocument": {"uri": big_uri, "languageId": "log", "version": 1, "text": log}}));
    let mut hover_during_scan = time(100, || server.request("textDocument/completion", json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 3}})));
    report(&format!("completion while a {megabytes:.0} MB log is scanned"), &mut hover_during_scan);
}
