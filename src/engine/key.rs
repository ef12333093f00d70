//! Comparison keys: the bottom-most type of the engine.
//!
//! A [`Key`] is what two tokens compare equal under (see [`super::normalize`] for how a
//! key is made from text). Keys are made once per token of every text, so short keys live
//! inline and can be compared and hashed as three machine words ([`Key::fingerprint`]);
//! [`KeyInterner`] numbers them for the diff.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use super::fasthash::FastHasher;

/// Keys of up to this many bytes are stored inside the token: nearly every word of news text.
const INLINE_KEY_BYTES: usize = 22;

/// A token's comparison key. Short keys live inline, so cutting a long text into tokens does
/// not allocate once per token (the allocator dominated tokenizing, in WebAssembly most of all).
#[derive(Clone)]
pub struct Key(KeyRepr);

#[derive(Clone)]
enum KeyRepr {
    Inline {
        len: u8,
        bytes: [u8; INLINE_KEY_BYTES],
    },
    Heap(Box<str>),
}

impl Key {
    /// The key holding `text` as it is.
    pub fn new(text: &str) -> Key {
        Key::from_bytes_mapped(text.as_bytes(), |b| b)
            .unwrap_or_else(|| Key(KeyRepr::Heap(text.into())))
    }

    /// The key of every whitespace token (all whitespace compares equal).
    pub const SPACE: Key = {
        let mut bytes = [0u8; INLINE_KEY_BYTES];
        bytes[0] = b' ';
        Key(KeyRepr::Inline { len: 1, bytes })
    };

    /// Copies `bytes` through `map` into an inline key, or `None` when they do not fit.
    /// `map` must keep the bytes valid UTF-8 (it only ever maps ASCII to ASCII here).
    // Always inlined so that `map` is inlined into the copy loop rather than called per byte:
    // the page's wasm is built for size, where the compiler inlines almost nothing by itself.
    #[inline(always)]
    pub(crate) fn from_bytes_mapped(bytes: &[u8], map: impl Fn(u8) -> u8) -> Option<Key> {
        if bytes.len() > INLINE_KEY_BYTES {
            return None;
        }
        let mut inline = [0u8; INLINE_KEY_BYTES];
        for (slot, &b) in inline.iter_mut().zip(bytes) {
            *slot = map(b);
        }
        Some(Key(KeyRepr::Inline {
            len: bytes.len() as u8,
            bytes: inline,
        }))
    }

    /// The key of an ASCII token: lower case, backquote folded to an apostrophe (what
    /// [`crate::engine::normalize::comparison_key`] gives for ASCII, without building a `String` first); `None` when it
    /// is too long to be inline.
    #[inline(always)] // once per token
    pub(crate) fn of_ascii(piece: &[u8]) -> Option<Key> {
        Key::from_bytes_mapped(piece, |b| ASCII_FOLD[usize::from(b & 0x7f)])
    }

    /// A short key as three words, the same exactly for the same key (its length is in the
    /// last byte, the bytes past its length are zero); `None` for a key too long to be inline.
    /// Lets a table compare keys without reading them from wherever they are stored.
    #[inline(always)]
    pub fn fingerprint(&self) -> Option<[u64; 3]> {
        match &self.0 {
            KeyRepr::Inline { len, bytes } => Some(inline_words(*len, bytes)),
            KeyRepr::Heap(_) => None,
        }
    }

    /// A hash of the key for interning: of its [`Key::fingerprint`] when it has one (see
    /// [`fingerprint_hash`]), with no loop over its bytes.
    #[inline(always)]
    pub fn word_hash(&self) -> u64 {
        use std::hash::BuildHasher;
        match self.fingerprint() {
            Some(words) => fingerprint_hash(words),
            None => std::hash::BuildHasherDefault::<FastHasher>::default().hash_one(self.as_str()),
        }
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: inline keys are only made by `from_bytes_mapped`, from a whole `&str`
            // with the identity map or from ASCII with an ASCII-to-ASCII map, so the first
            // `len` bytes are valid UTF-8. (Checking it again on every comparison cost a
            // tenth of a diff.)
            KeyRepr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(&bytes[..usize::from(*len)])
            },
            KeyRepr::Heap(text) => text,
        }
    }
}

/// The hash [`Key::word_hash`] gives a key with these fingerprint words: [`FastHasher`] over
/// the three words.
#[inline(always)]
pub fn fingerprint_hash(words: [u64; 3]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = FastHasher::default();
    for word in words {
        hasher.write_u64(word);
    }
    hasher.finish()
}

/// An inline key as three words, its length in the last byte, by fixed-size reads only:
/// slices of varying length would be calls to `memcpy`/`memcmp` in the size-optimised wasm.
#[inline(always)]
fn inline_words(len: u8, bytes: &[u8; INLINE_KEY_BYTES]) -> [u64; 3] {
    let [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21] =
        *bytes;
    [
        u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]),
        u64::from_le_bytes([b8, b9, b10, b11, b12, b13, b14, b15]),
        u64::from_le_bytes([b16, b17, b18, b19, b20, b21, 0, len]),
    ]
}

