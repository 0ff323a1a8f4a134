//! The knowledge base: the pure core of hubls.
//!
//! Everything here works on plain data: entry files arrive as strings ([`Source`]), answers leave as
//! entry indices, byte offsets, line numbers and strings. Nothing here knows LSP, tokio or the file
//! system, so the CLI and the language server share one engine and tests need no set-up.
//!
//! A [`Corpus`] is built once from sources and is immutable afterwards. The matcher's prefilter and the
//! symbol table are derived at load time; the tantivy index on the first search (or
//! [`Corpus::prepare_search`]), since explaining a log never needs it and it is half of a load.
//! Loading never fails outright: a broken file becomes a [`Problem`] naming file and line, and every
//! other file still loads.

pub mod check;
pub mod codes;
pub mod entry;
pub mod fix;
pub mod languages;
pub mod literals;
pub mod matcher;
pub mod prefilter;
pub mod parse;
pub mod render;
pub mod search;
pub mod snippet;
pub mod symbols;

pub use codes::DiagnosticCode;
pub use entry::{Details, Entry, FixRecipe, FixScope, Kind, Params, Problem};
pub use matcher::Occurrence;
pub use parse::Source;
pub use search::{SearchHit, SearchQuery};

use matcher::Matcher;
use search::SearchIndex;
use std::collections::HashMap;
use std::sync::OnceLock;
use symbols::SymbolIndex;

pub struct Corpus {
    pub entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    /// Entries by declared diagnostic code, keyed by tool and lowercased code.
    by_code: HashMap<(String, String), Vec<usize>>,
    matcher: Matcher,
    /// Built on first use; `None` if tantivy failed, and search then finds nothing.
    search: OnceLock<Option<SearchIndex>>,
    symbols: SymbolIndex,
}

impl Corpus {
    /// Loads every source; returns the corpus of all entries that parsed, and the problems of the rest.
    pub fn load(sources: &[Source]) -> (Corpus, Vec<Problem>) {
        let mut entries: Vec<Entry> = Vec::new();
        let mut problems = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (source, parsed) in sources.iter().zip(parse_all(sources)) {
            match parsed {
                Ok(entry) => {
                    if let Some(&first) = by_id.get(&entry.id) {
                        problems.push(Problem::new(
                            &source.display,
                            1,
                            format!("duplicate id `{}`, already defined in {}", entry.id, entries[first].source),
                        ));
                        continue;
                    }
                    by_id.insert(entry.id.clone(), entries.len());
                    entries.push(entry);
                }
                Err(problem) => problems.push(problem),
            }
        }
        let matcher = Matcher::new(&entries);
        let symbols = SymbolIndex::new(&entries);
        let mut by_code: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (index, entry) in entries.iter().enumerate() {
            for code in entry.error().map(|e| e.codes.as_slice()).unwrap_or_default() {
                by_code.entry(code_key(code)).or_default().push(index);
            }
        }
        (Corpus { entries, by_id, by_code, matcher, search: OnceLock::new(), symbols }, problems)
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&index| &self.entries[index])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Every error occurrence in a message or log, in input order; exactly one is primary if any.
    pub fn explain(&self, text: &str, language: Option<&str>) -> Vec<Occurrence> {
        self.matcher.find(text, language)
    }

