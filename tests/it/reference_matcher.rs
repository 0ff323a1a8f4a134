//! The matcher as it was before the literal prefilter (one `RegexSet` over the whole text), kept only
//! as the reference of the differential test. Not used by hubls itself.
//!
//! Original module comment:
//! Matching error text against the error entries.
//!
//! Input is anything from one diagnostic message to a 50 MB log. The work is split in three steps:
//!
//! 1. **Prefilter.** Every pattern of every entry is compiled once into one `RegexSet`, which tells in a
//!    single pass over the whole text which patterns can match at all. Text that no entry explains
//!    (ordinary code, the common case in an editor) costs one pass and yields nothing.
//! 2. **Per line.** Each candidate pattern is searched in the text; every line it hits is matched again
//!    on its own for captures. A line's best hit is the one with the highest score: the number of
//!    characters the pattern matched outside its captures (the most specific pattern, a longest-match
//!    rule), plus half a point when the entry lists the document's language.
//! 3. **Occurrences.** Lines are grouped into traces: a Python traceback, a Java or Node stack trace, a
//!    PHP "Stack trace:", a Rust panic. A trace is one occurrence, and chained exceptions ("During
//!    handling of the above exception", "Caused by:") split it into segments, one occurrence each. Of all
//!    occurrences one is *primary*, the root cause an editor shows first: the earliest error of the
//!    input, except that in a "Caused by:" chain the last cause is the root.
//!
//! The matcher works on byte offsets and line numbers of the caller's text; ANSI colour codes and `\r`
//! are removed from a copy that keeps the same lines, so line numbers stay valid for the original.

use hubls::kb::{Entry, Params};
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

/// One error occurrence found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceOccurrence {
    /// Index of the entry in the corpus.
    pub entry: usize,
    pub params: Params,
    pub score: f64,
    /// 0-based line of the error message.
    pub line: usize,
    /// 0-based last line of the occurrence (its trace frames), `>= line`.
    pub end_line: usize,
    /// Byte range of the matched message in the caller's text (the whole line, without leading
    /// blanks or `\r`, where colour codes were removed from it).
    pub span: Range<usize>,
    pub primary: bool,
}

struct CompiledPattern {
    entry: usize,
    source: String,
    /// Compiled on first use: the set tells which patterns can match, and most never do.
    regex: OnceLock<Option<Regex>>,
}

impl CompiledPattern {
    fn regex(&self) -> Option<&Regex> {
        self.regex.get_or_init(|| Regex::new(&self.source).ok()).as_ref()
    }
}

pub struct Matcher {
    set: RegexSet,
    patterns: Vec<CompiledPattern>,
    languages: Vec<Vec<String>>,
}

/// A best hit on one line, before grouping.
#[derive(Debug, Clone)]
struct LineHit {
    entry: usize,
    params: Params,
    /// Byte range of the match within the cleaned line.
    matched: Range<usize>,
    /// Twice the literal length, plus one for a language match: integer, so ties are exact.
    points: u32,
}

static ANSI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)").expect("valid"));

/// An entry pattern the way the matcher uses it, with `^` and `$` at line boundaries.
fn line_mode(pattern: &str) -> String {
    format!("(?m:{pattern})")
}

/// Checks a pattern without compiling it (parsing is an order of magnitude cheaper, and loading the
/// corpus parses every pattern) and returns its capture names.
fn validate_pattern(pattern: &str) -> Result<(), String> {
    regex_syntax::Parser::new().parse(&line_mode(pattern)).map(|_| ()).map_err(|err| err.to_string())
}

