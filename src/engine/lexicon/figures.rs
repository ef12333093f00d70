//! Words of figures: number words (`dozen`, `thousand`) and unit symbols.
//!
//! Part of [`super`]: sorted lists of comparison keys, each with the one question it answers.

/// Numbers spelled as words.
pub(super) const NUMBER_WORDS: &[&str] = &[
    "billion",
    "dozen",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "hundred",
    "million",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "three",
    "trillion",
    "twelve",
    "twenty",
    "two",
];

/// True for a number spelled as a word (`seven`, `thousand`, `dozen`).
pub fn is_number_word(key: &str) -> bool {
    NUMBER_WORDS.binary_search(&key).is_ok()
}

/// Units and the symbols that stand for them: a unit written out and its symbol are the same
/// words (`degrees Celsius` · `°C`, `per cent` · `%`).
pub const UNIT_SYMBOLS: &[(&str, &str)] = &[
    ("degrees celsius", "°c"),
    ("degrees fahrenheit", "°f"),
    ("degrees", "°"),
    ("per cent", "%"),
    ("percent", "%"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilograms", "kg"),
    ("metres", "m"),
    ("meters", "m"),
    ("dollars", "$"),
    ("euros", "€"),
    ("pounds", "£"),
];
