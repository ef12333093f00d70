//! The inline view of one version against the base: the base's text, with each change of that
//! version put in place. The CLI report, the page and the widget all render these pieces, so
//! they show the same thing.
//!
//! ```text
//! base:   Vale said on Friday in Minks.
//! other:  Vale said on Thursday in Minsk.
//! pieces: "Vale said on " | change(date: Friday → Thursday) | " in " | change(name: Minks → Minsk) | "."
//! ```
//!
//! Cost: one pass over the version's units and its changes (sorted once).

use serde::{Deserialize, Serialize};

use super::model::{ChangeOp, Statement};
use super::order::{pack3, sort_by_rank};

/// One piece of an inline view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InlinePiece {
    /// Base text the other version shares.
    Same {
        /// The base's text.
        text: String,
    },
    /// A change: base text that went (`deleted`) and other text that came (`inserted`).
    Change {
        /// Index of the change in `Statement::changes`.
        change: usize,
        /// The base's text (empty for an insertion).
        deleted: String,
        /// The other version's text (empty for a deletion; empty where a move leaves).
        inserted: String,
    },
    /// Where moved text arrives in the other version's order.
    MovedHere {
        /// Index of the move in `Statement::changes`.
        change: usize,
        /// The moved text as the other version has it.
        text: String,
    },
}

/// The inline view of version `v` of `statement` against the version it is compared with (the
/// base; for a translation, its language's fullest version, and for that version itself, its
/// own text unchanged). With `substantive_only`, cosmetic changes are shown as the compared
/// version has them. Concatenating the `text` of `Same` pieces and the `deleted` text of
/// `Change` pieces gives the compared version's `compared` words back, without its
/// attribution, which the other version does not share. (An insertion right after a word gets
/// a leading space, so it does not read as part of that word.)
pub fn inline_view(statement: &Statement, v: usize, substantive_only: bool) -> Vec<InlinePiece> {
    let base = &statement.versions[statement.versions[v].compared_with];
    // (position in the base article, order at that position, piece)
    let mut events: Vec<(usize, usize, usize, InlinePiece)> = Vec::new();
    for (i, c) in statement.changes.iter().enumerate() {
        if c.version != v
            || c.against.is_some()
            || c.op == ChangeOp::Attribution
            || (substantive_only && !c.substantive)
        {
            continue;
        }
        let (b, o) = (&c.base, &c.other);
        let inserted = if c.op == ChangeOp::Move {
            String::new()
        } else {
            o.text.clone()
        };
        events.push((
            b.start,
            1,
            b.end,
            InlinePiece::Change {
                change: i,
                deleted: b.text.clone(),
                inserted,
            },
        ));
        if let Some(at) = c.arrives_at {
            events.push((
                at,
                0,
                at,
                InlinePiece::MovedHere {
                    change: i,
                    text: o.text.clone(),
                },
            ));
        }
    }
    sort_by_rank(&mut events, |e| pack3(e.0, e.1, e.2));

    let (from, to) = (base.compared.start, base.compared.end);
    let text = &base.text[from - base.start..to - base.start];
    let mut pieces = Vec::new();
    let mut cursor = from;
    for (start, _, end, piece) in events {
        let (start, end) = (start.clamp(cursor, to), end.clamp(cursor, to));
        if start > cursor {
            pieces.push(InlinePiece::Same {
                text: text[cursor - from..start - from].to_string(),
            });
        }
        pieces.push(piece);
        cursor = end.max(start);
    }
    if cursor < to {
        pieces.push(InlinePiece::Same {
            text: text[cursor - from..].to_string(),
        });
    }
    space_out_insertions(&mut pieces);
    pieces
}

/// The variants of version `v` (see [`super::model::Change::against`]): indexes in
/// `Statement::changes`, in order, and the version they are against. With `substantive_only`,
/// cosmetic ones are left out. Shown beside the inline view, which holds the changes against
/// the base only.
pub fn variants(
    statement: &Statement,
    v: usize,
    substantive_only: bool,
) -> Option<(usize, Vec<usize>)> {
    let mut against = None;
    let changes: Vec<usize> = statement
        .changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.version == v && (c.substantive || !substantive_only))
        .filter_map(|(i, c)| {
            against = against.or(c.against);
            c.against.map(|_| i)
        })
        .collect();
    against.map(|w| (w, changes))
}

/// An insertion placed right after a word (`companies` + `[the Nordline group]`) would read as
/// one word; give it the space the other version has before it.
fn space_out_insertions(pieces: &mut [InlinePiece]) {
    let mut previous_ends_in_word = false;
    for piece in pieces.iter_mut() {
        let inserted = match piece {
            InlinePiece::Change {
                deleted, inserted, ..
            } if deleted.is_empty() => Some(inserted),
            InlinePiece::MovedHere { text, .. } => Some(text),
            _ => None,
        };
        if let Some(t) = inserted {
            if previous_ends_in_word
                && t.starts_with(|c: char| c.is_alphanumeric() || "([“\"«'‘".contains(c))
            {
                t.insert(0, ' ');
            }
        }
        let shown = match piece {
            InlinePiece::Same { text } => text.as_str(),
            InlinePiece::Change {
                deleted, inserted, ..
            } => {
                if inserted.is_empty() {
                    deleted.as_str()
                } else {
                    inserted.as_str()
                }
            }
            InlinePiece::MovedHere { text, .. } => text.as_str(),
        };
        if !shown.is_empty() {
            previous_ends_in_word = shown.ends_with(char::is_alphanumeric);
        }
    }
}
