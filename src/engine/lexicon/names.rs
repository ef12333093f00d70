//! Words about names: titles (`minister`), the capitalised words that are never a name
//! (sentence openers, month abbreviations), countries, organisation words, name particles
//! (`de`, `von`).
//!
//! Part of [`super`]: sorted lists of comparison keys, each with the one question it answers.

use super::calendar::{is_month, is_weekday};
use super::words::is_stopword;

/// Title words: a name ending in one is a role, not a person (`Port Minister`, `the Tesla
/// CEO`).
pub(super) const TITLES: &[&str] = &[
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
pub(super) const SENTENCE_OPENERS: &[&str] = &[
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
pub(super) const MONTH_ABBREVIATIONS: &[&str] = &[
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
pub(super) const COUNTRIES: &[&str] = &[
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

/// Words that make a name run an organisation or a place rather than a person, folded.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
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
pub(super) const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "dos", "du", "ibn", "la", "le", "van", "von",
];

/// True for a word allowed inside a name in lower case (`von`, `bin`).
pub fn is_name_particle(key: &str) -> bool {
    NAME_PARTICLES.binary_search(&key).is_ok()
}
