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

/// Bounds on a user's corpus directory: a stray link to `/` or a loop must not hang loading.
const MAX_DEPTH: usize = 16;
const MAX_FILES: usize = 50_000;
const MAX_FILE_BYTES: u64 = 1 << 20;

/// Every entry file under a user's corpus directory (Markdown files, except READMEs and `triggers/`).
/// Unreadable files and directories, symlink loops, and files or trees over the limits become problems
/// naming the file ("whole file", line 0); the readable rest is returned.
pub fn read_dir(root: &Path) -> (Vec<Source>, Vec<Problem>) {
    let mut walk = Walk { root, problems: Vec::new(), visited: Vec::new(), files: Vec::new(), too_many: false };
    if !root.is_dir() {
        return (Vec::new(), vec![whole_file(root, "corpus directory not found".into())]);
    }
    walk.directory(root, 0);
    let mut sources = Vec::new();
    // Reading is a few system calls per file: thousands of team entries read faster on every core.
    for read in crate::kb::map_in_parallel(&walk.files, |(path, relative)| read_entry_file(path, relative)) {
        match read {
            Ok(source) => sources.push(source),
            Err(problem) => walk.problems.push(problem),
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    (sources, walk.problems)
}

/// A problem with a whole file or directory, not one of its lines.
fn whole_file(path: &Path, message: String) -> Problem {
    Problem::new(path.display().to_string(), 0, message)
}

struct Walk<'r> {
    root: &'r Path,
    problems: Vec<Problem>,
    /// The real paths of the directories entered so far, to notice a link that leads back.
    visited: Vec<std::path::PathBuf>,
    /// The entry files found, to be read: path, and path relative to the root.
    files: Vec<(std::path::PathBuf, String)>,
    /// More than [`MAX_FILES`] entry files were found (and reported once).
    too_many: bool,
}

impl Walk<'_> {
    fn problem(&mut self, path: &Path, message: String) {
        self.problems.push(whole_file(path, message));
    }

    fn directory(&mut self, dir: &Path, depth: usize) {
        if depth > MAX_DEPTH {
            return self.problem(dir, format!("directories nested deeper than {MAX_DEPTH} levels are not read"));
        }
        let real = match std::fs::canonicalize(dir) {
            Ok(real) => real,
            Err(err) => return self.problem(dir, format!("cannot read directory: {err}")),
        };
        if self.visited.contains(&real) {
            let message = format!("symbolic link loop: leads back to {}, already read", real.display());
            return self.problem(dir, message);
        }
        self.visited.push(real);
        // The listing's own file type saves a `stat` per file; only links need one to be followed.
        let mut entries: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .flatten()
                .map(|e| {
                    let path = e.path();
                    let is_dir = match e.file_type() {
                        Ok(kind) if !kind.is_symlink() => kind.is_dir(),
                        _ => path.is_dir(),
                    };
                    (path, is_dir)
                })
                .collect(),
            Err(err) => return self.problem(dir, format!("cannot read directory: {err}")),
        };
        entries.sort();
        for (path, is_dir) in entries {
            if is_dir {
                self.directory(&path, depth + 1);
                continue;
            }
            let relative = path.strip_prefix(self.root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            if !is_entry_file(&relative) {
                continue;
            }
            self.file(&path, relative);
        }
    }

    fn file(&mut self, path: &Path, relative: String) {
        if self.files.len() < MAX_FILES {
            self.files.push((path.to_path_buf(), relative));
        } else if !self.too_many {
            self.too_many = true;
            self.problem(self.root, format!("more than {MAX_FILES} entry files: the rest are not read"));
        }
    }
}

/// One entry file's text, or the problem that names why it cannot be read.
fn read_entry_file(path: &Path, relative: &str) -> Result<Source, Problem> {
    let problem = |message: String| whole_file(path, message);
    let opened = std::fs::File::open(path).and_then(|file| Ok((file.metadata()?, file)));
    let (metadata, file) = match opened {
        Ok(opened) => opened,
        Err(err) if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) => {
            let target = std::fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
            return Err(problem(format!("symbolic link to `{target}`, which cannot be read: {err}")));
        }
        Err(err) => return Err(problem(format!("cannot read file: {err}"))),
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(problem(format!("{} bytes, over the {MAX_FILE_BYTES}-byte limit for an entry", metadata.len())));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_FILE_BYTES), &mut bytes)
        .map_err(|err| problem(format!("cannot read file: {err}")))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        problem(format!("not UTF-8 text (invalid byte at offset {at}): save it as UTF-8"))
    })?;
    Ok(Source { display: path.display().to_string(), path: relative.to_string(), text })
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
