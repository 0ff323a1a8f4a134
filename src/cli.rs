//! The `hubls` command line: explain a log or trace, search and show entries, check a corpus, and serve
//! the language server (`hubls`, `hubls --stdio`, `hubls lsp`).

use crate::kb::{Corpus, DiagnosticCode, Kind, Occurrence, Problem, SearchQuery, languages, render};
use crate::sources;
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

/// `println!` that ends the command quietly when stdout is closed (`hubls corpus stats | head`).
macro_rules! say {
    () => { write_stdout("\n") };
    ($($arg:tt)*) => { write_stdout(&format!("{}\n", format_args!($($arg)*))) };
}

fn write_stdout(text: &str) {
    use std::io::Write;
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        std::process::exit(0);
    }
}

#[derive(Parser, Debug)]
#[command(name = "hubls", version, about = "The Knowledge Hub in your editor and terminal: errors explained, fixes, snippets and notes.")]
pub struct Cli {
    #[command(flatten)]
    pub corpus: CorpusOptions,
    /// Serve the language server on stdio (what VS Code passes; the default without a command).
    #[arg(long, global = false)]
    pub stdio: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Args, Debug, Clone, Default)]
pub struct CorpusOptions {
    /// Add a corpus directory of your own (repeatable).
    #[arg(long = "corpus", value_name = "DIR", global = true)]
    pub directories: Vec<PathBuf>,
    /// Leave the built-in corpus out.
    #[arg(long, global = true)]
    pub no_builtin: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Explain every error in a log, stack trace or message (stdin by default).
    Explain {
        /// A file to read, or `-` for stdin.
        path: Option<PathBuf>,
        /// The language id of the code that produced the text; breaks ties between entries.
        #[arg(long = "lang", value_name = "ID")]
        language: Option<String>,
        /// The tool that reported the message, as an editor names it (`pyright`, `eslint`, `ts`, `clang`):
        /// with `--code`, the input is one diagnostic message and the code finds its entry.
        #[arg(long, value_name = "TOOL", requires = "code")]
        source: Option<String>,
        /// The diagnostic's code (`reportOptionalMemberAccess`, `no-unused-vars`, `2339`, `SC2086`).
        #[arg(long, value_name = "CODE", requires = "source")]
        code: Option<String>,
        /// Output format: `text`, `json` (one array) or `jsonl` (one object per line, streamed).
        #[arg(long, value_enum, default_value = "text", conflicts_with = "json")]
        format: Format,
        /// The same as `--format json`.
        #[arg(long)]
        json: bool,
    },
    /// Search the archive.
    Search {
        query: String,
        #[arg(long)]
        kind: Option<KindArg>,
        #[arg(long = "lang", value_name = "ID")]
        language: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Show one whole entry.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Validate and count corpora.
    #[command(subcommand)]
    Corpus(CorpusCommand),
    /// Serve the language server on stdio.
    Lsp {
        /// Accepted for clients that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum CorpusCommand {
    /// Check the built-in corpus and the given directories; exit 1 on any problem.
    Check {
        #[arg(value_name = "DIR")]
        dirs: Vec<PathBuf>,
    },
    /// Count entries per kind, family and language.
    Stats {
        #[arg(long)]
        json: bool,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum KindArg {
    Error,
    Snippet,
    Note,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Error => Kind::Error,
            KindArg::Snippet => Kind::Snippet,
            KindArg::Note => Kind::Note,
        }
    }
}

/// Loads the corpus the options name; problems are returned for the caller to report.
pub fn load(options: &CorpusOptions, extra: &[PathBuf]) -> (Corpus, Vec<Problem>) {
    let directories: Vec<&PathBuf> = options.directories.iter().chain(extra).collect();
    let (sources, mut problems) = sources::gather(!options.no_builtin, &directories);
    let (corpus, load_problems) = Corpus::load(&sources);
    problems.extend(load_problems);
    (corpus, problems)
}

fn load_reporting(options: &CorpusOptions) -> Corpus {
    let (corpus, problems) = load(options, &[]);
    for problem in &problems {
        eprintln!("hubls: warning: {problem}");
    }
    corpus
}

/// Runs a non-server command.
pub fn run(command: Command, options: &CorpusOptions) -> ExitCode {
    match command {
        Command::Explain { path, language, source, code, format, json } => {
            let code = source.zip(code).map(|(source, code)| {
                DiagnosticCode::from_diagnostic(&source, &code).ok_or_else(|| source.clone())
            });
            explain(options, path, language.as_deref(), code, if json { Format::Json } else { format })
        }
        Command::Search { query, kind, language, limit, json } => {
            let corpus = load_reporting(options);
            let hits = corpus.search(&SearchQuery {
                text: &query,
                kind: kind.map(Kind::from),
                languages: language.as_deref().map(languages::related).unwrap_or_default(),
                limit,
            });
            if json {
                let rows: Vec<_> = hits.iter().map(|hit| hit.describe(&corpus.entries)).collect();
                say!("{}", serde_json::to_string(&rows).unwrap_or_default());
            } else if hits.is_empty() {
                eprintln!("No entries match {query:?}.");
            } else {
                for hit in &hits {
                    let entry = &corpus.entries[hit.entry];
                    say!("{:<8} {:<48} {}", entry.kind(), entry.id, entry.title);
                }
            }
            ExitCode::SUCCESS
        }
        Command::Show { id, json } => {
            let corpus = load_reporting(options);
            let Some(entry) = corpus.get(&id) else {
                eprintln!("hubls: no entry with id `{id}` (try `hubls search`)");
                return ExitCode::from(1);
            };
            if json {
                say!("{}", serde_json::to_string_pretty(entry).unwrap_or_default());
            } else {
                say!("{}", render::markdown(entry, &Default::default()));
            }
            ExitCode::SUCCESS
        }
        Command::Corpus(CorpusCommand::Check { dirs }) => check(options, &dirs),
        Command::Corpus(CorpusCommand::Stats { json }) => {
            stats(&load_reporting(options), json);
            ExitCode::SUCCESS
        }
        Command::Lsp { .. } => unreachable!("the server is started by main"),
    }
}

/// How `explain` prints occurrences.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq)]
pub enum Format {
    /// For people: title, root cause and fix of each occurrence.
    Text,
    /// One JSON array, in input order; `primary` marks the root cause of the whole input.
    Json,
    /// One JSON object per line, printed as each trace ends; `primary` marks the root of its trace.
    Jsonl,
}

/// Bytes read at a time: the scan holds one chunk (and the open trace), whatever the input's size.
const CHUNK: usize = 2 << 20;
/// A line longer than this is cut to bound memory: no error message is this long.
const MAX_LINE: usize = 64 << 20;
/// Occurrences of one entry printed at most; the rest are counted, and the count is printed last.
pub const MAX_PER_ENTRY: usize = 1000;

fn open_input(path: Option<&PathBuf>) -> Result<Box<dyn Read>, String> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let file = std::fs::File::open(p).map_err(|err| format!("cannot read {}: {err}", p.display()))?;
            Ok(Box::new(file))
        }
        _ => Ok(Box::new(std::io::stdin().lock())),
    }
}

