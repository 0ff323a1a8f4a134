//! Search ranking over the built-in corpus: exact words, typos, filters.

use crate::corpus_fixture::builtin;
use hubls::kb::{Kind, SearchQuery};

fn top(text: &str, kind: Option<Kind>, languages: &[&str]) -> Vec<String> {
    let corpus = builtin();
    corpus
        .search(&SearchQuery { text, kind, languages: languages.iter().map(|l| l.to_string()).collect(), limit: 5 })
        .iter()
        .map(|hit| corpus.entries[hit.entry].id.clone())
        .collect()
}

#[test]
fn exact_words_rank_the_entry_first() {
    assert_eq!(top("KeyError", Some(Kind::Error), &[])[0], "python/key-error");
    assert_eq!(top("lru_cache", Some(Kind::Note), &[])[0], "python/lru-cache");
}

#[test]
fn a_typo_still_finds_the_entry() {
    assert!(top("KeyEror dict", None, &[]).contains(&"python/key-error".to_string()));
    assert!(top("memoizaton", Some(Kind::Note), &["python"]).contains(&"python/lru-cache".to_string()));
}

#[test]
fn filters_by_kind_and_language() {
    let corpus = builtin();
    for id in top("cache", Some(Kind::Snippet), &["python"]) {
        let entry = corpus.get(&id).unwrap();
        assert_eq!(entry.kind(), Kind::Snippet);
        assert!(entry.has_language("python"), "{id}");
    }
    assert!(top("lru_cache", None, &["rust"]).iter().all(|id| id != "python/lru-cache"));
}

#[test]
fn odd_user_text_never_fails() {
    for text in ["\"unclosed", "title:", "AND OR NOT", "(((", "*", "   ", "名前 🎉"] {
        let _ = top(text, None, &[]);
    }
    assert!(top("", None, &[]).is_empty());
}

/// Issue 11: 800 `(` overflowed a worker's stack and aborted the server; a megabyte of quotes too.
#[test]
fn a_query_of_800_parentheses_or_a_megabyte_of_quotes_is_answered() {
    let _ = top(&"(".repeat(800), None, &[]);
    let _ = top(&"\"".repeat(1 << 20), None, &[]);
    assert!(top(&format!("{}KeyError", "(".repeat(50)), None, &[]).contains(&"python/key-error".to_string()));
}
