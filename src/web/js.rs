//! Plain JavaScript objects from Rust values, written field by field (as [`super::decode`]
//! reads them back): the requests the page sends its worker and the cards it keeps in storage;
//! the comparisons the worker sends back. Neither wasm carries a serializer (serde's derived
//! serializers and `serde_wasm_bindgen` were a tenth of the worker's wasm).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

#[cfg(feature = "page")]
use super::card::Card;
use super::requests::CompareRequest;
use crate::engine::ArticleInput;

/// A value that can be written as a plain JavaScript value.
pub trait ToJs {
    /// The value as JavaScript.
    fn to_js(&self) -> JsValue;
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl ToJs for usize {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self as f64)
    }
}

impl ToJs for f64 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self)
    }
}

impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::NULL, ToJs::to_js)
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.iter().map(ToJs::to_js).collect::<Array>().into()
    }
}

/// Writes a struct as an object, one field a property named as the field.
macro_rules! to_js_struct {
    ($ty:ident { $($name:ident),* $(,)? }) => {
        impl ToJs for $ty {
            fn to_js(&self) -> JsValue {
                let object = Object::new();
                // Setting a property of a fresh plain object cannot fail.
                $(let _ = Reflect::set(&object, &stringify!($name).into(), &self.$name.to_js());)*
                object.into()
            }
        }
    };
}

to_js_struct!(ArticleInput {
    text,
    label,
    file_name
});
to_js_struct!(CompareRequest {
    articles,
    base_article
});
#[cfg(feature = "page")]
to_js_struct!(Card {
    text,
    label,
    label_edited,
    file_name,
    guessed_from
});

/// The model, as the worker sends it (the same fields and names as its JSON).
#[cfg(feature = "worker")]
mod model {
    use super::*;
    use crate::engine::model::*;

    /// Writes a unit enum as its JSON name.
    macro_rules! to_js_enum {
        ($($ty:ident),*) => {
            $(impl ToJs for $ty {
                fn to_js(&self) -> JsValue {
                    JsValue::from_str(self.name())
                }
            })*
        };
    }

    to_js_enum!(
        LabelSource,
        NoiseReason,
        Primary,
        Form,
        Status,
        ChangeOp,
        ChangeKind,
        ConflictKind
    );
    to_js_struct!(Comparison {
        articles,
        statements,
        conflicts
    });
    to_js_struct!(Article {
        label,
        label_source,
        text,
        noise,
        primary,
        language
    });
    to_js_struct!(Noise { start, end, reason });
    to_js_struct!(Span { start, end });
    to_js_struct!(Statement {
        base,
        versions,
        alignment,
        changes
    });
    to_js_struct!(Version {
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
    to_js_struct!(Follows {
        version,
        shared_changes,
        copy
    });
    to_js_struct!(Fidelity {
        kept,
        base_words,
        substantive,
        by_kind
    });
    to_js_struct!(KindCount { kind, count });
    to_js_struct!(Excerpt {
        article,
        start,
        end,
        text
    });
    to_js_struct!(Alignment { columns });
    to_js_struct!(Column { cells, differs });
    to_js_struct!(Conflict { kind, mentions });

    impl ToJs for Change {
        fn to_js(&self) -> JsValue {
            // The JSON form: the two sides as one array, `versions: [base, other]`.
            let object = Object::new();
            let sides = vec![self.base.clone(), self.other.clone()];
            let _ = Reflect::set(&object, &"kind".into(), &self.kind.to_js());
            let _ = Reflect::set(&object, &"op".into(), &self.op.to_js());
            let _ = Reflect::set(&object, &"substantive".into(), &self.substantive.to_js());
            let _ = Reflect::set(&object, &"version".into(), &self.version.to_js());
            let _ = Reflect::set(&object, &"against".into(), &self.against.to_js());
            let _ = Reflect::set(&object, &"versions".into(), &sides.to_js());
            let _ = Reflect::set(&object, &"arrives_at".into(), &self.arrives_at.to_js());
            object.into()
        }
    }
}
