//! Where entry files come from: the built-in corpus, embedded in the binary at build time so hubls works
//! offline with no set-up, and users' own directories in the same layout.

use crate::kb::{Problem, Source};
use include_dir::{Dir, DirEntry, include_dir};
use std::path::Path;

static BUILTIN: [(&str, Dir<'static>); 3] = [
    ("errors", include_dir!("$CARGO_MANIFEST_DIR/corpus/errors")),
    ("snippets", include_dir!("$CARGO_MANIFEST_DIR/corpus/snippets")),
    ("notes", include_dir!("$CARGO_MANIFEST_DIR/corpus/notes")),
];

/// The built-in corpus, named `builtin:<path>` in problems.
pub fn builtin() -> Vec<Source> {
    let mut sources = Vec::new();
    for (top, dir) in &BUILTIN {
        collect_embedded(top, dir, &mut sources);
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    sources
}

fn collect_embedded(top: &str, dir: &Dir<'static>, out: &mut Vec<Source>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => collect_embedded(top, sub, out),
            DirEntry::File(file) => {
                let path = format!("{top}/{}", file.path().to_string_lossy().replace('\\', "/"));
                if !is_entry_file(&path) {
                    continue;
                }
                let text = String::from_utf8_lossy(file.contents()).into_owned();
                out.push(Source { display: format!("builtin:{path}"), path, text });
            }
        }
    }
}

fn is_entry_file(path: &str) -> bool {
    path.ends_with(".md") && !path.ends_with("README.md") && !path.starts_with("triggers/")
}

/// Every entry file under a user's corpus directory (Markdown files, except READMEs and `triggers/`).
/// Unreadable files and directories become problems; the readable rest is returned.
pub fn read_dir(root: &Path) -> (Vec<Source>, Vec<Problem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    if !root.is_dir() {
        problems.push(Problem::new(root.display().to_string(), 0, "corpus directory not found"));
        return (sources, problems);
    }
    walk(root, root, &mut sources, &mut problems);
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    (sources, problems)
}

fn walk(root: &Path, dir: &Path, sources: &mut Vec<Source>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::new(dir.display().to_string(), 0, format!("cannot read directory: {err}")));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, sources, problems);
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if !is_entry_file(&relative) {
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => sources.push(Source { display: path.display().to_string(), path: relative, text }),
            Err(err) => problems.push(Problem::new(path.display().to_string(), 0, format!("cannot read file: {err}"))),
        }
    }
}

/// What the CLI and the server load: the built-in corpus unless left out, then each user directory.
pub fn gather(include_builtin: bool, directories: &[impl AsRef<Path>]) -> (Vec<Source>, Vec<Problem>) {
    let mut sources = if include_builtin { builtin() } else { Vec::new() };
    let mut problems = Vec::new();
    for dir in directories {
        let (found, trouble) = read_dir(dir.as_ref());
        sources.extend(found);
        problems.extend(trouble);
    }
    (sources, problems)
}
