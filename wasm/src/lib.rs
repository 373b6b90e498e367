//! The JS face of portin-validator: the `wasm-bindgen` API ([`api`]) and the browser form helper
//! ([`form`]) over the pure core, the `portin-validator` crate. One direction of dependency:
//! form -> api -> core. Nothing here decides a verdict; it converts JS values and calls the core.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod api;
pub mod form;

/// Talc instead of the standard library's dlmalloc: -2,754 bytes gzip, and as fast or faster
/// (A/B in one Node process: `parseTnList` of 100,000 numbers 0.68x the time, `validateOrder` of
/// 999 TNs 0.89x, of the 10,000-row spreadsheet 1.01x). Binned, so it keeps none of lol_alloc's
/// slowdown with many live allocations (docs/performance.md). Out of memory still traps.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
