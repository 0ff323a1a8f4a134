//! LSP snippet syntax (`$1`, `${1:default}`, `${1|a,b|}`, `$0`, variables): validation, and the plain
//! text a client without snippet support should insert.
//!
//! Validation is strict about one trap: `$name` is a snippet *variable*, so a PHP or shell snippet that
//! writes `$pdo` instead of `\$pdo` would insert an empty string. Unknown variable names are errors.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Tabstop(u32),
    Placeholder(u32, Vec<Piece>),
    Choice(u32, Vec<String>),
    Variable(String, Vec<Piece>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// 0-based line within the snippet.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line + 1, self.message)
    }
}

/// Variables defined by the LSP specification and VS Code; anything else is most likely a literal `$`.
const KNOWN_VARIABLES: &[&str] = &[
    "TM_SELECTED_TEXT", "TM_CURRENT_LINE", "TM_CURRENT_WORD", "TM_LINE_INDEX", "TM_LINE_NUMBER",
    "TM_FILENAME", "TM_FILENAME_BASE", "TM_DIRECTORY", "TM_FILEPATH", "RELATIVE_FILEPATH", "CLIPBOARD",
    "WORKSPACE_NAME", "WORKSPACE_FOLDER", "CURSOR_INDEX", "CURSOR_NUMBER", "CURRENT_YEAR",
    "CURRENT_YEAR_SHORT", "CURRENT_MONTH", "CURRENT_MONTH_NAME", "CURRENT_MONTH_NAME_SHORT",
    "CURRENT_DATE", "CURRENT_DAY_NAME", "CURRENT_DAY_NAME_SHORT", "CURRENT_HOUR", "CURRENT_MINUTE",
    "CURRENT_SECOND", "CURRENT_SECONDS_UNIX", "CURRENT_TIMEZONE_OFFSET", "RANDOM", "RANDOM_HEX", "UUID",
    "BLOCK_COMMENT_START", "BLOCK_COMMENT_END", "LINE_COMMENT",
];

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    source: &'a str,
    /// Placeholders open around the current position.
    depth: usize,
}

/// Deepest nesting of placeholders accepted: real snippets nest two or three; 20,000 exhausted the stack.
const MAX_DEPTH: usize = 32;
/// Longest snippet accepted, in bytes.
const MAX_LEN: usize = 64 << 10;

pub fn parse(source: &str) -> Result<Vec<Piece>, SyntaxError> {
    if source.len() > MAX_LEN {
        return Err(SyntaxError { line: 0, message: format!("the snippet is over {MAX_LEN} bytes") });
    }
    let mut parser = Parser { chars: source.chars().collect(), pos: 0, source, depth: 0 };
    parser.sequence(false)
}

