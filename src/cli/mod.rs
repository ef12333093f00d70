//! Command-line parsing, file reading and output for the `verbatim` binary.
//!
//! ```text
//! verbatim compare FILE... [--json | --format FORMAT] [--base N] [--color always|never|auto]
//! ```
//! Exit codes: 0 statements found, 1 nothing shared, 2 bad usage or unreadable input.

mod report;

use std::fmt;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use verbatim_core::{compare, export, ArticleInput, CompareOptions, MAX_ARTICLE_BYTES};

/// The usage text, printed with `--help` and after a usage error.
const USAGE: &str = "\
Usage: verbatim compare FILE... [--json | --format FORMAT] [--base N] [--color always|never|auto] [--words-only]

Finds the statements that two or more articles share, aligns every outlet's version,
and reports every difference.

  FILE...        two or more plain-text articles (UTF-8)
  --json         print the full result as JSON instead of a report
  --format F     report (default), json, csv (statements x outlets), changes-csv (a row per
                 change), markdown (a redline) or html (a self-contained report)
  --base N       use article N (1-based, in the order given) as the base version
  --color WHEN   colour the report: auto (default, when writing to a terminal), always, never
  --words-only   match statements on their words alone, without the word model
";

/// The word model this build carries (see `build.rs`), if it was distilled before the build.
#[cfg(verbatim_word_model)]
const WORD_MODEL: Option<&[u8]> = Some(include_bytes!(env!("VERBATIM_WORD_MODEL")));
#[cfg(not(verbatim_word_model))]
const WORD_MODEL: Option<&[u8]> = None;

/// Everything that can go wrong before the engine runs, each with a message that says what to do.
#[derive(Debug)]
enum CliError {
    Usage(String),
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    Binary {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
    },
    Engine(verbatim_core::CompareError),
    Write(std::io::Error),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) => write!(f, "{m}\n\n{USAGE}"),
            CliError::Read { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            CliError::Binary { path } => write!(
                f,
                "{} is not a text file (it is binary or not UTF-8); save the article as plain text",
                path.display()
            ),
            CliError::TooLarge { path } => write!(
                f,
                "{} is larger than {} KB, the most one article may be; give only the article itself",
                path.display(),
                MAX_ARTICLE_BYTES / 1024
            ),
            CliError::Engine(e) => write!(f, "{e}"),
            CliError::Write(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

#[derive(Debug, PartialEq)]
enum Color {
    Auto,
    Always,
    Never,
}

/// What `compare` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Report,
    Json,
    Csv,
    ChangesCsv,
    Markdown,
    Html,
}

#[derive(Debug)]
struct Args {
    files: Vec<PathBuf>,
    format: Format,
    base: Option<usize>,
    color: Color,
    words_only: bool,
}

fn parse(args: &[String]) -> Result<Option<Args>, CliError> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("compare") => {}
        Some("-h" | "--help" | "help") | None => return Ok(None),
        Some(other) => {
            return Err(CliError::Usage(format!(
                "unknown command '{other}'; the command is 'compare'"
            )))
        }
    }
    let mut parsed = Args {
        files: Vec::new(),
        format: Format::Report,
        base: None,
        color: Color::Auto,
        words_only: false,
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => parsed.format = Format::Json,
            "--format" => {
                parsed.format = match it.next().map(String::as_str) {
                    Some("report") => Format::Report,
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    Some("changes-csv") => Format::ChangesCsv,
                    Some("markdown") => Format::Markdown,
                    Some("html") => Format::Html,
                    other => {
                        return Err(usage(&format!(
                            "--format takes report, json, csv, changes-csv, markdown or html, not '{}'",
                            other.unwrap_or("")
                        )))
                    }
                }
            }
            "--words-only" => parsed.words_only = true,
            "-h" | "--help" => return Ok(None),
            "--base" => {
                let value = it.next().ok_or_else(|| usage("--base needs a number"))?;
                let n: usize = value.parse().ok().filter(|&n| n >= 1).ok_or_else(|| {
                    usage(&format!("--base takes a number from 1 up, not '{value}'"))
                })?;
                parsed.base = Some(n - 1);
            }
            "--color" => {
                parsed.color = match it.next().map(String::as_str) {
                    Some("auto") => Color::Auto,
                    Some("always") => Color::Always,
                    Some("never") => Color::Never,
                    other => {
                        return Err(usage(&format!(
                            "--color takes auto, always or never, not '{}'",
                            other.unwrap_or("")
                        )))
                    }
                }
            }
            flag if flag.starts_with("--") => {
                return Err(usage(&format!(
                    "unknown option '{flag}'; the options are --json, --format F, --base N, --color WHEN and --words-only"
                )))
            }
            file => parsed.files.push(PathBuf::from(file)),
        }
    }
    Ok(Some(parsed))
}

