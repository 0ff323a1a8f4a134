//! Data-driven matcher tests: every `tests/fixtures/explain/NAME.txt` is explained with the built-in
//! corpus and compared with `NAME.expect`, one line per occurrence:
//! `LINE-END_LINE ID [primary] [key=value ...]`. An empty `.expect` means the text must match nothing.
//! Run with `UPDATE_EXPECT=1` to rewrite the `.expect` files, then review the diff.

use crate::corpus_fixture::builtin;
use std::path::Path;

fn summary(text: &str, language: Option<&str>) -> String {
    let corpus = builtin();
    corpus
        .explain(text, language)
        .iter()
        .map(|o| {
            let mut line = format!("{}-{} {}", o.line + 1, o.end_line + 1, corpus.entries[o.entry].id);
            if o.primary {
                line.push_str(" primary");
            }
            for (key, value) in &o.params {
                line.push_str(&format!(" {key}={value}"));
            }
            line + "\n"
        })
        .collect()
}

#[test]
fn fixtures_match_their_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/explain");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        count += 1;
        let text = std::fs::read_to_string(path).unwrap();
        // A first line `lang: ID` names the document language; it is part of the text too.
        let language = text.lines().next().and_then(|l| l.strip_prefix("lang: ")).map(str::trim);
        let actual = summary(&text, language);
        let expect_path = path.with_extension("expect");
        if update {
            std::fs::write(&expect_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expect_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- actual\n{actual}", path.display()));
        }
    }
    assert!(count >= 8, "fixtures are missing from {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_trace_counts_once_however_many_lines_repeat_the_message() {
    let text = "Error: boom\nTypeError: Cannot read properties of undefined (reading 'map')\n    at f (/a.js:1:1)\n    at g (/a.js:2:1)\n";
    let lines = summary(text, None);
    assert_eq!(lines.lines().count(), 1, "{lines}");
}

#[test]
fn windows_line_endings_and_colour_codes_do_not_change_the_answer() {
    let plain = "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nKeyError: 'port'\n";
    let windows = plain.replace('\n', "\r\n");
    let coloured = plain.replace("KeyError", "\x1b[1;31mKeyError\x1b[0m");
    assert_eq!(summary(&windows, None), summary(plain, None));
    assert_eq!(summary(&coloured, None), summary(plain, None));
    assert!(summary(plain, None).contains("python/key-error primary key=port"));
}

#[test]
fn a_huge_log_of_ordinary_lines_yields_nothing() {
    let line = "2026-11-21 09:14:02 INFO  request GET /api/users 200 12ms user=42\n";
    let text = line.repeat(200_000);
    assert_eq!(summary(&text, Some("log")), "");
}

#[test]
fn an_error_at_the_end_of_a_line_longer_than_4_kb_is_found_with_its_captures() {
    // Lines over 4 KB are matched by other compiled regexes than short ones: the answer must not change.
    let message = "KeyError: 'timeout'";
    for prefix in ["", &"x ".repeat(5000)] {
        assert_eq!(summary(&format!("{prefix}{message}"), None).trim(), "1-1 python/key-error primary key=timeout");
    }
}
