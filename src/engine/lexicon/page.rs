//! Words of the page around an article: prompts and buttons, reading times, box headings,
//! photo credits and picture agencies, the markers of a full text or a heading, editorial
//! labels, generic file names, and the words that tell a text's language.
//!
//! Part of [`super`]: sorted lists of comparison keys, each with the one question it answers.

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

/// Words a reading-time line is made of besides its figure (`2 min read`, `Lettura: 2
/// minuti`, `3 min de leitura`, `Время чтения: 4 минуты`).
pub(super) const READING_TIME_WORDS: &[&str] = &[
    "de",
    "di",
    "lectura",
    "lecture",
    "leitura",
    "lettura",
    "min",
    "mins",
    "minute",
    "minuten",
    "minutes",
    "minuti",
    "minuto",
    "minutos",
    "read",
    "reading",
    "tempo",
    "temps",
    "time",
    "время",
    "мин",
    "минут",
    "минута",
    "минуты",
    "чтения",
];

/// True for a line that gives the article's reading time and nothing else (lower case):
/// `2 min read`, `5 minutes`, `Lettura: 2 minuti`, `3 min de leitura`. A figure, then only
/// the words of [`READING_TIME_WORDS`] (four at most); a sentence (`2 minutes later`) is not.
pub fn is_reading_time(lower: &str) -> bool {
    let (mut words, mut figures, mut minutes) = (0, 0, false);
    for w in lower.split([' ', '\t', ':', '.']).filter(|w| !w.is_empty()) {
        words += 1;
        if w.bytes().all(|c| c.is_ascii_digit()) {
            figures += 1;
        } else if READING_TIME_WORDS.binary_search(&w).is_ok() {
            minutes |= w.starts_with("min") || w.starts_with("мин");
        } else {
            return false;
        }
    }
    figures == 1 && minutes && words <= 5
}

/// The headings of the boxes a page sets around an article, each a line of its own (lower
/// case, without a closing colon).
pub const BOX_HEADINGS: &[&str] = &[
    "about the author",
    "about the writer",
    "most popular",
    "most read",
    "related articles",
    "related stories",
    "you may also like",
];

/// How a photo credit begins (`Photo: Harbour Post / J. Doe`, `(Image credit: Reuters)`).
pub const PHOTO_CREDITS: &[&str] = &[
    "photo:",
    "photo credit",
    "(photo",
    "image:",
    "(image",
    "file photo",
    "photo by",
    "picture:",
];

/// Picture agencies and wires that a credit line ends with, after a slash (see
/// `clean::is_agency_credit`), in lower case.
pub const PICTURE_AGENCIES: &[&str] = &[
    "afp",
    "alamy",
    "anadolu",
    "ap",
    "ap photo",
    "epa",
    "epa-efe",
    "getty",
    "getty images",
    "reuters",
    "shutterstock",
    "tass",
    "xinhua",
];

/// Phrases by which a text's opening says it holds the speaker's whole words, anywhere in a
/// line (`Here is the full transcript of the interview`), lower case, accents folded.
pub const FULL_TEXT_MARKERS: &[&str] = &[
    "full remarks",
    "full text of",
    "full transcript",
    "remarks as delivered",
];

/// Phrases by which a heading says the text is the speaker's own words, only at the start of a
/// line (`Remarks by Minister Vale`, `Transcript: …`): inside a sentence they are a report's
/// (`a statement by the ministry said`).
pub const HEADING_MARKERS: &[&str] =
    &["remarks by", "statement by", "transcript of", "transcript:"];

/// Editorial labels, lower case: cut off a paragraph, never taken for a speaker.
pub(super) const EDITORIAL_LABELS: &[&str] = &[
    "background",
    "claim",
    "context",
    "details",
    "editor's note",
    "note",
    "photo",
    "quote",
    "rating",
    "source",
    "update",
    "video",
    "watch",
];

/// True for an editorial label (`details`, `editor's note`), lower case.
pub fn is_editorial_label(lower: &str) -> bool {
    EDITORIAL_LABELS.binary_search(&lower).is_ok()
}

/// Names a file has when nobody named it, lower case, words apart.
pub(super) const GENERIC_FILE_NAMES: &[&str] = &[
    "article",
    "clipboard",
    "copy",
    "document",
    "download",
    "file",
    "new document",
    "new text document",
    "page",
    "paste",
    "pasted",
    "story",
    "text",
    "untitled",
];

/// True for a file name that names no outlet (`article`, `untitled`), lower case, words apart.
pub fn is_generic_file_name(lower: &str) -> bool {
    GENERIC_FILE_NAMES.binary_search(&lower).is_ok()
}

/// The commonest words of the Latin-script languages told apart (see
/// [`super::language::language_of`]), each list sorted, lower case: English first, which wins
/// ties.
pub const LANGUAGE_MARKERS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "and", "are", "be", "by", "for", "from", "has", "have", "he", "his", "in", "is", "it",
            "not", "of", "on", "said", "that", "the", "they", "this", "to", "was", "with",
        ],
    ),
    (
        "it",
        &[
            "alla", "anche", "che", "come", "con", "dei", "del", "della", "di", "gli", "ha", "il",
            "la", "le", "nel", "non", "per", "più", "questo", "si", "sono", "una", "è",
        ],
    ),
    (
        "pt",
        &[
            "ao", "com", "como", "da", "das", "de", "do", "dos", "em", "foi", "isso", "mais", "na",
            "no", "não", "o", "os", "para", "pela", "pelo", "que", "se", "uma", "é",
        ],
    ),
    (
        "es",
        &[
            "al", "como", "con", "de", "del", "el", "en", "es", "está", "fue", "la", "las", "los",
            "más", "no", "para", "pero", "por", "que", "se", "su", "una", "y",
        ],
    ),
    (
        "fr",
        &[
            "au", "avec", "ce", "cette", "dans", "de", "des", "du", "elle", "est", "et", "il",
            "la", "le", "les", "ne", "pas", "pour", "que", "qui", "sont", "sur", "une",
        ],
    ),
    (
        "de",
        &[
            "auch", "auf", "das", "dass", "dem", "den", "der", "die", "ein", "eine", "es", "im",
            "ist", "mit", "nicht", "sich", "und", "von", "werden", "wird", "zu",
        ],
    ),
];
