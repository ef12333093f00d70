//! A comparison written out for keeping and sharing: two CSV tables, a Markdown redline and a
//! self-contained HTML report. The page's Export buttons and the CLI's `--format` write these,
//! so a comparison exported from either reads the same. (The JSON export is the data model
//! itself.)
//!
//! | export | what | for |
//! |---|---|---|
//! | [`statements_csv`] | one row per statement, one column per outlet: its status and the share of the base it keeps | a spreadsheet of who carried what |
//! | [`changes_csv`] | one row per change: statement, outlet, kind, substantive, the base's words and the outlet's | sorting and counting changes |
//! | [`markdown`] | each statement's base, then each outlet's version with ~~deleted~~ and **inserted** words and their kinds | a note, a wiki, a ticket |
//! | [`html_report`] | the same as a page: styles inline, no script, readable offline and printable; every change also reads as words (`deleted: 700, inserted: 750, number`) | sending, archiving, printing |
//! | [`embed_snippet`] | one statement for a blog post: the `<verbatim-compare>` widget with the comparison already written out in it, so that it reads with no script | a post, a feed |
//!
//! Every piece of article text is escaped for its format: HTML entities, Markdown's markup
//! characters, CSV quoting (and a leading `'` before `=`, `+`, `-`, `@`, so that a spreadsheet
//! never runs a quoted text as a formula).
//!
//! Cost: linear in the statements, their versions and their changes.

use super::inline::{inline_view, InlinePiece};
use super::model::{Comparison, Status};
use super::summary::{conflict_accounts, version_summary};

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One CSV field: quoted, quotes doubled, and a `'` before a leading `=`, `+`, `-`, `@`, tab
/// or carriage return (what spreadsheets take for a formula).
fn csv_field(text: &str) -> String {
    let guard = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    format!(
        "\"{}{}\"",
        if guard { "'" } else { "" },
        text.replace('"', "\"\"")
    )
}

