//! portin-validator: checks US telephone-number port-in orders (and LSRs) before they are
//! submitted, with the same verdicts natively, in Node and in the browser.
//!
//! This crate is the pure core: it knows nothing of JS or the DOM and never reads the clock (the
//! current instant always comes in from the caller). The `portin-validator-wasm` crate (`wasm/`)
//! puts the `wasm-bindgen` API and the browser form helper on top of it.
//!
//! Start at [`entry`]: one function per JS export, taking loosely typed input through a
//! [`Source`] ([`Value`] here, [`Json`] for a parsed `serde_json::Value`, a JS value in the wasm
//! crate). Every answer is data: a [`Report`] of [`Issue`]s, each with a path, a stable [`Code`],
//! a severity and a message.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod answers;
pub mod calendar;
pub mod clock;
pub mod code;
pub mod date;
pub mod eastern;
pub mod entry;
pub mod input;
pub mod issue;
#[cfg(feature = "serde")]
pub mod json;
pub mod limits;
pub mod live;
pub mod numbering;
pub mod options;
pub mod order;
pub mod order_type;
pub mod rejection;
pub mod rules;
pub mod severity;
pub mod status;
#[cfg(test)]
mod test_rng;
pub mod text;
pub mod tn;
pub mod tn_list;
pub mod xml;

pub use answers::tn_list::ListReport;
pub use code::Code;
pub use entry::*;
pub use input::{Source, Value};
pub use issue::{Issue, Report, Severity, TnSummary};
#[cfg(feature = "serde")]
pub use json::Json;
pub use options::Options;
pub use order::Order;
pub use tn::{Tn, TnError};
