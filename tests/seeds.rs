//! The engine on the five real seed articles in `../shared/seeds`, against `EXPECTED.md` there.
//!
//! The articles are third-party texts: they are read from `../shared/seeds` at test time and
//! never copied into the project. Without that folder every test here says so and passes;
//! under `CI=true` a missing folder is a failure (see `common::shared_folder`).
//! Tests marked `#[ignore]` are findings the engine does not make yet; the README's table lists
//! them. `cargo test --test seeds -- --ignored` shows how far each one is.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::OnceLock;

use verbatim_core::{compare, ArticleInput, CompareOptions};
use verbatim_core::{ChangeKind, Comparison, ConflictKind, NoiseReason, Statement};

/// The seeds and their comparison, or `None` (with a message) when the folder is absent.
fn seeds() -> Option<&'static (Vec<ArticleInput>, Comparison)> {
    static SEEDS: OnceLock<Option<(Vec<ArticleInput>, Comparison)>> = OnceLock::new();
    SEEDS
        .get_or_init(|| {
            let dir = common::shared_folder("seeds")?;
            let inputs = common::articles_in(&dir);
            let comparison =
                compare(&inputs, &CompareOptions::default()).expect("the seeds compare");
            Some((inputs, comparison))
        })
        .as_ref()
}

/// The statement that has, for each `(article, snippet)`, a version in that article whose text
/// contains the snippet.
fn statement_with<'c>(c: &'c Comparison, parts: &[(usize, &str)]) -> Option<&'c Statement> {
    c.statements.iter().find(|s| {
        parts.iter().all(|(a, snippet)| {
            s.versions
                .iter()
                .any(|v| v.article == *a && v.text.contains(snippet))
        })
    })
}

fn expect_statement(id: &str, parts: &[(usize, &str)]) {
    let Some((_, c)) = seeds() else { return };
    assert!(
        statement_with(c, parts).is_some(),
        "{id}: no statement joins {parts:?}; statements: {:#?}",
        c.statements
            .iter()
            .map(|s| s
                .versions
                .iter()
                .map(|v| (v.article, v.text.as_str()))
                .collect::<Vec<_>>())
            .collect::<Vec<_>>()
    );
}

/// A change of `kind` in the statement joining `parts` whose two sides are exactly `base` and
/// `other` (in either order: the base of a statement is chosen by the engine); `""` is a side
/// with no text.
fn expect_change(id: &str, parts: &[(usize, &str)], kind: ChangeKind, base: &str, other: &str) {
    let Some((_, c)) = seeds() else { return };
    let s = statement_with(c, parts).unwrap_or_else(|| panic!("{id}: statement not found"));
    let found = s.changes.iter().any(|ch| {
        let sides = (ch.base.text.as_str(), ch.other.text.as_str());
        ch.kind == kind && (sides == (base, other) || sides == (other, base))
    });
    let all: Vec<_> = s
        .changes
        .iter()
        .map(|ch| (ch.kind, [ch.base.text.as_str(), ch.other.text.as_str()]))
        .collect();
    assert!(
        found,
        "{id}: no {kind:?} change {base:?} / {other:?}; changes: {all:#?}"
    );
}

/// The reporting verb each listed article attaches to its version of a statement.
fn expect_verbs(id: &str, parts: &[(usize, &str)], verbs: &[(usize, &str)]) {
    let Some((_, c)) = seeds() else { return };
    let s = statement_with(c, parts).unwrap_or_else(|| panic!("{id}: statement not found"));
    for (article, verb) in verbs {
        // The article's version that holds its phrase, when an article carries two.
        let phrase = parts.iter().find(|(a, _)| a == article).map(|(_, p)| *p);
        let v = s
            .versions
            .iter()
            .filter(|v| v.article == *article)
            .find(|v| phrase.is_none_or(|p| v.text.contains(p)))
            .unwrap();
        let got = v.verb.as_ref().map(|e| e.text.as_str());
        assert_eq!(got, Some(*verb), "{id}: verb of article {article}");
    }
}

fn expect_conflict(kind: ConflictKind, texts: &[(usize, &str)]) {
    let Some((_, c)) = seeds() else { return };
    let found = c.conflicts.iter().any(|k| {
        k.kind == kind
            && texts
                .iter()
                .all(|(a, t)| k.mentions.iter().any(|m| m.article == *a && m.text == *t))
    });
    assert!(
        found,
        "no {kind:?} conflict with {texts:?}: {:#?}",
        c.conflicts
    );
}

#[test]
fn the_seed_comparison_is_lossless() {
    let Some((inputs, c)) = seeds() else { return };
    common::assert_lossless(c, inputs);
}

