//! The language an article is written in, told by its script and its commonest words: English
//! articles are compared word by word, an article in another language is matched by its facts
//! (see `statements/translation.rs`) and shown beside the others, never diffed against them.
//!
//! | text | language | why |
//! |---|---|---|
//! | `The minister said that the port will stay closed.` | `en` | English function words |
//! | `Il ministro ha detto che il porto resterà chiuso.` | `it` | Italian function words |
//! | `O ministro disse que o porto não vai abrir.` | `pt` | Portuguese function words |
//! | `Министр сказал, что порт закрыт.` | `ru` | Cyrillic |
//! | `Міністр сказав, що порт закрито і її флот чекає.` | `uk` | Cyrillic with `і`, `ї`, `є` |
//! | `قال الوزير إن الميناء مغلق` | `ar` | Arabic script |
//! | `وزیر گفت که بندر بسته است و کشتی‌ها منتظرند` | `fa` | Arabic script with `گ`, `پ`, `چ`, `ژ`, `ی` |
//!
//! Cost: one pass over the tokens.

use super::lexicon::LANGUAGE_MARKERS;
use super::token::{Token, TokenKind};

/// English, the language the word diff is for.
pub const ENGLISH: &str = "en";

/// Words an article needs before its language is told by them: a short one is taken for
/// English, the language everything else is compared in.
const MIN_WORDS: usize = 12;

/// The language `text` is written in, as an ISO 639-1 code (`en` when it cannot tell).
pub fn language_of(text: &str, tokens: &[Token]) -> &'static str {
    let (mut latin, mut cyrillic, mut arabic, mut greek, mut hebrew) = (0, 0, 0, 0, 0);
    let (mut ukrainian, mut persian) = (0, 0);
    let mut counts = [0usize; LANGUAGE_MARKERS.len()];
    let mut words = 0;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        words += 1;
        let Some(c) = t.text(text).chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        match c {
            'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{24F}' => latin += 1,
            '\u{400}'..='\u{4FF}' => {
                cyrillic += 1;
                ukrainian +=
                    usize::from(t.text(text).contains(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є']));
            }
            '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' => {
                arabic += 1;
                persian += usize::from(t.text(text).contains(['گ', 'پ', 'چ', 'ژ', 'ی']));
            }
            '\u{370}'..='\u{3FF}' => greek += 1,
            '\u{590}'..='\u{5FF}' => hebrew += 1,
            _ => {}
        }
        for (i, (_, markers)) in LANGUAGE_MARKERS.iter().enumerate() {
            counts[i] += usize::from(markers.binary_search(&t.key.as_str()).is_ok());
        }
    }
    if words < MIN_WORDS {
        return ENGLISH;
    }
    let other_script = [cyrillic, arabic, greek, hebrew]
        .into_iter()
        .max()
        .unwrap_or(0);
    if other_script > latin {
        return if other_script == cyrillic {
            if ukrainian * 20 >= cyrillic {
                "uk"
            } else {
                "ru"
            }
        } else if other_script == arabic {
            if persian * 10 >= arabic {
                "fa"
            } else {
                "ar"
            }
        } else if other_script == greek {
            "el"
        } else {
            "he"
        };
    }
    // The Latin-script language whose commonest words the text uses most.
    let best = (0..counts.len()).max_by_key(|&i| (counts[i], usize::MAX - i));
    match best {
        Some(i) if counts[i] > 0 => LANGUAGE_MARKERS[i].0,
        _ => ENGLISH,
    }
}

/// The language's name in English, for the page (`it` → `Italian`).
pub fn language_name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "it" => "Italian",
        "pt" => "Portuguese",
        "es" => "Spanish",
        "fr" => "French",
        "de" => "German",
        "ru" => "Russian",
        "uk" => "Ukrainian",
        "ar" => "Arabic",
        "fa" => "Persian",
        "el" => "Greek",
        "he" => "Hebrew",
        _ => "another language",
    }
}

/// Characters [`writing_direction`] looks at: enough to pass a dateline or a quotation mark,
/// and a bound on the work however long the text (the browser's own `dir="auto"` reads the
/// whole value, which froze the page for seconds on a pasted megabyte).
const DIRECTION_SAMPLE: usize = 4096;

/// `"rtl"` when the first letter of `text` (within its first few thousand characters) is in a
/// right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms),
/// else `"ltr"`: the value of the `dir` attribute of the box that shows it.
///
/// | text | direction |
/// |---|---|
/// | `The port is closed.` | `ltr` |
/// | `«قال الوزير» — Harbour Post` | `rtl` (the first letter is Arabic) |
/// | `2024 — הנמל סגור` | `rtl` (digits and dashes have no direction) |
/// | `— Reuters: قال` | `ltr` |
/// | `` (no letter) | `ltr` |
pub fn writing_direction(text: &str) -> &'static str {
    let first_letter = text
        .chars()
        .take(DIRECTION_SAMPLE)
        .find(|c| c.is_alphabetic());
    match first_letter.map(u32::from) {
        Some(0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF) => "rtl",
        Some(0x1E800..=0x1EFFF) => "rtl",
        _ => "ltr",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token::tokenize;

    #[test]
    fn one_direction_per_row_of_the_table() {
        assert_eq!(writing_direction("The port is closed."), "ltr");
        assert_eq!(writing_direction("«قال الوزير» — Harbour Post"), "rtl");
        assert_eq!(writing_direction("2024 — הנמל סגור"), "rtl");
        assert_eq!(writing_direction("— Reuters: قال"), "ltr");
        assert_eq!(writing_direction(""), "ltr");
    }

    #[test]
    fn the_direction_reads_only_a_sample() {
        let late = format!("{}قال", "- ".repeat(DIRECTION_SAMPLE));
        assert_eq!(writing_direction(&late), "ltr");
    }

    fn lang(text: &str) -> &'static str {
        language_of(text, &tokenize(text))
    }

    #[test]
    fn one_example_per_row_of_the_table() {
        let cases = [
            ("The minister said that the port will stay closed until the storm has passed and the ships wait.", "en"),
            ("Il ministro ha detto che il porto resterà chiuso fino a quando la tempesta non sarà passata e le navi aspettano.", "it"),
            ("O ministro disse que o porto não vai abrir até que a tempestade passe e os navios esperam no mar.", "pt"),
            ("Министр сказал, что порт будет закрыт до тех пор, пока не пройдёт шторм, и корабли ждут в заливе.", "ru"),
            ("Міністр сказав, що порт буде закрито, доки не мине шторм, і її кораблі чекають у затоці біля берега.", "uk"),
            ("قال الوزير إن الميناء سيبقى مغلقا حتى تمر العاصفة وإن السفن تنتظر في الخليج الشمالي منذ ثلاثة أيام", "ar"),
            ("وزیر گفت که بندر تا پایان طوفان بسته می‌ماند و کشتی‌ها در خلیج شمالی منتظر هستند و چند روز دیگر", "fa"),
        ];
        for (text, want) in cases {
            assert_eq!(lang(text), want, "{text}");
        }
    }

    #[test]
    fn a_short_text_is_taken_for_english() {
        assert_eq!(lang("Il porto è chiuso."), ENGLISH);
        assert_eq!(language_name("it"), "Italian");
    }
}
