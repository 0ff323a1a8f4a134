//! Matching error text against the error entries.
//!
//! Input is anything from one diagnostic message to a log of any size, fed whole or in chunks. Cost is
//! set by the size of the text, not by its diversity or the number of patterns:
//!
//! 1. **Literal prefilter.** Each pattern has a set of literals one of which every match contains, taken
//!    from its parsed regex ([`super::literals`]). [`super::prefilter`] finds the candidate (line,
//!    pattern) pairs: fingerprints of the literals probed every few bytes, then an Aho-Corasick automaton
//!    around each probe that hit. Text that no entry explains costs the probes alone.
//! 2. **Per line.** Each candidate pattern runs on its line only, for captures. A line's best hit is
//!    the one with the highest score: the number of characters the pattern matched outside its captures
//!    (the most specific pattern, a longest-match rule), plus half a point when the entry lists the
//!    document's language. Large chunks are split at a line break and searched on two threads.
//! 3. **Occurrences.** Lines are grouped into traces: a Python traceback, a Java or Node stack trace, a
//!    PHP "Stack trace:", a Rust panic. A trace is one occurrence, and chained exceptions ("During
//!    handling of the above exception", "Caused by:") split it into segments, one occurrence each. Of all
//!    occurrences one is *primary*, the root cause an editor shows first: the earliest error of the
//!    input, except that in a "Caused by:" chain the last cause is the root. Traces are built line by
//!    line as the text streams past, so only the open trace is held in memory.
//!
//! Lines are LSP's: `\n`, `\r\n` and a lone `\r` each end one. ANSI colour codes are removed from a copy
//! of the lines that hold them; line numbers and byte offsets refer to the caller's text.

use super::entry::{Entry, Params};
use super::literals;
use super::prefilter::Prefilter;
use regex::Regex;
use regex_automata::meta;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::{Arc, LazyLock, Mutex};

/// One error occurrence found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
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
    /// The root cause of the whole input: exactly one occurrence of a text has it.
    pub primary: bool,
    /// The root cause of its own trace: what a stream that cannot wait for the whole input marks.
    pub trace_root: bool,
}

/// Per-pattern limits: the corpus check bounds automaton size up front, these keep a surprise cheap.
const REGEX_SIZE_LIMIT: usize = 4 << 20;
const REGEX_DFA_LIMIT: usize = 4 << 20;
/// Chunks larger than this are searched on two threads.
const PARALLEL_FROM: usize = 1 << 20;
/// The piece of a text [`Matcher::find`] scans at a time: large enough for two threads.
const FIND_CHUNK: usize = 2 << 20;

/// Lines longer than this are matched by a regex with a lazy DFA; shorter ones (nearly all) by a lean
/// one. The lazy DFA keeps a long line linear and fast, but doubles a compiled pattern's automata and
/// adds its cache: about 200 KB a pattern against 17 KB (measured on the built-in corpus), and
/// compiling takes 4x as long.
const LONG_LINE: usize = 4096;
/// Lean regexes kept at once: every pattern of the built-in corpus (1,303), at about 17 KB each; past this
/// (a team corpus of thousands of entries) the least recently used is dropped.
const LEAN_KEPT: usize = 2048;
/// Regexes with a lazy DFA kept at once, for the rare long line.
const FULL_KEPT: usize = 16;

struct CompiledPattern {
    entry: usize,
    source: String,
}

impl CompiledPattern {
    /// The pattern compiled for lines of up to [`LONG_LINE`] bytes (bounded backtracking, then the
    /// PikeVM) or for any line (with a lazy DFA as well).
    fn compile(&self, long_lines: bool) -> Option<meta::Regex> {
        let config = meta::Config::new().nfa_size_limit(Some(REGEX_SIZE_LIMIT)).onepass(false).dfa(false);
        let config = if long_lines { config.hybrid_cache_capacity(REGEX_DFA_LIMIT) } else { config.hybrid(false) };
        meta::Builder::new().configure(config).build(&self.source).ok()
    }
}

