//! Reading the engine's model (and the requests of the exported functions) back from the plain
//! JavaScript objects that the worker posts (serde's, written by `bindings::to_js`) and that
//! the page sends (written by `js.rs`).
//!
//! Why not `serde_wasm_bindgen::from_value`: serde's derived deserializers, with their error
//! messages (which format floats), were a sixth of the page's wasm. Reading the objects field
//! by field is all the page needs: it only ever reads what its own engine wrote, or a request
//! whose fields it checks. Each struct below lists its fields once; a field added to the model
//! and not here is a compile error, since the struct literal would be incomplete.

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

#[cfg(feature = "worker")]
use super::requests::CompareRequest;
use super::requests::WidgetRequest;
use crate::engine::model::Form;
use crate::engine::{ArticleInput, VersionInput};

/// A value that can be read from its plain JavaScript form.
pub trait FromJs: Sized {
    /// Reads the value, or says what is wrong with it.
    fn from_js(value: &JsValue) -> Result<Self, String>;
}

/// Field `name` of `object`, read as a `T`. (`undefined` when absent, which reads as `None`
/// for options.) One small function per field type, not per field: this is most of the code.
fn read<T: FromJs>(object: &JsValue, name: &'static str) -> Result<T, String> {
    if !object.is_object() {
        return Err(format!("expected an object with `{name}`"));
    }
    let value = Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    T::from_js(&value).map_err(|e| format!("`{name}`: {e}"))
}

impl FromJs for usize {
    fn from_js(value: &JsValue) -> Result<Self, String> {
        match value.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(n as usize),
            _ => Err("expected a whole number".into()),
        }
    }
}

impl FromJs for f64 {
    fn from_js(value: &JsValue) -> Result<Self, String> {
        value.as_f64().ok_or_else(|| "expected a number".into())
    }
}

impl FromJs for bool {
    fn from_js(value: &JsValue) -> Result<Self, String> {
        value
            .as_bool()
            .ok_or_else(|| "expected true or false".into())
    }
}

impl FromJs for String {
    fn from_js(value: &JsValue) -> Result<Self, String> {
        value.as_string().ok_or_else(|| "expected a string".into())
    }
}

impl<T: FromJs> FromJs for Option<T> {
    fn from_js(value: &JsValue) -> Result<Self, String> {
        if value.is_undefined() || value.is_null() {
            Ok(None)
        } else {
            T::from_js(value).map(Some)
        }
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: &JsValue) -> Result<Self, String> {
        if !Array::is_array(value) {
            return Err("expected an array".into());
        }
        let array = Array::from(value);
        let mut out = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            out.push(T::from_js(&array.get(i)).map_err(|e| format!("[{i}]: {e}"))?);
        }
        Ok(out)
    }
}

/// Reads a struct from an object, field by field, naming the field in any error.
macro_rules! from_js_struct {
    ($ty:ident { $($name:ident),* $(,)? }) => {
        impl FromJs for $ty {
            fn from_js(value: &JsValue) -> Result<Self, String> {
                Ok($ty {
                    $($name: read(value, stringify!($name))?,)*
                })
            }
        }
    };
}

/// Reads a unit enum from its JSON name (`name()`, which a native test holds equal to the
/// model's serde attributes).
macro_rules! from_js_enum {
    ($ty:ident) => {
        impl FromJs for $ty {
            fn from_js(value: &JsValue) -> Result<Self, String> {
                let name = value.as_string().ok_or("expected a string")?;
                $ty::ALL
                    .into_iter()
                    .find(|v| v.name() == name)
                    .ok_or_else(|| format!("unknown {} `{name}`", stringify!($ty)))
            }
        }
    };
}

from_js_enum!(Form);
from_js_struct!(ArticleInput {
    text,
    label,
    file_name
});
from_js_struct!(VersionInput { text, label, form });
from_js_struct!(WidgetRequest {
    versions,
    base,
    mode,
    other
});

// The worker's request.
#[cfg(feature = "worker")]
from_js_struct!(CompareRequest {
    articles,
    base_article
});

/// The comparisons the page receives from its worker, and the cards it keeps (the widget reads
/// only its own request).
#[cfg(feature = "page")]
mod page {
    use super::*;
    use crate::engine::model::*;
    use crate::web::card::Card;

    from_js_struct!(Comparison {
        articles,
        statements,
        conflicts
    });
    from_js_struct!(Article {
        label,
        label_source,
        text,
        noise,
        primary,
        language
    });
    from_js_struct!(Noise { start, end, reason });
    from_js_struct!(Span { start, end });
    from_js_struct!(Statement {
        base,
        versions,
        alignment,
        changes
    });
    from_js_struct!(Version {
        article,
        start,
        end,
        text,
        compared,
        form,
        speaker,
        verb,
        status,
        fidelity,
        compared_with,
        follows
    });
    from_js_struct!(Follows {
        version,
        shared_changes,
        copy
    });
    from_js_struct!(Fidelity {
        kept,
        base_words,
        substantive,
        by_kind
    });
    from_js_struct!(KindCount { kind, count });
    from_js_struct!(Excerpt {
        article,
        start,
        end,
        text
    });
    from_js_struct!(Alignment { columns });
    from_js_struct!(Column { cells, differs });
    impl FromJs for Change {
        fn from_js(value: &JsValue) -> Result<Self, String> {
            // The JSON form: the two sides as one array, `versions: [base, other]`.
            let sides: Vec<Excerpt> = read(value, "versions")?;
            let [base, other]: [Excerpt; 2] = sides
                .try_into()
                .map_err(|_| "`versions`: expected the two sides of a change".to_string())?;
            Ok(Change {
                kind: read(value, "kind")?,
                op: read(value, "op")?,
                substantive: read(value, "substantive")?,
                version: read(value, "version")?,
                against: read(value, "against")?,
                base,
                other,
                arrives_at: read(value, "arrives_at")?,
            })
        }
    }
    from_js_struct!(Conflict { kind, mentions });
    from_js_struct!(Card {
        text,
        label,
        label_edited,
        file_name,
        guessed_from
    });
    from_js_enum!(LabelSource);
    from_js_enum!(NoiseReason);
    from_js_enum!(Primary);
    from_js_enum!(Status);
    from_js_enum!(ChangeOp);
    from_js_enum!(ChangeKind);
    from_js_enum!(ConflictKind);
}
