//! The accuracy floors: the CLI on the real article groups of `../shared/corpus` and the seeds,
//! scored by the same scorer the project is judged by (`../shared/tools/score.py`), must stay
//! at or above what the engine reaches today, so that no change makes it worse unnoticed.
//!
//! The texts are third-party: read from `../shared` at test time, never copied into the
//! project. Without the folder the test says so and passes; under `CI=true` it fails (see
//! `common::shared_folder`). The floors hold with and without the word model (the CLI embeds
//! it when `scripts/setup` has distilled it); the README's accuracy section gives the scores.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

/// What the scorer counts for a set of groups, summed.
#[derive(Debug, Default)]
struct Totals {
    pairs: (u64, u64),
    cross_lingual: (u64, u64),
    differences: (u64, u64),
    kinds: (u64, u64),
    traps_merged: u64,
    alone_joined: u64,
}

impl Totals {
    fn add(&mut self, group: &serde_json::Value) {
        let n = |key: &str| group[key].as_u64().unwrap_or_else(|| panic!("no `{key}`"));
        self.pairs.0 += n("en_joined");
        self.pairs.1 += n("en_pairs");
        self.cross_lingual.0 += n("xl_joined");
        self.cross_lingual.1 += n("xl_pairs");
        self.differences.0 += n("diff_surfaced");
        self.differences.1 += n("diff_total");
        self.kinds.0 += n("kind_agree");
        self.kinds.1 += n("kind_total");
        self.traps_merged += n("traps_merged");
        self.alone_joined += n("alone_joined");
    }
}

fn share((found, of): (u64, u64)) -> f64 {
    found as f64 / of.max(1) as f64
}

#[test]
fn the_engine_keeps_its_accuracy_on_real_article_groups() {
    let (Some(shared), Some(_)) = (
        common::shared_folder("corpus"),
        common::shared_folder("seeds"),
    ) else {
        return;
    };
    let scorer = shared.join("../tools/score.py");
    let out = std::env::temp_dir().join(format!("verbatim-score-{}.json", std::process::id()));
    let run = Command::new("python3")
        .arg(&scorer)
        .arg("--json")
        .arg(&out)
        .env("VERBATIM", env!("CARGO_BIN_EXE_verbatim"))
        .output()
        .expect("python3 runs the scorer");
    assert!(
        run.status.success(),
        "the scorer failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let groups: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&out).expect("the scorer wrote its JSON"))
            .expect("the scorer's JSON");
    let _ = std::fs::remove_file(&out);
    let (mut corpus, mut seeds) = (Totals::default(), Totals::default());
    for g in &groups {
        if g["group"] == "seeds" {
            seeds.add(g);
        } else {
            corpus.add(g);
        }
    }
    let report = format!("corpus {corpus:?}\nseeds {seeds:?}");
    assert_eq!(groups.len(), 7, "six groups and the seeds\n{report}");
    assert!(share(corpus.pairs) >= 0.86, "statement pairs\n{report}");
    assert!(share(corpus.differences) >= 0.77, "differences\n{report}");
    assert!(share(corpus.kinds) >= 0.95, "kind agreement\n{report}");
    assert!(
        share(corpus.cross_lingual) >= 0.52,
        "cross-lingual pairs\n{report}"
    );
    assert_eq!(corpus.traps_merged, 0, "traps merged\n{report}");
    assert_eq!(
        corpus.alone_joined, 0,
        "single-text passages joined\n{report}"
    );
    assert!(share(seeds.pairs) >= 0.80, "seed statement pairs\n{report}");
    assert!(
        share(seeds.differences) >= 0.65,
        "seed differences\n{report}"
    );
    assert_eq!(seeds.traps_merged, 0, "seed traps merged\n{report}");
}