impl From<String> for Key {
    fn from(text: String) -> Key {
        Key::from_bytes_mapped(text.as_bytes(), |b| b)
            .unwrap_or_else(|| Key(KeyRepr::Heap(text.into_boxed_str())))
    }
}

impl Deref for Key {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Key {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Key {
    #[inline(always)]
    fn eq(&self, other: &Key) -> bool {
        match (&self.0, &other.0) {
            // A key is inline exactly when it is short enough, and its unused bytes are zero:
            // two inline keys are equal when their fixed-size parts are.
            (
                KeyRepr::Inline { len, bytes },
                KeyRepr::Inline {
                    len: other_len,
                    bytes: other_bytes,
                },
            ) => inline_words(*len, bytes) == inline_words(*other_len, other_bytes),
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Key {}

impl PartialEq<str> for Key {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Key {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The same hash as the `str` it borrows as, so maps keyed by `Key` take `&str` lookups.
        self.as_str().hash(state)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The comparison-key byte of every ASCII byte: lower case, backquote folded to an apostrophe.
const ASCII_FOLD: [u8; 128] = {
    let mut fold = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        fold[b] = match b as u8 {
            b'`' => b'\'',
            other => other.to_ascii_lowercase(),
        };
        b += 1;
    }
    fold
};

/// Numbers for comparison keys: the same number for the same key, counting up from 0.
///
/// The diff numbers every word of both texts, so this is its own small open-addressing table
/// over [`Key::word_hash`] rather than a `HashMap` of strings: hashing strings byte by byte
/// and the map's generic probing were a fifth of a diff in the size-optimised wasm.
pub(crate) struct KeyInterner<'t> {
    /// `slots[i]` is 0 when empty, else 1 + the id of the key stored there.
    slots: Vec<u32>,
    /// The keys by id, and their fingerprints ([`Key::fingerprint`]): comparing those needs
    /// no trip to the tokens, which lie all over memory.
    keys: Vec<(Option<[u64; 3]>, &'t Key)>,
}

impl<'t> KeyInterner<'t> {
    /// An interner with room for `expected` distinct keys before it grows.
    pub(crate) fn with_capacity(expected: usize) -> Self {
        KeyInterner {
            slots: vec![0; (expected * 2).next_power_of_two().max(16)],
            keys: Vec::with_capacity(expected),
        }
    }

    /// How many distinct keys have ids.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// The id of `key`, a new one if it is new.
    pub(crate) fn id(&mut self, key: &'t Key) -> u32 {
        // At most half full, so a probe always meets an empty slot.
        if self.keys.len() * 2 >= self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let fingerprint = key.fingerprint();
        let hash = fingerprint.map_or_else(|| key.word_hash(), fingerprint_hash);
        let mut at = slot_of(hash, self.slots.len());
        // Slices, not the vectors: the size-optimised wasm calls `Vec`'s `Index` as a
        // function on every probe, a slice index is inline.
        let (slots, keys) = (&mut self.slots[..], &self.keys[..]);
        loop {
            let taken = slots[at];
            if taken == 0 {
                let id = keys.len() as u32;
                slots[at] = id + 1;
                self.keys.push((fingerprint, key));
                return id;
            }
            let same = match (fingerprint, &keys[(taken - 1) as usize]) {
                // Word by word: comparing the arrays is a call to a loop there.
                (Some([a0, a1, a2]), (Some([b0, b1, b2]), _)) => {
                    a0 == *b0 && a1 == *b1 && a2 == *b2
                }
                (None, (None, theirs)) => *theirs == key,
                _ => false,
            };
            if same {
                return taken - 1;
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let mask = self.slots.len() * 2 - 1;
        let mut slots = vec![0u32; mask + 1];
        for (id, (_, key)) in self.keys.iter().enumerate() {
            let mut at = slot_of(key.word_hash(), mask + 1);
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = id as u32 + 1;
        }
        self.slots = slots;
    }
}

/// The first slot to probe for `hash` in a table of `len` slots (a power of two): the hash's
/// top bits, since a multiplicative hash mixes its input into the high bits.
fn slot_of(hash: u64, len: usize) -> usize {
    (hash >> (64 - len.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn interned_ids_count_up_and_repeat_for_equal_keys(
            // Short and long keys (inline and heap), few enough to repeat; the table grows.
            words in proptest::collection::vec("[ab]{1,3}|[ab]{23,24}", 0..200),
        ) {
            let keys: Vec<Key> = words.iter().map(|w| Key::new(w)).collect();
            let mut interner = KeyInterner::with_capacity(1);
            let mut expected: std::collections::HashMap<&str, u32> = Default::default();
            for (word, key) in words.iter().zip(&keys) {
                let next = expected.len() as u32;
                let want = *expected.entry(word.as_str()).or_insert(next);
                proptest::prop_assert_eq!(interner.id(key), want);
            }
            proptest::prop_assert_eq!(interner.len(), expected.len());
        }
    }
}
