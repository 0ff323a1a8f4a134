//! The literals a pattern's match must contain, found in its parsed regex.
//!
//! The matcher's prefilter is one Aho-Corasick automaton over one literal set per pattern: a line can
//! match a pattern only if it contains one of that pattern's literals, so the full regex runs only on
//! those lines. The set is taken from anywhere in the regex, not only its prefix (`(?P<name>\w+)
//! object has no attribute` yields ` object has no attribute`), in the spirit of ripgrep's
//! `InnerLiterals`: every node of the HIR reports the finite set of strings it matches when that set is
//! small (`(?i)error` → `error`, folded), and the best *required* set it knows; a concatenation joins
//! neighbouring finite sets into longer strings and keeps the rarest candidate.
//!
//! Literals are folded to ASCII lowercase and the automaton searches ASCII case-insensitively: a
//! superset of the lines that can match, which the regex then decides.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Most strings a finite set may hold before the node counts as "anything".
const MAX_SET: usize = 64;
/// Longest string kept in a finite set: longer runs are cut, which keeps them required.
const MAX_LITERAL: usize = 64;
/// Shortest literal that makes a useful prefilter; shorter ones hit nearly every line.
pub const MIN_LITERAL: usize = 4;
/// A bound on the automaton a pattern compiles to, in rough NFA states: the regex crate's own limits
/// would otherwise fail the pattern only when first used, in the middle of a scan.
const MAX_WEIGHT: u64 = 200_000;

/// What matching needs to know about one pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Required {
    /// Every match contains at least one of these, ASCII-lowercased.
    pub literals: Vec<Vec<u8>>,
}

/// The required literals of a parsed pattern, or why the pattern cannot be prefiltered.
pub fn required(hir: &Hir) -> Result<Required, String> {
    let weight = weight(hir);
    if weight > MAX_WEIGHT {
        return Err(format!(
            "the pattern compiles to an automaton too large to run on every line (about {weight} states; \
             the limit is {MAX_WEIGHT}): use fewer or smaller counted repetitions"
        ));
    }
    if has_unicode_word_boundary(hir) {
        return Err(
            "`\\b` here is a Unicode word boundary, which forces the slowest regex engine on any non-ASCII \
             text: write `(?-u:\\b)`, or leave the boundary out"
                .into(),
        );
    }
    let info = analyze(hir);
    let Some(set) = info.required.filter(|set| set.iter().all(|s| !s.is_empty())) else {
        return Err(format!(
            "the pattern has no literal text that every match must contain; pin at least {MIN_LITERAL} \
             characters of the message's fixed wording"
        ));
    };
    if let Some(short) = set.iter().find(|s| s.len() < MIN_LITERAL) {
        return Err(format!(
            "the literal text every match must contain is too short (`{}`, under {MIN_LITERAL} bytes) to \
             find candidate lines quickly; pin more of the message's fixed wording",
            String::from_utf8_lossy(short)
        ));
    }
    if set.iter().any(|s| s.contains(&b'\n')) {
        return Err("the pattern contains a line break, but patterns are matched against one line".into());
    }
    Ok(Required { literals: set })
}

#[derive(Debug, Default)]
struct Info {
    /// All strings the node matches, when there are few: `None` means many or unbounded.
    exact: Option<Vec<Vec<u8>>>,
    /// A set of which every match contains one; `None` when nothing is known.
    required: Option<Vec<Vec<u8>>>,
}

