//! Full-text search over the corpus with tantivy: an in-RAM index over titles, bodies, tags, symbols,
//! snippet prefixes and example messages.
//!
//! User text is parsed leniently (a stray quote or colon never fails a search). Each query is run twice
//! in one boolean query: as typed, with BM25 scores and field boosts, and with fuzzy terms (one edit) on
//! the short fields, so a typo still finds the entry while exact words keep ranking first.

use super::entry::{Entry, Kind};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, STORED, STRING, Schema, TEXT, Value};
use tantivy::{Index, IndexReader, TantivyDocument, Term};

pub struct SearchIndex {
    reader: IndexReader,
    exact: QueryParser,
    fuzzy: QueryParser,
    ordinal: Field,
    kind: Field,
    language: Field,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Index of the entry in the corpus.
    pub entry: usize,
    pub score: f32,
}

/// A search hit as the CLI's `--json` and the `hubls.search` command report it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SearchResult<'a> {
    pub id: &'a str,
    pub kind: Kind,
    pub title: &'a str,
    pub score: f32,
    pub languages: &'a [String],
}

impl SearchHit {
    pub fn describe<'a>(&self, entries: &'a [Entry]) -> SearchResult<'a> {
        let entry = &entries[self.entry];
        SearchResult { id: &entry.id, kind: entry.kind(), title: &entry.title, score: self.score, languages: &entry.languages }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SearchQuery<'a> {
    pub text: &'a str,
    pub kind: Option<Kind>,
    /// Only entries that list one of these language ids (empty: any language).
    pub languages: Vec<String>,
    pub limit: usize,
}

impl SearchIndex {
    pub fn build(entries: &[Entry]) -> tantivy::Result<SearchIndex> {
        let mut schema = Schema::builder();
        let ordinal = schema.add_u64_field("ordinal", STORED);
        let kind = schema.add_text_field("kind", STRING);
        let language = schema.add_text_field("language", STRING);
        let id = schema.add_text_field("id", TEXT);
        let title = schema.add_text_field("title", TEXT);
        let body = schema.add_text_field("body", TEXT);
        let tags = schema.add_text_field("tags", TEXT);
        let symbols = schema.add_text_field("symbols", TEXT);
        let examples = schema.add_text_field("examples", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 32 << 20)?;
        for (position, entry) in entries.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_u64(ordinal, position as u64);
            doc.add_text(kind, entry.kind().as_str());
            for l in &entry.languages {
                doc.add_text(language, l);
            }
            doc.add_text(id, &entry.id);
            doc.add_text(title, &entry.title);
            doc.add_text(body, &entry.body);
            doc.add_text(tags, entry.tags.join(" "));
            if let Some(info) = entry.note() {
                doc.add_text(symbols, info.symbols.join(" "));
            }
            if let Some(info) = entry.snippet() {
                doc.add_text(symbols, info.prefixes.join(" "));
                doc.add_text(body, &info.description);
            }
            if let Some(info) = entry.error() {
                doc.add_text(examples, info.examples.join("\n"));
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let reader = index.reader()?;

        let mut exact = QueryParser::for_index(&index, vec![id, title, body, tags, symbols, examples]);
        for (field, boost) in [(title, 3.0), (symbols, 3.0), (tags, 2.0), (id, 2.0), (examples, 1.5)] {
            exact.set_field_boost(field, boost);
        }
        let mut fuzzy = QueryParser::for_index(&index, vec![title, tags, symbols]);
        for field in [title, tags, symbols] {
            fuzzy.set_field_fuzzy(field, false, 1, true);
        }
        Ok(SearchIndex { reader, exact, fuzzy, ordinal, kind, language })
    }

    /// Entries for a user's query, best first. Never fails on odd user text.
    /// Ranked entries for a query. Bounded whatever the query: see [`searchable`].
    pub fn search(&self, query: &SearchQuery) -> Vec<SearchHit> {
        let text = searchable(query.text);
        let text = text.trim();
        if text.is_empty() || query.limit == 0 {
            return Vec::new();
        }
        let (exact, _) = self.exact.parse_query_lenient(text);
        let (fuzzy, _) = self.fuzzy.parse_query_lenient(text);
        let relevance = BooleanQuery::new(vec![
            (Occur::Should, Box::new(BoostQuery::new(exact, 4.0)) as Box<dyn Query>),
            (Occur::Should, Box::new(BoostQuery::new(fuzzy, 0.5))),
        ]);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, Box::new(relevance))];
        if let Some(kind) = query.kind {
            clauses.push((Occur::Must, self.term(self.kind, kind.as_str())));
        }
        if !query.languages.is_empty() {
            let any_language =
                query.languages.iter().map(|l| (Occur::Should, self.term(self.language, l))).collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any_language))));
        }
        let searcher = self.reader.searcher();
        let Ok(top) = searcher.search(&BooleanQuery::new(clauses), &TopDocs::with_limit(query.limit).order_by_score())
        else {
            return Vec::new();
        };
        top.into_iter()
            .filter_map(|(score, address)| {
                let doc: TantivyDocument = searcher.doc(address).ok()?;
                let entry = doc.get_first(self.ordinal)?.as_u64()? as usize;
                Some(SearchHit { entry, score })
            })
            .collect()
    }

    fn term(&self, field: Field, value: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
    }
}

/// Longest query searched: people type words, and the query parser's cost grows with the text.
const MAX_QUERY_CHARS: usize = 256;

/// The query as words: grouping and quoting characters become spaces, so no query nests (800 `(`
/// overflowed a worker's stack in the query parser) and a megabyte of quotes is a few hundred spaces.
pub fn searchable(text: &str) -> String {
    text.chars()
        .take(MAX_QUERY_CHARS)
        .map(|c| if matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | '"' | '\\') { ' ' } else { c })
        .collect()
}
