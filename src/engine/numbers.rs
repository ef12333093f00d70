//! Numbers as values, however an article writes them, so that the same figure matches and a
//! different one is seen as different.
//!
//! | written | value |
//! |---|---|
//! | `2,500` · `2.500` · `2 500` · `2500` | 2500 |
//! | `2.5 thousand` · `2.5k` · `two and a half thousand` | 2500 |
//! | `31 thousand` · `31,000` · `31.000` | 31000 |
//! | `500 [thousand]` | 500000 |
//! | `seven` · `7` · `۷` (Persian) · `٧` (Arabic) | 7 |
//! | `7.5 million` · `7.5m` | 7500000 |
//! | `24.4` | 24.4 |
//! | `1990s` · `90s` · `’90s` · `90-х` (Russian) | 90 (a decade, as its two digits; `1900s` stays 1900) |
//!
//! A dot or a comma followed by exactly three digits separates thousands (`2.500` is 2500, as
//! in most of Europe; `24.4` and `2.55` are fractions). Values are kept in thousandths, as
//! integers, so no float is ever formatted (that would link Rust's float printing into the
//! wasm).
//!
//! Cost: a look at a few tokens from each number.

use super::lexicon::is_number_word;
use super::order::sort_by_rank;
use super::token::{Token, TokenKind};
use crate::engine::normalize::Lowercase;

/// A number's value, in thousandths (`2.5` is 2500).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Value(pub i128);

impl Value {
    /// The value as a rank for [`super::order::sort_by_rank`], in the same order.
    pub fn rank(self) -> u128 {
        (self.0 as u128) ^ (1 << 127)
    }

    /// The value as text, for a key: whole numbers as they are (`2500`), others with their
    /// fraction (`24.4`).
    ///
    /// Written through `i64` (figures beyond ±9.2 × 10¹⁸ share one key): the wasm then needs no
    /// 128-bit formatting of its own.
    pub fn key(self) -> String {
        let whole = (self.0 / 1000).clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        let frac = (self.0 % 1000).unsigned_abs() as u16;
        if frac == 0 {
            format!("#{whole}")
        } else {
            let digits = format!("{frac:03}");
            format!("#{whole}.{}", digits.trim_end_matches('0'))
        }
    }

    /// True for a year of the last two centuries or the next (`1999`, `2031`): dates more
    /// than figures.
    pub fn is_year(self) -> bool {
        self.0 % 1000 == 0 && (1_900_000..2_100_000).contains(&self.0)
    }
}

/// A number found at a token: its value and how many tokens (spaces included) it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// Its value.
    pub value: Value,
    /// The tokens it takes, from the one it starts at.
    pub tokens: usize,
}

/// The value of a word that names a number (`seven`, `dozen`, `twenty`).
fn word_value(key: &str) -> Option<i128> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == key) {
        return Some(i as i128);
    }
    if let Some(i) = TENS.iter().position(|t| *t == key) {
        return Some(20 + 10 * i as i128);
    }
    match key {
        "dozen" => Some(12),
        "hundred" => Some(100),
        _ => ordinal_value(key),
    }
}

/// The value of an ordinal word (`fifteenth`, `twentieth`, `third`).
fn ordinal_value(key: &str) -> Option<i128> {
    const ORDINALS: [&str; 20] = [
        "",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    if let Some(i) = ORDINALS.iter().position(|o| !o.is_empty() && *o == key) {
        return Some(i as i128);
    }
    const TENS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    TENS.iter()
        .position(|t| *t == key)
        .map(|i| 20 + 10 * i as i128)
}

/// The factor of a word that multiplies the number before it (`thousand`, `million`, `bn`).
fn multiplier(key: &str) -> Option<i128> {
    match key {
        "hundred" => Some(100),
        "thousand" | "k" => Some(1_000),
        "million" | "millions" | "m" | "mln" => Some(1_000_000),
        "billion" | "billions" | "bn" => Some(1_000_000_000),
        "trillion" => Some(1_000_000_000_000),
        _ => None,
    }
}

/// True for an ordinal, in words or in figures (`second`, `twentieth`, `20th`, `1st`).
pub fn is_ordinal(key: &str) -> bool {
    if ordinal_value(key).is_some() {
        return true;
    }
    let digits = key.trim_end_matches(|c: char| c.is_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&key[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// True for a word that writes (part of) a figure: a number word, an ordinal or a multiplier
/// (`seven`, `twentieth`, `thousand`, `bn`).
pub fn writes_a_figure(key: &str) -> bool {
    is_number_word(key) || ordinal_value(key).is_some() || multiplier(key).is_some()
}

/// The digits of a numeral in any script (`7`, `۷`, `٧`, `७`) as ASCII; other characters kept.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            let zero = match c {
                '٠'..='٩' => Some('٠'),
                '۰'..='۹' => Some('۰'),
                '०'..='९' => Some('०'),
                _ => None,
            };
            match zero {
                Some(z) => char::from(b'0' + (c as u32 - z as u32) as u8),
                None => c,
            }
        })
        .collect()
}

