//! The people an article names, so that a speaker mention resolves to one person.
//!
//! A *name run* is a run of capitalised words (particles such as `de`, `van`, `bin` and
//! hyphens inside allowed). Title words split it: what comes after the last title is the
//! person (`WHO Director-General Tedros Adhanom Ghebreyesus` → `Tedros Adhanom Ghebreyesus`,
//! with the title `general`), what comes before only qualifies the title.
//!
//! | mention | resolves to | why |
//! |---|---|---|
//! | `Vale` | `Ana Vale` | the article names `Port Minister Ana Vale` elsewhere |
//! | `the minister` | `Ana Vale` | the article's only `Minister …` is Ana Vale |
//! | `WHO`, `the Kremlin` | an organisation | acronym in capitals, or an organisation's word |
//! | `Lindqvist` | `Lindqvist`, a person | one word, never in a run with a first name, but after `Mr` |
//!
//! A *person* is a name seen with a first name or after a title in this article; only two
//! different persons make two versions' speakers different (an organisation, or a bare word
//! such as `Kyiv`, never blocks a match).
//!
//! Cost: one pass over the article's tokens.

use crate::engine::distance::within_one_edit;
use crate::engine::fasthash::FastMap;
use crate::engine::lexicon::{
    is_country, is_name_particle, is_never_a_name, is_organisation_word, is_title,
};
use crate::engine::normalize::fold_accents;
use crate::engine::token::{Token, TokenKind};

/// Who speaks: a name as the article gives it, and whether it is known to be a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The name for display (`Ana Vale`).
    pub name: String,
    /// Its words, folded (`ana`, `vale`).
    pub words: Vec<String>,
    /// True when the article shows it is a person's name (a first name, or a title before it).
    pub person: bool,
}

impl Speaker {
    /// True when the two speakers may be the same person: a name word in common, allowing one
    /// slip of spelling or accent in words of five letters or more (`Zelensky` = `Zelenskyy`,
    /// `Vale` = `Valé`).
    pub fn same_as(&self, other: &Speaker) -> bool {
        self.words.iter().any(|a| {
            other.words.iter().any(|b| {
                a == b
                    || (a.chars().count() >= 5 && b.chars().count() >= 5 && within_one_edit(a, b))
            })
        })
    }

    /// True when the two are known to be different people: both persons, no name in common.
    pub fn differs_from(&self, other: &Speaker) -> bool {
        self.person && other.person && !self.same_as(other)
    }
}

/// Words in a run of more than this many are a title-case heading, not a name (`Vale Issues
/// Scathing Rebuke Of Port Council`).
const MAX_NAME_WORDS: usize = 4;

/// One name run of an article.
#[derive(Debug, Clone)]
struct Run {
    /// The person's words (after the last title), as written.
    words: Vec<String>,
    /// The last title word before them, folded (`minister`).
    title: Option<String>,
    organisation: bool,
}

/// The people and organisations one article names, indexed so that each lookup costs a few
/// hash probes, whatever the number of names (an article of a thousand names must not make
/// every attribution scan them all).
#[derive(Debug, Clone, Default)]
pub struct People {
    runs: Vec<Run>,
    /// Name words (folded) seen right after `in`, `to`, `from`, `at`, or only ever before a
    /// title (`Harbour CEO Ana Vale`): places and organisations, not people.
    places: Vec<String>,
    /// For each folded word, the run [`People::resolve`] takes it for (see there).
    fullest: FastMap<String, usize>,
    /// Folded last words of organisation runs (`Ministry` in `the Port Ministry`), as keys.
    organisation_words: FastMap<String, usize>,
    /// Folded words that some run gives alone after a title (`Minister Vale`), as keys.
    titled: FastMap<String, usize>,
    /// For each title, the one person (run) the article gives it, or [`SHARED_TITLE`] when two
    /// people share it. (One map type for all: each type of map is code of its own in the wasm.)
    by_title: FastMap<String, usize>,
}

/// What [`People::by_title`] holds for a title two people share.
const SHARED_TITLE: usize = usize::MAX;

/// True for a word token that can be part of a name: capitalised, and not a word that only
/// opens sentences (`However`, `The`, `It’s`).
pub fn is_name_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.text(text).chars().next().is_some_and(char::is_uppercase)
        && !is_never_a_name(&t.key)
}

pub(super) fn folded(word: &str) -> String {
    fold_accents(word)
}