impl Matcher {
    /// Builds the matcher over the error entries of `entries`. Patterns that do not compile are
    /// skipped here; the loader has already reported them.
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut patterns = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let Some(info) = entry.error() else { continue };
            for pattern in &info.patterns {
                if validate_pattern(pattern).is_ok() {
                    patterns.push(CompiledPattern { entry: index, source: line_mode(pattern), regex: OnceLock::new() });
                }
            }
        }
        let set = RegexSetBuilder::new(patterns.iter().map(|p| p.source.as_str()))
            .size_limit(256 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .unwrap_or_else(|_| RegexSet::empty());
        let languages = entries.iter().map(|e| e.languages.clone()).collect();
        Matcher { set, patterns, languages }
    }

    /// All error occurrences in `text`, in input order, exactly one of them primary (if any).
    pub fn find(&self, text: &str, language: Option<&str>) -> Vec<ReferenceOccurrence> {
        let clean = clean(text);
        let lines = LineIndex::new(&clean);
        let hits = self.line_hits(&clean, &lines, language);
        if hits.is_empty() {
            return Vec::new();
        }
        let original = LineIndex::new(text);
        let mut occurrences = Vec::new();
        let mut primary: Option<usize> = None;
        for block in segment(&clean, &lines) {
            let first_of_block = occurrences.len();
            for segment in &block.segments {
                let best = hits
                    .range(segment.clone())
                    .max_by(|(la, a), (lb, b)| a.points.cmp(&b.points).then(lb.cmp(la)));
                if let Some((&line, hit)) = best {
                    occurrences.push(ReferenceOccurrence {
                        entry: hit.entry,
                        params: hit.params.clone(),
                        score: f64::from(hit.points) / 2.0,
                        line,
                        end_line: segment.end - 1,
                        span: original.span(text, line, lines.text(&clean, line), hit.matched.clone()),
                        primary: false,
                    });
                }
            }
            if primary.is_none() && occurrences.len() > first_of_block {
                primary = Some(if block.root_is_last { occurrences.len() - 1 } else { first_of_block });
            }
        }
        if let Some(index) = primary {
            occurrences[index].primary = true;
        }
        occurrences
    }

    /// The best entry for each line that any pattern matches, by 0-based line.
    fn line_hits(&self, clean: &str, lines: &LineIndex, language: Option<&str>) -> BTreeMap<usize, LineHit> {
        let mut hits: BTreeMap<usize, LineHit> = BTreeMap::new();
        for pattern_index in self.set.matches(clean).iter() {
            let pattern = &self.patterns[pattern_index];
            let Some(regex) = pattern.regex() else { continue };
            let mut last_line = usize::MAX;
            for found in regex.find_iter(clean) {
                // Patched for the differential test: every line a match spans is tried, as the old code
                // meant to (it tried only the first, so a match starting at the `\n` before a line, or
                // running across lines, hid the lines after it).
                let last = lines.line_of(found.end().saturating_sub(1).max(found.start()));
                for line in lines.line_of(found.start()).max(last_line.wrapping_add(1))..=last {
                    last_line = line;
                    let Some(hit) = self.hit_on_line(pattern, lines.text(clean, line), language) else { continue };
                    let better = match hits.get(&line) {
                        None => true,
                        Some(current) => {
                            hit.points > current.points || (hit.points == current.points && hit.entry < current.entry)
                        }
                    };
                    if better {
                        hits.insert(line, hit);
                    }
                }
            }
        }
        hits
    }

    fn hit_on_line(&self, pattern: &CompiledPattern, line: &str, language: Option<&str>) -> Option<LineHit> {
        let regex = pattern.regex()?;
        let captures = regex.captures(line)?;
        let whole = captures.get(0)?;
        let mut params = Params::new();
        let mut captured_len = 0;
        for name in regex.capture_names().flatten() {
            if let Some(value) = captures.name(name) {
                captured_len += value.as_str().chars().count();
                params.insert(name.to_string(), value.as_str().to_string());
            }
        }
        let literal = whole.as_str().chars().count().saturating_sub(captured_len) as u32;
        let language_bonus =
            u32::from(language.is_some_and(|l| self.languages[pattern.entry].iter().any(|x| x == l)));
        Some(LineHit { entry: pattern.entry, params, matched: whole.range(), points: literal * 2 + language_bonus })
    }
}

/// The text without ANSI escapes and `\r`, line for line: borrowed when there is nothing to remove.
fn clean(text: &str) -> Cow<'_, str> {
    let without_ansi = if text.contains('\x1b') { ANSI.replace_all(text, "") } else { Cow::Borrowed(text) };
    if without_ansi.contains('\r') {
        Cow::Owned(without_ansi.replace("\r\n", "\n").replace('\r', ""))
    } else {
        without_ansi
    }
}

