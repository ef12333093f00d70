//! Lossless tokenization.
//!
//! Text is cut at Unicode word boundaries (UAX #29), so every byte of the input lands in exactly
//! one token and concatenating the tokens gives the input back. Each token has a [`TokenKind`]
//! and a comparison key (see [`crate::engine::normalize`]) so that `“said,”` and `"said"` differ
//! only in their punctuation tokens:
//!
//! ```text
//! “Said,” he   →  “ | Said | , | ” | ␠ | he
//! ```

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::normalize::comparison_key;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes or marks inside), e.g. `Shoigu`, `isn’t`.
    Word,
    /// A token whose first character is a digit, e.g. `2021`, `7.5`, `24.4`.
    Number,
    /// Anything that is neither a word, a number nor whitespace: `,` `“` `–` `…` `$` `🙂`.
    Punct,
    /// A run of whitespace, including line breaks.
    Space,
}

/// One token: a byte range of the input, its kind and its comparison key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte in the input.
    pub start: usize,
    /// Byte offset one past the last byte in the input.
    pub end: usize,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Case-folded, NFKC-normalized text with quotes and dashes folded; equal keys compare equal.
    pub key: String,
}

impl Token {
    /// The token's text, given the input it was cut from.
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.start..self.end]
    }

    /// True for words and numbers: the tokens that carry meaning in a diff.
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// Cuts `input` into tokens at Unicode word boundaries.
///
/// The tokens cover the input without gaps or overlaps, in order.
pub fn tokenize(input: &str) -> Vec<Token> {
    input
        .split_word_bound_indices()
        .map(|(start, piece)| {
            let kind = classify_piece(piece);
            Token {
                start,
                end: start + piece.len(),
                kind,
                key: match kind {
                    // All whitespace compares equal: a line break where another outlet has a
                    // space is not a difference worth showing.
                    TokenKind::Space => " ".to_string(),
                    _ => comparison_key(piece),
                },
            }
        })
        .collect()
}

fn classify_piece(piece: &str) -> TokenKind {
    let mut chars = piece.chars();
    let first = chars.next().unwrap_or(' ');
    if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if first.is_numeric() {
        TokenKind::Number
    } else if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        tokenize(input).iter().map(|t| t.text(input)).collect()
    }

    #[test]
    fn words_punctuation_and_space_are_separate_tokens() {
        assert_eq!(
            texts("“Said,” he."),
            ["“", "Said", ",", "”", " ", "he", "."]
        );
    }

    #[test]
    fn said_with_and_without_comma_share_the_word_key() {
        let a = tokenize("said,");
        let b = tokenize("said");
        assert_eq!(a[0].key, b[0].key);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].kind, TokenKind::Punct);
    }

    #[test]
    fn keys_fold_case_quotes_and_dashes() {
        let a = tokenize("Isn’t – “X”");
        let b = tokenize("isn't - \"x\"");
        let ka: Vec<_> = a.iter().map(|t| t.key.as_str()).collect();
        let kb: Vec<_> = b.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(ka, kb);
    }

    #[test]
    fn numbers_keep_their_decimal_point() {
        let toks = tokenize("about 24.4 million");
        let number = toks.iter().find(|t| t.kind == TokenKind::Number).unwrap();
        assert_eq!(number.text("about 24.4 million"), "24.4");
    }

    #[test]
    fn empty_input_has_no_tokens() {
        assert!(tokenize("").is_empty());
    }
}
