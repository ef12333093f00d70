//! Finding the passages that are versions of the same statement across articles.
//!
//! | step | file | what |
//! |---|---|---|
//! | words | `index.rs` | every segment (see [`super::layout`]) as stems, content stems weighted by inverse document frequency over all segments, figures as values (`31 thousand` = `31,000`); reported speech without its attribution (`Vale warned that`) |
//! | candidates | `index.rs`, here | segments of different articles that share a content stem or a pair of neighbouring ones, found through posting lists (no all-pairs loop), the [`MAX_CANDIDATES`] strongest per segment |
//! | occasions | `occasion.rs` | articles dated a month apart, or a passage naming an earlier year, are other occasions: never matched |
//! | speakers | here | two segments attributed to two different known persons are never matched |
//! | score | `local.rs`, `score.rs` | local alignment and bags of stems give features; a fitted logistic model the probability that the two are versions of one statement |
//! | passages | `nodes.rs` | the whole segment, or the part of a long quote that matched |
//! | statements | `cluster.rs` | agglomerative clustering of the matches, at most one passage per article unless two match each other; then passages that carry two statements join the second too |
//! | twins | `twins.rs` | two statements that are mostly the same passages (one of the ledes, one of the full quotes, the outlets that give the words once in both) become one |
//! | translations | `translation.rs` | passages in another language (matched word by word only among themselves) join the English statement whose figures, names and shared words they give; what only other languages carry stays a statement of its own |
//! | second sentences | `continued.rs` | a version one outlet gives in two sentences, where the others give it in one, takes in its second sentence (from a fragment statement too) |
//! | sentences together | `adjacent.rs` | a short statement and the one that follows it in every article that has both become one statement of two sentences |
//! | gaps | `gaps.rs` | the few words of a long quote between two of its statements go to the first |
//!
//! Cost: linear in the words for indexing; the candidates are bounded per segment, each scored
//! in the product of two segments' lengths (at most [`MAX_SEGMENT_WORDS`] words each); the
//! clustering is O(E log E) in the matches.
//!
//! [`MAX_SEGMENT_WORDS`]: super::layout::MAX_SEGMENT_WORDS

mod adjacent;
mod cluster;
mod cognates;
mod continued;
mod gaps;
mod index;
mod local;
mod nodes;
mod occasion;
mod score;
mod translation;
mod twins;

use super::attribution::Attribution;
use super::dateline::Date;
use super::fasthash::FastMap;
use super::key::Key;
use super::layout::Layout;
use super::model::Span;
use super::semantic;
use super::token::Token;
use super::work;
use crate::engine::order::{descending, sort_by_rank};
use adjacent::join_adjacent;
use cluster::{cluster, SiblingScores};
use continued::take_in_continuations;
use index::{
    collect_segments, index, index_keys, inverse_document_frequency, shared_stems, IndexKey,
};
use nodes::build_graph;
use occasion::Occasions;
use score::{score_pair, Match, SharedPast};
use translation::attach_translations;
use twins::join_twins;

/// What the matcher needs of one article.
#[derive(Debug, Clone)]
pub struct ArticleParts<'a> {
    /// The article's text.
    pub text: &'a str,
    /// All its tokens.
    pub tokens: &'a [Token],
    /// Its paragraphs, sentences, quotations and segments.
    pub layout: &'a Layout,
    /// The attribution of each segment.
    pub attributions: &'a [Attribution],
    /// The date the article gives itself (its dateline), if any.
    pub date: Option<Date>,
    /// Its language (ISO 639-1): only articles of one language are matched word by word.
    pub language: &'static str,
}

impl<'a> ArticleParts<'a> {
    /// English articles of `texts`, their `tokens` and `layouts`, undated and with no
    /// attribution: for the tests of stages that read only words, spans and quotations.
    #[cfg(test)]
    pub(super) fn bare(
        texts: &[&'a str],
        tokens: &'a [Vec<Token>],
        layouts: &'a [Layout],
    ) -> Vec<ArticleParts<'a>> {
        texts
            .iter()
            .zip(tokens)
            .zip(layouts)
            .map(|((text, tokens), layout)| ArticleParts {
                text,
                tokens,
                layout,
                attributions: &[],
                date: None,
                language: crate::engine::language::ENGLISH,
            })
            .collect()
    }
}

