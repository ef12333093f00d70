//! Names spelled two ways. A capitalised word outside the quotes (not the first of its
//! sentence, five letters or more) that related articles spell differently:
//!
//! | spellings | conflict? | why |
//! |---|---|---|
//! | `Minks` / `Minsk`, `Shoigy` / `Shoigu` | yes | one letter changed, or two swapped |
//! | `Défense` / `Defense`, `Jürgen` / `Jurgen` | yes | an accent dropped or added |
//! | `Juergen` / `Jurgen`, `Zelenskyy` / `Zelensky` | yes | a letter added in a long name (a transliteration) |
//! | `Yevgeny` / `Evgheny` | yes | a letter dropped and one added, in a name of seven letters or more |
//! | `Defence` / `Defense`, `Organisation` / `Organization` | no | British and American spellings of one word |
//! | `Russia` / `Russian`, `Port` / `Ports`, `Vale` / `Vale’s` | no | a demonym, a plural, a possessive |
//! | `Vale` / `Val` | no | too short to tell a respelling from another word |
//!
//! Candidates are found through one-deletion keys (each spelling, and each spelling with one
//! letter left out, is a key; two spellings that share a key are within two edits), not by
//! comparing every pair of words.
//!
//! Cost: `L + 1` one-deletion keys per capitalised word of `L` letters (at most
//! `MAX_NAME_CHARS`: a longer word is no name), so linear in the words; a key shared by more
//! spellings than a name has is skipped (`MAX_SPELLINGS_PER_KEY`).

use super::{is_capitalised, ArticleFacts, FrameWord};
use crate::engine::distance::{within_edits, MAX_NAME_CHARS};
use crate::engine::fasthash::FastMap;
use crate::engine::lexicon::{is_never_a_name, is_organisation_word, is_title};
use crate::engine::model::{Conflict, ConflictKind, Excerpt};
use crate::engine::normalize::{fold_accents, spelling_key};
use crate::engine::order::{pack, sort_by_rank};

/// Letters a name needs before one added or dropped letter is a respelling rather than another
/// word (`Zelensky` / `Zelenskyy`, not `Vale` / `Val`).
const MIN_LETTERS_FOR_AN_EXTRA_LETTER: usize = 6;

/// Spellings one deletion key may gather and still be compared pair by pair.
const MAX_SPELLINGS_PER_KEY: usize = 32;

/// Letters each spelling needs before two edits are a transliteration (`Yevgeny` / `Evgheny`).
const MIN_LETTERS_FOR_TWO_EDITS: usize = 7;

