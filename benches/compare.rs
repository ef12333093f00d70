//! Benchmarks of the engine (`cargo bench --bench compare`), each beside a peer in the same run:
//!
//! - `seeds`: the whole analysis of the five seed articles (read from `../shared/seeds`; the
//!   project's own example when they are absent) against `similar`'s plain word diff of two of
//!   them, which is all a whole-text diff tool does;
//! - `scaling`: articles that share little, at 2k, 8k and 32k words in all; the time per word
//!   should stay about flat (statement finding indexes n-grams, it does not compare all pairs).
#![cfg(not(target_arch = "wasm32"))]

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "../tests/common/mod.rs"]
mod common;

use verbatim_core::{compare, ArticleInput, CompareOptions};

fn inputs() -> (&'static str, Vec<ArticleInput>) {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if seeds.join("EXPECTED.md").exists() {
        ("five seeds", common::articles_in(&seeds))
    } else {
        eprintln!("../shared/seeds not found: benchmarking the project's example instead");
        ("harbour example", common::harbour())
    }
}

fn seeds(c: &mut Criterion) {
    let (name, articles) = inputs();
    let mut group = c.benchmark_group("seeds");
    group.bench_function(format!("verbatim compare, {name}"), |b| {
        b.iter(|| compare(black_box(&articles), &CompareOptions::default()).unwrap())
    });
    // A whole-text word diff (words split at whitespace, Myers), as generic diff tools show.
    group.bench_function("peer: similar word diff of the first two", |b| {
        b.iter(|| {
            let old: Vec<&str> = black_box(&articles[0].text).split_whitespace().collect();
            let new: Vec<&str> = black_box(&articles[1].text).split_whitespace().collect();
            similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new).len()
        })
    });
    group.finish();
}

/// Deterministic news-like text that shares words but almost no statements with the other
/// articles: a fixed seed drives xorshift over a 4,000-word vocabulary made of syllables, drawn
/// with a Zipf-like skew and mixed with stopwords, 18 words a sentence.
fn generated_article(seed: u64, words: usize) -> String {
    const SYLLABLES: &[&str] = &[
        "ha", "bo", "ri", "ten", "mar", "lo", "ves", "ka", "dun", "pel", "sor", "mi", "tra", "gu",
        "nel", "fa", "ost", "ber", "quin", "dra",
    ];
    const STOPWORDS: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "that", "was", "for", "on",
    ];
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut out = String::with_capacity(words * 8);
    for i in 0..words {
        if i % 17 == 0 {
            out.push_str("Then ");
        }
        let r = next();
        if r % 3 == 0 {
            out.push_str(STOPWORDS[(r / 3 % STOPWORDS.len() as u64) as usize]);
        } else {
            // Zipf-like: squaring a uniform draw favours low word numbers.
            let u = (r >> 11) as f64 / (1u64 << 53) as f64;
            let id = (u * u * 4000.0) as usize;
            let (a, b, c) = (id % 20, id / 20 % 20, id / 400);
            out.push_str(SYLLABLES[a]);
            out.push_str(SYLLABLES[b]);
            if c > 0 {
                out.push_str(SYLLABLES[c % 20]);
            }
        }
        out.push_str(if i % 17 == 16 { ". " } else { " " });
    }
    out
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(20);
    for total in [2_000usize, 8_000, 32_000] {
        let articles: Vec<ArticleInput> = (0..4)
            .map(|i| ArticleInput {
                text: generated_article(i + 1, total / 4),
                label: None,
                file_name: None,
            })
            .collect();
        group.throughput(Throughput::Elements(total as u64));
        group.bench_with_input(
            BenchmarkId::new("compare, 4 articles", total),
            &articles,
            |b, a| b.iter(|| compare(black_box(a), &CompareOptions::default()).unwrap()),
        );
    }
    group.finish();
}

criterion_group!(benches, seeds, scaling);
criterion_main!(benches);