/// Regexes compiled on first use (most patterns never meet a line holding their literals), by pattern
/// index, each with the tick of its last use; a failed compile is kept too, as `None`.
struct Compiled {
    regexes: HashMap<u32, (Option<Arc<meta::Regex>>, u64)>,
    clock: u64,
    kept: usize,
}

impl Compiled {
    fn new(kept: usize) -> Mutex<Compiled> {
        Mutex::new(Compiled { regexes: HashMap::new(), clock: 0, kept })
    }
}

pub struct Matcher {
    patterns: Vec<CompiledPattern>,
    lean: Mutex<Compiled>,
    full: Mutex<Compiled>,
    /// Finds the lines holding literals of patterns, and which; `None` when there are no patterns.
    prefilter: Option<Prefilter>,
    languages: Vec<Vec<String>>,
}

/// One entry's standing for one line, as `corpus check` ranks examples.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub entry: usize,
    /// Twice the literal length, plus one for a language match.
    pub points: u32,
    pub params: Params,
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

/// A line's best hit, with where the line lies in the chunk it was found in.
#[derive(Debug, Clone)]
struct HitAt {
    /// 0-based line, counted from the chunk's first line.
    line: usize,
    /// Byte range of the line's content in the cleaned chunk.
    content: Range<usize>,
    hit: LineHit,
}

/// Colour codes and terminal titles; never across a line break, so lines stay where they were.
static ANSI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n\r]*(?:\x07|\x1b\\)").expect("valid")
});

/// An entry pattern the way the matcher uses it, with `^` and `$` at line boundaries.
fn line_mode(pattern: &str) -> String {
    format!("(?m:{pattern})")
}

/// What loading learns of a pattern: its capture names and the literals the prefilter uses.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternInfo {
    pub names: Vec<String>,
    pub literals: Vec<Vec<u8>>,
}

/// Checks a pattern without compiling it (parsing is an order of magnitude cheaper, and loading the
/// corpus checks every pattern): it must parse and have literals usable by the prefilter. One parse
/// gives both its capture names and its literals, which the matcher then builds on.
pub fn analyze_pattern(pattern: &str) -> Result<PatternInfo, String> {
    let hir = regex_syntax::ParserBuilder::new()
        .nest_limit(100)
        .build()
        .parse(&line_mode(pattern))
        .map_err(|err| format!("does not compile: {err}"))?;
    let literals = literals::required(&hir).map_err(|err| format!("is not usable: {err}"))?.literals;
    let mut names = Vec::new();
    capture_names(&hir, &mut names);
    Ok(PatternInfo { names, literals })
}

fn capture_names(hir: &regex_syntax::hir::Hir, names: &mut Vec<String>) {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(capture) => {
            if let Some(name) = &capture.name
                && !names.iter().any(|n| n.as_str() == &**name)
            {
                names.push(name.to_string());
            }
            capture_names(&capture.sub, names);
        }
        HirKind::Repetition(repetition) => capture_names(&repetition.sub, names),
        HirKind::Concat(children) | HirKind::Alternation(children) => {
            children.iter().for_each(|child| capture_names(child, names))
        }
        _ => {}
    }
}

