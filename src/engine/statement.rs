//! One statement's verdicts: which version is the base, how faithful each other version is
//! to it, the status the overview shows, and whose wording each version follows.
//!
//! Cost: linear in the versions' words (content words are counted in a multiset, never
//! searched for one by one); [`follows`] is linear in the changes times the versions.

use super::diff::Side;
use super::fasthash::FastMap;
use super::key::Key;
use super::lexicon::is_stopword;
use super::model::{
    Change, ChangeKind, ChangeOp, Fidelity, Follows, Form, KindCount, Primary, Status,
};
use super::normalize::{comparison_key, stem};

/// The share of content words two versions must have in common (of the base's words, or of
/// the version's own, whichever is higher) to be versions of each other: below it the version
/// is only about the same thing ([`Status::Related`]), and a primary text is no base for the
/// others (it is in another language, or it is the wrong passage of the transcript).
pub const MIN_SHARED_WORDS: f64 = 0.3;

/// Stems of the content words (not stopwords) of a side, in order.
pub fn content_stems(side: &Side) -> Vec<Key> {
    side.units
        .iter()
        .map(|&i| &side.tokens[i])
        .filter(|t| t.is_wordlike() && !is_stopword(&t.key))
        .map(|t| stem(&t.key))
        .collect()
}

/// Stems of every word of a side (stopwords too), in order: the tie-break of
/// [`most_complete`].
pub fn word_stems(side: &Side) -> Vec<Key> {
    side.units
        .iter()
        .map(|&i| &side.tokens[i])
        .filter(|t| t.is_wordlike())
        .map(|t| stem(&t.key))
        .collect()
}

/// In how many of `lists` each word occurs (each list counted once per word).
fn carried_by<'w>(lists: impl Iterator<Item = &'w Vec<Key>>) -> FastMap<&'w str, usize> {
    let mut carried: FastMap<&str, usize> = FastMap::default();
    for words in lists {
        // The distinct words, through a map (one sort routine fewer in the wasm).
        let mut own: FastMap<&str, usize> = FastMap::default();
        for w in words {
            own.insert(w.as_str(), 0);
        }
        for w in own.into_keys() {
            *carried.entry(w).or_default() += 1;
        }
    }
    carried
}

/// How many of `words` are confirmed (carried by half of the `versions`, and by two at least)
/// and how many are not.
fn confirmed_and_not(
    words: &[Key],
    carried: &FastMap<&str, usize>,
    versions: usize,
) -> (usize, usize) {
    let confirmed = words
        .iter()
        .filter(|w| 2 * carried.get(w.as_str()).copied().unwrap_or(0) >= versions.max(4))
        .count();
    (confirmed, words.len() - confirmed)
}

/// What the base choice knows of one version.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Its content stems ([`content_stems`]).
    pub stems: Vec<Key>,
    /// The stems of all its words, stopwords too ([`word_stems`]).
    pub words: Vec<Key>,
    /// A quote or a paraphrase.
    pub form: Form,
    /// The kind of primary text it comes from, if it comes from one.
    pub primary: Option<Primary>,
}

impl Candidate {
    /// A version that takes no part in the choice (another language's): no words, a
    /// paraphrase, no primary text.
    pub fn left_out() -> Candidate {
        Candidate {
            stems: Vec::new(),
            words: Vec::new(),
            form: Form::Paraphrase,
            primary: None,
        }
    }
}

