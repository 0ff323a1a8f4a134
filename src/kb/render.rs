//! Turning an entry into text for people: Markdown for hovers and `show`, plain text for terminals and
//! clients without Markdown. Parameters captured from the user's message are filled in.

use super::entry::{Entry, Params};
use super::fix::substitute;

/// The text of a `## name` section of a Markdown body, trimmed, without its heading.
pub fn section<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let heading = format!("## {name}");
    let start = body.lines().scan(0, |offset, line| {
        let here = *offset;
        *offset += line.len() + 1;
        Some((here, line))
    });
    let mut from = None;
    for (offset, line) in start {
        if from.is_none() {
            if line.trim_end().eq_ignore_ascii_case(&heading) {
                from = Some(offset + line.len() + 1);
            }
        } else if line.starts_with("## ") {
            return Some(body[from?..offset].trim());
        }
    }
    from.map(|f| body.get(f..).unwrap_or("").trim())
}

/// The text before the first `##` heading: a note's short answer, a snippet's introduction.
pub fn lead(body: &str) -> &str {
    let end = body.find("\n## ").map(|i| i + 1).unwrap_or(body.len());
    if body.starts_with("## ") { "" } else { body[..end].trim() }
}

/// The body without its first fenced code block: a snippet's prose, around the snippet itself.
pub fn without_first_code_block(body: &str) -> String {
    let mut out = Vec::new();
    let mut state = 0; // 0: before the block, 1: inside it, 2: after it
    for line in body.lines() {
        let fence = line.trim_start().starts_with("```");
        match state {
            0 if fence => state = 1,
            1 if fence => state = 2,
            1 => {}
            _ => out.push(line),
        }
    }
    out.join("\n").trim().to_string()
}

/// What a parameter the message did not give shows as: never its raw name, which reads as a value.
pub const UNKNOWN_VALUE: &str = "…";

/// Fills the entry's captured parameters into a text; a missing parameter shows as [`UNKNOWN_VALUE`].
pub fn fill(text: &str, entry: &Entry, params: &Params) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let mut all: Params = entry
        .error()
        .map(|e| e.parameters.iter().map(|name| (name.clone(), UNKNOWN_VALUE.to_string())).collect())
        .unwrap_or_default();
    all.extend(params.iter().map(|(k, v)| (k.clone(), v.clone())));
    substitute(text, &all, |v| v.to_string())
}

/// The first `sentences` sentences of a paragraph, for the two-line summary of a hover.
pub fn first_sentences(text: &str, sentences: usize) -> String {
    let mut end = 0;
    let mut count = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) {
            count += 1;
            end = i + 1;
            if count == sentences {
                break;
            }
        }
    }
    if count == 0 { text.trim().to_string() } else { text[..end].trim().to_string() }
}

/// The whole entry as Markdown: title, its sections, and its id.
pub fn markdown(entry: &Entry, params: &Params) -> String {
    let mut out = format!("### {}\n\n", fill(&entry.title, entry, params));
    if let Some(snippet) = entry.snippet() {
        out.push_str(&format!("*{}*\n\n", snippet.description));
    }
    out.push_str(&fill(&entry.body, entry, params));
    out.push_str(&format!("\n\n---\n`{}` · {}", entry.id, entry.kind()));
    out
}

/// Whether a hover starts with the entry's title.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Title {
    Shown,
    /// The editor already shows it: the hover is for hubls's own diagnostic, whose message begins with it.
    Omitted,
}

/// A hover's Markdown for an error entry: what a tired reader needs first, the rest after.
pub fn error_hover(entry: &Entry, params: &Params, title: Title) -> String {
    let mut out = match title {
        Title::Shown => format!("### {}\n\n", fill(&entry.title, entry, params)),
        Title::Omitted => String::new(),
    };
    for name in ["Root cause", "Fix", "Example", "Common mistakes"] {
        if let Some(text) = section(&entry.body, name) {
            out.push_str(&format!("**{name}**\n\n{}\n\n", fill(text, entry, params)));
        }
    }
    out.push_str(&format!("---\n`{}`", entry.id));
    out
}

/// A hover's Markdown for a note: the short answer and the common mistakes.
pub fn note_hover(entry: &Entry) -> String {
    let mut out = format!("### {}\n\n{}\n\n", entry.title, lead(&entry.body));
    if let Some(mistakes) = section(&entry.body, "Common mistakes") {
        out.push_str(&format!("**Common mistakes**\n\n{mistakes}\n\n"));
    }
    out.push_str(&format!("---\n`{}`", entry.id));
    out
}

/// Markdown made readable as plain text: headings and emphasis markers dropped, fences kept as
/// indented code.
pub fn plain(markdown: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            out.push_str("    ");
            out.push_str(line);
        } else if line.trim() == "---" {
            out.push_str("--");
        } else {
            out.push_str(line.trim_start_matches('#').trim_start().replace("**", "").replace('`', "").as_str());
        }
        out.push('\n');
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Intro line.\n\n## Root cause\nA. B. C.\n\n## Fix\nDo it.\n";

    #[test]
    fn sections_and_lead_are_found() {
        assert_eq!(section(BODY, "Root cause"), Some("A. B. C."));
        assert_eq!(section(BODY, "Fix"), Some("Do it."));
        assert_eq!(section(BODY, "Example"), None);
        assert_eq!(lead(BODY), "Intro line.");
    }

    #[test]
    fn snippet_prose_leaves_out_the_snippet_block_only() {
        let body = "Before.\n\n```py\nx = $1\n```\n\nAfter.\n```py\nkept\n```";
        assert_eq!(without_first_code_block(body), "Before.\n\n\nAfter.\n```py\nkept\n```");
    }

    #[test]
    fn first_sentences_stop_at_the_count_and_ignore_dots_inside_names() {
        assert_eq!(first_sentences("Call os.path.join. Then x. Then y.", 2), "Call os.path.join. Then x.");
    }
}
