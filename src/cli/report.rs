//! The readable terminal report: conflicts first, then each statement with every outlet's
//! version inline against the base, and the list of its changes.

use std::io::{self, Write};

use verbatim_core::{
    conflict_accounts, inline_view, variants, variants_heading, version_summary, Change,
    Comparison, InlinePiece, Statement,
};

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
    let label = |a: usize| one_line(&c.articles[a].label);
    writeln!(
        out,
        "{} {} articles, {} shared statements, {} conflicts",
        s.bold("Verbatim:"),
        c.articles.len(),
        c.statements.len(),
        c.conflicts.len()
    )?;
    for (i, a) in c.articles.iter().enumerate() {
        let mut notes = Vec::new();
        if a.label_source.is_guess() {
            notes.push(format!("label from {}", a.label_source.label()));
        }
        if let Some(p) = a.primary {
            notes.push(p.label().to_string());
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join("; "))
        };
        writeln!(out, "  {}. {}{}", i + 1, one_line(&a.label), s.dim(&notes))?;
    }
    if !c.conflicts.is_empty() {
        writeln!(out, "\n{}", s.bold("Conflicts outside the quotes"))?;
        for conflict in &c.conflicts {
            let mentions: Vec<String> = conflict_accounts(conflict)
                .iter()
                .map(|(text, articles)| {
                    let outlets: Vec<String> = articles.iter().map(|&a| label(a)).collect();
                    format!("“{}” ({})", one_line(text), outlets.join(", "))
                })
                .collect();
            writeln!(
                out,
                "  {}: {}",
                conflict.kind.label(),
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
            st.article_count(),
            c.articles.len()
        ))
    )?;
    writeln!(
        out,
        "  {} ({}): {}",
        s.bold(&one_line(&c.articles[base.article].label)),
        one_line(&version_summary(c, st, st.base)),
        one_line(&base.text)
    )?;
    for (v, version) in st.versions.iter().enumerate() {
        if v == st.base {
            continue;
        }
        writeln!(
            out,
            "  {} {} ({})",
            s.bold("·"),
            one_line(&c.articles[version.article].label),
            one_line(&version_summary(c, st, v)),
        )?;
        let mut line = String::new();
        for piece in inline_view(st, v, false) {
            match piece {
                InlinePiece::Change {
                    deleted, inserted, ..
                } => {
                    if !deleted.is_empty() {
                        line.push_str(&s.deleted(&escape_controls(&deleted)));
                    }
                    if !inserted.is_empty() {
                        line.push_str(&s.inserted(&escape_controls(&inserted)));
                    }
                }
                InlinePiece::MovedHere { text, .. } => {
                    line.push_str(&s.inserted(&escape_controls(&text)))
                }
                InlinePiece::Same { text } => line.push_str(&escape_controls(&text)),
            }
        }
        writeln!(
            out,
            "    {}",
            line.split_whitespace().collect::<Vec<_>>().join(" ")
        )?;
        for change in st
            .changes
            .iter()
            .filter(|ch| ch.version == v && ch.substantive && ch.against.is_none())
        {
            write_change(out, s, change, "      ")?;
        }
        if let Some((against, shown)) = variants(st, v, true) {
            writeln!(
                out,
                "      {}",
                s.dim(&one_line(&variants_heading(c, st, against)))
            )?;
            for &i in &shown {
                write_change(out, s, &st.changes[i], "        ")?;
            }
        }
    }
    Ok(())
}

/// One change as `kind: “base” → “other”`, on a line of its own.
fn write_change(out: &mut dyn Write, s: &Style, change: &Change, indent: &str) -> io::Result<()> {
    let texts: Vec<String> = change
        .sides()
        .into_iter()
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
        "{indent}{} {}",
        s.dim(&format!("{}:", change.kind.label())),
        texts.join(" → ")
    )
}

/// Text from an article made safe for one line of a terminal: runs of whitespace become one
/// space (line breaks would break the report's layout), and every control character that a
/// terminal acts on (C0 and C1 controls, DEL, and the bidirectional overrides and isolates
/// that reorder what is shown) is written as a visible escape such as `\u{1b}`. A pasted page
/// can then never retitle, recolour or garble the reader's terminal. (The JSON output keeps
/// every character as it is.)
pub fn one_line(text: &str) -> String {
    escape_controls(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `text` with every control character a terminal acts on written as a visible escape
/// (whitespace is left as it is).
pub(super) fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_terminal_control(c) && !c.is_whitespace() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters a terminal interprets rather than shows.
fn is_terminal_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(one_line("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(one_line("x\u{9b}31m y"), "x\\u{9b}31m y");
        assert_eq!(one_line("evil\u{202E}txt"), "evil\\u{202e}txt");
    }

    #[test]
    fn whitespace_folds_to_single_spaces() {
        assert_eq!(one_line("  one\n\ttwo  "), "one two");
    }
}