fn usage(message: &str) -> CliError {
    CliError::Usage(message.to_string())
}

/// Reads one article, at most one byte more than the engine takes: a device (`/dev/zero`), a
/// pipe that never ends or a huge file fails fast instead of filling the memory.
fn read_article(path: &PathBuf) -> Result<ArticleInput, CliError> {
    use std::io::Read;
    let read_error = |error| CliError::Read {
        path: path.clone(),
        error,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(CliError::TooLarge { path: path.clone() });
    }
    if bytes.contains(&0) {
        return Err(CliError::Binary { path: path.clone() });
    }
    let text = String::from_utf8(bytes).map_err(|_| CliError::Binary { path: path.clone() })?;
    Ok(ArticleInput {
        text,
        label: None,
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
    })
}

/// Runs the tool with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match try_run(args, out, err) {
        Ok(code) => code,
        // A reader that stopped reading (`verbatim … | head`) is not an error worth a message.
        Err(CliError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(err, "verbatim: {e}");
            2
        }
    }
}

fn try_run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, CliError> {
    let Some(args) = parse(args)? else {
        let _ = write!(out, "{USAGE}");
        let _ = writeln!(
            out,
            "\nWord model: {}",
            if WORD_MODEL.is_some() {
                "built in"
            } else {
                "not built (scripts/setup distils it); statements are matched on words alone"
            }
        );
        return Ok(0);
    };
    let inputs = args
        .files
        .iter()
        .map(read_article)
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(model) = WORD_MODEL.filter(|_| !args.words_only) {
        if let Err(e) = verbatim_core::load_word_model(model) {
            let _ = writeln!(err, "verbatim: {e}; matching on words alone");
        }
    }
    let options = CompareOptions {
        base_article: args.base,
    };
    let comparison = compare(&inputs, &options).map_err(CliError::Engine)?;
    let write_error = CliError::Write;
    let export = match args.format {
        Format::Report => None,
        Format::Json => {
            Some(serde_json::to_string_pretty(&comparison).expect("the model always serializes"))
        }
        Format::Csv => Some(export::statements_csv(&comparison)),
        Format::ChangesCsv => Some(export::changes_csv(&comparison)),
        Format::Markdown => Some(export::markdown(&comparison)),
        Format::Html => Some(export::html_report(&comparison)),
    };
    if let Some(text) = export {
        // A file's bytes as they are; on a terminal, its controls as visible escapes.
        let text = if std::io::stdout().is_terminal() {
            report::escape_controls(&text)
        } else {
            text
        };
        let newline = if text.ends_with('\n') { "" } else { "\n" };
        write!(out, "{text}{newline}").map_err(write_error)?;
    } else {
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        report::write_report(out, &comparison, color).map_err(write_error)?;
    }
    if comparison.statements.is_empty() {
        let _ = writeln!(
            err,
            "verbatim: no statement is shared by two or more of these articles; \
             are they about the same event?"
        );
        return Ok(1);
    }
    Ok(0)
}