    /// A scan of a text too large to hold, fed in chunks that end at line breaks.
    pub fn scan(&self, language: Option<&str>) -> matcher::Scan<'_> {
        self.matcher.scan(language)
    }

    /// A scan of a part of a larger text, from line `first_line` at byte `offset` (see
    /// [`matcher::starts_a_trace`] for where such a part may start).
    pub fn scan_from(&self, language: Option<&str>, first_line: usize, offset: usize) -> matcher::Scan<'_> {
        self.matcher.scan_from(language, first_line, offset)
    }

    /// The primary occurrence of a single message (a diagnostic's text), if any entry explains it.
    pub fn explain_message(&self, message: &str, language: Option<&str>) -> Option<Occurrence> {
        self.explain(message, language).into_iter().find(|o| o.primary)
    }

    /// The entry for one diagnostic: its message, and the code it carries when the tool gave one.
    ///
    /// A code names the entries that explain it. Among those, the one the message matches best wins, so
    /// its captures fill the parameters; when the message matches none of them (the tool reworded it), the
    /// code alone decides. Without a known code the message is matched as by [`Corpus::explain_message`].
    pub fn explain_diagnostic(&self, message: &str, code: Option<&DiagnosticCode>, language: Option<&str>) -> Option<Occurrence> {
        let declaring = code.and_then(|code| self.by_code.get(&code_key(code)));
        let Some(declaring) = declaring else { return self.explain_message(message, language) };
        let by_message = self.explain(message, language).into_iter().find(|o| declaring.contains(&o.entry));
        if let Some(mut occurrence) = by_message {
            occurrence.primary = true;
            return Some(occurrence);
        }
        let lines = matcher::LineIndex::new(message);
        let ranked_by_line = (0..lines.line_count()).find_map(|line| {
            let text = lines.text(message, line);
            let ranked = self.matcher.rank_line(text, language).into_iter().find(|r| declaring.contains(&r.entry))?;
            Some((line, ranked))
        });
        // Reworded beyond every pattern: the general entry for the code wins, the one listing it first and,
        // among those, the one named for the rule alone (the shortest slug), not one of its variants.
        let general = || {
            let position = |&entry: &usize| {
                let codes = self.entries[entry].error().map(|e| e.codes.as_slice()).unwrap_or_default();
                codes.iter().position(|c| code.is_some_and(|code| c.same(code))).unwrap_or(usize::MAX)
            };
            let slug_len = |&entry: &usize| self.entries[entry].id.len();
            declaring.iter().copied().min_by_key(|entry| (position(entry), slug_len(entry), *entry)).unwrap_or(declaring[0])
        };
        let (line, entry, params, score) = match ranked_by_line {
            Some((line, ranked)) => (line, ranked.entry, ranked.params, f64::from(ranked.points) / 2.0),
            None => (0, general(), Params::new(), 0.0),
        };
        let span = matcher::trimmed(message, lines.range(line));
        Some(Occurrence { entry, params, score, line, end_line: line, span, primary: true, trace_root: true })
    }

    pub fn search(&self, query: &SearchQuery) -> Vec<SearchHit> {
        self.prepare_search().map(|index| index.search(query)).unwrap_or_default()
    }

    /// Builds the search index now rather than on the first search (a server does it in the background).
    pub fn prepare_search(&self) -> Option<&SearchIndex> {
        self.search.get_or_init(|| SearchIndex::build(&self.entries).ok()).as_ref()
    }

    /// The note for a qualified symbol in a document of `language` (any language when `None`).
    pub fn note_for_symbol(&self, name: &str, language: Option<&str>) -> Option<&Entry> {
        let languages = language.map(languages::related).unwrap_or_default();
        self.symbols.lookup(&self.entries, name, &languages).map(|index| &self.entries[index])
    }

    /// Entries of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries.iter().enumerate().filter(move |(_, e)| e.kind() == kind)
    }

    pub(crate) fn matcher(&self) -> &Matcher {
        &self.matcher
    }
}

/// Every source parsed, in order, on every core: parsing (TOML, every pattern's regex) is most of a
/// load, and a team corpus may hold thousands of entries.
fn parse_all(sources: &[Source]) -> Vec<Result<Entry, Problem>> {
    map_in_parallel(sources, parse::parse_entry)
}

/// `work` applied to every item, results in order, the items split between up to 8 threads when there
/// are enough of them to pay for the threads.
pub fn map_in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if threads < 2 || items.len() < 512 {
        return items.iter().map(work).collect();
    }
    let work = &work;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(work).collect::<Vec<_>>()))
            .collect();
        parts.into_iter().flat_map(|part| part.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

fn code_key(code: &DiagnosticCode) -> (String, String) {
    (code.tool.clone(), code.code.to_ascii_lowercase())
}
