//! Inputs built to make a careless engine slow, huge or crash: each must compare (or be refused
//! with a message), losslessly, within a step budget proportional to its size. The budget is the
//! engine's own step count (`internals::work_steps`: alignment cells, candidate postings, pairs
//! of spellings and of figures, links between statements, …), never a wall clock, so the test
//! means the same on any machine. Ordinary articles take 30–55 steps a byte.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use verbatim_core::internals::work_steps;
use verbatim_core::{compare, compare_versions, ArticleInput, CompareOptions, VersionInput};

/// Steps a byte of input may cost, and the steps any comparison may take whatever its size.
const STEPS_PER_BYTE: u64 = 200;
const BASE_STEPS: u64 = 1_000_000;

fn article(text: String) -> ArticleInput {
    ArticleInput {
        text,
        label: None,
        file_name: None,
    }
}

/// Compares `texts` as articles and as the versions of one statement, and checks that each
/// result is lossless (or a refusal with a message) within the step budget.
fn holds(name: &str, texts: &[String]) {
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let budget = STEPS_PER_BYTE * bytes + BASE_STEPS;
    let inputs: Vec<ArticleInput> = texts.iter().cloned().map(article).collect();
    work_steps();
    match compare(&inputs, &CompareOptions::default()) {
        Ok(c) => common::assert_lossless(&c, &inputs),
        Err(e) => assert!(!e.to_string().is_empty(), "{name}: a refusal says why"),
    }
    let steps = work_steps();
    assert!(steps <= budget, "{name}: {steps} steps for {bytes} bytes");
    let versions: Vec<VersionInput> = texts
        .iter()
        .map(|t| VersionInput {
            text: t.clone(),
            ..VersionInput::default()
        })
        .collect();
    match compare_versions(&versions, &CompareOptions::default()) {
        Ok(c) => {
            let articles: Vec<ArticleInput> = versions.iter().map(VersionInput::article).collect();
            common::assert_lossless(&c, &articles);
        }
        Err(e) => assert!(!e.to_string().is_empty(), "{name}: a refusal says why"),
    }
    let steps = work_steps();
    assert!(
        steps <= budget,
        "{name} as versions: {steps} steps for {bytes} bytes"
    );
}

fn repeat(n: usize, f: impl Fn(usize) -> String) -> String {
    (0..n).map(f).collect()
}

#[test]
fn long_capitalised_one_word_versions() {
    // An ID or a blob: edit distances and one-deletion keys must not cost its length squared.
    let word = |c: char| format!("Vale said {}{c}", "Abcdefghij".repeat(2_000));
    holds("long capitalised words", &[word('x'), word('y')]);
    let long = |c: char| format!("Ships wait. Then X{} came.", c.to_string().repeat(100_000));
    holds("one long capitalised word", &[long('y'), long('z')]);
}

#[test]
fn dots_and_letters_without_spaces() {
    holds(
        "dots and letters",
        &["a.".repeat(40_000), "b.".repeat(40_000)],
    );
}

#[test]
fn long_blockquotes_of_one_statement() {
    let quote = |w: &str| repeat(20_000, |i| format!("{w}{} ", i % 97));
    holds("two long blockquotes", &[quote("word"), quote("ward")]);
}

#[test]
fn a_transcript_of_thousands_of_one_sentence_quotes() {
    let quotes = |k: usize| repeat(10_000, |i| format!("“Word{} now.” ", (i + k) % 5_000));
    holds("one-sentence quotes", &[quotes(0), quotes(1)]);
}

#[test]
fn long_tokens_lines_and_punctuation() {
    holds(
        "one huge token",
        &["a".repeat(300_000), "a".repeat(299_999)],
    );
    holds(
        "no spaces",
        &["ab,cd;".repeat(50_000), "ab,cd;".repeat(50_000)],
    );
    holds(
        "punctuation runs",
        &[
            format!("Ships wait{}", "!".repeat(300_000)),
            format!("Ships wait{}", "?!".repeat(150_000)),
        ],
    );
}

#[test]
fn thousands_of_quotes_nested_or_unbalanced() {
    let short = |who: &str| repeat(10_000, |i| format!("{who} said “a{} b” and ", i % 50));
    holds("short quotes", &[short("He"), short("She")]);
    let nested = |w: &str| repeat(20_000, |_| format!("“{w} ‘{w} «{w} „{w} "));
    holds("nested quotes", &[nested("one"), nested("two")]);
    holds(
        "unbalanced quotes",
        &["word “".repeat(50_000), "“ word ”” ".repeat(40_000)],
    );
}

#[test]
fn many_articles_and_many_tiny_ones() {
    let tiny: Vec<String> = (0..16)
        .map(|i| format!("“Ships wait {i},” Vale said."))
        .collect();
    holds("sixteen tiny articles", &tiny);
    let too_many: Vec<ArticleInput> = (0..2_000).map(|i| article(format!("Ships {i}."))).collect();
    let refused = compare(&too_many, &CompareOptions::default()).unwrap_err();
    assert!(refused.to_string().contains("16"), "{refused}");
}

#[test]
fn bidirectional_overrides_zero_widths_and_combining_marks() {
    holds(
        "rtl and zero-width",
        &[
            "\u{202e}abc\u{200b}def\u{2066} ".repeat(20_000),
            "\u{202d}abc\u{200d}def ".repeat(20_000),
        ],
    );
    holds(
        "combining marks",
        &[
            format!("Vale a{}", "\u{0301}".repeat(100_000)),
            format!("Vale e{}", "\u{0300}".repeat(100_000)),
        ],
    );
}

#[test]
fn thousands_of_names_numbers_labels_and_dates() {
    let names = |k: usize| repeat(10_000, |i| format!("Name{} Person{} said. ", i, i + k));
    holds("many names", &[names(0), names(1)]);
    let numbers = |k: usize| repeat(30_000, |i| format!("{} ", i + k));
    holds("many numbers", &[numbers(0), numbers(1)]);
    let labels = |k: usize| repeat(8_000, |i| format!("SPEAKER{}: We wait {}.\n", i % 7, i + k));
    holds("many speaker labels", &[labels(0), labels(1)]);
    let dates = |d: &str| format!("Vale said on {d} that on Monday. ").repeat(8_000);
    holds("weekdays everywhere", &[dates("Friday"), dates("Thursday")]);
    let capitals = |s: &str| format!("Alpha Beta Gamma{s} Delta said. ").repeat(8_000);
    holds(
        "capitalised words everywhere",
        &[capitals("a"), capitals("b")],
    );
}

#[test]
fn the_same_sentence_thousands_of_times() {
    holds(
        "one sentence repeated",
        &[
            "The port will stay closed until the storm passes, Vale said. ".repeat(5_000),
            "The port will stay closed until the storm has passed, Vale said. ".repeat(4_500),
        ],
    );
    holds(
        "and that chains",
        &[
            format!("Vale said that {}", "ships wait and that ".repeat(15_000)),
            format!("Vale said that {}", "boats wait and that ".repeat(15_000)),
        ],
    );
}

#[test]
fn a_fuzzer_finding_a_quote_mark_a_stop_and_a_space_before_a_closing_quote() {
    holds(
        "quote stop space",
        &[
            "\". \"n".to_string(),
            "He said \". \"n and more.".to_string(),
        ],
    );
}