impl Matcher {
    /// Builds the matcher over the error entries of `entries`. Patterns that fail validation are
    /// skipped here; the loader has already reported them.
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut patterns = Vec::new();
        let mut literals: Vec<(&[u8], u32)> = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let Some(info) = entry.error() else { continue };
            for (pattern, required) in info.patterns.iter().zip(&info.literals) {
                let pattern_index = patterns.len() as u32;
                literals.extend(required.iter().map(|literal| (literal.as_slice(), pattern_index)));
                patterns.push(CompiledPattern { entry: index, source: line_mode(pattern) });
            }
        }
        let prefilter = Prefilter::new(literals);
        let languages = entries.iter().map(|e| e.languages.clone()).collect();
        Matcher { patterns, lean: Compiled::new(LEAN_KEPT), full: Compiled::new(FULL_KEPT), prefilter, languages }
    }

    /// All error occurrences in `text`, in input order, exactly one of them primary (if any).
    pub fn find(&self, text: &str, language: Option<&str>) -> Vec<Occurrence> {
        let mut occurrences = Vec::new();
        let mut scan = self.scan(language);
        // In pieces that stay in cache between the probe pass and the line walk: twice as fast on
        // 100 MB as one pass over all of it (measured in `cargo bench`).
        for chunk in chunks_at_lines(text, FIND_CHUNK) {
            scan.feed(chunk, &mut |o| occurrences.push(o));
        }
        scan.finish(&mut |o| occurrences.push(o));
        occurrences
    }

    /// A scan of a text fed in chunks, for inputs too large to hold.
    pub fn scan(&self, language: Option<&str>) -> Scan<'_> {
        self.scan_from(language, 0, 0)
    }

    /// A scan of a part of a larger text that starts at line `first_line`, byte `offset`: lines and
    /// spans of its occurrences count in the larger text. The part must start where a trace starts
    /// ([`starts_a_trace`]).
    pub fn scan_from(&self, language: Option<&str>, first_line: usize, offset: usize) -> Scan<'_> {
        Scan {
            matcher: self,
            language: language.map(str::to_string),
            segmenter: Segmenter::default(),
            block: None,
            next_line: first_line,
            offset,
            primary_given: false,
            held: None,
            spare_segments: Vec::new(),
        }
    }

    /// Every entry matching one line, best first, each with its best pattern's points and captures.
    pub fn rank_line(&self, line: &str, language: Option<&str>) -> Vec<Ranked> {
        let line = clean(line);
        let line = line.trim_end_matches(['\r', '\n']);
        let mut best: BTreeMap<usize, LineHit> = BTreeMap::new();
        for pattern_index in self.candidates(line) {
            if let Some(hit) = self.hit_on_line(pattern_index, line, language)
                && best.get(&hit.entry).is_none_or(|b| hit.points > b.points)
            {
                best.insert(hit.entry, hit);
            }
        }
        let mut ranked: Vec<Ranked> =
            best.into_values().map(|h| Ranked { entry: h.entry, points: h.points, params: h.params }).collect();
        ranked.sort_by(|a, b| b.points.cmp(&a.points).then(a.entry.cmp(&b.entry)));
        ranked
    }

    /// The patterns whose literals occur in `text`, ascending, without repeats.
    fn candidates(&self, text: &str) -> Vec<u32> {
        self.prefilter.as_ref().map(|prefilter| prefilter.candidates(text)).unwrap_or_default()
    }

    /// The best hit of each line of `text` that any pattern matches, in line order.
    fn line_hits(&self, text: &str, language: Option<&str>) -> Vec<HitAt> {
        if text.len() >= PARALLEL_FROM {
            let middle = split_point(text);
            if middle > 0 && middle < text.len() {
                let (first, second) = text.split_at(middle);
                let ((mut hits, lines), later) = std::thread::scope(|scope| {
                    let other = scope.spawn(|| self.line_hits_serial(second, language));
                    let mine = (self.line_hits_serial(first, language), count_lines(first));
                    (mine, other.join().unwrap_or_default())
                });
                hits.extend(later.into_iter().map(|mut h| {
                    h.line += lines;
                    h.content = h.content.start + middle..h.content.end + middle;
                    h
                }));
                return hits;
            }
        }
        self.line_hits_serial(text, language)
    }

    fn line_hits_serial(&self, text: &str, language: Option<&str>) -> Vec<HitAt> {
        let mut hits = Vec::new();
        let mut cursor = LineCursor::new(text);
        let Some(prefilter) = &self.prefilter else { return hits };
        let mut candidates: Vec<u32> = Vec::new();
        // The last line looked at and its answer: logs repeat lines, and a repeat costs a comparison.
        let mut last: Option<(&str, Option<LineHit>)> = None;
        let probes = prefilter.probe_hits(text.as_bytes());
        let mut rest = probes.as_slice();
        while let Some(&first) = rest.first() {
            let (line, content) = cursor.line_containing(first);
            let in_line = rest.partition_point(|&at| at < cursor.next);
            let near = &rest[..in_line];
            rest = &rest[in_line..];
            let line_text = &text[content.clone()];
            let answer = match &last {
                Some((previous, answer)) if *previous == line_text => answer.clone(),
                _ => {
                    candidates.clear();
                    prefilter.extend_candidates_near(text, content.clone(), near, &mut candidates);
                    let answer = self.best_hit(&mut candidates, line_text, language);
                    last = Some((line_text, answer.clone()));
                    answer
                }
            };
            if let Some(hit) = answer {
                hits.push(HitAt { line, content, hit });
            }
        }
        hits
    }

    /// The best hit on a line among candidate patterns (sorted here): most points, then first entry.
    fn best_hit(&self, candidates: &mut Vec<u32>, line: &str, language: Option<&str>) -> Option<LineHit> {
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<LineHit> = None;
        for &index in candidates.iter() {
            let Some(hit) = self.hit_on_line(index, line, language) else { continue };
            let better = best.as_ref().is_none_or(|current| {
                hit.points > current.points || (hit.points == current.points && hit.entry < current.entry)
            });
            if better {
                best = Some(hit);
            }
        }
        best
    }

    /// The compiled regex of pattern `index` for a line of `line_len` bytes, compiled now if not kept.
    fn regex(&self, index: u32, line_len: usize) -> Option<Arc<meta::Regex>> {
        let long_lines = line_len > LONG_LINE;
        let kept = if long_lines { &self.full } else { &self.lean };
        let lock = || kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        {
            let mut compiled = lock();
            compiled.clock += 1;
            let now = compiled.clock;
            if let Some((regex, used)) = compiled.regexes.get_mut(&index) {
                *used = now;
                return regex.clone();
            }
        }
        // Compiled outside the lock: another thread's lines need not wait for it.
        let regex = self.patterns[index as usize].compile(long_lines).map(Arc::new);
        let mut compiled = lock();
        if compiled.regexes.len() >= compiled.kept
            && let Some(oldest) = compiled.regexes.iter().min_by_key(|(_, (_, used))| *used).map(|(&oldest, _)| oldest)
        {
            compiled.regexes.remove(&oldest);
        }
        let now = compiled.clock;
        compiled.regexes.insert(index, (regex.clone(), now));
        regex
    }

    fn hit_on_line(&self, index: u32, line: &str, language: Option<&str>) -> Option<LineHit> {
        let pattern = &self.patterns[index as usize];
        let regex = self.regex(index, line.len())?;
        let mut captures = regex.create_captures();
        regex.captures(line, &mut captures);
        let whole = captures.get_match()?.range();
        let mut params = Params::new();
        let mut captured_len = 0;
        let names = regex.group_info().pattern_names(regex_automata::PatternID::ZERO);
        for (group, name) in names.enumerate() {
            if let (Some(name), Some(span)) = (name, captures.get_group(group)) {
                let value = &line[span.range()];
                captured_len += value.chars().count();
                params.insert(name.to_string(), value.to_string());
            }
        }
        let literal = line[whole.clone()].chars().count().saturating_sub(captured_len) as u32;
        let language_bonus =
            u32::from(language.is_some_and(|l| self.languages[pattern.entry].iter().any(|x| x == l)));
        Some(LineHit { entry: pattern.entry, params, matched: whole, points: literal * 2 + language_bonus })
    }
}

