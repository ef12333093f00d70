//! Versions in another language, matched by their facts. A passage in Italian, Portuguese,
//! Russian or Persian shares few words with its English versions, but it gives the same
//! figures (`412`, `۴۱۲`), the same names (`Пригожин` = `Prigozhin`, `کریمی` = `Karimi`) and,
//! in the Latin-script languages, words that are the same word once spelled the English way
//! (`negoziare` ~ `negotiate`, `coraggiosa` ~ `courageous`, `emergência` ~ `emergency`,
//! [`english_ending`]). Passages of
//! one language are matched word by word among themselves first (`statements/mod.rs`); here
//! each of those statements, and each passage left alone, joins the English statement whose
//! facts it shares best, when it shares enough:
//!
//! | facts shared | weight |
//! |---|---|
//! | a figure | [`FIGURE_WEIGHT`] |
//! | a name, or a word the languages share (`трагедия` ~ `tragedy`), by its rarity | its inverse document frequency |
//! | a word in Arabic script whose consonants spell an English name (`کریمی` ~ `Karimi`, [`super::cognates`]), as a name | its inverse document frequency |
//!
//! A foreign group joins when its facts weigh at least [`MIN_FACT_WEIGHT`] against one
//! passage of the English statement, and their mean over the statement's passages at least
//! [`MIN_MEAN_FACT_WEIGHT`]. Of the statements it could join it takes the one where the
//! strongest passage, its names counted half, and the mean weigh most together: every passage
//! about the speaker gives their name and their outlet's, so names are enough to join but
//! weak for choosing, and the mean alone favours a lede of two passages that both give the
//! names over the statement a long sentence translates. Translations keep the order of what
//! was said, so a passage with less evidence ([`MIN_ORDERED_FACT_WEIGHT`]) joins a statement
//! that stands between the statements its neighbours joined. At most one passage per article
//! joins a statement. A passage that carries two statements (`the strongest is the one who
//! sees the situation … and today one can negotiate with international partners`) joins the
//! second too when the words it shares with that one alone, names aside, weigh at least
//! [`MIN_FACT_WEIGHT`] ([`words_of_its_own`]): the words every passage of the story shares
//! (`global`, `emergency`) make no second join.
//!
//! Cost: each foreign group against each English statement, through their facts' sorted lists.

use super::cognates::{
    arabic_skeleton, cognate_key, fold_arabic, is_arabic_script, name_skeleton, transliterate,
};
use super::index::SegmentWords;
use super::{ArticleParts, Cluster, Passage};
use crate::engine::distance::within_edits;
use crate::engine::fasthash::FastMap;
use crate::engine::language::ENGLISH;
use crate::engine::lexicon::{english_calendar_word, is_date_word, is_stopword};
use crate::engine::normalize::fold_accents;
use crate::engine::normalize::Lowercase;
use crate::engine::numbers::Value;

/// The weight of one shared figure (a figure is rarer evidence than most words).
pub(super) const FIGURE_WEIGHT: f64 = 3.0;
/// What a foreign passage must share with one English passage.
pub(super) const MIN_FACT_WEIGHT: f64 = 5.0;
/// What it must share, on average, with the statement's English passages.
pub(super) const MIN_MEAN_FACT_WEIGHT: f64 = 2.0;
/// What it must share with one passage when the statement stands, in the English article that
/// carries the most statements, between the statements its neighbouring passages joined.
pub(super) const MIN_ORDERED_FACT_WEIGHT: f64 = 3.0;
/// Letters a word needs to count as a fact (shorter words are too often another word).
const MIN_FACT_LETTERS: usize = 5;

/// The facts of one segment: its figures, and its names and long words written in Latin
/// letters, folded.
#[derive(Debug, Default)]
struct Facts {
    figures: Vec<Value>,
    words: Vec<String>,
    /// Whether each word is a name (capitalised mid-sentence): names alone are weak evidence,
    /// since every passage about a speaker names them.
    names: Vec<bool>,
    /// Each word's [`cognate_key`], and whether the word was written in Cyrillic: a key only
    /// joins a Cyrillic word to a Latin one.
    keys: Vec<Option<(bool, String)>>,
    /// Each word's consonant skeleton, when it is a name in Latin letters ([`name_skeleton`])
    /// or a word in Arabic script ([`arabic_skeleton`]), and whether it is the latter: a
    /// skeleton only joins a word in Arabic script to an English name.
    skeletons: Vec<Option<(bool, String)>>,
}

