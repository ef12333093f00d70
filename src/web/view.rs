//! The view of one statement's comparison: the component the page shows for the selected
//! statement and the widget (`renderWidget`) shows inside its shadow root. It only needs a
//! document, a parent element, the comparison and a few options; it knows nothing about where
//! it is mounted. Every piece of user text becomes a text node.
//!
//! Three modes: inline (the base with each outlet's changes in place: `<del>`, `<ins>`, moved
//! text, each change labelled with its kind in text), table (the N-way alignment), and side by
//! side (the base and one other version, each with its changed passages marked).

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::element_with_text;
use crate::engine::inline::{inline_view, variants, InlinePiece};
use crate::engine::model::{Comparison, Statement};
use crate::engine::model::{DiffRun, RunTag};
use crate::engine::order::sort_by_rank;
use crate::engine::summary::{variants_heading, version_summary};

/// How a statement is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The base version with each other version's changes in place.
    Inline,
    /// The alignment table of all versions.
    Table,
    /// The base and one other version side by side.
    SideBySide,
}

impl Mode {
    /// The page's name for the mode: its `<select>`'s option, and `mode` in a link or in
    /// storage.
    pub fn value(self) -> &'static str {
        match self {
            Mode::Inline => "inline",
            Mode::Table => "table",
            Mode::SideBySide => "side",
        }
    }

    /// The mode the page's `value` names ([`Mode::value`]); anything else is inline.
    pub fn from_value(value: &str) -> Mode {
        match value {
            "table" => Mode::Table,
            "side" => Mode::SideBySide,
            _ => Mode::Inline,
        }
    }
}

/// What the user chose to see on the page: kept across reloads and in shared links.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// The statement on show.
    pub selected: usize,
    /// How it is shown.
    pub mode: Mode,
    /// The version beside the base (side by side).
    pub other: Option<usize>,
    /// Only substantive changes.
    pub substantive_only: bool,
    /// The article chosen as the base.
    pub base_article: Option<usize>,
}

impl View {
    /// The view as a plain object (`{selected, mode, other, substantive, base}`), as storage
    /// and links keep it.
    pub fn to_object(&self) -> js_sys::Object {
        let object = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&object, &k.into(), &v);
        };
        let index = |i: Option<usize>| i.map_or(JsValue::NULL, |i| (i as f64).into());
        set("selected", (self.selected as f64).into());
        set("mode", self.mode.value().into());
        set("other", index(self.other));
        set("substantive", self.substantive_only.into());
        set("base", index(self.base_article));
        object
    }

    /// Reads a view kept by [`View::to_object`]; anything missing or malformed is left as the
    /// default.
    pub fn read(value: &JsValue) -> View {
        use super::decode::FromJs;
        let field = |k: &str| js_sys::Reflect::get(value, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let index = |k: &str| usize::from_js(&field(k)).ok();
        View {
            selected: index("selected").unwrap_or(0),
            mode: Mode::from_value(&field("mode").as_string().unwrap_or_default()),
            other: index("other"),
            substantive_only: field("substantive").as_bool().unwrap_or(false),
            base_article: index("base"),
        }
    }
}

/// Options of [`render_statement`].
#[derive(Debug, Clone, Copy)]
pub struct ViewOptions {
    /// Which view.
    pub mode: Mode,
    /// Hide cosmetic changes.
    pub substantive_only: bool,
    /// For side by side: the index in `versions` of the version beside the base.
    pub other: Option<usize>,
}

/// Renders statement `index` of `comparison` into `parent` (which it does not clear).
pub fn render_statement(
    doc: &Document,
    parent: &Element,
    comparison: &Comparison,
    index: usize,
    options: ViewOptions,
) -> Result<(), JsValue> {
    let statement = &comparison.statements[index];
    let label = |v: usize| {
        comparison.articles[statement.versions[v].article]
            .label
            .as_str()
    };
    match options.mode {
        Mode::Inline => render_inline_versions(doc, parent, comparison, statement, &label, options),
        Mode::Table => render_table(doc, parent, statement, &label),
        Mode::SideBySide => {
            let other = options
                .other
                .filter(|&v| v != statement.base && v < statement.versions.len())
                .unwrap_or(if statement.base == 0 { 1 } else { 0 });
            render_side_by_side(doc, parent, statement, other, &label, options)
        }
    }
}