/// `text` in pieces of about `size` bytes that end at line breaks (`\n`), as [`Scan::feed`] needs them.
pub fn chunks_at_lines(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = if rest.len() <= size {
            rest.len()
        } else {
            memchr::memchr(b'\n', &rest.as_bytes()[size..]).map_or(rest.len(), |at| size + at + 1)
        };
        let (chunk, after) = rest.split_at(end);
        rest = after;
        Some(chunk)
    })
}

/// A line break near the middle of `text`, after which the second half starts.
fn split_point(text: &str) -> usize {
    // After a `\n` the second half starts a new line under every rule (`\r\n` is never cut).
    let bytes = text.as_bytes();
    let middle = text.len() / 2;
    match memchr::memchr(b'\n', &bytes[middle..]) {
        Some(at) => middle + at + 1,
        None => 0,
    }
}

/// A scan of a text fed in chunks. Each chunk must end at a line break (or be the last); occurrences
/// are emitted as their traces close, with spans and lines counted over everything fed so far.
pub struct Scan<'m> {
    matcher: &'m Matcher,
    language: Option<String>,
    segmenter: Segmenter,
    block: Option<OpenBlock>,
    next_line: usize,
    offset: usize,
    primary_given: bool,
    /// The last occurrence, held until the next shows whether it is the same error's consequence.
    held: Option<Occurrence>,
    /// The closed block's segment list, reused: nearly every ordinary line opens a block.
    spare_segments: Vec<Segment>,
}

