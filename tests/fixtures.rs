//! The engine on the project's own example (tests/fixtures/harbour: four invented outlets
//! quoting an invented port minister), built so that every kind of change occurs at least once.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use verbatim_core::{compare, CompareOptions};
use verbatim_core::{ChangeKind, Comparison, ConflictKind, Form, LabelSource, Statement, Status};

fn harbour_comparison() -> Comparison {
    compare(&common::harbour(), &CompareOptions::default()).expect("the example compares")
}

/// The statement a version of which quotes words starting with `opening`.
fn statement<'c>(c: &'c Comparison, opening: &str) -> &'c Statement {
    c.statements
        .iter()
        .find(|s| {
            s.versions
                .iter()
                .any(|v| v.compared_text().starts_with(opening))
        })
        .unwrap_or_else(|| panic!("no statement opens with {opening:?}"))
}

/// An article of `text`, with no label or file name.
fn article(text: &str) -> verbatim_core::ArticleInput {
    verbatim_core::ArticleInput {
        text: text.to_string(),
        label: None,
        file_name: None,
    }
}

/// (kind, base text, other text) of every change of a statement.
fn changes(s: &Statement) -> Vec<(ChangeKind, String, String)> {
    s.changes
        .iter()
        .map(|c| (c.kind, c.base.text.clone(), c.other.text.clone()))
        .collect()
}

fn has(s: &Statement, kind: ChangeKind, base: &str, other: &str) -> bool {
    changes(s).contains(&(kind, base.to_string(), other.to_string()))
}

#[test]
fn the_example_is_lossless() {
    common::assert_lossless(&harbour_comparison(), &common::harbour());
}

#[test]
fn outlets_are_labelled_from_bylines_or_numbered() {
    let c = harbour_comparison();
    let labels: Vec<(&str, LabelSource)> = c
        .articles
        .iter()
        .map(|a| (a.label.as_str(), a.label_source))
        .collect();
    assert_eq!(
        labels,
        [
            ("Harbour Post", LabelSource::Byline),
            ("Article 2", LabelSource::Default),
            ("Article 3", LabelSource::Default),
            ("Tidewater Times", LabelSource::Byline),
        ]
    );
}

#[test]
fn page_noise_is_set_aside() {
    let c = harbour_comparison();
    let noise: Vec<(usize, &str)> = c
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.noise.iter().map(move |n| (i, n.reason.name())))
        .collect();
    assert_eq!(noise, [(1, "share_prompt"), (3, "photo_credit")]);
}

#[test]
fn a_quote_run_together_is_found_in_each_outlet_that_splits_it() {
    let c = harbour_comparison();
    let s = statement(
        &c,
        "The strike has already cost the northern ports of Varmland 700",
    );
    let articles: Vec<usize> = s.versions.iter().map(|v| v.article).collect();
    assert_eq!(articles, [0, 1, 2]);
    assert!(s.versions.iter().all(|v| v.form == Form::Quote));
}

#[test]
fn the_same_words_from_another_speaker_stay_apart() {
    // Lindqvist's "The strike has already cost the northern ports many jobs" is not Orlova's.
    let c = harbour_comparison();
    for s in &c.statements {
        for v in &s.versions {
            assert!(
                !v.text.contains("many jobs"),
                "Lindqvist's quote was merged: {v:?}"
            );
        }
    }
}

#[test]
fn every_kind_of_change_is_found() {
    use ChangeKind::*;
    let c = harbour_comparison();
    let jobs = statement(&c, "The strike has already cost");
    assert!(has(jobs, Number, "700", "750"));
    assert!(has(jobs, Name, "Varmland", "Värmland"));
    assert!(has(jobs, Cosmetic, ",", "."));
    let unions = statement(&c, "The unions have refused");
    assert!(has(
        unions,
        AddedInQuote,
        "",
        "with the Harbour Council (HBC)"
    ));
    assert!(has(unions, Date, "Monday", "Tuesday"));
    assert!(has(unions, Modality, "", "not"));
    assert!(changes(unions)
        .iter()
        .any(|(k, _, o)| *k == Editorial && o == "…"));
    let companies = statement(&c, "We believe that the shipping companies");
    assert!(has(companies, Editorial, "", "[the Nordline group]"));
    assert!(has(companies, Wording, "across", "in"));
    let closures = statement(&c, "In the coming weeks");
    assert!(has(closures, RemovedFromQuote, "the", ""));
    assert!(has(
        closures,
        Modality,
        "are possible",
        "will likely follow"
    ));
    assert!(has(closures, ReportingVerb, "warned", "said"));
    let talks = statement(&c, "Under these conditions");
    assert!(has(
        talks,
        Moved,
        "Under these conditions",
        "under these conditions"
    ));
    assert!(has(
        talks,
        Moved,
        "both with the unions and with the companies",
        "Both with the unions and with the companies"
    ));
}

