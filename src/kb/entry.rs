//! The corpus model: plain data, as parsed from an entry's front matter and body.

use super::codes::DiagnosticCode;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Error,
    Snippet,
    Note,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Error, Kind::Snippet, Kind::Note];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Error => "error",
            Kind::Snippet => "snippet",
            Kind::Note => "note",
        }
    }

    /// The top directory of the corpus layout that holds entries of this kind.
    pub fn directory(self) -> &'static str {
        match self {
            Kind::Error => "errors",
            Kind::Snippet => "snippets",
            Kind::Note => "notes",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Junior,
    Mid,
    Senior,
    Architect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FixScope {
    /// The first line of the diagnostic the fix is attached to.
    Line,
    /// The whole document.
    Document,
}

/// A quick-fix recipe: replace the first match of `find` in the scope with `replace`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixRecipe {
    pub title: String,
    pub scope: FixScope,
    pub find: String,
    pub replace: String,
    pub before: String,
    pub after: String,
}

/// What only error entries carry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorInfo {
    pub patterns: Vec<String>,
    /// The linter and type-checker codes this entry explains, besides its message patterns.
    pub codes: Vec<DiagnosticCode>,
    /// For each pattern, the literals one of which every match contains (the matcher's prefilter),
    /// found when the pattern was checked at load.
    #[serde(skip)]
    pub literals: Vec<Vec<Vec<u8>>>,
    /// The capture names of all patterns: the parameters the body and fixes may use.
    pub parameters: Vec<String>,
    pub examples: Vec<String>,
    pub triggers: Vec<String>,
    pub provenance: Option<String>,
    pub fixes: Vec<FixRecipe>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SnippetInfo {
    pub prefixes: Vec<String>,
    pub description: String,
    /// The snippet in LSP snippet syntax (the body's first fenced code block).
    pub body: String,
    /// The info string of that code block (`python`, `tsx`, ...).
    pub code_language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteInfo {
    pub symbols: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Details {
    Error(ErrorInfo),
    Snippet(SnippetInfo),
    Note(NoteInfo),
}

/// One corpus entry. `source` names the file it came from (`builtin:errors/python/key-error.md` or a
/// path), so every later problem can point back at it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub languages: Vec<String>,
    pub tags: Vec<String>,
    pub level: Option<Level>,
    /// The Markdown after the front matter.
    pub body: String,
    pub source: String,
    /// 1-based line of the body's first line in the source file.
    pub body_line: usize,
    /// The raw front matter, kept to point problems found later at their line.
    #[serde(skip)]
    pub front_matter: String,
    #[serde(flatten)]
    pub details: Details,
}

impl Entry {
    pub fn kind(&self) -> Kind {
        match self.details {
            Details::Error(_) => Kind::Error,
            Details::Snippet(_) => Kind::Snippet,
            Details::Note(_) => Kind::Note,
        }
    }

    /// The part of the id before the first `/`: the family an entry is counted under.
    pub fn family(&self) -> &str {
        self.id.split('/').next().unwrap_or(&self.id)
    }

    pub fn error(&self) -> Option<&ErrorInfo> {
        match &self.details {
            Details::Error(info) => Some(info),
            _ => None,
        }
    }

    pub fn snippet(&self) -> Option<&SnippetInfo> {
        match &self.details {
            Details::Snippet(info) => Some(info),
            _ => None,
        }
    }

    pub fn note(&self) -> Option<&NoteInfo> {
        match &self.details {
            Details::Note(info) => Some(info),
            _ => None,
        }
    }

    /// 1-based line of the first front-matter line containing `needle`.
    pub fn line_of(&self, needle: &str) -> Option<usize> {
        self.front_matter.lines().position(|line| line.contains(needle)).map(|i| i + 2)
    }

    pub fn has_language(&self, language: &str) -> bool {
        self.languages.iter().any(|l| l == language)
    }
}

/// Parameters captured from an error message, by capture name. Shared, not copied: a log that repeats
/// one error a million times holds one set of captures, and an occurrence clones in constant time.
/// Reads go through `Deref`; a write copies only when the set is shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(std::sync::Arc<BTreeMap<String, String>>);

impl Params {
    pub fn new() -> Params {
        Params::default()
    }
}

impl std::ops::Deref for Params {
    type Target = BTreeMap<String, String>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Params {
    fn deref_mut(&mut self) -> &mut Self::Target {
        std::sync::Arc::make_mut(&mut self.0)
    }
}

impl FromIterator<(String, String)> for Params {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Params {
        Params(std::sync::Arc::new(pairs.into_iter().collect()))
    }
}

impl<'a> IntoIterator for &'a Params {
    type Item = (&'a String, &'a String);
    type IntoIter = std::collections::btree_map::Iter<'a, String, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Params {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Params, D::Error> {
        BTreeMap::deserialize(deserializer).map(|map| Params(std::sync::Arc::new(map)))
    }
}

/// A problem found while loading or checking the corpus, pointing at a file and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl Problem {
    pub fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Problem {
        Problem { file: file.into(), line, message: message.into() }
    }
}

impl fmt::Display for Problem {
    /// `file:line: message`, or `file: message` for a problem of the whole file (line 0).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            line => write!(f, "{}:{line}: {}", self.file, self.message),
        }
    }
}