/// A trace being built: its segments and each segment's best hit so far.
struct OpenBlock {
    segments: Vec<Segment>,
    root_is_last: bool,
}

/// A segment's lines, and its best hit: line, hit and span.
type Segment = (Range<usize>, Option<(usize, LineHit, Range<usize>)>);

impl Scan<'_> {
    pub fn feed(&mut self, chunk: &str, emit: &mut dyn FnMut(Occurrence)) {
        let clean = clean(chunk);
        let hits = self.matcher.line_hits(&clean, self.language.as_deref());
        let spans = spans(chunk, &clean, &hits);
        let mut hits = hits.into_iter().zip(spans).peekable();
        let mut cursor = LineCursor::new(&clean);
        let mut line = 0;
        while let Some(content) = cursor.next_line() {
            let absolute = self.next_line + line;
            let step = self.segmenter.step(classify(&clean[content]));
            match step {
                Step::Skip => {}
                Step::NewBlock { root_is_last } => match &mut self.block {
                    // The open block is one ordinary line without a hit (nearly every line of a log):
                    // it closes with nothing to emit, so it is simply moved to this line.
                    Some(block) if block.segments.len() == 1 && block.segments[0].1.is_none() => {
                        block.segments[0].0 = absolute..absolute + 1;
                        block.root_is_last = root_is_last;
                    }
                    _ => {
                        self.close_block(emit);
                        let mut segments = std::mem::take(&mut self.spare_segments);
                        segments.push((absolute..absolute + 1, None));
                        self.block = Some(OpenBlock { segments, root_is_last });
                    }
                },
                Step::NewSegment { root_is_last } => {
                    if let Some(block) = &mut self.block {
                        block.root_is_last |= root_is_last;
                        block.segments.push((absolute..absolute + 1, None));
                    }
                }
                Step::Extend => {
                    if let Some((segment, _)) = self.block.as_mut().and_then(|b| b.segments.last_mut()) {
                        segment.end = absolute + 1;
                    }
                }
            }
            if hits.peek().is_some_and(|(h, _)| h.line == line) {
                let (at, span) = hits.next().expect("peeked");
                if step != Step::Skip
                    && let Some((_, best)) = self.block.as_mut().and_then(|b| b.segments.last_mut())
                    && best.as_ref().is_none_or(|(_, current, _)| at.hit.points > current.points)
                {
                    *best = Some((absolute, at.hit, span.start + self.offset..span.end + self.offset));
                }
            }
            line += 1;
        }
        self.next_line += line;
        self.offset += chunk.len();
    }

    pub fn finish(mut self, emit: &mut dyn FnMut(Occurrence)) {
        self.close_block(emit);
        if let Some(last) = self.held.take() {
            emit(last);
        }
    }

    fn close_block(&mut self, emit: &mut dyn FnMut(Occurrence)) {
        let Some(mut block) = self.block.take() else { return };
        let mut occurrences: Vec<Occurrence> = block
            .segments
            .drain(..)
            .filter_map(|(segment, best)| {
                let (line, hit, span) = best?;
                Some(Occurrence {
                    entry: hit.entry,
                    params: hit.params,
                    score: f64::from(hit.points) / 2.0,
                    line,
                    end_line: segment.end - 1,
                    span,
                    primary: false,
                    trace_root: false,
                })
            })
            .collect();
        self.spare_segments = block.segments;
        if occurrences.is_empty() {
            return;
        }
        let root = if block.root_is_last { occurrences.len() - 1 } else { 0 };
        occurrences[root].trace_root = true;
        if !self.primary_given {
            occurrences[root].primary = true;
            self.primary_given = true;
        }
        for occurrence in occurrences {
            match &mut self.held {
                Some(held) if is_consequence(held, &occurrence) => absorb(held, occurrence),
                held => {
                    if let Some(previous) = held.replace(occurrence) {
                        emit(previous);
                    }
                }
            }
        }
    }
}

