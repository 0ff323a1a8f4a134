//! The literal-prefilter matcher against the `RegexSet` matcher it replaced (kept in
//! `reference_matcher.rs`): the same occurrences, primaries, params, scores and spans on every corpus
//! example, every explain fixture, the sample log, and a large deterministic sample of mutated lines.
//!
//! The old answer is compared after folding consequences into their causes (the one intended change
//! of output, see `fold_consequences`). Two more differences are intended and kept out of the inputs: a lone `\r` now ends a line (LSP's
//! definition; the old matcher deleted it), and the old matcher searched each pattern over the whole
//! text, so a match running across a line break could hide a match on the next line.

use crate::corpus_fixture::builtin;
use crate::reference_matcher::{Matcher as Reference, ReferenceOccurrence};
use hubls::kb::{Corpus, Occurrence};
use std::path::Path;
use std::sync::LazyLock;

static REFERENCE: LazyLock<Reference> = LazyLock::new(|| Reference::new(&builtin().entries));

fn as_reference(o: &Occurrence) -> ReferenceOccurrence {
    ReferenceOccurrence {
        entry: o.entry,
        params: o.params.clone(),
        score: o.score,
        line: o.line,
        end_line: o.end_line,
        span: o.span.clone(),
        primary: o.primary,
    }
}

/// The inputs on which the two disagree, with both answers.
fn disagreements<'a>(corpus: &Corpus, inputs: impl Iterator<Item = (&'a str, Option<&'a str>)>) -> Vec<String> {
    let mut out = Vec::new();
    for (text, language) in inputs {
        let new: Vec<ReferenceOccurrence> = corpus.explain(text, language).iter().map(as_reference).collect();
        let old = fold_consequences(REFERENCE.find(text, language));
        if new != old && out.len() < 5 {
            let first = (0..new.len().max(old.len())).find(|&i| new.get(i) != old.get(i)).unwrap_or(0);
            let line = |o: Option<&ReferenceOccurrence>| o.map(|o| o.line);
            let at = line(new.get(first)).or(line(old.get(first))).unwrap_or(0);
            let context: Vec<&str> = text.lines().skip(at.saturating_sub(3)).take(5).collect();
            out.push(format!(
                "input {:?}...\n  lines around {at}: {context:?}\n  new: {:?}\n  old: {:?}",
                truncate(text),
                new.get(first),
                old.get(first)
            ));
        }
    }
    out
}

/// The one intended change of output: a consequence on the line after its cause, explained by the same
/// entry, is folded into the cause (`matcher::is_consequence`), applied here to the old matcher's answer.
fn fold_consequences(occurrences: Vec<ReferenceOccurrence>) -> Vec<ReferenceOccurrence> {
    let mut out: Vec<ReferenceOccurrence> = Vec::new();
    for next in occurrences {
        match out.last_mut() {
            Some(cause) if cause.entry == next.entry && next.line == cause.end_line + 1 && cause.params != next.params => {
                cause.end_line = next.end_line;
                for (name, value) in &next.params {
                    cause.params.entry(name.clone()).or_insert_with(|| value.clone());
                }
                cause.primary |= next.primary;
            }
            _ => out.push(next),
        }
    }
    out
}

fn truncate(text: &str) -> &str {
    let end = text.char_indices().nth(300).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

fn examples(corpus: &Corpus) -> Vec<String> {
    corpus.entries.iter().filter_map(|e| e.error()).flat_map(|e| e.examples.iter().cloned()).collect()
}

#[test]
fn every_corpus_example_gets_the_same_answer_alone_and_with_each_language() {
    let corpus = builtin();
    let examples = examples(corpus);
    assert!(examples.len() > 1000);
    let languages = [None, Some("python"), Some("typescript"), Some("php")];
    let inputs = examples.iter().flat_map(|e| languages.iter().map(move |l| (e.as_str(), *l)));
    let found = disagreements(corpus, inputs);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_fixture_and_the_sample_log_get_the_same_answer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = std::fs::read_dir(root.join("tests/fixtures/explain"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    texts.push(std::fs::read_to_string(root.join("examples/sample.log")).unwrap());
    assert!(texts.len() > 10);
    let found = disagreements(builtin(), texts.iter().map(|t| (t.as_str(), None)));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A deterministic generator (xorshift), so a failure reproduces.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A line made from a corpus example: cut, prefixed, recased, with bytes changed or text inserted.
fn mutate(example: &str, random: &mut Random) -> String {
    const INSERTS: [&str; 8] = ["\x1b[31m", "Error: ", "  ", "é", "日本語", "'", "\t", "PHP Warning:  "];
    const PREFIXES: [&str; 5] = ["", "2026-11-21 09:14:03 ERROR ", "[app] ", "Uncaught ", "    "];
    let chars: Vec<char> = example.chars().collect();
    let mut line: String = match random.below(6) {
        0 => chars[..random.below(chars.len() + 1)].iter().collect(),
        1 => chars[random.below(chars.len() + 1)..].iter().collect(),
        2 => example.to_uppercase(),
        3 => {
            let at = random.below(chars.len() + 1);
            let mut out: String = chars[..at].iter().collect();
            out.push_str(INSERTS[random.below(INSERTS.len())]);
            out.extend(&chars[at..]);
            out
        }
        4 => chars.iter().map(|&c| if random.below(12) == 0 { 'x' } else { c }).collect(),
        _ => example.to_string(),
    };
    line.insert_str(0, PREFIXES[random.below(PREFIXES.len())]);
    line.retain(|c| c != '\r' && c != '\n');
    line
}

#[test]
fn a_large_random_sample_of_mutated_lines_gets_the_same_answer() {
    let corpus = builtin();
    let examples = examples(corpus);
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let lines: Vec<String> = (0..8_000).map(|_| mutate(&examples[random.below(examples.len())], &mut random)).collect();
    let found = disagreements(corpus, lines.iter().map(|l| (l.as_str(), None)));
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The same lines as logs of 50 lines each: traces, primaries and line numbers across lines.
    let logs: Vec<String> = lines.chunks(50).map(|chunk| chunk.join("\n")).collect();
    let found = disagreements(corpus, logs.iter().map(|l| (l.as_str(), Some("python"))));
    assert!(found.is_empty(), "{}", found.join("\n"));
}