/// The most complete version: a quote before a paraphrase, then the one that carries the most
/// confirmed content words, then the one with the fewest unconfirmed ones, then the same two
/// counts over all its words (stopwords too); ties go to the earliest. A word is confirmed
/// when at least half of the versions carry it (and two, when there are fewer than four):
/// words only one outlet has are its own additions, not completeness, and a connective two of
/// seven outlets open with (`However, that does not mean`) is theirs, so the base is the
/// wording most outlets give and their `However` shows as added.
///
/// Only the quotes confirm words when there are quotes: when two of three quotes carry
/// `sincere` and the third instead ends `of this plane crash`, which one paraphrase also says,
/// the base is a quote with `sincere`, and the third shows it as removed.
///
/// The count over all words settles versions that keep the same content words: when five of
/// eight outlets write `It's with great hope that I declare` and the first `With great hope I
/// declare`, the base is one of the five, and the first shows `It's … that` as removed (not
/// the five as adding it).
pub fn most_complete(versions: &[Candidate]) -> usize {
    // The witnesses of the speaker's words: the quotes, when there are any (a paraphrase's
    // words are its outlet's).
    let any_quote = versions.iter().any(|v| v.form == Form::Quote);
    let witnesses = || {
        versions
            .iter()
            .filter(move |v| !any_quote || v.form == Form::Quote)
    };
    let content = carried_by(witnesses().map(|v| &v.stems));
    let all = carried_by(witnesses().map(|v| &v.words));
    let n = witnesses().count();
    let score = |i: usize| {
        let v = &versions[i];
        let (confirmed, unconfirmed) = confirmed_and_not(&v.stems, &content, n);
        let (all_confirmed, all_unconfirmed) = confirmed_and_not(&v.words, &all, n);
        (
            v.form == Form::Quote,
            confirmed,
            usize::MAX - unconfirmed,
            all_confirmed,
            usize::MAX - all_unconfirmed,
        )
    };
    (0..versions.len())
        .max_by(|&a, &b| score(a).cmp(&score(b)).then(b.cmp(&a)))
        .unwrap_or(0)
}

/// The default base: the fullest version from a primary text (the speaker's own words, see
/// [`super::primary`]) when it is as good a witness as the most complete version, else the
/// most complete version.
///
/// A witness is good when the other outlets' quotes are found in it. A transcript is the
/// record of what was said, so it is judged leniently: the share of the shorter side's words
/// the two have in common (its passage may be cut at a sentence that a quote runs across). A
/// text of the speaker's own (a statement, a post) may be a restatement on another occasion,
/// so it must hold the quotes' words: when outlets quote `It's therefore with great hope that
/// I declare …` from a speech and the speaker's post says `With great hope I declare …`, the
/// post is one version among the others, not what the outlets are measured against. A text
/// that only claims to be the speaker's words (an outlet's rewrite presented as "what he had
/// to say") holds fewer of them than the outlet that quoted best, and stays one version among
/// the others too. With no third quote to judge by, the primary text needs
/// [`MIN_SHARED_WORDS`] in common with the most complete version (not another language, not
/// another passage).
pub fn default_base(versions: &[Candidate]) -> usize {
    let most = most_complete(versions);
    let primary = |i: usize| versions[i].primary.is_some();
    if primary(most) || !(0..versions.len()).any(primary) {
        return most;
    }
    // The judges: the other outlets' quotes.
    let judges: Vec<usize> = (0..versions.len())
        .filter(|&i| !primary(i) && i != most && versions[i].form == Form::Quote)
        .collect();
    let witness = |c: usize, kind: Primary| -> f64 {
        let c = &versions[c].stems;
        judges
            .iter()
            .map(|&q| {
                let quote = &versions[q].stems;
                match kind {
                    Primary::Transcript => shared_share(c, quote),
                    Primary::OwnWords => held_share(quote, c),
                }
            })
            .sum::<f64>()
    };
    // Of the primary text's versions (a transcript may hold the statement twice, in its lede
    // and in its body), the best witness, then the fullest.
    let of_primary = |i: usize| versions[i].primary.map(|kind| (witness(i, kind), kind));
    let p = (0..versions.len())
        .filter(|&i| primary(i))
        .max_by(|&a, &b| {
            let key = |i: usize| {
                (
                    of_primary(i).map_or(0.0, |(w, _)| w),
                    versions[i].stems.len(),
                )
            };
            key(a)
                .partial_cmp(&key(b))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(b.cmp(&a))
        })
        .unwrap_or(most);
    let good = match of_primary(p) {
        None => false,
        Some(_) if judges.is_empty() => {
            shared_share(&versions[p].stems, &versions[most].stems) >= MIN_SHARED_WORDS
        }
        Some((held, kind)) => held >= witness(most, kind) - WITNESS_TOLERANCE * judges.len() as f64,
    };
    if good {
        p
    } else {
        most
    }
}

/// How much worse, per quote judged, a primary text may hold the other quotes than the most
/// complete version and still be the base: a transcript passage cut a little differently from
/// the quotes loses a word or two, a rewrite loses a fifth or more.
const WITNESS_TOLERANCE: f64 = 0.05;

/// How many of `base_words` `other_words` has too, each occurrence matched at most once.
fn shared_words(base_words: &[Key], other_words: &[Key]) -> usize {
    shared_occurrences(
        base_words.iter().map(Key::as_str),
        other_words.iter().map(Key::as_str),
    )
}

