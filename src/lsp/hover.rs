//! Hover: the entry for a diagnostic under the cursor, else for error text on the cursor's line, else
//! the note for the symbol under the cursor, else nothing.

use super::diagnostics::{self, Explained};
use super::position;
use super::{ClientFeatures, Document};
use crate::kb::{Corpus, render, symbols};
use tower_lsp_server::ls_types::{DiagnosticSeverity, Hover, HoverContents, MarkupContent, MarkupKind, Position, Range};

fn contains(range: &Range, at: Position) -> bool {
    range.start <= at && at <= range.end
}

fn severity_rank(severity: Option<DiagnosticSeverity>) -> u8 {
    match severity {
        Some(DiagnosticSeverity::ERROR) => 0,
        Some(DiagnosticSeverity::WARNING) => 1,
        Some(DiagnosticSeverity::INFORMATION) => 2,
        _ => 3,
    }
}

pub fn hover(corpus: &Corpus, document: &Document, at: Position, features: ClientFeatures) -> Option<Hover> {
    let encoding = features.encoding;
    let from_diagnostic = || {
        // Only the occurrences on the cursor's line become diagnostics: a log may hold thousands.
        let own = document
            .own
            .iter()
            .filter(|o| o.line == at.line as usize)
            .map(|o| diagnostics::to_diagnostic(corpus, &document.rope, o, encoding, true));
        let mut candidates: Vec<_> = document.foreign.iter().cloned().chain(own).filter(|d| contains(&d.range, at)).collect();
        // The most severe first (ERROR is 1), then the narrowest range.
        candidates.sort_by_key(|d| (severity_rank(d.severity), d.range.end.line.saturating_sub(d.range.start.line)));
        candidates.iter().find_map(|d| {
            let explained = diagnostics::explain(corpus, d, document)?;
            let own = d.source.as_deref() == Some(diagnostics::SOURCE);
            Some((explained, d.range, own))
        })
    };
    let (line_text, line_start) = position::line_text(&document.rope, at.line)?;
    let from_line = || {
        let occurrence = corpus.explain_message(&line_text, Some(&document.language))?;
        let range = position::to_range(
            &document.rope,
            line_start + occurrence.span.start..line_start + occurrence.span.end,
            encoding,
        );
        Some((Explained { entry: occurrence.entry, params: occurrence.params, primary: true }, range, false))
    };
    let markdown = if let Some((explained, range, own)) = from_diagnostic().or_else(from_line) {
        let entry = &corpus.entries[explained.entry];
        // Editors show a diagnostic's message above the hover, and hubls's own begins with the title.
        let title = if own { render::Title::Omitted } else { render::Title::Shown };
        (render::error_hover(entry, &explained.params, title), range)
    } else {
        let offset = position::to_offset(&document.rope, at, encoding) - line_start;
        let symbol = symbols::symbol_at(&line_text, offset)?;
        let note = corpus.note_for_symbol(&symbol.name, Some(&document.language))?;
        let range = position::to_range(
            &document.rope,
            line_start + symbol.range.start..line_start + symbol.range.end,
            encoding,
        );
        (render::note_hover(note), range)
    };
    let (text, range) = markdown;
    let contents = if features.markdown_hover {
        MarkupContent { kind: MarkupKind::Markdown, value: text }
    } else {
        MarkupContent { kind: MarkupKind::PlainText, value: render::plain(&text) }
    };
    Some(Hover { contents: HoverContents::Markup(contents), range: Some(range) })
}