/// What a foreign passage shares with an English one: the weight, and how many of the shared
/// facts are not names.
#[derive(Debug, Clone, Copy, Default)]
struct Shared {
    weight: f64,
    /// The part of `weight` that names give.
    names: f64,
    not_names: usize,
    /// Which of the foreign passage's words (the first 64) met a word of the other passage.
    met: u64,
    /// The foreign passage (its index among the facts).
    from: usize,
}

/// Lets passages in other languages join the English statements whose facts they share (see the
/// module docs). `clusters` are the statements found word by word; `languages` each article's.
pub(super) fn attach_translations(
    articles: &[ArticleParts],
    segments: &[SegmentWords],
    clusters: Vec<Cluster>,
) -> Vec<Cluster> {
    let foreign = |a: usize| articles[a].language != ENGLISH;
    if !(0..articles.len()).any(foreign) {
        return clusters;
    }
    let facts: Vec<Facts> = segments
        .iter()
        .map(|s| facts_of(&articles[s.article], s))
        .collect();
    let segment_of: FastMap<(usize, usize), usize> = segments
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.article, s.segment), i))
        .collect();
    // How many segments each word is in: a name every segment gives is no evidence.
    let mut document_frequency: FastMap<&str, usize> = FastMap::default();
    for f in &facts {
        for w in &f.words {
            *document_frequency.entry(w.as_str()).or_default() += 1;
        }
    }
    let n = segments.len() as f64;
    let idf = |w: &str| (1.0 + n / document_frequency.get(w).copied().unwrap_or(1) as f64).ln();

    let (mut english, mut groups): (Vec<Cluster>, Vec<Vec<Passage>>) = (Vec::new(), Vec::new());
    let mut grouped = vec![false; segments.len()];
    for c in clusters {
        let is_foreign = c.passages.iter().all(|p| foreign(p.article));
        for p in &c.passages {
            if let Some(&i) = segment_of.get(&(p.article, p.segment)) {
                grouped[i] = true;
            }
        }
        if is_foreign {
            groups.push(c.passages);
        } else {
            english.push(c);
        }
    }
    // Foreign passages that no statement holds are groups of one.
    for (i, s) in segments.iter().enumerate() {
        if foreign(s.article) && !grouped[i] {
            groups.push(vec![Passage {
                article: s.article,
                segment: s.segment,
                span: s.span,
            }]);
        }
    }
    let weigh = |a: &Facts, b: &Facts| -> Shared {
        let figures = a.figures.iter().filter(|v| b.figures.contains(v)).count();
        let mut shared = Shared {
            weight: FIGURE_WEIGHT * figures as f64,
            names: 0.0,
            not_names: figures,
            ..Shared::default()
        };
        let facts = a
            .words
            .iter()
            .zip(&a.names)
            .zip(a.keys.iter().zip(&a.skeletons));
        for (i, ((w, &name), (key, skeleton))) in facts.enumerate() {
            // Two keys meet when they are the same and of two scripts.
            fn meet(mine: &Option<(bool, String)>, theirs: &Option<(bool, String)>) -> bool {
                matches!((mine, theirs), (Some((x, p)), Some((y, q))) if x != y && p == q)
            }
            let by_word =
                b.words.iter().any(|x| same_word(w, x)) || b.keys.iter().any(|k| meet(key, k));
            // A skeleton only ever meets an English name, so what it shares is a name.
            let by_skeleton = !by_word && b.skeletons.iter().any(|k| meet(skeleton, k));
            if by_word || by_skeleton {
                shared.weight += idf(w);
                if i < 64 {
                    shared.met |= 1 << i;
                }
                if name || by_skeleton {
                    shared.names += idf(w);
                } else {
                    shared.not_names += 1;
                }
            }
        }
        shared
    };
    // Whether statement `x` comes before statement `y` in an English article that carries
    // both (translations keep the order of what was said); `None` when none carries both.
    let precedes = |x: usize, y: usize| -> Option<bool> {
        english[x]
            .passages
            .iter()
            .filter(|p| !foreign(p.article))
            .find_map(|p| {
                english[y]
                    .passages
                    .iter()
                    .find(|q| q.article == p.article)
                    .map(|q| p.span.start < q.span.start)
            })
    };
    // Each group's weight against each English statement: (strongest against one passage,
    // mean over the statement's English passages).
    let weights: Vec<Vec<(Shared, f64)>> = groups
        .iter()
        .map(|group| {
            english
                .iter()
                .map(|c| {
                    let english_passages: Vec<usize> = c
                        .passages
                        .iter()
                        .filter(|p| !foreign(p.article))
                        .filter_map(|p| segment_of.get(&(p.article, p.segment)).copied())
                        .collect();
                    crate::engine::work::add(english_passages.len() * group.len());
                    let (mut strongest, mut total) = (Shared::default(), 0.0);
                    for &e in &english_passages {
                        let w = group
                            .iter()
                            .filter_map(|p| segment_of.get(&(p.article, p.segment)))
                            .map(|&f| Shared {
                                from: f,
                                ..weigh(&facts[f], &facts[e])
                            })
                            .fold(
                                Shared::default(),
                                |x, y| if y.weight > x.weight { y } else { x },
                            );
                        if w.weight > strongest.weight {
                            strongest = w;
                        }
                        total += w.weight;
                    }
                    (strongest, total / english_passages.len().max(1) as f64)
                })
                .collect()
        })
        .collect();
    // Strong evidence first: a group joins its best statement when it shares enough.
    let mut joins: Vec<(usize, f64, usize)> = Vec::new();
    let mut joined = vec![false; groups.len()];
    for (g, w) in weights.iter().enumerate() {
        let best = (0..english.len())
            .filter(|&c| {
                w[c].0.weight >= MIN_FACT_WEIGHT
                    && w[c].0.not_names > 0
                    && w[c].1 >= MIN_MEAN_FACT_WEIGHT
            })
            .max_by(|&x, &y| {
                let rank = |c: usize| w[c].0.weight - w[c].0.names / 2.0 + w[c].1;
                rank(x).total_cmp(&rank(y)).then(y.cmp(&x))
            });
        if let Some(c) = best {
            joins.push((c, w[c].1, g));
            joined[g] = true;
            // A passage that carries two statements (a long quote, a summary) shares other
            // facts with the second: it is a version of that one too.
            for other in (0..english.len()).filter(|&o| o != c) {
                let own = words_of_its_own(&facts, &w[other].0, &w[c].0, &idf);
                if own >= MIN_FACT_WEIGHT && w[other].1 >= MIN_MEAN_FACT_WEIGHT {
                    joins.push((other, w[other].1, g));
                }
            }
        }
    }
    // Then weaker evidence, where the order of the article agrees: between the statements its
    // neighbouring passages joined.
    let anchors: Vec<(usize, usize, usize)> = joins
        .iter()
        .map(|&(c, _, g)| (groups[g][0].article, groups[g][0].segment, c))
        .collect();
    let mut ordered: Vec<(usize, f64, usize)> = Vec::new();
    for (g, w) in weights.iter().enumerate() {
        let first = groups[g][0];
        if joined[g] {
            continue;
        }
        let before = anchors
            .iter()
            .filter(|a| a.0 == first.article && a.1 < first.segment)
            .max_by_key(|a| a.1)
            .map(|a| a.2);
        let after = anchors
            .iter()
            .filter(|a| a.0 == first.article && a.1 > first.segment)
            .min_by_key(|a| a.1)
            .map(|a| a.2);
        if before.is_none() && after.is_none() {
            continue;
        }
        let in_order = |c: usize| {
            before.is_none_or(|b| b != c && precedes(b, c) == Some(true))
                && after.is_none_or(|a| a != c && precedes(c, a) == Some(true))
        };
        let best = (0..english.len())
            .filter(|&c| {
                w[c].0.weight >= MIN_ORDERED_FACT_WEIGHT && w[c].0.not_names > 0 && in_order(c)
            })
            .max_by(|&x, &y| w[x].0.weight.total_cmp(&w[y].0.weight).then(y.cmp(&x)));
        if let Some(c) = best {
            ordered.push((c, w[c].1, g));
        }
    }
    joins.extend(ordered);
    // Strongest first; a statement takes at most one passage per article.
    crate::engine::order::sort_by_rank(&mut joins, |j| {
        u128::from(crate::engine::order::descending(j.1))
    });
    let mut placed = vec![false; groups.len()];
    for (ci, _, g) in joins {
        let c = &mut english[ci];
        let group = &groups[g];
        if group
            .iter()
            .any(|p| c.passages.iter().any(|q| q.article == p.article))
        {
            continue;
        }
        c.passages.extend(group.iter().copied());
        placed[g] = true;
    }
    // A statement that only other-language articles carry (two Italian outlets, and no English
    // version of it, or none at all) is a statement of its own.
    for (group, placed) in groups.iter().zip(placed) {
        if !placed && group.len() > 1 {
            english.push(Cluster {
                passages: group.clone(),
            });
        }
    }
    english
}