/// How many of the words of `a` `b` has too, each occurrence matched at most once (`a a b`
/// and `a b b` share 2).
pub fn shared_occurrences<'w>(
    a: impl IntoIterator<Item = &'w str>,
    b: impl IntoIterator<Item = &'w str>,
) -> usize {
    let mut available: FastMap<&str, usize> = FastMap::default();
    for w in b {
        *available.entry(w).or_default() += 1;
    }
    let mut kept = 0;
    for w in a {
        if let Some(n) = available.get_mut(w).filter(|n| **n > 0) {
            *n -= 1;
            kept += 1;
        }
    }
    kept
}

/// The share of `quote`'s content words that `witness` holds (1 for an empty quote): a
/// transcript holds every word of a quote taken from it, a shorter restatement does not.
fn held_share(quote: &[Key], witness: &[Key]) -> f64 {
    if quote.is_empty() {
        return 1.0;
    }
    shared_words(quote, witness) as f64 / quote.len() as f64
}

/// The shared content words as a share of the shorter version's: 1 when one holds all of the
/// other's words.
fn shared_share(a: &[Key], b: &[Key]) -> f64 {
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return 1.0;
    }
    shared_words(a, b) as f64 / shorter as f64
}

/// True when `other_words` has too little in common with `base_words` to be a version of it
/// (see [`MIN_SHARED_WORDS`]): measured against the shorter of the two, so that a short
/// faithful paraphrase of a long transcript passage stays a paraphrase.
pub fn keeps_too_little(base_words: &[Key], other_words: &[Key]) -> bool {
    shared_share(base_words, other_words) < MIN_SHARED_WORDS
}

/// The share of the base's content words (their stems) that `other` keeps, each occurrence
/// kept at most once, and the changes counted by kind. The reporting verb (a change of the
/// attribution, not of the words) is counted by kind but is no substantive change of the
/// statement: a quote word for word with `claimed` for `said` is verbatim.
pub fn fidelity(base_words: &[Key], other_words: &[Key], changes: &[Change]) -> Fidelity {
    let kept = shared_words(base_words, other_words);
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
        substantive: changes.iter().filter(|c| departs(c)).count(),
        by_kind,
    }
}

/// True for a substantive change of the statement's words (not of its attribution).
fn departs(c: &Change) -> bool {
    c.substantive && c.op != ChangeOp::Attribution
}

/// The status of a version in the overview; `too_little` from [`keeps_too_little`].
pub fn status(is_base: bool, form: Form, fidelity: &Fidelity, too_little: bool) -> Status {
    match (is_base, too_little, form, fidelity.substantive) {
        (true, ..) => Status::Base,
        (false, true, ..) => Status::Related,
        (false, false, Form::Paraphrase, _) => Status::Paraphrased,
        (false, false, Form::Quote, 0) => Status::Verbatim,
        (false, false, Form::Quote, _) => Status::Altered,
    }
}

/// For each version, the version closest to its wording when that is not the base: the
/// versions are placed one by one from the base, the closest to any placed one first, each
/// beside the placed version it differs from least (by `distance`, which the pipeline reads
/// from the statement's alignment; on a tie, the base). Only versions in `candidates` (the
/// base's language, diffed against it) take part. A version placed beside another gets its
/// *variants*: the places where both depart from the base and differ from each other
/// ([`super::changes::variant_changes`]).
///
/// ```text
/// base (post):  With great hope I declare the emergency over.
/// Harbour Post: It's therefore with great hope that I declare the emergency over.
/// Coast Wire:   It is therefore with great hope that I declare the emergency over.
/// → Coast Wire is closest to Harbour Post: `It's` → `It is`, which neither shares with the base
/// ```
///
/// Cost: the square of the candidates (at most 16) times the cost of `distance`.
pub fn closest_wordings(
    base: usize,
    candidates: &[bool],
    distance: impl Fn(usize, usize) -> usize,
) -> Vec<Option<usize>> {
    let n = candidates.len();
    let mut closest = vec![None; n];
    // Per unplaced candidate: (it, its distance to the nearest placed version, that version).
    let mut left: Vec<(usize, usize, usize)> = (0..n)
        .filter(|&v| v != base && candidates[v])
        .map(|v| (v, distance(v, base), base))
        .collect();
    while let Some(i) = (0..left.len()).min_by_key(|&i| (left[i].1, left[i].0)) {
        let (v, _, beside) = left.swap_remove(i);
        if beside != base {
            closest[v] = Some(beside);
        }
        for entry in &mut left {
            let d = distance(entry.0, v);
            if d < entry.1 {
                (entry.1, entry.2) = (d, v);
            }
        }
    }
    closest
}

