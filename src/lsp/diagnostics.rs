//! The server's own scan of open documents for error text, published as Information diagnostics, and
//! the mapping from any diagnostic (foreign or own) back to its entry.
//!
//! Scans are debounced and run on the blocking pool; each carries the document's generation and is
//! dropped if the text changed meanwhile, so a 50 MB log never stalls hover or completion and never
//! publishes results for text that is gone.

use super::position::{self, Encoding};
use super::{Backend, Document, blocking, lock};
use crate::kb::{Corpus, DiagnosticCode, Occurrence, Params, matcher, render};
use ropey::Rope;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Uri};

pub const SOURCE: &str = "hubls";
const DEBOUNCE: Duration = Duration::from_millis(250);
/// A scan checks between chunks of this size whether a newer version has made it pointless.
const SCAN_CHUNK: usize = 1 << 20;
/// Most diagnostics published for one document: a log with 100,000 errors must not flood the editor.
/// Hover and code actions still see every occurrence.
const MAX_PUBLISHED: usize = 1000;

/// An entry explaining a diagnostic, with the parameters captured from its message.
#[derive(Debug, Clone)]
pub struct Explained {
    pub entry: usize,
    pub params: Params,
    pub primary: bool,
}

/// The entry behind a diagnostic: for hubls's own, the id and parameters it carries in `data` (or its
/// `code` and the line it points at, for clients that drop `data`); for any other, its `source` and
/// `code` and its message matched against the corpus. Foreign shapes are never trusted: a missing or odd field means no match.
pub fn explain(corpus: &Corpus, diagnostic: &Diagnostic, document: &Document) -> Option<Explained> {
    let language = Some(document.language.as_str());
    if diagnostic.source.as_deref() == Some(SOURCE) {
        let data = diagnostic.data.as_ref();
        let id = data
            .and_then(|d| d.get("id"))
            .and_then(Value::as_str)
            .or(match &diagnostic.code {
                Some(NumberOrString::String(code)) => Some(code.as_str()),
                _ => None,
            })?;
        let entry = corpus.index_of(id)?;
        let carried: Option<Params> = data.and_then(|d| serde_json::from_value(d.get("params")?.clone()).ok());
        let params = carried.or_else(|| {
            let (line, _) = position::line_text(&document.rope, diagnostic.range.start.line)?;
            corpus.explain_message(&line, language).filter(|o| o.entry == entry).map(|o| o.params)
        });
        let primary = data.and_then(|d| d.get("primary")).and_then(Value::as_bool).unwrap_or(false);
        return Some(Explained { entry, params: params.unwrap_or_default(), primary });
    }
    let code = diagnostic.source.as_deref().zip(diagnostic.code.as_ref()).and_then(|(source, code)| match code {
        NumberOrString::String(code) => DiagnosticCode::from_diagnostic(source, code),
        NumberOrString::Number(code) => DiagnosticCode::from_diagnostic(source, &code.to_string()),
    });
    let occurrence = corpus.explain_diagnostic(&diagnostic.message, code.as_ref(), language)?;
    Some(Explained { entry: occurrence.entry, params: occurrence.params, primary: true })
}

/// The diagnostic published for one occurrence of the scan.
pub fn to_diagnostic(corpus: &Corpus, rope: &Rope, occurrence: &Occurrence, encoding: Encoding, with_data: bool) -> Diagnostic {
    let entry = &corpus.entries[occurrence.entry];
    let summary = render::section(&entry.body, "Root cause")
        .map(|text| render::first_sentences(&render::plain(&render::fill(text, entry, &occurrence.params)), 1))
        .unwrap_or_default();
    let title = render::fill(&entry.title, entry, &occurrence.params);
    Diagnostic {
        range: position::to_range(rope, occurrence.span.clone(), encoding),
        severity: Some(DiagnosticSeverity::INFORMATION),
        code: Some(NumberOrString::String(entry.id.clone())),
        source: Some(SOURCE.to_string()),
        message: if summary.is_empty() { title } else { format!("{title}\n{summary}") },
        data: with_data
            .then(|| json!({"id": entry.id, "params": occurrence.params, "primary": occurrence.primary})),
        ..Default::default()
    }
}

impl Backend {
    /// Rescans a document after a quiet moment, unless it changes again first. The generation is read
    /// here, at the change, not in the task: every task of a burst of edits would otherwise see the last
    /// one's generation and all of them would scan and publish.
    pub(super) fn schedule_scan(&self, uri: Uri) {
        let client = self.client.clone();
        let state = Arc::clone(&self.state);
        let Some(generation) = state.generation(&uri) else { return };
        tokio::spawn(async move {
            tokio::time::sleep(DEBOUNCE).await;
            let Some(document) = state.document(&uri).filter(|d| d.generation == generation) else { return };
            let features = state.features();
            let corpus = state.corpus.borrow().clone();
            let Some(corpus) = corpus else { return };
            let scan = state.settings().scan;
            let rope = document.rope.clone();
            let language = document.language.clone();
            let scanning = Arc::clone(&state);
            let scanned_uri = uri.clone();
            let work = move || {
                let mut occurrences = Vec::new();
                if scan {
                    let text = rope.to_string();
                    let mut scan = corpus.scan(Some(&language));
                    for chunk in matcher::chunks_at_lines(&text, SCAN_CHUNK) {
                        // A newer version is waiting: this scan's result would be dropped anyway.
                        if scanning.generation(&scanned_uri) != Some(generation) {
                            return None;
                        }
                        scan.feed(chunk, &mut |o| occurrences.push(o));
                    }
                    scan.finish(&mut |o| occurrences.push(o));
                }
                let diagnostics: Vec<Diagnostic> = occurrences
                    .iter()
                    .take(MAX_PUBLISHED)
                    .map(|o| to_diagnostic(&corpus, &rope, o, features.encoding, features.diagnostic_data))
                    .collect();
                Some((occurrences, diagnostics))
            };
            let Ok(Some((occurrences, diagnostics))) = blocking("scanning a document", work).await else { return };
            let version = {
                let mut documents = lock(&state.documents);
                match documents.get_mut(&uri) {
                    Some(current) if current.generation == generation => {
                        current.own = Arc::new(occurrences);
                        current.version
                    }
                    _ => return,
                }
            };
            client.publish_diagnostics(uri, diagnostics, Some(version)).await;
        });
    }
}