fn csv_row(fields: &[String]) -> String {
    let mut row = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// One row per statement, one column per outlet (see the module documentation).
pub fn statements_csv(c: &Comparison) -> String {
    let mut head = vec![
        "statement".to_string(),
        "base outlet".into(),
        "base text".into(),
    ];
    head.extend(c.articles.iter().map(|a| a.label.clone()));
    let mut out = csv_row(&head);
    for (n, s) in c.statements.iter().enumerate() {
        let base = &s.versions[s.base];
        let mut row = vec![
            (n + 1).to_string(),
            c.articles[base.article].label.clone(),
            base.text.clone(),
        ];
        for a in 0..c.articles.len() {
            row.push(match s.versions.iter().find(|v| v.article == a) {
                Some(v) if v.status == Status::Base => Status::Base.label().to_string(),
                Some(v) => format!("{} ({}%)", v.status.label(), v.fidelity.kept_percent()),
                None => "missing".to_string(),
            });
        }
        out.push_str(&csv_row(&row));
    }
    out
}

/// One row per change (see the module documentation).
pub fn changes_csv(c: &Comparison) -> String {
    let head: Vec<String> = [
        "statement",
        "outlet",
        "status",
        "kind",
        "substantive",
        "base outlet",
        "base words",
        "outlet's words",
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    let mut out = csv_row(&head);
    for (n, s) in c.statements.iter().enumerate() {
        for change in &s.changes {
            let v = &s.versions[change.version];
            // A variant is against the version closest to this one's wording.
            let against = &s.versions[change.against.unwrap_or(v.compared_with)];
            out.push_str(&csv_row(&[
                (n + 1).to_string(),
                c.articles[v.article].label.clone(),
                v.status.label().to_string(),
                change.kind.label().to_string(),
                if change.substantive { "yes" } else { "no" }.to_string(),
                c.articles[against.article].label.clone(),
                change.base.text.clone(),
                change.other.text.clone(),
            ]));
        }
    }
    out
}

/// Escapes Markdown's markup characters (and line breaks, which would end a list item).
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            // What can open markup mid-line (a link needs its `[`; a heading or list, which
            // needs the start of a line, is out of reach after the prefix each line has).
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '<' | '>' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// Each statement's base, then each outlet's version as a redline (see the module docs).
pub fn markdown(c: &Comparison) -> String {
    let mut out = String::from("# How each outlet quoted it\n\n");
    out.push_str(&format!(
        "{} shared statements in {} articles: {}.\n",
        c.statements.len(),
        c.articles.len(),
        c.articles
            .iter()
            .map(|a| escape_markdown(&a.label))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if !c.conflicts.is_empty() {
        out.push_str("\n## Facts that disagree outside the quotes\n\n");
        for conflict in &c.conflicts {
            let accounts: Vec<String> = conflict_accounts(conflict)
                .iter()
                .map(|(text, articles)| {
                    let outlets: Vec<String> = articles
                        .iter()
                        .map(|&a| escape_markdown(&c.articles[a].label))
                        .collect();
                    format!("“{}” ({})", escape_markdown(text), outlets.join(", "))
                })
                .collect();
            out.push_str(&format!(
                "- **{}**: {}\n",
                conflict.kind.label(),
                accounts.join(" vs ")
            ));
        }
    }
    for (n, s) in c.statements.iter().enumerate() {
        let base = &s.versions[s.base];
        out.push_str(&format!(
            "\n## Statement {} — carried by {} of {} articles\n\n> {}\n\nBase: **{}** · {}\n\n",
            n + 1,
            s.article_count(),
            c.articles.len(),
            escape_markdown(&base.text),
            escape_markdown(&c.articles[base.article].label),
            escape_markdown(&version_summary(c, s, s.base))
        ));
        for v in (0..s.versions.len()).filter(|&v| v != s.base) {
            let version = &s.versions[v];
            let mut line = String::new();
            for piece in inline_view(s, v, false) {
                match piece {
                    InlinePiece::Same { text } => line.push_str(&escape_markdown(&text)),
                    InlinePiece::Change {
                        change,
                        deleted,
                        inserted,
                    } => {
                        if !deleted.trim().is_empty() {
                            line.push_str(&format!("~~{}~~", escape_markdown(deleted.trim())));
                        }
                        if !inserted.trim().is_empty() {
                            line.push_str(&format!("**{}**", escape_markdown(inserted.trim())));
                        }
                        line.push_str(&format!(" _({})_", s.changes[change].kind.label()));
                    }
                    InlinePiece::MovedHere { text, .. } => {
                        line.push_str(&format!("**{}** _(moved here)_", escape_markdown(&text)));
                    }
                }
            }
            out.push_str(&format!(
                "- **{}** ({}): {}\n",
                escape_markdown(&c.articles[version.article].label),
                escape_markdown(&version_summary(c, s, v)),
                line.trim()
            ));
        }
    }
    out
}

/// Where a redline goes, which decides how its words for readers without the colours are set:
/// hidden by the report's own style, or plain text in a snippet (a host's page has no style
/// of ours, and its policy may refuse inline ones).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Redline {
    Report,
    Snippet,
}

/// Version `v` of `s` against the version it is compared with, as HTML: `<del>`/`<ins>` with
/// the words `deleted:`/`inserted:` and each change's kind.
fn html_redline(s: &super::model::Statement, v: usize, style: Redline) -> String {
    let said = |word: &str| match style {
        Redline::Report => format!("<span class=\"vh\">{word}: </span>"),
        Redline::Snippet => format!("{word}: "),
    };
    let mut out = String::new();
    for piece in inline_view(s, v, false) {
        match piece {
            InlinePiece::Same { text } => out.push_str(&escape_html(&text)),
            InlinePiece::Change {
                change,
                deleted,
                inserted,
            } => {
                if !deleted.is_empty() {
                    out.push_str(&format!(
                        "<del>{}{}</del>",
                        said("deleted"),
                        escape_html(&deleted)
                    ));
                }
                if !inserted.is_empty() {
                    out.push_str(&format!(
                        "<ins>{}{}</ins>",
                        said("inserted"),
                        escape_html(&inserted)
                    ));
                }
                let kind = s.changes[change].kind.label();
                out.push_str(&match style {
                    Redline::Report => format!("<span class=\"kind\">{kind}</span>"),
                    Redline::Snippet => format!(" ({kind})"),
                });
            }
            InlinePiece::MovedHere { text, .. } => {
                out.push_str(&format!(
                    "<ins>{}{}</ins>",
                    said("moved here"),
                    escape_html(&text)
                ));
                if style == Redline::Report {
                    out.push_str("<span class=\"kind\">moved here</span>");
                }
            }
        }
    }
    out
}

/// The report's styles: light and dark, and print.
const REPORT_STYLE: &str = "body{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fbfaf7}\
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}\
blockquote{margin:.25rem 0;padding:.4rem .75rem;border-left:3px solid #dcd8cf;background:#fff}\
.summary{color:#5c6066;font-size:.9rem}.version{margin:.75rem 0}\
del{background:#fde2e1;color:#8a1c16}ins{background:#dcf2e1;color:#124d29}\
.kind{font-size:.75rem;color:#5c6066;background:#eeece6;border-radius:.6rem;padding:0 .3rem;margin:0 .2rem}\
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}\
@media (prefers-color-scheme:dark){body{color:#e9e7e3;background:#1c1e22}blockquote{background:#25272c;border-color:#33363c}\
del{background:#4d1f1c;color:#ffcdc8}ins{background:#17402a;color:#c4f2d0}.kind{background:#2a2c31;color:#a3a6ad}.summary{color:#a3a6ad}}\
@media print{body{margin:0;max-width:none;background:#fff;color:#000}section{break-inside:avoid}}";

/// The comparison as one self-contained HTML page (see the module documentation).
pub fn html_report(c: &Comparison) -> String {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>How each outlet quoted it — Verbatim</title>\n<style>",
    );
    out.push_str(REPORT_STYLE);
    out.push_str("</style>\n</head>\n<body>\n<h1>How each outlet quoted it</h1>\n");
    let outlets: Vec<String> = c.articles.iter().map(|a| escape_html(&a.label)).collect();
    out.push_str(&format!(
        "<p class=\"summary\">{} shared statements in {} articles: {}.</p>\n",
        c.statements.len(),
        c.articles.len(),
        outlets.join(", ")
    ));
    if !c.conflicts.is_empty() {
        out.push_str("<h2>Facts that disagree outside the quotes</h2>\n<ul>\n");
        for conflict in &c.conflicts {
            let accounts: Vec<String> = conflict_accounts(conflict)
                .iter()
                .map(|(text, articles)| {
                    let names: Vec<&str> = articles.iter().map(|&a| outlets[a].as_str()).collect();
                    format!("<q>{}</q> ({})", escape_html(text), names.join(", "))
                })
                .collect();
            out.push_str(&format!(
                "<li><strong>{}</strong>: {}</li>\n",
                conflict.kind.label(),
                accounts.join(" vs ")
            ));
        }
        out.push_str("</ul>\n");
    }
    for (n, s) in c.statements.iter().enumerate() {
        let base = &s.versions[s.base];
        out.push_str(&format!(
            "<section>\n<h2>Statement {} — carried by {} of {} articles</h2>\n\
             <p class=\"summary\">Base: <strong>{}</strong> · {}</p>\n<blockquote>{}</blockquote>\n",
            n + 1,
            s.article_count(),
            c.articles.len(),
            outlets[base.article],
            escape_html(&version_summary(c, s, s.base)),
            escape_html(&base.text)
        ));
        for v in (0..s.versions.len()).filter(|&v| v != s.base) {
            let version = &s.versions[v];
            out.push_str(&format!(
                "<div class=\"version\"><p class=\"summary\"><strong>{}</strong> · {}</p><blockquote>",
                outlets[version.article],
                escape_html(&version_summary(c, s, v))
            ));
            out.push_str(&html_redline(s, v, Redline::Report));
            out.push_str("</blockquote></div>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Where the embed snippet expects the widget's files: a path on the blogger's own site (the
/// page says to upload `dist/widget/` there), never the tool's own address.
pub const WIDGET_PATH: &str = "/verbatim/verbatim-widget.js";

/// The snippet for statement `index`: the widget's script (at `script_path`) and one
/// blockquote per version, with its outlet (`data-outlet`, and a `<cite>` for readers without
/// the script), its form (so the widget does not take a paraphrase for a quote) and its text
/// as written (`data-text`); inside, the version as a redline against the base, each change
/// with `<del>`/`<ins>`, the words `deleted:`/`inserted:` and its kind, so the snippet reads
/// with no JavaScript (feed readers, hosts that strip scripts). The widget, when its script
/// loads, takes it over from `data-text` and `data-outlet`, so what it shows is the same.
///
/// ```text
/// <verbatim-compare base="0">
///   <blockquote data-outlet="Harbour Post" data-form="quote" data-text="…700 jobs,">
///     <cite>Harbour Post</cite> (base): The strike has already cost 700 jobs,</blockquote>
///   <blockquote data-outlet="Coastline Daily" data-form="quote" data-text="…750 jobs,">
///     <cite>Coastline Daily</cite> (altered): The strike has already cost
///     <del>deleted: 700</del><ins>inserted: 750</ins> (number) jobs,</blockquote>
/// </verbatim-compare>
/// ```
pub fn embed_snippet(c: &Comparison, index: usize, script_path: &str) -> String {
    let s = &c.statements[index];
    let mut out = format!(
        "<!-- Verbatim: upload the folder dist/widget/ of your Verbatim build to your site, so that \
         the script below is found at {path} (or change its path). Without it the comparison \
         still reads as text. -->\n<script type=\"module\" src=\"{path}\"></script>\n\
         <verbatim-compare base=\"{base}\">\n",
        path = escape_html(script_path),
        base = s.base
    );
    for (v, version) in s.versions.iter().enumerate() {
        let label = escape_html(&c.articles[version.article].label);
        out.push_str(&format!(
            "  <blockquote data-outlet=\"{label}\" data-form=\"{}\" data-text=\"{}\"><cite>{label}</cite> ({}): ",
            version.form.label(),
            escape_html(version.compared_text()),
            version.status.label()
        ));
        if v == s.base || version.compared_with == v {
            out.push_str(&escape_html(version.compared_text()));
        } else {
            out.push_str(&html_redline(s, v, Redline::Snippet));
        }
        out.push_str("</blockquote>\n");
    }
    out.push_str("</verbatim-compare>\n");
    out
}

/// Where the iframe embed's page is, beside the widget's script on the blogger's site.
pub const IFRAME_PATH: &str = "/verbatim/embed.html";

/// `bytes` in base64url without padding (RFC 4648 §5): what a URL fragment carries as is.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for k in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize]));
        }
    }
    out
}

/// The iframe embed of a statement whose versions, as JSON (`{base, versions: [{text, label,
/// form}]}`), are `versions_json`: the embed page (at `page_path`) shows them from its
/// fragment, for hosts that allow iframes and no scripts.
pub fn iframe_snippet(versions_json: &str, page_path: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}#w1={}\" title=\"{}\" width=\"100%\" height=\"420\" \
         loading=\"lazy\"></iframe>\n",
        escape_html(page_path),
        base64url(versions_json.as_bytes()),
        escape_html(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, ArticleInput, CompareOptions};

    fn harbour() -> Comparison {
        let inputs = vec![
            ArticleInput {
                text: "“The strike has already cost 700 jobs,” Vale said on Friday.".into(),
                label: Some("Harbour Post".into()),
                file_name: None,
            },
            ArticleInput {
                text: "“The strike has already cost 750 jobs,” Vale said on Friday.".into(),
                label: Some("=HYPERLINK(\"x\") <b>Daily</b>".into()),
                file_name: None,
            },
        ];
        compare(&inputs, &CompareOptions::default()).expect("a comparison")
    }

    #[test]
    fn statements_csv_has_a_column_per_outlet_and_no_formula() {
        let csv = statements_csv(&harbour());
        let mut lines = csv.lines();
        let head = lines.next().unwrap();
        assert!(head.contains("\"Harbour Post\""), "{head}");
        assert!(
            head.contains("\"'=HYPERLINK(\"\"x\"\") <b>Daily</b>\""),
            "{head}"
        );
        assert!(lines.next().unwrap().contains("altered ("));
    }

    #[test]
    fn changes_csv_has_a_row_per_change() {
        let c = harbour();
        let csv = changes_csv(&c);
        assert_eq!(csv.lines().count(), 1 + c.statements[0].changes.len());
        assert!(csv.contains("\"number\",\"yes\""), "{csv}");
        assert!(csv.contains("\"700\",\"750\""), "{csv}");
    }

    #[test]
    fn markdown_marks_the_change_and_escapes_the_outlet() {
        let md = markdown(&harbour());
        assert!(md.contains("~~700~~**750** _(number)_"), "{md}");
        assert!(
            md.contains("=HYPERLINK(\"x\") \\<b\\>Daily\\</b\\>"),
            "{md}"
        );
        assert!(!md.contains("<b>"));
    }

    #[test]
    fn the_embed_snippet_reads_without_the_script_and_escapes_every_text() {
        let c = harbour();
        let snippet = embed_snippet(&c, 0, WIDGET_PATH);
        assert!(snippet
            .contains("<script type=\"module\" src=\"/verbatim/verbatim-widget.js\"></script>"));
        assert!(
            snippet.contains("<cite>Harbour Post</cite> (base): "),
            "{snippet}"
        );
        assert!(
            snippet.contains("<del>deleted: 700</del><ins>inserted: 750</ins> (number)"),
            "{snippet}"
        );
        assert!(
            snippet.contains("data-outlet=\"=HYPERLINK(&quot;x&quot;) &lt;b&gt;Daily&lt;/b&gt;\"")
        );
        assert!(
            snippet.contains("data-text=\"The strike has already cost 750 jobs,\""),
            "{snippet}"
        );
        assert!(!snippet.contains("<b>"));
    }

    #[test]
    fn base64url_is_rfc_4648_without_padding() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(b"foob"), "Zm9vYg");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn the_iframe_snippet_carries_the_versions_in_its_fragment_and_escapes_the_title() {
        let snippet = iframe_snippet("{\"a\":1}", IFRAME_PATH, "Vale <said>");
        assert!(
            snippet.starts_with("<iframe src=\"/verbatim/embed.html#w1=eyJhIjoxfQ\""),
            "{snippet}"
        );
        assert!(snippet.contains("title=\"Vale &lt;said&gt;\""));
    }

    #[test]
    fn the_html_report_escapes_reads_as_words_and_runs_nothing() {
        let html = html_report(&harbour());
        assert!(html.contains("<del><span class=\"vh\">deleted: </span>700</del><ins><span class=\"vh\">inserted: </span>750</ins><span class=\"kind\">number</span>"), "{html}");
        assert!(html.contains("&lt;b&gt;Daily&lt;/b&gt;"));
        assert!(!html.contains("<b>") && !html.contains("<script"));
    }
}