/// For each version, the other version whose wording it follows, if any: the one that shares
/// most of its departures from the base (the same words changed the same way), when they are
/// most of both versions' departures. Of two versions that share their departures, the one
/// with more departures of its own follows the other (a reprint adds edits, it does not undo
/// them); on a tie the later one follows the earlier. `same_words(v, w)` says whether two
/// versions have the same words, which makes one a copy of the other.
///
/// ```text
/// base (transcript): We wait for the ships, and we will wait three days.
/// Harbour Post:      “We wait for ships, and we will wait for three days.”   2 departures
/// Coast Wire:        “We wait for ships, and we will wait for three days.”   the same 2: a copy
/// Bay Times:         “We are waiting for the ships for three days.”          its own
/// → Coast Wire follows Harbour Post's wording (same 2 changes, a copy)
/// ```
pub fn follows(
    changes: &[Change],
    compared_with: &[usize],
    base: usize,
    same_words: impl Fn(usize, usize) -> bool,
) -> Vec<Option<Follows>> {
    let versions = compared_with.len();
    // Only versions diffed against the base are compared: a translation's changes are
    // against another text.
    let against_base = |v: usize| compared_with[v] == base;
    // Each departure as what it does: the base's span it touches (and where a move lands) and
    // the words it puts there, written as one key; grouped by version in one pass.
    let mut departures: Vec<Vec<String>> = vec![Vec::new(); versions];
    for c in changes
        .iter()
        .filter(|c| c.version < versions && departs(c))
    {
        let (b, o) = (&c.base, &c.other);
        let to = c.arrives_at.map_or(usize::MAX, |a| a);
        let words = comparison_key(o.text.trim());
        departures[c.version].push(format!("{}:{}:{to}:{words}", b.start, b.end));
    }
    for own in &mut departures {
        own.sort_unstable();
        own.dedup();
    }
    // Pairs of versions are at most the square of the articles (16): each compared by
    // binary search, which needs no map of its own in the wasm.
    let shared = |v: usize, w: usize| {
        let other = &departures[w];
        departures[v]
            .iter()
            .filter(|d| other.binary_search(d).is_ok())
            .count()
    };
    (0..versions)
        .map(|v| {
            if v == base || !against_base(v) || departures[v].is_empty() {
                return None;
            }
            (0..versions)
                .filter(|&w| w != v && w != base && against_base(w))
                .map(|w| (w, shared(v, w)))
                .filter(|&(w, n)| {
                    let (mine, theirs) = (departures[v].len(), departures[w].len());
                    n > 0 && 2 * n >= mine.max(theirs) && (theirs, w) < (mine, v)
                })
                .max_by_key(|&(w, n)| (n, usize::MAX - w))
                .map(|(w, n)| Follows {
                    version: w,
                    shared_changes: n,
                    copy: same_words(v, w),
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(words: &str) -> Vec<Key> {
        words.split_whitespace().map(stem).collect()
    }

    /// Candidates with these content stems (their only words), forms and primary texts (the
    /// versions past the end of `primary` come from none).
    fn versions(stems: &[Vec<Key>], forms: &[Form], primary: &[Option<Primary>]) -> Vec<Candidate> {
        stems
            .iter()
            .zip(forms)
            .enumerate()
            .map(|(i, (stems, &form))| Candidate {
                stems: stems.clone(),
                words: stems.clone(),
                form,
                primary: primary.get(i).copied().flatten(),
            })
            .collect()
    }

    /// The candidates with these words (stopwords too).
    fn with_words(mut versions: Vec<Candidate>, words: &[Vec<Key>]) -> Vec<Candidate> {
        for (v, w) in versions.iter_mut().zip(words) {
            v.words = w.clone();
        }
        versions
    }

    #[test]
    fn a_quote_outranks_a_paraphrase_then_confirmed_words_count() {
        let stems = [
            keys("ships wait northern bay"),
            keys("ships wait northern bay three days"),
            keys("ships wait northern bay three days"),
        ];
        let quotes = [Form::Quote, Form::Quote, Form::Quote];
        assert_eq!(
            most_complete(&versions(&stems, &quotes, &[])),
            1,
            "ties go to the earliest"
        );
        let forms = [Form::Quote, Form::Paraphrase, Form::Paraphrase];
        assert_eq!(most_complete(&versions(&stems, &forms, &[])), 0);
    }

    #[test]
    fn words_only_one_version_has_are_additions_not_completeness() {
        let stems = [
            keys("ships wait northern bay"),
            keys("ships wait northern bay dolphins harbour united"),
            keys("ships wait northern bay"),
        ];
        let quotes = [Form::Quote; 3];
        assert_eq!(most_complete(&versions(&stems, &quotes, &[])), 0);
    }

    #[test]
    fn a_word_fewer_than_half_of_the_versions_carry_is_no_completeness() {
        let stems = [
            keys("harbour closed storm"),
            keys("however harbour closed storm"),
            keys("harbour closed storm"),
            keys("however harbour closed storm"),
            keys("harbour closed storm"),
        ];
        let quotes = [Form::Quote; 5];
        assert_eq!(most_complete(&versions(&stems, &quotes, &[])), 0);
        // Carried by three of five, it is the statement's.
        let stems = [
            keys("harbour closed storm"),
            keys("however harbour closed storm"),
            keys("harbour closed storm"),
            keys("however harbour closed storm"),
            keys("however harbour closed storm"),
        ];
        assert_eq!(most_complete(&versions(&stems, &quotes, &[])), 1);
    }

    #[test]
    fn only_the_quotes_confirm_words_when_there_are_quotes() {
        let stems = [
            keys("want express sincere condolences families victims"),
            keys("want express condolences families victims plane crash"),
            keys("want express sincere condolences families victims"),
            keys("plane crash heartfelt condolences families victims"),
        ];
        let forms = [Form::Quote, Form::Quote, Form::Quote, Form::Paraphrase];
        // `plane crash` is one quote's and the paraphrase's; `sincere` two quotes'.
        assert_eq!(most_complete(&versions(&stems, &forms, &[])), 0);
        // Counted over all four versions, `plane crash` would be confirmed too.
        let quotes = [Form::Quote; 4];
        assert_eq!(most_complete(&versions(&stems, &quotes, &[])), 1);
        // Every version is a candidate, wherever the quotes stand (two paraphrases first).
        let stems = [
            keys("condolences families"),
            keys("families victims"),
            keys("want express condolences sorrow"),
            keys("want express condolences"),
        ];
        let forms = [Form::Paraphrase, Form::Paraphrase, Form::Quote, Form::Quote];
        assert_eq!(most_complete(&versions(&stems, &forms, &[])), 3);
    }

    #[test]
    fn versions_with_the_same_content_words_are_told_apart_by_all_their_words() {
        // Five of eight outlets write `It's … that`: the base is one of them (the earliest),
        // not the first outlet, which drops both.
        let words: Vec<Vec<Key>> = [
            "with great hope I declare the strike over",
            "it's with great hope that I declare the strike over",
            "with great hope I declare the strike over",
            "it's with great hope that I declare the strike over",
            "it's with great hope that I declare the strike over",
            "with great hope I declare the strike over",
            "it's with great hope that I declare the strike over",
            "it's with great hope that I declare the strike over",
        ]
        .iter()
        .map(|w| keys(w))
        .collect();
        let stems: Vec<Vec<Key>> = words
            .iter()
            .map(|w| w.iter().filter(|k| !is_stopword(k)).cloned().collect())
            .collect();
        assert!(
            stems.windows(2).all(|w| w[0] == w[1]),
            "the same content words"
        );
        let quotes = [Form::Quote; 8];
        let content_only = versions(&stems, &quotes, &[]);
        assert_eq!(most_complete(&content_only), 0, "content words alone tie");
        assert_eq!(most_complete(&with_words(content_only, &words)), 1);
    }

    #[test]
    fn a_version_sharing_under_a_third_of_the_words_is_only_related() {
        let base = keys("ships wait northern bay three days strike");
        // A short faithful paraphrase: all its words are the base's.
        assert!(!keeps_too_little(&base, &keys("ships wait three days")));
        // About the same thing, in other words.
        assert!(keeps_too_little(
            &base,
            &keys("crews idle harbour week strike")
        ));
        let f = fidelity(&base, &keys("crews idle harbour week strike"), &[]);
        assert_eq!(status(false, Form::Paraphrase, &f, true), Status::Related);
        assert_eq!(
            status(false, Form::Paraphrase, &f, false),
            Status::Paraphrased
        );
    }

    #[test]
    fn a_primary_text_is_the_base_when_it_holds_the_quotes() {
        let stems = [
            keys("strike cost ports jobs"),
            keys("strike cost northern ports jobs week"),
            keys("strike cost ports jobs"),
            keys("strike cost ports jobs week"),
        ];
        let quotes = [Form::Quote; 4];
        assert_eq!(most_complete(&versions(&stems, &quotes, &[])), 3);
        // The transcript (0) holds every quote's words: it is the base.
        let transcript = [Some(Primary::Transcript)];
        assert_eq!(default_base(&versions(&stems, &quotes, &transcript)), 0);
        // A rewrite presented as the speaker's words holds fewer of them than the best quote.
        let stems = [
            keys("walkout harmed harbours employment"),
            keys("strike cost northern ports jobs week"),
            keys("strike cost ports jobs"),
            keys("strike cost ports jobs week"),
        ];
        assert_eq!(default_base(&versions(&stems, &quotes, &transcript)), 3);
    }

    #[test]
    fn a_post_is_the_base_only_when_it_holds_the_quotes_words() {
        // The speaker's post restates what the outlets quote from the speech, without `hope`.
        let stems = [
            keys("declare strike over"),
            keys("hope declare strike over"),
            keys("hope declare strike over"),
            keys("hope declare strike over"),
        ];
        let quotes = [Form::Quote; 4];
        let post = [Some(Primary::OwnWords)];
        assert_eq!(default_base(&versions(&stems, &quotes, &post)), 1);
        // A transcript passage cut short is still the record of what was said.
        let transcript = [Some(Primary::Transcript)];
        assert_eq!(default_base(&versions(&stems, &quotes, &transcript)), 0);
        // A post that holds the quotes' words is the base.
        let stems = [
            keys("hope declare strike over"),
            keys("hope declare strike over"),
            keys("hope declare strike"),
            keys("hope declare strike over"),
        ];
        assert_eq!(default_base(&versions(&stems, &quotes, &post)), 0);
    }

    #[test]
    fn a_reprint_follows_the_version_whose_departures_it_shares() {
        let texts = [
            "We wait for the ships, and we will wait three days.",
            "We wait for ships, and we will wait for three days.",
            "We wait for ships, and we will wait for three days.",
            "We are waiting for the ships for three days.",
        ];
        let c = crate::engine::pipeline::compare_against_first(&texts);
        let v = &c.statements[0].versions;
        assert!(v.iter().all(|v| v.compared_with == 0));
        assert_eq!(v[1].follows, None, "the first to depart follows no one");
        let f = v[2]
            .follows
            .as_ref()
            .expect("the reprint follows the first");
        assert_eq!((f.version, f.shared_changes, f.copy), (1, 2, true));
        assert_eq!(v[3].follows, None, "its own departures");
    }

    #[test]
    fn each_version_is_placed_beside_the_closest_placed_one_and_ties_go_to_the_base() {
        // Distances: 1 and 2 are 3 from the base and 1 from each other; 3 is 2 from the base
        // and from 1.
        let d = [[0, 3, 3, 2], [3, 0, 1, 2], [3, 1, 0, 4], [2, 2, 4, 0]];
        let closest = closest_wordings(0, &[false, true, true, true], |v, w| d[v][w]);
        // 3 first (2 from the base), then 1 (3 from the base, 2 from 3: beside 3), then 2
        // (beside 1, its nearest).
        assert_eq!(closest, [None, Some(3), Some(1), None]);
        // A version left out is never placed, nor anything beside it.
        let closest = closest_wordings(0, &[false, true, true, false], |v, w| d[v][w]);
        assert_eq!(closest, [None, None, Some(1), None]);
    }

    #[test]
    fn shared_occurrences_match_each_word_once() {
        assert_eq!(shared_occurrences(["a", "a", "b"], ["a", "b", "b"]), 2);
        assert_eq!(shared_occurrences(["a"], []), 0);
    }

    #[test]
    fn fidelity_counts_each_occurrence_once() {
        let f = fidelity(&keys("ships ships wait"), &keys("ships wait"), &[]);
        assert_eq!(f.base_words, 3);
        assert_eq!(f.kept_percent(), 67);
    }
}
