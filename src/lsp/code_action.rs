//! Code actions: for every diagnostic at the requested range that an entry explains, the entry's fix recipes
//! as quick fixes carrying real edits (so clients that run no commands, like Neovim, can apply them),
//! and one action that opens the whole entry.

use super::commands::SHOW_ENTRY;
use super::diagnostics;
use super::position;
use super::{ClientFeatures, Document};
use crate::kb::{Corpus, FixScope, fix};
use serde_json::json;
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse, Command, Diagnostic, Range,
    TextEdit, Uri, WorkspaceEdit,
};

fn overlaps(a: &Range, b: &Range) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The diagnostics the request names, then those the server already holds for the requested range:
/// forwarded foreign ones and its own scan's. Neovim sends only a server's own published diagnostics
/// in the context, so forwarded ones would otherwise never get their quick fixes there.
fn candidates(corpus: &Corpus, document: &Document, params: &CodeActionParams, features: ClientFeatures) -> Vec<Diagnostic> {
    let mut all = params.context.diagnostics.clone();
    let lines = params.range.start.line as usize..=params.range.end.line as usize;
    let own = document.own.iter().filter(|o| lines.contains(&o.line));
    let held = document
        .foreign
        .iter()
        .cloned()
        .chain(own.map(|o| diagnostics::to_diagnostic(corpus, &document.rope, o, features.encoding, true)));
    for diagnostic in held.filter(|d| overlaps(&d.range, &params.range)) {
        let known = all.iter().any(|d| d.range == diagnostic.range && d.message == diagnostic.message);
        if !known {
            all.push(diagnostic);
        }
    }
    all
}

pub fn code_actions(
    corpus: &Corpus,
    uri: &Uri,
    document: &Document,
    params: &CodeActionParams,
    features: ClientFeatures,
) -> Option<CodeActionResponse> {
    let wants_quickfix = params
        .context
        .only
        .as_ref()
        .is_none_or(|only| only.iter().any(|k| CodeActionKind::QUICKFIX.as_str().starts_with(k.as_str())));
    if !wants_quickfix {
        return None;
    }
    let rope = &document.rope;
    let mut actions = Vec::new();
    let mut preferred_given = false;
    let mut shown = Vec::new();
    for diagnostic in &candidates(corpus, document, params, features) {
        let Some(explained) = diagnostics::explain(corpus, diagnostic, document) else { continue };
        let entry = &corpus.entries[explained.entry];
        let recipes = entry.error().map(|e| e.fixes.as_slice()).unwrap_or_default();
        for recipe in recipes {
            let (scope_text, scope_start) = match recipe.scope {
                FixScope::Line => match position::line_text(rope, diagnostic.range.start.line) {
                    Some(line) => line,
                    None => continue,
                },
                FixScope::Document => (rope.to_string(), 0),
            };
            let Ok(Some(edit)) = fix::edit(recipe, &explained.params, &scope_text) else { continue };
            let range = position::to_range(
                rope,
                scope_start + edit.range.start..scope_start + edit.range.end,
                features.encoding,
            );
            let is_preferred = !preferred_given && explained.primary;
            preferred_given |= is_preferred;
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix::title(recipe, &explained.params),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), vec![TextEdit { range, new_text: edit.new_text }])])),
                    ..Default::default()
                }),
                is_preferred: is_preferred.then_some(true),
                ..Default::default()
            }));
        }
        if !shown.contains(&explained.entry) {
            shown.push(explained.entry);
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Knowledge Hub: {}", crate::kb::render::fill(&entry.title, entry, &explained.params)),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                command: Some(Command {
                    title: "Show the Knowledge Hub entry".into(),
                    command: SHOW_ENTRY.into(),
                    arguments: Some(vec![json!({"id": entry.id, "params": explained.params})]),
                }),
                ..Default::default()
            }));
        }
    }
    (!actions.is_empty()).then_some(actions)
}