/// Reads `input` in chunks that end at a line break and hands each, as text, to `each`. Stray bytes of
/// other encodings become U+FFFD: they must not hide the errors around them.
fn read_chunks(mut input: impl Read, mut each: impl FnMut(&str)) -> std::io::Result<()> {
    let mut buffer: Vec<u8> = Vec::with_capacity(CHUNK);
    let mut done = false;
    while !done {
        let before = buffer.len();
        buffer.resize(before + CHUNK, 0);
        let mut filled = before;
        while filled < buffer.len() {
            match input.read(&mut buffer[filled..]) {
                Ok(0) => {
                    done = true;
                    break;
                }
                Ok(n) => filled += n,
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        }
        buffer.truncate(filled);
        let split = if done {
            buffer.len()
        } else {
            match memchr::memrchr(b'\n', &buffer) {
                Some(at) => at + 1,
                None if buffer.len() >= MAX_LINE => buffer.len(),
                None => continue,
            }
        };
        // Checking first is several times faster than the lossy conversion on text that is valid UTF-8.
        match std::str::from_utf8(&buffer[..split]) {
            Ok(text) => each(text),
            Err(_) => each(&String::from_utf8_lossy(&buffer[..split])),
        }
        buffer.drain(..split);
    }
    Ok(())
}

/// Prints occurrences as they come, in one of the formats, at most [`MAX_PER_ENTRY`] per entry.
struct Printer<'c> {
    corpus: &'c Corpus,
    format: Format,
    printed: usize,
    per_entry: BTreeMap<usize, usize>,
}

