//! Property tests: tokenization and diffs lose nothing, whatever Unicode comes in.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use verbatim_core::diff_texts;
use verbatim_core::internals::rebuild;
use verbatim_core::internals::tokenize;

/// Text built from pieces that stress word boundaries: combining marks, emoji with modifiers
/// and joiners, right-to-left scripts, CJK, curly quotes, dashes, digits and odd whitespace.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("e\u{301}".to_string()),
        Just("👩🏽‍💻".to_string()),
        Just("🇺🇦".to_string()),
        Just("שלום".to_string()),
        Just("مرحبا".to_string()),
        Just("東京都".to_string()),
        Just("“quoted,”".to_string()),
        Just(" – ".to_string()),
        Just("24.4".to_string()),
        Just("\r\n".to_string()),
        Just("\u{200B}".to_string()),
        Just("isn’t".to_string()),
        "[a-zA-Z]{1,8}",
        " {1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Mostly ASCII, with every punctuation mark, control and digit the fast paths must treat as
/// UAX #29 does, the characters of news text the news path takes (curly quotes, dashes, NBSP,
/// Latin letters with diacritics), and the non-ASCII that can sit next to them.
fn ascii_heavy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[ -~]{1,12}",
        2 => "[a-z0-9_.,;:'` ]{1,12}",
        1 => Just("\t".to_string()),
        1 => Just("\r\n".to_string()),
        1 => Just("\r".to_string()),
        1 => Just("\u{0B}\u{0C}".to_string()),
        1 => Just(" \u{301}".to_string()),
        1 => Just("\u{200D}".to_string()),
        1 => Just("’".to_string()),
        1 => Just("é".to_string()),
        // What the news path takes beside ASCII, and its neighbours that it must leave to the
        // general path (the narrow no-break space joins words; marks attach; × is a symbol).
        2 => "[“”‘’–—…«»\u{a0}\u{c0}-\u{24f}a-z0-9.,' ]{1,8}",
        1 => Just("\u{202f}".to_string()),
        1 => Just("×÷".to_string()),
        1 => Just("e\u{301}".to_string()),
        1 => Just("\u{2019}s".to_string()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn tokens_are_the_unicode_word_segments(text in ascii_heavy_text()) {
        use unicode_segmentation::UnicodeSegmentation;
        let ours: Vec<&str> = tokenize(&text).iter().map(|t| t.text(&text)).collect();
        let uax29: Vec<&str> = text.split_word_bounds().collect();
        prop_assert_eq!(ours, uax29);
    }

    #[test]
    fn word_tokens_are_the_tokens_that_are_not_whitespace(text in tricky_text()) {
        use verbatim_core::internals::{word_tokens, TokenKind};
        let all: Vec<_> = tokenize(&text).into_iter().filter(|t| t.kind != TokenKind::Space).collect();
        prop_assert_eq!(word_tokens(&text), all);
    }

    #[test]
    fn token_keys_are_the_comparison_keys(text in ascii_heavy_text()) {
        use verbatim_core::internals::comparison_key;
        use verbatim_core::internals::TokenKind;
        for t in tokenize(&text) {
            let expected = match t.kind {
                TokenKind::Space => " ".to_string(),
                _ => comparison_key(t.text(&text)),
            };
            prop_assert_eq!(t.key.as_str(), expected.as_str());
        }
    }

    #[test]
    fn tokens_rebuild_the_input(text in tricky_text()) {
        let tokens = tokenize(&text);
        let rebuilt: String = tokens.iter().map(|t| t.text(&text)).collect();
        prop_assert_eq!(rebuilt, text.clone());
        for pair in tokens.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
    }

    #[test]
    fn arbitrary_strings_tokenize_losslessly(text in any::<String>()) {
        let rebuilt: String = tokenize(&text).iter().map(|t| t.text(&text)).collect();
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn diff_runs_rebuild_both_inputs(old in tricky_text(), new in tricky_text()) {
        let runs = diff_texts(&old, &new);
        prop_assert_eq!(rebuild(&runs, &old, true), old.clone());
        prop_assert_eq!(rebuild(&runs, &new, false), new.clone());
    }

    #[test]
    fn a_text_diffed_with_itself_is_all_equal(text in tricky_text()) {
        let runs = diff_texts(&text, &text);
        prop_assert!(runs.iter().all(|r| r.tag == verbatim_core::RunTag::Equal));
    }
}

mod compare_properties {
    use super::*;
    use crate::common;
    use verbatim_core::{
        compare, compare_versions, ArticleInput, CompareOptions, Form, VersionInput,
    };

    /// Sentences of the project's example, shuffled and interleaved with odd text, so that
    /// statements are found in varied surroundings.
    fn article() -> impl Strategy<Value = String> {
        let sentences: Vec<String> = common::harbour()
            .into_iter()
            .flat_map(|a| a.text.lines().map(str::to_string).collect::<Vec<_>>())
            .filter(|l| !l.trim().is_empty())
            .collect();
        let piece = prop_oneof![
            4 => prop::sample::select(sentences),
            1 => tricky_text(),
        ];
        prop::collection::vec(piece, 1..8).prop_map(|v| v.join("\n"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn every_result_is_lossless(texts in prop::collection::vec(article(), 2..5)) {
            let inputs: Vec<ArticleInput> = texts
                .into_iter()
                .map(|text| ArticleInput { text, label: None, file_name: None })
                .collect();
            match compare(&inputs, &CompareOptions::default()) {
                Ok(c) => common::assert_lossless(&c, &inputs),
                // Only the documented refusal: an input without words.
                Err(e) => prop_assert!(e.to_string().contains("has no words"), "{e}"),
            }
        }

        #[test]
        fn arbitrary_text_never_panics(texts in prop::collection::vec(tricky_text(), 2..4)) {
            let inputs: Vec<ArticleInput> = texts
                .into_iter()
                .map(|text| ArticleInput { text, label: None, file_name: None })
                .collect();
            if let Ok(c) = compare(&inputs, &CompareOptions::default()) {
                common::assert_lossless(&c, &inputs);
            }
        }

        #[test]
        fn versions_of_one_statement_compare_losslessly(
            texts in prop::collection::vec(article(), 2..5),
            paraphrase in any::<bool>(),
        ) {
            let versions: Vec<VersionInput> = texts
                .into_iter()
                .enumerate()
                .map(|(i, text)| VersionInput {
                    text,
                    label: None,
                    form: Some(if paraphrase && i % 2 == 1 { Form::Paraphrase } else { Form::Quote }),
                })
                .collect();
            let inputs: Vec<ArticleInput> = versions.iter().map(VersionInput::article).collect();
            match compare_versions(&versions, &CompareOptions::default()) {
                Ok(c) => {
                    common::assert_lossless(&c, &inputs);
                    prop_assert_eq!(c.statements.len(), 1);
                    prop_assert_eq!(c.statements[0].versions.len(), inputs.len());
                }
                Err(e) => prop_assert!(e.to_string().contains("has no words"), "{e}"),
            }
        }

        #[test]
        fn arbitrary_versions_never_panic(texts in prop::collection::vec(any::<String>(), 2..4)) {
            let versions: Vec<VersionInput> = texts
                .into_iter()
                .map(|text| VersionInput { text, ..VersionInput::default() })
                .collect();
            let inputs: Vec<ArticleInput> = versions.iter().map(VersionInput::article).collect();
            if let Ok(c) = compare_versions(&versions, &CompareOptions::default()) {
                common::assert_lossless(&c, &inputs);
            }
        }
    }
}
