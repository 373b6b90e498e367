//! A seeded xorshift for the unit tests' random cases: reproducible without a dependency.

/// `next(n)`: a number in `0..n` (n > 0), the same sequence for the same seed.
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}