/// A passage of one article that is a version of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    /// Index of the article.
    pub article: usize,
    /// Index of the segment in that article's layout.
    pub segment: usize,
    /// The passage's bytes (the whole segment, or the part of it that matched).
    pub span: Span,
}

/// One statement: a passage per article that carries it, the first being the centre.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The passages, centre first.
    pub passages: Vec<Passage>,
}

/// Above this many cells, local alignment is skipped (containment alone decides) so that one
/// enormous unpunctuated "sentence" cannot stall the page.
const MAX_ALIGNMENT_CELLS: usize = 4_000_000;
/// Candidate segments scored per segment, the ones sharing the most weight first.
const MAX_CANDIDATES: usize = 24;
/// An index key in more segments than this carries no signal and is left out. A constant (not
/// a share of the input) keeps candidate generation linear in the input's size.
const MAX_POSTING: usize = 64;

/// Finds the statements shared by two or more articles.
pub fn find_statements(articles: &[ArticleParts]) -> Vec<Cluster> {
    let mut interner: FastMap<Key, u32> = FastMap::default();
    let segments = collect_segments(articles, &mut interner);
    let idf = inverse_document_frequency(&segments, interner.len());
    let weight = |bag: &[u32]| bag.iter().map(|&s| idf[s as usize]).sum::<f64>();
    let keys: Vec<Vec<IndexKey>> = segments.iter().map(index_keys).collect();
    let postings = index(&keys);
    let occasions = Occasions::of(articles, &segments);
    let vectors = semantic::model().map(|m| stem_vectors(m, articles, &segments, interner.len()));
    let vectors = vectors.as_deref();

    let mut matches = Vec::new();
    let mut siblings: SiblingScores = FastMap::default();
    // Votes for the segments after the current one, dense (a hash map per segment was a
    // third of the search), and which ones got any.
    let mut votes: Vec<f64> = vec![0.0; segments.len()];
    let mut voted: Vec<usize> = Vec::new();
    for (i, a) in segments.iter().enumerate() {
        for &j in &voted {
            votes[j] = 0.0;
        }
        voted.clear();
        for key in &keys[i] {
            let Some(posting) = postings.get(key) else {
                continue;
            };
            if posting.len() > MAX_POSTING {
                continue;
            }
            let vote = match *key {
                IndexKey::Stem(s) => idf[s as usize],
                // A shared pair of neighbouring content words is worth more than two loose ones.
                IndexKey::Pair(..) => 2.0,
            };
            // Slices and a plain loop: the size-optimised wasm would call `Vec` indexing and
            // the filter's closure for every posting.
            let votes = &mut votes[..];
            work::add(posting.len());
            for &j in &posting[..] {
                if j <= i {
                    continue;
                }
                // Every vote is positive, so zero means "not voted for yet".
                if votes[j] == 0.0 {
                    voted.push(j);
                }
                votes[j] += vote;
            }
        }
        // The strongest candidates only: a segment of everyday words can share a stem or two
        // with hundreds of others, and scoring them all would make the work quadratic.
        let mut candidates: Vec<(usize, f64)> = voted.iter().map(|&j| (j, votes[j])).collect();
        sort_by_rank(&mut candidates, |c| {
            (u128::from(descending(c.1)) << 64) | c.0 as u128
        });
        candidates.truncate(MAX_CANDIDATES);
        for (j, _) in candidates {
            let b = &segments[j];
            if let (Some(x), Some(y)) = (&a.speaker, &b.speaker) {
                if x.differs_from(y) {
                    continue;
                }
            }
            if !occasions.same(i, j, score::large_figure_shared(a, b))
                || articles[a.article].language != articles[b.article].language
            {
                continue;
            }
            let (shared_weight, shared_count) = shared_stems(&a.bag, &b.bag, &idf);
            if shared_count == 0 {
                continue;
            }
            let containment = shared_weight / weight(&a.bag).min(weight(&b.bag)).max(1e-9);
            let Some((regions, score)) = score_pair(
                a,
                b,
                &idf,
                containment,
                shared_count,
                vectors,
                shared_past(&occasions, articles, &segments, i, j),
            ) else {
                continue;
            };
            if a.article == b.article {
                // Two passages of one article that say the same (a lede and its quote): they
                // may stand in one statement together.
                siblings.insert((a.segment_key(), b.segment_key()), score);
                continue;
            }
            matches.push(Match {
                a: i,
                b: j,
                regions,
                score,
            });
        }
    }
    let clusters = cluster(&build_graph(&segments, &matches), &siblings);
    let clusters = join_twins(articles, clusters);
    let clusters = attach_translations(articles, &segments, clusters);
    let clusters = take_in_continuations(articles, &segments, &idf, clusters);
    let clusters = join_adjacent(articles, clusters);
    gaps::take_in_gaps(articles, clusters)
}

