//! The `verbatim` command-line tool, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn verbatim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/harbour");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    files
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("verbatim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn json_output_has_the_documented_fields() {
    let mut args = vec!["compare", "--json"];
    let files = fixtures();
    args.extend(files.iter().map(String::as_str));
    let out = verbatim(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["articles"].as_array().unwrap().len(), 4);
    assert_eq!(json["articles"][0]["label"], "Harbour Post");
    let inputs: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let statements = json["statements"].as_array().unwrap();
    assert!(statements.len() >= 5);
    for s in statements {
        for v in s["versions"].as_array().unwrap() {
            let (a, start, end) = (
                v["article"].as_u64().unwrap() as usize,
                v["start"].as_u64().unwrap() as usize,
                v["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(v["text"].as_str().unwrap(), &inputs[a][start..end]);
        }
        for c in s["changes"].as_array().unwrap() {
            assert!(c["kind"].is_string());
            assert!(c["versions"]
                .as_array()
                .unwrap()
                .iter()
                .all(|e| e["text"].is_string()));
        }
    }
    let conflicts = json["conflicts"].as_array().unwrap();
    assert!(conflicts.iter().any(|c| c["kind"] == "date"));
    assert!(conflicts
        .iter()
        .all(|c| c["mentions"][0]["text"].is_string()));
}

#[test]
fn the_report_shows_changes_inline() {
    let mut args = vec!["compare", "--color", "never"];
    let files = fixtures();
    args.extend(files.iter().map(String::as_str));
    let out = verbatim(&args);
    assert_eq!(out.status.code(), Some(0));
    let report = text(&out.stdout);
    assert!(report.contains("[-700-]{+750+}"), "{report}");
    assert!(report.contains("number: “700” → “750”"), "{report}");
    assert!(report.contains("Conflicts outside the quotes"));
    assert!(
        !report.contains('\x1b'),
        "no colour codes with --color never"
    );
}

#[test]
fn colour_can_be_forced() {
    let files = fixtures();
    let out = verbatim(&["compare", "--color", "always", &files[0], &files[1]]);
    assert!(text(&out.stdout).contains("\x1b[31;9m"));
}

#[test]
fn a_missing_file_is_named() {
    let out = verbatim(&["compare", "no/such/file.txt", "other.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read no/such/file.txt"));
}

#[test]
fn a_binary_file_is_refused() {
    let files = fixtures();
    let binary = temp_file("image.png", &[0x89, b'P', b'N', b'G', 0, 0, 1, 2]);
    let out = verbatim(&["compare", &files[0], binary.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not a text file"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn one_article_is_not_enough() {
    let files = fixtures();
    let out = verbatim(&["compare", &files[0]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("two or more articles"));
}

#[test]
fn articles_that_share_nothing_say_so() {
    let a = temp_file(
        "a.txt",
        b"The harbour will stay closed until the storm passes.",
    );
    let b = temp_file("b.txt", b"Wheat prices rose sharply in the spring markets.");
    let out = verbatim(&["compare", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no statement is shared"));
}

#[test]
fn the_base_must_name_an_article() {
    let files = fixtures();
    let out = verbatim(&["compare", "--base", "9", &files[0], &files[1]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no article 9"));
    let out = verbatim(&["compare", "--base", "0", &files[0], &files[1]]);
    assert!(text(&out.stderr).contains("from 1 up"));
}

#[test]
fn usage_errors_list_the_choices() {
    let out = verbatim(&["compare", "--colour", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr)
        .contains("the options are --json, --format F, --base N, --color WHEN and --words-only"));
    let out = verbatim(&["diff"]);
    assert!(text(&out.stderr).contains("the command is 'compare'"));
    let out = verbatim(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("Usage: verbatim compare"));
}

/// The readable report of each of the project's own examples, as a reviewer reads it: a
/// change to what the engine finds shows up as a small diff of this text. (The seed articles
/// are third-party texts, so their reports are never stored here.)
#[test]
fn each_example_reads_as_its_stored_report() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut examples: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    examples.sort();
    assert!(!examples.is_empty());
    for example in examples {
        let mut files: Vec<String> = std::fs::read_dir(&example)
            .unwrap()
            .map(|e| e.unwrap().path().display().to_string())
            .filter(|p| p.ends_with(".txt"))
            .collect();
        files.sort();
        let mut args = vec!["compare", "--color", "never"];
        args.extend(files.iter().map(String::as_str));
        let out = verbatim(&args);
        let name = example.file_name().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("report_{name}"), text(&out.stdout));
    }
}

#[test]
fn every_export_format_is_written_and_a_wrong_one_is_refused() {
    let files = fixtures();
    let run = |format: &str| {
        let mut args = vec!["compare", "--format", format];
        args.extend(files.iter().map(String::as_str));
        verbatim(&args)
    };
    let csv = run("csv");
    assert_eq!(csv.status.code(), Some(0), "{}", text(&csv.stderr));
    let csv = text(&csv.stdout);
    let head = csv.lines().next().unwrap();
    assert!(
        head.starts_with("\"statement\",\"base outlet\",\"base text\",\"Harbour Post\""),
        "{head}"
    );
    let changes = text(&run("changes-csv").stdout);
    assert!(changes.lines().count() > 5, "{changes}");
    let markdown = text(&run("markdown").stdout);
    assert!(markdown.starts_with("# How each outlet quoted it"));
    assert!(
        markdown.contains("~~") && markdown.contains("**"),
        "{markdown}"
    );
    let html = text(&run("html").stdout);
    assert!(html.starts_with("<!doctype html>") && html.contains("<del>"));
    assert!(!html.contains("<script"));
    let json = run("json");
    serde_json::from_slice::<serde_json::Value>(&json.stdout).expect("valid JSON");
    let wrong = run("pdf");
    assert_eq!(wrong.status.code(), Some(2));
    assert!(text(&wrong.stderr).contains("--format takes report, json, csv"));
}
