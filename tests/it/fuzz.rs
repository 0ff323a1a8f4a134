//! Property-based fuzz targets (proptest) for every place where input decides the cost or the shape of
//! the work: transport framing, the snippet parser, the corpus loader, the matcher, its prefilter and
//! position conversion. Each asserts the properties that must hold for any input: no panic, bounded answers,
//! offsets on char boundaries, the session framing recovers.
//!
//! README's test command runs a short bounded run (256 cases per target); a longer one:
//! `PROPTEST_CASES=100000 cargo test --release --test it fuzz::`.

use crate::corpus_fixture::builtin;
use hubls::kb::prefilter::Prefilter;
use hubls::kb::{Corpus, Source, snippet};
use hubls::lsp::position::{self, Encoding};
use proptest::prelude::*;
use ropey::Rope;
use tower_lsp_server::ls_types::Position;

/// Text made of the pieces that matter to the code under test, mixed with arbitrary characters.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n".to_string()),
        Just("🎉".to_string()),
        Just("名前".to_string()),
        Just("e\u{301}".to_string()),
        Just("\x1b[31m".to_string()),
        Just("KeyError: 'timeout'".to_string()),
        Just("Traceback (most recent call last):".to_string()),
        Just("  File \"a.py\", line 1".to_string()),
        Just("Caused by: java.lang.NullPointerException".to_string()),
        Just("During handling of the above exception, another exception occurred:".to_string()),
        Just("TypeError: Cannot read properties of undefined (reading 'map')".to_string()),
        any::<char>().prop_map(String::from),
        "[ -~]{0,20}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256), ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_matcher_answers_any_text_with_spans_inside_it(text in tricky_text()) {
        let corpus = builtin();
        let occurrences = corpus.explain(&text, Some("log"));
        prop_assert!(occurrences.iter().filter(|o| o.primary).count() == usize::from(!occurrences.is_empty()));
        for o in &occurrences {
            prop_assert!(o.span.start <= o.span.end && o.span.end <= text.len());
            prop_assert!(text.is_char_boundary(o.span.start) && text.is_char_boundary(o.span.end));
            prop_assert!(o.line <= o.end_line);
        }
        // Fed in pieces, a scan finds the same as whole.
        let mut pieces = Vec::new();
        let mut scan = corpus.scan(Some("log"));
        for chunk in hubls::kb::matcher::chunks_at_lines(&text, 16) {
            scan.feed(chunk, &mut |o| pieces.push(o));
        }
        scan.finish(&mut |o| pieces.push(o));
        prop_assert_eq!(pieces, occurrences);
    }

    #[test]
    fn the_snippet_parser_never_panics(source in "(\\$\\{?[0-9a-z:|,}]{0,4}|[\\\\{}$a-z ]){0,60}") {
        if let Ok(pieces) = snippet::parse(&source) {
            let _ = snippet::to_plain_text(&pieces);
        }
    }

    #[test]
    fn any_entry_file_loads_or_is_a_problem_naming_it(text in tricky_text(), front in "[a-z =\"\\[\\]'\n+]{0,80}") {
        let source = Source { display: "team/errors/team/x.md".into(), path: "errors/team/x.md".into(), text: format!("+++\n{front}\n+++\n{text}") };
        let (corpus, problems) = Corpus::load(&[source]);
        prop_assert!(corpus.entries.len() + problems.len() >= 1);
        for problem in problems {
            prop_assert!(problem.to_string().starts_with("team/errors/team/x.md"));
        }
    }

    #[test]
    fn positions_convert_and_round_trip_in_both_encodings(text in tricky_text(), line in 0u32..50, character in 0u32..80) {
        let rope = Rope::from_str(&text);
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let offset = position::to_offset(&rope, Position { line, character }, encoding);
            prop_assert!(offset <= rope.len_bytes());
            prop_assert!(text.is_char_boundary(offset));
            let back = position::to_position(&rope, offset, encoding);
            prop_assert_eq!(position::to_offset(&rope, back, encoding), offset);
        }
    }

    #[test]
    fn framing_recovers_after_any_garbage(garbage in prop::collection::vec(any::<u8>(), 0..300)) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let forwarded = runtime.block_on(async {
            let valid = r#"{"jsonrpc":"2.0","id":5,"method":"shutdown"}"#;
            let mut input = garbage.clone();
            input.extend_from_slice(format!("\r\nContent-Length: {}\r\n\r\n{valid}", valid.len()).as_bytes());
            let mut output = Vec::new();
            hubls::lsp::transport::guard(input.as_slice(), &mut output).await.unwrap();
            String::from_utf8_lossy(&output).to_string()
        });
        prop_assert!(forwarded.ends_with(r#"{"jsonrpc":"2.0","id":5,"method":"shutdown"}"#), "{}", forwarded);
    }

    #[test]
    fn the_prefilter_finds_every_literal_whatever_its_case_alignment_and_line(
        literals in prop::collection::vec("[a-zA-Z0-9 ':_(]{4,40}", 1..12),
        filler in prop::collection::vec("[ -~]{0,30}|\r\n|\n|\r|é|名", 0..30),
        placed in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<bool>()), 0..8),
    ) {
        let mut pieces = filler.clone();
        for (literal, at, upper) in &placed {
            let literal = literal.get(&literals);
            let literal = if *upper { literal.to_ascii_uppercase() } else { literal.clone() };
            pieces.insert(at.index(pieces.len() + 1), literal);
        }
        let text = pieces.concat();
        let prefilter = Prefilter::new(literals.iter().enumerate().map(|(i, l)| (l.as_bytes(), i as u32))).unwrap();
        let lines = hubls::kb::matcher::LineIndex::new(&text);
        let probes = prefilter.probe_hits(text.as_bytes());
        for line in 0..lines.line_count() {
            let range = lines.range(line);
            let content = &text[range.clone()].to_ascii_lowercase();
            let next_line = if line + 1 < lines.line_count() { lines.range(line + 1).start } else { text.len() + 1 };
            let near: Vec<usize> = probes.iter().copied().filter(|&at| at >= range.start && at < next_line).collect();
            let mut found = Vec::new();
            prefilter.extend_candidates_near(&text, range.clone(), &near, &mut found);
            for (pattern, literal) in literals.iter().enumerate() {
                let literal = literal.to_ascii_lowercase();
                if content.contains(&literal) {
                    prop_assert!(found.contains(&(pattern as u32)), "line {line} {content:?} holds {literal:?}; found {found:?}");
                }
            }
        }
    }
}
