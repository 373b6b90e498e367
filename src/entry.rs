//! The entry points: one function per JS export, named as it is in snake_case, and
//! [`validate_json`] for Rust services. Each takes loosely typed input through a [`Source`] (a JS
//! value, a [`crate::input::Value`], a [`crate::json::Json`]) and, where
//! the answer depends on the time, a `now` the caller is asked for the current instant (ISO-8601)
//! only when the options give neither `today` nor `now`: the core has no clock of its own.
//!
//! Each `X` reads its input and then evaluates it; `X_read` is the evaluation alone, for callers
//! that already hold the read values (the form helper reads a form once per keystroke).

use crate::answers::area_code::{self as area_code_answer, AreaCodeAnswer};
use crate::answers::dates::{self as schedule, EarliestDates};
use crate::answers::editable::{self, EditableFields};
use crate::answers::tn_list::{self, ListReport};
use crate::clock::{self, Clock};
use crate::input::{Shape, Source};
use crate::issue::{Issue, Report, TnSummary};
use crate::live::{self, ListMemo, MemoReport};
use crate::numbering::check::AreaRules;
use crate::options::{self, Options};
use crate::order::{self, Order, Origin};
use crate::rejection::{self, registry::Custom, Registry};
use crate::rules;
use crate::status;

/// Type of the `now` argument: asked at most once, only when the options do not say when it is.
pub trait Now: FnOnce() -> Option<String> {}
impl<F: FnOnce() -> Option<String>> Now for F {}

/// Validates an order a Rust service has as JSON: any key casing and the SDKs' shapes, or the
/// provider's XML as a JSON string. Every rule runs; `options` say when it is (`today` or `now`:
/// without either, the date rules report `date.today_unknown` instead of timing the order) and
/// hold the limits. Problems reading the order come first in the report, at their paths.
///
/// ```
/// use portin_validator::{validate_json, Options, Severity};
///
/// let order = serde_json::json!({ "ListOfPhoneNumbers": ["9192460142"], "PortType": "AUTOMATED_ON_NET" });
/// let report = validate_json(&order, &Options { today: Some("2026-11-23".into()), ..Options::default() });
/// for issue in report.issues.iter().filter(|i| i.severity == Severity::Error) {
///     println!("{issue}"); // billingTelephoneNumber: error btn.required: ...
/// }
/// assert!(report.issues.iter().any(|i| i.code.as_str() == "btn.required"));
/// ```
#[cfg(feature = "serde")]
pub fn validate_json(order: &serde_json::Value, options: &Options) -> Report {
    let mut issues = Vec::new();
    match order::read(&crate::json::Json::new(order), &mut issues) {
        Some(order) => validate_order_read(&order, options, issues, || None),
        None => Report::new(issues, TnSummary::default()),
    }
}

/// `validateOrder(order, options?)`: reads the order and the options, reporting every wrong-typed
/// field at its path, then runs every rule. XML whose root is `<LnpOrderSupp>` is a supplement
/// (R-EDIT-SUPP), as `options.supp` says of any order.
pub fn validate_order<S: Source>(order: &S, options: &S, now: impl Now) -> Report {
    let mut issues = Vec::new();
    match read_to_validate(order, options, &mut issues) {
        Some((order, opts)) => validate_order_read(&order, &opts, issues, now),
        None => Report::new(issues, TnSummary::default()),
    }
}

/// The order and options [`validate_order`] validates, as it reads them (an `<LnpOrderSupp>`
/// turns `supp` on); `None` when the order cannot be read. The wasm crate's `orderSchema` reads
/// through it too, so both judge the same order.
pub fn read_to_validate<S: Source>(order: &S, options: &S, issues: &mut Vec<Issue>) -> Option<(Order, Options)> {
    let mut opts = options::read(options, issues);
    let (order, origin) = order::read_any(order, &[], issues)?;
    opts.supp |= origin == Origin::Xml { request: true, supp: true };
    Some((order, opts))
}

/// [`validate_order`] for an order and options already read; `issues` are those found reading
/// them, and come first in the report.
fn validate_order_read(order: &Order, opts: &Options, mut issues: Vec<Issue>, now: impl Now) -> Report {
    let mut report = rules::validate(order, &clock::with_now(opts, now));
    issues.append(&mut report.issues);
    Report::new(issues, report.tns)
}

