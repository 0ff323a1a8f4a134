//! Framing guard between the client's byte stream and tower-lsp-server.
//!
//! tower-lsp-server stops reading after the first frame it cannot decode (tokio-util ends a framed
//! stream on a decoder error), and its decoder rejects what `serde_json::Value` accepts (duplicate
//! keys), so one malformed message from a client would end the session and lose the user's state. This
//! guard frames the input itself and hands through only messages that decode as JSON-RPC; each
//! malformed one is replaced by a request to an internal method that answers with the JSON-RPC error
//! the specification prescribes (parse error, invalid request, method not found). After a bad frame
//! (a missing, non-numeric or wrong `Content-Length`, a cut body, an oversized header or body) it
//! resynchronises on the next `Content-Length` header, so one bad message costs one error answer. A
//! `didChange` with very many changes goes on cut into several, which tower-lsp-server decodes in
//! bounded memory.

use serde::de::{self, Deserialize, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::json;
use std::collections::HashSet;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Response, Result};
use tower_lsp_server::ls_types::{DidChangeTextDocumentParams, TextDocumentContentChangeEvent, VersionedTextDocumentIdentifier};

pub const MALFORMED: &str = "hubls/malformedMessage";
/// Larger bodies are refused without being buffered (a 50 MB log opened in an editor fits easily).
const MAX_FRAME: usize = 512 << 20;
/// Longer headers are refused: real ones are two short lines.
const MAX_HEADER: usize = 8 << 10;
/// Deeper JSON is refused before it can exhaust a stack anywhere downstream.
const MAX_DEPTH: usize = 128;
const CONTENT_LENGTH: &[u8] = b"content-length:";
/// `$/` notifications the protocol defines; any other `$/` request is answered "method not found".
const KNOWN_DOLLAR: [&str; 4] = ["$/cancelRequest", "$/progress", "$/setTrace", "$/logTrace"];

#[derive(serde::Deserialize)]
pub struct MalformedParams {
    code: i64,
    message: String,
}

/// The answer to a replaced frame: the error it deserved.
pub async fn malformed(params: MalformedParams) -> Result<()> {
    Err(Error { code: ErrorCode::from(params.code), message: params.message.into(), data: None })
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn replacement(id: serde_json::Value, code: ErrorCode, message: String) -> Vec<u8> {
    let request = json!({"jsonrpc": "2.0", "id": id, "method": MALFORMED, "params": {"code": code.code(), "message": message}});
    frame(request.to_string().as_bytes())
}

fn error(code: ErrorCode, message: &str) -> Vec<u8> {
    replacement(serde_json::Value::Null, code, format!("hubls: {message}"))
}

/// What becomes of a frame's body.
#[derive(Debug, PartialEq)]
enum Checked {
    /// A JSON-RPC message tower-lsp-server can take: handed on as it is.
    Pass,
    /// Well framed, but sent on as these frames instead: the answer to a request for a method nobody
    /// serves, or a large `didChange` cut into several.
    Replaced(Vec<u8>),
    /// Not a message: this error goes on instead, and the framing may be off.
    Broken(Vec<u8>),
}

/// The parts of a request that decide how it is handed on: the same checks as tower-lsp-server's
/// `Request`, whose params (any JSON) are skipped here instead of built into a `Value`, which for a
/// `didChange` with 100,000 changes took 250 MB.
#[derive(serde::Deserialize)]
struct Head<'a> {
    /// Checked, never read.
    #[serde(rename = "jsonrpc")]
    _jsonrpc: Version,
    #[serde(default, borrow)]
    method: std::borrow::Cow<'a, str>,
    #[serde(default, deserialize_with = "present")]
    id: Option<Id>,
}

/// `"2.0"`, the only JSON-RPC version tower-lsp-server accepts.
struct Version;

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let version = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        if version == "2.0" { Ok(Version) } else { Err(de::Error::custom("expected JSON-RPC version \"2.0\"")) }
    }
}

/// A present `id`, even `null`, makes a request, as in tower-lsp-server.
fn present<'de, D: de::Deserializer<'de>>(deserializer: D) -> std::result::Result<Option<Id>, D::Error> {
    Id::deserialize(deserializer).map(Some)
}

