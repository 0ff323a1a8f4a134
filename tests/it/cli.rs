//! End-to-end tests of the `hubls` binary.

use crate::support::hubls_binary;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(hubls_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hubls runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
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