impl Printer<'_> {
    fn print(&mut self, occurrence: &Occurrence) {
        let seen = self.per_entry.entry(occurrence.entry).or_default();
        *seen += 1;
        if *seen > MAX_PER_ENTRY {
            return;
        }
        match self.format {
            Format::Text => {
                if self.printed > 0 {
                    say!();
                }
                write_stdout(&terminal_text(self.corpus, occurrence));
            }
            Format::Json => {
                let row = serde_json::to_string_pretty(&occurrence_json(self.corpus, occurrence, occurrence.primary))
                    .unwrap_or_default();
                write_stdout(&format!("{}{row}", if self.printed == 0 { "[\n" } else { ",\n" }));
            }
            Format::Jsonl => {
                // A stream cannot wait for the whole input: the root of each trace is its primary.
                let row = occurrence_json(self.corpus, occurrence, occurrence.trace_root);
                say!("{}", serde_json::to_string(&row).unwrap_or_default());
            }
        }
        self.printed += 1;
    }

    fn finish(self) {
        match self.format {
            Format::Json => say!("{}", if self.printed == 0 { "[]" } else { "\n]" }),
            Format::Text if self.printed == 0 => eprintln!("hubls: no known error in the input."),
            _ => {}
        }
        for (entry, count) in self.per_entry.iter().filter(|(_, count)| **count > MAX_PER_ENTRY) {
            eprintln!(
                "hubls: {}: {} more occurrences not shown (at most {MAX_PER_ENTRY} per entry)",
                self.corpus.entries[*entry].id,
                count - MAX_PER_ENTRY
            );
        }
    }
}

/// `code`: the diagnostic code given with `--source`/`--code`, or the source when it names no known tool.
fn explain(
    options: &CorpusOptions,
    path: Option<PathBuf>,
    language: Option<&str>,
    code: Option<Result<DiagnosticCode, String>>,
    format: Format,
) -> ExitCode {
    let input = match open_input(path.as_ref()) {
        Ok(input) => input,
        Err(message) => {
            eprintln!("hubls: {message}");
            return ExitCode::from(2);
        }
    };
    let corpus = load_reporting(options);
    let mut printer = Printer { corpus: &corpus, format, printed: 0, per_entry: BTreeMap::new() };
    let read = if let Some(code) = code {
        // One diagnostic message: read whole (it is small), then looked up by its code and text.
        let mut message = String::new();
        let read = read_chunks(input, |chunk| message.push_str(chunk));
        let code = code
            .inspect_err(|source| eprintln!("hubls: warning: `{source}` is not a known tool; matching the message only"))
            .ok();
        if let Some(occurrence) = corpus.explain_diagnostic(message.trim_end(), code.as_ref(), language) {
            printer.print(&occurrence);
        }
        read
    } else {
        let mut scan = corpus.scan(language);
        let read = read_chunks(input, |chunk| scan.feed(chunk, &mut |o| printer.print(&o)));
        scan.finish(&mut |o| printer.print(&o));
        read
    };
    printer.finish();
    match read {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("hubls: cannot read the input: {err}");
            ExitCode::from(2)
        }
    }
}

/// One occurrence as `--json` and `--format jsonl` print it, serialised straight from the corpus's
/// strings (a million occurrences must not each build a JSON tree first).
#[derive(serde::Serialize)]
struct OccurrenceJson<'a> {
    // In alphabetical order, as the JSON objects this replaced printed them.
    end_line: usize,
    fix: Option<String>,
    id: &'a str,
    kind: Kind,
    line: usize,
    params: &'a crate::kb::Params,
    primary: bool,
    root_cause: Option<String>,
    score: f64,
    title: String,
}