fn check(body: &[u8]) -> Checked {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    if let Err(err) = StrictJson(0).deserialize(&mut deserializer).and_then(|()| deserializer.end()) {
        let code = if err.is_data() { ErrorCode::InvalidRequest } else { ErrorCode::ParseError };
        return Checked::Broken(error(code, &format!("the message body is not acceptable JSON: {err}")));
    }
    if let Ok(head) = serde_json::from_slice::<Head>(body) {
        if let Some(id) = head.id {
            if head.method.starts_with("$/") && !KNOWN_DOLLAR.contains(&head.method.as_ref()) {
                let id = serde_json::to_value(id).unwrap_or_default();
                let message = format!("hubls: unknown method `{}`", head.method);
                return Checked::Replaced(replacement(id, ErrorCode::MethodNotFound, message));
            }
        } else if head.method == DID_CHANGE {
            return split_changes(body).map_or(Checked::Pass, Checked::Replaced);
        }
        return Checked::Pass;
    }
    if serde_json::from_slice::<Response>(body).is_ok() {
        return Checked::Pass;
    }
    Checked::Replaced(error(ErrorCode::InvalidRequest, "the message is not a JSON-RPC 2.0 request"))
}

const DID_CHANGE: &str = "textDocument/didChange";
/// The parts of a cut `didChange` before its last: the server applies them without scanning, so no
/// scan of a text the client never had is published under the final version.
pub const DID_CHANGE_PART: &str = "hubls/didChangePart";
/// Most content changes handed to tower-lsp-server in one `didChange`: it decodes each message into two
/// trees of its JSON (about 4 KB per change), so one with 100,000 changes took over 600 MB.
const MAX_CHANGES: usize = 1000;

#[derive(serde::Deserialize)]
struct DidChange {
    params: DidChangeTextDocumentParams,
}

