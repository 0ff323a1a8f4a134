//! Loading and checking corpora: broken files are reported by file and line, and never hide the rest.

use hubls::kb::{Corpus, Kind, Source};

fn source(path: &str, text: &str) -> Source {
    Source { display: format!("team/{path}"), path: path.to_string(), text: text.to_string() }
}

const GOOD_NOTE: &str = "+++\nid = \"team/deploy\"\nkind = \"note\"\ntitle = \"How we deploy\"\nlanguages = [\"python\"]\nsymbols = [\"deploy_app\"]\nlevel = \"mid\"\ntags = []\n+++\nRun the pipeline.\n\n## Deep dive\nx\n\n## In production\ny\n\n## Common mistakes\n- z\n";

fn error_entry(id: &str, pattern: &str, examples: &str) -> String {
    format!(
        "+++\nid = \"{id}\"\nkind = \"error\"\ntitle = \"T\"\nlanguages = [\"python\"]\ntags = []\nlevel = \"junior\"\npatterns = ['{pattern}']\nexamples = [{examples}]\nprovenance = \"test\"\n+++\n## Root cause\nr\n\n## Fix\nf\n\n## Example\ne\n\n## Common mistakes\n- m\n"
    )
}

fn load(sources: &[Source]) -> (Corpus, Vec<String>) {
    let (corpus, problems) = Corpus::load(sources);
    (corpus, problems.iter().map(ToString::to_string).collect())
}

