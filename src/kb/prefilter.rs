//! The matcher's first stage: which lines of a text hold a literal of some pattern, and which patterns.
//!
//! Two passes, each cheaper than the next and run on less text:
//!
//! 1. **Fingerprints.** Every literal is at least [`super::literals::MIN_LITERAL`] bytes long, so each
//!    has windows of 8 bytes (4 for the few shorter than 8). A Bloom filter holds the windows, folded to
//!    ASCII lowercase. A literal of `n` bytes contains a whole 8-byte window at one of its first `n - 7`
//!    offsets, so the text need only be probed every `s = n - 7` bytes when the filter holds the
//!    literal's windows at offsets `0..s`: one probe per stride, not per byte. Literals of one width
//!    share a stride, the shortest literal's.
//! 2. **Aho-Corasick** over the few bytes around each probe that hit (or a whole short line): the exact
//!    candidate patterns of each line.
//!
//! On diverse logs nearly every line is ordinary text: the first pass is most of the work and reads a
//! third of the positions or fewer, with a table that stays in cache (measured in `cargo bench`).
//! Folding with `| 0x20` also merges some punctuation with control bytes; that only adds candidates,
//! which the automaton and the regex then reject, so no line with a literal is ever missed.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// Literals longer than this are cut for the automaton: scans run as fast, it builds 3x faster and is a
/// quarter of the size (measured on the diverse benchmark log), and the regex decides anyway.
const LITERAL_CUT: usize = 16;

/// Lines up to this long are read whole by the automaton: cheaper than merging windows around hits.
const SHORT_LINE: usize = 256;

/// Finds the candidate patterns of each line.
pub struct Prefilter {
    passes: Vec<Pass>,
    automaton: AhoCorasick,
    /// For each literal of the automaton, the patterns that require it, ascending.
    literal_patterns: Vec<Vec<u32>>,
}

/// Windows of one width, probed at one stride.
struct Pass {
    width: Width,
    stride: usize,
    filter: Bloom,
}

#[derive(Clone, Copy, PartialEq)]
enum Width {
    Four,
    Eight,
}

impl Width {
    fn bytes(self) -> usize {
        match self {
            Width::Four => 4,
            Width::Eight => 8,
        }
    }

    /// The window at the start of `bytes` (which holds at least `self.bytes()`), ASCII-lowercased.
    fn window(self, bytes: &[u8]) -> u64 {
        match self {
            Width::Four => window::<4>(bytes),
            Width::Eight => window::<8>(bytes),
        }
    }
}

/// The `WIDTH`-byte window at the start of `bytes`, ASCII-lowercased (`WIDTH` is 4 or 8).
#[inline]
fn window<const WIDTH: usize>(bytes: &[u8]) -> u64 {
    let mut word = [0; 8];
    word[..WIDTH].copy_from_slice(&bytes[..WIDTH]);
    u64::from_le_bytes(word) | (0x2020_2020_2020_2020 >> (64 - 8 * WIDTH))
}

/// A Bloom filter of windows with two probes, sized so that about 1 probe in 1,000 hits by chance.
struct Bloom {
    bits: Vec<u64>,
    shift: u32,
}

impl Bloom {
    fn new(windows: usize) -> Bloom {
        // 256 bits per window: with two probes a chance hit costs one line in thousands of probes, and
        // even the largest corpus keeps the table within a core's L2 cache.
        let log2 = (windows.max(1) * 256).next_power_of_two().trailing_zeros().clamp(12, 24);
        Bloom { bits: vec![0; 1 << (log2 - 6)], shift: 64 - log2 }
    }

    const KEYS: [u64; 2] = [0x9E37_79B9_7F4A_7C15, 0xD6E8_FEB8_6659_FD93];

    fn bit(&self, window: u64, key: u64) -> usize {
        (window.wrapping_mul(key) >> self.shift) as usize
    }

    fn insert(&mut self, window: u64) {
        for key in Self::KEYS {
            let bit = self.bit(window, key);
            self.bits[bit >> 6] |= 1 << (bit & 63);
        }
    }

    /// The second probe is computed only when the first hits, which on ordinary text is rare.
    #[inline]
    fn contains(&self, window: u64) -> bool {
        Self::KEYS.iter().all(|&key| {
            let bit = self.bit(window, key);
            self.bits[bit >> 6] & (1 << (bit & 63)) != 0
        })
    }
}

