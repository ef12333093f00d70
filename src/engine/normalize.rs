//! Normalization: the keys under which two spellings count as the same.
//!
//! Three levels, from strict to loose:
//! - [`comparison_key`]: NFKC, lower case, quotes and dashes folded. `“Isn’t”` = `"isn't"`.
//! - [`fold_accents`]: also drops diacritics, for name spelling. `Défense` = `defense`.
//! - [`stem`]: a crude English stem for matching paraphrases. `infiltration` = `infiltrate`.
//!
//! Cost: linear in the word's length for every key.

use std::borrow::Cow;

use super::key::Key;
use super::platform::{normalize, NormalForm};

/// True for characters NFKC leaves alone that news text is mostly made of: precomposed Latin
/// letters, Cyrillic, Hebrew and Arabic letters, CJK, Hangul, quotes and dashes. (A shortcut
/// only: anything else goes through the normalizer.)
fn is_nfkc_stable(c: char) -> bool {
    const LATIN_COMPATIBILITY: &[char] = &[
        '\u{0132}', '\u{0133}', '\u{013F}', '\u{0140}', '\u{0149}', '\u{017F}', '\u{01C4}',
        '\u{01C5}', '\u{01C6}', '\u{01C7}', '\u{01C8}', '\u{01C9}', '\u{01CA}', '\u{01CB}',
        '\u{01CC}', '\u{01F1}', '\u{01F2}', '\u{01F3}',
    ];
    match c {
        '\u{00C0}'..='\u{024F}' => !LATIN_COMPATIBILITY.contains(&c),
        '\u{00A9}' | '\u{00AB}' | '\u{00AE}' | '\u{00B0}' | '\u{00B7}' | '\u{00BB}' => true,
        '\u{0400}'..='\u{04FF}' | '\u{05D0}'..='\u{05EA}' | '\u{0620}'..='\u{064A}' => true,
        '\u{2010}' | '\u{2012}'..='\u{2015}' | '\u{2018}'..='\u{2022}' => true,
        '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' => true,
        _ => false,
    }
}

/// Combining marks (accents and points) of the blocks that carry them: what
/// [`fold_accents`] drops after canonical decomposition.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Lower case, character by character (`char::to_lowercase`), as every key folds it.
///
/// Not `str::to_lowercase`: its one difference, the word-final sigma rule (`ΟΔΟΣ` → `οδος`,
/// not `οδοσ`), matters to no key here, and its tables and rules cost the engine's wasm 4 KB.
pub trait Lowercase {
    /// The text in lower case.
    fn lowercase(&self) -> String;
}

impl Lowercase for str {
    fn lowercase(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        self.chars().flat_map(char::to_lowercase).collect()
    }
}

/// The key under which two tokens compare equal in a diff: NFKC, lower case, and every kind of
/// quote mark and dash folded to its ASCII form.
pub fn comparison_key(text: &str) -> String {
    // Most tokens of English news are ASCII, for which NFKC changes nothing: skip it.
    if text.is_ascii() {
        return text.to_ascii_lowercase().replace('`', "'");
    }
    // Curly quotes, dashes and most accented words are already NFKC: skip the normalizer then.
    let lower_folded = |chars: &mut dyn Iterator<Item = char>| -> String {
        chars.flat_map(char::to_lowercase).map(fold_mark).collect()
    };
    if text.chars().all(|c| c.is_ascii() || is_nfkc_stable(c)) {
        return lower_folded(&mut text.chars());
    }
    lower_folded(&mut normalize(text, NormalForm::Nfkc).chars())
}

/// Folds typographic quote marks and dashes to ASCII, keeps every other character.
pub(crate) fn fold_mark(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{2026}' => '.',
        _ => c,
    }
}