#[test]
fn outlets_named_in_the_seeds_are_recognised() {
    let Some((_, c)) = seeds() else { return };
    assert_eq!(c.articles[3].label, "Khaama Press");
    assert_eq!(c.articles[4].label, "RT");
    assert_eq!(c.articles[4].noise[0].reason, NoiseReason::IconFont);
    assert!(c.articles[3]
        .noise
        .iter()
        .any(|n| n.reason == NoiseReason::SkipLink));
}

// Statements of event S (Shoigu, Minsk).

#[test]
fn s1_hotbed_of_instability() {
    let hotbed = "hotbed";
    expect_statement("S1", &[(0, hotbed), (1, hotbed), (2, hotbed)]);
}

#[test]
#[ignore = "not found yet: 003's paraphrase shares only two content words with S1"]
fn s1_paraphrase_in_003() {
    expect_statement("S1", &[(0, "hotbed"), (3, "source of instability")]);
}

#[test]
fn s2_main_threat() {
    let threat = "main threat";
    expect_statement("S2", &[(0, threat), (1, threat), (2, threat)]);
}

#[test]
fn s3_destabilize_the_region() {
    let s3 = "terrorist organizations";
    expect_statement("S3", &[(0, s3), (1, s3), (2, s3), (3, "harness")]);
}

#[test]
fn s4_redeployment() {
    let s4 = "redeployment";
    expect_statement("S4", &[(0, s4), (1, s4)]);
}

#[test]
fn s5_infiltration() {
    expect_statement(
        "S5",
        &[
            (0, "infiltration"),
            (1, "infiltration"),
            (2, "may infiltrate"),
        ],
    );
}

#[test]
#[ignore = "not found yet: 003 says 'invade their neighbours’ countries', too far a paraphrase"]
fn s5_paraphrase_in_003() {
    expect_statement("S5", &[(0, "infiltration"), (3, "invade")]);
}

#[test]
fn s6_coordinate_efforts() {
    expect_statement(
        "S6",
        &[
            (0, "coordinate efforts"),
            (1, "coordination of"),
            (2, "coordinated efforts"),
        ],
    );
}

#[test]
fn s7_nato_presence() {
    expect_statement("S7", &[(1, "reconstruction"), (2, "reconstruction")]);
}

#[test]
fn s8_direct_threat() {
    let s8 = "direct threat";
    expect_statement("S8", &[(1, s8), (2, s8)]);
}

#[test]
fn s_frame_meeting_in_minsk() {
    expect_statement(
        "S-frame",
        &[
            (0, "meeting in Minks"),
            (1, "Minsk"),
            (2, "in Minsk, Belarus"),
        ],
    );
}

// Statements of event K (Kabulov).

#[test]
fn k1_there_is_such_data() {
    expect_statement("K1", &[(0, "such data"), (4, "such data")]);
}

#[test]
fn k2_avenge_their_defeat() {
    expect_statement("K2", &[(0, "long-suffering"), (4, "troubled land")]);
}

#[test]
fn k3_sponsoring_islamic_state() {
    expect_statement("K3", &[(0, "Daesh"), (4, "Anglo-Saxons")]);
}

// What must not be aligned.

#[test]
fn zakharova_is_not_kabulov() {
    let Some((_, c)) = seeds() else { return };
    for s in &c.statements {
        let zakharova = s.versions.iter().any(|v| v.text.contains("ISIL"));
        let kabulov = s.versions.iter().any(|v| v.article == 0 || v.article == 4);
        assert!(
            !(zakharova && kabulov),
            "Zakharova's words joined Kabulov's: {s:#?}"
        );
    }
}

#[test]
fn tasmagambetov_is_not_shoigu() {
    let Some((_, c)) = seeds() else { return };
    for s in &c.statements {
        let tasmagambetov = s
            .versions
            .iter()
            .any(|v| v.text.contains("increasing risk"));
        assert!(
            !tasmagambetov || s.versions.len() < 2,
            "Tasmagambetov's words joined: {s:#?}"
        );
    }
}

#[test]
fn single_seed_quotes_stay_alone() {
    let Some((_, c)) = seeds() else { return };
    for s in &c.statements {
        for v in &s.versions {
            for alone in ["6,500 members", "genuine concern", "more complicated"] {
                assert!(!v.text.contains(alone), "{alone:?} was aligned: {s:#?}");
            }
        }
    }
}

// Discrepancies.

#[test]
fn d1_friday_or_thursday() {
    expect_conflict(
        ConflictKind::Date,
        &[(0, "Friday"), (1, "Thursday"), (2, "Thursday")],
    );
}

#[test]
fn d2_minks_or_minsk() {
    expect_conflict(
        ConflictKind::Name,
        &[(0, "Minks"), (1, "Minsk"), (2, "Minsk")],
    );
}

