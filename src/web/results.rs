//! The results, drawn from the state: the conflicts, the overview table, the base choices and
//! the statement view (through `view.rs`, which the widget shares). Pure renderers: they read
//! the state and write the DOM, and add no listeners (the controller, `app.rs`, listens once on
//! the containers).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::dom::{by_id, clear, document, element_with_text};
use super::state::Shared;
use super::view::{render_statement, Mode, ViewOptions};
use crate::engine::model::Comparison;
use crate::engine::summary::conflict_accounts;

/// Sets the view's controls from the state and redraws the results.
pub fn render_view(state: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let view = state.borrow().view();
    by_id::<HtmlSelectElement>(&doc, "mode")?.set_value(view.mode.value());
    by_id::<HtmlInputElement>(&doc, "substantive")?.set_checked(view.substantive_only);
    render_results(state)
}

/// Scrolls the statement view into reach and puts the focus on its title, so that picking a
/// statement by click, Enter or Space shows it (the row's button is redrawn, which would
/// leave the focus nowhere).
pub fn bring_statement_into_view() -> Result<(), JsValue> {
    let doc = document()?;
    let title: HtmlElement = by_id(&doc, "statement-title")?;
    title.focus()?;
    title.scroll_into_view();
    Ok(())
}

/// `j` and `k`: moves the focus `step` changes on from the focused one, round the statement.
pub fn move_focus(step: i32) -> Result<(), JsValue> {
    let doc = document()?;
    let list = doc.query_selector_all("#statement-body .change")?;
    if list.length() == 0 {
        return Ok(());
    }
    let active = doc.active_element();
    let current = (0..list.length()).find(|&i| {
        let node = list.item(i);
        matches!((&node, &active), (Some(n), Some(a)) if n.is_same_node(Some(a.as_ref())))
    });
    let n = list.length() as i32;
    let next = match current {
        Some(i) => (i as i32 + step).rem_euclid(n),
        None if step > 0 => 0,
        None => n - 1,
    };
    if let Some(el) = list
        .item(next as u32)
        .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    {
        el.focus()?;
    }
    Ok(())
}

/// Draws the conflicts, the overview and the statement on show (or hides them: no result).
pub fn render_results(state: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let st = state.borrow();
    let conflicts: Element = by_id(&doc, "conflicts")?;
    let overview: Element = by_id(&doc, "overview")?;
    let statement: Element = by_id(&doc, "statement")?;
    let Some(c) = st.comparison.as_ref().filter(|c| !c.statements.is_empty()) else {
        for el in [&conflicts, &overview, &statement] {
            el.set_attribute("hidden", "")?;
        }
        return Ok(());
    };
    render_conflicts(&doc, &conflicts, c)?;
    render_matrix(&doc, c, st.selected, &st.checked)?;
    overview.remove_attribute("hidden")?;
    render_base_choices(&doc, c, st.base_article)?;
    drop(st);
    render_selected(state)
}

fn render_conflicts(doc: &Document, section: &Element, c: &Comparison) -> Result<(), JsValue> {
    let list: Element = by_id(doc, "conflict-list")?;
    clear(&list);
    if c.conflicts.is_empty() {
        section.set_attribute("hidden", "")?;
        return Ok(());
    }
    for conflict in &c.conflicts {
        let item = doc.create_element("li")?;
        let child = element_with_text(doc, "strong", None, conflict.kind.label())?;
        item.append_child(&child)?;
        item.append_child(&doc.create_text_node(": "))?;
        for (i, (text, articles)) in conflict_accounts(conflict).iter().enumerate() {
            if i > 0 {
                item.append_child(&doc.create_text_node(" vs "))?;
            }
            let child = element_with_text(doc, "q", None, text)?;
            item.append_child(&child)?;
            item.append_child(&doc.create_text_node(" ("))?;
            for (k, &a) in articles.iter().enumerate() {
                if k > 0 {
                    item.append_child(&doc.create_text_node(", "))?;
                }
                // The outlet's name opens its article at the mention.
                let mention = conflict
                    .mentions
                    .iter()
                    .find(|m| m.article == a && m.text == *text);
                let outlet = &c.articles[a].label;
                match mention {
                    Some(m) => {
                        let button = element_with_text(doc, "button", Some("mention"), outlet)?;
                        button.set_attribute("type", "button")?;
                        button.set_attribute("data-article", &a.to_string())?;
                        button.set_attribute("data-start", &m.start.to_string())?;
                        button.set_attribute("data-end", &m.end.to_string())?;
                        button.set_attribute(
                            "aria-label",
                            &format!("{outlet}: “{text}” in its article"),
                        )?;
                        item.append_child(&button)?;
                    }
                    None => {
                        item.append_child(&doc.create_text_node(outlet))?;
                    }
                }
            }
            item.append_child(&doc.create_text_node(")"))?;
        }
        list.append_child(&item)?;
    }
    section.remove_attribute("hidden")?;
    Ok(())
}