/// The facts of segment `s` of `art`.
fn facts_of(art: &ArticleParts, s: &SegmentWords) -> Facts {
    let mut words: Vec<String> = Vec::new();
    let mut names: Vec<bool> = Vec::new();
    let mut keys: Vec<Option<(bool, String)>> = Vec::new();
    let mut skeletons: Vec<Option<(bool, String)>> = Vec::new();
    for (k, span) in s.spans.iter().enumerate() {
        if !s.content[k] {
            continue;
        }
        let raw = &art.text[span.start..span.end];
        let mut folded = fold_accents(&raw.lowercase());
        let arabic = is_arabic_script(&folded);
        if arabic {
            folded = fold_arabic(&folded);
        }
        // A month or a weekday is a fact, however short its name.
        let calendar = english_calendar_word(&folded).map(str::to_string);
        if let Some(word) = calendar.or_else(|| is_date_word(&folded).then(|| folded.clone())) {
            words.push(word);
            names.push(false);
            keys.push(None);
            skeletons.push(None);
            continue;
        }
        // Arabic script has no capitals to tell a name by: any word may meet an English name
        // by its consonants, and two Arabic-script versions meet word by word.
        if arabic {
            if let Some(skeleton) = arabic_skeleton(&folded) {
                if !words.contains(&folded) {
                    words.push(folded);
                    names.push(false);
                    keys.push(None);
                    skeletons.push(Some((true, skeleton)));
                }
            }
            continue;
        }
        let latin = transliterate(&folded);
        if latin.chars().count() < MIN_FACT_LETTERS
            || !latin.chars().all(|c| c.is_ascii_lowercase())
            || is_stopword(&latin)
        {
            continue;
        }
        let word = english_ending(&latin);
        if !words.contains(&word) {
            let cyrillic = folded.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            keys.push(cognate_key(&latin, cyrillic).map(|key| (cyrillic, key)));
            // Capitalised, and not the first word of the segment.
            let name = k > 0 && raw.starts_with(char::is_uppercase);
            skeletons.push(
                (name && !cyrillic)
                    .then(|| name_skeleton(&latin))
                    .flatten()
                    .map(|skeleton| (false, skeleton)),
            );
            words.push(word);
            names.push(name);
        }
    }
    Facts {
        figures: s.numbers.clone(),
        words,
        names,
        keys,
        skeletons,
    }
}

