//! `workspace/executeCommand`: the editor plugins' pickers and explain commands are built on these.
//!
//! - `hubls.search` `{query, kind?, language?, limit?}` → `[{id, kind, title, score, languages}]`
//! - `hubls.entry` `{id}` → `{id, kind, title, markdown}`
//! - `hubls.explain` `{text, language?}` → `[{id, title, line, end_line, primary, params, markdown}]`
//! - `hubls.showEntry` `{id, params?}` → opens the entry as a Markdown document (`window/showDocument`),
//!   or shows it as a message when the client cannot open documents. Code actions use it, so it must
//!   run on the server: Neovim executes no client-side commands.

use super::Backend;
use crate::kb::{Corpus, Kind, Params, SearchQuery, languages, render};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{ExecuteCommandParams, MessageType, ShowDocumentParams, Uri};

pub const SEARCH: &str = "hubls.search";
pub const ENTRY: &str = "hubls.entry";
pub const EXPLAIN: &str = "hubls.explain";
pub const SHOW_ENTRY: &str = "hubls.showEntry";
pub const NAMES: [&str; 4] = [SEARCH, ENTRY, EXPLAIN, SHOW_ENTRY];

#[derive(Deserialize)]
struct SearchArgs {
    query: String,
    kind: Option<String>,
    language: Option<String>,
    limit: Option<usize>,
}

#[derive(Deserialize)]
struct EntryArgs {
    id: String,
    #[serde(default)]
    params: Params,
}

#[derive(Deserialize)]
struct ExplainArgs {
    text: String,
    language: Option<String>,
}

/// The first argument as `T`; a bare string is accepted as `{"<key>": string}` for hand-typed calls.
fn argument<T: for<'de> Deserialize<'de>>(params: &ExecuteCommandParams, key: &str) -> Result<T> {
    let first = params.arguments.first().cloned().unwrap_or(Value::Null);
    let value = match first {
        Value::String(text) => json!({ key: text }),
        other => other,
    };
    serde_json::from_value(value)
        .map_err(|err| Error::invalid_params(format!("{}: bad arguments: {err}", params.command)))
}

fn search(corpus: &Corpus, args: SearchArgs) -> Result<Value> {
    let kind = match args.kind.as_deref() {
        None | Some("") => None,
        Some(name) => Some(Kind::parse(name).ok_or_else(|| {
            Error::invalid_params(format!("unknown kind `{name}` (expected error, snippet or note)"))
        })?),
    };
    let hits = corpus.search(&SearchQuery {
        text: &args.query,
        kind,
        languages: args.language.as_deref().map(languages::related).unwrap_or_default(),
        limit: args.limit.unwrap_or(20).clamp(1, 200),
    });
    let results: Vec<_> = hits.iter().map(|hit| hit.describe(&corpus.entries)).collect();
    Ok(json!(results))
}

fn entry_json(corpus: &Corpus, args: &EntryArgs) -> Result<Value> {
    let entry = corpus.get(&args.id).ok_or_else(|| Error::invalid_params(format!("no entry with id `{}`", args.id)))?;
    Ok(json!({"id": entry.id, "kind": entry.kind(), "title": entry.title, "markdown": render::markdown(entry, &args.params)}))
}

fn explain(corpus: &Corpus, args: ExplainArgs) -> Value {
    let occurrences = corpus.explain(&args.text, args.language.as_deref());
    Value::Array(
        occurrences
            .iter()
            .map(|o| {
                let entry = &corpus.entries[o.entry];
                json!({
                    "id": entry.id,
                    "title": render::fill(&entry.title, entry, &o.params),
                    "line": o.line + 1,
                    "end_line": o.end_line + 1,
                    "primary": o.primary,
                    "params": o.params,
                    "markdown": render::error_hover(entry, &o.params, render::Title::Shown),
                })
            })
            .collect(),
    )
}

pub async fn execute(backend: &Backend, corpus: Arc<Corpus>, params: ExecuteCommandParams) -> Result<Option<Value>> {
    match params.command.as_str() {
        SEARCH => {
            let args: SearchArgs = argument(&params, "query")?;
            Ok(Some(super::blocking("search", move || search(&corpus, args)).await??))
        }
        ENTRY => {
            let args: EntryArgs = argument(&params, "id")?;
            Ok(Some(entry_json(&corpus, &args)?))
        }
        EXPLAIN => {
            let args: ExplainArgs = argument(&params, "text")?;
            Ok(Some(super::blocking("explain", move || explain(&corpus, args)).await?))
        }
        SHOW_ENTRY => {
            let args: EntryArgs = argument(&params, "id")?;
            let entry = entry_json(&corpus, &args)?;
            show(backend, &args.id, entry["markdown"].as_str().unwrap_or_default().to_string()).await;
            Ok(None)
        }
        other => Err(Error::invalid_params(format!("unknown command `{other}`"))),
    }
}

/// Where `hubls.showEntry` writes entries for the editor to open. The own scan leaves files there
/// alone: an entry's own examples are not errors of the user's.
pub fn entries_directory() -> std::path::PathBuf {
    std::env::temp_dir().join("hubls")
}

/// Opens the entry as a Markdown file under the temp directory, which every editor can show.
async fn show(backend: &Backend, id: &str, markdown: String) {
    let features = backend.state.features();
    let path = entries_directory().join(format!("{}.md", id.replace('/', "--")));
    let written = path.parent().map(std::fs::create_dir_all).transpose().and_then(|_| std::fs::write(&path, &markdown));
    let uri = written.ok().and_then(|_| Uri::from_file_path(&path));
    if let (true, Some(uri)) = (features.show_document, uri) {
        let shown = backend
            .client
            .show_document(ShowDocumentParams { uri, external: Some(false), take_focus: Some(true), selection: None })
            .await;
        if shown.is_ok_and(|ok| ok) {
            return;
        }
    }
    backend.client.show_message(MessageType::INFO, render::plain(&markdown)).await;
}
