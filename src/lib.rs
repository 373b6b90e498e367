//! portin-validator: checks US telephone-number port-in orders (and LSRs) before they are
//! submitted, with the same verdicts natively, in Node and in the browser.
//!
//! Layers, one direction of dependency: [`form`] (browser form helper) -> [`api`] (the
//! `wasm-bindgen` boundary) -> the pure core (every other module), which knows nothing of JS or
//! the DOM and never reads the clock.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod calendar;
pub mod clock;
pub mod date;
pub mod eastern;
pub mod input;
pub mod issue;
pub mod limits;
pub mod options;
pub mod order;
pub mod order_type;
pub mod rejection;
pub mod rules;
pub mod schedule;
pub mod status;
pub mod text;
pub mod tn;
pub mod tn_list;
pub mod xml;

pub mod api;
pub mod form;

pub use input::{Source, Value};
pub use issue::{Issue, Report, Severity, TnSummary};
pub use options::Options;
pub use order::Order;
pub use rules::ListReport;
pub use tn::{Tn, TnError};

/// Validates an order given as loosely typed input (a JS object or [`Value`]): reads the order
/// and the options, reporting every wrong-typed field at its path, then runs every rule.
///
/// `now` is asked for the current instant (ISO-8601) only when the options give neither `today`
/// nor `now`; the core has no clock of its own.
pub fn validate_input<S: Source>(order: &S, options: &S, now: impl FnOnce() -> Option<String>) -> Report {
    let mut issues = Vec::new();
    let opts = options::read(options, &mut issues);
    validate_with(order, &opts, issues, now)
}

/// [`validate_input`] with options already read (the form helper reads them once); `issues` are
/// those found so far (e.g. reading the options) and come first in the report.
pub fn validate_with<S: Source>(
    order: &S,
    opts: &Options,
    mut issues: Vec<Issue>,
    now: impl FnOnce() -> Option<String>,
) -> Report {
    match order::read(order, &mut issues) {
        Some(order) => validate_read(&order, opts, issues, now),
        None => Report::new(issues, TnSummary::default()),
    }
}

/// [`validate_with`] for an order already read.
pub fn validate_read(
    order: &Order,
    opts: &Options,
    mut issues: Vec<Issue>,
    now: impl FnOnce() -> Option<String>,
) -> Report {
    let mut report = rules::validate(order, &clock::with_now(opts, now));
    issues.append(&mut report.issues);
    Report::new(issues, report.tns)
}

/// Parses a pasted TN list (text, or an array of numbers) into the `parseTnList` result.
pub fn parse_tn_list_input<S: Source>(src: &S) -> ListReport {
    let mut issues = Vec::new();
    let list = order::read_tn_input(src, &[], &mut issues);
    let order = Order { list_of_phone_numbers: list, ..Order::default() };
    let facts = rules::Facts::new(&order, &mut issues);
    rules::list_report(facts, issues)
}
