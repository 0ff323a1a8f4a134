//! The one place that converts between LSP positions and byte offsets.
//!
//! LSP columns count UTF-16 code units unless the client and server agreed on UTF-8 at `initialize`.
//! Lines are separated by `\n`, `\r\n` or `\r` (ropey is built with `cr_lines` and without
//! `unicode_lines`, so it counts exactly those). Positions past the end of a line or of the document
//! are clamped, as the specification asks, so a bogus position can never panic.

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it (no conversion needed), else the mandatory UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// The content of line `line` without its line break.
fn line_without_break(rope: &Rope, line: usize) -> ropey::RopeSlice<'_> {
    let slice = rope.line(line);
    let mut end = slice.len_chars();
    while end > 0 && matches!(slice.char(end - 1), '\n' | '\r') {
        end -= 1;
    }
    slice.slice(..end)
}

/// Byte offset of an LSP position, clamped to the document. O(log n) whatever the line's length: one
/// `didChange` may carry 100,000 changes at the end of a long line.
pub fn to_offset(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_char(line);
    let end = start + line_without_break(rope, line).len_chars();
    let column = position.character as usize;
    // A column inside a character (half a surrogate pair, the middle of a UTF-8 sequence) rounds down:
    // ropey maps a unit inside a character to that character.
    let char_index = match encoding {
        Encoding::Utf8 => rope.byte_to_char(rope.char_to_byte(start).saturating_add(column).min(rope.char_to_byte(end))),
        Encoding::Utf16 => {
            rope.utf16_cu_to_char(rope.char_to_utf16_cu(start).saturating_add(column).min(rope.char_to_utf16_cu(end)))
        }
    };
    rope.char_to_byte(char_index)
}

/// LSP position of a byte offset (clamped to the document and rounded down to a character boundary).
pub fn to_position(rope: &Rope, offset: usize, encoding: Encoding) -> Position {
    let char_index = rope.byte_to_char(offset.min(rope.len_bytes()));
    let line = rope.char_to_line(char_index);
    let line_start = rope.line_to_char(line);
    let character = match encoding {
        Encoding::Utf8 => rope.char_to_byte(char_index) - rope.char_to_byte(line_start),
        Encoding::Utf16 => rope.char_to_utf16_cu(char_index) - rope.char_to_utf16_cu(line_start),
    };
    Position::new(line as u32, character as u32)
}

pub fn to_range(rope: &Rope, range: std::ops::Range<usize>, encoding: Encoding) -> Range {
    Range::new(to_position(rope, range.start, encoding), to_position(rope, range.end, encoding))
}

/// Byte range of an LSP range; a reversed range is treated as empty at its start.
pub fn to_byte_range(rope: &Rope, range: Range, encoding: Encoding) -> std::ops::Range<usize> {
    let start = to_offset(rope, range.start, encoding);
    let end = to_offset(rope, range.end, encoding).max(start);
    start..end
}

/// The text of line `line` (without its break) and the byte offset where it starts; `None` past the end.
pub fn line_text(rope: &Rope, line: u32) -> Option<(String, usize)> {
    let line = line as usize;
    (line < rope.len_lines()).then(|| (line_without_break(rope, line).to_string(), rope.line_to_byte(line)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a🎉b\n名前 é\r\nlast";

    #[test]
    fn utf16_counts_surrogate_pairs_as_two_units() {
        let rope = Rope::from_str(TEXT);
        assert_eq!(to_offset(&rope, Position::new(0, 3), Encoding::Utf16), "a🎉".len());
        assert_eq!(to_position(&rope, "a🎉".len(), Encoding::Utf16), Position::new(0, 3));
        // Half a surrogate pair rounds down to the character's start.
        assert_eq!(to_offset(&rope, Position::new(0, 2), Encoding::Utf16), 1);
    }

    #[test]
    fn utf8_columns_are_bytes() {
        let rope = Rope::from_str(TEXT);
        let line_start = "a🎉b\n".len();
        assert_eq!(to_offset(&rope, Position::new(1, 6), Encoding::Utf8), line_start + "名前".len());
        assert_eq!(to_position(&rope, line_start + "名前 ".len(), Encoding::Utf8), Position::new(1, 7));
    }

    #[test]
    fn combining_marks_count_per_code_point() {
        let rope = Rope::from_str("e\u{301}x");
        assert_eq!(to_offset(&rope, Position::new(0, 2), Encoding::Utf16), "e\u{301}".len());
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let rope = Rope::from_str(TEXT);
        assert_eq!(to_offset(&rope, Position::new(1, 99), Encoding::Utf16), "a🎉b\n名前 é".len());
        assert_eq!(to_offset(&rope, Position::new(99, 0), Encoding::Utf16), TEXT.len());
        assert_eq!(to_position(&rope, 10_000, Encoding::Utf16), Position::new(2, 4));
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let rope = Rope::from_str("a\r\nb\rc");
        assert_eq!(rope.len_lines(), 3);
        assert_eq!(line_text(&rope, 0).unwrap().0, "a");
        assert_eq!(to_position(&rope, 5, Encoding::Utf16), Position::new(2, 0));
    }

    #[test]
    fn unicode_line_separators_are_not_line_breaks() {
        let rope = Rope::from_str("a\u{2028}b\nc");
        assert_eq!(rope.len_lines(), 2);
    }
}
