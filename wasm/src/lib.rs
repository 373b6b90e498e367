//! The JS face of portin-validator: the `wasm-bindgen` API ([`api`]) and the browser form helper
//! ([`form`]) over the pure core, the `portin-validator` crate. One direction of dependency:
//! form -> api -> core. Nothing here decides a verdict; it converts JS values and calls the core.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod api;
pub mod form;