fn analyze(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info { exact: Some(vec![Vec::new()]), required: None },
        HirKind::Literal(literal) => {
            let text = literal.0.to_ascii_lowercase();
            if text.len() > MAX_LITERAL {
                Info { exact: None, required: Some(vec![text]) }
            } else {
                Info { exact: Some(vec![text.clone()]), required: Some(vec![text]) }
            }
        }
        HirKind::Class(class) => Info { exact: class_strings(class), required: None },
        HirKind::Capture(capture) => analyze(&capture.sub),
        HirKind::Repetition(repetition) => {
            let sub = analyze(&repetition.sub);
            if repetition.min == 0 {
                let exact = (repetition.max == Some(1))
                    .then(|| sub.exact.map(|mut set| {
                        set.push(Vec::new());
                        normalize(set)
                    }))
                    .flatten();
                return Info { exact, required: None };
            }
            let exact = (repetition.max == Some(repetition.min) && repetition.min <= 8)
                .then(|| {
                    let one = sub.exact.clone()?;
                    let mut product = vec![Vec::new()];
                    for _ in 0..repetition.min {
                        product = cross(&product, &one)?;
                    }
                    Some(product)
                })
                .flatten();
            let required = best([sub.required, exact.clone()].into_iter().flatten());
            Info { exact, required }
        }
        HirKind::Concat(children) => concat(children),
        HirKind::Alternation(children) => {
            let infos: Vec<Info> = children.iter().map(analyze).collect();
            let exact = infos
                .iter()
                .map(|info| info.exact.clone())
                .collect::<Option<Vec<_>>>()
                .map(|sets| sets.concat())
                .filter(|set| set.len() <= MAX_SET)
                .map(normalize);
            let required = infos
                .into_iter()
                .map(|info| best([info.required, info.exact].into_iter().flatten()))
                .collect::<Option<Vec<_>>>()
                .map(|sets| normalize(sets.concat()));
            Info { exact, required }
        }
    }
}

fn concat(children: &[Hir]) -> Info {
    let mut candidates: Vec<Vec<Vec<u8>>> = Vec::new();
    // The finite run being built from neighbouring children, and whether it covers the whole concat.
    let mut run: Option<Vec<Vec<u8>>> = None;
    let mut whole_is_exact = true;
    for child in children {
        let info = analyze(child);
        if let Some(required) = info.required.clone() {
            candidates.push(required);
        }
        match info.exact {
            Some(exact) => {
                let joined = match &run {
                    None => Some(exact.clone()),
                    Some(current) => cross(current, &exact),
                };
                match joined {
                    Some(joined) => run = Some(joined),
                    None => {
                        // The run grew too large: keep what it had, start again from this child.
                        candidates.extend(run.take());
                        run = Some(exact);
                        whole_is_exact = false;
                    }
                }
            }
            None => {
                candidates.extend(run.take());
                whole_is_exact = false;
            }
        }
    }
    let exact = if whole_is_exact { run.clone() } else { None };
    candidates.extend(run);
    Info { exact, required: best(candidates.into_iter()) }
}

/// Every string of `left` followed by every string of `right`, unless that is too many or too long.
fn cross(left: &[Vec<u8>], right: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if left.len() * right.len() > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in left {
        for r in right {
            if l.len() + r.len() > MAX_LITERAL {
                return None;
            }
            out.push([l.as_slice(), r.as_slice()].concat());
        }
    }
    Some(normalize(out))
}

/// Sorted, without duplicates.
fn normalize(mut set: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    set.sort();
    set.dedup();
    set
}

/// The strings of a small class, lowercased: `[Ee]` is `e`, `(?i)k` is `k` and the Kelvin sign.
fn class_strings(class: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    match class {
        Class::Unicode(class) => {
            for range in class.ranges() {
                for c in range.start()..=range.end() {
                    if out.len() > MAX_SET {
                        return None;
                    }
                    out.push(c.to_ascii_lowercase().to_string().into_bytes());
                }
            }
        }
        Class::Bytes(class) => {
            for range in class.ranges() {
                for b in range.start()..=range.end() {
                    if out.len() > MAX_SET {
                        return None;
                    }
                    out.push(vec![b.to_ascii_lowercase()]);
                }
            }
        }
    }
    let out = normalize(out);
    (out.len() <= 4).then_some(out)
}

/// Words so common in logs that a literal made of them barely filters anything.
const COMMON: [&str; 12] =
    ["error", "error:", "error: ", "warning", "warning:", "exception", "failed", "fatal", "note:", "info", "line ", " in "];

/// How well a literal filters: longer is rarer, and common log words count for little.
fn rarity(literal: &[u8]) -> usize {
    let trimmed = literal.trim_ascii();
    if COMMON.iter().any(|common| common.as_bytes().trim_ascii() == trimmed) {
        return literal.len() / 3;
    }
    // Past a point, length no longer makes a literal rarer, and fewer alternatives beat a longer one.
    literal.len().min(24)
}

