//! Bounds on work per call, so that no input, however large, can stall the page.
//!
//! Anything above a limit is refused with an issue that names the limit, before the expensive
//! work starts.

/// A pasted TN list, in characters (UTF-16 units as JS counts them): 2 MiB.
pub const MAX_LIST_TEXT: u32 = 2 * 1024 * 1024;

/// Entries in a TN list (pasted or an array).
pub const MAX_LIST_ENTRIES: u32 = 100_000;

/// Any other text field, in characters. Real fields are at most a few dozen characters long.
pub const MAX_FIELD_TEXT: u32 = 10_000;
