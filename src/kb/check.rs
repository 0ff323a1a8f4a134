//! `corpus check`: the rules a corpus must keep beyond parsing. Every example matches its own entry
//! and ranks it first, strictly; every fix turns its
//! `before` into its `after`; bodies have their sections.

use super::entry::{Entry, Problem};
use super::fix;
use super::matcher::Ranked;
use super::{Corpus, DiagnosticCode};
use std::collections::HashMap;

const ERROR_SECTIONS: [&str; 4] = ["Root cause", "Fix", "Example", "Common mistakes"];
const NOTE_SECTIONS: [&str; 3] = ["Deep dive", "In production", "Common mistakes"];
const MIN_EXAMPLES: usize = 2;

/// What the matcher answered for each example so far. A team corpus copies entries between families,
/// and a copied example costs a lookup, not a scan (nor recompiling regexes the matcher dropped).
#[derive(Default)]
struct Found<'a> {
    /// Each example's ranking by message alone.
    rankings: HashMap<&'a str, Vec<Ranked>>,
    /// The entry each example finds together with a code.
    by_code: HashMap<(&'a str, &'a DiagnosticCode), Option<usize>>,
}

impl Corpus {
    /// All problems of the loaded entries, sorted by file and line.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut found = Found::default();
        for (index, entry) in self.entries.iter().enumerate() {
            self.check_entry(index, entry, &mut found, &mut problems);
        }
        problems.sort();
        problems
    }

    fn check_entry<'a>(&'a self, index: usize, entry: &'a Entry, found: &mut Found<'a>, problems: &mut Vec<Problem>) {
        let mut report = |line: usize, message: String| problems.push(Problem::new(&entry.source, line, message));
        let line_of = |needle: &str, field: &str| entry.line_of(needle).or_else(|| entry.line_of(field)).unwrap_or(1);
        // An example's own line: where it stands quoted, not where the title repeats its text.
        let example_line = |example: &str| {
            [format!("\"{example}\""), format!("'{example}'")]
                .iter()
                .find_map(|quoted| entry.line_of(quoted))
                .unwrap_or_else(|| line_of("examples", "examples"))
        };
        let required: &[&str] = match entry.kind() {
            super::Kind::Error => &ERROR_SECTIONS,
            super::Kind::Note => &NOTE_SECTIONS,
            super::Kind::Snippet => &[],
        };
        for name in required {
            if super::render::section(&entry.body, name).is_none() {
                report(entry.body_line, format!("the body has no `## {name}` section"));
            }
        }
        let Some(info) = entry.error() else { return };
        if info.examples.len() < MIN_EXAMPLES {
            report(line_of("examples", "examples"), format!("an error entry needs at least {MIN_EXAMPLES} real examples"));
        }
        for (position, example) in info.examples.iter().enumerate() {
            if info.examples[..position].contains(example) {
                report(
                    example_line(example),
                    format!("example {example:?} is listed twice: give a second real message that differs"),
                );
            }
        }
        let mut first_params = None;
        for example in &info.examples {
            let ranking = found.rankings.entry(example).or_insert_with(|| self.matcher().rank_line(example, None));
            match ranking.first() {
                None => report(example_line(example), format!("example matches no entry: {example:?}")),
                Some(best) if best.entry != index => report(
                    example_line(example),
                    format!("example {example:?} ranks `{}` first, not this entry", self.entries[best.entry].id),
                ),
                Some(best) => {
                    if let Some(tie) = ranking.get(1).filter(|r| r.points == best.points) {
                        report(
                            example_line(example),
                            format!(
                                "example {example:?} ties with `{}`: make one pattern more specific or merge them",
                                self.entries[tie.entry].id
                            ),
                        );
                    }
                    first_params.get_or_insert_with(|| best.params.clone());
                }
            }
        }
        // A code must lead to this entry even when another entry's pattern fits the message better.
        for code in &info.codes {
            for example in &info.examples {
                let by_code = *found
                    .by_code
                    .entry((example, code))
                    .or_insert_with(|| self.explain_diagnostic(example, Some(code), None).map(|o| o.entry));
                if by_code != Some(index) {
                    let other = by_code.map_or("nothing".to_string(), |e| format!("`{}`", self.entries[e].id));
                    report(
                        line_of(&format!("{}:{}", code.tool, code.code), "codes"),
                        format!("example {example:?} with code `{}:{}` finds {other}, not this entry", code.tool, code.code),
                    );
                }
            }
        }
        let params = first_params.unwrap_or_default();
        for recipe in &info.fixes {
            let line = line_of(&recipe.title, "[[fixes]]");
            match fix::apply(recipe, &params, &recipe.before) {
                Err(err) => report(line, format!("fix {:?}: {err}", recipe.title)),
                Ok(None) => report(line, format!("fix {:?}: `find` does not match its `before`", recipe.title)),
                Ok(Some(after)) if after != recipe.after => report(
                    line,
                    format!("fix {:?}: gives {after:?}, expected `after` {:?}", recipe.title, recipe.after),
                ),
                Ok(Some(_)) => {}
            }
        }
    }
}