impl Parser<'_> {
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        let consumed: usize = self.chars[..self.pos.min(self.chars.len())].iter().map(|c| c.len_utf8()).sum();
        let line = self.source[..consumed.min(self.source.len())].matches('\n').count();
        SyntaxError { line, message: message.into() }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// Pieces up to the end, or up to an unescaped `}` when `nested` (the `}` is left unconsumed).
    fn sequence(&mut self, nested: bool) -> Result<Vec<Piece>, SyntaxError> {
        if nested {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(self.error(format!("placeholders nested deeper than {MAX_DEPTH} levels")));
            }
        }
        let pieces = self.pieces(nested);
        if nested {
            self.depth -= 1;
        }
        pieces
    }

    fn pieces(&mut self, nested: bool) -> Result<Vec<Piece>, SyntaxError> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '\\' => {
                    self.pos += 1;
                    match self.peek() {
                        Some(escaped @ ('$' | '}' | '\\')) => {
                            text.push(escaped);
                            self.pos += 1;
                        }
                        _ => text.push('\\'),
                    }
                }
                '}' if nested => break,
                '$' => {
                    if let Some(piece) = self.dollar()? {
                        if !text.is_empty() {
                            pieces.push(Piece::Text(std::mem::take(&mut text)));
                        }
                        pieces.push(piece);
                    } else {
                        text.push('$');
                    }
                }
                _ => {
                    text.push(c);
                    self.pos += 1;
                }
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(pieces)
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        (self.pos > start).then(|| self.chars[start..self.pos].iter().collect::<String>().parse().ok())?
    }

    fn name(&mut self) -> Option<String> {
        let start = self.pos;
        if !self.peek().is_some_and(|c| c == '_' || c.is_ascii_alphabetic()) {
            return None;
        }
        while self.peek().is_some_and(|c| c == '_' || c.is_ascii_alphanumeric()) {
            self.pos += 1;
        }
        Some(self.chars[start..self.pos].iter().collect())
    }

    fn known_variable(&self, name: &str) -> Result<(), SyntaxError> {
        if KNOWN_VARIABLES.contains(&name) {
            Ok(())
        } else {
            Err(self.error(format!("unknown snippet variable `${name}`: write `\\${name}` for a literal `$`")))
        }
    }

    /// At a `$`: a tabstop, placeholder, choice or variable; `None` when the `$` is literal text.
    fn dollar(&mut self) -> Result<Option<Piece>, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        if let Some(n) = self.number() {
            return Ok(Some(Piece::Tabstop(n)));
        }
        if let Some(name) = self.name() {
            self.known_variable(&name)?;
            return Ok(Some(Piece::Variable(name, Vec::new())));
        }
        if self.peek() != Some('{') {
            self.pos = start + 1;
            return Ok(None);
        }
        self.pos += 1;
        if let Some(n) = self.number() {
            return match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    Ok(Some(Piece::Tabstop(n)))
                }
                Some(':') => {
                    self.pos += 1;
                    let inner = self.sequence(true)?;
                    self.close()?;
                    Ok(Some(Piece::Placeholder(n, inner)))
                }
                Some('|') => {
                    self.pos += 1;
                    Ok(Some(Piece::Choice(n, self.choices()?)))
                }
                _ => Err(self.error(format!("`${{{n}` must be followed by `}}`, `:` or `|`"))),
            };
        }
        if let Some(name) = self.name() {
            self.known_variable(&name)?;
            return match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    Ok(Some(Piece::Variable(name, Vec::new())))
                }
                Some(':') => {
                    self.pos += 1;
                    let inner = self.sequence(true)?;
                    self.close()?;
                    Ok(Some(Piece::Variable(name, inner)))
                }
                _ => Err(self.error(format!("`${{{name}` must be followed by `}}` or `:`"))),
            };
        }
        Err(self.error("`${` must be followed by a tabstop number or a variable name; write `\\${` for a literal"))
    }

    fn close(&mut self) -> Result<(), SyntaxError> {
        if self.peek() == Some('}') {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error("a placeholder is not closed by `}`"))
        }
    }

    fn choices(&mut self) -> Result<Vec<String>, SyntaxError> {
        let mut options = vec![String::new()];
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                '\\' => match self.peek() {
                    Some(escaped @ (',' | '|' | '\\' | '$' | '}')) => {
                        options.last_mut().expect("never empty").push(escaped);
                        self.pos += 1;
                    }
                    _ => options.last_mut().expect("never empty").push('\\'),
                },
                ',' => options.push(String::new()),
                '|' if self.peek() == Some('}') => {
                    self.pos += 1;
                    return Ok(options);
                }
                _ => options.last_mut().expect("never empty").push(c),
            }
        }
        Err(self.error("a choice `${n|...|}` is not closed by `|}`"))
    }
}

/// The text a client without snippet support inserts: placeholders become their defaults, choices
/// their first option, bare tabstops and variables nothing.
pub fn to_plain_text(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Tabstop(_) => {}
            Piece::Placeholder(_, inner) | Piece::Variable(_, inner) => out.push_str(&to_plain_text(inner)),
            Piece::Choice(_, options) => out.push_str(options.first().map(String::as_str).unwrap_or("")),
        }
    }
    out
}

/// Plain text of a snippet source; the source is returned unchanged if it does not parse.
pub fn plain_text(source: &str) -> String {
    parse(source).map(|pieces| to_plain_text(&pieces)).unwrap_or_else(|_| source.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_with_20000_nested_placeholders_is_an_error_not_a_crash() {
        let nested = |n: usize| format!("{}x{}", "${1:".repeat(n), "}".repeat(n));
        assert!(parse(&nested(20_000)).is_err());
        assert!(parse(&nested(5_000)).unwrap_err().message.contains("nested deeper"));
        assert!(parse(&nested(3)).is_ok());
    }

    #[test]
    fn placeholders_resolve_to_their_defaults() {
        assert_eq!(plain_text("def ${1:name}(${2:arg}):\n    ${3:pass}$0"), "def name(arg):\n    pass");
        assert_eq!(plain_text("${1|GET,POST|} ${2:${3:nested}}"), "GET nested");
        assert_eq!(plain_text(r"\$pdo = new PDO(\$dsn);"), "$pdo = new PDO($dsn);");
        assert_eq!(plain_text("${TM_FILENAME_BASE:file}"), "file");
    }

    #[test]
    fn a_bare_php_variable_is_reported_as_unknown_snippet_variable() {
        let err = parse("function f() {\n  return $pdo;\n}").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("`$pdo`"), "{}", err.message);
    }

    #[test]
    fn unclosed_placeholder_and_stray_brace_are_errors() {
        assert!(parse("${1:name").is_err());
        assert!(parse("${1|a,b").is_err());
        assert!(parse("${1:a}}").is_ok(), "a `}}` outside any placeholder is text");
    }

    #[test]
    fn a_dollar_before_a_non_name_is_literal_text() {
        assert_eq!(plain_text("cost: 5$ and $(cmd) and $"), "cost: 5$ and $(cmd) and $");
    }
}
