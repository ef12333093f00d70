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

/// Reporting verbs, by lemma; [`is_reporting_verb`] takes their inflected forms.
const REPORTING_LEMMAS: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "admit",
    "affirm",
    "allege",
    "announce",
    "answer",
    "appeal",
    "argue",
    "ask",
    "assert",
    "assure",
    "boast",
    "caution",
    "claim",
    "clarify",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "declare",
    "deny",
    "describe",
    "emphasise",
    "emphasize",
    "explain",
    "express",
    "highlight",
    "inform",
    "insist",
    "lament",
    "maintain",
    "mention",
    "note",
    "observe",
    "pledge",
    "point",
    "predict",
    "promise",
    "quip",
    "quote",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "repeat",
    "reply",
    "respond",
    "retort",
    "reveal",
    "say",
    "state",
    "stress",
    "suggest",
    "tell",
    "tweet",
    "underline",
    "underscore",
    "urge",
    "vow",
    "warn",
    "write",
];

/// Forms of reporting verbs that are irregular.
const IRREGULAR_REPORTING: &[&str] = &[
    "said", "says", "spoke", "spoken", "speaking", "told", "wrote", "written",
];

/// Third-person forms more often nouns than verbs in news text (`member states`, `the claims`,
/// `his remarks`): never taken for reporting verbs.
const NOUN_LIKE_FORMS: &[&str] = &[
    "answers", "appeals", "claims", "comments", "notes", "pledges", "points", "promises", "quotes",
    "remarks", "replies", "states", "tweets", "vows", "writes",
];

/// True when `key` is a form of a reporting verb (`said`, `underlined`, `stating`,
/// `clarified`, `responds`), and not one more often a noun (`claims`, `states`).
pub fn is_reporting_verb(key: &str) -> bool {
    if IRREGULAR_REPORTING.contains(&key) {
        return true;
    }
    if NOUN_LIKE_FORMS.contains(&key) {
        return false;
    }
    let lemma_of = |stem: &str| -> bool {
        REPORTING_LEMMAS.binary_search(&stem).is_ok()
            || REPORTING_LEMMAS
                .binary_search(&format!("{stem}e").as_str())
                .is_ok()
    };
    if REPORTING_LEMMAS.binary_search(&key).is_ok() {
        return true;
    }
    // -ied / -ies / -ying: clarified, replies, replying.
    for (suffix, back) in [("ied", "y"), ("ies", "y")] {
        if let Some(stem) = key.strip_suffix(suffix) {
            if lemma_of(&format!("{stem}{back}")) {
                return true;
            }
        }
    }
    ["ing", "ed", "es", "s", "d"].iter().any(|suffix| {
        key.strip_suffix(suffix).is_some_and(|stem| {
            !stem.is_empty()
                && (lemma_of(stem)
                    // A doubled consonant: `quipped`, `admitted`.
                    || stem
                        .chars()
                        .last()
                        .is_some_and(|c| {
                            // `c` may be any letter (`…éé`): cut it by its own length.
                            stem.ends_with(&format!("{c}{c}"))
                                && lemma_of(&stem[..stem.len() - c.len_utf8()])
                        }))
        })
    })
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

/// True for an adverb that may stand right before a reporting verb and says how the outlet
/// reports it (`further noted`, `also said`, `later added`): the words of
/// [`may_stand_before_verb`] less the auxiliaries (`has said` is the verb's tense).
pub fn is_reporting_adverb(key: &str) -> bool {
    may_stand_before_verb(key) && !matches!(key, "had" | "has" | "have" | "is" | "was" | "were")
}

/// Title words: a name ending in one is a role, not a person (`Port Minister`, `the Tesla
/// CEO`).
const TITLES: &[&str] = &[
    "adviser",
    "advisor",
    "agency",
    "aide",
    "ambassador",
    "boss",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "commander",
    "commissioner",
    "defence",
    "defense",
    "deputy",
    "diplomat",
    "director",
    "dr",
    "emir",
    "envoy",
    "executive",
    "founder",
    "general",
    "governor",
    "head",
    "king",
    "leader",
    "manager",
    "mayor",
    "minister",
    "ministry",
    "mr",
    "mrs",
    "ms",
    "official",
    "owner",
    "pontiff",
    "pope",
    "premier",
    "president",
    "prince",
    "prof",
    "queen",
    "representative",
    "secretary",
    "senator",
    "sir",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
];

/// True for a title word (`minister`, `spokesman`): accents folded.
pub fn is_title(folded: &str) -> bool {
    TITLES.binary_search(&folded).is_ok()
}

/// Capitalised words that start sentences or headings, never speakers (weekdays, months and
/// stopwords aside, which [`is_never_a_name`] adds).
const SENTENCE_OPENERS: &[&str] = &[
    "according",
    "addressing",
    "although",
    "amid",
    "among",
    "asked",
    "background",
    "despite",
    "details",
    "earlier",
    "every",
    "following",
    "here's",
    "however",
    "i'd",
    "i'm",
    "instead",
    "it's",
    "last",
    "later",
    "let's",
    "many",
    "meanwhile",
    "moreover",
    "next",
    "others",
    "perhaps",
    "recently",
    "several",
    "since",
    "source",
    "speaking",
    "still",
    "that's",
    "there's",
    "thus",
    "today",
    "tomorrow",
    "what's",
    "yes",
    "yesterday",
    "yet",
    "you're",
];

/// Month abbreviations that end in a full stop (`Nov. 29`).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept",
];

