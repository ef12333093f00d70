//! The readable terminal report: conflicts first, then each statement with every outlet's
//! version inline against the base, and the list of its changes.

use std::io::{self, Write};

use verbatim_core::engine::inline::{inline_view, InlinePiece};
use verbatim_core::engine::model::{Comparison, Form, Statement, Status};

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, t: &str) -> String {
        self.paint("1", t)
    }
    fn dim(&self, t: &str) -> String {
        self.paint("2", t)
    }
    fn deleted(&self, t: &str) -> String {
        if self.color {
            self.paint("31;9", t)
        } else {
            format!("[-{t}-]")
        }
    }
    fn inserted(&self, t: &str) -> String {
        if self.color {
            self.paint("32;4", t)
        } else {
            format!("{{+{t}+}}")
        }
    }
}

/// Writes the report of `c` to `out`, with ANSI colours when `color` is true (otherwise
/// deletions are `[-…-]` and insertions `{+…+}`).
pub fn write_report(out: &mut dyn Write, c: &Comparison, color: bool) -> io::Result<()> {
    let s = Style { color };
    let label = |a: usize| c.articles[a].label.as_str();
    writeln!(
        out,
        "{} {} articles, {} shared statements, {} conflicts",
        s.bold("Verbatim:"),
        c.articles.len(),
        c.statements.len(),
        c.conflicts.len()
    )?;
    for (i, a) in c.articles.iter().enumerate() {
        writeln!(out, "  {}. {}", i + 1, a.label)?;
    }
    if !c.conflicts.is_empty() {
        writeln!(out, "\n{}", s.bold("Conflicts outside the quotes"))?;
        for conflict in &c.conflicts {
            let mentions: Vec<String> = conflict
                .mentions
                .iter()
                .map(|m| format!("“{}” ({})", m.text, label(m.article)))
                .collect();
            let kind = serde_json::to_value(conflict.kind).unwrap_or_default();
            writeln!(
                out,
                "  {}: {}",
                kind.as_str().unwrap_or("?"),
                mentions.join(" vs ")
            )?;
        }
    }
    for (n, st) in c.statements.iter().enumerate() {
        write_statement(out, c, st, n, &s)?;
    }
    Ok(())
}

fn write_statement(
    out: &mut dyn Write,
    c: &Comparison,
    st: &Statement,
    n: usize,
    s: &Style,
) -> io::Result<()> {
    let base = &st.versions[st.base];
    writeln!(
        out,
        "\n{} {}",
        s.bold(&format!("Statement {}", n + 1)),
        s.dim(&format!(
            "— in {} of {} articles",
            st.versions.len(),
            c.articles.len()
        ))
    )?;
    writeln!(
        out,
        "  {} {}: {}",
        s.bold("base"),
        c.articles[base.article].label,
        one_line(&base.text)
    )?;
    for (v, version) in st.versions.iter().enumerate() {
        if v == st.base {
            continue;
        }
        let status = match version.status {
            Status::Base => "base",
            Status::Verbatim => "verbatim",
            Status::Altered => "altered",
            Status::Paraphrased => "paraphrased",
        };
        let form = if version.form == Form::Quote {
            "quote"
        } else {
            "paraphrase"
        };
        writeln!(
            out,
            "  {} {} ({form}, {status}; keeps {:.0}% of {} content words, {} substantive changes)",
            s.bold("·"),
            c.articles[version.article].label,
            version.fidelity.kept * 100.0,
            version.fidelity.base_words,
            version.fidelity.substantive,
        )?;
        let mut line = String::new();
        for piece in inline_view(st, v, false) {
            match piece {
                InlinePiece::Same { text } => line.push_str(&text),
                InlinePiece::Change {
                    deleted, inserted, ..
                } => {
                    if !deleted.is_empty() {
                        line.push_str(&s.deleted(&deleted));
                    }
                    if !inserted.is_empty() {
                        line.push_str(&s.inserted(&inserted));
                    }
                }
                InlinePiece::MovedHere { text, .. } => line.push_str(&s.inserted(&text)),
            }
        }
        writeln!(out, "    {}", one_line(&line))?;
        for change in st
            .changes
            .iter()
            .filter(|ch| ch.version == v && ch.substantive)
        {
            let texts: Vec<String> = change
                .versions
                .iter()
                .map(|e| {
                    if e.text.is_empty() {
                        "∅".to_string()
                    } else {
                        format!("“{}”", one_line(&e.text))
                    }
                })
                .collect();
            writeln!(
                out,
                "      {} {}",
                s.dim(&format!("{}:", change.kind.label())),
                texts.join(" → ")
            )?;
        }
    }
    Ok(())
}

/// Line breaks inside a version would break the report's layout.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
