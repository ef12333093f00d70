//! Every English word list the engine uses, once, with the one question each answers.
//!
//! Lists are of comparison keys (lower case, quotes folded; see [`super::normalize`]) and
//! sorted, so each lookup is a binary search; a test keeps them sorted. A second language
//! would start here.

/// Words that carry no content of their own: they never anchor a match between statements.
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

/// True for a word that carries no content of its own (`the`, `of`, `would`).
pub fn is_stopword(key: &str) -> bool {
    STOPWORDS.binary_search(&key).is_ok()
}

/// Reporting verbs. Forms that are more often nouns ("member states", "the claims", "notes")
/// are left out.
const REPORTING_VERBS: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "add",
    "added",
    "adding",
    "adds",
    "affirmed",
    "announced",
    "argued",
    "assert",
    "asserted",
    "asserts",
    "claimed",
    "claiming",
    "conclude",
    "concluded",
    "concludes",
    "confirmed",
    "declared",
    "emphasised",
    "emphasized",
    "emphasizes",
    "explained",
    "insisted",
    "noted",
    "pointed",
    "quoted",
    "reiterated",
    "remarked",
    "said",
    "say",
    "saying",
    "says",
    "speaking",
    "spoke",
    "stated",
    "stressed",
    "stresses",
    "told",
    "underlined",
    "underlines",
    "urged",
    "warn",
    "warned",
    "warning",
    "warns",
];

/// True when `key` is a reporting verb such as `said` or `underlined`.
pub fn is_reporting_verb(key: &str) -> bool {
    REPORTING_VERBS.binary_search(&key).is_ok()
}

/// Words that may stand between a subject and its reporting verb (`Vale also said`).
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "again",
    "also",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "is",
    "later",
    "once",
    "previously",
    "repeatedly",
    "reportedly",
    "then",
    "was",
    "were",
];

/// True for a word that may stand between a subject and its verb (`also`, `has`, `later`).
pub fn may_stand_before_verb(key: &str) -> bool {
    BETWEEN_SUBJECT_AND_VERB.binary_search(&key).is_ok()
}

/// Title words: a name ending in one is a role, not a person (`Port Minister`).
const TITLES: &[&str] = &[
    "agency",
    "ambassador",
    "chairman",
    "chief",
    "commander",
    "defence",
    "defense",
    "deputy",
    "director",
    "envoy",
    "general",
    "head",
    "minister",
    "ministry",
    "official",
    "president",
    "representative",
    "secretary",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
];

/// True for a title word (`minister`, `spokesman`): accents folded.
pub fn is_title(folded: &str) -> bool {
    TITLES.binary_search(&folded).is_ok()
}

/// Capitalised words that start sentences, never speakers (weekdays and months aside, which
/// [`is_never_a_name`] adds).
const SENTENCE_OPENERS: &[&str] = &[
    "a",
    "according",
    "after",
    "although",
    "an",
    "and",
    "but",
    "during",
    "he",
    "however",
    "in",
    "it",
    "meanwhile",
    "moreover",
    "on",
    "she",
    "that",
    "the",
    "they",
    "this",
    "we",
    "when",
    "yes",
];

/// True for a capitalised word that is never a speaker's name: a sentence opener (`However`,
/// `The`), a weekday or a month.
pub fn is_never_a_name(key: &str) -> bool {
    SENTENCE_OPENERS.binary_search(&key).is_ok() || is_weekday(key) || is_month(key)
}

/// Numbers spelled as words.
const NUMBER_WORDS: &[&str] = &[
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

/// The weekdays, in calendar order.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months, in calendar order.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// True for a weekday (`friday`).
pub fn is_weekday(key: &str) -> bool {
    WEEKDAYS.contains(&key)
}

/// True for a month (`march`; `may` too, which callers tell from the modal by its capital).
pub fn is_month(key: &str) -> bool {
    MONTHS.contains(&key)
}

/// Days named relative to today.
const RELATIVE_DAYS: &[&str] = &["today", "tomorrow", "yesterday"];

/// True for a word that names a day: a weekday, a month, `today`, `yesterday`, `tomorrow`.
pub fn is_date_word(key: &str) -> bool {
    is_weekday(key) || is_month(key) || RELATIVE_DAYS.contains(&key)
}

/// Negations and modal words: a change among these changes what is asserted.
const MODAL: &[&str] = &[
    "can", "cannot", "could", "likely", "may", "might", "must", "never", "no", "not", "possible",
    "possibly", "probably", "should", "unlikely", "will", "would",
];

/// True for a negation or a modal word (`not`, `may`, `would`, `possibly`).
pub fn is_modal(key: &str) -> bool {
    MODAL.binary_search(&key).is_ok()
}

/// Words that end in a full stop without ending a sentence (`Mr.`, `Gen.`, `Sept.`).
const ABBREVIATIONS: &[&str] = &[
    "aug", "co", "col", "dec", "dr", "etc", "feb", "gen", "gov", "inc", "jan", "jr", "lt", "mr",
    "mrs", "ms", "no", "nov", "oct", "prof", "rep", "sen", "sept", "sr", "st", "vs",
];

/// True for a word that is an abbreviation when a full stop follows it (`mr`, `sept`).
pub fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.binary_search(&lower).is_ok()
}

/// How a short line of page furniture begins (`Share this article`, `Read more: …`).
pub const PAGE_PROMPTS: &[&str] = &[
    "share",
    "subscribe",
    "follow us",
    "read more",
    "read also",
    "also read",
    "sign up",
    "newsletter",
    "advertisement",
    "click here",
    "comments",
    "related:",
    "tweet",
    "print",
];

/// How a photo credit begins (`Photo: Harbour Post / J. Doe`, `(Image credit: Reuters)`).
pub const PHOTO_CREDITS: &[&str] = &[
    "photo:",
    "photo credit",
    "(photo",
    "image:",
    "(image",
    "file photo",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searched_lists_are_sorted() {
        for list in [
            STOPWORDS,
            REPORTING_VERBS,
            BETWEEN_SUBJECT_AND_VERB,
            TITLES,
            SENTENCE_OPENERS,
            NUMBER_WORDS,
            MODAL,
            ABBREVIATIONS,
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list);
        }
    }

    #[test]
    fn each_question_has_its_answer() {
        assert!(is_stopword("the") && !is_stopword("harbour"));
        assert!(is_reporting_verb("underlined") && !is_reporting_verb("claims"));
        assert!(is_title("minister") && !is_title("vale"));
        assert!(is_never_a_name("however") && is_never_a_name("friday"));
        assert!(!is_never_a_name("vale"));
        assert!(is_number_word("dozen") && is_date_word("yesterday") && is_modal("might"));
        assert!(is_abbreviation("sept") && !is_abbreviation("port"));
    }
}