fn occurrence_json<'a>(corpus: &'a Corpus, occurrence: &'a Occurrence, primary: bool) -> OccurrenceJson<'a> {
    let entry = &corpus.entries[occurrence.entry];
    let section = |name| render::section(&entry.body, name).map(|text| render::fill(text, entry, &occurrence.params));
    OccurrenceJson {
        id: &entry.id,
        kind: entry.kind(),
        title: render::fill(&entry.title, entry, &occurrence.params),
        line: occurrence.line + 1,
        end_line: occurrence.end_line + 1,
        score: occurrence.score,
        params: &occurrence.params,
        primary,
        root_cause: section("Root cause"),
        fix: section("Fix"),
    }
}

fn terminal_text(corpus: &Corpus, occurrence: &Occurrence) -> String {
    let entry = &corpus.entries[occurrence.entry];
    let lines = if occurrence.end_line > occurrence.line {
        format!("lines {}-{}", occurrence.line + 1, occurrence.end_line + 1)
    } else {
        format!("line {}", occurrence.line + 1)
    };
    let marker = if occurrence.primary { "  [root cause]" } else { "" };
    let mut out = format!(
        "== {} ({lines}){marker}\n   {}\n",
        render::fill(&entry.title, entry, &occurrence.params),
        entry.id
    );
    for name in ["Root cause", "Fix"] {
        if let Some(text) = render::section(&entry.body, name) {
            let text = render::plain(&render::fill(text, entry, &occurrence.params));
            out.push_str(&format!("\n{name}:\n"));
            for line in text.lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    out
}

fn check(options: &CorpusOptions, directories: &[PathBuf]) -> ExitCode {
    let (corpus, mut problems) = load(options, directories);
    problems.extend(corpus.check());
    for problem in &problems {
        say!("{problem}");
    }
    let count = |kind| corpus.of_kind(kind).count();
    eprintln!(
        "checked {} entries ({} errors, {} snippets, {} notes): {} problem(s)",
        corpus.entries.len(),
        count(Kind::Error),
        count(Kind::Snippet),
        count(Kind::Note),
        problems.len()
    );
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn stats(corpus: &Corpus, json: bool) {
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_family: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut by_language: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_tool: BTreeMap<&str, usize> = BTreeMap::new();
    let mut fixes = 0;
    for entry in &corpus.entries {
        let mut tools: Vec<&str> = entry.error().map(|e| e.codes.iter().map(|c| c.tool.as_str()).collect()).unwrap_or_default();
        tools.sort_unstable();
        tools.dedup();
        for tool in tools {
            *by_tool.entry(tool).or_default() += 1;
        }
        let kind = entry.kind().as_str();
        *by_kind.entry(kind).or_default() += 1;
        *by_family.entry(entry.family()).or_default().entry(kind).or_default() += 1;
        for language in &entry.languages {
            *by_language.entry(language).or_default() += 1;
        }
        fixes += usize::from(entry.error().is_some_and(|e| !e.fixes.is_empty()));
    }
    if json {
        let value = json!({"kinds": by_kind, "families": by_family, "languages": by_language, "tools": by_tool, "errors_with_fixes": fixes});
        say!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
        return;
    }
    say!("entries: {}", corpus.entries.len());
    for (kind, count) in &by_kind {
        say!("  {kind:<8} {count}");
    }
    say!("error entries with fix recipes: {fixes}");
    say!("\n{:<20} {:>6} {:>8} {:>6}", "family", "errors", "snippets", "notes");
    for (family, kinds) in &by_family {
        let get = |k: &str| kinds.get(k).copied().unwrap_or(0);
        say!("{family:<20} {:>6} {:>8} {:>6}", get("error"), get("snippet"), get("note"));
    }
    say!("\n{:<20} {:>6}", "tool (codes)", "errors");
    for (tool, count) in &by_tool {
        say!("{tool:<20} {count:>6}");
    }
    say!("\n{:<20} {:>6}", "language", "entries");
    for (language, count) in &by_language {
        say!("{language:<20} {count:>6}");
    }
}
