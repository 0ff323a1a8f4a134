//! Parsing one entry file: TOML front matter between `+++` lines, then a Markdown body.
//!
//! Every failure becomes a [`Problem`] naming the file and the line, so a broken file is reported
//! precisely and never hides the others.

use super::entry::{Details, Entry, ErrorInfo, FixRecipe, Kind, Level, NoteInfo, Problem, SnippetInfo};
use super::codes::DiagnosticCode;
use super::snippet;
use serde::Deserialize;

/// One file handed to the loader. `path` is relative to its corpus root (`errors/python/x.md`), used
/// to check that ids agree with the layout; `display` is what problems print.
#[derive(Debug, Clone)]
pub struct Source {
    pub display: String,
    pub path: String,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    kind: String,
    title: String,
    languages: Vec<String>,
    tags: Vec<String>,
    level: Option<Level>,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    codes: Vec<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    triggers: Vec<String>,
    provenance: Option<String>,
    #[serde(default)]
    fixes: Vec<FixRecipe>,
    #[serde(default)]
    prefix: Vec<String>,
    description: Option<String>,
    symbols: Option<Vec<String>>,
}

pub fn parse_entry(source: &Source) -> Result<Entry, Problem> {
    let problem = |line: usize, message: String| Problem::new(&source.display, line, message);
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text).replace("\r\n", "\n");
    let rest = text
        .strip_prefix("+++\n")
        .ok_or_else(|| problem(1, "the file must start with a `+++` line opening the TOML front matter".into()))?;
    let end = rest
        .find("\n+++\n")
        .or_else(|| rest.strip_suffix("\n+++").map(|r| r.len()))
        .ok_or_else(|| problem(1, "the front matter is not closed by a `+++` line".into()))?;
    let toml_text = &rest[..end];
    let body = rest.get(end + 5..).unwrap_or("").trim_start_matches('\n');
    let body_line = text[..text.len() - body.len()].matches('\n').count() + 1;
    let body = body.to_string();

    let meta: FrontMatter = toml::from_str(toml_text).map_err(|err| {
        let line = err.span().map(|span| 2 + toml_text[..span.start].matches('\n').count()).unwrap_or(1);
        problem(line, format!("front matter: {}", err.message()))
    })?;
    let field_line = |field: &str| {
        toml_text
            .lines()
            .position(|l| l.trim_start().starts_with(field))
            .map(|i| i + 2)
            .unwrap_or(1)
    };

    let kind = Kind::parse(&meta.kind).ok_or_else(|| {
        problem(field_line("kind"), format!("unknown kind `{}` (expected error, snippet or note)", meta.kind))
    })?;
    check_layout(source, &meta.id, kind).map_err(|m| problem(field_line("id"), m))?;
    if meta.title.trim().is_empty() {
        return Err(problem(field_line("title"), "`title` is empty".into()));
    }
    if meta.languages.is_empty() {
        return Err(problem(field_line("languages"), "`languages` must name at least one language id".into()));
    }
    let misplaced = |fields: &[(&str, bool)]| {
        fields.iter().find(|(_, present)| *present).map(|(name, _)| {
            problem(field_line(name), format!("`{name}` does not belong in a {kind} entry"))
        })
    };

    let details = match kind {
        Kind::Error => {
            if let Some(p) = misplaced(&[
                ("prefix", !meta.prefix.is_empty()),
                ("description", meta.description.is_some()),
                ("symbols", meta.symbols.is_some()),
            ]) {
                return Err(p);
            }
            if meta.level.is_none() {
                return Err(problem(field_line("title"), "`level` is required for an error entry".into()));
            }
            if meta.patterns.is_empty() {
                return Err(problem(field_line("patterns"), "`patterns` must hold at least one regex".into()));
            }
            if meta.examples.is_empty() {
                return Err(problem(field_line("examples"), "`examples` must hold at least one real message".into()));
            }
            if meta.triggers.is_empty() && meta.provenance.is_none() {
                return Err(problem(
                    field_line("examples"),
                    "an error entry needs `triggers` (programs printing its examples) or a `provenance`".into(),
                ));
            }
            let mut parameters = Vec::new();
            let mut literals = Vec::new();
            for pattern in &meta.patterns {
                match super::matcher::analyze_pattern(pattern) {
                    Ok(info) => {
                        parameters.extend(info.names.into_iter().filter(|n| !parameters.contains(n)).collect::<Vec<_>>());
                        literals.push(info.literals);
                    }
                    Err(err) => {
                        let line = toml_text.lines().position(|l| l.contains(pattern.as_str())).map(|i| i + 2);
                        return Err(problem(
                            line.unwrap_or(field_line("patterns")),
                            format!("pattern {err}"),
                        ));
                    }
                }
            }
            let mut codes = Vec::new();
            for declared in &meta.codes {
                let code = DiagnosticCode::parse(declared).map_err(|message| {
                    let line = toml_text.lines().position(|l| l.contains(declared.as_str())).map(|i| i + 2);
                    problem(line.unwrap_or(field_line("codes")), message)
                })?;
                codes.push(code);
            }
            Details::Error(ErrorInfo {
                codes,
                literals,
                parameters,
                patterns: meta.patterns,
                examples: meta.examples,
                triggers: meta.triggers,
                provenance: meta.provenance,
                fixes: meta.fixes,
            })
        }
        Kind::Snippet => {
            if let Some(p) = misplaced(&[
                ("patterns", !meta.patterns.is_empty()),
                ("codes", !meta.codes.is_empty()),
                ("fixes", !meta.fixes.is_empty()),
                ("symbols", meta.symbols.is_some()),
            ]) {
                return Err(p);
            }
            if meta.prefix.is_empty() {
                return Err(problem(field_line("title"), "`prefix` must hold at least one word".into()));
            }
            let description = meta
                .description
                .ok_or_else(|| problem(field_line("title"), "`description` is required for a snippet".into()))?;
            let block = first_code_block(&body).ok_or_else(|| {
                problem(body_line, "the body has no fenced code block holding the snippet".into())
            })?;
            snippet::parse(&block.code).map_err(|err| {
                problem(body_line + block.line + err.line, format!("snippet syntax: {}", err.message))
            })?;
            Details::Snippet(SnippetInfo {
                prefixes: meta.prefix,
                description,
                body: block.code,
                code_language: block.language,
            })
        }
        Kind::Note => {
            if let Some(p) = misplaced(&[
                ("patterns", !meta.patterns.is_empty()),
                ("codes", !meta.codes.is_empty()),
                ("fixes", !meta.fixes.is_empty()),
                ("prefix", !meta.prefix.is_empty()),
            ]) {
                return Err(p);
            }
            if meta.level.is_none() {
                return Err(problem(field_line("title"), "`level` is required for a note".into()));
            }
            Details::Note(NoteInfo { symbols: meta.symbols.unwrap_or_default() })
        }
    };

    Ok(Entry {
        id: meta.id,
        title: meta.title,
        languages: meta.languages,
        tags: meta.tags,
        level: meta.level,
        body,
        source: source.display.clone(),
        body_line,
        front_matter: toml_text.to_string(),
        details,
    })
}

