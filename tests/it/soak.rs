//! Soak tests of the real `hubls --stdio` process: malformed messages of every kind the fuzz run of
//! issue 11 used, each followed by a valid request whose answer is checked, interleaved with random
//! edits mirrored by the test, every publication of which is compared with a full scan of the mirrored
//! text of its version. The counts come from `HUBLS_SOAK_MESSAGES` and `HUBLS_SOAK_EDITS` (small by
//! default; README gives the long run), full scans are awaited every `HUBLS_SOAK_CHECK_EVERY` edits.

use crate::lsp::{POOL, full_scan_summary, generator, published_summary, random_pool_edit};
use crate::support::hubls_binary;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// How long the test waits for a message the server must send: a guard against hangs, not a timing test.
const PATIENCE: Duration = Duration::from_secs(30);
const LOG: &str = "file:///soak/app.log";
const STATIC: &str = "file:///soak/static.log";

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut bytes = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// A `hubls --stdio` process; a thread reads its output into a channel, checking its framing.
struct Server {
    child: Child,
    stdin: ChildStdin,
    output: Receiver<Result<Value, String>>,
    next_id: i64,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(hubls_binary())
            .arg("--stdio")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("hubls starts");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (sender, output) = channel();
        std::thread::spawn(move || {
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match stdout.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    if line == "\r\n" {
                        break;
                    }
                    length = line.strip_prefix("Content-Length: ").and_then(|l| l.trim_end().parse::<usize>().ok()).or(length);
                }
                let Some(length) = length else {
                    let _ = sender.send(Err("a frame without Content-Length".to_string()));
                    return;
                };
                let mut body = vec![0; length];
                if stdout.read_exact(&mut body).is_err() {
                    return;
                }
                let message = serde_json::from_slice(&body).map_err(|err| format!("a body that is not JSON: {err}"));
                if sender.send(message).is_err() {
                    return;
                }
            }
        });
        Server { child, stdin, output, next_id: 0 }
    }

    fn write(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).and_then(|()| self.stdin.flush()).expect("the server reads its input");
    }

    fn send(&mut self, message: &Value) {
        self.write(&frame(message.to_string().as_bytes()));
    }

    fn id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    fn request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.id();
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message; a silence past [`PATIENCE`] is a hang, an ended output a crash.
    fn next(&mut self) -> Value {
        match self.output.recv_timeout(PATIENCE) {
            Ok(message) => message.unwrap_or_else(|problem| panic!("the server wrote {problem}")),
            Err(RecvTimeoutError::Timeout) => panic!("hang: the server sent nothing for {PATIENCE:?}"),
            Err(RecvTimeoutError::Disconnected) => panic!("crash: the server ended with {:?}", self.child.wait()),
        }
    }

    fn peak_rss_kb(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap_or_default();
        line.split_whitespace().nth(1).and_then(|kb| kb.parse().ok()).unwrap_or(0)
    }

    /// Sends `shutdown` and `exit` and waits for the process to end, stdin still open.
    fn shut_down(mut self) -> std::process::ExitStatus {
        let id = self.request("shutdown", Value::Null);
        while self.next()["id"] != json!(id) {}
        self.notify("exit", Value::Null);
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the process can be waited for") {
                return status;
            }
            assert!(started.elapsed() < PATIENCE, "hang: the process did not end after `exit`");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// One malformed message of the given kind, carrying request id `id` where it has one.