/// Whether `next` is the consequence of `previous`: another message explained by the same entry on the
/// very next line (PHP's "Undefined variable $pdo" warning, then "Call to a member function prepare()
/// on null"): one error, shown once. The same message repeated is separate events and stays separate.
pub fn is_consequence(previous: &Occurrence, next: &Occurrence) -> bool {
    previous.entry == next.entry && next.line == previous.end_line + 1 && previous.params != next.params
}

/// Folds a consequence into its cause: one occurrence over both, with the parameters of both.
pub fn absorb(cause: &mut Occurrence, consequence: Occurrence) {
    cause.end_line = consequence.end_line;
    for (name, value) in &consequence.params {
        cause.params.entry(name.clone()).or_insert_with(|| value.clone());
    }
    cause.primary |= consequence.primary;
    cause.trace_root |= consequence.trace_root;
}

/// The span in the original chunk of each hit found in its cleaned copy: exact where the line had no
/// colour codes, else the whole line without surrounding blanks.
fn spans(original: &str, clean: &str, hits: &[HitAt]) -> Vec<Range<usize>> {
    if std::ptr::eq(original, clean) {
        return hits.iter().map(|h| h.content.start + h.hit.matched.start..h.content.start + h.hit.matched.end).collect();
    }
    let mut cursor = LineCursor::new(original);
    hits.iter()
        .map(|h| {
            let (_, range) = cursor.line_at(h.line);
            let content = &original[range.clone()];
            if content == &clean[h.content.clone()] {
                return range.start + h.hit.matched.start..range.start + h.hit.matched.end;
            }
            trimmed(original, range)
        })
        .collect()
}

/// `range` of `text` without the blanks at either end: a whole line as a span.
pub fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let content = &text[range.clone()];
    let start = range.start + (content.len() - content.trim_start().len());
    let end = range.start + content.trim_end().len();
    start..end.max(start)
}

/// The text without ANSI escapes, line for line: borrowed when there is nothing to remove. Each line is
/// cleaned on its own, so removing a code between a lone `\r` and a `\n` cannot join two lines.
pub fn clean(text: &str) -> Cow<'_, str> {
    if memchr::memchr(0x1b, text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut cursor = LineCursor::new(text);
    while let Some(content) = cursor.next_line() {
        let line = &text[content.clone()];
        if memchr::memchr(0x1b, line.as_bytes()).is_some() {
            out.push_str(&ANSI.replace_all(line, ""));
        } else {
            out.push_str(line);
        }
        // A lone `\r` becomes `\n`: an emptied line between it and a `\n` must not make them one `\r\n`.
        match &text[content.end..cursor.next] {
            "\r" => out.push('\n'),
            terminator => out.push_str(terminator),
        }
    }
    Cow::Owned(out)
}

/// Walks the lines of a text in order (LSP lines: `\n`, `\r\n` or a lone `\r` ends one).
struct LineCursor<'t> {
    text: &'t [u8],
    /// Start of the next line not yet returned.
    next: usize,
    /// Number of lines returned so far.
    count: usize,
    /// The last line returned: its number and content range.
    last: Option<(usize, Range<usize>)>,
}