/// The weight of the words, names aside, by which a foreign passage meets a statement
/// (`other`) that it does not meet another by (`best`): what the passage says of that one
/// alone. Linear in the passages' facts (at most 64 words count).
fn words_of_its_own(
    facts: &[Facts],
    other: &Shared,
    best: &Shared,
    idf: &impl Fn(&str) -> f64,
) -> f64 {
    fn met(facts: &[Facts], s: Shared) -> impl Iterator<Item = usize> {
        (0..facts[s.from].words.len().min(64)).filter(move |&i| s.met & (1 << i) != 0)
    }
    let used: Vec<&str> = met(facts, *best)
        .map(|i| facts[best.from].words[i].as_str())
        .collect();
    met(facts, *other)
        .filter(|&i| !facts[other.from].names[i])
        .map(|i| facts[other.from].words[i].as_str())
        .filter(|w| !used.contains(w))
        .map(idf)
        .sum()
}

/// True when two folded words are one word in two languages or two spellings: the same, one
/// letter apart in words of six letters or more, two in words of nine or more, or one the
/// other with a short inflection (`prigozhin` / `prigozhina`).
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    let (short, long) = if la <= lb { (a, b) } else { (b, a) };
    if long.starts_with(short) && long.len() - short.len() <= 2 && short.len() >= 6 {
        return true;
    }
    let shortest = la.min(lb);
    (shortest >= 6 && within_edits(a, b, 1)) || (shortest >= 9 && within_edits(a, b, 2))
}

