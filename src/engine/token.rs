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
//!
//! Cost: one pass over the text: ASCII stretches are split by hand, stretches with other
//! characters by UAX #29 (`unicode-segmentation`), each once.

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::key::Key;
use super::normalize::{comparison_key, fold_mark};

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
    pub key: Key,
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

/// Cuts `input` into tokens at Unicode word boundaries (UAX #29).
///
/// The tokens cover the input without gaps or overlaps, in order.
///
/// Most of any news text is ASCII words between ASCII spaces, and UAX #29 always breaks on
/// both sides of a run of spaces (unless a combining mark follows the run; such text takes the
/// general path). So the text is cut at its space runs first; stretches of pure ASCII are
/// segmented by `ascii_word_end`, which applies the UAX #29 rules that can fire within
/// ASCII, and every other stretch, together with the spaces before it, by the general
/// segmenter. A property test checks that both paths agree with the general segmenter alone.
pub fn tokenize(input: &str) -> Vec<Token> {
    tokens_of::<true>(input)
}

/// The tokens of [`tokenize`] that are not whitespace: all a word diff compares, and about
/// half as many to make (a diff of two whole texts needs nothing else).
pub fn word_tokens(input: &str) -> Vec<Token> {
    tokens_of::<false>(input)
}

/// [`tokenize`], with or without the whitespace tokens.
fn tokens_of<const SPACES: bool>(input: &str) -> Vec<Token> {
    let bytes = input.as_bytes();
    // News text averages some six bytes a word, each word with a space and some with a
    // punctuation mark: room enough that the vector rarely has to move.
    let mut tokens = Vec::with_capacity(input.len() / if SPACES { 2 } else { 4 } + 1);
    let mut at = 0;
    while at < bytes.len() {
        // One pass finds the spaces, the stretch after them, and whether it is all ASCII.
        let mut spaces_end = at;
        while spaces_end < bytes.len() && bytes[spaces_end] == b' ' {
            spaces_end += 1;
        }
        let (mut stretch_end, mut high_bits) = (spaces_end, 0u8);
        while stretch_end < bytes.len() && bytes[stretch_end] != b' ' {
            high_bits |= bytes[stretch_end];
            stretch_end += 1;
        }
        if high_bits < 0x80 {
            if SPACES && spaces_end > at {
                tokens.push(space_token(at, spaces_end));
            }
            let mut i = spaces_end;
            while i < stretch_end {
                let end = ascii_word_end(bytes, i, stretch_end);
                let piece = &bytes[i..end];
                let kind = classify_ascii(piece);
                if kind != TokenKind::Space {
                    tokens.push(Token {
                        start: i,
                        end,
                        kind,
                        key: Key::of_ascii(piece)
                            .unwrap_or_else(|| Key::from(comparison_key(&input[i..end]))),
                    });
                } else if SPACES {
                    tokens.push(space_token(i, end));
                }
                i = end;
            }
        } else if !news_tokens(input, at, spaces_end, stretch_end, SPACES, &mut tokens) {
            general_tokens(input, at, stretch_end, SPACES, &mut tokens);
        }
        at = stretch_end;
    }
    tokens
}

/// An ASCII byte that the word-break rules treat as they treat `c`, for the characters news
/// text is full of beyond ASCII: curly quotes, dashes, the ellipsis, guillemets, the no-break
/// space, and the Latin letters with diacritics (U+00C0–U+024F but `×` and `÷`). `None` for
/// anything else (marks, other scripts, the narrow no-break space, which joins words): such a
/// stretch takes the general path. The news path then cuts the stand-ins with the ASCII rules.
///
/// | characters | class | stands in |
/// |---|---|---|
/// | `’` `‘` | MidNumLet | `.` (`isn’t` is one word) |
/// | `“` `”` `–` `—` `…` `«` `»` NBSP | none | `"`: each a token of its own |
/// | `é` `Ø` `ł` `ș` | ALetter | `a` |
fn news_stand_in(c: char) -> Option<u8> {
    if c.is_ascii() {
        return Some(c as u8);
    }
    match u32::from(c) {
        0x2018 | 0x2019 => Some(b'.'),
        0x201C | 0x201D | 0x2013 | 0x2014 | 0x2026 | 0x00AB | 0x00BB | 0x00A0 => Some(b'"'),
        0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F => Some(b'a'),
        _ => None,
    }
}

