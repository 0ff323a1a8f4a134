//! Framing guard between the client's byte stream and tower-lsp-server.
//!
//! tower-lsp-server stops reading after the first frame it cannot decode (tokio-util ends a framed
//! stream on a decoder error), so one malformed message from a client would end the session and lose
//! the user's state. This guard frames the input itself and hands through only messages that decode
//! as JSON-RPC; each malformed one is replaced by a request (`id: null`) to an internal method that
//! answers with the JSON-RPC error the specification prescribes (parse error or invalid request).

use serde::Deserialize;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Request, Response, Result};

pub const MALFORMED: &str = "hubls/malformedMessage";
/// Larger frames are refused without being buffered (a 50 MB log opened in an editor fits easily).
const MAX_FRAME: usize = 512 << 20;

#[derive(Deserialize)]
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

fn replacement(code: ErrorCode, message: String) -> Vec<u8> {
    let request = json!({"jsonrpc": "2.0", "id": null, "method": MALFORMED, "params": {"code": code.code(), "message": message}});
    frame(request.to_string().as_bytes())
}

fn check(body: &[u8]) -> Option<Vec<u8>> {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return Some(replacement(ErrorCode::ParseError, "hubls: the message body is not valid JSON".into()));
    };
    let decodes = serde_json::from_value::<Request>(value.clone()).is_ok() || serde_json::from_value::<Response>(value).is_ok();
    (!decodes).then(|| replacement(ErrorCode::InvalidRequest, "hubls: the message is not a JSON-RPC 2.0 request".into()))
}

/// Copies frames from `input` to `output`, replacing malformed ones, until `input` ends.
pub async fn guard(input: impl AsyncRead + Unpin, mut output: impl AsyncWrite + Unpin) -> std::io::Result<()> {
    let mut reader = BufReader::new(input);
    let mut line = Vec::new();
    loop {
        let mut length: Option<usize> = None;
        let mut headers = 0;
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line).await? == 0 {
                return Ok(());
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim();
            if text.is_empty() {
                if headers > 0 {
                    break;
                }
                continue;
            }
            headers += 1;
            if let Some((name, value)) = text.split_once(':')
                && name.trim().eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().ok();
                }
        }
        let forwarded = match length {
            Some(length) if length <= MAX_FRAME => {
                let mut body = vec![0; length];
                reader.read_exact(&mut body).await?;
                check(&body).unwrap_or_else(|| frame(&body))
            }
            Some(length) => {
                tokio::io::copy(&mut (&mut reader).take(length as u64), &mut tokio::io::sink()).await?;
                replacement(ErrorCode::InvalidRequest, format!("hubls: a {length}-byte message is over the {MAX_FRAME}-byte limit"))
            }
            None => replacement(ErrorCode::ParseError, "hubls: a message header has no valid Content-Length".into()),
        };
        output.write_all(&forwarded).await?;
        output.flush().await?;
    }
}