/// True for a capitalised word that is never a speaker's name: a sentence opener (`However`,
/// `The`), a weekday or a month.
pub fn is_never_a_name(key: &str) -> bool {
    SENTENCE_OPENERS.binary_search(&key).is_ok()
        || is_stopword(key)
        || is_weekday(key)
        || is_month(key)
        || MONTH_ABBREVIATIONS.binary_search(&key).is_ok()
}

/// Countries (and the commonest short forms), folded: names of places, never of people.
const COUNTRIES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "bosnia",
    "brazil",
    "britain",
    "bulgaria",
    "cambodia",
    "cameroon",
    "canada",
    "chile",
    "china",
    "colombia",
    "congo",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "denmark",
    "ecuador",
    "egypt",
    "england",
    "eritrea",
    "estonia",
    "ethiopia",
    "europe",
    "finland",
    "france",
    "gaza",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "korea",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "malaysia",
    "mali",
    "malta",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "myanmar",
    "nepal",
    "netherlands",
    "nigeria",
    "norway",
    "pakistan",
    "palestine",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "scotland",
    "senegal",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkey",
    "turkmenistan",
    "türkiye",
    "uganda",
    "ukraine",
    "uruguay",
    "usa",
    "uzbekistan",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zimbabwe",
];

/// True for a country's name (`Ukraine`, `Portugal`): a place, never a person.
pub fn is_country(folded: &str) -> bool {
    COUNTRIES.binary_search(&folded).is_ok()
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

/// Hedges: words that qualify a figure or a claim (`at least 30`, `some 31,000`, `almost 7
/// million`). One added or dropped changes what is asserted.
const HEDGES: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "estimated",
    "least",
    "less",
    "maybe",
    "more",
    "most",
    "nearly",
    "over",
    "perhaps",
    "reportedly",
    "roughly",
    "some",
    "under",
    "up",
];

/// True for a hedge word (see [`HEDGES`]): `about`, `almost`, `at least`'s `least`.
pub fn is_hedge(key: &str) -> bool {
    HEDGES.binary_search(&key).is_ok()
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

/// Words a reading-time line is made of besides its figure (`2 min read`, `Lettura: 2
/// minuti`, `3 min de leitura`, `Время чтения: 4 минуты`).
const READING_TIME_WORDS: &[&str] = &[
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

/// First-person pronouns: a text that uses them outside quote marks speaks for itself.
const FIRST_PERSON: &[&str] = &[
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "me",
    "mine",
    "my",
    "myself",
    "our",
    "ours",
    "ourselves",
    "us",
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
];

/// True for a first-person pronoun (`I`, `we`, `our`, `I'm`).
pub fn is_first_person(key: &str) -> bool {
    FIRST_PERSON.binary_search(&key).is_ok()
}

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

/// Words that make a name run an organisation or a place rather than a person, folded.
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "association",
    "bank",
    "commission",
    "committee",
    "company",
    "council",
    "department",
    "foundation",
    "government",
    "house",
    "institute",
    "kremlin",
    "ministry",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "press",
    "service",
    "times",
    "union",
    "university",
];

/// True for a folded word that names an organisation rather than a person (`kremlin`,
/// `ministry`).
pub fn is_organisation_word(folded: &str) -> bool {
    ORGANISATION_WORDS.binary_search(&folded).is_ok()
}

/// Lower-case words allowed inside a name (`Ursula von der Leyen`, `Osama bin Laden`).
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "dos", "du", "ibn", "la", "le", "van", "von",
];