/// The comparison key with diacritics removed: `Défense` and `Defense` fold to `defense`.
pub fn fold_accents(text: &str) -> String {
    let key = comparison_key(text);
    if key.is_ascii() {
        return key;
    }
    normalize(&key, NormalForm::Nfd)
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// A crude stem for matching paraphrases across outlets: folds accents, strips the commonest
/// English suffixes, and keeps at most six characters.
///
/// Six characters is enough to keep most content words apart in news text while joining the
/// derived forms that re-translations and paraphrases use:
/// `infiltration`/`infiltrate` → `infilt`, `neighboring`/`neighbours` → `neighb`,
/// `committing`/`commit` → `commit`.
pub fn stem(word: &str) -> Key {
    // Token keys are mostly lower-case ASCII already: folding them again would only allocate.
    let already_folded =
        word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase() || b == b'`');
    let folded: Cow<str> = if already_folded {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold_accents(word))
    };
    let mut w: &str = folded.trim_end_matches("'s").trim_end_matches('\'');
    for suffix in [
        "ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "ly", "s",
    ] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            w = &w[..w.len() - suffix.len()];
            break;
        }
    }
    let end = w.char_indices().nth(6).map_or(w.len(), |(i, _)| i);
    Key::new(&w[..end])
}

/// A word with British and American spellings folded to one (`defence`/`defense`,
/// `organisation`/`organization`, `colour`/`color`, `centre`/`center`, `travelled`/`traveled`):
/// two words with the same spelling key are one word spelled two ways.
///
/// Only endings that are spelling conventions are folded, and only in words long enough that
/// the ending is not the word (`our` and `ice` stay).
pub fn spelling_key(word: &str) -> String {
    // Accents are kept: `Värmland` and `Varmland` are two spellings of a name, which the
    // classifier calls a name change.
    let w = comparison_key(word);
    let n = w.len();
    let replace_end = |from: &str, to: &str| -> Option<String> {
        (n > from.len() + 2 && w.ends_with(from)).then(|| format!("{}{to}", &w[..n - from.len()]))
    };
    // Whole words whose variants are not endings.
    match w.as_str() {
        "defence" => return "defense".into(),
        "offence" => return "offense".into(),
        "licence" => return "license".into(),
        "programme" | "programmes" => return w.replace("programme", "program"),
        "grey" => return "gray".into(),
        _ => {}
    }
    for (from, to) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ises", "izes"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("our", "or"),
        ("ours", "ors"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ogue", "og"),
    ] {
        if let Some(k) = replace_end(from, to) {
            return k;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_folds_every_letter_and_keeps_the_rest() {
        assert_eq!("Orlová SAID: “No”".lowercase(), "orlová said: “no”");
        assert_eq!("ΣΟΦΊΑ".lowercase(), "σοφία");
        assert_eq!("İstanbul".lowercase(), "i\u{307}stanbul");
    }

    #[test]
    fn comparison_key_folds_width_case_quotes_dashes() {
        assert_eq!(comparison_key("ＡＢＣ"), "abc");
        assert_eq!(comparison_key("Isn’t"), "isn't");
        assert_eq!(comparison_key("«x» – y"), "\"x\" - y");
        assert_eq!(comparison_key("`Quoted'"), "'quoted'");
    }

    #[test]
    fn compatibility_forms_and_ligatures_are_folded() {
        assert_eq!(comparison_key("ﬁnal"), "final");
        assert_eq!(comparison_key("x\u{00A0}y"), "x y");
        assert_eq!(comparison_key("Ĳssel"), "ijssel");
        assert_eq!(comparison_key("Ми́нск"), "ми́нск");
    }

    #[test]
    fn the_stable_shortcut_agrees_with_the_normalizer() {
        use unicode_normalization::UnicodeNormalization;
        for c in (0x80u32..0x10000).filter_map(char::from_u32) {
            if is_nfkc_stable(c) {
                let once: String = c.to_string().nfkc().collect();
                assert_eq!(once, c.to_string(), "U+{:04X} is not NFKC-stable", c as u32);
            }
        }
    }

    #[test]
    fn british_and_american_spellings_share_a_key() {
        for (a, b) in [
            ("Defence", "Defense"),
            ("Organisation", "Organization"),
            ("colour", "color"),
            ("centre", "center"),
            ("travelled", "traveled"),
            ("analysed", "analyzed"),
            ("catalogue", "catalog"),
        ] {
            assert_eq!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
        for (a, b) in [("our", "or"), ("rise", "rize"), ("tour", "tor")] {
            assert_ne!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn fold_accents_joins_stray_accents() {
        assert_eq!(fold_accents("Défense"), fold_accents("Defense"));
    }

    #[test]
    fn stem_joins_derived_forms() {
        assert_eq!(stem("infiltration"), stem("infiltrate"));
        assert_eq!(stem("neighboring"), stem("neighbours"));
        assert_eq!(stem("committing"), stem("commit"));
        assert_eq!(stem("countries"), stem("country"));
        assert_ne!(stem("Minsk"), stem("Moscow"));
    }
}

/// A masked word at token `i` (`f**k`, `F—k`, `f—`, `s***`: a letter or two, masking marks
/// glued to it, maybe a last letter), or a word outlets print masked (`fuck`): the key the
/// statement search gives all its forms (`f*`), and how many tokens it takes.
///
/// | tokens | key | tokens taken |
/// |---|---|---|
/// | `F` `*` `*` `k` | `f*` | 4 |
/// | `f` `—` `k` | `f*` | 3 |
/// | `f` `—` | `f*` | 2 |
/// | `fuck` | `f*` | 1 |
/// | `I` `—` `I` | — | a stammer: the mark is a dash between two words |
pub fn masked_word_at(
    tokens: &[super::token::Token],
    text: &str,
    i: usize,
) -> Option<(String, usize)> {
    use super::lexicon::is_masked_word;
    use super::token::TokenKind;
    let t = &tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let first = t.key.chars().next()?;
    let key = format!("{first}*");
    if is_masked_word(&t.key) {
        return Some((key, 1));
    }
    if t.key.chars().count() > 2 {
        return None;
    }
    // Masking marks glued to the letters, then maybe a glued last letter or two.
    let mut j = i + 1;
    while tokens.get(j).is_some_and(|m| {
        m.start == tokens[j - 1].end && matches!(m.text(text), "*" | "—" | "–" | "_")
    }) {
        j += 1;
    }
    if j == i + 1 {
        return None;
    }
    let dash_only = (i + 1..j).all(|k| tokens[k].text(text) != "*");
    if let Some(last) = tokens.get(j) {
        let glued = last.start == tokens[j - 1].end;
        if glued && last.kind == TokenKind::Word {
            // Stars hide letters whatever follows (`f**ck`); a dash only before one last letter
            // that is not the first again (`f—k`, not `I—It` or the stammer `I—I`).
            let letters = last.key.chars().count();
            let mask = if dash_only {
                letters == 1 && last.key != t.key
            } else {
                letters <= 2
            };
            return mask.then_some((key, j + 1 - i));
        }
    }
    // `f—` then a space: a mask only when the mark is stars or the word is one letter.
    (!dash_only || t.key.chars().count() == 1).then_some((key, j - i))
}

#[cfg(test)]
mod masked_tests {
    use super::*;
    use crate::engine::token::{tokenize, TokenKind};

    fn masked(text: &str) -> Option<(String, usize)> {
        let tokens: Vec<_> = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.kind == TokenKind::Word && t.start > 0)?;
        masked_word_at(&tokens, text, i)
    }

    #[test]
    fn one_example_per_row_of_the_table() {
        assert_eq!(masked("go F**k yourself"), Some(("f*".into(), 4)));
        assert_eq!(masked("go f—k himself"), Some(("f*".into(), 3)));
        assert_eq!(masked("go f— yourself"), Some(("f*".into(), 2)));
        assert_eq!(masked("go fuck yourself"), Some(("f*".into(), 1)));
        assert_eq!(masked("so I—I think"), None);
        assert_eq!(masked("so I—It was late"), None);
        assert_eq!(masked("go home now"), None);
    }
}