/// The word vector of each content stem (by its interned id): the vector of the first word seen
/// with that stem.
fn stem_vectors(
    model: &semantic::WordVectors,
    articles: &[ArticleParts],
    segments: &[index::SegmentWords],
    stems: usize,
) -> Vec<Option<Vec<f32>>> {
    let mut out: Vec<Option<Vec<f32>>> = vec![None; stems];
    let mut tried = vec![false; stems];
    for s in segments {
        for (k, span) in s.spans.iter().enumerate() {
            let id = s.stems[k] as usize;
            if !s.content[k] || tried[id] {
                continue;
            }
            tried[id] = true;
            out[id] = model.vector(&articles[s.article].text[span.start..span.end]);
        }
    }
    out
}

/// What segments `i` and `j` share of the time before the story: a year both name, and a name
/// too (see [`SharedPast`]). The names are read only for the pairs that share a year.
fn shared_past(
    occasions: &Occasions,
    articles: &[ArticleParts],
    segments: &[index::SegmentWords],
    i: usize,
    j: usize,
) -> SharedPast {
    if !occasions.past_year_shared(i, j) {
        return SharedPast::Nothing;
    }
    let names = |k: usize| index::name_stems(&segments[k], articles[segments[k].article].text);
    let theirs = names(j);
    if names(i).iter().any(|n| theirs.binary_search(n).is_ok()) {
        SharedPast::YearAndName
    } else {
        SharedPast::Year
    }
}

