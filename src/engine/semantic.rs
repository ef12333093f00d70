//! The word model: a static vector for every word, so that two words with one meaning
//! (`unrest` · `turmoil`, `harbour` · `port`) count as near, where the lexical features only
//! see two different words. The vectors are distilled from a sentence-embedding model
//! (`scripts/distill-words`: all-MiniLM-L6-v2, the model2vec method): one int8 vector per
//! WordPiece token; a word's vector is the mean of its tokens' (`flashpoints` = `flash` +
//! `##point` + `##s`).
//!
//! The model is optional and separate: the CLI carries it (when it was built, see `build.rs`),
//! the page's worker fetches it after the first, lexical, result is shown. Without it the
//! engine matches on words alone. [`load`] installs it once for the whole process.
//!
//! Cost: a word's vector is a few hash lookups (greedy longest-match WordPiece over at most
//! [`MAX_WORD_CHARS`] characters) and one pass over its tokens' rows.

use crate::engine::normalize::Lowercase;
use std::sync::OnceLock;

use super::fasthash::FastMap;
use super::normalize::fold_accents;

/// Words longer than this have no vector (WordPiece would try every prefix of every suffix).
pub const MAX_WORD_CHARS: usize = 40;

/// The file's first bytes, and its format's version.
const MAGIC: &[u8; 5] = b"VBWV\x01";

/// Static word vectors (see the module docs).
#[derive(Debug)]
pub struct WordVectors {
    dims: usize,
    /// Token → its row.
    rows: FastMap<String, u32>,
    /// Each row's scale: row value × scale is the vector's component.
    scales: Vec<f32>,
    /// The rows, `dims` values each.
    data: Vec<i8>,
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub &'static str);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the word model cannot be read: {}", self.0)
    }
}

impl WordVectors {
    /// Reads the model file `scripts/distill-words` writes.
    pub fn parse(bytes: &[u8]) -> Result<WordVectors, ModelError> {
        let mut at = 0usize;
        let mut take = |n: usize| -> Result<&[u8], ModelError> {
            let end = at.checked_add(n).filter(|&e| e <= bytes.len());
            let end = end.ok_or(ModelError("it is cut short"))?;
            let out = &bytes[at..end];
            at = end;
            Ok(out)
        };
        if take(MAGIC.len())? != MAGIC {
            return Err(ModelError("it is not a Verbatim word model"));
        }
        let u32_at = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
        let count = u32_at(take(4)?);
        let dims = u32_at(take(4)?);
        if count == 0 || !(1..=1024).contains(&dims) {
            return Err(ModelError("its sizes are out of range"));
        }
        let mut rows = FastMap::default();
        rows.reserve(count);
        for row in 0..count {
            let len = take(1)?[0] as usize;
            let token =
                std::str::from_utf8(take(len)?).map_err(|_| ModelError("a token is not UTF-8"))?;
            rows.insert(token.to_string(), row as u32);
        }
        let scales: Vec<f32> = take(count * 4)?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let data: Vec<i8> = take(count * dims)?.iter().map(|&b| b as i8).collect();
        Ok(WordVectors {
            dims,
            rows,
            scales,
            data,
        })
    }

    /// The vector of `word` (any case, accents folded), of unit length; `None` for a word
    /// WordPiece cannot spell, or too long.
    pub fn vector(&self, word: &str) -> Option<Vec<f32>> {
        let word = fold_accents(&word.lowercase());
        let chars: Vec<char> = word.chars().collect();
        if chars.is_empty() || chars.len() > MAX_WORD_CHARS {
            return None;
        }
        let mut sum = vec![0f32; self.dims];
        let mut start = 0;
        let mut piece = String::new();
        while start < chars.len() {
            let mut end = chars.len();
            let row = loop {
                if end == start {
                    return None;
                }
                piece.clear();
                if start > 0 {
                    piece.push_str("##");
                }
                piece.extend(&chars[start..end]);
                if let Some(&row) = self.rows.get(piece.as_str()) {
                    break row as usize;
                }
                end -= 1;
            };
            let scale = self.scales[row];
            let values = &self.data[row * self.dims..(row + 1) * self.dims];
            for (s, &v) in sum.iter_mut().zip(values) {
                *s += f32::from(v) * scale;
            }
            start = end;
        }
        let norm = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
        (norm > 0.0).then(|| sum.iter().map(|x| x / norm).collect())
    }
}

/// The cosine of two unit vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

static MODEL: OnceLock<WordVectors> = OnceLock::new();

/// Installs the word model for every comparison from now on (only the first call counts).
pub fn load(bytes: &[u8]) -> Result<(), ModelError> {
    if MODEL.get().is_none() {
        let model = WordVectors::parse(bytes)?;
        let _ = MODEL.set(model);
    }
    Ok(())
}

/// The word model, once [`load`]ed.
pub fn model() -> Option<&'static WordVectors> {
    MODEL.get()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A model file of `tokens` with their vectors.
    pub(crate) fn model_file(tokens: &[(&str, [i8; 3])]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((tokens.len() as u32).to_le_bytes());
        out.extend(3u32.to_le_bytes());
        for (t, _) in tokens {
            out.push(t.len() as u8);
            out.extend(t.as_bytes());
        }
        for _ in tokens {
            out.extend(1.0f32.to_le_bytes());
        }
        for (_, v) in tokens {
            out.extend(v.iter().map(|&x| x as u8));
        }
        out
    }

    #[test]
    fn a_word_is_the_mean_of_its_pieces() {
        let file = model_file(&[
            ("harbour", [100, 0, 0]),
            ("port", [90, 10, 0]),
            ("flash", [0, 100, 0]),
            ("##point", [0, 0, 100]),
        ]);
        let m = WordVectors::parse(&file).unwrap();
        let (h, p) = (m.vector("Harbour").unwrap(), m.vector("port").unwrap());
        assert!(cosine(&h, &p) > 0.9);
        let f = m.vector("flashpoint").unwrap();
        assert!((f[1] - f[2]).abs() < 1e-6 && f[0] == 0.0, "{f:?}");
        assert_eq!(m.vector("xyz"), None, "no piece spells it");
        assert_eq!(m.vector(&"a".repeat(MAX_WORD_CHARS + 1)), None);
    }

    #[test]
    fn a_broken_file_is_refused() {
        let file = model_file(&[("port", [1, 2, 3])]);
        assert!(WordVectors::parse(&file[..file.len() - 1]).is_err());
        assert!(WordVectors::parse(b"not a model").is_err());
        assert!(WordVectors::parse(&[]).is_err());
    }
}