impl Prefilter {
    /// A prefilter over `(literal, pattern)` pairs; `None` when there are none. Every literal must be
    /// at least 4 bytes long (the corpus check's rule).
    pub fn new<'a>(literals: impl IntoIterator<Item = (&'a [u8], u32)>) -> Option<Prefilter> {
        let literals: Vec<(&[u8], u32)> = literals.into_iter().collect();
        let mut ids: HashMap<&[u8], usize> = HashMap::new();
        let mut literal_patterns: Vec<Vec<u32>> = Vec::new();
        let mut unique: Vec<&[u8]> = Vec::new();
        for (literal, pattern) in cut_distinctly(&literals) {
            let id = *ids.entry(literal).or_insert_with(|| {
                unique.push(literal);
                literal_patterns.push(Vec::new());
                unique.len() - 1
            });
            literal_patterns[id].push(pattern);
        }
        if unique.is_empty() {
            return None;
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&unique)
            .or_else(|_| AhoCorasick::builder().ascii_case_insensitive(true).build(&unique))
            .ok()?;
        let passes = [Width::Four, Width::Eight]
            .into_iter()
            .filter_map(|width| Pass::new(width, &unique))
            .collect();
        Some(Prefilter { passes, automaton, literal_patterns })
    }

    /// The patterns whose literals occur in `text`, ascending, without repeats.
    pub fn candidates(&self, text: &str) -> Vec<u32> {
        let mut found = Vec::new();
        self.extend_from_bytes(text.as_bytes(), &mut found);
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Byte offsets in `text`, ascending: every occurrence of a literal lies within [`Self::NEAR`] of one.
    pub fn probe_hits(&self, text: &[u8]) -> Vec<usize> {
        let mut hits: Vec<usize> = Vec::new();
        for pass in &self.passes {
            let before = hits.len();
            pass.probe(text, &mut hits);
            if before > 0 && hits.len() > before {
                hits.sort_unstable();
            }
        }
        hits
    }

    /// Appends the patterns of the literals occurring in `text[line]` near `hits` (probe hits inside
    /// that line, ascending): the automaton reads a few bytes around each hit, not the whole line.
    pub fn extend_candidates_near(&self, text: &str, line: Range<usize>, hits: &[usize], found: &mut Vec<u32>) {
        if line.len() <= SHORT_LINE {
            return self.extend_from_bytes(&text.as_bytes()[line], found);
        }
        let mut windows = hits.iter().map(|&at| at.saturating_sub(Self::NEAR.start).max(line.start)..(at + Self::NEAR.end).min(line.end));
        let Some(mut current) = windows.next() else { return };
        for window in windows.chain(std::iter::once(line.end..line.end)) {
            if window.start <= current.end && window.start < line.end {
                current.end = current.end.max(window.end);
                continue;
            }
            // Windows are cut at byte offsets; the automaton reads bytes, so they need not be characters.
            self.extend_from_bytes(&text.as_bytes()[current.clone()], found);
            current = window;
        }
    }

    /// How far before and after a probe hit an occurrence that made it can reach: a cut literal is at
    /// most [`LITERAL_CUT`] bytes and holds the whole probed window.
    pub const NEAR: Range<usize> = LITERAL_CUT - 4..LITERAL_CUT;

    /// Appends the patterns of every literal occurring in `bytes`, in no order, possibly repeated.
    fn extend_from_bytes(&self, bytes: &[u8], found: &mut Vec<u32>) {
        for literal in self.automaton.find_overlapping_iter(bytes) {
            found.extend_from_slice(&self.literal_patterns[literal.pattern().as_usize()]);
        }
    }
}

/// Each literal cut to at most [`LITERAL_CUT`] bytes, with its pattern: the window of that length
/// that the fewest other literals share. Cutting every literal to its start would merge, say, a team's
/// thousand `MyService error 1234: …` messages into one literal naming all their patterns, and every
/// line holding it would run a thousand regexes.
fn cut_distinctly<'a>(literals: &[(&'a [u8], u32)]) -> Vec<(&'a [u8], u32)> {
    let windows = |literal: &'a [u8]| literal.windows(LITERAL_CUT.min(literal.len()));
    let mut sharing: HashMap<&[u8], usize> = HashMap::new();
    let mut distinct: Vec<&[u8]> = literals.iter().map(|(literal, _)| *literal).collect();
    distinct.sort_unstable();
    distinct.dedup();
    for literal in distinct {
        let mut seen: Vec<&[u8]> = windows(literal).collect();
        seen.sort_unstable();
        seen.dedup();
        for window in seen {
            *sharing.entry(window).or_default() += 1;
        }
    }
    literals
        .iter()
        .map(|&(literal, pattern)| {
            let best = windows(literal).min_by_key(|window| sharing[window]).unwrap_or(literal);
            (best, pattern)
        })
        .collect()
}