/// The value of one numeral token (`2,500`, `2.500`, `24.4`, `7.5m`), in thousandths, and the
/// multiplier it carries as a suffix (`2.5k`).
fn numeral(text: &str) -> Option<i128> {
    let t = ascii_digits(text);
    // A suffix multiplier written on the number: `2.5k`, `7m`, `3bn`.
    let digits_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(t.len());
    let (body, suffix) = t.split_at(digits_end);
    let suffix = suffix.lowercase();
    // An ordinal written with digits: `15th`, `20th`, `1st`; `15ª` (Portuguese).
    let ordinal = matches!(
        suffix.as_str(),
        "st" | "nd" | "rd" | "th" | "ª" | "º" | "e" | "er"
    );
    // A decade: `1990s` and `90s` are both the decade's two digits, as Russian writes it
    // (`90-х`), so the three meet and `1980s` differs. A century's first decade keeps its
    // year: two digits would make `1900s` and `2000s` one figure.
    if suffix == "s" && matches!(body.len(), 2 | 4) && body.ends_with('0') {
        if let Ok(year) = body.parse::<i128>() {
            let decade = if year >= 100 && year % 100 == 0 {
                year
            } else {
                year % 100
            };
            return Some(decade * 1000);
        }
    }
    let factor = if suffix.is_empty() || ordinal {
        1
    } else {
        multiplier(&suffix)?
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let groups: Vec<&str> = body.split([',', '.']).collect();
    let separators: Vec<char> = body.chars().filter(|c| matches!(c, ',' | '.')).collect();
    let thousands = groups.len() > 1
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups[0].len() <= 3
        && separators.windows(2).all(|w| w[0] == w[1]);
    let milli: i128 = if groups.len() == 1 || thousands {
        groups.concat().parse::<i128>().ok()?.checked_mul(1000)?
    } else if groups.len() == 2 {
        let whole: i128 = groups[0].parse().ok()?;
        let frac = &groups[1][..groups[1].len().min(3)];
        let scale = 10i128.pow(3 - frac.len() as u32);
        whole.checked_mul(1000)? + frac.parse::<i128>().ok()? * scale
    } else {
        return None;
    };
    milli.checked_mul(factor)
}

/// The number that starts at `tokens[i]`, if one does (see the module docs).
pub fn number_at(tokens: &[Token], text: &str, i: usize) -> Option<Number> {
    let t = &tokens[i];
    let (mut milli, mut used) = match t.kind {
        TokenKind::Number => (numeral(t.text(text))?, 1),
        TokenKind::Word if is_number_word(&t.key) || ordinal_value(&t.key).is_some() => {
            (word_value(&t.key)?.checked_mul(1000)?, 1)
        }
        _ => return None,
    };
    // The next word token after `from`, skipping spaces and editorial brackets.
    let next_word = |from: usize| -> Option<usize> {
        (from..tokens.len().min(from + 4)).find(|&k| {
            !matches!(tokens[k].kind, TokenKind::Space)
                && !matches!(tokens[k].key.as_str(), "[" | "]")
        })
    };
    // `2 500`: a group of three digits after a single space.
    if t.kind == TokenKind::Number && milli % 1000 == 0 && milli < 1_000_000 {
        if let (Some(space), Some(group)) = (tokens.get(i + 1), tokens.get(i + 2)) {
            let g = ascii_digits(group.text(text));
            if space.kind == TokenKind::Space
                && matches!(space.text(text), " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                && group.kind == TokenKind::Number
                && g.len() == 3
                && g.chars().all(|c| c.is_ascii_digit())
                && t.text(text).chars().count() <= 3
            {
                milli = milli * 1000 + g.parse::<i128>().ok()? * 1000;
                used = 3;
            }
        }
    }
    // `two and a half thousand`, `eight-and-a-half`: words apart or hyphenated.
    let next_part = |from: usize| -> Option<usize> {
        (from..tokens.len().min(from + 4))
            .find(|&k| !matches!(tokens[k].kind, TokenKind::Space) && tokens[k].key != "-")
    };
    if let Some(k) = next_part(i + used) {
        if tokens[k].key == "and" {
            let a = next_part(k + 1);
            let half = a.and_then(|a| next_part(a + 1));
            if let (Some(a), Some(h)) = (a, half) {
                if tokens[a].key == "a" && tokens[h].key == "half" {
                    milli += 500;
                    used = h + 1 - i;
                }
            }
        }
    }
    // `31 thousand`, `7.5 million`, `500 [thousand]`.
    if let Some(k) = next_word(i + used) {
        if let Some(f) = multiplier(&tokens[k].key) {
            milli = milli.checked_mul(f)?;
            used = k + 1 - i;
            // `500 [thousand]`: take the closing bracket too.
            if tokens.get(i + used).is_some_and(|t| t.key == "]") {
                used += 1;
            }
        }
    }
    Some(Number {
        value: Value(milli),
        tokens: used,
    })
}

/// True when numeral `t` is glued by a hyphen to the word before it (`COVID-19`), whether the
/// tokenizer kept the hyphen apart or read it as a minus sign.
fn glued_to_a_word(text: &str, t: &Token) -> bool {
    let hyphen = |c: char| matches!(c, '-' | '‐' | '‑');
    let mut before = text[..t.start].chars().rev();
    let at_hyphen = if t.text(text).starts_with(hyphen) {
        true
    } else {
        before.next().is_some_and(hyphen)
    };
    at_hyphen && before.next().is_some_and(char::is_alphanumeric)
}

/// The figure that starts at `words[k]` among the word tokens of a passage (whitespace left
/// out), read from the tokens' keys: its value and how many of `words` it takes (`31
/// thousand` takes two, `500 [thousand]` four). `one` alone is no figure: it is more often a
/// pronoun (`one of the victims`).
pub fn figure_among(words: &[&Token], k: usize) -> Option<(Value, usize)> {
    let t = words[k];
    let mut milli = match t.kind {
        TokenKind::Number => numeral(&t.key)?,
        TokenKind::Word
            if t.key != "one" && (is_number_word(&t.key) || ordinal_value(&t.key).is_some()) =>
        {
            word_value(&t.key)?.checked_mul(1000)?
        }
        _ => return None,
    };
    let mut used = 1;
    // A multiplier after it, brackets skipped: `31 thousand`, `500 [thousand]`.
    let mut j = k + 1;
    while j < words.len() && matches!(words[j].key.as_str(), "[" | "]") {
        j += 1;
    }
    if let Some(f) = words.get(j).and_then(|w| multiplier(&w.key)) {
        milli = milli.saturating_mul(f);
        used = j + 1 - k;
        if words.get(j + 1).is_some_and(|w| w.key == "]") {
            used += 1;
        }
    }
    Some((Value(milli), used))
}

/// The figures among the word tokens `words` of a passage (whitespace left out), as values,
/// sorted: `31 thousand` and `31,000` give the same (see [`figure_among`]).
pub fn figures(words: &[&Token], text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // Digits glued to a word by a hyphen name something (`COVID-19`, `G-7`): no figure,
        // even when the word lies outside the passage (a change that starts at `-19`).
        let t = words[k];
        if t.kind == TokenKind::Number && glued_to_a_word(text, t) {
            k += 1;
            continue;
        }
        match figure_among(words, k) {
            Some((value, used)) => {
                out.push(value);
                k += used;
            }
            None => k += 1,
        }
    }
    sort_by_rank(&mut out, |v| v.rank());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token::tokenize;

    fn value(text: &str) -> Option<(String, usize)> {
        let tokens = tokenize(text);
        number_at(&tokens, text, 0).map(|n| (n.value.key(), n.tokens))
    }

    #[test]
    fn one_example_per_row_of_the_table() {
        let cases = [
            ("2,500 ships", "#2500"),
            ("2.500 ships", "#2500"),
            ("2 500 ships", "#2500"),
            ("2500 ships", "#2500"),
            ("2.5 thousand ships", "#2500"),
            ("2.5k ships", "#2500"),
            ("two and a half thousand ships", "#2500"),
            ("31 thousand ships", "#31000"),
            ("31,000 ships", "#31000"),
            ("31.000 ships", "#31000"),
            ("500 [thousand] ships", "#500000"),
            ("seven ships", "#7"),
            ("7 ships", "#7"),
            ("۷ ships", "#7"),
            ("٧ ships", "#7"),
            ("7.5 million ships", "#7500000"),
            ("7.5m ships", "#7500000"),
            ("24.4 ships", "#24.4"),
            ("1990s", "#90"),
            ("90s", "#90"),
            ("90-х годов", "#90"),
        ];
        for (text, want) in cases {
            assert_eq!(value(text).map(|v| v.0), Some(want.to_string()), "{text}");
        }
    }

    #[test]
    fn a_decade_after_an_apostrophe_is_the_same_decade_and_centuries_stay_apart() {
        let text = "’90s";
        let tokens = tokenize(text);
        let at = tokens
            .iter()
            .position(|t| t.kind == TokenKind::Number)
            .unwrap();
        let n = number_at(&tokens, text, at).map(|n| n.value.key());
        assert_eq!(n.as_deref(), Some("#90"));
        assert_eq!(value("1980s").map(|v| v.0).as_deref(), Some("#80"));
        assert_ne!(value("1900s").map(|v| v.0), value("2000s").map(|v| v.0));
    }

    #[test]
    fn a_number_covers_its_multiplier_and_brackets() {
        assert_eq!(value("500 [thousand] ships"), Some(("#500000".into(), 5)));
        assert_eq!(value("31 thousand ships"), Some(("#31000".into(), 3)));
    }

    #[test]
    fn ordinals_are_figures_and_glued_digits_are_not() {
        assert_eq!(value("twentieth century").map(|v| v.0), Some("#20".into()));
        assert_eq!(value("20th century").map(|v| v.0), Some("#20".into()));
        assert_eq!(value("15ª vez").map(|v| v.0), Some("#15".into()));
        let text = "COVID-19 killed 7 million";
        let tokens = tokenize(text);
        let words: Vec<&Token> = tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Space)
            .collect();
        let keys: Vec<String> = figures(&words, text).iter().map(|v| v.key()).collect();
        assert_eq!(keys, ["#7000000"]);
        // A passage that starts at the hyphen: the word it is glued to lies outside it.
        let after_word = words.iter().position(|t| t.text(text) == "COVID").unwrap() + 1;
        assert!(figures(&words[after_word..after_word + 2], text).is_empty());
        assert!(writes_a_figure("twentieth") && writes_a_figure("thousand"));
        assert!(
            is_ordinal("second") && is_ordinal("20th") && !is_ordinal("20") && !is_ordinal("2k")
        );
        assert!(!writes_a_figure("harbour"));
    }

    #[test]
    fn figures_of_a_passage_are_values() {
        let text = "31 thousand soldiers, one of them, and 2,500 [thousand] more";
        let tokens = tokenize(text);
        let words: Vec<&Token> = tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Space)
            .collect();
        let keys: Vec<String> = figures(&words, text).iter().map(|v| v.key()).collect();
        assert_eq!(keys, ["#31000", "#2500000"]);
    }

    #[test]
    fn a_year_is_a_year_and_a_word_is_not_a_number() {
        assert!(number_at(&tokenize("2031"), "2031", 0)
            .unwrap()
            .value
            .is_year());
        assert_eq!(value("ships"), None);
        assert_eq!(value("2023 500 people"), Some(("#2023".into(), 1)));
    }
}
