//! A fast, non-cryptographic hasher for the engine's hash maps.
//!
//! The standard SipHash resists hash flooding, which matters for servers fed by strangers; here
//! every input is the user's own text in their own browser, and hashing words was a tenth of a
//! diff. This is the multiply-rotate hash of rustc's FxHasher.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Multiply-rotate hashing of 8 bytes at a time (rustc's FxHasher).
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

// Hashing runs once per word of a text; the page's wasm is built for size, where these tiny
// functions would otherwise stay calls.
impl FastHasher {
    #[inline(always)]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline(always)]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline(always)]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline(always)]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline(always)]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline(always)]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_differ_in_one_byte_hash_apart() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<FastHasher>::default();
        assert_ne!(build.hash_one("harbour"), build.hash_one("harbous"));
        assert_ne!(build.hash_one("ab"), build.hash_one("ba"));
        assert_eq!(build.hash_one("harbour"), build.hash_one("harbour"));
    }
}