#[derive(serde::Deserialize)]
struct ChangeCount {
    params: ChangeCountParams,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ChangeCountParams {
    content_changes: Vec<de::IgnoredAny>,
}

#[derive(serde::Serialize)]
struct DidChangePart<'a> {
    jsonrpc: &'static str,
    method: &'static str,
    params: DidChangePartParams<'a>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct DidChangePartParams<'a> {
    text_document: &'a VersionedTextDocumentIdentifier,
    content_changes: &'a [TextDocumentContentChangeEvent],
}

/// A `didChange` with more than [`MAX_CHANGES`] changes as consecutive messages of at most that many,
/// each with the final version, all but the last [`DID_CHANGE_PART`]: applied in order they make the
/// same text. `None` when it needs no cutting
/// (or is not one tower-lsp-server would apply: then it goes on as it is, to be refused there).
fn split_changes(body: &[u8]) -> Option<Vec<u8>> {
    // Counted first without building the changes: the usual didChange, even one carrying a whole
    // 50 MB document, is not copied here.
    let ChangeCount { params } = serde_json::from_slice(body).ok()?;
    if params.content_changes.len() <= MAX_CHANGES {
        return None;
    }
    let DidChange { params } = serde_json::from_slice(body).ok()?;
    let mut frames = Vec::new();
    let parts = params.content_changes.len().div_ceil(MAX_CHANGES);
    for (index, changes) in params.content_changes.chunks(MAX_CHANGES).enumerate() {
        let part = DidChangePart {
            jsonrpc: "2.0",
            method: if index + 1 < parts { DID_CHANGE_PART } else { DID_CHANGE },
            params: DidChangePartParams { text_document: &params.text_document, content_changes: changes },
        };
        frames.extend(frame(&serde_json::to_vec(&part).ok()?));
    }
    Some(frames)
}

/// Accepts JSON with no duplicate object key and no nesting deeper than [`MAX_DEPTH`].
struct StrictJson(usize);

impl<'de> DeserializeSeed<'de> for StrictJson {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(de::Error::custom(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictJson {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        while seq.next_element_seed(StrictJson(self.0 + 1))?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key.clone()) {
                return Err(de::Error::custom(format!("duplicate key `{key}`")));
            }
            map.next_value_seed(StrictJson(self.0 + 1))?;
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for StrictJson {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        StrictJson(0).deserialize(deserializer).map(|()| StrictJson(0))
    }
}

/// Where the header block ends: the index of its blank line and where the body starts.
fn header_end(buffer: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(buffer, b"\r\n\r\n").map(|at| (at, at + 4));
    let lf = memchr::memmem::find(buffer, b"\n\n").map(|at| (at, at + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// The `Content-Length` of a header block: `Err` names what is wrong with it.
fn content_length(header: &[u8]) -> std::result::Result<usize, String> {
    let text = String::from_utf8_lossy(header);
    let mut length = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!("`{}` is not a header line", line.chars().take(60).collect::<String>()));
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            length = Some(value.parse::<usize>().map_err(|_| format!("Content-Length `{value}` is not a byte count"))?);
        }
    }
    length.ok_or_else(|| "a message header has no Content-Length".to_string())
}

/// The first `Content-Length:` in `buffer` at or after `from`, case-insensitive.
fn find_content_length(buffer: &[u8], from: usize) -> Option<usize> {
    buffer
        .get(from..)?
        .windows(CONTENT_LENGTH.len())
        .position(|w| w.eq_ignore_ascii_case(CONTENT_LENGTH))
        .map(|at| from + at)
}

struct Input<R> {
    reader: R,
    buffer: Vec<u8>,
    ended: bool,
}

impl<R: AsyncRead + Unpin> Input<R> {
    /// Reads more into the buffer; false at the end of the input.
    async fn fill(&mut self) -> std::io::Result<bool> {
        if self.ended {
            return Ok(false);
        }
        let mut chunk = [0u8; 64 << 10];
        let read = self.reader.read(&mut chunk).await?;
        self.buffer.extend_from_slice(&chunk[..read]);
        self.ended = read == 0;
        Ok(read > 0)
    }

    /// Drops bytes up to the next `Content-Length` header; false when the input ends first.
    async fn resynchronise(&mut self) -> std::io::Result<bool> {
        loop {
            if let Some(at) = find_content_length(&self.buffer, 0) {
                self.buffer.drain(..at);
                return Ok(true);
            }
            // Keep a tail that may be the start of a header split across reads.
            let keep = self.buffer.len().min(CONTENT_LENGTH.len() - 1);
            self.buffer.drain(..self.buffer.len() - keep);
            if !self.fill().await? {
                return Ok(false);
            }
        }
    }
}

/// Copies frames from `input` to `output`, replacing malformed ones, until `input` ends.
pub async fn guard(input: impl AsyncRead + Unpin, mut output: impl AsyncWrite + Unpin) -> std::io::Result<()> {
    let mut input = Input { reader: input, buffer: Vec::new(), ended: false };
    loop {
        let (blank, body_start) = loop {
            if let Some(found) = header_end(&input.buffer) {
                break found;
            }
            if input.buffer.len() > MAX_HEADER {
                output.write_all(&error(ErrorCode::ParseError, "a message header is over 8 KiB")).await?;
                output.flush().await?;
                input.buffer.drain(..1);
                if !input.resynchronise().await? {
                    return Ok(());
                }
                continue;
            }
            if !input.fill().await? {
                return Ok(());
            }
        };
        // Leading blank lines between frames are harmless.
        if input.buffer[..blank].iter().all(u8::is_ascii_whitespace) {
            input.buffer.drain(..body_start);
            continue;
        }
        let forwarded = match content_length(&input.buffer[..blank]) {
            Err(problem) => {
                // Garbage before a real header: start again at that header, else after the block.
                let inside = find_content_length(&input.buffer, 1).filter(|&at| at < blank);
                input.buffer.drain(..inside.unwrap_or(body_start));
                output.write_all(&error(ErrorCode::ParseError, &problem)).await?;
                output.flush().await?;
                if !input.resynchronise().await? {
                    return Ok(());
                }
                continue;
            }
            Ok(length) if length > MAX_FRAME => {
                input.buffer.drain(..body_start);
                let message = format!("a {length}-byte message is over the {MAX_FRAME}-byte limit");
                output.write_all(&error(ErrorCode::InvalidRequest, &message)).await?;
                output.flush().await?;
                if !input.resynchronise().await? {
                    return Ok(());
                }
                continue;
            }
            Ok(length) => {
                while input.buffer.len() < body_start + length {
                    if !input.fill().await? {
                        output.write_all(&error(ErrorCode::ParseError, "the input ended inside a message body")).await?;
                        output.flush().await?;
                        return Ok(());
                    }
                }
                let body = &input.buffer[body_start..body_start + length];
                match check(body) {
                    Checked::Pass => {
                        let forwarded = frame(body);
                        input.buffer.drain(..body_start + length);
                        forwarded
                    }
                    Checked::Replaced(frames) => {
                        input.buffer.drain(..body_start + length);
                        frames
                    }
                    Checked::Broken(answer) => {
                        // A Content-Length too large swallowed the next header: start again there. One too
                        // small leaves the rest of the body before the next header: skip to that header.
                        let next = find_content_length(&input.buffer, body_start).filter(|&at| at < body_start + length);
                        input.buffer.drain(..next.unwrap_or(body_start + length));
                        output.write_all(&answer).await?;
                        output.flush().await?;
                        if !input.resynchronise().await? {
                            return Ok(());
                        }
                        continue;
                    }
                }
            }
        };
        output.write_all(&forwarded).await?;
        output.flush().await?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_and_deep_nesting_are_refused_and_good_messages_pass() {
        let text = |checked: Checked| match checked {
            Checked::Pass => String::new(),
            Checked::Replaced(bytes) | Checked::Broken(bytes) => String::from_utf8_lossy(&bytes).to_string(),
        };
        assert_eq!(check(br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#), Checked::Pass);
        let duplicate = br#"{"jsonrpc":"2.0","jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert!(text(check(duplicate)).contains("duplicate key"));
        let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
        assert!(matches!(check(deep.as_bytes()), Checked::Broken(_)));
        let answered = text(check(br#"{"jsonrpc":"2.0","id":7,"method":"$/unknown"}"#));
        assert!(answered.contains("\"id\":7") && answered.contains("-32601"), "{answered}");
    }

    #[test]
    fn a_did_change_with_many_changes_goes_on_cut_in_order_with_its_version_and_one_scan() {
        let change = |i: usize| json!({"range": {"start": {"line": i, "character": 0}, "end": {"line": i, "character": 0}}, "text": i.to_string()});
        let params = |changes: Vec<serde_json::Value>| json!({"textDocument": {"uri": "file:///a.log", "version": 9}, "contentChanges": changes});
        let small = json!({"jsonrpc": "2.0", "method": DID_CHANGE, "params": params((0..MAX_CHANGES).map(change).collect())});
        assert_eq!(check(small.to_string().as_bytes()), Checked::Pass);
        let count = 2 * MAX_CHANGES + 1;
        let large = json!({"jsonrpc": "2.0", "method": DID_CHANGE, "params": params((0..count).map(change).collect())});
        let Checked::Replaced(frames) = check(large.to_string().as_bytes()) else { panic!("not cut") };
        let mut parts = Vec::new();
        let mut rest = frames.as_slice();
        while let Some((_, start)) = header_end(rest) {
            let length = content_length(&rest[..start]).unwrap();
            parts.push(serde_json::from_slice::<serde_json::Value>(&rest[start..start + length]).unwrap());
            rest = &rest[start + length..];
        }
        let methods: Vec<_> = parts.iter().map(|p| p["method"].clone()).collect();
        assert_eq!(methods, [DID_CHANGE_PART, DID_CHANGE_PART, DID_CHANGE]);
        let mut changes = Vec::new();
        for part in parts {
            assert_eq!(part["params"]["textDocument"], json!({"uri": "file:///a.log", "version": 9}));
            let these = part["params"]["contentChanges"].as_array().unwrap();
            assert!(these.len() <= MAX_CHANGES);
            changes.extend(these.iter().cloned());
        }
        assert_eq!(changes, (0..count).map(change).collect::<Vec<_>>());
    }

    #[test]
    fn header_problems_are_named() {
        assert_eq!(content_length(b"Content-Length: 12\r\nContent-Type: x"), Ok(12));
        assert!(content_length(b"Content-Length: -3").unwrap_err().contains("not a byte count"));
        assert!(content_length(b"Content-Length: 99999999999999999999999").unwrap_err().contains("not a byte count"));
        assert!(content_length(b"Content-Type: x").unwrap_err().contains("no Content-Length"));
    }
}
