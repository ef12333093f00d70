//! One statement's verdicts: which version is the base, how faithful each other version is
//! to it, and the status the overview shows.
//!
//! Cost: linear in the versions' words (content words are counted in a multiset, never
//! searched for one by one).

use super::diff::Side;
use super::fasthash::FastMap;
use super::key::Key;
use super::lexicon::is_stopword;
use super::model::{Change, ChangeKind, Fidelity, Form, KindCount, Status};
use super::normalize::stem;

/// Stems of the content words (not stopwords) of a side, in order.
pub fn content_stems(side: &Side) -> Vec<Key> {
    side.units
        .iter()
        .map(|&i| &side.tokens[i])
        .filter(|t| t.is_wordlike() && !is_stopword(&t.key))
        .map(|t| stem(&t.key))
        .collect()
}

/// The most complete version: a quote before a paraphrase, then the one that carries the most
/// content words confirmed by at least one other version (words only one outlet has are its
/// own additions, not completeness), then the one with the fewest such additions; ties go to
/// the earliest.
pub fn most_complete(stems: &[Vec<Key>], forms: &[Form]) -> usize {
    // In how many versions each stem occurs.
    let mut carried_by: FastMap<&Key, usize> = FastMap::default();
    for words in stems {
        let mut own: Vec<&Key> = words.iter().collect();
        own.sort_unstable_by(|a, b| a.as_str().cmp(b.as_str()));
        own.dedup();
        for w in own {
            *carried_by.entry(w).or_default() += 1;
        }
    }
    let score = |i: usize| {
        // A word is confirmed when a version other than this one carries it too.
        let confirmed = stems[i].iter().filter(|w| carried_by[w] >= 2).count();
        (
            forms[i] == Form::Quote,
            confirmed,
            usize::MAX - (stems[i].len() - confirmed),
        )
    };
    (0..stems.len())
        .max_by(|&a, &b| score(a).cmp(&score(b)).then(b.cmp(&a)))
        .unwrap_or(0)
}

/// The share of the base's content words (their stems) that `other` keeps, each occurrence
/// kept at most once, and the changes counted by kind.
pub fn fidelity(base_words: &[Key], other_words: &[Key], changes: &[Change]) -> Fidelity {
    let mut available: FastMap<&Key, usize> = FastMap::default();
    for w in other_words {
        *available.entry(w).or_default() += 1;
    }
    let mut kept = 0;
    for w in base_words {
        if let Some(n) = available.get_mut(w).filter(|n| **n > 0) {
            *n -= 1;
            kept += 1;
        }
    }
    let by_kind: Vec<KindCount> = ChangeKind::ALL
        .iter()
        .map(|&kind| KindCount {
            kind,
            count: changes.iter().filter(|c| c.kind == kind).count(),
        })
        .filter(|k| k.count > 0)
        .collect();
    Fidelity {
        kept: if base_words.is_empty() {
            1.0
        } else {
            kept as f64 / base_words.len() as f64
        },
        base_words: base_words.len(),
        substantive: changes.iter().filter(|c| c.substantive).count(),
        by_kind,
    }
}

/// The status of a version in the overview.
pub fn status(is_base: bool, form: Form, fidelity: &Fidelity) -> Status {
    match (is_base, form, fidelity.substantive) {
        (true, _, _) => Status::Base,
        (false, Form::Paraphrase, _) => Status::Paraphrased,
        (false, Form::Quote, 0) => Status::Verbatim,
        (false, Form::Quote, _) => Status::Altered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(words: &str) -> Vec<Key> {
        words.split_whitespace().map(stem).collect()
    }

    #[test]
    fn a_quote_outranks_a_paraphrase_then_confirmed_words_count() {
        let stems = [
            keys("ships wait northern bay"),
            keys("ships wait northern bay three days"),
            keys("ships wait northern bay three days"),
        ];
        let quotes = [Form::Quote, Form::Quote, Form::Quote];
        assert_eq!(most_complete(&stems, &quotes), 1, "ties go to the earliest");
        let forms = [Form::Quote, Form::Paraphrase, Form::Paraphrase];
        assert_eq!(most_complete(&stems, &forms), 0);
    }

    #[test]
    fn words_only_one_version_has_are_additions_not_completeness() {
        let stems = [
            keys("ships wait northern bay"),
            keys("ships wait northern bay dolphins harbour united"),
            keys("ships wait northern bay"),
        ];
        let quotes = [Form::Quote; 3];
        assert_eq!(most_complete(&stems, &quotes), 0);
    }

    #[test]
    fn fidelity_counts_each_occurrence_once() {
        let f = fidelity(&keys("ships ships wait"), &keys("ships wait"), &[]);
        assert_eq!(f.base_words, 3);
        assert_eq!(f.kept_percent(), 67);
    }
}
