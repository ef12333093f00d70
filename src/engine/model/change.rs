//! One difference between the base version and another version, classified: its kind, its
//! operation and its two sides.

use serde::{Deserialize, Serialize};

use super::Excerpt;

/// One difference between the base version and another version of a statement.
///
/// In JSON the two sides are one array, `versions: [base, other]`, as every reader of the
/// data model has always read them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "ChangeJson")]
pub struct Change {
    /// What the difference is.
    pub kind: ChangeKind,
    /// The edit that makes it.
    pub op: ChangeOp,
    /// False for cosmetic changes, which the "substantive only" filter hides.
    pub substantive: bool,
    /// Index in `versions` of the version changed; its `compared_with` is the other side
    /// (unless `against` names another).
    pub version: usize,
    /// `None` for a change against the version's `compared_with` (the base), which the inline
    /// view shows. `Some(w)` for a *variant*: where this version and version `w`, the one
    /// closest to its wording, both depart from the base and differ from each other (`It's
    /// therefore` / `It is therefore`, both missing from the base); `base` is then `w`'s text.
    pub against: Option<usize>,
    /// The text concerned in the base version (empty, at the place, when the base has nothing:
    /// an insertion); for a variant, in version `against`.
    pub base: Excerpt,
    /// The text concerned in the other version (empty, at the place, for a deletion).
    pub other: Excerpt,
    /// For a move: the byte offset in the base article where the moved text arrives, in the
    /// other version's order (so an inline view can show both ends).
    pub arrives_at: Option<usize>,
}

impl Change {
    /// Both sides, the base's first.
    pub fn sides(&self) -> [&Excerpt; 2] {
        [&self.base, &self.other]
    }
}

/// How a [`Change`] is written in JSON.
#[derive(Serialize, Deserialize)]
struct ChangeJson {
    kind: ChangeKind,
    op: ChangeOp,
    substantive: bool,
    version: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    against: Option<usize>,
    versions: [Excerpt; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    arrives_at: Option<usize>,
}

impl From<ChangeJson> for Change {
    fn from(c: ChangeJson) -> Change {
        let [base, other] = c.versions;
        Change {
            kind: c.kind,
            op: c.op,
            substantive: c.substantive,
            version: c.version,
            against: c.against,
            base,
            other,
            arrives_at: c.arrives_at,
        }
    }
}

impl Serialize for Change {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields =
            5 + usize::from(self.arrives_at.is_some()) + usize::from(self.against.is_some());
        let mut s = serializer.serialize_struct("Change", fields)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("op", &self.op)?;
        s.serialize_field("substantive", &self.substantive)?;
        s.serialize_field("version", &self.version)?;
        if let Some(w) = self.against {
            s.serialize_field("against", &w)?;
        }
        s.serialize_field("versions", &self.sides())?;
        if let Some(at) = self.arrives_at {
            s.serialize_field("arrives_at", &at)?;
        }
        s.end()
    }
}

/// The edit behind a [`Change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOp {
    /// Text of the base is missing from the other version.
    Delete,
    /// The other version has text the base lacks.
    Insert,
    /// Text of the base became other text.
    Replace,
    /// Text of the base appears elsewhere in the other version; `versions` gives both places.
    Move,
    /// The versions are attributed differently (a different reporting verb).
    Attribution,
}

impl ChangeOp {
    /// Every variant, in declaration order.
    pub const ALL: [ChangeOp; 5] = [
        ChangeOp::Delete,
        ChangeOp::Insert,
        ChangeOp::Replace,
        ChangeOp::Move,
        ChangeOp::Attribution,
    ];

    /// The name the JSON uses (`delete`, …).
    pub fn name(self) -> &'static str {
        match self {
            ChangeOp::Delete => "delete",
            ChangeOp::Insert => "insert",
            ChangeOp::Replace => "replace",
            ChangeOp::Move => "move",
            ChangeOp::Attribution => "attribution",
        }
    }
}

/// The vocabulary of differences. Cosmetic changes are the only non-substantive kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// Punctuation, case, quote style, whitespace, hyphen vs dash: `and, in turn,` → `and in turn`.
    Cosmetic,
    /// A number differs: `700` → `750`, `seven` → `eight`.
    Number,
    /// A weekday, month or date differs: `Friday` → `Thursday`.
    Date,
    /// A name or place spelled differently (`Minks` → `Minsk`) or swapped for another name
    /// (`the Daesh` → `Islamic State`).
    Name,
    /// A different reporting verb: `said` → `claimed`.
    ReportingVerb,
    /// Negation or modality changed: `is possible` → `will likely`, `is` → `is not`.
    Modality,
    /// Editorial brackets or elisions: `they [the port authorities] do`, `…`.
    Editorial,
    /// Words added inside quote marks, beyond what the base quotes: `(HPA)`.
    AddedInQuote,
    /// Words of the base left out of a quotation.
    RemovedFromQuote,
    /// The same passage at another place in the text.
    Moved,
    /// Any other change of wording: `long-suffering` → `troubled`.
    Wording,
}

impl ChangeKind {
    /// Every kind, in display order.
    pub const ALL: [ChangeKind; 11] = [
        ChangeKind::Cosmetic,
        ChangeKind::Number,
        ChangeKind::Date,
        ChangeKind::Name,
        ChangeKind::ReportingVerb,
        ChangeKind::Modality,
        ChangeKind::Editorial,
        ChangeKind::AddedInQuote,
        ChangeKind::RemovedFromQuote,
        ChangeKind::Moved,
        ChangeKind::Wording,
    ];

    /// The name the JSON uses (`cosmetic`, …).
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Cosmetic => "cosmetic",
            ChangeKind::Number => "number",
            ChangeKind::Date => "date",
            ChangeKind::Name => "name",
            ChangeKind::ReportingVerb => "reporting_verb",
            ChangeKind::Modality => "modality",
            ChangeKind::Editorial => "editorial",
            ChangeKind::AddedInQuote => "added_in_quote",
            ChangeKind::RemovedFromQuote => "removed_from_quote",
            ChangeKind::Moved => "moved",
            ChangeKind::Wording => "wording",
        }
    }

    /// The short label shown beside a change.
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Cosmetic => "cosmetic",
            ChangeKind::Number => "number",
            ChangeKind::Date => "date",
            ChangeKind::Name => "name",
            ChangeKind::ReportingVerb => "reporting verb",
            ChangeKind::Modality => "negation/modality",
            ChangeKind::Editorial => "editorial",
            ChangeKind::AddedInQuote => "added in quote",
            ChangeKind::RemovedFromQuote => "removed from quote",
            ChangeKind::Moved => "moved",
            ChangeKind::Wording => "wording",
        }
    }
}