impl<'t> LineCursor<'t> {
    fn new(text: &'t str) -> LineCursor<'t> {
        LineCursor { text: text.as_bytes(), next: 0, count: 0, last: None }
    }

    /// The content range of the next line, without its terminator.
    fn next_line(&mut self) -> Option<Range<usize>> {
        if self.next >= self.text.len() {
            return None;
        }
        let start = self.next;
        let (end, next) = match memchr::memchr2(b'\n', b'\r', &self.text[start..]) {
            None => (self.text.len(), self.text.len()),
            Some(at) => {
                let end = start + at;
                let crlf = self.text[end] == b'\r' && self.text.get(end + 1) == Some(&b'\n');
                (end, end + if crlf { 2 } else { 1 })
            }
        };
        self.next = next;
        self.last = Some((self.count, start..end));
        self.count += 1;
        Some(start..end)
    }

    /// The line holding byte `offset`, which must not lie before the last line returned.
    fn line_containing(&mut self, offset: usize) -> (usize, Range<usize>) {
        if let Some((line, range)) = &self.last
            && offset < self.next
        {
            return (*line, range.clone());
        }
        while let Some(range) = self.next_line() {
            if offset < self.next {
                return (self.count - 1, range);
            }
        }
        self.last.clone().unwrap_or((0, 0..0))
    }

    /// Line number `line`, which must not lie before the last line returned.
    fn line_at(&mut self, line: usize) -> (usize, Range<usize>) {
        if let Some((current, range)) = &self.last
            && *current == line
        {
            return (line, range.clone());
        }
        while let Some(range) = self.next_line() {
            if self.count - 1 == line {
                return (line, range);
            }
        }
        (line, self.text.len()..self.text.len())
    }
}

/// The number of lines of a text that ends at a line break, as [`LineCursor`] counts them.
fn count_lines(text: &str) -> usize {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return memchr::memchr_iter(b'\n', text.as_bytes()).count() + usize::from(!text.ends_with('\n'));
    }
    let mut cursor = LineCursor::new(text);
    while cursor.next_line().is_some() {}
    cursor.count
}

/// Byte offsets of line starts (LSP lines), for line lookups by offset and back.
pub struct LineIndex {
    /// Content range of each line, without its terminator.
    lines: Vec<Range<usize>>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut cursor = LineCursor::new(text);
        let mut lines = Vec::new();
        while let Some(range) = cursor.next_line() {
            lines.push(range);
        }
        if lines.is_empty() || cursor.next == text.len() && text.ends_with(['\n', '\r']) {
            lines.push(text.len()..text.len());
        }
        LineIndex { lines }
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// Byte range of line `line`, without its terminator.
    pub fn range(&self, line: usize) -> Range<usize> {
        self.lines[line].clone()
    }

    pub fn text<'a>(&self, text: &'a str, line: usize) -> &'a str {
        &text[self.range(line)]
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
    // Most lines of a log start with a byte that begins none of the forms below: decide those at once.
    match line.as_bytes().first() {
        None => return LineKind::Blank,
        Some(b) if b.is_ascii_graphic() && !b"TDCtSsng[.#".contains(b) => return LineKind::Other,
        _ => {}
    }
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

/// Whether `line`, after `previous`, opens a new trace whatever came before: both are ordinary lines,
/// so no traceback, frame or chain marker can be open. A rescan of part of a text starts and ends
/// at such lines and gets exactly the occurrences a scan of the whole text would.
pub fn starts_a_trace(previous: &str, line: &str) -> bool {
    let kind = |text: &str| classify(&clean(text));
    kind(previous) == LineKind::Other && kind(line) == LineKind::Other
}

/// What one line does to the trace being built.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    /// A blank line: belongs to no trace.
    Skip,
    /// The line opens a new trace.
    NewBlock { root_is_last: bool },
    /// A chain marker: a new segment of the open trace.
    NewSegment { root_is_last: bool },
    /// The line continues the open trace's last segment.
    Extend,
}

/// The state of trace grouping between lines.
#[derive(Debug, Default)]
struct Segmenter {
    open: bool,
    after_blank: bool,
    /// The next unindented line is the message that ends a traceback or follows a panic header.
    in_traceback_frames: bool,
    after_chain_marker: bool,
}