fn render_matrix(
    doc: &Document,
    c: &Comparison,
    selected: usize,
    checked: &[String],
) -> Result<(), JsValue> {
    let table: Element = by_id(doc, "matrix")?;
    clear(&table);
    let head = doc.create_element("tr")?;
    let child = element_with_text(doc, "th", None, "Statement")?;
    head.append_child(&child)?;
    for a in &c.articles {
        let th = element_with_text(doc, "th", None, &a.label)?;
        th.set_attribute("scope", "col")?;
        head.append_child(&th)?;
    }
    table.append_child(&head)?;
    for (i, s) in c.statements.iter().enumerate() {
        let row = doc.create_element("tr")?;
        if i == selected {
            row.set_class_name("selected");
        }
        let cell = doc.create_element("th")?;
        cell.set_attribute("scope", "row")?;
        let button = element_with_text(
            doc,
            "button",
            Some("pick"),
            &snippet(&s.versions[s.base].text),
        )?;
        button.set_attribute("type", "button")?;
        button.set_attribute("aria-pressed", if i == selected { "true" } else { "false" })?;
        button.set_attribute("data-statement", &i.to_string())?;
        if super::checks::is_checked(checked, c, s) {
            row.class_list().add_1("checked")?;
            let mark = element_with_text(doc, "span", Some("checked-mark"), "✓")?;
            mark.set_attribute("aria-hidden", "true")?;
            cell.append_child(&mark)?;
            let said = element_with_text(doc, "span", Some("vh"), " (checked)")?;
            button.append_child(&said)?;
        }
        cell.append_child(&button)?;
        row.append_child(&cell)?;
        for a in 0..c.articles.len() {
            let td = doc.create_element("td")?;
            match s.versions.iter().find(|v| v.article == a) {
                Some(v) => {
                    // The CSS marks each status by its JSON name.
                    td.set_class_name(v.status.name());
                    td.append_child(&doc.create_text_node(v.status.label()))?;
                    if v.status != crate::engine::model::Status::Base {
                        let score = format!(" {}%", v.fidelity.kept_percent());
                        let child = element_with_text(doc, "span", Some("score"), &score)?;
                        td.append_child(&child)?;
                    }
                }
                None => {
                    td.set_class_name("missing");
                    td.append_child(&doc.create_text_node("missing"))?;
                }
            }
            row.append_child(&td)?;
        }
        table.append_child(&row)?;
    }
    Ok(())
}

/// The first words of a statement, for the overview.
fn snippet(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{} …", words[..12].join(" "))
    }
}

fn render_base_choices(
    doc: &Document,
    c: &Comparison,
    chosen: Option<usize>,
) -> Result<(), JsValue> {
    let select: HtmlSelectElement = by_id(doc, "base")?;
    clear(&select);
    let auto = element_with_text(doc, "option", None, "Most complete version")?;
    auto.set_attribute("value", "")?;
    select.append_child(&auto)?;
    for (i, a) in c.articles.iter().enumerate() {
        let option = element_with_text(doc, "option", None, &a.label)?;
        option.set_attribute("value", &i.to_string())?;
        select.append_child(&option)?;
    }
    select.set_value(&chosen.map(|i| i.to_string()).unwrap_or_default());
    Ok(())
}

/// Draws the statement on show in the chosen view, with its toolbar's choices.
pub fn render_selected(state: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let st = state.borrow();
    let section: Element = by_id(&doc, "statement")?;
    let body: Element = by_id(&doc, "statement-body")?;
    clear(&body);
    by_id::<Element>(&doc, "embed-box")?.set_attribute("hidden", "")?;
    let Some(c) = st
        .comparison
        .as_ref()
        .filter(|c| st.selected < c.statements.len())
    else {
        section.set_attribute("hidden", "")?;
        return Ok(());
    };
    let s = &c.statements[st.selected];
    let title: Element = by_id(&doc, "statement-title")?;
    title.set_text_content(Some(&format!(
        "Statement {} of {} — carried by {} of {} articles",
        st.selected + 1,
        c.statements.len(),
        s.article_count(),
        c.articles.len()
    )));
    let mode = st.mode.unwrap_or(Mode::Inline);
    let other_select: HtmlSelectElement = by_id(&doc, "other")?;
    clear(&other_select);
    for (v, version) in s.versions.iter().enumerate() {
        if v != s.base {
            let option =
                element_with_text(&doc, "option", None, &c.articles[version.article].label)?;
            option.set_attribute("value", &v.to_string())?;
            other_select.append_child(&option)?;
        }
    }
    if let Some(o) = st.other {
        other_select.set_value(&o.to_string());
    }
    let other_label: Element = by_id(&doc, "other-label")?;
    if mode == Mode::SideBySide {
        other_label.remove_attribute("hidden")?;
    } else {
        other_label.set_attribute("hidden", "")?;
    }
    let options = ViewOptions {
        mode,
        substantive_only: st.substantive_only,
        other: st.other.or_else(|| other_select.value().parse().ok()),
    };
    render_statement(&doc, &body, c, st.selected, options)?;
    drop(st);
    super::checks::draw(state)?;
    let st = state.borrow();
    let Some(c) = st.comparison.as_ref() else {
        return Ok(());
    };
    let s = &c.statements[st.selected];
    let body: Element = by_id(&doc, "statement-body")?;
    // Each version's head gets a way into its article (see `context.rs`).
    let heads = body.query_selector_all("p[data-version]")?;
    for k in 0..heads.length() {
        let Some(head) = heads.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let button = element_with_text(&doc, "button", Some("context secondary"), "In context")?;
        button.set_attribute("type", "button")?;
        let v = head.get_attribute("data-version").unwrap_or_default();
        button.set_attribute("data-version", &v)?;
        if let Some(version) = v.parse::<usize>().ok().and_then(|v| s.versions.get(v)) {
            let label = &c.articles[version.article].label;
            // The accessible name starts with the visible text, as speech input expects.
            button.set_attribute("aria-label", &format!("In context: {label}'s version"))?;
        }
        head.append_child(&doc.create_text_node(" "))?;
        head.append_child(&button)?;
    }
    // The j/k hint only where there are changes for j and k to reach.
    let keys: Element = by_id(&doc, "keys")?;
    if body.query_selector(".change")?.is_some() {
        keys.remove_attribute("hidden")?;
    } else {
        keys.set_attribute("hidden", "")?;
    }
    section.remove_attribute("hidden")?;
    Ok(())
}
