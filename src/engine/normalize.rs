//! Normalization: the keys under which two spellings count as the same.
//!
//! Three levels, from strict to loose:
//! - [`comparison_key`]: NFKC, lower case, quotes and dashes folded. `“Isn’t”` = `"isn't"`.
//! - [`fold_accents`]: also drops diacritics, for name spelling. `Défense` = `defense`.
//! - [`stem`]: a crude English stem for matching paraphrases. `infiltration` = `infiltrate`.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

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
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return lower_folded(&mut text.chars());
    }
    lower_folded(&mut text.nfkc())
}

/// Folds typographic quote marks and dashes to ASCII, keeps every other character.
fn fold_mark(c: char) -> char {
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
    key.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// A crude stem for matching paraphrases across outlets: folds accents, strips the commonest
/// English suffixes, and keeps at most six characters.
///
/// Six characters is enough to keep most content words apart in news text while joining the
/// derived forms that re-translations and paraphrases use:
/// `infiltration`/`infiltrate` → `infilt`, `neighboring`/`neighbours` → `neighb`,
/// `committing`/`commit` → `commit`.
pub fn stem(word: &str) -> String {
    let folded = fold_accents(word);
    let mut w: &str = folded.trim_end_matches("'s").trim_end_matches('\'');
    for suffix in [
        "ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "ly", "s",
    ] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            w = &w[..w.len() - suffix.len()];
            break;
        }
    }
    w.chars().take(6).collect()
}

/// Words that carry no content of their own: they never anchor a match between statements.
pub fn is_stopword(key: &str) -> bool {
    STOPWORDS.binary_search(&key).is_ok()
}

/// Sorted, so that [`is_stopword`] can binary-search it.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "during", "each", "even", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "it's", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now",
    "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
    }

    #[test]
    fn comparison_key_folds_width_case_quotes_dashes() {
        assert_eq!(comparison_key("ＡＢＣ"), "abc");
        assert_eq!(comparison_key("Isn’t"), "isn't");
        assert_eq!(comparison_key("«x» – y"), "\"x\" - y");
        assert_eq!(comparison_key("`Quoted'"), "'quoted'");
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
