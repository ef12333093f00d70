//! Rendering a two-text diff inline: equal text as text nodes, deletions in `<del>`,
//! insertions in `<ins>`. The page uses it now; the statement view and the widget build on it.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::element_with_text;
use crate::engine::diff::{DiffRun, RunTag};

/// Appends the inline rendering of `runs` (a diff of `old` against `new`) to `parent`.
///
/// Equal runs show the new text, since that is what the reader compares against.
pub fn render_inline(
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
                let text = &old[run.old.start..run.old.end];
                let el = element_with_text(doc, "del", None, text)?;
                parent.append_child(&el)?;
            }
            RunTag::Insert => {
                let text = &new[run.new.start..run.new.end];
                let el = element_with_text(doc, "ins", None, text)?;
                parent.append_child(&el)?;
            }
        }
    }
    Ok(())
}