/// The candidate whose weakest literal filters best; fewer alternatives break ties.
fn best(candidates: impl Iterator<Item = Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
    candidates
        .filter(|set| !set.is_empty() && set.iter().all(|s| !s.is_empty()))
        .map(minimal)
        .max_by(|a, b| {
            let quality = |set: &Vec<Vec<u8>>| set.iter().map(|s| rarity(s)).min().unwrap_or(0);
            quality(a).cmp(&quality(b)).then(b.len().cmp(&a.len()))
        })
}

/// The set without strings that contain another of its strings: finding the shorter one suffices.
fn minimal(set: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let keep: Vec<bool> = set
        .iter()
        .enumerate()
        .map(|(i, s)| !set.iter().enumerate().any(|(j, t)| j != i && t.len() < s.len() && contains(s, t)))
        .collect();
    set.into_iter().zip(keep).filter_map(|(s, k)| k.then_some(s)).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

/// A rough count of the NFA states a pattern compiles to: counted repetitions multiply.
fn weight(hir: &Hir) -> u64 {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(literal) => literal.0.len() as u64,
        // A Unicode class compiles to a UTF-8 automaton of many states (`\w` to hundreds).
        HirKind::Class(Class::Unicode(class)) => {
            if class.ranges().iter().all(|r| r.end().is_ascii()) { 1 } else { 200 }
        }
        HirKind::Class(Class::Bytes(_)) => 1,
        HirKind::Capture(capture) => weight(&capture.sub),
        HirKind::Repetition(repetition) => {
            let count = u64::from(repetition.max.unwrap_or(repetition.min).max(repetition.min).max(1));
            weight(&repetition.sub).saturating_mul(count)
        }
        HirKind::Concat(children) | HirKind::Alternation(children) => {
            children.iter().map(weight).fold(0u64, u64::saturating_add)
        }
    }
}

fn has_unicode_word_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(look) => matches!(
            look,
            Look::WordUnicode
                | Look::WordUnicodeNegate
                | Look::WordStartUnicode
                | Look::WordEndUnicode
                | Look::WordStartHalfUnicode
                | Look::WordEndHalfUnicode
        ),
        HirKind::Capture(capture) => has_unicode_word_boundary(&capture.sub),
        HirKind::Repetition(repetition) => has_unicode_word_boundary(&repetition.sub),
        HirKind::Concat(children) | HirKind::Alternation(children) => children.iter().any(has_unicode_word_boundary),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals(pattern: &str) -> Result<Vec<String>, String> {
        let hir = regex_syntax::Parser::new().parse(pattern).map_err(|e| e.to_string())?;
        required(&hir).map(|r| r.literals.into_iter().map(|l| String::from_utf8(l).unwrap()).collect())
    }

    #[test]
    fn inner_literals_are_found_not_only_prefixes() {
        assert_eq!(literals(r"'(?P<obj>\w+)' object has no attribute '(?P<attr>\w+)'").unwrap(), ["' object has no attribute '"]);
        assert_eq!(literals(r"(?:error TS2345: )?Argument of type '(?P<s>.+)'").unwrap(), ["argument of type '"]);
    }

    #[test]
    fn the_rarest_literal_wins_over_the_first() {
        assert_eq!(literals(r"Error: (?P<m>.+) No module named (?P<n>\S+)").unwrap(), [" no module named "]);
    }

    #[test]
    fn alternations_and_case_insensitive_words_give_sets() {
        assert_eq!(literals(r"(?:Module|Import)NotFound: x").unwrap(), ["importnotfound: x", "modulenotfound: x"]);
        // Unicode case folding: `s` also matches the long s, `ſ`.
        let folded = literals(r"(?i)permission denied").unwrap();
        assert_eq!(folded.len(), 4);
        assert!(folded.contains(&"permission denied".to_string()));
    }

    #[test]
    fn patterns_without_a_usable_literal_are_refused_with_the_reason() {
        assert!(literals(r"\w+Err").unwrap_err().contains("too short"));
        assert!(literals(r"(?:)").unwrap_err().contains("no literal text"));
        assert!(literals(r"\d+: \w+").unwrap_err().contains("too short"));
        assert!(literals(r"\bKeyError: x").unwrap_err().contains("Unicode word boundary"));
        assert!(literals(r"(?-u:\b)KeyError: x").is_ok());
        assert!(literals(r"(?:\w{1000}){30}abcd").unwrap_err().contains("too large"));
    }
}