/// [`validate_order`] for an order and options already read, through a [`ListMemo`] the caller keeps
/// between validations of the same order (the form helper, per keystroke): the TN list is worked out again only when it or
/// the day changed. Same verdicts as [`validate_order`]; the list entries' issues stay in
/// the memo, at `at` in the report ([`ListMemo::into_full`] puts them there).
pub fn validate_order_memo(
    order: &Order,
    opts: &Options,
    mut issues: Vec<Issue>,
    now: impl Now,
    memo: &mut ListMemo,
) -> MemoReport {
    let MemoReport { mut report, at } = live::memo::validate(order, &clock::with_now(opts, now), memo);
    let at = at + issues.len();
    let ok = report.ok && !issues.iter().any(Issue::is_error);
    issues.append(&mut report.issues);
    report.issues = issues;
    report.ok = ok;
    MemoReport { report, at }
}

/// `parseTnList(list, options?)`: a pasted TN list (text, or an array of numbers) on its own,
/// each TN's area code judged on the options' day with their `extraAreaCodes` (R-TN-COUNTRY,
/// R-TN-AREA-CODE); `now` is asked only when the options give no day.
pub fn parse_tn_list<S: Source>(list: &S, options: &S, now: impl Now) -> ListReport {
    let mut issues = Vec::new();
    let opts = options::read(options, &mut issues);
    let opts = clock::with_now(&opts, now);
    let clock = Clock::from_options(&opts, &mut issues);
    let list = order::read_tn_input(list, &[], &mut issues);
    let order = Order { list_of_phone_numbers: list, ..Order::empty() };
    let area = AreaRules::new(clock.today, &opts.extra_area_codes);
    let facts = rules::Facts::new(&order, area, &mut issues);
    tn_list::answer(facts, issues)
}

/// `editableFields(order, options?)`: may the order be edited at all, and which fields. Never
/// fails: a value that is not an object gives `editable: false` with the reason.
pub fn editable_fields<S: Source>(order: &S, options: &S, now: impl Now) -> EditableFields {
    let mut warnings = Vec::new();
    let Some(order) = order::read(order, &mut warnings) else {
        return editable::not_an_order(warnings);
    };
    let mut found = Vec::new();
    let opts = options::read(options, &mut found);
    editable_fields_read(&order, &opts, found, warnings, now)
}

/// [`editable_fields`] for an order and options already read; `found` are the problems reading
/// the options, `warnings` those reading the order.
pub fn editable_fields_read(
    order: &Order,
    opts: &Options,
    mut found: Vec<Issue>,
    mut warnings: Vec<Issue>,
    now: impl Now,
) -> EditableFields {
    let clock = Clock::from_options(&clock::with_now(opts, now), &mut found);
    // `original` plays no part here, so its own problems are not this answer's.
    found.retain(|i| !i.path.starts_with(&[crate::issue::Seg::Key("original")]));
    warnings.append(&mut found);
    editable::answer(order, &clock, warnings)
}

/// `earliestRequestedDate(options?)`: the earliest acceptable and recommended requested dates.
pub fn earliest_requested_date<S: Source>(options: &S, now: impl Now) -> EarliestDates {
    let mut ignored = Vec::new();
    earliest_requested_date_read(&options::read(options, &mut ignored), now)
}

/// [`earliest_requested_date`] with options already read.
pub fn earliest_requested_date_read(opts: &Options, now: impl Now) -> EarliestDates {
    schedule::earliest(&clock::with_now(opts, now))
}

/// `isBusinessDay(date, options?)`: `false` for anything that is not a date.
pub fn is_business_day<S: Source>(date: &S, options: &S) -> bool {
    schedule::is_business_day(date, options)
}

/// `focExpiry(focDate, options?)`: the last business day a FOC is valid, `""` for a non-date.
pub fn foc_expiry<S: Source>(foc_date: &S, options: &S) -> String {
    schedule::foc_expiry(foc_date, options)
}

/// `explainStatus(status, kind?)`.
pub fn explain_status<S: Source>(status: &S, kind: &S) -> status::Explanation {
    status::explain(status, kind)
}

/// `explainRejection(input)`, with the operator's entries (`registry`) looked up first.
pub fn explain_rejection<S: Source>(input: &S, registry: &Registry) -> rejection::Explanation {
    explain_rejection_read(&rejection::read_input(input), registry)
}

