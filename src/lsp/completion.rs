//! Snippet completion: the snippets for the document's language and its relatives, matched fuzzily on
//! the typed word against prefixes (weighted most), titles and tags. The edit replaces the typed word;
//! documentation arrives with `completionItem/resolve`, so the list itself stays small and fast.

use super::position;
use super::{ClientFeatures, Document};
use crate::kb::{Corpus, Kind, languages, render, snippet};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use serde_json::json;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionList, CompletionResponse, CompletionTextEdit, Documentation,
    InsertTextFormat, MarkupContent, MarkupKind, Position, Range, TextEdit,
};

const MIN_PREFIX_CHARS: usize = 2;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

pub fn complete(
    corpus: &Corpus,
    document: &Document,
    at: Position,
    features: ClientFeatures,
    limit: usize,
) -> Option<CompletionResponse> {
    let (line, line_start) = position::line_text(&document.rope, at.line)?;
    let cursor = position::to_offset(&document.rope, at, features.encoding) - line_start;
    let before = line.get(..cursor)?;
    let word_start = before.char_indices().rev().take_while(|(_, c)| is_word_char(*c)).last().map(|(i, _)| i)?;
    let typed = &before[word_start..];
    if typed.chars().count() < MIN_PREFIX_CHARS {
        return None;
    }
    let replace = Range::new(
        position::to_position(&document.rope, line_start + word_start, features.encoding),
        at,
    );

    let wanted = languages::related(&document.language);
    let pattern = Pattern::parse(typed, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buffer = Vec::new();
    let mut score = |text: &str| pattern.score(Utf32Str::new(text, &mut buffer), &mut matcher).unwrap_or(0);
    let mut ranked: Vec<(u32, usize)> = corpus
        .of_kind(Kind::Snippet)
        .filter(|(_, entry)| wanted.iter().any(|l| entry.has_language(l)))
        .filter_map(|(index, entry)| {
            let info = entry.snippet()?;
            let by_prefix = info.prefixes.iter().map(|p| score(p) * 3).max().unwrap_or(0);
            let by_title = score(&entry.title);
            let by_tags = entry.tags.iter().map(|t| score(t)).max().unwrap_or(0);
            let best = by_prefix.max(by_title).max(by_tags);
            // Entries in the document's own language first, relatives after.
            let own_language = u32::from(entry.has_language(&document.language));
            (best > 0).then_some((best * 2 + own_language, index))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.truncate(limit);

    let items = ranked
        .iter()
        .enumerate()
        .filter_map(|(rank, &(_, index))| {
            let entry = &corpus.entries[index];
            let info = entry.snippet()?;
            let (text, format) = if features.snippets {
                (info.body.clone(), InsertTextFormat::SNIPPET)
            } else {
                (snippet::plain_text(&info.body), InsertTextFormat::PLAIN_TEXT)
            };
            Some(CompletionItem {
                label: info.prefixes[0].clone(),
                kind: Some(CompletionItemKind::SNIPPET),
                detail: Some(entry.title.clone()),
                sort_text: Some(format!("{rank:04}")),
                // The client filters on this while the user types on: prefixes and title words all count.
                filter_text: Some(format!("{} {}", info.prefixes.join(" "), entry.title)),
                insert_text_format: Some(format),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit { range: replace, new_text: text })),
                data: Some(json!({"id": entry.id})),
                ..Default::default()
            })
        })
        .collect();
    // Incomplete, so the client asks again as the word grows and the ranking follows it.
    Some(CompletionResponse::List(CompletionList { is_incomplete: true, items }))
}

pub fn resolve(corpus: &Corpus, mut item: CompletionItem, features: ClientFeatures) -> CompletionItem {
    let id = item.data.as_ref().and_then(|d| d.get("id")).and_then(|v| v.as_str()).map(str::to_string);
    let Some(entry) = id.and_then(|id| corpus.get(&id)) else { return item };
    let Some(info) = entry.snippet() else { return item };
    let preview = snippet::plain_text(&info.body);
    let markdown = format!(
        "{}\n\n```{}\n{}\n```\n\n{}\n\n`{}`",
        info.description,
        info.code_language,
        preview,
        render::without_first_code_block(&entry.body),
        entry.id
    );
    item.documentation = Some(Documentation::MarkupContent(if features.markdown_completion_docs {
        MarkupContent { kind: MarkupKind::Markdown, value: markdown }
    } else {
        MarkupContent { kind: MarkupKind::PlainText, value: render::plain(&markdown) }
    }));
    item
}