fn malformed(kind: usize, id: i64, random: &mut impl FnMut(usize) -> usize) -> Vec<u8> {
    let body = json!({"jsonrpc": "2.0", "id": id, "method": "workspace/executeCommand",
                      "params": {"command": "hubls.search", "arguments": [{"query": "keyerror"}]}})
    .to_string();
    let framed = |header: String, body: &str| format!("{header}\r\n\r\n{body}").into_bytes();
    match kind {
        0 => framed(format!("Content-Length: {}", ["ten", "0x10", "", "1.5", "１２"][random(5)]), &body),
        1 => framed(format!("Content-Length: -{}", random(1000)), &body),
        2 => framed("Content-Length: 99999999999999999999999".to_string(), &body),
        3 => framed(format!("Content-Length: {}", body.len() - 1 - random(10)), &body),
        4 => framed(format!("Content-Length: {}", body.len() + 1 + random(40)), &body),
        5 => framed("Content-Type: application/vscode-jsonrpc; charset=utf-8".to_string(), &body),
        6 => framed(format!("Content-Length: {}", body.len()), &body[..random(body.len())]),
        7 => frame(format!(r#"{{"jsonrpc":"2.0","id":{id},"id":{id},"method":"shutdown"}}"#).as_bytes()),
        8 => frame(br#"{"jsonrpc":"2.0","method":"exit","method":"initialized","params":{}}"#),
        9 => {
            const ALPHABET: &[u8] = b" {}[]\":,0123456789abcdeftrnul\\";
            let garbage: String = (0..1 + random(80)).map(|_| char::from(ALPHABET[random(ALPHABET.len())])).collect();
            frame(garbage.as_bytes())
        }
        10 => frame(json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {"textDocument": 42, "position": "top"}}).to_string().as_bytes()),
        11 => frame(json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": LOG}, "contentChanges": "all"}}).to_string().as_bytes()),
        12 => frame(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 7, "version": "one"}}}).to_string().as_bytes()),
        13 => frame(json!({"jsonrpc": "2.0", "id": id, "method": "hubls/noSuchMethod", "params": {}}).to_string().as_bytes()),
        14 => frame(json!({"jsonrpc": "2.0", "method": "noSuch/notification", "params": [1, 2]}).to_string().as_bytes()),
        15 => frame(json!({"jsonrpc": "2.0", "id": id, "method": "$/noSuchRequest"}).to_string().as_bytes()),
        16 => frame(format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{{"textDocument":{{"uri":"{STATIC}"}},"position":{{"line":99999999999999999999,"character":-1}}}}}}"#).as_bytes()),
        17 => frame(br#"{"jsonrpc":"2.0","id":1e400,"method":"shutdown"}"#),
        18 => frame(format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{}{}}}"#, "[".repeat(200), "]".repeat(200)).as_bytes()),
        19 => format!("this is no header at all\r\n\r\n{body}").into_bytes(),
        20 => frame(json!({"jsonrpc": "1.0", "id": id, "method": "shutdown"}).to_string().as_bytes()),
        _ => framed(format!("Content-Length: {}\r\nX-Padding: {}", body.len(), "x".repeat(9000)), &body),
    }
}
const MALFORMED_KINDS: usize = 22;

/// What the test knows the server must publish for each version it has not published yet.
struct Mirror {
    lines: Vec<String>,
    version: i32,
    expected: VecDeque<(i32, Vec<(u64, String, bool)>)>,
    published: i32,
    compared: usize,
}

/// Counts for the closing report.
#[derive(Default, Debug)]
struct Tally {
    malformed: usize,
    answered: usize,
    null_id_errors: usize,
    edits: usize,
    awaited_scans: usize,
}

struct Soak {
    server: Server,
    mirror: Mirror,
    tally: Tally,
    corpus: &'static hubls::kb::Corpus,
}

impl Soak {
    /// Takes one message from the server: a publication for [`LOG`] must match the full scan of the
    /// mirrored text of its version, and none may come for a version older than one already published.
    fn take(&mut self) -> Value {
        let message = self.server.next();
        if message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == LOG {
            let version = message["params"]["version"].as_i64().expect("a published version") as i32;
            let mirror = &mut self.mirror;
            assert!(version >= mirror.published, "version {version} published after version {}", mirror.published);
            while mirror.expected.front().is_some_and(|(v, _)| *v < version) {
                mirror.expected.pop_front();
            }
            let (known, expected) = mirror.expected.front().expect("a publication for a version the test sent");
            assert_eq!(*known, version);
            assert_eq!(published_summary(&message["params"]), *expected, "published for version {version}");
            mirror.published = version;
            mirror.compared += 1;
        } else if message.get("method").is_some() && message.get("id").is_some() {
            self.server.send(&json!({"jsonrpc": "2.0", "id": message["id"], "result": null}));
        } else if message.get("method").is_none() && message["id"].is_null() {
            assert!(message["error"]["code"].is_i64(), "{message}");
            self.tally.null_id_errors += 1;
        }
        message
    }

    fn response(&mut self, id: i64) -> Value {
        loop {
            let message = self.take();
            if message.get("method").is_none() && message["id"] == json!(id) {
                return message;
            }
        }
    }

    /// A valid request of one of three kinds, whose answer must name the KeyError entry.
    fn check_a_request(&mut self, kind: usize) {
        let id = match kind {
            0 => self.server.request("workspace/executeCommand", json!({"command": "hubls.search", "arguments": [{"query": "keyerror"}]})),
            1 => self.server.request("workspace/executeCommand", json!({"command": "hubls.explain", "arguments": [{"text": "KeyError: 'port'"}]})),
            _ => self.server.request("textDocument/hover", json!({"textDocument": {"uri": STATIC}, "position": {"line": 1, "character": 3}})),
        };
        let answer = self.response(id);
        assert!(answer["result"].to_string().contains("python/key-error"), "request kind {kind}: {answer}");
        self.tally.answered += 1;
    }