fn render_inline_versions<'a>(
    doc: &Document,
    parent: &Element,
    c: &Comparison,
    s: &Statement,
    label: &dyn Fn(usize) -> &'a str,
    options: ViewOptions,
) -> Result<(), JsValue> {
    let base = &s.versions[s.base];
    let head = doc.create_element("p")?;
    head.set_class_name("base-line");
    head.set_attribute("data-version", &s.base.to_string())?;
    let child = element_with_text(doc, "strong", Some("outlet"), label(s.base))?;
    head.append_child(&child)?;
    let summary = format!(" · {}", version_summary(c, s, s.base));
    head.append_child(&doc.create_text_node(&summary))?;
    parent.append_child(&head)?;
    let base_text = element_with_text(
        doc,
        "blockquote",
        Some("version-text base-text"),
        &base.text,
    )?;
    base_text.set_attribute("dir", "auto")?;
    base_text.set_attribute("part", "base")?;
    parent.append_child(&base_text)?;
    for v in 0..s.versions.len() {
        if v == s.base {
            continue;
        }
        let block = doc.create_element("section")?;
        block.set_class_name("version");
        block.set_attribute("part", "version")?;
        block.set_attribute(
            "aria-label",
            &format!("{} against {}", label(v), label(s.base)),
        )?;
        let head = doc.create_element("p")?;
        head.set_class_name("version-head");
        head.set_attribute("data-version", &v.to_string())?;
        let child = element_with_text(doc, "strong", Some("outlet"), label(v))?;
        head.append_child(&child)?;
        let summary = format!(" · {}", version_summary(c, s, v));
        head.append_child(&doc.create_text_node(&summary))?;
        block.append_child(&head)?;
        let body = doc.create_element("p")?;
        body.set_class_name("inline-diff");
        body.set_attribute("dir", "auto")?;
        for piece in inline_view(s, v, options.substantive_only) {
            append_piece(doc, &body, s, piece)?;
        }
        block.append_child(&body)?;
        if let Some((against, shown)) = variants(s, v, options.substantive_only) {
            let line = doc.create_element("p")?;
            line.set_class_name("variants");
            line.append_child(&doc.create_text_node(&variants_heading(c, s, against)))?;
            line.append_child(&doc.create_text_node(": "))?;
            for i in shown {
                let change = &s.changes[i];
                let piece = InlinePiece::Change {
                    change: i,
                    deleted: change.base.text.clone(),
                    inserted: change.other.text.clone(),
                };
                append_piece(doc, &line, s, piece)?;
                line.append_child(&doc.create_text_node(" "))?;
            }
            block.append_child(&line)?;
        }
        parent.append_child(&block)?;
    }
    Ok(())
}

/// One inline piece: plain text, or a focusable change with its kind in words.
fn append_piece(
    doc: &Document,
    body: &Element,
    s: &Statement,
    piece: InlinePiece,
) -> Result<(), JsValue> {
    match piece {
        InlinePiece::Same { text } => {
            body.append_child(&doc.create_text_node(&text))?;
        }
        InlinePiece::Change {
            change,
            deleted,
            inserted,
        } => {
            let c = &s.changes[change];
            let moved = c.op == crate::engine::model::ChangeOp::Move;
            let span = change_span(doc, c.kind.name(), c.substantive)?;
            // Words for screen readers that do not announce <del> and <ins>
            // ("deleted 700, inserted 750, number"), hidden from sight.
            if !deleted.is_empty() {
                let said = if moved { "moved away " } else { "deleted " };
                let words = element_with_text(doc, "span", Some("vh"), said)?;
                span.append_child(&words)?;
                let del = element_with_text(doc, "del", moved.then_some("moved"), &deleted)?;
                span.append_child(&del)?;
            }
            if !inserted.is_empty() {
                let said = if deleted.is_empty() {
                    "inserted "
                } else {
                    ", inserted "
                };
                let words = element_with_text(doc, "span", Some("vh"), said)?;
                span.append_child(&words)?;
                let child = element_with_text(doc, "ins", None, &inserted)?;
                span.append_child(&child)?;
            }
            let tag = if moved { "moved away" } else { c.kind.label() };
            let child = element_with_text(doc, "small", Some("kind"), tag)?;
            span.append_child(&child)?;
            body.append_child(&span)?;
        }
        InlinePiece::MovedHere { change, text } => {
            let c = &s.changes[change];
            let span = change_span(doc, c.kind.name(), c.substantive)?;
            let words = element_with_text(doc, "span", Some("vh"), "moved here ")?;
            span.append_child(&words)?;
            let child = element_with_text(doc, "ins", Some("moved"), &text)?;
            span.append_child(&child)?;
            let child = element_with_text(doc, "small", Some("kind"), "moved here")?;
            span.append_child(&child)?;
            body.append_child(&span)?;
        }
    }
    Ok(())
}