/// Byte offsets of line starts, for line lookups by offset and back.
struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts, len: text.len() }
    }

    fn line_count(&self) -> usize {
        self.starts.len()
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// Byte range of line `line`, without its `\n`.
    fn range(&self, line: usize) -> Range<usize> {
        let start = self.starts[line];
        let end = self.starts.get(line + 1).map(|next| next - 1).unwrap_or(self.len);
        start..end
    }

    fn text<'a>(&self, text: &'a str, line: usize) -> &'a str {
        &text[self.range(line)]
    }

    /// The span in the original text of a match found in the cleaned copy of line `line`.
    fn span(&self, text: &str, line: usize, clean_line: &str, matched: Range<usize>) -> Range<usize> {
        let range = self.range(line);
        let content = &text[range.clone()];
        let content = content.strip_suffix('\r').unwrap_or(content);
        if content == clean_line {
            return range.start + matched.start..range.start + matched.end;
        }
        let start = range.start + (content.len() - content.trim_start().len());
        let end = range.start + content.trim_end().len();
        start..end.max(start)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum LineKind {
    Blank,
    /// A stack frame or other continuation of the trace above it.
    Frame,
    /// Python's `Traceback (most recent call last):`.
    TracebackHeader,
    /// Rust's `thread 'main' panicked at src/main.rs:4:26:`, whose message follows on the next line.
    PanicHeader,
    /// A marker that a new exception follows, caused by or causing the one before.
    Chain { root_is_last: bool },
    Other,
}

static FRAME_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[ \t]+\S|#\d+ |Stack trace:|stack backtrace:|note: |goroutine \d+ \[|\[signal |  thrown in |\.\.\. \d+ more)",
    )
    .expect("valid")
});

fn classify(line: &str) -> LineKind {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        LineKind::Blank
    } else if line.starts_with("Traceback (most recent call last):") {
        LineKind::TracebackHeader
    } else if line.starts_with("thread '") && trimmed.contains(" panicked at ") && trimmed.ends_with(':') {
        LineKind::PanicHeader
    } else if trimmed.starts_with("During handling of the above exception")
        || trimmed.starts_with("The above exception was the direct cause")
    {
        LineKind::Chain { root_is_last: false }
    } else if line.starts_with("Caused by:") {
        LineKind::Chain { root_is_last: true }
    } else if FRAME_START.is_match(line) {
        LineKind::Frame
    } else {
        LineKind::Other
    }
}

/// Lines grouped into traces (blocks), each split into segments of one exception each.
struct Block {
    segments: Vec<Range<usize>>,
    root_is_last: bool,
}

fn segment(text: &str, lines: &LineIndex) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // State of the block being built.
    let mut open = false;
    let mut after_blank = false;
    // The next unindented line is the message that ends a traceback or follows a panic header.
    let mut in_traceback_frames = false;
    let mut after_chain_marker = false;

    let extend_segment = |blocks: &mut Vec<Block>, line: usize| {
        let block = blocks.last_mut().expect("a block is open");
        block.segments.last_mut().expect("a block has a segment").end = line + 1;
    };
    for line in 0..lines.line_count() {
        let kind = classify(lines.text(text, line));
        match kind {
            LineKind::Blank => {
                after_blank = true;
                continue;
            }
            LineKind::Chain { root_is_last } if open => {
                let block = blocks.last_mut().expect("a block is open");
                block.root_is_last |= root_is_last;
                block.segments.push(line..line + 1);
                after_chain_marker = !root_is_last;
                in_traceback_frames = false;
            }
            LineKind::TracebackHeader if open && after_chain_marker => {
                extend_segment(&mut blocks, line);
                in_traceback_frames = true;
                after_chain_marker = false;
            }
            LineKind::Frame if open && !after_blank => extend_segment(&mut blocks, line),
            LineKind::Other if open && in_traceback_frames && !after_blank => {
                // The exception line that ends a Python traceback.
                extend_segment(&mut blocks, line);
                in_traceback_frames = false;
            }
            _ => {
                blocks.push(Block {
                    segments: std::iter::once(line..line + 1).collect(),
                    root_is_last: matches!(kind, LineKind::Chain { root_is_last: true }),
                });
                open = true;
                in_traceback_frames = matches!(kind, LineKind::TracebackHeader | LineKind::PanicHeader);
                after_chain_marker = false;
            }
        }
        after_blank = false;
    }
    blocks
}