    /// One random edit of [`LOG`], mirrored; with `await_scan`, waits until its scan is published.
    fn edit(&mut self, random: &mut impl FnMut(usize) -> usize, await_scan: bool) {
        let (range, text) = random_pool_edit(&mut self.mirror.lines, random);
        self.mirror.version += 1;
        let version = self.mirror.version;
        let expected = full_scan_summary(self.corpus, &self.mirror.lines.join("\n"));
        self.mirror.expected.push_back((version, expected));
        self.server.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": LOG, "version": version}, "contentChanges": [{"range": range, "text": text}]}),
        );
        self.tally.edits += 1;
        if await_scan {
            while self.mirror.published < version {
                self.take();
            }
            self.tally.awaited_scans += 1;
        }
    }
}

/// Issue 11's target: no kill, wedge, hang or crash over (by default a few hundred, in the long run
/// 100,000) malformed messages and as many random edits. Each malformed message is followed by a valid
/// request that must be answered; every publication matches a full scan of its version's text; at
/// the end the process still answers and exits cleanly on `shutdown` and `exit`.
#[test]
fn the_stdio_server_survives_malformed_messages_and_random_edits() {
    let messages = setting("HUBLS_SOAK_MESSAGES", 300);
    let edits = setting("HUBLS_SOAK_EDITS", 300);
    let check_every = setting("HUBLS_SOAK_CHECK_EVERY", 25).max(1);
    let corpus = crate::corpus_fixture::builtin();
    let mut server = Server::start();
    let id = server.request("initialize", json!({"processId": null, "capabilities": {"general": {"positionEncodings": ["utf-16"]}, "textDocument": {"publishDiagnostics": {"dataSupport": true}}}}));
    let lines: Vec<String> = (0..40).map(|i| POOL[(i * 7) % POOL.len()].to_string()).collect();
    let mirror = Mirror { expected: VecDeque::from([(1, full_scan_summary(corpus, &lines.join("\n")))]), lines, version: 1, published: 0, compared: 0 };
    let mut soak = Soak { server, mirror, tally: Tally::default(), corpus };
    soak.response(id);
    soak.server.notify("initialized", json!({}));
    soak.server.notify("textDocument/didOpen", json!({"textDocument": {"uri": STATIC, "languageId": "log", "version": 1, "text": "starting\nKeyError: 'timeout'\n"}}));
    let text = soak.mirror.lines.join("\n");
    soak.server.notify("textDocument/didOpen", json!({"textDocument": {"uri": LOG, "languageId": "log", "version": 1, "text": text}}));
    let mut random = generator(0x853c_49e6_748f_ea9b);
    for step in 0..messages.max(edits) {
        if step < messages {
            let id = soak.server.id();
            let bytes = malformed(random(MALFORMED_KINDS), id, &mut random);
            soak.server.write(&bytes);
            soak.tally.malformed += 1;
            soak.check_a_request(random(3));
        }
        if step < edits {
            soak.edit(&mut random, (step + 1) % check_every == 0 || step + 1 == edits);
        }
    }
    soak.check_a_request(0);
    let peak = soak.server.peak_rss_kb();
    let Soak { server, mirror, tally, .. } = soak;
    let status = server.shut_down();
    assert!(status.success(), "exit status {status}");
    println!(
        "soak: {} malformed messages, {} valid requests answered and checked, {} null-id error answers, {} edits, \
         {} publications compared with a full scan ({} scans awaited), 0 kills, 0 wedges, 0 hangs, 0 crashes, \
         peak RSS (VmHWM) {} kB, exit {status}",
        tally.malformed, tally.answered, tally.null_id_errors, tally.edits, mirror.compared, tally.awaited_scans, peak
    );
    assert!(mirror.compared >= tally.awaited_scans && tally.awaited_scans >= 1);
}

/// Found by the soak above: after `shutdown` and `exit` the process lived on for as long as the client
/// kept its stdin open (the async runtime, dropped, waited for the thread blocked reading stdin). It
/// now ends at once, as the specification asks.
#[test]
fn the_process_exits_on_exit_while_the_client_keeps_stdin_open() {
    let mut server = Server::start();
    let id = server.request("initialize", json!({"processId": null, "capabilities": {}}));
    while server.next()["id"] != json!(id) {}
    server.notify("initialized", json!({}));
    let status = server.shut_down();
    assert!(status.success(), "exit status {status}");
}
