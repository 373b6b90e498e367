//! What a live form needs on top of the rules: the list's work kept between keystrokes
//! ([`memo`]) and the report as a person reads it, grouped with its words ([`summary`]). The
//! form helper and `orderSchema` use it; one-shot callers never pay for it.

pub mod memo;
pub mod summary;

pub use memo::{ListMemo, MemoReport};