/// Ids are `<family>/<slug>`; in the standard layout they must also equal the path.
fn check_layout(source: &Source, id: &str, kind: Kind) -> Result<(), String> {
    let valid_part = |part: &str| {
        !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    match id.split_once('/') {
        Some((family, slug)) if valid_part(family) && valid_part(slug) => {}
        _ => return Err(format!("id `{id}` must be `<family>/<slug>` in lowercase letters, digits and `-`")),
    }
    let parts: Vec<&str> = source.path.trim_end_matches(".md").split('/').collect();
    if let [top, family, slug] = parts[..]
        && let Some(layout_kind) = Kind::ALL.into_iter().find(|k| k.directory() == top) {
            if layout_kind != kind {
                return Err(format!("a {kind} entry does not belong under `{top}/`"));
            }
            if id != format!("{family}/{slug}") {
                return Err(format!("id `{id}` does not match its path; expected `{family}/{slug}`"));
            }
        }
    Ok(())
}

pub struct CodeBlock {
    pub language: String,
    pub code: String,
    /// 0-based line of the first code line, counted from the body's first line.
    pub line: usize,
}

/// The first fenced code block of a Markdown text.
pub fn first_code_block(markdown: &str) -> Option<CodeBlock> {
    code_blocks(markdown).into_iter().next()
}

fn code_blocks(markdown: &str) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, String, usize, usize)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        match &mut open {
            None => {
                if let Some(info) = trimmed.strip_prefix("```") {
                    let fence_len = 3 + info.chars().take_while(|c| *c == '`').count();
                    let language = info.trim_start_matches('`').trim().to_string();
                    open = Some((language, String::new(), index + 1, fence_len));
                }
            }
            Some((language, code, first, fence_len)) => {
                if trimmed.starts_with(&"`".repeat(*fence_len)) && trimmed.trim_end().chars().all(|c| c == '`') {
                    if code.ends_with('\n') {
                        code.pop();
                    }
                    blocks.push(CodeBlock { language: std::mem::take(language), code: std::mem::take(code), line: *first });
                    open = None;
                } else {
                    code.push_str(line);
                    code.push('\n');
                }
            }
        }
    }
    blocks
}