#[test]
fn d3_shoigy_or_shoigu_and_the_stray_accent() {
    expect_conflict(ConflictKind::Name, &[(3, "Shoigy"), (0, "Shoigu")]);
    expect_conflict(ConflictKind::Name, &[(3, "Défense"), (0, "Defense")]);
}

#[test]
fn d4_iea_added_inside_the_quote() {
    expect_change("d4", &[(1, "(IEA)")], ChangeKind::AddedInQuote, "", "(IEA)");
}

#[test]
fn d5_attribution_verbs() {
    let hotbed = "hotbed";
    expect_verbs("S1", &[(0, hotbed)], &[(0, "added")]);
    let s3 = "terrorist organizations";
    expect_verbs("S3", &[(0, s3), (1, s3)], &[(0, "underlined"), (1, "said")]);
    let s5 = "infiltration";
    expect_verbs(
        "S5",
        &[(0, s5), (1, s5), (2, "may infiltrate")],
        &[(0, "underlined"), (1, "said"), (2, "added")],
    );
    expect_verbs(
        "S6",
        &[
            (0, "coordinate efforts"),
            (1, "coordination of"),
            (2, "coordinated efforts"),
        ],
        &[(0, "concluded"), (1, "stressed on"), (2, "emphasized")],
    );
    expect_verbs(
        "S7",
        &[(1, "instead of working"), (2, "instead of working")],
        // 002's `Shoigu further noted`: the adverb is part of how it reports (the seeds' V9).
        &[(1, "noted"), (2, "further noted")],
    );
}

#[test]
fn d6_source_credited() {
    expect_statement("d6", &[(0, "TASS news agency"), (2, "News Agency TASS")]);
}

#[test]
fn d8_article_dropped_in_s4() {
    expect_change(
        "d8",
        &[(0, "redeployment"), (1, "redeployment")],
        ChangeKind::RemovedFromQuote,
        "the",
        "",
    );
}

#[test]
fn d9_is_possible_becomes_may() {
    expect_change(
        "d9",
        &[(0, "infiltration into"), (2, "may infiltrate")],
        ChangeKind::Modality,
        "their",
        "these terrorist groups may",
    );
}

#[test]
fn d11_s7_drops_the_hasty_withdrawal() {
    expect_change(
        "d11",
        &[(1, "instead of working"), (2, "instead of working")],
        ChangeKind::Wording,
        "after the hasty withdrawal from it",
        ",",
    );
}

#[test]
fn d12_including_is_inserted() {
    let Some((_, c)) = seeds() else { return };
    let found = c.statements.iter().flat_map(|s| &s.changes).any(|ch| {
        ch.sides()
            .iter()
            .any(|e| e.article == 3 && e.text == ", including IS")
    });
    assert!(found, "no change shows 003's 'including IS'");
}

#[test]
fn d15_two_translations_of_one_quote() {
    let k2 = [(0, "long-suffering"), (4, "troubled land")];
    expect_change(
        "d15",
        &k2,
        ChangeKind::Wording,
        // The replaced adjective is shown with its determiner (engine/changes.rs).
        "this long-suffering",
        "this troubled",
    );
    expect_change("d15", &k2, ChangeKind::Cosmetic, "is not", "isn’t");
    let k3 = [(0, "Daesh"), (4, "Anglo-Saxons")];
    expect_change("d15", &k3, ChangeKind::Name, "the Daesh", "Islamic State");
    expect_change(
        "d15",
        &k3,
        ChangeKind::Wording,
        "even worse",
        "worst of all",
    );
    expect_change("d15", &k3, ChangeKind::Wording, "secretly", "are covertly");
}

#[test]
#[ignore = "not found yet: the text between K1 and K2 in 000 belongs to no statement"]
fn d16_the_us_authorities_in_brackets() {
    expect_change(
        "d16",
        &[(0, "such data"), (4, "such data")],
        ChangeKind::Editorial,
        "[the US authorities]",
        "",
    );
}

#[test]
#[ignore = "not found yet: 000's lede is matched to RT's headline, not to RT's lede"]
fn d17_current_afghan_authorities() {
    expect_statement(
        "d17",
        &[(0, "current Afghan authorities"), (4, "oppose the Taliban")],
    );
}

#[test]
#[ignore = "not found yet: 'in January' and 'on Friday' are not compared (month vs weekday)"]
fn d19_in_january_or_on_friday() {
    expect_conflict(ConflictKind::Date, &[(0, "January"), (4, "Friday")]);
}

#[test]
fn d20_kabulov_verbs() {
    expect_verbs(
        "K1",
        &[(0, "such data"), (4, "such data")],
        &[(0, "stated"), (4, "said")],
    );
    expect_verbs(
        "K2",
        &[(0, "long-suffering"), (4, "troubled land")],
        &[(4, "claimed")],
    );
    expect_verbs("K3", &[(0, "Daesh"), (4, "Anglo-Saxons")], &[(4, "added")]);
}