impl Segmenter {
    fn step(&mut self, kind: LineKind) -> Step {
        let step = match kind {
            LineKind::Blank => {
                self.after_blank = true;
                return Step::Skip;
            }
            LineKind::Chain { root_is_last } if self.open => {
                self.after_chain_marker = !root_is_last;
                self.in_traceback_frames = false;
                Step::NewSegment { root_is_last }
            }
            LineKind::TracebackHeader if self.open && self.after_chain_marker => {
                self.in_traceback_frames = true;
                self.after_chain_marker = false;
                Step::Extend
            }
            LineKind::Frame if self.open && !self.after_blank => Step::Extend,
            LineKind::Other if self.open && self.in_traceback_frames && !self.after_blank => {
                // The exception line that ends a Python traceback.
                self.in_traceback_frames = false;
                Step::Extend
            }
            _ => {
                self.open = true;
                self.in_traceback_frames = matches!(kind, LineKind::TracebackHeader | LineKind::PanicHeader);
                self.after_chain_marker = false;
                Step::NewBlock { root_is_last: matches!(kind, LineKind::Chain { root_is_last: true }) }
            }
        };
        self.after_blank = false;
        step
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The traces of a text, each as its segments' line ranges.
    fn blocks_of(text: &str) -> Vec<Vec<Range<usize>>> {
        let mut segmenter = Segmenter::default();
        let mut blocks: Vec<Vec<Range<usize>>> = Vec::new();
        let lines = LineIndex::new(text);
        for line in 0..lines.line_count() {
            match segmenter.step(classify(lines.text(text, line))) {
                Step::Skip => {}
                Step::NewBlock { .. } => blocks.push(vec![line..line + 1]),
                Step::NewSegment { .. } => blocks.last_mut().unwrap().push(line..line + 1),
                Step::Extend => blocks.last_mut().unwrap().last_mut().unwrap().end = line + 1,
            }
        }
        blocks
    }

    #[test]
    fn a_python_chained_traceback_is_one_block_of_two_segments() {
        let text = "Traceback (most recent call last):\n  File \"a.py\", line 1\n    d['k']\nKeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"a.py\", line 3\nNameError: name 'x' is not defined\nnext";
        assert_eq!(blocks_of(text), vec![vec![0..4, 5..10], vec![10..11]]);
    }

    #[test]
    fn a_java_trace_with_caused_by_is_one_block_of_two_segments() {
        let text = "Exception in thread \"main\" java.lang.IllegalStateException: x\n\tat A.main(A.java:3)\nCaused by: java.lang.NullPointerException\n\tat A.f(A.java:9)\n\t... 1 more";
        assert_eq!(blocks_of(text), vec![vec![0..2, 2..5]]);
    }

    #[test]
    fn a_rust_panic_message_belongs_to_its_header_and_backtrace() {
        let text = "thread 'main' (7483) panicked at p.rs:4:26:\ncalled `Option::unwrap()` on a `None` value\nstack backtrace:\n   0: rust_begin_unwind\nnote: run with `RUST_BACKTRACE=full`\nnext";
        assert_eq!(blocks_of(text), vec![vec![0..5], vec![5..6]]);
    }

    #[test]
    fn ansi_is_removed_line_for_line_and_crlf_lone_cr_and_lf_each_end_a_line() {
        assert_eq!(clean("\x1b[31mError\x1b[0m: x\r\nnext\r\n"), "Error: x\r\nnext\r\n");
        let text = "a\r\nb\rc\nd";
        let lines = LineIndex::new(text);
        assert_eq!((0..lines.line_count()).map(|l| lines.text(text, l)).collect::<Vec<_>>(), ["a", "b", "c", "d"]);
        assert_eq!(LineIndex::new("a\n").line_count(), 2);
    }

    #[test]
    fn the_fast_line_kinds_agree_with_the_full_rules() {
        for line in ["Error: x", "  at f (a.js:1)", "#0 main", "Stack trace:", "note: x", "goroutine 1 [running]:", "[signal SIGSEGV", "... 3 more", "Traceback (most recent call last):", "Caused by: x", "The above exception was the direct cause", "thread 'main' panicked at a.rs:1:1:", "", "\t", "During handling of the above exception"] {
            let kind = classify(line);
            let full = if line.trim().is_empty() { LineKind::Blank } else if FRAME_START.is_match(line) && !matches!(kind, LineKind::Chain { .. } | LineKind::TracebackHeader | LineKind::PanicHeader) { LineKind::Frame } else { kind };
            assert_eq!(kind, full, "{line:?}");
        }
    }
}