/// The features of every pair of segments that share a content stem, one JSON object a line
/// (`a`/`b`: article, start and end byte of each segment; then the features of
/// [`score::PairFeatures`], `same_article`, `speakers_differ` and `same_occasion`): what
/// `scripts/fit-pair-model` fits the match probability's weights on.
pub fn pair_features_jsonl(articles: &[ArticleParts]) -> String {
    use std::fmt::Write;
    let mut interner: FastMap<Key, u32> = FastMap::default();
    let segments = collect_segments(articles, &mut interner);
    let idf = inverse_document_frequency(&segments, interner.len());
    let weight = |bag: &[u32]| bag.iter().map(|&s| idf[s as usize]).sum::<f64>();
    let occasions = Occasions::of(articles, &segments);
    let vectors = semantic::model().map(|m| stem_vectors(m, articles, &segments, interner.len()));
    let mut out = String::new();
    for i in 0..segments.len() {
        for j in i + 1..segments.len() {
            let (a, b) = (&segments[i], &segments[j]);
            let (shared_weight, shared_count) = shared_stems(&a.bag, &b.bag, &idf);
            if shared_count == 0 {
                continue;
            }
            let containment = shared_weight / weight(&a.bag).min(weight(&b.bag)).max(1e-9);
            let (mut f, _, _) = score::pair_features(a, b, &idf, containment, shared_count);
            f.figure_shared |= occasions.past_year_shared(i, j);
            f.soft = vectors.as_deref().map(|v| score::near_words(a, b, &idf, v));
            let differ =
                matches!((&a.speaker, &b.speaker), (Some(x), Some(y)) if x.differs_from(y));
            let _ = writeln!(
                out,
                "{{\"a\":[{},{},{}],\"b\":[{},{},{}],\"similarity\":{:.4},\"coverage\":{:.4},\
                 \"matched_content\":{},\"containment\":{:.4},\"shared\":{},\"len_short\":{},\
                 \"len_long\":{},\"figures_disagree\":{},\"figures_agree\":{},\"figure_shared\":{},\"quotes\":{},\
                 \"same_speaker\":{},\"same_article\":{},\"speakers_differ\":{},\"same_occasion\":{},\
                 \"soft\":{}}}",
                a.article,
                a.span.start,
                a.span.end,
                b.article,
                b.span.start,
                b.span.end,
                f.similarity,
                f.coverage,
                f.matched_content,
                f.containment,
                f.shared,
                f.len_short,
                f.len_long,
                f.figures_disagree,
                f.figures_agree,
                f.figure_shared,
                f.quotes,
                f.same_speaker,
                a.article == b.article,
                differ,
                occasions.same(i, j, score::large_figure_shared(a, b)),
                f.soft.map_or("null".to_string(), |x| format!("{x:.4}"))
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::attribution::attribute;
    use crate::engine::layout::layout;
    use crate::engine::token::tokenize;

    struct Owned {
        text: String,
        tokens: Vec<Token>,
        layout: Layout,
        attributions: Vec<Attribution>,
    }

    fn prepare(texts: &[&str]) -> Vec<Owned> {
        texts
            .iter()
            .map(|t| {
                let tokens = tokenize(t);
                let layout = layout(t, &[]);
                let attributions = attribute(t, &tokens, &layout);
                Owned {
                    text: t.to_string(),
                    tokens,
                    layout,
                    attributions,
                }
            })
            .collect()
    }

    /// The parts of prepared English articles, undated.
    fn english_parts(owned: &[Owned]) -> Vec<ArticleParts<'_>> {
        owned
            .iter()
            .map(|o| ArticleParts {
                text: &o.text,
                tokens: &o.tokens,
                layout: &o.layout,
                attributions: &o.attributions,
                date: None,
                language: crate::engine::language::ENGLISH,
            })
            .collect()
    }

    /// Whether the first segments of two texts share a figure, by [`score::pair_features`].
    fn figure_shared(a: &str, b: &str) -> bool {
        let owned = prepare(&[a, b]);
        let parts = english_parts(&owned);
        let mut interner = FastMap::default();
        let segments = index::collect_segments(&parts, &mut interner);
        let idf = vec![1.0; interner.len()];
        let (f, _, _) = score::pair_features(&segments[0], &segments[1], &idf, 0.0, 0);
        f.figure_shared
    }

    #[test]
    fn a_large_figure_given_exactly_by_both_is_shared() {
        assert!(figure_shared(
            "He added that 180,000 Russians died in the war.",
            "Russia had 500,000 casualties, including 180,000 troops killed."
        ));
        assert!(figure_shared(
            "He said 180 thousand soldiers died.",
            "He said 180,000 soldiers died."
        ));
        assert!(!figure_shared(
            "He said 180,000 soldiers died.",
            "He said 188,000 soldiers died."
        ));
        assert!(!figure_shared("Two ships left.", "Two ships arrived."));
    }

    #[test]
    fn a_date_given_in_full_by_both_is_shared_and_the_day_of_the_news_is_not() {
        assert!(figure_shared(
            "The agency first declared the alert on Feb. 12, 2021.",
            "Since 12 February 2021, when the alert was declared, it has held."
        ));
        assert!(!figure_shared(
            "The minister spoke at the forum on Feb. 12 in Lisbon.",
            "On Feb. 12, 2024, the minister told the forum to wait."
        ));
    }

    fn statements(texts: &[&str]) -> Vec<Vec<(usize, String)>> {
        statements_in(texts, crate::engine::language::ENGLISH)
    }

    /// The statements found in `texts`, all in `language`, as sorted (article, words) lists.
    fn statements_in(texts: &[&str], language: &'static str) -> Vec<Vec<(usize, String)>> {
        let owned = prepare(texts);
        let mut parts = english_parts(&owned);
        for p in &mut parts {
            p.language = language;
        }
        find_statements(&parts)
            .into_iter()
            .map(|c| {
                let mut v: Vec<(usize, String)> = c
                    .passages
                    .iter()
                    .map(|p| {
                        (
                            p.article,
                            texts[p.article][p.span.start..p.span.end].to_string(),
                        )
                    })
                    .collect();
                v.sort();
                v
            })
            .collect()
    }

    /// The statements of `texts`, each article dated 1 March 2033.
    /// The articles, each dated 1 March 2033.
    fn dated_2033(mut parts: Vec<ArticleParts>) -> Vec<ArticleParts> {
        for p in &mut parts {
            p.date = Some(Date {
                year: Some(2033),
                month: Some(3),
                day: Some(1),
                weekday: None,
            });
        }
        parts
    }

    fn statements_of_2033(texts: &[&str]) -> Vec<Vec<(usize, String)>> {
        let owned = prepare(texts);
        let parts = dated_2033(english_parts(&owned));
        find_statements(&parts)
            .into_iter()
            .map(|c| {
                let text = |p: &Passage| texts[p.article][p.span.start..p.span.end].to_string();
                c.passages.iter().map(|p| (p.article, text(p))).collect()
            })
            .collect()
    }

    #[test]
    fn a_year_before_the_story_that_both_name_joins_a_background_fact() {
        let background = |year: &str| {
            statements_of_2033(&[
                &format!(
                    "Vale has been harbour master since {year} and led the rebuilding after \
                     the floods."
                ),
                &format!("Vale took over the harbour in {year} from Ruiz."),
            ])
        };
        assert_eq!(background("2015").len(), 1, "{:?}", background("2015"));
        // The story's own year is in every passage about anything: it tells nothing.
        assert!(background("2033").is_empty(), "{:?}", background("2033"));
    }

    #[test]
    fn a_past_year_and_a_name_both_give_are_one_background_fact() {
        // What the first sentences of two texts, dated 2033, share of the years before.
        let past = |a: &str, b: &str| {
            let owned = prepare(&[a, b]);
            let parts = dated_2033(english_parts(&owned));
            let mut interner = FastMap::default();
            let segments = index::collect_segments(&parts, &mut interner);
            let occasions = Occasions::of(&parts, &segments);
            let j = segments.iter().position(|s| s.article == 1).unwrap();
            shared_past(&occasions, &parts, &segments, 0, j)
        };
        let took_over = "Vale took over Northgate in 2015 from Ruiz.";
        assert_eq!(
            past(
                took_over,
                "Vale has run Northgate since 2015, a decade of growth."
            ),
            SharedPast::YearAndName
        );
        // The same year and no name in common: only the year.
        assert_eq!(
            past(
                took_over,
                "Vale has run the fleet since 2015, a decade of growth."
            ),
            SharedPast::Year
        );
        assert_eq!(
            past(took_over, "Vale has run Northgate for a decade of growth."),
            SharedPast::Nothing
        );
        // The fact weighs more than the year alone.
        let f = score::PairFeatures {
            similarity: 0.3,
            coverage: 0.3,
            figure_shared: true,
            len_short: 8,
            len_long: 12,
            ..score::PairFeatures::default()
        };
        let fact = score::PairFeatures {
            background_fact: true,
            ..f
        };
        assert!(fact.probability() > f.probability());
    }

    #[test]
    fn names_are_the_capitalised_words_but_the_first_months_and_weekdays_aside() {
        let owned = prepare(&["Klopp took over Liverpool in October 2015 on a Friday."]);
        let parts = english_parts(&owned);
        let mut interner = FastMap::default();
        let segments = index::collect_segments(&parts, &mut interner);
        let names = index::name_stems(&segments[0], parts[0].text);
        let liverpool = interner[&crate::engine::normalize::stem("liverpool")];
        assert_eq!(names, [liverpool]);
    }

    #[test]
    fn a_passage_that_names_a_past_year_is_another_occasion_unless_since_opens_it() {
        let found = |first: &str| {
            statements_of_2033(&[
                first,
                "Almost 9,000 people have died in the floods along the northern coast.",
            ])
            .len()
        };
        assert_eq!(
            found("Almost 9,000 people had died in the floods along the northern coast by 2031."),
            0
        );
        // A time that runs to the story's day.
        assert_eq!(
            found(
                "Almost 9,000 people have died in the floods along the northern coast since \
                 the rains began in March 2031."
            ),
            1
        );
        // `since` in another clause than the year.
        assert_eq!(
            found(
                "Almost 9,000 people have died in the floods along the northern coast since \
                 then, by 2031."
            ),
            0
        );
    }

    #[test]
    fn the_year_before_the_story_and_a_figure_both_give_exactly_are_one_recent_fact() {
        let found = |year: &str, figure: &str| {
            statements_of_2033(&[
                &format!(
                    "A harbour board report released in mid-December {year} put the cost of                      the storm damage at {figure} crowns."
                ),
                "That compares with a storm damage cost of 315,000 crowns given by the                  harbour board earlier this month.",
            ])
            .len()
        };
        assert_eq!(found("2032", "315,000"), 1);
        // Two years before the story: another occasion, whatever the figure.
        assert_eq!(found("2031", "315,000"), 0);
        // Another figure: the year alone keeps them apart.
        assert_eq!(found("2032", "280,000"), 0);
    }

    #[test]
    fn passages_that_share_a_past_year_are_one_occasion_whatever_else_they_name() {
        let found = statements_of_2033(&[
            "Vale has been harbour master since 2015 and led the rebuilding after the floods \
             (the worst since 1992).",
            "Vale took over the harbour in 2015 from Ruiz.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_quote_split_in_two_matches_one_quote_run_together() {
        let found = statements(&[
            "“The harbour will stay closed until the storm passes, and the ferries will wait \
             in the northern bay for at least three days,” Vale said.",
            "“The harbour will stay closed until the storm passes,” Vale said. “The ferries \
             will wait in the northern bay for three days.”",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|s| s[0]
            .1
            .starts_with("The harbour will stay closed until the storm passes")));
        assert!(found.iter().any(|s| s[1]
            .1
            .starts_with("The ferries will wait in the northern bay")));
    }

    /// The statement (sorted versions) whose first version starts with `opening`.
    fn statement_opening<'a>(
        found: &'a [Vec<(usize, String)>],
        opening: &str,
    ) -> Option<&'a Vec<(usize, String)>> {
        found
            .iter()
            .find(|s| s.iter().any(|(_, t)| t.starts_with(opening)))
    }

    #[test]
    fn two_short_sentences_the_outlets_carry_together_are_one_statement() {
        let found = statements(&[
            "Minister Vale spoke at the harbour on Monday. “Close the northern gates. Nobody \
             sails tonight,” Vale said. The ferries were late.",
            "“Close the northern gates. Nobody sails tonight,” the minister told reporters.",
            "Vale was blunt: “Close the northern gates! Nobody sails tonight.” Officials agreed.",
        ]);
        let joined = statement_opening(&found, "Close the northern gates").expect("found");
        assert_eq!(joined.len(), 3, "{found:?}");
        for (_, text) in joined {
            assert!(text.contains("Nobody sails tonight"), "{found:?}");
        }
        assert!(
            statement_opening(&found, "Nobody sails").is_none(),
            "{found:?}"
        );
    }

    #[test]
    fn two_short_sentences_in_another_order_somewhere_stay_two_statements() {
        let found = statements(&[
            "“Close the northern gates. Nobody sails tonight,” Vale said.",
            "“Close the northern gates. Nobody sails tonight,” the minister told reporters.",
            "“Nobody sails tonight. Close the northern gates,” Vale said.",
        ]);
        let gates = statement_opening(&found, "Close the northern gates").expect("found");
        assert!(
            gates.iter().all(|(_, t)| !t.contains("Nobody")),
            "{found:?}"
        );
    }

    #[test]
    fn a_statement_only_other_languages_carry_is_a_statement() {
        let found = statements_in(
            &[
                "“Il porto resterà chiuso finché la tempesta non sarà passata”, ha detto Vale.",
                "Vale ha aggiunto: “Il porto resterà chiuso fino a quando la tempesta non sarà \
                 passata”.",
            ],
            "it",
        );
        let harbour = statement_opening(&found, "Il porto resterà chiuso").expect("found");
        assert_eq!(harbour.len(), 2, "{found:?}");
    }

    #[test]
    fn long_sentences_copied_in_order_stay_apart() {
        let story = "“The harbour will stay closed until the storm has passed over the islands. \
                     The ferries will wait in the northern bay for at least three more days,” \
                     Vale said.";
        let found = statements(&[story, story]);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn a_paraphrase_matches_its_quote() {
        let found = statements(&[
            "“In the future, their infiltration into neighbouring ports is possible for \
             smuggling goods,” Vale said.",
            "Vale added that in the future, these gangs may infiltrate neighbouring ports and \
             smuggle goods.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_same_words_from_another_speaker_are_another_statement() {
        let found = statements(&[
            "“The harbour will stay closed until the storm passes,” Vale said.",
            "“The harbour will stay closed until the storm passes,” Lindqvist said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    /// The versions (sorted by article) of the statement one of whose versions starts with
    /// `opening`.
    fn versions_opening(texts: &[&str], opening: &str) -> Vec<String> {
        let found = statements(texts);
        let s = statement_opening(&found, opening).unwrap_or_else(|| panic!("{found:?}"));
        s.iter().map(|(_, t)| t.clone()).collect()
    }

    #[test]
    fn a_clause_the_other_version_gives_in_another_order_is_kept_whole() {
        let versions = versions_opening(
            &[
                "“Our banner is red and white. It is the banner we sail under, and we will \
                 never raise another one over the harbour,” Vale said.",
                "“Our banner is white and red,” Vale declared.",
            ],
            "Our banner is",
        );
        assert!(
            versions[0].ends_with("Our banner is red and white."),
            "{versions:?}"
        );
    }

    #[test]
    fn an_opening_clause_the_other_version_gives_later_is_kept_whole() {
        let versions = versions_opening(
            &[
                "Vale praised the crews who had kept the harbour open through the storm and \
                 said: “We know this, we remember it, and we will not forget.”",
                "“We remember it, we know this and we will not forget,” Vale told the crews.",
            ],
            "We remember it",
        );
        assert_eq!(
            versions[0], "We know this, we remember it, and we will not forget.",
            "{versions:?}"
        );
    }

    #[test]
    fn an_opening_clause_the_other_version_does_not_give_stays_out() {
        let versions = versions_opening(
            &[
                "Vale praised the crews who had kept the harbour open through the storm and \
                 said: “We salute the pilots, we remember it, and we will not forget.”",
                "“We remember it, we know this and we will not forget,” Vale told the crews.",
            ],
            "We remember it",
        );
        assert!(versions[0].starts_with("we remember it"), "{versions:?}");
    }

    #[test]
    fn a_clause_end_the_other_version_does_not_give_stays_out() {
        let versions = versions_opening(
            &[
                "“We have such a plan for the harbour today, and it will hold through the \
                 whole of the storm season,” Vale said.",
                "“We have such a plan for the harbour,” Vale said.",
            ],
            "We have such a plan",
        );
        assert!(versions[0].ends_with("for the harbour"), "{versions:?}");
    }

    /// Four outlets quote Vale; the first gives the quote in two sentences, `first` and
    /// `second`, two give it in one, and the last gives its first half.
    fn quoted_in_two_sentences(first: &str, second: &str) -> Vec<String> {
        let two =
            format!("Minister Vale spoke on Monday. “{first} {second}” The ferries were late.");
        versions_opening(
            &[
                &two,
                "“Everyone in the town will know that the storm closed the harbour and we will \
                 document every hour of it in great detail,” Vale said.",
                "Vale added: “Everyone in the town will know that the storm closed the harbour, \
                 and we will document every hour of it in great detail.”",
                "“Everyone in the town will know that the storm closed the harbour,” Vale said.",
            ],
            "Everyone in the town",
        )
    }

    const HARBOUR: &str = "Everyone in the town will know that the storm closed the harbour.";

    #[test]
    fn a_version_given_in_two_sentences_takes_in_the_second() {
        let second = "And we will document every hour of it in detail.";
        let versions = quoted_in_two_sentences(HARBOUR, second);
        assert_eq!(versions[0], format!("{HARBOUR} {second}"), "{versions:?}");
    }

    #[test]
    fn a_second_sentence_that_one_other_outlet_gives_alone_is_taken_in_all_the_same() {
        let texts = [
            "Minister Vale spoke on Monday. “I have no quarrel with the board now, honestly. I \
             am entirely at peace now.” The ferries were late.",
            "“I have no quarrel with the board now, honestly, I knew it for months that I would \
             have to say it at one point, but I am entirely at peace now,” Vale said.",
            "Vale added: “I have no quarrel with the board now, honestly, I knew it for months \
             that I would have to say it at one point, but I am entirely at peace now.”",
            "“I am entirely at peace now but I cannot do the job for ever,” Vale said.",
        ];
        let found = statements(&texts);
        let s =
            statement_opening(&found, "I have no quarrel").unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(
            s[0].1, "I have no quarrel with the board now, honestly. I am entirely at peace now.",
            "{found:?}"
        );
        // The fragment it left is no statement of one article.
        assert!(
            found.iter().all(|s| s.iter().any(|v| v.0 != s[0].0)),
            "{found:?}"
        );
    }

    #[test]
    fn a_version_given_in_three_sentences_takes_in_both_others() {
        let texts = [
            "Minister Vale spoke on Monday. “Everyone in the town will know that the storm \
             closed the harbour. And we will document every hour of it. The ferries will wait \
             in the northern bay for days.” The ferries were late.",
            "“Everyone in the town will know that the storm closed the harbour and we will \
             document every hour of it, and the ferries will wait in the northern bay for \
             days,” Vale said.",
            "Vale added: “Everyone in the town will know that the storm closed the harbour, \
             and we will document every hour of it; the ferries will wait in the northern bay \
             for days.”",
        ];
        let versions = versions_opening(&texts, "Everyone in the town");
        assert!(
            versions[0].ends_with("in the northern bay for days."),
            "{versions:?}"
        );
    }

    #[test]
    fn a_next_sentence_the_others_do_not_give_stays_out() {
        // Of `boats`, `late` and `again`, no other version gives two.
        let versions = quoted_in_two_sentences(HARBOUR, "The boats were late again.");
        assert_eq!(versions[0], HARBOUR, "{versions:?}");
    }

    #[test]
    fn a_sentence_the_others_give_after_it_is_not_taken_in_before_it() {
        let first = "We will document every hour of it in detail.";
        let versions = quoted_in_two_sentences(first, HARBOUR);
        assert!(versions.iter().all(|v| !v.contains(first)), "{versions:?}");
    }

    #[test]
    fn a_sentence_with_two_words_swapped_is_the_same_statement() {
        let found = statements(&[
            "Vale said on Friday in Tallinm.",
            "Vale said on Thursday in Tallinn.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn near_words_count_with_the_word_model() {
        use crate::engine::semantic::{tests::model_file, WordVectors};
        let texts = [
            "The northern port remains a source of unrest, Vale said.",
            "The northern port is still one of the flashpoints, Vale said.",
        ];
        let owned = prepare(&texts);
        let parts = english_parts(&owned);
        let mut interner: FastMap<Key, u32> = FastMap::default();
        let segments = collect_segments(&parts, &mut interner);
        let idf = inverse_document_frequency(&segments, interner.len());
        // A toy model: `unrest` and `flashpoints` point the same way, the rest elsewhere.
        let model = WordVectors::parse(&model_file(&[
            ("unrest", [100, 0, 0]),
            ("flash", [90, 10, 0]),
            ("##points", [90, 0, 10]),
            ("source", [0, 100, 0]),
            ("still", [0, 0, 100]),
        ]))
        .unwrap();
        let vectors = stem_vectors(&model, &parts, &segments, interner.len());
        let (a, b) = (&segments[0], &segments[1]);
        let soft = score::soft_match(a, b, &idf, &vectors);
        assert!(soft > 0.0, "unrest is near flashpoints");
        let none: Vec<Option<Vec<f32>>> = vec![None; interner.len()];
        assert_eq!(
            score::soft_match(a, b, &idf, &none),
            0.0,
            "no vectors, nothing near"
        );
    }

    /// Each word of `text` (one sentence) with the stem the candidate index gives it.
    fn index_stems(text: &str) -> Vec<(String, u32)> {
        let owned = prepare(&[text]);
        let parts = english_parts(&owned);
        let mut interner: FastMap<Key, u32> = FastMap::default();
        let segments = collect_segments(&parts, &mut interner);
        segments
            .iter()
            .flat_map(|s| {
                s.spans
                    .iter()
                    .zip(&s.stems)
                    .map(|(span, &id)| (text[span.start..span.end].to_lowercase(), id))
            })
            .collect()
    }

    #[test]
    fn words_news_writers_put_for_one_another_are_one_stem() {
        let text = "Wounded, injured and hurt people; it refused, declined and refrained; \
                    the number, the figures and the quantity; troops and soldiers; talks and \
                    negotiations; help and assistance; killed, died and dead men.";
        let stems = index_stems(text);
        let id = |w: &str| {
            stems
                .iter()
                .find(|(x, _)| x == w)
                .unwrap_or_else(|| panic!("{w} in {stems:?}"))
                .1
        };
        for class in [
            &["wounded", "injured", "hurt"][..],
            &["refused", "declined", "refrained"],
            &["number", "figures", "quantity"],
            &["troops", "soldiers"],
            &["talks", "negotiations"],
            &["help", "assistance"],
            &["killed", "died", "dead"],
        ] {
            for w in class {
                assert_eq!(id(w), id(class[0]), "{w} ~ {}", class[0]);
            }
        }
        assert_ne!(id("wounded"), id("killed"), "two classes stay two");
        assert_ne!(
            id("people"),
            id("men"),
            "a word of no class is its own stem"
        );
    }

    #[test]
    fn a_paraphrase_in_other_news_words_matches() {
        let found = statements(&[
            "The minister refused to give figures for the wounded soldiers, Vale said.",
            "Vale declined to give the number of injured troops.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn unrelated_articles_share_nothing() {
        let found = statements(&[
            "The harbour will stay closed until the storm passes.",
            "Wheat prices rose sharply in the spring markets.",
        ]);
        assert!(found.is_empty());
    }
}
