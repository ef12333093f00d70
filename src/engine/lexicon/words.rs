//! Words of any sentence: stopwords, determiners, the words that open a clause, masked
//! words (`f**k`), the synonyms news text uses for one another, abbreviations that end in a
//! full stop (`Sept.`).
//!
//! Part of [`super`]: sorted lists of comparison keys, each with the one question it answers.

/// Words that carry no content of their own: they never anchor a match between statements.
pub(super) const STOPWORDS: &[&str] = &[
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

/// True for a word that carries no content of its own (`the`, `of`, `would`).
pub fn is_stopword(key: &str) -> bool {
    STOPWORDS.binary_search(&key).is_ok()
}

/// Words that end in a full stop without ending a sentence (`Mr.`, `Gen.`, `Sept.`).
pub(super) const ABBREVIATIONS: &[&str] = &[
    "aug", "co", "col", "dec", "dr", "etc", "feb", "gen", "gov", "inc", "jan", "jr", "lt", "mr",
    "mrs", "ms", "no", "nov", "oct", "prof", "rep", "sen", "sept", "sr", "st", "vs",
];

/// True for a word that is an abbreviation when a full stop follows it (`mr`, `sept`).
pub fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.binary_search(&lower).is_ok()
}

/// Words that open a noun phrase (`the`, `their`): a replaced noun is read with it (`the
/// club` → `the owners`), see [`super::changes`].
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// True for a word that opens a noun phrase (`the`, `a`, `his`, `these`).
pub fn is_determiner(key: &str) -> bool {
    DETERMINERS.binary_search(&key).is_ok()
}

/// Words that open a clause of their own (`who`, `until`): what follows them is about that
/// clause, not the one before.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "since", "that", "until", "when", "where", "which", "while", "who",
];

/// True for a word that opens a clause of its own (see [`CLAUSE_OPENERS`]).
pub fn opens_a_clause(key: &str) -> bool {
    CLAUSE_OPENERS.binary_search(&key).is_ok()
}

/// Words outlets print masked (`f**k`, `f—k`, `s***`): such a word and its masked forms are
/// one word to the statement search.
pub(super) const MASKED_WORDS: &[&str] = &[
    "ass", "asshole", "bastard", "bitch", "crap", "damn", "dick", "fuck", "fucked", "fucking",
    "piss", "shit", "shitty",
];

/// True for a word outlets print masked (see [`MASKED_WORDS`]).
pub fn is_masked_word(key: &str) -> bool {
    MASKED_WORDS.binary_search(&key).is_ok()
}

/// Words news writers put for one another when they retell a statement in their own words,
/// each with the word that stands for its class: `wounded` · `injured` · `hurt`, `refused` ·
/// `declined` · `refrained`, `figures` · `number`, `troops` · `soldiers`, `talks` ·
/// `negotiations`. Only words whose news sense is the one meaning of their class (not `great`
/// for `big`: `Great Britain`; not `figure` for `number`: `a key figure`). Sorted by word.
pub(super) const NEWS_SYNONYMS: &[(&str, &str)] = &[
    ("aid", "help"),
    ("assistance", "help"),
    ("dead", "killed"),
    ("declined", "refused"),
    ("declines", "refused"),
    ("declining", "refused"),
    ("died", "killed"),
    ("figures", "number"),
    ("hurt", "injured"),
    ("injuries", "injured"),
    ("injury", "injured"),
    ("numbers", "number"),
    ("perished", "killed"),
    ("quantity", "number"),
    ("refrained", "refused"),
    ("refraining", "refused"),
    ("refrains", "refused"),
    ("refuses", "refused"),
    ("refusing", "refused"),
    ("servicemen", "soldiers"),
    ("talks", "negotiations"),
    ("tally", "number"),
    ("troops", "soldiers"),
    ("wounded", "injured"),
];

/// The word that stands for `key`'s class of news synonyms (see [`NEWS_SYNONYMS`]): `injured`
/// for `wounded`; `None` for a word of no class or the word that stands for one.
pub fn news_synonym(key: &str) -> Option<&'static str> {
    NEWS_SYNONYMS
        .binary_search_by(|(word, _)| word.cmp(&key))
        .ok()
        .map(|i| NEWS_SYNONYMS[i].1)
}