impl People {
    /// Every name run of the article, from its tokens.
    pub fn of(text: &str, tokens: &[Token]) -> People {
        let mut runs = Vec::new();
        let mut places = Vec::new();
        let mut qualifiers: Vec<String> = Vec::new();
        let mut k = 0;
        let mut before: Option<&Token> = None; // the word before, for places
        while k < tokens.len() {
            if !is_name_word(text, &tokens[k]) {
                if tokens[k].kind != TokenKind::Space {
                    before = Some(&tokens[k]);
                }
                k += 1;
                continue;
            }
            if before.is_some_and(|b| matches!(b.key.as_str(), "in" | "to" | "from" | "at")) {
                places.push(folded(&tokens[k].key));
            }
            before = None;
            // The run: name words, joined by single spaces, hyphens or particles.
            let mut words: Vec<&Token> = vec![&tokens[k]];
            let mut j = k + 1;
            while let (Some(gap), Some(next)) = (tokens.get(j), tokens.get(j + 1)) {
                let single_space = |t: &Token| t.kind == TokenKind::Space && t.text(text) == " ";
                let joins = single_space(gap) || gap.key == "-";
                if joins && is_name_word(text, next) {
                    words.push(next);
                    j += 2;
                    continue;
                }
                // Particles (`van der`), then a name word.
                let mut m = j;
                let mut particles = Vec::new();
                while m + 1 < tokens.len()
                    && single_space(&tokens[m])
                    && is_name_particle(&tokens[m + 1].key)
                    && particles.len() < 3
                {
                    particles.push(&tokens[m + 1]);
                    m += 2;
                }
                let name_after = !particles.is_empty()
                    && tokens.get(m).is_some_and(single_space)
                    && tokens.get(m + 1).is_some_and(|w| is_name_word(text, w));
                if !name_after {
                    break;
                }
                words.extend(particles);
                words.push(&tokens[m + 1]);
                j = m + 2;
            }
            k = j;
            let last_title = words.iter().rposition(|t| is_title(&folded(&t.key)));
            let title = last_title.map(|i| folded(&words[i].key));
            let person: Vec<String> = words[last_title.map_or(0, |i| i + 1)..]
                .iter()
                .map(|t| t.text(text).to_string())
                .collect();
            let organisation = words.iter().any(|t| is_organisation_word(&folded(&t.key)))
                || (words.len() == 1 && is_acronym(words[0].text(text)));
            if let Some(i) = last_title {
                qualifiers.extend(words[..i].iter().map(|t| folded(&t.key)));
            }
            if person.len() <= MAX_NAME_WORDS {
                runs.push(Run {
                    words: person,
                    title,
                    organisation,
                });
            }
        }
        // A word only ever seen before a title qualifies it (`Harbour CEO`): not a person.
        let mut in_person: FastMap<String, usize> = FastMap::default();
        for r in runs
            .iter()
            .filter(|r| r.words.len() >= 2 || r.title.is_some())
        {
            for w in &r.words {
                in_person.insert(folded(w), 0);
            }
        }
        places.extend(
            qualifiers
                .into_iter()
                .filter(|q| !in_person.contains_key(q)),
        );
        sort_words(&mut places);
        places.dedup();
        let mut people = People {
            runs,
            places,
            ..People::default()
        };
        people.index();
        people
    }