#[test]
fn each_broken_file_is_named_with_its_line_and_the_others_load() {
    let sources = [
        source("notes/team/deploy.md", GOOD_NOTE),
        source("errors/team/no-front-matter.md", "# just markdown\n"),
        source("errors/team/unclosed.md", "+++\nid = \"team/unclosed\"\n"),
        source("errors/team/bad-toml.md", "+++\nid = \"team/bad-toml\"\nkind = \"error\"\ntitle = [\n+++\n"),
        source("errors/team/bad-regex.md", &error_entry("team/bad-regex", "(unclosed", "\"x\", \"y\"")),
        source("errors/team/wrong-id.md", &error_entry("team/other", "x", "\"x\", \"y\"")),
        source("snippets/team/dollar.md", "+++\nid = \"team/dollar\"\nkind = \"snippet\"\ntitle = \"t\"\nprefix = [\"p\"]\nlanguages = [\"php\"]\ntags = []\ndescription = \"d\"\n+++\nIntro.\n\n```php\n$x = 1;\n\\$y = $z;\n```\n"),
        source("notes/team/kind.md", "+++\nid = \"team/kind\"\nkind = \"recipe\"\ntitle = \"t\"\nlanguages = [\"python\"]\ntags = []\n+++\n"),
        source("notes/team/deploy-again.md", &GOOD_NOTE.replace("team/deploy", "team/deploy-again")),
    ];
    let (corpus, problems) = load(&sources);
    assert_eq!(corpus.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["team/deploy", "team/deploy-again"]);
    let expected = [
        "team/errors/team/no-front-matter.md:1: the file must start with a `+++` line",
        "team/errors/team/unclosed.md:1: the front matter is not closed",
        "team/errors/team/bad-toml.md:4: front matter:",
        "team/errors/team/bad-regex.md:8: pattern does not compile",
        "team/errors/team/wrong-id.md:2: id `team/other` does not match its path; expected `team/wrong-id`",
        "team/snippets/team/dollar.md:13: snippet syntax: unknown snippet variable `$x`",
        "team/notes/team/kind.md:3: unknown kind `recipe`",
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for (problem, start) in problems.iter().zip(expected) {
        assert!(problem.starts_with(start), "{problem:?} should start with {start:?}");
    }
}

#[test]
fn duplicate_ids_keep_the_first_entry_and_name_both_files() {
    let sources = [source("notes/team/deploy.md", GOOD_NOTE), source("notes/team/deploy.md", GOOD_NOTE)];
    let (corpus, problems) = load(&sources);
    assert_eq!(corpus.entries.len(), 1);
    assert_eq!(problems, ["team/notes/team/deploy.md:1: duplicate id `team/deploy`, already defined in team/notes/team/deploy.md"]);
}

#[test]
fn check_reports_examples_that_match_nothing_rank_another_entry_or_tie() {
    let sources = [
        source("errors/team/general.md", &error_entry("team/general", "boom (?P<what>\\w+)", "\"boom disk\", \"boom net\"")),
        source("errors/team/tie.md", &error_entry("team/tie", "boom (?P<thing>\\w+)", "\"boom cpu\", \"nothing here\"")),
        source("errors/team/twice.md", &error_entry("team/twice", "Event loop is closed", "\"Event loop is closed\", \"Event loop is closed\"")),
    ];
    let (corpus, problems) = load(&sources);
    assert!(problems.is_empty(), "{problems:?}");
    let checked: Vec<String> = corpus.check().iter().map(ToString::to_string).collect();
    assert!(checked.iter().any(|p| p.contains("example \"boom disk\" ties with `team/tie`")), "{checked:#?}");
    assert!(checked.iter().any(|p| p.contains("example matches no entry: \"nothing here\"")), "{checked:#?}");
    assert!(checked.iter().any(|p| p.starts_with("team/errors/team/twice.md:9: example \"Event loop is closed\" is listed twice")), "{checked:#?}");
}

#[test]
fn check_runs_fix_recipes_on_their_before_lines() {
    let entry = error_entry("team/fix", "KeyError: .(?P<key>\\w+).", "\"KeyError: 'port'\", \"KeyError: 'host'\"")
        .replace("provenance = \"test\"\n", "provenance = \"test\"\n[[fixes]]\ntitle = \"use get\"\nscope = \"line\"\nfind = '\\[\"{key}\"\\]'\nreplace = '.get(\"{key}\")'\nbefore = 'cfg[\"port\"]'\nafter = 'cfg.get(\"host\")'\n");
    let (corpus, problems) = load(&[source("errors/team/fix.md", &entry)]);
    assert!(problems.is_empty(), "{problems:?}");
    let checked: Vec<String> = corpus.check().iter().map(ToString::to_string).collect();
    assert_eq!(checked.len(), 1, "{checked:#?}");
    assert!(checked[0].contains("gives \"cfg.get(\\\"port\\\")\", expected `after` \"cfg.get(\\\"host\\\")\""), "{checked:#?}");
}

#[test]
fn the_builtin_corpus_loads_without_problems_and_passes_its_check() {
    let (corpus, problems) = load(&hubls::sources::builtin());
    assert!(problems.is_empty(), "{problems:#?}");
    let checked: Vec<String> = corpus.check().iter().map(ToString::to_string).collect();
    assert!(checked.is_empty(), "{checked:#?}");
    for kind in Kind::ALL {
        assert!(corpus.of_kind(kind).count() > 0, "no {kind} entries");
    }
}

/// Issue 11: a symlink loop hung loading, a `self -> .` link gave 40 "duplicate id" problems, a
/// non-UTF-8 file and a dangling link were reported at line 0 without naming what was wrong.
#[cfg(unix)]
#[test]
fn links_loops_and_unreadable_files_are_named_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("notes/team")).unwrap();
    std::fs::write(root.join("notes/team/deploy.md"), GOOD_NOTE).unwrap();
    std::os::unix::fs::symlink(".", root.join("self")).unwrap();
    std::os::unix::fs::symlink("b.md", root.join("notes/team/a.md")).unwrap();
    std::os::unix::fs::symlink("a.md", root.join("notes/team/b.md")).unwrap();
    std::os::unix::fs::symlink("missing.md", root.join("notes/team/dangling.md")).unwrap();
    std::fs::write(root.join("notes/team/latin1.md"), b"+++\nid = \"team/latin1\"\ntitle = \"caf\xe9\"\n+++\n").unwrap();
    let (sources, problems) = hubls::sources::read_dir(root);
    assert_eq!(sources.iter().map(|s| s.path.as_str()).collect::<Vec<_>>(), ["notes/team/deploy.md"]);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let named = |needle: &str, what: &str| {
        assert!(problems.iter().any(|p| p.contains(needle) && p.contains(what)), "{needle}: {what} in {problems:#?}")
    };
    named("self", "symbolic link loop");
    named("a.md", "symbolic link to `b.md`");
    named("dangling.md", "symbolic link to `missing.md`");
    named("latin1.md", "not UTF-8 text (invalid byte at offset 35)");
    assert!(problems.iter().all(|p| !p.contains(":0:")), "whole-file problems carry no line 0: {problems:#?}");
    assert_eq!(problems.len(), 5, "{problems:#?}");
}

/// Issue 11: 10,000 team entries took 3.4 s to load and `corpus check` on them 60 s. More patterns than
/// the matcher keeps compiled at once: the answers must not depend on which were dropped.
#[test]
fn ten_thousand_team_entries_load_beside_the_builtin_ones_and_pass_the_check() {
    let mut sources = hubls::sources::builtin();
    for i in 0..10_000 {
        let pattern = format!("E{i:05} team failure: (?P<part>\\w+) broke");
        let examples = format!("\"E{i:05} team failure: disk broke\", \"E{i:05} team failure: network broke\"");
        sources.push(source(&format!("errors/team/e{i:05}.md"), &error_entry(&format!("team/e{i:05}"), &pattern, &examples)));
    }
    let (corpus, problems) = load(&sources);
    assert!(problems.is_empty(), "{problems:#?}");
    let checked: Vec<String> = corpus.check().iter().map(ToString::to_string).collect();
    assert!(checked.is_empty(), "{checked:#?}");
    let found = corpus.explain_message("E09999 team failure: fan broke", None).expect("explained");
    assert_eq!(corpus.entries[found.entry].id, "team/e09999");
    assert_eq!(found.params.get("part").map(String::as_str), Some("fan"));
}
