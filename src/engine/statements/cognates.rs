//! How a word written in another script meets the English spelling of the same word.
//!
//! - **Cyrillic** letters are [`transliterate`]d as English news spells Russian and Ukrainian
//!   names (`пригожин` → `prigozhin`), and a word that shares its root with an English one
//!   meets it by its [`cognate_key`] (`трагедия` · `tragedy`: `trgd`).
//! - **Arabic script** (Arabic, Persian, Dari, Pashto, Urdu) writes few vowels, so a name is
//!   known by its consonants: [`arabic_skeleton`] of `کریمی` and [`name_skeleton`] of `Karimi`
//!   are both `krm`, `زلنسکی` and `Zelensky` `slnsk`, `واشنگتن` and `Washington` `vsngtn`.
//!   Three consonants are enough for a name (they only ever meet an English *name*: a
//!   capitalised word), not for a word.
//!
//! Cost: one pass over the word's letters, and a replacement pass per spelling rule.

/// Consonants a cognate key needs (three are too often another word: `rgm`, `vsn`).
const MIN_COGNATE_CONSONANTS: usize = 4;

/// The consonant skeleton by which a Russian or Ukrainian word meets the English word it shares
/// a root with, the international words news is full of: `трагедия` and `tragedy` are both
/// `trgd`, `компании` and `company` `kmpn`, `катастрофы` and `catastrophe` `ktstrf`,
/// `результатов` and `results` `rslt`, `конференция` and `conference` `knfrns`, `ситуации`
/// and `situation` `stsn`. `latin` is the word in Latin letters ([`transliterate`]d when
/// `cyrillic`). A Russian case ending or an English plural `s` is dropped first; the spellings
/// that differ between the two (`ph`/`ф`, `c`/`к` and `ц`, `w`/`в`, `z`/`s`) are written one
/// way; vowels, which the two languages spell differently, are left out. `None` when fewer than [`MIN_COGNATE_CONSONANTS`] are left.
pub(super) fn cognate_key(latin: &str, cyrillic: bool) -> Option<String> {
    const CASE_ENDINGS: &[&str] = &[
        "iyami", "iyakh", "yami", "yakh", "ogo", "ego", "omu", "emu", "ymi", "imi", "ami", "akh",
        "ykh", "ikh", "om", "em", "ov", "ev", "ym", "im",
    ];
    const RUSSIAN: &[(&str, &str)] = &[
        ("shch", "s"),
        ("sh", "s"),
        ("zh", "g"),
        ("kh", "k"),
        // `-ция` is `-tion` (`ситуация`, `situation`) but after `n` `-ce` (`конференция`).
        ("ntsi", "ns"),
        ("tsi", "sn"),
        ("ts", "s"),
        ("ch", "k"),
    ];
    let mut word = latin.to_string();
    let rules = if cyrillic {
        if let Some(stem) = CASE_ENDINGS
            .iter()
            .find_map(|e| word.strip_suffix(e).filter(|s| s.len() >= 4))
        {
            word = stem.to_string();
        }
        RUSSIAN
    } else {
        if word.len() > 5 && word.ends_with('s') && !word.ends_with("ss") {
            word.pop();
        }
        ENGLISH_SPELLINGS
    };
    let key = consonants(&rewrite(word, rules));
    (key.len() >= MIN_COGNATE_CONSONANTS).then_some(key)
}