    /// Builds the lookups from the runs: one pass over them, and one over their words.
    fn index(&mut self) {
        let key_of = |r: &Run| -> String {
            r.words
                .iter()
                .map(|w| folded(w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut count: FastMap<String, usize> = FastMap::default();
        for r in &self.runs {
            *count.entry(key_of(r)).or_default() += 1;
        }
        // The commonest full name holding each word (`Ana Vale` over a one-off heading such as
        // `Vale Issues Scathing Rebuke`), the longest on a tie, the last on a full tie; a lone
        // word only when the article has no full name for it.
        let rank = |r: &Run| (r.words.len() >= 2, count[&key_of(r)], r.words.len());
        for (i, r) in self.runs.iter().enumerate() {
            if r.organisation {
                let last = r.words.last().map(|w| folded(w)).unwrap_or_default();
                self.organisation_words.insert(last, 0);
                continue;
            }
            for w in &r.words {
                let best = self.fullest.entry(folded(w)).or_insert(i);
                if rank(r) >= rank(&self.runs[*best]) {
                    *best = i;
                }
            }
            if r.title.is_some() && r.words.len() == 1 {
                self.titled.insert(folded(&r.words[0]), 0);
            }
        }
        for (i, r) in self.runs.iter().enumerate() {
            let Some(title) = &r.title else { continue };
            if r.words.is_empty() || r.organisation {
                continue;
            }
            let entry = self.by_title.entry(title.clone()).or_insert(i);
            if *entry != SHARED_TITLE {
                let found = &self.runs[*entry];
                if !speaker(&found.words, true).same_as(&speaker(&r.words, true)) {
                    *entry = SHARED_TITLE;
                } else if found.words.len() < r.words.len() {
                    *entry = i;
                }
            }
        }
    }

    /// The speaker a one-word (or full) name mention stands for: the fullest run of the
    /// article that holds it.
    pub fn resolve(&self, mention: &str) -> Speaker {
        let key = folded(mention);
        let fullest = self.fullest.get(&key).map(|&i| &self.runs[i]);
        let organisation = is_acronym(mention)
            || is_organisation_word(&key)
            || self.organisation_words.contains_key(&key);
        let place = self.places.binary_search(&key).is_ok() || is_country(&key);
        match fullest {
            // A name with a first name, or after a title, is a person's; a lone word is one
            // too unless the article also puts it after `in` or `to` (a place).
            Some(run) if !organisation => {
                let titled = self.titled.contains_key(&key);
                speaker(&run.words, run.words.len() >= 2 || titled || !place)
            }
            _ => speaker(&[mention.to_string()], false),
        }
    }

    /// The person a bare title stands for (`the minister` → the article's one `Minister …`),
    /// when the article names exactly one person with that title.
    pub fn by_title(&self, title: &str) -> Option<Speaker> {
        let run = self.runs.get(*self.by_title.get(title)?)?;
        Some(speaker(&run.words, true))
    }
}

/// Sorts folded words (one sort instantiation for every list of strings).
fn sort_words(words: &mut [String]) {
    words.sort_unstable();
}

fn speaker(words: &[String], person: bool) -> Speaker {
    Speaker {
        name: words.join(" "),
        words: words.iter().map(|w| folded(w)).collect(),
        person,
    }
}

/// `WHO`, `NATO`, `UN`: two to five capitals.
fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=5).contains(&n) && word.chars().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token::tokenize;

    fn people(text: &str) -> People {
        People::of(text, &tokenize(text))
    }

    #[test]
    fn a_surname_resolves_to_the_full_name() {
        let p = people("Port Minister Ana Vale spoke. Later Vale said more.");
        let s = p.resolve("Vale");
        assert_eq!(s.name, "Ana Vale");
        assert!(s.person);
    }

    #[test]
    fn a_bare_title_resolves_to_the_one_person_with_it() {
        let p = people("Port Minister Ana Vale spoke with Harbour Master Lars Lindqvist.");
        assert_eq!(
            p.by_title("minister").map(|s| s.name),
            Some("Ana Vale".to_string())
        );
        assert_eq!(p.by_title("master"), None, "not a title word");
        let two = people("Minister Ana Vale met Minister Joao Reis.");
        assert_eq!(two.by_title("minister"), None);
    }

    #[test]
    fn organisations_and_places_are_not_persons() {
        let p = people("The WHO and the Port Office spoke in Lisbon. Lisbon said no.");
        assert!(!p.resolve("WHO").person);
        assert!(!p.resolve("Office").person);
        assert!(!p.resolve("Lisbon").person);
    }

    #[test]
    fn a_title_case_heading_is_not_a_name() {
        let p =
            people("Vale Issues Scathing Rebuke Of Port Council\nAna Vale spoke. Ana Vale left.");
        assert_eq!(p.resolve("Vale").name, "Ana Vale");
    }

    #[test]
    fn countries_and_words_before_a_title_are_not_persons() {
        let p = people("Portugal agreed. Nordline CEO Ana Vale spoke. Nordline said no.");
        assert!(!p.resolve("Portugal").person);
        assert!(!p.resolve("Nordline").person);
        assert!(p.resolve("Vale").person);
    }

    #[test]
    fn a_title_before_one_name_makes_it_a_person() {
        let p = people("Mr Lindqvist spoke. Then Lindqvist left.");
        assert!(p.resolve("Lindqvist").person);
    }

    #[test]
    fn only_two_persons_with_no_name_in_common_differ() {
        let p = people("Ana Vale and Lars Lindqvist met. Ana Valé spoke.");
        let (vale, lindqvist) = (p.resolve("Vale"), p.resolve("Lindqvist"));
        assert!(vale.differs_from(&lindqvist));
        assert!(!vale.differs_from(&p.resolve("Valé")));
        assert!(!vale.differs_from(&p.resolve("Lisbon")));
    }

    #[test]
    fn particles_stay_inside_a_name() {
        let p = people("Chair Maria van der Berg spoke.");
        assert_eq!(p.resolve("Berg").name, "Maria van der Berg");
    }
}