/// The tokens of a stretch (`spaces_end..stretch_end`, after the spaces from `at`) whose
/// characters all have a [`news_stand_in`], by the same rules as the ASCII path; false (and no
/// tokens) when one has none. News text is full of such stretches (`“Said,”`, `Orlová`,
/// `2,000—`), and the general segmenter costs several times as much per character.
fn news_tokens(
    input: &str,
    at: usize,
    spaces_end: usize,
    stretch_end: usize,
    spaces: bool,
    tokens: &mut Vec<Token>,
) -> bool {
    let stretch = &input[spaces_end..stretch_end];
    // One stand-in byte per character, and where each character starts.
    let mut stand_ins: Vec<u8> = Vec::with_capacity(stretch.len());
    let mut starts: Vec<usize> = Vec::with_capacity(stretch.len());
    for (offset, c) in stretch.char_indices() {
        match news_stand_in(c) {
            Some(b) => {
                stand_ins.push(b);
                starts.push(spaces_end + offset);
            }
            None => return false,
        }
    }
    if spaces && spaces_end > at {
        tokens.push(space_token(at, spaces_end));
    }
    let mut k = 0;
    while k < stand_ins.len() {
        let next = ascii_word_end(&stand_ins, k, stand_ins.len());
        let (start, end) = (starts[k], starts.get(next).copied().unwrap_or(stretch_end));
        let piece = &input[start..end];
        let ascii = piece.is_ascii();
        let kind = if ascii {
            classify_ascii(piece.as_bytes())
        } else {
            classify_piece(piece)
        };
        if kind != TokenKind::Space {
            let key = if ascii {
                Key::of_ascii(piece.as_bytes())
            } else {
                // A lone quote mark or dash (most of news text's non-ASCII): its ASCII fold,
                // without building a string. (Not the ellipsis: its key is NFKC's `...`.)
                let mut chars = piece.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if c != '\u{2026}' && fold_mark(c).is_ascii() => {
                        Key::of_ascii(&[fold_mark(c) as u8])
                    }
                    _ => None,
                }
            };
            tokens.push(Token {
                start,
                end,
                kind,
                key: key.unwrap_or_else(|| Key::from(comparison_key(piece))),
            });
        } else if spaces {
            tokens.push(space_token(start, end));
        }
        k = next;
    }
    true
}

fn space_token(start: usize, end: usize) -> Token {
    Token {
        start,
        end,
        kind: TokenKind::Space,
        key: Key::SPACE,
    }
}

/// Tokens of `input[from..to]` through the general UAX #29 segmenter (whitespace tokens only
/// when `spaces`).
fn general_tokens(input: &str, from: usize, to: usize, spaces: bool, tokens: &mut Vec<Token>) {
    for (offset, piece) in input[from..to].split_word_bound_indices() {
        let start = from + offset;
        let kind = classify_piece(piece);
        if kind == TokenKind::Space && !spaces {
            continue;
        }
        tokens.push(Token {
            start,
            end: start + piece.len(),
            kind,
            key: match kind {
                // All whitespace compares equal: a line break where another outlet has a
                // space is not a difference worth showing.
                TokenKind::Space => Key::SPACE,
                _ if piece.is_ascii() => Key::of_ascii(piece.as_bytes())
                    .unwrap_or_else(|| Key::from(comparison_key(piece))),
                _ => Key::from(comparison_key(piece)),
            },
        });
    }
}

/// The UAX #29 word-break class of an ASCII byte, as far as the rules tell them apart.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AsciiClass {
    /// `A`–`Z`, `a`–`z` (ALetter).
    Letter,
    /// `0`–`9` (Numeric).
    Digit,
    /// `_` (ExtendNumLet).
    Connector,
    /// `:` (MidLetter): joins letters only.
    MidLetter,
    /// `.` and `'` (MidNumLet, Single_Quote): join letters and join digits.
    MidBoth,
    /// `,` and `;` (MidNum): join digits only.
    MidNum,
    /// Carriage return: stays with a line feed after it.
    CarriageReturn,
    /// Everything else, each byte a token of its own.
    Other,
}