/// English spellings written one way for a consonant skeleton (`ph` is `f`, `c` is `k`, `h`
/// is silent).
const ENGLISH_SPELLINGS: &[(&str, &str)] = &[
    ("tion", "sn"),
    ("ph", "f"),
    ("ch", "k"),
    ("ck", "k"),
    ("sh", "s"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "sy"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("j", "g"),
    ("h", ""),
];

/// Consonants a name's skeleton needs (two are too often another name: `Gaza` and `Ghazi`).
pub(super) const MIN_NAME_CONSONANTS: usize = 3;

/// Replaces every spelling of `rules` in order.
fn rewrite(mut word: String, rules: &[(&str, &str)]) -> String {
    for (from, to) in rules {
        if word.contains(from) {
            word = word.replace(from, to);
        }
    }
    word
}

/// The consonants of a word in Latin key letters: vowels left out, `z` as `s`, a doubled letter
/// once.
fn consonants(word: &str) -> String {
    let mut key = String::new();
    for c in word.chars().filter(|c| !"aeiouy".contains(*c)) {
        let c = if c == 'z' { 's' } else { c };
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// The consonant skeleton of an English name (folded, lower case), to meet the name written in
/// Arabic script: `karimi` → `krm`, `washington` → `vsngtn`, `guterres` → `gtrs`. Unlike a
/// [`cognate_key`], a final `s` stays (`guterres`). `None` under [`MIN_NAME_CONSONANTS`].
pub(super) fn name_skeleton(latin: &str) -> Option<String> {
    let key = consonants(&rewrite(latin.to_string(), ENGLISH_SPELLINGS));
    (key.len() >= MIN_NAME_CONSONANTS).then_some(key)
}

/// True when the word has a letter of the Arabic script.
pub(super) fn is_arabic_script(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}'))
}

/// A word in Arabic script with each letter that Arabic and Persian write two ways written one
/// way (`ي` `ى` → `ی`, `ك` → `ک`, `أ` `إ` `آ` → `ا`, `ة` → `ه`), and the joiners that only
/// shape it (zero-width non-joiner, tatweel) left out: `سه‌شنبه` is `سهشنبه`.
pub(super) fn fold_arabic(word: &str) -> String {
    word.chars()
        .filter(|&c| !matches!(c, '\u{200C}' | '\u{200D}' | '\u{640}'))
        .map(|c| match c {
            'ي' | 'ى' | 'ئ' => 'ی',
            'ك' => 'ک',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ؤ' => 'و',
            c => c,
        })
        .collect()
}

/// The consonant skeleton of a word in Arabic script ([`fold_arabic`]ed), in the key letters of
/// [`name_skeleton`]: `کریمی` → `krm`, `ادریس` → `drs`, `تهران` → `trn`. The letters that stand for
/// vowels (`ا`, `ی`, `و` inside a word, `ه` and `ع`) are left out, as English leaves out `h`;
/// a `و` that opens the word is `v` (`ولادیمیر`, Vladimir). `None` for a word with a letter of
/// no other script (a digit, a mark) or under [`MIN_NAME_CONSONANTS`].
pub(super) fn arabic_skeleton(word: &str) -> Option<String> {
    let mut latin = String::new();
    for (i, c) in word.chars().enumerate() {
        let letter = match c {
            'ب' => "b",
            'پ' => "p",
            'ت' | 'ط' => "t",
            'ث' | 'س' | 'ص' | 'ذ' | 'ز' | 'ض' | 'ظ' | 'ش' => "s",
            'ج' | 'ژ' | 'گ' | 'غ' => "g",
            'چ' | 'خ' | 'ق' | 'ک' => "k",
            'د' => "d",
            'ر' => "r",
            'ف' => "f",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' if i == 0 => "v",
            'ا' | 'ی' | 'و' | 'ه' | 'ح' | 'ع' | 'ء' => "",
            _ => return None,
        };
        latin.push_str(letter);
    }
    let key = consonants(&latin);
    (key.len() >= MIN_NAME_CONSONANTS).then_some(key)
}

/// Cyrillic letters in Latin ones, as English news spells Russian and Ukrainian names
/// (`пригожин` → `prigozhin`); other characters as they are.
pub(super) fn transliterate(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'ґ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'є' => "ye",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' => "i",
            'ї' => "yi",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The documented examples of [`cognate_key`], and words too short to tell.
    #[test]
    fn russian_and_english_cognates_share_a_key() {
        let russian = |w: &str| cognate_key(&transliterate(w), true);
        let english = |w: &str| cognate_key(w, false);
        for (ru, en) in [
            ("трагедия", "tragedy"),
            ("компании", "company"),
            ("катастрофы", "catastrophe"),
            ("результатов", "results"),
            ("конференция", "conference"),
            ("ситуации", "situation"),
            ("федерації", "federation"),
        ] {
            assert!(russian(ru).is_some(), "{ru}");
            assert_eq!(russian(ru), english(en), "{ru} / {en}");
        }
        assert_eq!(russian("режимом"), None, "three consonants");
        assert_ne!(russian("сказал"), english("scale"));
    }

    /// The documented examples of [`arabic_skeleton`] and [`name_skeleton`]: Persian and Arabic
    /// spellings of names meet the English ones.
    #[test]
    fn a_name_in_arabic_script_meets_its_english_spelling() {
        let arabic = |w: &str| arabic_skeleton(&fold_arabic(w));
        for (written, english, key) in [
            ("کریمی", "karimi", "krm"),
            ("ادریس", "idris", "drs"),
            ("تهران", "tehran", "trn"),
            ("زلنسکی", "zelensky", "slnsk"),
            ("زيلينسكي", "zelensky", "slnsk"),
            ("واشنگتن", "washington", "vsngtn"),
            ("ولادیمیر", "vladimir", "vldmr"),
            ("پوتین", "putin", "ptn"),
            ("أفغانستان", "afghanistan", "fgnstn"),
        ] {
            assert_eq!(arabic(written).as_deref(), Some(key), "{written}");
            assert_eq!(name_skeleton(english).as_deref(), Some(key), "{english}");
        }
        assert_eq!(arabic("غزه"), None, "two consonants");
        assert_eq!(name_skeleton("gaza"), None, "two consonants");
        assert_eq!(arabic("۴۱۲"), None, "a figure is no name");
        assert_eq!(name_skeleton("guterres").as_deref(), Some("gtrs"));
    }

    #[test]
    fn letters_written_two_ways_fold_to_one() {
        assert_eq!(fold_arabic("سه\u{200C}شنبه"), "سهشنبه");
        assert_eq!(fold_arabic("يناير"), "ینایر");
        assert_eq!(fold_arabic("أكتوبر"), "اکتوبر");
        assert!(is_arabic_script("کریمی"));
        assert!(!is_arabic_script("karimi"));
    }
}