impl Pass {
    /// The pass for the literals of `width`: 8-byte windows for literals of 8 bytes or more, 4-byte
    /// windows for the shorter ones; `None` when no literal has that width.
    fn new(width: Width, literals: &[&[u8]]) -> Option<Pass> {
        let mine: Vec<&[u8]> = literals
            .iter()
            .copied()
            .filter(|l| l.len() >= width.bytes() && (width == Width::Eight) == (l.len() >= 8))
            .collect();
        let shortest = mine.iter().map(|l| l.len()).min()?;
        let stride = (shortest + 1 - width.bytes()).min(8);
        let mut filter = Bloom::new(mine.len() * stride);
        for literal in mine {
            for offset in 0..stride {
                filter.insert(width.window(&literal[offset..]));
            }
        }
        Some(Pass { width, stride, filter })
    }

    fn probe(&self, text: &[u8], hits: &mut Vec<usize>) {
        match self.width {
            Width::Four => self.probe_width::<4>(text, hits),
            Width::Eight => self.probe_width::<8>(text, hits),
        }
    }

    /// The probe loop with its window width known at compile time: one load, one multiply, one test.
    fn probe_width<const WIDTH: usize>(&self, text: &[u8], hits: &mut Vec<usize>) {
        let Some(last) = text.len().checked_sub(WIDTH) else { return };
        let mut at = 0;
        while at <= last {
            if self.filter.contains(window::<WIDTH>(&text[at..at + WIDTH])) {
                hits.push(at);
            }
            at += self.stride;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_with_hits(prefilter: &Prefilter, text: &str) -> Vec<usize> {
        let line_of = |at: usize| text[..at].matches('\n').count();
        let mut lines: Vec<usize> = prefilter.probe_hits(text.as_bytes()).into_iter().map(line_of).collect();
        lines.dedup();
        lines
    }

    #[test]
    fn every_occurrence_is_probed_whatever_its_alignment_and_case() {
        let literals: [&[u8]; 3] = [b"object has no attribute", b"symbol:", b"keyerror: '"];
        let prefilter = Prefilter::new(literals.iter().enumerate().map(|(i, l)| (*l, i as u32))).expect("literals");
        for pad in 0..20 {
            let text = format!(
                "ordinary line\n{}'NoneType' OBJECT HAS NO ATTRIBUTE 'x'\nnothing here\n{}Symbol: x\n{}KeyError: 'a'",
                " ".repeat(pad),
                "-".repeat(pad),
                "x".repeat(pad)
            );
            assert_eq!(lines_with_hits(&prefilter, &text), vec![1, 3, 4], "padding {pad}");
        }
    }

    #[test]
    fn ordinary_text_is_rarely_probed_and_candidates_are_exact() {
        let literals: [&[u8]; 2] = [b"no module named ", b"connection refused"];
        let prefilter = Prefilter::new(literals.iter().enumerate().map(|(i, l)| (*l, i as u32))).expect("literals");
        let ordinary = "2026-12-06 05:00:00 INFO request served in 12 ms\n".repeat(1000);
        assert!(lines_with_hits(&prefilter, &ordinary).len() < 10);
        assert_eq!(prefilter.candidates("ModuleNotFoundError: No module named 'x'"), vec![0]);
        assert_eq!(prefilter.candidates("nothing"), Vec::<u32>::new());
    }

    #[test]
    fn literals_sharing_their_first_16_bytes_stay_apart() {
        let literals: Vec<String> = (0..1000).map(|i| format!("myservice error code {i:04}: ")).collect();
        let prefilter = Prefilter::new(literals.iter().enumerate().map(|(i, l)| (l.as_bytes(), i as u32))).expect("literals");
        assert_eq!(prefilter.candidates("2026-12-06 MyService error code 0500: disk full"), vec![500]);
    }
}
