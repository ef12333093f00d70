//! One statement from its passages: the versions (with their frames and attributions), the
//! base, each version's diff against it, the N-way alignment, every change, each version's
//! fidelity and status, whose wording it follows, and the variants between outlets that depart
//! from the base differently.
//!
//! Cost: linear in the versions' words for the diffs, the alignment and the changes; the
//! variants compare the versions' rows of the alignment pairwise (the square of the versions,
//! at most `MAX_ARTICLES`, times the columns), for passages of at most [`MAX_VARIANT_UNITS`].

use crate::engine::align::{column_units, ops_between, table};
use crate::engine::attribution::Attribution;
use crate::engine::changes::{variant_changes, version_changes, VersionText};
use crate::engine::diff::{diff_sides, Side, UnitOp};
use crate::engine::frame::framed;
use crate::engine::key::Key;
use crate::engine::language::ENGLISH;
use crate::engine::model::*;
use crate::engine::order::{pack, sort_by_rank};
use crate::engine::statement::{
    closest_wordings, content_stems, default_base, fidelity, follows, keeps_too_little,
    shared_occurrences, status, word_stems, Candidate,
};
use crate::engine::statements::Cluster;
use crate::engine::work;

use super::Prepared;

/// One version of a statement before it is compared: where it is, and what the layout and the
/// attribution said of it.
pub(super) struct VersionSource {
    pub(super) article: usize,
    /// The part compared word by word.
    pub(super) span: Span,
    /// What the version shows: `span` and its attribution (see [`crate::engine::frame`]).
    pub(super) framed: Span,
    pub(super) form: Form,
    pub(super) attribution: Attribution,
}

/// The versions of a found statement, in article order. A passage an article repeats word for
/// word (a paragraph pasted twice, a pull quote that repeats the body) is one version: the
/// first.
pub(super) fn sources(prepared: &[Prepared], cluster: &Cluster) -> Vec<VersionSource> {
    let mut passages = cluster.passages.clone();
    sort_by_rank(&mut passages, |p| pack(p.article, p.span.start));
    let words = |article: usize, span: Span| -> Vec<&Key> {
        let tokens = &prepared[article].tokens;
        let first = tokens.partition_point(|t| t.end <= span.start);
        tokens[first..]
            .iter()
            .take_while(|t| t.start < span.end)
            .filter(|t| t.is_wordlike())
            .map(|t| &t.key)
            .collect()
    };
    let mut kept: Vec<(usize, Vec<&Key>)> = Vec::new();
    let mut out = Vec::new();
    for p in &passages {
        let own = words(p.article, p.span);
        if kept.iter().any(|(a, w)| *a == p.article && *w == own) {
            continue;
        }
        kept.push((p.article, own));
        let layout = &prepared[p.article].layout;
        out.push(VersionSource {
            article: p.article,
            span: p.span,
            framed: framed(prepared[p.article].text, layout, p.segment, p.span),
            form: layout.segments[p.segment].form,
            attribution: prepared[p.article].attributions[p.segment].clone(),
        });
    }
    out
}

/// How far apart two versions are in the alignment, given as each column's cell (`None`, a
/// gap): between the columns where both have the base's own cell, the words one has that the
/// other does not, each occurrence once. Compared as multisets, not column by column: the
/// table left-aligns what versions add and pairs a substitution's words in order, so `It's
/// therefore` / `It is therefore` (3 apart: `It's`, `It`, `is`) and `that I` / `that we` (2
/// apart) would otherwise meet as shifted columns.
fn cell_distance(v: &[Option<&str>], w: &[Option<&str>], base: &[Option<&str>]) -> usize {
    // What the two have between two shared cells of the base: the words not shared.
    fn unshared(added_v: &mut Vec<&str>, added_w: &mut Vec<&str>) -> usize {
        let shared = shared_occurrences(added_v.iter().copied(), added_w.iter().copied());
        let d = added_v.len() + added_w.len() - 2 * shared;
        added_v.clear();
        added_w.clear();
        d
    }
    let mut distance = 0;
    let (mut added_v, mut added_w) = (Vec::new(), Vec::new());
    for ((&a, &b), &own) in v.iter().zip(w).zip(base) {
        if own.is_some() && a == own && b == own {
            distance += unshared(&mut added_v, &mut added_w);
        } else {
            added_v.extend(a);
            added_w.extend(b);
        }
    }
    distance + unshared(&mut added_v, &mut added_w)
}

