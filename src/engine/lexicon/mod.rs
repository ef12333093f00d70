//! Every English word list the engine uses, once, with the one question each answers.
//!
//! Lists are of comparison keys (lower case, quotes folded; see [`super::normalize`]) and
//! sorted, so each lookup is a binary search; a test keeps them sorted. A second language
//! would start here.
//!
//! | file | words |
//! |---|---|
//! | `words.rs` | stopwords, determiners, clause openers, masked words, news synonyms, abbreviations |
//! | `speech.rs` | reporting verbs, modal verbs, hedges, the first person, occasions |
//! | `names.rs` | titles, words never a name, countries, organisations, name particles |
//! | `calendar.rs` | weekdays, months, relative days, other languages' calendar words |
//! | `figures.rs` | number words, unit symbols |
//! | `page.rs` | page furniture, credits, full-text and heading markers, language markers |

mod calendar;
mod figures;
mod names;
mod page;
mod speech;
mod words;

pub use calendar::*;
pub use figures::*;
pub use names::*;
pub use page::*;
pub use speech::*;
pub use words::*;

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
            NEGATIONS,
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
