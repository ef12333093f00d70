//! Words about how something is said: reporting verbs and what may stand between a
//! subject and its verb, modal verbs and hedges, the first person, the nouns of an occasion
//! (`meeting`, `briefing`).
//!
//! Part of [`super`]: sorted lists of comparison keys, each with the one question it answers.

/// Reporting verbs, by lemma; [`is_reporting_verb`] takes their inflected forms.
pub(super) const REPORTING_LEMMAS: &[&str] = &[
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
pub(super) const IRREGULAR_REPORTING: &[&str] = &[
    "said", "says", "spoke", "spoken", "speaking", "told", "wrote", "written",
];

/// Third-person forms more often nouns than verbs in news text (`member states`, `the claims`,
/// `his remarks`): never taken for reporting verbs.
pub(super) const NOUN_LIKE_FORMS: &[&str] = &[
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
pub(super) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
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

/// Negations and modal words: a change among these changes what is asserted.
pub(super) const MODAL: &[&str] = &[
    "can", "cannot", "could", "likely", "may", "might", "must", "never", "no", "not", "possible",
    "possibly", "probably", "should", "unlikely", "will", "would",
];

/// True for a negation or a modal word (`not`, `may`, `would`, `possibly`).
pub fn is_modal(key: &str) -> bool {
    MODAL.binary_search(&key).is_ok()
}

/// Negations: one that repeats another of its sentence (`not 300,000, not 150,000`) carries no
/// polarity of its own (see `classify.rs`).
pub const NEGATIONS: &[&str] = &["never", "no", "nor", "not"];

/// True for a negation (see [`NEGATIONS`]).
pub fn is_negation(key: &str) -> bool {
    NEGATIONS.binary_search(&key).is_ok()
}

/// Hedges: words that qualify a figure or a claim (`at least 30`, `some 31,000`, `almost 7
/// million`). One added or dropped changes what is asserted.
pub(super) const HEDGES: &[&str] = &[
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

/// First-person pronouns: a text that uses them outside quote marks speaks for itself.
pub(super) const FIRST_PERSON: &[&str] = &[
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

/// Nouns that name the occasion or the medium a statement was made on (`at a news
/// conference`, `in an interview`, `on the club's website`): outlets that name it with other
/// words disagree about it (see `conflicts::occasions`). Plurals are listed as such.
pub(super) const OCCASION_NOUNS: &[&str] = &[
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
pub(super) const OCCASION_LINKS: &[&str] = &["at", "in", "on", "with"];

/// True for a preposition that ties more to an occasion (see [`OCCASION_LINKS`]).
pub fn links_an_occasion(key: &str) -> bool {
    OCCASION_LINKS.binary_search(&key).is_ok()
}