/// The longest passage (in units: words and punctuation) that gets variants. A statement is a
/// sentence or a few (the corpus's longest versions with variants have about 50 words); past
/// 300 units a passage is a long quote block or a whole text, where the variants cost the
/// square of the versions times its words, for a list nobody reads (and the widget at its size
/// cap must stay within one frame budget on the host page).
const MAX_VARIANT_UNITS: usize = 300;

/// One statement from its versions: the base (the caller's article, else the default base of
/// the versions in the statement's main language), each version's diff against it, the N-way
/// alignment, every change, and each version's fidelity and status. A version in another
/// language than the base is a translation: the fullest version of each other language stands
/// beside the base undiffed, and that language's other versions are diffed against it.
/// Variants: each version against the one closest to its wording ([`closest_wordings`]).
pub(super) fn build_statement(
    prepared: &[Prepared],
    passages: Vec<VersionSource>,
    base_article: Option<usize>,
) -> Statement {
    let sides: Vec<Side> = passages
        .iter()
        .map(|p| Side::new(&prepared[p.article].tokens, p.span.start..p.span.end))
        .collect();
    work::add(sides.iter().map(|s| s.units.len()).sum());
    let forms: Vec<Form> = passages.iter().map(|p| p.form).collect();
    let stems: Vec<Vec<Key>> = sides.iter().map(content_stems).collect();
    let languages: Vec<&str> = passages
        .iter()
        .map(|p| prepared[p.article].language)
        .collect();
    // English when any version is; else the language of the first.
    let main = if languages.contains(&ENGLISH) {
        ENGLISH
    } else {
        languages[0]
    };
    // The default base among the versions of one language: the others are left out of the
    // choice (as empty, unconfirmed paraphrases).
    let choose = |language: &str| -> usize {
        let keep = |i: usize| languages[i] == language;
        let candidates: Vec<Candidate> = (0..passages.len())
            .map(|i| {
                if keep(i) {
                    Candidate {
                        stems: stems[i].clone(),
                        words: word_stems(&sides[i]),
                        form: forms[i],
                        primary: prepared[passages[i].article].primary,
                    }
                } else {
                    Candidate::left_out()
                }
            })
            .collect();
        let chosen = default_base(&candidates);
        if keep(chosen) {
            chosen
        } else {
            (0..languages.len()).find(|&i| keep(i)).unwrap_or(0)
        }
    };
    let base = base_article
        .and_then(|a| passages.iter().position(|p| p.article == a))
        .unwrap_or_else(|| choose(main));
    let base_language = languages[base];
    // What each version is compared with: the base, or its language's fullest version.
    let mut anchors: Vec<(&str, usize)> = vec![(base_language, base)];
    let compared_with: Vec<usize> = (0..passages.len())
        .map(|v| match anchors.iter().find(|(l, _)| *l == languages[v]) {
            Some(&(_, anchor)) => anchor,
            None => {
                let anchor = choose(languages[v]);
                anchors.push((languages[v], anchor));
                anchor
            }
        })
        .collect();
    let ops: Vec<Vec<UnitOp>> = (0..sides.len())
        .map(|v| {
            if v == base {
                Vec::new()
            } else if compared_with[v] == v || languages[v] != base_language {
                // Beside the base in the table, never paired with its words.
                let end = sides[base].units.len();
                vec![UnitOp::insert(end, 0..sides[v].units.len())]
            } else {
                diff_sides(&sides[base], &sides[v])
            }
        })
        .collect();
    let texts: Vec<&str> = passages.iter().map(|p| prepared[p.article].text).collect();
    let units = column_units(&sides, base, &ops);
    let alignment = table(&sides, &texts, &units);

    let version_text = |v: usize| VersionText {
        text: texts[v],
        article: passages[v].article,
        side: &sides[v],
        verb: passages[v].attribution.verb,
    };
    let mut changes = Vec::new();
    let mut versions = Vec::new();
    for (v, p) in passages.iter().enumerate() {
        let against = compared_with[v];
        let own = if v == against {
            Vec::new()
        } else {
            let in_quote = forms[v] == Form::Quote;
            let diff = if against == base {
                ops[v].clone()
            } else {
                diff_sides(&sides[against], &sides[v])
            };
            version_changes(version_text(against), version_text(v), &diff, in_quote, v)
        };
        let fidelity = fidelity(&stems[against], &stems[v], &own);
        let text = texts[v];
        let status = if languages[v] != base_language {
            Status::Translation
        } else {
            status(
                v == base,
                forms[v],
                &fidelity,
                keeps_too_little(&stems[base], &stems[v]),
            )
        };
        versions.push(Version {
            article: p.article,
            start: p.framed.start,
            end: p.framed.end,
            text: text[p.framed.start..p.framed.end].to_string(),
            compared: p.span,
            form: forms[v],
            speaker: p.attribution.speaker.as_ref().map(|s| s.name.clone()),
            verb: p.attribution.verb.map(|s| Excerpt::of(text, p.article, s)),
            status,
            fidelity,
            compared_with: against,
            follows: None,
        });
        changes.extend(own);
    }
    let words: Vec<Vec<&Key>> = sides
        .iter()
        .map(|s| {
            s.units
                .iter()
                .map(|&u| &s.tokens[u])
                .filter(|t| t.is_wordlike())
                .map(|t| &t.key)
                .collect()
        })
        .collect();
    let followed = follows(&changes, &compared_with, base, |v, w| words[v] == words[w]);
    // Where two outlets both depart from the base, differently: each version against the one
    // closest to its wording, after its changes against the base. How far apart two versions
    // are: read from the alignment ([`cell_distance`]), so a pair costs one pass over the
    // columns, not a diff.
    let short = |v: usize| sides[v].units.len() <= MAX_VARIANT_UNITS;
    let candidates: Vec<bool> = (0..passages.len())
        .map(|v| compared_with[v] == base && languages[v] == base_language && short(v))
        .collect();
    // Two versions besides the base at least: with one, it is beside the base.
    let others = (0..passages.len()).filter(|&v| v != base && candidates[v]);
    let closest = if short(base) && others.count() >= 2 {
        // Cells as written (a respelling is a difference too).
        let cells: Vec<Vec<Option<&str>>> = (0..passages.len())
            .map(|v| {
                let column = alignment.columns.iter();
                column
                    .map(|c| c.cells[v].as_deref().map(str::trim))
                    .collect()
            })
            .collect();
        closest_wordings(base, &candidates, |v, w| {
            cell_distance(&cells[v], &cells[w], &cells[base])
        })
    } else {
        vec![None; passages.len()]
    };
    for (v, w) in closest.iter().enumerate() {
        if let Some(w) = *w {
            let diff = ops_between(&units, &sides, w, v);
            let in_quote = forms[v] == Form::Quote;
            let variants = variant_changes(
                version_text(w),
                version_text(v),
                &diff,
                in_quote,
                (v, w),
                &changes,
            );
            changes.extend(variants);
        }
    }
    for (version, f) in versions.iter_mut().zip(followed) {
        version.follows = f;
    }
    Statement {
        base,
        versions,
        alignment,
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn additions_are_compared_as_words_not_as_shifted_columns() {
        // Base cells `with`, `hope` after a gap of four columns: `It's therefore` against `It
        // is therefore ,` differ by `It's`, `It`, `is` and `,`.
        let base = [None, None, None, None, Some("with"), Some("hope")];
        let v = [
            Some("It's"),
            Some("therefore"),
            None,
            None,
            Some("with"),
            Some("hope"),
        ];
        let w = [
            Some("It"),
            Some("is"),
            Some("therefore"),
            Some(","),
            Some("with"),
            Some("hope"),
        ];
        assert_eq!(cell_distance(&v, &w, &base), 4);
        // A changed word counts as a diff counts it, gone and come; a word only one adds, once.
        let base = [None, Some("with"), Some("hope")];
        assert_eq!(
            cell_distance(&[None, Some("with"), Some("hopes")], &base, &base),
            2
        );
        assert_eq!(
            cell_distance(&[Some("so"), Some("with"), Some("hope")], &base, &base),
            1
        );
        // `I` / `that we`: the table pairs `I` with `that`; as words, one apart (`I`, `we`
        // against `that`... `that` both have), not three shifted cells.
        let base = [None, Some("I"), None, Some("declare")];
        let v = [Some("that"), Some("I"), None, Some("declare")];
        let w = [None, Some("that"), Some("we"), Some("declare")];
        assert_eq!(cell_distance(&v, &w, &base), 2);
    }
}
