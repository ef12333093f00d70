//! HTML into text, through the browser's own parser in an inert document (nothing in it runs
//! or loads): a pasted rich text, a dropped `.html` file. The HTML itself never enters the
//! page.

use crate::engine::fold_lines;
use wasm_bindgen::JsValue;

/// Turns HTML into text with the browser's own parser (an inert document: nothing in it runs
/// or loads), with a line break after each block.
pub fn html_to_text(html: &str) -> Result<String, JsValue> {
    let parser = web_sys::DomParser::new()?;
    let parsed = parser.parse_from_string(html, web_sys::SupportedType::TextHtml)?;
    let Some(body) = parsed.body() else {
        return Ok(String::new());
    };
    let mut out = String::new();
    collect_text(body.as_ref(), &mut out);
    Ok(fold_lines(&out))
}

/// Appends the text of `node` and its children to `out`, a line break after each block.
fn collect_text(node: &web_sys::Node, out: &mut String) {
    const SKIP: &[&str] = &["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD"];
    const BLOCKS: &[&str] = &[
        "P",
        "DIV",
        "BR",
        "LI",
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
        "H6",
        "BLOCKQUOTE",
        "TR",
        "SECTION",
        "ARTICLE",
        "HEADER",
        "FOOTER",
        "FIGCAPTION",
        "PRE",
        "UL",
        "OL",
        "TABLE",
    ];
    if node.node_type() == web_sys::Node::TEXT_NODE {
        let text = node.text_content().unwrap_or_default();
        let collapsed: Vec<&str> = text.split_whitespace().collect();
        if !collapsed.is_empty() {
            if text.starts_with(char::is_whitespace) && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
            out.push_str(&collapsed.join(" "));
            if text.ends_with(char::is_whitespace) {
                out.push(' ');
            }
        }
        return;
    }
    // HTML element names come upper-case already; `make_ascii_uppercase` covers XHTML without
    // linking the Unicode case tables.
    let mut name = node.node_name();
    name.make_ascii_uppercase();
    if SKIP.contains(&name.as_str()) {
        return;
    }
    let children = node.child_nodes();
    for k in 0..children.length() {
        if let Some(child) = children.item(k) {
            collect_text(&child, out);
        }
    }
    if BLOCKS.contains(&name.as_str()) {
        out.push('\n');
    }
}