fn change_span(doc: &Document, kind: &str, substantive: bool) -> Result<Element, JsValue> {
    let span = doc.create_element("span")?;
    span.set_class_name(if substantive {
        "change"
    } else {
        "change cosmetic"
    });
    span.set_attribute("data-kind", kind)?;
    span.set_attribute("part", "change")?;
    // Focusable, so j/k and Tab can walk the changes; the label is read out with it.
    span.set_attribute("tabindex", "0")?;
    Ok(span)
}

fn render_table<'a>(
    doc: &Document,
    parent: &Element,
    s: &Statement,
    label: &dyn Fn(usize) -> &'a str,
) -> Result<(), JsValue> {
    let wrap = doc.create_element("div")?;
    wrap.set_class_name("table-wrap");
    // It scrolls sideways: keyboards must reach it.
    wrap.set_attribute("tabindex", "0")?;
    wrap.set_attribute("role", "region")?;
    wrap.set_attribute("aria-label", "Alignment table")?;
    let table = doc.create_element("table")?;
    table.set_class_name("alignment");
    table.set_attribute("part", "table")?;
    let caption = element_with_text(
        doc,
        "caption",
        None,
        "Every version, word by word (— marks a gap)",
    )?;
    table.append_child(&caption)?;
    for (v, _) in s.versions.iter().enumerate() {
        let row = doc.create_element("tr")?;
        let th = element_with_text(doc, "th", None, label(v))?;
        th.set_attribute("scope", "row")?;
        if v == s.base {
            th.set_class_name("base");
        }
        row.append_child(&th)?;
        for column in &s.alignment.columns {
            let (text, class) = match &column.cells[v] {
                Some(t) => (t.as_str(), if column.differs { "differs" } else { "" }),
                None => ("—", "gap"),
            };
            let td = element_with_text(doc, "td", (!class.is_empty()).then_some(class), text)?;
            row.append_child(&td)?;
        }
        table.append_child(&row)?;
    }
    wrap.append_child(&table)?;
    parent.append_child(&wrap)?;
    Ok(())
}

fn render_side_by_side<'a>(
    doc: &Document,
    parent: &Element,
    s: &Statement,
    other: usize,
    label: &dyn Fn(usize) -> &'a str,
    options: ViewOptions,
) -> Result<(), JsValue> {
    let grid = doc.create_element("div")?;
    grid.set_class_name("side-by-side");
    for (v, side) in [(s.base, 0usize), (other, 1usize)] {
        let col = doc.create_element("div")?;
        col.set_class_name("side");
        let child = element_with_text(doc, "h4", None, label(v))?;
        col.append_child(&child)?;
        let body = doc.create_element("p")?;
        body.set_attribute("dir", "auto")?;
        let version = &s.versions[v];
        // The passages of this side that the changes against `other` concern, in order.
        let mut marks: Vec<(usize, usize, &str)> = s
            .changes
            .iter()
            .filter(|c| c.version == other && c.against.is_none())
            .filter(|c| c.substantive || !options.substantive_only)
            .filter(|c| c.op != crate::engine::model::ChangeOp::Attribution)
            .map(|c| c.sides()[side])
            .filter(|e| !e.text.is_empty())
            .map(|e| (e.start, e.end, if side == 0 { "del" } else { "ins" }))
            .collect();
        sort_by_rank(&mut marks, |m| crate::engine::order::pack(m.0, m.1));
        let mut cursor = version.start;
        for (start, end, tag) in marks {
            if start < cursor {
                continue;
            }
            body.append_child(
                &doc.create_text_node(&version.text[cursor - version.start..start - version.start]),
            )?;
            let text = &version.text[start - version.start..end - version.start];
            let child = element_with_text(doc, tag, None, text)?;
            body.append_child(&child)?;
            cursor = end;
        }
        body.append_child(&doc.create_text_node(&version.text[cursor - version.start..]))?;
        col.append_child(&body)?;
        grid.append_child(&col)?;
    }
    parent.append_child(&grid)?;
    Ok(())
}

/// Appends the inline rendering of a two-text diff (`runs` of `old` against `new`) to
/// `parent`: equal text as text nodes, deletions in `<del>`, insertions in `<ins>`.
pub fn render_runs(
    doc: &Document,
    parent: &Element,
    runs: &[DiffRun],
    old: &str,
    new: &str,
) -> Result<(), JsValue> {
    for run in runs {
        match run.tag {
            RunTag::Equal => {
                parent.append_child(&doc.create_text_node(&new[run.new.start..run.new.end]))?;
            }
            RunTag::Delete => {
                let el = element_with_text(doc, "del", None, &old[run.old.start..run.old.end])?;
                parent.append_child(&el)?;
            }
            RunTag::Insert => {
                let el = element_with_text(doc, "ins", None, &new[run.new.start..run.new.end])?;
                parent.append_child(&el)?;
            }
        }
    }
    Ok(())
}