#[test]
fn reporting_verbs_are_compared_per_outlet() {
    let c = harbour_comparison();
    let s = statement(&c, "We believe that the shipping companies");
    let verbs: Vec<(usize, String)> = s
        .versions
        .iter()
        .map(|v| {
            (
                v.article,
                v.verb.as_ref().map(|e| e.text.clone()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        verbs,
        [
            (0, "added".into()),
            (1, "claimed".into()),
            (2, "added".into()),
            (3, "stated".into())
        ]
    );
}

#[test]
fn status_and_fidelity_explain_each_version() {
    let c = harbour_comparison();
    let s = statement(&c, "The strike has already cost");
    let statuses: Vec<Status> = s.versions.iter().map(|v| v.status).collect();
    assert_eq!(statuses, [Status::Base, Status::Altered, Status::Altered]);
    let changed = &s.versions[1].fidelity;
    assert_eq!(changed.base_words, 8);
    assert!((changed.kept - 7.0 / 8.0).abs() < 1e-9, "{changed:?}");
    // The number; the reporting verb is a change of the attribution, shown beside the version.
    assert_eq!(changed.substantive, 1);
    assert!(s
        .changes
        .iter()
        .any(|c| c.version == 1 && c.kind == ChangeKind::ReportingVerb));
}

#[test]
fn facts_that_disagree_outside_the_quotes_are_conflicts() {
    let c = harbour_comparison();
    let found: Vec<(ConflictKind, Vec<&str>)> = c
        .conflicts
        .iter()
        .map(|k| (k.kind, k.mentions.iter().map(|m| m.text.as_str()).collect()))
        .collect();
    assert!(
        found.contains(&(ConflictKind::Name, vec!["Tallinn", "Tallnin"])),
        "{found:?}"
    );
    assert!(found.contains(&(
        ConflictKind::Date,
        vec!["Wednesday", "Thursday", "Wednesday", "Wednesday"]
    )));
    assert!(found
        .iter()
        .any(|(k, m)| *k == ConflictKind::Name && m.contains(&"Orlová")));
}

#[test]
fn the_caller_can_choose_the_base() {
    let inputs = common::harbour();
    let c = compare(
        &inputs,
        &CompareOptions {
            base_article: Some(2),
        },
    )
    .unwrap();
    let s = statement(&c, "The strike has already cost");
    assert_eq!(s.versions[s.base].article, 2);
    assert!(has(s, ChangeKind::Name, "Värmland", "Varmland"));
}

#[test]
fn versions_of_one_statement_compare_without_statement_finding() {
    use verbatim_core::{compare_versions, VersionInput};
    let versions = [
        "  The strike has already cost the ports 700 jobs, ",
        "The strike has already cost the ports 750 jobs.",
    ]
    .map(|t| VersionInput {
        text: t.to_string(),
        ..VersionInput::default()
    });
    let c = compare_versions(&versions, &CompareOptions::default()).unwrap();
    assert_eq!(c.statements.len(), 1);
    let s = &c.statements[0];
    assert_eq!(
        s.versions[0].text,
        "The strike has already cost the ports 700 jobs,"
    );
    assert!(has(s, ChangeKind::Number, "700", "750"));
    let articles: Vec<_> = versions.iter().map(VersionInput::article).collect();
    common::assert_lossless(&c, &articles);
}

#[test]
fn a_translation_joins_by_its_figures_and_names_and_is_not_diffed() {
    let inputs = [
        article(
            "Port Minister Ana Orlova said on Monday that 412 sailors have been stranded in \
             Tallinn since the strike began, and that the Nordline company must pay them.",
        ),
        article(
            "The minister, Ana Orlova, told reporters that 412 sailors have been stranded in \
             Tallinn since the strike began and that Nordline must pay them.",
        ),
        article(
            "La ministra dei porti Ana Orlova ha detto lunedì che 412 marinai sono bloccati a \
             Tallinn dall'inizio dello sciopero e che la compagnia Nordline deve pagarli. \
             Secondo la ministra, le trattative riprenderanno presto nella capitale.",
        ),
    ];
    let c = compare(&inputs, &CompareOptions::default()).unwrap();
    assert_eq!(c.articles[2].language, "it");
    let s = c
        .statements
        .iter()
        .find(|s| s.versions.iter().any(|v| v.article == 2))
        .expect("the Italian version joins the English statement");
    assert!(s.versions.iter().any(|v| v.article == 0));
    let italian = s.versions.iter().position(|v| v.article == 2).unwrap();
    assert_eq!(s.versions[italian].status, Status::Translation);
    assert_eq!(s.versions[italian].compared_with, italian);
    assert!(
        s.changes.iter().all(|ch| ch.version != italian),
        "languages are shown side by side, never diffed"
    );
    assert_ne!(s.versions[s.base].article, 2, "the base is English");
    common::assert_lossless(&c, &inputs);
}

#[test]
fn a_quote_is_shown_with_its_attribution_and_only_its_words_are_compared() {
    let c = harbour_comparison();
    let s = statement(&c, "The strike has already cost");
    let harbour = s
        .versions
        .iter()
        .find(|v| c.articles[v.article].label == "Harbour Post")
        .expect("Harbour Post carries it");
    assert_eq!(
        harbour.text,
        "\"The strike has already cost the northern ports of Varmland 700 jobs,\" Orlova said \
         at a meeting of the Harbour Council in Tallinn."
    );
    assert_eq!(
        harbour.compared_text(),
        "The strike has already cost the northern ports of Varmland 700 jobs,"
    );
    // Every change lies in the compared words, the reporting verb apart.
    for change in s
        .changes
        .iter()
        .filter(|ch| ch.op != verbatim_core::ChangeOp::Attribution)
    {
        for (side, e) in change.sides().iter().enumerate() {
            let v = if side == 0 {
                &s.versions[s.versions[change.version].compared_with]
            } else {
                &s.versions[change.version]
            };
            assert!(
                v.compared.start <= e.start && e.end <= v.compared.end,
                "{:?} lies outside {:?}",
                e.text,
                v.compared_text()
            );
        }
    }
}

#[test]
fn a_russian_version_joins_the_statement_whose_international_words_it_shares() {
    let inputs = [
        article(
            "Port Minister Ana Orlova of Nordline spoke to reporters in Tallinn on Monday.\n\n\
             \u{201c}The situation at the terminal is a catastrophe for the company,\u{201d} \
             Orlova said.",
        ),
        article(
            "Port Minister Ana Orlova of Nordline spoke in Tallinn on Monday.\n\n\
             \u{201c}The situation at the terminal is a real catastrophe for the company,\u{201d} \
             she said.",
        ),
        article(
            "Министр Анна Орлова из Nordline выступила в Таллине. Она сказала: «Ситуация на \
             терминале — катастрофа для компании Nordline».",
        ),
    ];
    let c = compare(&inputs, &CompareOptions::default()).unwrap();
    assert_eq!(c.articles[2].language, "ru");
    let s = statement(&c, "The situation at the terminal");
    let russian = s
        .versions
        .iter()
        .find(|v| v.article == 2)
        .expect("the Russian version joins the statement whose words it shares");
    assert_eq!(russian.status, Status::Translation);
    assert!(russian.text.contains("катастрофа"), "{}", russian.text);
    common::assert_lossless(&c, &inputs);
}

#[test]
fn a_persian_version_joins_by_its_figure_and_the_names_its_consonants_spell() {
    let inputs = [
        article(
            "Port Minister Ana Orlova said that 412 sailors have been stranded in Tallinn and \
             P\u{e4}rnu since the strike began.",
        ),
        article(
            "The minister, Ana Orlova, told reporters that 412 sailors have been stranded in \
             Tallinn and P\u{e4}rnu.",
        ),
        // The figure in Persian digits, the two ports as Persian spells them (t-l-n, p-r-n):
        // the figure alone is too little to join. Persian has no capitals, so its second
        // sentence begins after the stop all the same.
        article(
            "وزیر بنادر، آنا اورلوا، گفت که ۴۱۲ ملوان در تالین و پرنو سرگردان مانده‌اند. \
             به گفته وزیر، مذاکرات به زودی در پایتخت از سر گرفته می‌شود.",
        ),
    ];
    let c = compare(&inputs, &CompareOptions::default()).unwrap();
    assert_eq!(c.articles[2].language, "fa");
    let s = statement(&c, "The minister, Ana Orlova");
    let persian = s
        .versions
        .iter()
        .find(|v| v.article == 2)
        .expect("the Persian version joins the statement whose figure and names it gives");
    assert_eq!(persian.status, Status::Translation);
    let first_sentence_end = inputs[2].text.find(". ").unwrap() + 1;
    assert_eq!(persian.text, inputs[2].text[..first_sentence_end]);
    common::assert_lossless(&c, &inputs);
}

/// Three outlets of one statement: the base (a post) lacks the opening that the two others
/// carry in two wordings.
#[test]
fn an_italian_quote_that_carries_two_statements_joins_both() {
    let inputs = [
        article(
            "Port Minister Ana Orlova spoke in Tallinn on Monday. \u{201c}The strongest harbour \
             is the one that sees the situation, thinks of the population and has the moral \
             courage of the open gate,\u{201d} Orlova said. \u{201c}Today we can negotiate with \
             the help of international partners and neutral mediators,\u{201d} she added. The \
             ferries stayed in port. Unions meet on Friday.",
        ),
        article(
            "Orlova spoke to the press in Tallinn. She said the strongest harbour is the one \
             that sees the situation, thinks of the population and has the moral courage of \
             the open gate. She added that today talks can be held with the help of \
             international partners and neutral mediators. Fishermen were not convinced. The \
             strike is in its third week.",
        ),
        // One sentence for both: the situation, the population and the moral courage are
        // the first statement's, the partners, the mediators and the negotiating the second's.
        article(
            "Il ministro Ana Orlova ha parlato a Tallinn. \u{201c}Il porto pi\u{f9} forte \u{e8} \
             quello che vede la situazione, pensa alla popolazione e ha il coraggio morale del \
             cancello aperto, e oggi si pu\u{f2} negoziare con l\u{2019}aiuto dei partner \
             internazionali e di mediatori neutrali\u{201d}, ha detto Orlova. I traghetti sono \
             rimasti in porto.",
        ),
    ];
    let c = compare(&inputs, &CompareOptions::default()).unwrap();
    assert_eq!(c.articles[2].language, "it");
    for opening in ["The strongest harbour", "Today we can negotiate"] {
        let italian = statement(&c, opening)
            .versions
            .iter()
            .find(|v| v.article == 2)
            .unwrap_or_else(|| panic!("the Italian quote is a version of {opening:?}"));
        assert_eq!(italian.status, Status::Translation);
        assert!(italian.text.contains("negoziare"), "{}", italian.text);
    }
    common::assert_lossless(&c, &inputs);
}

fn two_wordings_the_base_lacks() -> Vec<verbatim_core::VersionInput> {
    [
        (
            "Vale's post",
            "With great hope I declare the strike over for the ports.",
        ),
        (
            "Harbour Post",
            "It’s therefore with great hope that I declare the strike over for the ports.",
        ),
        (
            "Coast Wire",
            "It is therefore, with great hope, that I declare the strike over for the ports.",
        ),
    ]
    .map(|(label, text)| verbatim_core::VersionInput {
        text: text.to_string(),
        label: Some(label.to_string()),
        ..verbatim_core::VersionInput::default()
    })
    .to_vec()
}

#[test]
fn where_two_outlets_both_depart_from_the_base_their_difference_is_a_variant() {
    use verbatim_core::{compare_versions, variants};
    let versions = two_wordings_the_base_lacks();
    let options = CompareOptions {
        base_article: Some(0),
    };
    let c = compare_versions(&versions, &options).unwrap();
    let s = &c.statements[0];
    // Against the base, each outlet adds its own opening.
    assert!(has(s, ChangeKind::AddedInQuote, "", "It’s therefore"));
    assert!(has(s, ChangeKind::AddedInQuote, "", "It is therefore,"));
    // Against each other: Coast Wire is closest to Harbour Post.
    let (against, shown) = variants(s, 2, false).expect("Coast Wire has variants");
    assert_eq!(against, 1);
    let texts: Vec<(&str, &str)> = shown
        .iter()
        .map(|&i| {
            (
                s.changes[i].base.text.as_str(),
                s.changes[i].other.text.as_str(),
            )
        })
        .collect();
    assert_eq!(texts, [("It’s therefore", "It is therefore,"), ("", ",")]);
    assert!(shown
        .iter()
        .all(|&i| s.changes[i].kind == ChangeKind::Cosmetic));
    // What Coast Wire shares with the base is no variant: `that` is in both outlets.
    assert!(shown.iter().all(|&i| s.changes[i].other.text != "that"));
    // The first outlet placed is against the base alone.
    assert_eq!(variants(s, 1, false), None);
    let articles: Vec<_> = versions.iter().map(|v| v.article()).collect();
    common::assert_lossless(&c, &articles);
}
