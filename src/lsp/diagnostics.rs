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
use std::ops::Range;
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
            let shown_entry = uri.to_file_path().is_some_and(|path| path.starts_with(super::commands::entries_directory()));
            let scan = state.settings().scan && !shown_entry;
            let rope = document.rope.clone();
            let language = document.language.clone();
            let previous = Arc::clone(&document.own);
            let pending = document.pending.clone();
            let scanning = Arc::clone(&state);
            let scanned_uri = uri.clone();
            let work = move || {
                let superseded = || scanning.generation(&scanned_uri) != Some(generation);
                let occurrences = if !scan {
                    Vec::new()
                } else {
                    let window = match pending {
                        Pending::Lines { lines, .. } if lines.is_empty() => Some(0..0),
                        Pending::Lines { lines, .. } => rescan_window(&rope, &previous, lines),
                        Pending::Everything => None,
                    };
                    match window {
                        Some(window) => rescan(&corpus, &rope, &language, &previous, window),
                        None => scan_all(&corpus, &rope, &language, &superseded)?,
                    }
                };
                let diagnostics: Vec<Diagnostic> = occurrences
                    .iter()
                    .take(MAX_PUBLISHED)
                    .map(|o| to_diagnostic(&corpus, &rope, o, features.encoding, features.diagnostic_data))
                    .collect();
                Some((occurrences, diagnostics))
            };
            let Ok(Some((occurrences, diagnostics))) = blocking("scanning a document", work).await else { return };
            // Checked and sent under the gate: a result checked, then delayed past a newer one's
            // publication (a thread preempted between the two), would replace it in the editor.
            let _publishing = state.publishing.lock().await;
            let version = {
                let mut documents = lock(&state.documents);
                match documents.get_mut(&uri) {
                    Some(current) if current.generation == generation && !current.partial => {
                        current.own = Arc::new(occurrences);
                        current.pending = Pending::NOTHING;
                        current.version
                    }
                    _ => return,
                }
            };
            client.publish_diagnostics(uri, diagnostics, Some(version)).await;
        });
    }
}

/// What the next scan of a document must look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// The whole text: just opened, replaced, edited many times, or the settings changed.
    Everything,
    /// These lines changed since the last scan, by `edits` edits (none: nothing did); the traces
    /// around them are rescanned and the rest of the last scan's occurrences kept, shifted with the
    /// edits.
    Lines { lines: Range<usize>, edits: usize },
}

impl Pending {
    pub const NOTHING: Pending = Pending::Lines { lines: 0..0, edits: 0 };
}

/// Most lines a rescan walks from a change to find where the traces around it start and end; past
/// that the whole text is scanned.
const MAX_WALK: usize = 5000;
/// Most edits between two scans that shift the last scan's occurrences, a pass over all of them each;
/// past that the whole text is rescanned. One `didChange` may carry 100,000 changes.
const MAX_EDITS: usize = 200;

/// Records one edit of a document: the own occurrences it touched are dropped, those after it shift
/// with it, and its lines join the pending rescan. `lines` and `bytes` are what the edit replaced, in
/// the old text; `line_delta` and `byte_delta` how much the text grew.
pub fn note_edit(document: &mut Document, lines: Range<usize>, bytes: Range<usize>, line_delta: isize, byte_delta: isize) {
    let (before, edits) = match &document.pending {
        Pending::Lines { lines, edits } if *edits < MAX_EDITS => (lines.clone(), edits + 1),
        _ => return note_replacement(document),
    };
    let shift = |value: usize, delta: isize| value.saturating_add_signed(delta);
    let own = Arc::make_mut(&mut document.own);
    // A dropped occurrence may start above the edit (its trace runs into it): rescan from there.
    let mut first_dropped = lines.start;
    own.retain_mut(|o| {
        if o.end_line < lines.start {
            true
        } else if o.line >= lines.end && o.span.start >= bytes.end {
            o.line = shift(o.line, line_delta);
            o.end_line = shift(o.end_line, line_delta);
            o.span = shift(o.span.start, byte_delta)..shift(o.span.end, byte_delta);
            true
        } else {
            first_dropped = first_dropped.min(o.line);
            false
        }
    });
    let changed = first_dropped..shift(lines.end, line_delta).max(lines.start + 1);
    let lines = if before.is_empty() {
        changed
    } else {
        let map = |line: usize| if line < lines.start { line } else if line >= lines.end { shift(line, line_delta) } else { changed.end };
        map(before.start).min(changed.start)..map(before.end).max(changed.end)
    };
    document.pending = Pending::Lines { lines, edits };
}