/// [`AsciiClass`] of every byte below 128, looked up rather than matched: the tokenizer asks
/// for every byte of a text.
const ASCII_CLASSES: [AsciiClass; 128] = {
    let mut classes = [AsciiClass::Other; 128];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => AsciiClass::Letter,
            b'0'..=b'9' => AsciiClass::Digit,
            b'_' => AsciiClass::Connector,
            b':' => AsciiClass::MidLetter,
            b'.' | b'\'' => AsciiClass::MidBoth,
            b',' | b';' => AsciiClass::MidNum,
            b'\r' => AsciiClass::CarriageReturn,
            _ => AsciiClass::Other,
        };
        b += 1;
    }
    classes
};

#[inline(always)]
fn ascii_class(b: u8) -> AsciiClass {
    ASCII_CLASSES[usize::from(b & 0x7f)]
}

/// Where the word that starts at `start` ends, within ASCII `bytes[..limit]` that contain no
/// space: letters, digits and `_` join (WB5, WB8–WB10, WB13a/b), a letter-mid-letter or
/// digit-mid-digit triple joins (WB6/7, WB11/12), CR LF is one token (WB3), and anything else
/// stands alone (WB999).
#[inline(always)] // once per token, from one place
fn ascii_word_end(bytes: &[u8], start: usize, limit: usize) -> usize {
    use AsciiClass::*;
    let joins = |c: AsciiClass| matches!(c, Letter | Digit | Connector);
    match ascii_class(bytes[start]) {
        CarriageReturn => {
            return if start + 1 < limit && bytes[start + 1] == b'\n' {
                start + 2
            } else {
                start + 1
            };
        }
        c if !joins(c) => return start + 1,
        _ => {}
    }
    let mut end = start + 1;
    loop {
        while end < limit && joins(ascii_class(bytes[end])) {
            end += 1;
        }
        if end >= limit {
            break;
        }
        let (prev, next) = (ascii_class(bytes[end - 1]), ascii_class(bytes[end]));
        let after = if end + 1 < limit {
            Some(ascii_class(bytes[end + 1]))
        } else {
            None
        };
        let letters =
            prev == Letter && matches!(next, MidLetter | MidBoth) && after == Some(Letter);
        let digits = prev == Digit && matches!(next, MidNum | MidBoth) && after == Some(Digit);
        if letters || digits {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// [`classify_piece`] for an ASCII piece, by bytes: the ASCII path cuts most of a text, and
/// decoding characters there cost nearly a tenth of a whole diff in the size-optimised wasm.
#[inline(always)] // once per token
fn classify_ascii(piece: &[u8]) -> TokenKind {
    // Nearly every piece is a word or a number; those are told by their first byte.
    match piece.first().map(|&b| ascii_class(b)) {
        Some(AsciiClass::Letter) => return TokenKind::Word,
        Some(AsciiClass::Digit) => return TokenKind::Number,
        _ => {}
    }
    // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, CR, space.
    if piece.iter().all(|b| matches!(b, b'\t'..=b'\r' | b' ')) {
        TokenKind::Space
    } else if piece.first().is_some_and(u8::is_ascii_digit) {
        TokenKind::Number
    } else if piece.iter().any(u8::is_ascii_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
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

    proptest::proptest! {
        #[test]
        fn ascii_pieces_are_classified_as_any_piece_is(piece in "[ -~\t-\r]{1,4}") {
            proptest::prop_assert_eq!(classify_ascii(piece.as_bytes()), classify_piece(&piece));
        }
    }

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
    fn the_news_path_keys_every_token_as_the_normalizer_does() {
        let text = "“Orlová isn’t here,” — Ærø said… «ship» ‘2,000’ – Łódź\u{a0}ǅ";
        for t in tokenize(text) {
            if t.kind != TokenKind::Space {
                let piece = t.text(text);
                assert_eq!(t.key.as_str(), comparison_key(piece), "{piece}");
            }
        }
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