/// The name conflicts between related articles.
pub(super) fn name_conflicts(
    articles: &[ArticleFacts],
    frames: &[Vec<FrameWord>],
    related: &dyn Fn(usize, usize) -> bool,
) -> Vec<Conflict> {
    // Each spelling, with its first occurrence in each article that has it (in article order).
    let mut spellings: Vec<String> = Vec::new();
    let mut occurrences: Vec<Vec<Excerpt>> = Vec::new();
    let mut index_of: FastMap<String, usize> = FastMap::default();
    for (ai, art) in articles.iter().enumerate() {
        for w in &frames[ai] {
            let t = &art.tokens[w.token];
            let key = without_possessive(&t.key);
            // A name is short: a longer "word" (an ID, a blob) is no name, and its one-deletion
            // keys would cost the square of its length.
            let letters = key.chars().count();
            if w.opening
                || !is_capitalised(art.text, t)
                || !(5..=MAX_NAME_CHARS).contains(&letters)
                || !key.chars().all(char::is_alphabetic)
            {
                continue;
            }
            let i = *index_of.entry(key.to_string()).or_insert_with(|| {
                spellings.push(key.to_string());
                occurrences.push(Vec::new());
                spellings.len() - 1
            });
            if occurrences[i].last().is_none_or(|e| e.article != ai) {
                occurrences[i].push(Excerpt {
                    article: ai,
                    start: t.start,
                    end: t.end,
                    text: t.text(art.text).to_string(),
                });
            }
        }
    }
    // Spellings that share a one-deletion key (or their accent-free form) are candidates.
    let mut buckets: FastMap<String, Vec<usize>> = FastMap::default();
    for (i, key) in spellings.iter().enumerate() {
        let folded = fold_accents(key);
        let chars: Vec<char> = folded.chars().collect();
        crate::engine::work::add(chars.len() * chars.len());
        for skip in 0..=chars.len() {
            let deleted: String = chars
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != skip)
                .map(|(_, c)| *c)
                .collect();
            let bucket = buckets.entry(deleted).or_default();
            if bucket.last() != Some(&i) {
                bucket.push(i);
            }
        }
    }
    // Spellings joined by respellings are one conflict (`Zelensky`, `Zelenskyy`, `Zelenskiy`).
    let mut parent: Vec<usize> = (0..spellings.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let articles_of =
        |i: usize| -> Vec<usize> { occurrences[i].iter().map(|e| e.article).collect() };
    for members in buckets.values() {
        // A key that many spellings share is a common stem, not one name respelled; and its
        // pairs would cost the square of their number.
        if members.len() > MAX_SPELLINGS_PER_KEY {
            continue;
        }
        crate::engine::work::add(members.len() * members.len());
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                if root(&mut parent, a) == root(&mut parent, b)
                    || !is_respelling(&spellings[a], &spellings[b])
                {
                    continue;
                }
                let (in_a, in_b) = (articles_of(a), articles_of(b));
                let only_a = in_a.iter().filter(|x| !in_b.contains(x));
                let disagree = only_a
                    .into_iter()
                    .any(|&x| in_b.iter().any(|&y| !in_a.contains(&y) && related(x, y)));
                if disagree {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra] = rb;
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: FastMap<usize, usize> = FastMap::default();
    for i in 0..spellings.len() {
        let r = root(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|g| {
            let mut mentions: Vec<Excerpt> = g
                .iter()
                .flat_map(|&i| occurrences[i].iter().cloned())
                .collect();
            sort_by_rank(&mut mentions, |m| pack(m.article, m.start));
            Conflict {
                kind: ConflictKind::Name,
                mentions,
            }
        })
        .collect()
}

/// A key without a possessive ending (`vale's`, `ports'`).
fn without_possessive(key: &str) -> &str {
    key.strip_suffix("'s")
        .or_else(|| key.strip_suffix('\''))
        .unwrap_or(key)
}

/// True when two spellings (comparison keys, possessives cut) are one name respelled, not
/// two words or two spelling conventions (see the module docs).
fn is_respelling(a: &str, b: &str) -> bool {
    if a != b && spelling_key(a) == spelling_key(b) {
        return false;
    }
    let (fa, fb) = (fold_accents(a), fold_accents(b));
    if fa == fb {
        return true;
    }
    let (la, lb) = (fa.chars().count(), fb.chars().count());
    let (ls, ll) = (la.min(lb), la.max(lb));
    let edits = |max: usize| within_edits(&fa, &fb, max);
    // Two edits make a transliteration of a name, not of a word the lexicon knows
    // (`Minister` / `Ministry`).
    let known = |w: &str| is_title(w) || is_never_a_name(w) || is_organisation_word(w);
    let transliterated = ls >= MIN_LETTERS_FOR_TWO_EDITS && !known(&fa) && !known(&fb) && edits(2);
    match ll - ls {
        0 => edits(1) || transliterated,
        1 => {
            let (short, long) = if la < lb { (&fa, &fb) } else { (&fb, &fa) };
            // A plural, a demonym or a possessive is another word (`Ports`, `Russian`).
            let inflected = long.starts_with(short.as_str()) && long.ends_with(['s', 'n']);
            !inflected && ll >= MIN_LETTERS_FOR_AN_EXTRA_LETTER && (edits(1) || transliterated)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::conflicts;
    use super::*;

    #[test]
    fn one_example_per_row_of_the_table() {
        for (a, b) in [
            ("minks", "minsk"),
            ("shoigy", "shoigu"),
            ("défense", "defense"),
            ("jürgen", "jurgen"),
            ("juergen", "jurgen"),
            ("zelenskyy", "zelensky"),
            ("yevgeny", "evgheny"),
        ] {
            assert!(is_respelling(a, b), "{a} / {b} is a respelling");
        }
        for (a, b) in [
            ("defence", "defense"),
            ("organisation", "organization"),
            ("russia", "russian"),
            ("ports", "port"),
            ("vale", "val"),
            ("minister", "ministry"),
        ] {
            assert!(!is_respelling(a, b), "{a} / {b} is no respelling");
        }
        assert_eq!(without_possessive("vale's"), "vale");
    }

    #[test]
    fn a_possessive_and_a_spelling_convention_are_no_conflict() {
        let found = conflicts(&[
            "The Harbour Defence Office met Minister Vale. Vale's aides agreed.",
            "The Harbour Defense Office met Minister Vale, whose aides agreed.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_accent_and_a_transliteration_are_respellings() {
        let found = conflicts(&[
            "The Port Défense Office met Minister Yevgeny Valov.",
            "The Port Defense Office met Minister Evgheny Valov.",
        ]);
        let kinds: Vec<_> = found.iter().map(|c| c.0).collect();
        assert_eq!(kinds, [ConflictKind::Name, ConflictKind::Name], "{found:?}");
    }

    #[test]
    fn three_spellings_of_one_name_are_one_conflict() {
        let found = conflicts(&[
            "Minister Ana Zelensky spoke.",
            "Minister Ana Zelenskyy spoke.",
            "Minister Ana Zelenskiy spoke.",
        ]);
        assert_eq!(
            found,
            [(
                ConflictKind::Name,
                vec!["Zelensky".into(), "Zelenskyy".into(), "Zelenskiy".into()]
            )]
        );
    }
}
