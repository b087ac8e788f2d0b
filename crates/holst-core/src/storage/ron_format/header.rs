//! The `format_version` a file declares, read as the model's field: the first field after
//! the opening parenthesis, as Holst writes it; failing that, the field of the top-level
//! struct by serde (which needs only valid RON, not a model this Holst understands).
//! A text that merely contains `format_version: 9` (say in a title) declares nothing.

use serde::Deserialize;

/// The declared version and where its field name starts (1-based line and column; `None`
/// when the version came from the serde fallback and the place is not known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Declared {
    pub version: u64,
    pub at: Option<(usize, usize)>,
}

/// Only the field this module wants; serde skips the others whatever they hold.
#[derive(Deserialize)]
struct Header {
    format_version: u64,
}

/// The `format_version` field of the top-level struct, if it has one.
pub(super) fn declared(text: &str) -> Option<Declared> {
    leading(text).or_else(|| {
        ron::from_str::<Header>(text).ok().map(|h| Declared {
            version: h.format_version,
            at: None,
        })
    })
}

/// A scanner over the start of a RON text, skipping whitespace and comments.
struct Scan<'a> {
    rest: &'a str,
    line: usize,
    column: usize,
}

impl<'a> Scan<'a> {
    fn bump(&mut self, bytes: usize) {
        let (done, rest) = self.rest.split_at(bytes);
        for c in done.chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.rest = rest;
    }

    /// Skips whitespace, `//` and (nested) `/* */` comments and `#![…]` attributes;
    /// `None` on an unclosed comment.
    fn skip(&mut self) -> Option<()> {
        loop {
            let trimmed = self.rest.trim_start();
            self.bump(self.rest.len() - trimmed.len());
            if self.rest.starts_with("//") {
                let end = self.rest.find('\n').unwrap_or(self.rest.len());
                self.bump(end);
            } else if self.rest.starts_with("/*") {
                let end = block_comment_len(self.rest)?;
                self.bump(end);
            } else if self.rest.starts_with("#!") {
                let end = self.rest.find(']')? + 1;
                self.bump(end);
            } else {
                return Some(());
            }
        }
    }

    fn eat(&mut self, token: &str) -> Option<()> {
        self.skip()?;
        self.rest.starts_with(token).then(|| self.bump(token.len()))
    }

    /// An identifier (letters, digits, `_`), possibly empty.
    fn ident(&mut self) -> Option<&'a str> {
        self.skip()?;
        let len = self
            .rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(self.rest.len());
        let (word, _) = self.rest.split_at(len);
        self.bump(len);
        Some(word)
    }
}

/// Length in bytes of the `/* … */` comment at the start of `text`, nesting counted.
fn block_comment_len(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// `(format_version: N` (or `Model(format_version: N`) at the start of the text.
fn leading(text: &str) -> Option<Declared> {
    let mut s = Scan {
        rest: text,
        line: 1,
        column: 1,
    };
    let name = s.ident()?;
    if !(name.is_empty() || name == "Model") {
        return None;
    }
    s.eat("(")?;
    s.skip()?;
    let at = (s.line, s.column);
    if s.ident()? != "format_version" {
        return None;
    }
    s.eat(":")?;
    s.skip()?;
    let digits = s
        .rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(s.rest.len());
    let version = s.rest.get(..digits)?.parse().ok()?;
    Some(Declared {
        version,
        at: Some(at),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> Option<u64> {
        declared(text).map(|d| d.version)
    }

    #[test]
    fn the_leading_field_is_read_through_comments_and_a_struct_name() {
        let d = declared("// a model\n/* a /* nested */ note */ Model (\n  format_version : 3,")
            .unwrap();
        assert_eq!(d.version, 3);
        assert_eq!(d.at, Some((3, 3)));
        assert_eq!(
            version("#![enable(implicit_some)]\n(format_version: 2"),
            Some(2)
        );
    }

    #[test]
    fn a_text_mentioning_the_field_declares_nothing() {
        assert_eq!(
            version("(title: \"format_version: 9\", versions: [], format_version: 1)"),
            Some(1),
            "the field itself, by serde, when it is not first"
        );
        assert_eq!(
            version("(title: \"format_version: 9\", versions: [])"),
            None
        );
        assert_eq!(version("[format_version: 9]"), None);
        assert_eq!(version("(format_version: x)"), None);
    }
}
