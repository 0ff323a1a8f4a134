//! Symbol lookup for notes: the qualified name under a cursor (`asyncio.gather`, `PDO::prepare`,
//! `$wpdb->prepare`) and the note that explains it.
//!
//! The longest qualified name wins; shorter suffixes are tried after it: `np.asyncio.gather`, then
//! `asyncio.gather`, then `.gather`. A suffix that keeps its separator (`->prepare`, `.then`) lets a
//! note name a method on any receiver. A qualified name falls back to its bare last segment only when
//! that segment is distinctive (`raise_for_status`, `thenApply`): a bare `next`, `request` or `reset`
//! after a receiver is someone else's method far too often, and hubls stays silent rather than guess.

use super::entry::Entry;
use std::collections::HashMap;

pub struct SymbolIndex {
    by_name: HashMap<String, Vec<usize>>,
}

/// The qualified name under the cursor, and its byte range within the line.
#[derive(Debug, Clone, PartialEq)]
pub struct SymbolAt {
    pub name: String,
    pub range: std::ops::Range<usize>,
}

const SEPARATORS: [&str; 3] = ["::", "->", "."];

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The qualified name ending with the identifier at byte `offset` of `line` (qualifiers to its left are
/// included, members to its right are not).
pub fn symbol_at(line: &str, offset: usize) -> Option<SymbolAt> {
    let offset = offset.min(line.len());
    if !line.is_char_boundary(offset) {
        return None;
    }
    let ident_end = |from: usize| {
        line[from..].char_indices().find(|(_, c)| !is_identifier_char(*c)).map(|(i, _)| from + i).unwrap_or(line.len())
    };
    let ident_start = |to: usize| {
        line[..to].char_indices().rev().take_while(|(_, c)| is_identifier_char(*c)).last().map(|(i, _)| i).unwrap_or(to)
    };
    let on_identifier = line[offset..].chars().next().is_some_and(is_identifier_char);
    let after_identifier = line[..offset].chars().next_back().is_some_and(is_identifier_char);
    if !on_identifier && !after_identifier {
        return None;
    }
    let end = ident_end(offset);
    let mut start = ident_start(offset);
    loop {
        let before = &line[..start];
        let Some(separator) = SEPARATORS.iter().find(|s| before.ends_with(**s)) else { break };
        let qualifier_end = start - separator.len();
        let qualifier_start = ident_start(qualifier_end);
        if qualifier_start == qualifier_end {
            break;
        }
        start = qualifier_start;
    }
    (start < end).then(|| SymbolAt { name: line[start..end].to_string(), range: start..end })
}

/// A name unlikely to mean two things: it has an underscore or a capital after its first letter.
fn is_distinctive(name: &str) -> bool {
    name.contains('_') || name.chars().skip(1).any(char::is_uppercase)
}

/// Names to look up for a qualified name, most specific first.
pub fn candidates(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let mut rest = name;
    while let Some((position, separator)) = SEPARATORS
        .iter()
        .filter_map(|s| rest.find(s).map(|p| (p, *s)))
        .min_by_key(|(p, _)| *p)
    {
        let member = &rest[position..];
        rest = &rest[position + separator.len()..];
        out.push(member.to_string());
        if SEPARATORS.iter().any(|s| rest.contains(s)) || is_distinctive(rest) {
            out.push(rest.to_string());
        }
    }
    if let Some(bare) = name.strip_prefix('$') {
        out.insert(1, bare.to_string());
    }
    out.dedup();
    out
}

impl SymbolIndex {
    pub fn new(entries: &[Entry]) -> SymbolIndex {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, entry) in entries.iter().enumerate() {
            for symbol in entry.note().map(|n| n.symbols.as_slice()).unwrap_or_default() {
                by_name.entry(symbol.clone()).or_default().push(index);
            }
        }
        SymbolIndex { by_name }
    }

    /// The note for a qualified name in a document of one of `languages` (any language when empty).
    pub fn lookup(&self, entries: &[Entry], name: &str, languages: &[String]) -> Option<usize> {
        candidates(name).iter().find_map(|candidate| {
            let notes = self.by_name.get(candidate)?;
            if languages.is_empty() {
                return notes.first().copied();
            }
            // The document's own language first, then its relatives.
            languages.iter().find_map(|l| notes.iter().copied().find(|&n| entries[n].has_language(l)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_at(line: &str, marker: &str) -> Option<String> {
        symbol_at(line, line.find(marker).unwrap()).map(|s| s.name)
    }

    #[test]
    fn qualified_names_take_their_qualifiers_but_not_their_members() {
        let line = "    results = await asyncio.gather(a(), b())";
        assert_eq!(name_at(line, "gather").as_deref(), Some("asyncio.gather"));
        assert_eq!(name_at(line, "ncio").as_deref(), Some("asyncio"));
        assert_eq!(name_at("$stmt = $pdo->prepare($sql);", "prepare").as_deref(), Some("$pdo->prepare"));
        assert_eq!(name_at("PDO::prepare()", "prepare").as_deref(), Some("PDO::prepare"));
        assert_eq!(name_at("x = 1 + 2", "+"), None);
    }

    #[test]
    fn the_cursor_just_after_a_word_still_names_it() {
        assert_eq!(symbol_at("useState", 8).map(|s| s.name).as_deref(), Some("useState"));
    }

    #[test]
    fn non_ascii_lines_are_handled_at_char_boundaries() {
        let line = "const 名前 = useState(0); // 🎉";
        assert_eq!(name_at(line, "useState").as_deref(), Some("useState"));
        assert_eq!(name_at(line, "名前").as_deref(), Some("名前"));
        assert_eq!(symbol_at(line, line.find('🎉').unwrap() + 1), None, "inside a code point");
    }

    #[test]
    fn candidates_go_from_the_whole_name_to_the_last_member() {
        assert_eq!(candidates("np.asyncio.gather"), ["np.asyncio.gather", ".asyncio.gather", "asyncio.gather", ".gather"]);
        assert_eq!(candidates("$wpdb->prepare"), ["$wpdb->prepare", "wpdb->prepare", "->prepare"]);
        assert_eq!(candidates("resp.raise_for_status"), ["resp.raise_for_status", ".raise_for_status", "raise_for_status"]);
        assert_eq!(candidates("future.thenApply"), ["future.thenApply", ".thenApply", "thenApply"]);
        assert_eq!(candidates("urllib.request"), ["urllib.request", ".request"], "not Flask's `request`");
        assert_eq!(candidates("next"), ["next"]);
    }
}
