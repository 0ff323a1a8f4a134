//! Shared helpers: an LSP client that drives the real server over an in-process pipe, and the path of
//! the built binary for CLI tests.

use serde_json::{Value, json};
use std::collections::VecDeque;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf};

/// How long a test waits for a message the server must send; a guard against hanging, not a timing test.
const PATIENCE: Duration = Duration::from_secs(30);

pub struct LspClient {
    reader: BufReader<ReadHalf<DuplexStream>>,
    writer: WriteHalf<DuplexStream>,
    next_id: i64,
    notifications: VecDeque<Value>,
    /// Requests the server sent to the client (`window/showDocument`, ...), in order.
    pub server_requests: Vec<Value>,
}

/// Client capabilities of a modern editor: markdown, snippets, diagnostic data, showDocument.
pub fn full_capabilities(encodings: &[&str]) -> Value {
    json!({
        "general": {"positionEncodings": encodings},
        "window": {"showDocument": {"support": true}},
        "textDocument": {
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "completion": {"completionItem": {"snippetSupport": true, "documentationFormat": ["markdown"]}},
            "publishDiagnostics": {"dataSupport": true},
            "codeAction": {}
        }
    })
}

impl LspClient {
    /// Starts a server and completes the `initialize` handshake with the given capabilities and options.
    pub async fn start(capabilities: Value, options: Value) -> (LspClient, Value) {
        let (client_side, server_side) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_side);
        tokio::spawn(hubls::lsp::serve(server_read, server_write));
        let (read, writer) = tokio::io::split(client_side);
        let mut client = LspClient {
            reader: BufReader::new(read),
            writer,
            next_id: 0,
            notifications: VecDeque::new(),
            server_requests: Vec::new(),
        };
        let init = client
            .request(
                "initialize",
                json!({"processId": null, "rootUri": null, "capabilities": capabilities, "initializationOptions": options}),
            )
            .await;
        client.notify("initialized", json!({})).await;
        (client, init)
    }

    pub async fn send(&mut self, message: &Value) {
        self.send_raw(&message.to_string()).await;
    }

    /// Writes one framed message as given, for tests of malformed input.
    pub async fn send_raw(&mut self, body: &str) {
        let frame = format!("Content-Length: {}\r\n\r\n{}", body.len(), body);
        self.writer.write_all(frame.as_bytes()).await.expect("server pipe open");
        self.writer.flush().await.expect("flush");
    }

    /// A fresh request id, for requests written with [`LspClient::send_bytes`].
    pub fn next_request_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    /// Writes bytes as given, framing and all, for tests of broken framing.
    pub async fn send_bytes(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).await.expect("server pipe open");
        self.writer.flush().await.expect("flush");
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params})).await;
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})).await;
        self.response(id).await
    }

    /// The response to request `id`, keeping notifications that arrive first.
    pub async fn response(&mut self, id: i64) -> Value {
        loop {
            let message = self.read().await;
            if message.get("method").is_none() && message["id"] == json!(id) {
                return message;
            }
        }
    }

    /// The error response (`id: null`) to a message that could not be read as a request.
    pub async fn response_to_null(&mut self) -> Value {
        loop {
            let message = self.read().await;
            if message.get("method").is_none() && message["id"].is_null() {
                return message;
            }
        }
    }

    /// The result of a request, failing the test on an error response.
    pub async fn result(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params).await;
        assert!(response.get("error").is_none(), "{method} failed: {response}");
        response["result"].clone()
    }

    /// The next notification of `method` for which `accept` holds; earlier ones are dropped.
    pub async fn notification(&mut self, method: &str, accept: impl Fn(&Value) -> bool) -> Value {
        while let Some(message) = self.notifications.pop_front() {
            if message["method"] == method && accept(&message["params"]) {
                return message["params"].clone();
            }
        }
        loop {
            let message = self.read().await;
            if message["method"] == method && accept(&message["params"]) {
                return message["params"].clone();
            }
        }
    }

    /// Diagnostics published for `uri`, waiting past any earlier publication that fails `accept`.
    pub async fn diagnostics(&mut self, uri: &str, accept: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let params = self
            .notification("textDocument/publishDiagnostics", |p| {
                p["uri"] == uri && accept(p["diagnostics"].as_array().map(Vec::as_slice).unwrap_or_default())
            })
            .await;
        params["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    pub async fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        )
        .await;
    }

    async fn read(&mut self) -> Value {
        tokio::time::timeout(PATIENCE, self.read_one()).await.expect("the server answered in time")
    }

    async fn read_one(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut header = String::new();
            self.reader.read_line(&mut header).await.expect("header");
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some(value) = header.strip_prefix("Content-Length: ") {
                length = value.parse().expect("numeric length");
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).await.expect("body");
        let message: Value = serde_json::from_slice(&body).expect("JSON body");
        if message.get("method").is_some() && message.get("id").is_some() {
            // A request from the server: answer it as a cooperative editor would.
            self.server_requests.push(message.clone());
            let result = if message["method"] == "window/showDocument" { json!({"success": true}) } else { Value::Null };
            self.send(&json!({"jsonrpc": "2.0", "id": message["id"], "result": result})).await;
            return Box::pin(self.read_one()).await;
        }
        if message.get("id").is_none() {
            self.notifications.push_back(message.clone());
        }
        message
    }
}

/// Applies LSP text edits (UTF-16 or UTF-8 columns) to a text, for checking what a code action does.
pub fn apply_edits(text: &str, edits: &[Value], utf8: bool) -> String {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().unwrap() as usize;
        let character = position["character"].as_u64().unwrap() as usize;
        let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        let mut bytes = 0;
        for c in text[line_start..].chars() {
            if units >= character || c == '\n' {
                break;
            }
            units += if utf8 { c.len_utf8() } else { c.len_utf16() };
            bytes += c.len_utf8();
        }
        line_start + bytes
    };
    let mut sorted: Vec<&Value> = edits.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(offset(&e["range"]["start"])));
    let mut out = text.to_string();
    for edit in sorted {
        let start = offset(&edit["range"]["start"]);
        let end = offset(&edit["range"]["end"]);
        out.replace_range(start..end, edit["newText"].as_str().unwrap());
    }
    out
}

pub fn hubls_binary() -> &'static str {
    env!("CARGO_BIN_EXE_hubls")
}
