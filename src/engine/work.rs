//! A count of the engine's steps, for the pathological-input tests: each loop whose length
//! depends on more than one input's size (alignment cells, candidate postings, pairs of
//! spellings, pairs of figures, links between statements, …) adds its steps here, so a test can
//! assert that the work stays within a budget proportional to the input (a counter, never a
//! wall clock). Counting costs one thread-local add per loop, not per step.

use std::cell::Cell;

thread_local! {
    static STEPS: Cell<u64> = const { Cell::new(0) };
}

/// Adds `steps` to this thread's count.
#[inline]
pub fn add(steps: usize) {
    STEPS.with(|s| s.set(s.get().saturating_add(steps as u64)));
}

/// This thread's count since the last call, which starts it again from zero.
pub fn take() -> u64 {
    STEPS.with(|s| s.replace(0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_and_starts_again() {
        super::take();
        super::add(3);
        super::add(4);
        assert_eq!(super::take(), 7);
        assert_eq!(super::take(), 0);
    }
}