/// Records that the next scan must cover the whole text. The last scan's occurrences go: nothing
/// shifts them any more, and hover meanwhile explains the cursor's line itself.
pub fn note_replacement(document: &mut Document) {
    document.pending = Pending::Everything;
    document.own = Arc::new(Vec::new());
}

/// The lines to rescan for changes in `changed`: from the start of the first trace they touch to the
/// end of the last, widened to lines where a trace starts whatever came before. `None` when such lines
/// are too far away: then the whole text is scanned.
fn rescan_window(rope: &Rope, previous: &[Occurrence], changed: Range<usize>) -> Option<Range<usize>> {
    let line_count = rope.len_lines();
    let text = |line: usize| position::line_text(rope, line as u32).map(|(text, _)| text).unwrap_or_default();
    let touching = previous.iter().filter(|o| o.line < changed.end && o.end_line >= changed.start);
    let mut start = touching.clone().map(|o| o.line).min().unwrap_or(changed.start).min(changed.start).min(line_count);
    let mut end = touching.map(|o| o.end_line + 1).max().unwrap_or(changed.end).max(changed.end).min(line_count);
    let (walk_start, walk_end) = (start, end);
    loop {
        while start > 0 && !matcher::starts_a_trace(&text(start - 1), &text(start)) {
            start -= 1;
        }
        while end < line_count && !(end > 0 && matcher::starts_a_trace(&text(end - 1), &text(end))) {
            end += 1;
        }
        if walk_start - start > MAX_WALK || end - walk_end > MAX_WALK {
            return None;
        }
        // An occurrence across either edge (a cause that absorbed its consequence) widens the window.
        let across_start = previous.iter().filter(|o| o.line < start && o.end_line >= start).map(|o| o.line).min();
        let across_end = previous.iter().filter(|o| o.line < end && o.end_line >= end).map(|o| o.end_line + 1).max();
        if across_start.is_none() && across_end.is_none() {
            return Some(start..end);
        }
        start = across_start.unwrap_or(start);
        end = across_end.unwrap_or(end);
    }
}

/// The occurrences of the whole text after rescanning `window`: the last scan's outside it (already
/// shifted with the edits), the new ones inside, and the primary mark recomputed.
fn rescan(corpus: &Corpus, rope: &Rope, language: &str, previous: &[Occurrence], window: Range<usize>) -> Vec<Occurrence> {
    let mut found = Vec::new();
    if !window.is_empty() {
        let chars = rope.line_to_char(window.start)..rope.line_to_char(window.end.min(rope.len_lines()));
        let text = rope.slice(chars).to_string();
        let mut scan = corpus.scan_from(Some(language), window.start, rope.line_to_byte(window.start));
        scan.feed(&text, &mut |o| found.push(o));
        scan.finish(&mut |o| found.push(o));
    }
    let before = previous.iter().filter(|o| o.line < window.start).cloned();
    let after = previous.iter().filter(|o| o.line >= window.end).cloned();
    // A consequence on either side of the window's edges folds into its cause, as in a whole scan.
    let mut occurrences: Vec<Occurrence> = Vec::with_capacity(previous.len() + 1);
    for occurrence in before.chain(found).chain(after) {
        match occurrences.last_mut() {
            Some(last) if matcher::is_consequence(last, &occurrence) => matcher::absorb(last, occurrence),
            _ => occurrences.push(occurrence),
        }
    }
    let primary = occurrences.iter().position(|o| o.trace_root);
    for (index, occurrence) in occurrences.iter_mut().enumerate() {
        occurrence.primary = Some(index) == primary;
    }
    occurrences
}

/// The occurrences of the whole text, or `None` when a newer version made the scan pointless.
fn scan_all(corpus: &Corpus, rope: &Rope, language: &str, superseded: &dyn Fn() -> bool) -> Option<Vec<Occurrence>> {
    let mut occurrences = Vec::new();
    let text = rope.to_string();
    let mut scan = corpus.scan(Some(language));
    for chunk in matcher::chunks_at_lines(&text, SCAN_CHUNK) {
        if superseded() {
            return None;
        }
        scan.feed(chunk, &mut |o| occurrences.push(o));
    }
    scan.finish(&mut |o| occurrences.push(o));
    Some(occurrences)
}