/// True for a word allowed inside a name in lower case (`von`, `bin`).
pub fn is_name_particle(key: &str) -> bool {
    NAME_PARTICLES.binary_search(&key).is_ok()
}

/// Editorial labels, lower case: cut off a paragraph, never taken for a speaker.
const EDITORIAL_LABELS: &[&str] = &[
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
const GENERIC_FILE_NAMES: &[&str] = &[
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

/// Words that open a noun phrase (`the`, `their`): a replaced noun is read with it (`the
/// club` → `the owners`), see [`super::changes`].
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// True for a word that opens a noun phrase (`the`, `a`, `his`, `these`).
pub fn is_determiner(key: &str) -> bool {
    DETERMINERS.binary_search(&key).is_ok()
}

/// Nouns that name the occasion or the medium a statement was made on (`at a news
/// conference`, `in an interview`, `on the club's website`): outlets that name it with other
/// words disagree about it (see `conflicts::occasions`). Plurals are listed as such.
const OCCASION_NOUNS: &[&str] = &[
    "address",
    "briefing",
    "broadcast",
    "channels",
    "conference",
    "interview",
    "meeting",
    "podcast",
    "post",
    "recording",
    "remarks",
    "session",
    "speech",
    "statement",
    "summit",
    "transcript",
    "video",
    "website",
];

/// True for a noun that names an occasion or a medium (see [`OCCASION_NOUNS`]).
pub fn is_occasion_noun(key: &str) -> bool {
    OCCASION_NOUNS.binary_search(&key).is_ok()
}

/// Prepositions that tie a place, a host or a medium to an occasion (`a briefing in Tallinn`,
/// `an interview with the club's website`, `a video on its channels`).
const OCCASION_LINKS: &[&str] = &["at", "in", "on", "with"];

/// True for a preposition that ties more to an occasion (see [`OCCASION_LINKS`]).
pub fn links_an_occasion(key: &str) -> bool {
    OCCASION_LINKS.binary_search(&key).is_ok()
}

/// Words that open a clause of their own (`who`, `until`): what follows them is about that
/// clause, not the one before.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "since", "that", "until", "when", "where", "which", "while", "who",
];

/// True for a word that opens a clause of its own (see [`CLAUSE_OPENERS`]).
pub fn opens_a_clause(key: &str) -> bool {
    CLAUSE_OPENERS.binary_search(&key).is_ok()
}

/// Words outlets print masked (`f**k`, `f—k`, `s***`): such a word and its masked forms are
/// one word to the statement search.
const MASKED_WORDS: &[&str] = &[
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
const NEWS_SYNONYMS: &[(&str, &str)] = &[
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

/// Words after a day that say when in it (`Friday morning`).
pub const DAY_PARTS: &[&str] = &["afternoon", "evening", "morning", "night"];

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

/// Month and weekday names of the other languages told apart (accents folded; Russian ones as
/// stems, which its cases inflect), with the English name: a date is a fact every translation
/// keeps. Sorted by the foreign word.
const CALENDAR_WORDS: &[(&str, &str)] = &[
    ("abril", "april"),
    ("agosto", "august"),
    ("aout", "august"),
    ("april", "april"),
    ("aprile", "april"),
    ("august", "august"),
    ("avril", "april"),
    ("decembre", "december"),
    ("dezember", "december"),
    ("dezembro", "december"),
    ("dicembre", "december"),
    ("diciembre", "december"),
    ("dienstag", "tuesday"),
    ("dimanche", "sunday"),
    ("domenica", "sunday"),
    ("domingo", "sunday"),
    ("donnerstag", "thursday"),
    ("enero", "january"),
    ("febbraio", "february"),
    ("febrero", "february"),
    ("februar", "february"),
    ("fevereiro", "february"),
    ("fevrier", "february"),
    ("freitag", "friday"),
    ("gennaio", "january"),
    ("giovedi", "thursday"),
    ("giugno", "june"),
    ("janeiro", "january"),
    ("januar", "january"),
    ("janvier", "january"),
    ("jeudi", "thursday"),
    ("jueves", "thursday"),
    ("juillet", "july"),
    ("juin", "june"),
    ("julho", "july"),
    ("juli", "july"),
    ("julio", "july"),
    ("junho", "june"),
    ("juni", "june"),
    ("junio", "june"),
    ("luglio", "july"),
    ("lundi", "monday"),
    ("lunedi", "monday"),
    ("lunes", "monday"),
    ("maggio", "may"),
    ("mai", "may"),
    ("maio", "may"),
    ("marco", "march"),
    ("mardi", "tuesday"),
    ("mars", "march"),
    ("martedi", "tuesday"),
    ("martes", "tuesday"),
    ("marz", "march"),
    ("marzo", "march"),
    ("mayo", "may"),
    ("mercoledi", "wednesday"),
    ("mercredi", "wednesday"),
    ("miercoles", "wednesday"),
    ("mittwoch", "wednesday"),
    ("montag", "monday"),
    ("november", "november"),
    ("novembre", "november"),
    ("novembro", "november"),
    ("noviembre", "november"),
    ("octobre", "october"),
    ("octubre", "october"),
    ("oktober", "october"),
    ("ottobre", "october"),
    ("outubro", "october"),
    ("quarta", "wednesday"),
    ("quinta", "thursday"),
    ("sabado", "saturday"),
    ("sabato", "saturday"),
    ("samedi", "saturday"),
    ("samstag", "saturday"),
    ("segunda", "monday"),
    ("september", "september"),
    ("septembre", "september"),
    ("septiembre", "september"),
    ("setembro", "september"),
    ("settembre", "september"),
    ("sexta", "friday"),
    ("sonntag", "sunday"),
    ("terca", "tuesday"),
    ("vendredi", "friday"),
    ("venerdi", "friday"),
    ("viernes", "friday"),
    ("август", "august"),
    ("апрел", "april"),
    ("воскресен", "sunday"),
    ("вторник", "tuesday"),
    ("декабр", "december"),
    ("июл", "july"),
    ("июн", "june"),
    ("март", "march"),
    ("мая", "may"),
    ("ноябр", "november"),
    ("октябр", "october"),
    ("понедельник", "monday"),
    ("пятниц", "friday"),
    ("сентябр", "september"),
    ("сред", "wednesday"),
    ("суббот", "saturday"),
    ("феврал", "february"),
    ("четверг", "thursday"),
    ("январ", "january"),
    // Arabic script, letters written two ways written one way (`fold_arabic` in
    // `statements/cognates.rs`): Persian and Arabic months and weekdays.
    ("ابریل", "april"),
    ("اغسطس", "august"),
    ("الاثنین", "monday"),
    ("الاحد", "sunday"),
    ("الاربعاء", "wednesday"),
    ("الثلاثاء", "tuesday"),
    ("الجمعه", "friday"),
    ("الخمیس", "thursday"),
    ("السبت", "saturday"),
    ("اوت", "august"),
    ("اوریل", "april"),
    ("اکتبر", "october"),
    ("اکتوبر", "october"),
    ("اگوست", "august"),
    ("جمعه", "friday"),
    ("جولای", "july"),
    ("دسامبر", "december"),
    ("دوشنبه", "monday"),
    ("دیسمبر", "december"),
    ("سبتمبر", "september"),
    ("سهشنبه", "tuesday"),
    ("سپتامبر", "september"),
    ("شنبه", "saturday"),
    ("فبرایر", "february"),
    ("فوریه", "february"),
    ("مارس", "march"),
    ("مایو", "may"),
    ("نوامبر", "november"),
    ("نوفمبر", "november"),
    ("پنجشنبه", "thursday"),
    ("چهارشنبه", "wednesday"),
    ("ژانویه", "january"),
    ("ژوین", "june"),
    ("ژوییه", "july"),
    ("ینایر", "january"),
    ("یولیو", "july"),
    ("یونیو", "june"),
    ("یکشنبه", "sunday"),
];

/// The English month or weekday a foreign calendar word names (`marzo` → `march`, `мая` →
/// `may`): the word itself, or for Cyrillic ones a stem it starts with.
pub fn english_calendar_word(folded: &str) -> Option<&'static str> {
    if let Ok(i) = CALENDAR_WORDS.binary_search_by(|(w, _)| w.cmp(&folded)) {
        return Some(CALENDAR_WORDS[i].1);
    }
    let cyrillic = folded
        .chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c));
    if !cyrillic {
        return None;
    }
    CALENDAR_WORDS
        .iter()
        .find(|(w, _)| {
            w.starts_with(|c: char| ('\u{400}'..='\u{4FF}').contains(&c)) && folded.starts_with(w)
        })
        .map(|(_, e)| *e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_doubled_letter_of_two_bytes_is_cut_whole() {
        // Found by the property test: `…ééd` minus `d` ends in a doubled `é`.
        assert!(!is_reporting_verb("bpmwjhlb24.4ééd"));
        assert!(is_reporting_verb("quipped"));
    }

    #[test]
    fn searched_lists_are_sorted() {
        for list in [
            STOPWORDS,
            REPORTING_LEMMAS,
            NOUN_LIKE_FORMS,
            BETWEEN_SUBJECT_AND_VERB,
            MONTH_ABBREVIATIONS,
            TITLES,
            SENTENCE_OPENERS,
            NUMBER_WORDS,
            MODAL,
            ABBREVIATIONS,
            COUNTRIES,
            HEDGES,
            FIRST_PERSON,
            ORGANISATION_WORDS,
            NAME_PARTICLES,
            EDITORIAL_LABELS,
            DAY_PARTS,
            GENERIC_FILE_NAMES,
            CLAUSE_OPENERS,
            MASKED_WORDS,
            DETERMINERS,
            OCCASION_NOUNS,
            OCCASION_LINKS,
            READING_TIME_WORDS,
            BOX_HEADINGS,
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list);
        }
        let calendar: Vec<&str> = CALENDAR_WORDS.iter().map(|(w, _)| *w).collect();
        let mut sorted = calendar.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, calendar);
        let words: Vec<&str> = NEWS_SYNONYMS.iter().map(|(w, _)| *w).collect();
        let mut sorted = words.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, words, "NEWS_SYNONYMS");
        for (code, list) in LANGUAGE_MARKERS {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(&sorted, list, "{code}");
        }
    }

    #[test]
    fn each_question_has_its_answer() {
        assert!(is_stopword("the") && !is_stopword("harbour"));
        assert!(is_determiner("their") && !is_determiner("harbour") && !is_determiner("of"));
        assert!(is_reporting_verb("underlined") && !is_reporting_verb("claims"));
        for verb in [
            "said",
            "stating",
            "clarified",
            "responds",
            "quipped",
            "wrote",
            "replying",
        ] {
            assert!(is_reporting_verb(verb), "{verb}");
        }
        for word in ["states", "sad", "stat", "saying-", "harbour"] {
            assert!(!is_reporting_verb(word), "{word}");
        }
        assert!(is_title("minister") && !is_title("vale"));
        assert!(is_never_a_name("however") && is_never_a_name("friday"));
        assert!(!is_never_a_name("vale"));
        assert!(is_number_word("dozen") && is_date_word("yesterday") && is_modal("might"));
        assert!(is_abbreviation("sept") && !is_abbreviation("port"));
        assert_eq!(english_calendar_word("marzo"), Some("march"));
        assert_eq!(english_calendar_word("августа"), Some("august"));
        assert_eq!(english_calendar_word("harbour"), None);
    }
}