/// [`explain_rejection`] for input already read (the JS layer reads it before it borrows the
/// registry, so that no JS runs while the registry is borrowed).
pub fn explain_rejection_read(input: &rejection::Input, registry: &Registry) -> rejection::Explanation {
    rejection::explain(input, registry)
}

/// The entries of `registerRejectionCodes(entries)`, read and checked, to insert into a
/// [`Registry`]; the issues say what was refused.
pub fn read_rejection_codes<S: Source>(entries: &S) -> (Vec<(u32, Custom)>, Vec<Issue>) {
    rejection::registry::read_entries(entries)
}

/// `areaCode(npa, options?)`: what the numbering plan says of an area code on the options' today.
pub fn area_code<S: Source>(npa: &S, options: &S, now: impl Now) -> AreaCodeAnswer {
    let mut ignored = Vec::new();
    let opts = options::read(options, &mut ignored);
    area_code_answer::answer(npa, &clock::with_now(&opts, now))
}

/// What `readOrder` answers: the canonical order (`{}` when the input is not one), the issues
/// found reading it, and whether it came from an object or XML text.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ReadOrder {
    pub order: Order,
    pub issues: Vec<Issue>,
    /// `"object"` or `"xml"`; `"object"` too for input that is neither.
    pub source: &'static str,
}

/// `readOrder(input)`: any accepted shape (an object in any key casing, the SDKs' shapes, the
/// XML of an `<LnpOrder>`, `<LnpOrderSupp>`, `<LnpOrderResponse>`, `<LsrOrder>` or
/// `<LsrOrderResponse>`) as the canonical order. Only reading: no rule runs.
pub fn read_order<S: Source>(input: &S) -> ReadOrder {
    let mut issues = Vec::new();
    match order::read_any(input, &[], &mut issues) {
        Some((order, origin)) => ReadOrder { order, issues, source: origin.as_str() },
        None => {
            let xml = input.shape() == crate::input::Shape::Text;
            ReadOrder { order: Order::empty(), issues, source: if xml { "xml" } else { "object" } }
        }
    }
}

/// What `applySupp` answers: the saved order after the supplement, and the issues found reading
/// both and applying it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Applied {
    pub order: Order,
    pub issues: Vec<Issue>,
}

/// `applySupp(original, supp)`: the saved order (any accepted shape, a GET's XML included) after
/// the provider applies the supplement (R-EDIT-SUPP). The saved order's reading issues stand
/// under `["original", ...]`; an unreadable supplement leaves the saved order as it was, and an
/// unreadable saved order is taken as an empty one.
pub fn apply_supp<S: Source>(original: &S, supp: &S) -> Applied {
    let mut issues = Vec::new();
    let saved = order::read_at(original, &[crate::issue::Seg::Key("original")], &mut issues);
    let saved = saved.unwrap_or_else(Order::empty);
    let order = match order::read(supp, &mut issues) {
        Some(body) => order::supp::apply(&saved, &body, &mut issues),
        None => saved,
    };
    Applied { order, issues }
}

/// `toLnpOrderXml(order, { supp })`: the body to POST (`<LnpOrder>`) or PUT (`<LnpOrderSupp>`
/// when `supp` is true) for an order of any accepted shape; `xml` is `""` when there is none (an
/// LSR, input that is not an order), and `issues` say what was left out and why.
///
/// With `supp` and `original` (the saved order, any accepted shape), the `<LnpOrderSupp>` that
/// makes the saved order into this one: what changed and what must go with it (R-EDIT-SUPP).
pub fn to_lnp_order_xml<S: Source>(order: &S, options: &S) -> order::body::Body {
    let mut issues = Vec::new();
    let supp = crate::options::flag(options, "supp", &mut issues).unwrap_or(false);
    let original = options.get("original").ok().filter(|v| supp && !matches!(v.shape(), Shape::Missing | Shape::Null));
    let saved = original.and_then(|v| order::read_at(&v, &[crate::issue::Seg::Key("original")], &mut issues));
    match (order::read(order, &mut issues), saved) {
        (Some(order), Some(saved)) => order::supp::write_change(&saved, &order, issues),
        (Some(order), None) => to_lnp_order_xml_read(&order, supp, issues),
        (None, _) => order::body::Body { issues, ..Default::default() },
    }
}

/// [`to_lnp_order_xml`] for an order already read; `issues` are those found reading it.
fn to_lnp_order_xml_read(order: &Order, supp: bool, issues: Vec<Issue>) -> order::body::Body {
    order::body::write(order, supp, issues)
}
