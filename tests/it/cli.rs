//! End-to-end tests of the `hubls` binary.

use crate::support::hubls_binary;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    run_bytes(args, stdin.as_bytes())
}

fn run_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(hubls_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hubls runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn sample_log() -> String {
    format!("{}/examples/sample.log", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn explain_json_lists_every_error_in_input_order_with_one_primary() {
    let output = run(&["explain", &sample_log(), "--json"], "");
    assert!(output.status.success());
    let rows: Vec<Value> = serde_json::from_slice(&output.stdout).expect("JSON array");
    assert!(rows.len() >= 5, "{rows:#?}");
    let lines: Vec<u64> = rows.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]), "input order: {lines:?}");
    assert_eq!(rows.iter().filter(|r| r["primary"] == true).count(), 1);
    let first = &rows[0];
    assert_eq!(first["id"], "python/key-error");
    assert_eq!(first["primary"], true);
    assert_eq!(first["line"], 6);
    assert_eq!(first["params"]["key"], "timeout");
    for row in &rows {
        for field in ["id", "kind", "title", "line", "end_line", "score", "params", "primary"] {
            assert!(row.get(field).is_some(), "{field} missing in {row}");
        }
        assert!(row["end_line"].as_u64() >= row["line"].as_u64());
    }
}

#[test]
fn explain_reads_stdin_and_prints_title_root_cause_and_fix() {
    let output = run(&["explain"], "KeyError: 'timeout'\n");
    let text = stdout(&output);
    assert!(output.status.success());
    assert!(text.contains("== KeyError"), "{text}");
    assert!(text.contains("Root cause:") && text.contains("Fix:"), "{text}");
    assert!(text.contains("python/key-error"), "{text}");
}

#[test]
fn explain_says_nothing_on_stdout_when_nothing_matches() {
    let output = run(&["explain", "-", "--json"], "all good\nnothing failed here\n");
    assert!(output.status.success());
    assert_eq!(stdout(&output).trim(), "[]");
    let text = run(&["explain"], "all good\n");
    assert!(text.status.success());
    assert_eq!(stdout(&text), "");
}

#[test]
fn explain_exits_2_on_unreadable_input() {
    let output = run(&["explain", "/no/such/file.log"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read /no/such/file.log"));
}

#[test]
fn search_show_and_stats() {
    let output = run(&["search", "KeyError dictionary", "--kind", "error", "--json"], "");
    let rows: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(rows[0]["id"], "python/key-error");
    let shown = run(&["show", "python/key-error"], "");
    assert!(stdout(&shown).contains("## Root cause"));
    let missing = run(&["show", "nope/nothing"], "");
    assert_eq!(missing.status.code(), Some(1));
    let stats = run(&["corpus", "stats", "--json"], "");
    let stats: Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert!(stats["kinds"]["error"].as_u64().unwrap() > 0);
    assert!(stats["families"]["python"]["error"].as_u64().unwrap() > 0);
}

#[test]
fn corpus_check_names_file_and_line_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("errors/team")).unwrap();
    std::fs::write(dir.path().join("errors/team/bad.md"), "+++\nid = \"team/bad\"\nkind = \"error\"\ntitle = \"t\"\nlanguages = [\"python\"]\ntags = []\nlevel = \"junior\"\npatterns = ['(']\nexamples = [\"x\", \"y\"]\nprovenance = \"t\"\n+++\n").unwrap();
    let path = dir.path().to_string_lossy().to_string();
    let output = run(&["--no-builtin", "corpus", "check", &path], "");
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("errors/team/bad.md:8: pattern does not compile"), "{text}");
    let builtin = run(&["corpus", "check"], "");
    assert!(builtin.status.success(), "{}", stdout(&builtin));
}

#[test]
fn user_corpus_entries_explain_next_to_the_builtin_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("errors/team")).unwrap();
    std::fs::write(
        dir.path().join("errors/team/billing-timeout.md"),
        "+++\nid = \"team/billing-timeout\"\nkind = \"error\"\ntitle = \"Billing API timed out\"\nlanguages = [\"python\"]\ntags = []\nlevel = \"mid\"\npatterns = ['BillingTimeout: gateway (?P<gateway>\\w+) did not answer']\nexamples = [\"BillingTimeout: gateway eu1 did not answer\", \"BillingTimeout: gateway us2 did not answer\"]\nprovenance = \"our billing client\"\n+++\n## Root cause\nThe {gateway} gateway is slow.\n\n## Fix\nRetry.\n\n## Example\nx\n\n## Common mistakes\n- y\n",
    )
    .unwrap();
    let path = dir.path().to_string_lossy().to_string();
    let output = run(&["--corpus", &path, "explain", "--json"], "KeyError: 'a'\nBillingTimeout: gateway eu1 did not answer\n");
    let rows: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["python/key-error", "team/billing-timeout"]);
    assert!(rows[1]["root_cause"].as_str().unwrap().contains("The eu1 gateway"));
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let mut child = Command::new(hubls_binary())
        .args(["corpus", "stats"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

/// The entry ids and 1-based lines that `explain --format jsonl` reports for `input`.
fn ids_and_lines(input: &[u8]) -> Vec<(String, u64)> {
    let output = run_bytes(&["explain", "--format", "jsonl"], input);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    stdout(&output)
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).expect("one JSON object per line");
            (value["id"].as_str().unwrap().to_string(), value["line"].as_u64().unwrap())
        })
        .collect()
}

#[test]
fn one_error_line_repeated_prints_1000_occurrences_and_counts_the_rest() {
    let output = run(&["explain", "--format", "jsonl"], &"KeyError: 'timeout'\n".repeat(2500));
    assert_eq!(stdout(&output).lines().count(), 1000);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("python/key-error: 1500 more occurrences not shown"), "{stderr}");
}

#[test]
fn random_bytes_and_invalid_utf8_around_errors_leave_the_errors_explained() {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut noise = || {
        (0..300_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect::<Vec<u8>>()
    };
    let mut input = noise();
    input.extend_from_slice(b"\nKeyError: 'timeout'\n\xff\xfe\n");
    input.extend(noise());
    input.extend_from_slice(b"\nModuleNotFoundError: No module named 'requests'\n");
    input.extend(noise());
    let found: Vec<String> = ids_and_lines(&input).into_iter().map(|(id, _)| id).collect();
    assert!(found.contains(&"python/key-error".to_string()), "{found:?}");
    assert!(found.contains(&"python-packaging/module-not-found".to_string()), "{found:?}");
}

#[test]
fn one_long_line_of_cjk_text_then_an_error_is_answered() {
    let input = format!("{}\nKeyError: 'timeout'\n", "名前日本語漢字".repeat(300_000));
    assert_eq!(ids_and_lines(input.as_bytes()), vec![("python/key-error".to_string(), 2)]);
}