/// A Romance word with its ending in English spelling, so that cognates meet
/// (`negoziazione` → `negotiation`, `emergencia` → `emergency`, `liberdade` → `liberty`), in
/// [`romance_spelling`].
fn english_ending(word: &str) -> String {
    const ENDINGS: &[(&str, &str)] = &[
        ("zione", "tion"),
        ("zioni", "tions"),
        ("cion", "tion"),
        ("ciones", "tions"),
        ("cao", "tion"),
        ("coes", "tions"),
        ("encia", "ency"),
        ("enza", "ence"),
        ("dade", "ty"),
        ("dad", "ty"),
        ("ita", "ity"),
        ("mente", "ly"),
        ("oso", "ous"),
        ("osa", "ous"),
        ("ico", "ic"),
        ("ica", "ic"),
        ("are", "ate"),
        ("ale", "al"),
    ];
    let mut word = word.to_string();
    for (from, to) in ENDINGS {
        if let Some(stem) = word.strip_suffix(from) {
            if stem.len() >= 3 {
                word = format!("{stem}{to}");
                break;
            }
        }
    }
    romance_spelling(&word)
}

/// A word with the Italian spellings that English writes otherwise written the English way:
/// a doubled consonant once (`coraggiosa` → `coragiosa`, as `courageous` has one `g`), and
/// `zi` before a vowel as `ti` (`negoziate` → `negotiate`). Both sides of a comparison are
/// spelled so, so an English word with a double (`committee` → `comitee`) still meets itself.
fn romance_spelling(word: &str) -> String {
    // Bytes: the facts' words are ASCII by now; any other letter is kept as it is.
    let letters = word.as_bytes();
    let vowel = |k: usize| letters.get(k).is_some_and(|c| b"aeiou".contains(c));
    let mut out = Vec::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        if c.is_ascii() && i > 0 && letters[i - 1] == c && !vowel(i) {
            continue;
        }
        let zi = c == b'z' && letters.get(i + 1) == Some(&b'i') && vowel(i + 2);
        out.push(if zi { b't' } else { c });
    }
    String::from_utf8(out).unwrap_or_else(|_| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_shared_words_meet_across_languages() {
        assert_eq!(transliterate("пригожин"), "prigozhin");
        assert!(same_word(&transliterate("пригожина"), "prigozhin"));
        assert_eq!(english_ending("negoziazione"), "negotiation");
        assert!(same_word(&english_ending("negoziazione"), "negotiation"));
        assert!(same_word(&english_ending("emergencia"), "emergency"));
        assert!(!same_word("porto", "ports"), "too short to tell");
        assert!(!same_word("situazione", "station"));
    }

    /// The documented examples of [`romance_spelling`], through [`english_ending`] as the
    /// facts are spelled.
    #[test]
    fn italian_spellings_meet_the_english_ones() {
        let meet = |it: &str, en: &str| same_word(&english_ending(it), &english_ending(en));
        assert_eq!(romance_spelling("coraggiosa"), "coragiosa");
        assert!(meet("coraggiosa", "courageous"));
        assert_eq!(english_ending("negoziare"), "negotiate");
        assert!(meet("internazionali", "international"));
        assert_eq!(english_ending("committee"), "comitee");
        assert!(meet("committee", "committee"));
        assert!(!meet("coraggio", "courage"), "three letters apart in seven");
    }

    fn facts(words: &[&str], names: &[bool]) -> Facts {
        Facts {
            words: words.iter().map(|w| w.to_string()).collect(),
            names: names.to_vec(),
            ..Facts::default()
        }
    }

    /// A passage that meets a second statement only by the words it meets the first by says
    /// nothing of the second alone; a word it meets the second by alone does, and a name
    /// does not.
    #[test]
    fn only_the_words_a_statement_alone_shares_count_as_its_own() {
        let all = [facts(
            &["global", "emergency", "declare", "partners", "orlova"],
            &[false, false, false, false, true],
        )];
        let idf = |_: &str| 2.0;
        let met = |bits: u64| Shared {
            met: bits,
            ..Shared::default()
        };
        let best = met(0b00111);
        assert_eq!(words_of_its_own(&all, &met(0b00111), &best, &idf), 0.0);
        assert_eq!(words_of_its_own(&all, &met(0b00011), &best, &idf), 0.0);
        assert_eq!(words_of_its_own(&all, &met(0b01011), &best, &idf), 2.0);
        assert_eq!(words_of_its_own(&all, &met(0b11011), &best, &idf), 2.0);
    }
}
