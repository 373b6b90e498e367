//! The issue codes against their three descriptions: the README's rules table, the published
//! `IssueCode` type (js/api.d.ts), and what the entry points actually emit. `Code::ALL`
//! (src/code.rs) is the one list; each test says which code is missing, extra or different.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod cases;
mod common;

use std::collections::{BTreeMap, BTreeSet};

use cases::{lsr, port_in, with, with_all, NOW};
use common::{dotted, v};
use portin_validator::internal::input::Unreadable;
use portin_validator::internal::limits::{MAX_FIELD_TEXT, MAX_LIST_ENTRIES};
use portin_validator::internal::rejection::registry::MAX_ENTRIES;
use portin_validator::internal::rejection::Registry;
use portin_validator::{
    editable_fields, parse_tn_list, to_lnp_order_xml, validate_order, Code, Issue, Severity, Value,
};
use serde_json::{json, Value as J};

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// `error/warning`: a code's severities as the README writes them.
fn severities_cell(code: Code) -> String {
    code.severities().iter().map(|s| severity_name(*s)).collect::<Vec<_>>().join("/")
}

// ---------------------------------------------------------------------------------------------
// The README's rules table.

/// The rows of the README's rules summary: `(code, (rule, severity))`, the cells as written.
fn readme_rows() -> Vec<(String, (String, String))> {
    let readme = include_str!("../README.md");
    let header = "| rule | code | severity | what it means |";
    let mut lines = readme.lines().skip_while(|l| l.trim() != header);
    assert!(lines.next().is_some(), "README.md has no rules table (header {header:?})");
    lines
        .skip(1) // |---|---|...
        .take_while(|l| l.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
            assert!(cells.len() >= 4, "README row with fewer than 4 cells: {line}");
            let code = cells[1].trim_matches('`').to_string();
            (code, (cells[0].to_string(), cells[2].to_string()))
        })
        .collect()
}

/// The row the README should have for `code`.
fn expected_row(code: Code) -> (String, String) {
    (code.rule().unwrap_or("—").to_string(), severities_cell(code))
}

#[test]
fn the_readme_lists_every_code_exactly() {
    let rows = readme_rows();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (code, _) in &rows {
        if !seen.insert(code.as_str()) {
            problems.push(format!("twice: `{code}`"));
        }
    }
    let written: BTreeMap<&str, &(String, String)> = rows.iter().map(|(c, r)| (c.as_str(), r)).collect();
    for &code in Code::ALL {
        let (rule, severity) = expected_row(code);
        match written.get(code.as_str()) {
            None => problems.push(format!("missing: | {rule} | `{code}` | {severity} | ... |")),
            Some((r, s)) if *r != rule || *s != severity => problems.push(format!(
                "different: | {r} | `{code}` | {s} | ... | should be | {rule} | `{code}` | {severity} | ... |"
            )),
            Some(_) => {}
        }
    }
    for (code, (rule, severity)) in &rows {
        if Code::from_name(code).is_none() {
            problems.push(format!("extra (no such code): | {rule} | `{code}` | {severity} | ... |"));
        }
    }
    assert!(problems.is_empty(), "README.md rules table vs src/code.rs:\n{}", problems.join("\n"));
    // In the table's order too, so that the README reads like src/code.rs.
    let order: Vec<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(order, all, "README.md rules table: not in the order of src/code.rs");
}

// ---------------------------------------------------------------------------------------------
// The published type.

/// The members of `export type IssueCode = ...;` in a .d.ts.
fn issue_code_union(dts: &str) -> Vec<String> {
    let start = "export type IssueCode =";
    let at = dts.find(start).unwrap_or_else(|| panic!("no {start:?}"));
    let rest = &dts[at + start.len()..];
    let body = &rest[..rest.find(';').unwrap_or_else(|| panic!("IssueCode has no closing ;"))];
    body.split('|')
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(|m| {
            assert!(
                m.len() >= 2 && m.starts_with('"') && m.ends_with('"'),
                "IssueCode member {m:?} is not a string literal"
            );
            m[1..m.len() - 1].to_string()
        })
        .collect()
}

#[test]
fn the_published_type_lists_every_code_in_order() {
    let all: Vec<String> = Code::ALL.iter().map(|c| c.as_str().to_string()).collect();
    let (file, dts) = ("js/api.d.ts", include_str!("../js/api.d.ts"));
    let union = issue_code_union(dts);
    let missing: Vec<&String> = all.iter().filter(|c| !union.contains(c)).collect();
    let extra: Vec<&String> = union.iter().filter(|c| !all.contains(c)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "{file}: IssueCode misses {missing:?}, has extra {extra:?}");
    assert_eq!(union, all, "{file}: IssueCode is not in the order of Code::ALL");
    assert!(dts.contains("  code: IssueCode;"), "{file}: Issue.code is not an IssueCode");
}

// ---------------------------------------------------------------------------------------------
// Every code can be emitted.

/// One call of an entry point.
enum Input {
    /// `validateOrder(order, options)`, with no clock: options without `now`/`today` mean today
    /// is not known.
    Order(J, J),
    /// `validateOrder(edited, { original: saved, ...options })`.
    Edit(J, J, J),
    /// `validateOrder` with values JSON cannot hold (unreadable, over a limit).
    Raw(Value, Value),
    /// `parseTnList(list)`.
    List(Value),
    /// `editableFields(order, options)`: its warnings.
    Fields(J, J),
    /// `registerRejectionCodes(entries)`, once per list, on one registry: the issues of all.
    Register(Vec<Value>),
    /// `toLnpOrderXml(order, { supp })`: its issues.
    Xml(J, bool),
}

struct Case {
    code: Code,
    name: &'static str,
    input: Input,
    /// The rule the issue names when its context is another rule's than the code's (the TN
    /// codes of a BTN are R-TN-BTN's); `None`: the code's own, `code.rule()`.
    under: Option<&'static str>,
}

impl Case {
    fn under(self, rule: &'static str) -> Case {
        Case { under: Some(rule), ..self }
    }

    /// The same order checked with `options` instead.
    fn with_options(self, options: J) -> Case {
        match self.input {
            Input::Order(order, _) => Case { input: Input::Order(order, options), ..self },
            _ => self,
        }
    }
}

/// Codes no input can produce, with the reason. None so far.
const UNREACHABLE: &[(Code, &str)] = &[];

fn issues(input: &Input) -> Vec<Issue> {
    match input {
        Input::Order(order, options) => validate_order(&v(order.clone()), &v(options.clone()), || None).issues,
        Input::Edit(saved, edited, options) => {
            let mut options = options.clone();
            options["original"] = saved.clone();
            validate_order(&v(edited.clone()), &v(options), || None).issues
        }
        Input::Raw(order, options) => validate_order(order, options, || None).issues,
        Input::List(list) => {
            let report = parse_tn_list(list, &Value::Missing, || None);
            report.invalid.into_iter().map(|e| e.issue).chain(report.issues).collect()
        }
        Input::Fields(order, options) => editable_fields(&v(order.clone()), &v(options.clone()), || None).warnings,
        Input::Xml(order, supp) => to_lnp_order_xml(&v(order.clone()), &v(json!({ "supp": supp }))).issues,
        Input::Register(calls) => {
            let mut registry = Registry::default();
            calls.iter().flat_map(|entries| registry.register(entries).issues).collect()
        }
    }
}

/// A supplement that changes the requested date alone (the Python SDK's update call).
const DATE_SUPP: &str = "<LnpOrderSupp><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>";

fn at_now() -> J {
    json!({ "now": NOW })
}

/// The valid port-in, requested for `date`, checked at [`NOW`].
fn requested(date: &str) -> Input {
    Input::Order(with(port_in(), "requestedFocDate", json!(date)), at_now())
}

fn order(fields: &[(&str, J)]) -> Input {
    Input::Order(with_all(port_in(), fields), at_now())
}

fn lsr_order(fields: &[(&str, J)]) -> Input {
    Input::Order(with_all(lsr(), fields), at_now())
}

fn list(entries: &[&str]) -> Input {
    Input::List(v(json!(entries)))
}

/// A submitted port-in of `port_type`, in `status`.
fn submitted(port_type: &str, status: &str) -> J {
    with_all(port_in(), &[("portType", json!(port_type)), ("status", json!(status))])
}

/// An edit of `saved` that sets `fields`, at [`NOW`].
fn edit(saved: J, fields: &[(&str, J)]) -> Input {
    let edited = with_all(saved.clone(), fields);
    Input::Edit(saved, edited, at_now())
}

/// An automated off-net order with FOC for Monday 2026-11-30 (11:30 Eastern), rescheduled to
/// 2026-12-02, with `options`.
fn near_foc(options: J) -> Input {
    let saved = with(submitted("AUTOMATED_OFF_NET", "FOC"), "requestedFocDate", json!("2026-11-30"));
    let edited = with(saved.clone(), "requestedFocDate", json!("2026-12-02"));
    Input::Edit(saved, edited, options)
}

/// One valid rejection-code entry, with `fields` changed.
fn entry(fields: &[(&str, J)]) -> J {
    with_all(
        json!({ "code": "LV-301", "title": "Hold", "meaning": "The vendor paused it.", "action": "Wait." }),
        fields,
    )
}

fn register(entries: &[J]) -> Input {
    Input::Register(vec![v(J::Array(entries.to_vec()))])
}

/// `count` distinct valid rejection-code entries.
fn entries(from: u32, count: u32) -> Value {
    v(J::Array((from..from + count).map(|i| entry(&[("code", json!(format!("LV-{i}")))])).collect()))
}

/// The valid port-in as a [`Value`], with `key` set to `value`.
fn raw_order(key: &str, value: Value) -> Value {
    let Value::Object(mut pairs) = v(port_in()) else { unreachable!() };
    pairs.retain(|(k, _)| k != key);
    pairs.push((key.to_string(), value));
    Value::Object(pairs)
}

fn case(code: Code, name: &'static str, input: Input) -> Case {
    Case { code, name, input, under: None }
}

fn emission_cases() -> Vec<Case> {
    use Code as C;
    let tf = "800-246-0142";
    let residential = [
        ("subscriber.subscriberType", json!("RESIDENTIAL")),
        ("subscriber.businessName", J::Null),
        ("subscriber.lastName", json!("Jones")),
    ];
    vec![
        // R-TN-PARSE, R-TN-NANP: in a pasted list, and in the BTN (under R-TN-BTN).
        case(C::TnEmpty, "an entry with no digits", list(&["()"])),
        case(C::TnEmpty, "a BTN with no digits", order(&[("billingTelephoneNumber", json!("--"))])).under("R-TN-BTN"),
        case(
            C::TnLength,
            "a replacement BTN of 9 digits",
            order(&[("newBillingTelephoneNumber", json!("919-200-000"))]),
        )
        .under("R-TN-BTN"),
        case(C::TnCharacter, "a letter", list(&["919-200-000x"])),
        case(C::TnLength, "9 digits", list(&["919-200-000"])),
        case(C::TnCountryCode, "+44", list(&["+44 20 7946 0000"])),
        case(C::TnAreaCode, "area code 119", list(&["119-200-0000"])),
        case(C::TnAreaCodeReserved, "area code 411", list(&["411-200-0000"])),
        case(C::TnExchange, "exchange 100", list(&["919-100-0000"])),
        case(C::TnExchangeN11, "exchange 411", list(&["919-411-0000"])),
        case(C::TnFictitious, "555-0100", list(&["919-555-0100"])),
        case(C::TnDirectoryAssistance, "555-1212", list(&["919-555-1212"])),
        // R-TN-COUNTRY, R-TN-AREA-CODE: in a list, and in the BTN (under R-TN-BTN).
        case(C::TnAreaCodeCountry, "a Jamaican number", list(&["876-246-0142"])),
        case(C::TnAreaCodeCountry, "a Jamaican BTN", order(&[("billingTelephoneNumber", json!("876-246-0142"))]))
            .under("R-TN-BTN"),
        case(C::TnAreaCodeNonGeographic, "a 532 personal number", list(&["532-246-0142"])),
        case(
            C::TnCanada,
            "an Ottawa number, manual off-net",
            order(&[("listOfPhoneNumbers", json!(["613-723-0461"])), ("portType", json!("MANUAL_OFF_NET"))]),
        ),
        case(
            C::TnCanadaPortType,
            "an Ottawa number, automated on-net",
            order(&[("listOfPhoneNumbers", json!(["613-723-0461"]))]),
        ),
        case(
            C::TnMixedCountry,
            "Ottawa and Raleigh numbers",
            order(&[("listOfPhoneNumbers", json!(["613-723-0461", "919-200-0000"]))]),
        ),
        case(C::TnAreaCodeNotInService, "unassigned 237", list(&["237-246-0142"])),
        case(
            C::TnAreaCodeNotInService,
            "unassigned 237 in an order",
            order(&[("listOfPhoneNumbers", json!(["237-246-0142"]))]),
        ),
        case(C::TnAreaCodeNotYet, "assigned 565, no date yet", list(&["565-246-0142"])),
        case(
            C::TnAreaCodeNotYet,
            "471 on the day before",
            order(&[("listOfPhoneNumbers", json!(["919-200-0000", "471-246-0142"]))]),
        )
        .with_options(json!({ "today": "2026-01-29" })),
        case(C::TnAreaCodeNotYet, "471 without a day (warning)", list(&["471-246-0142"])),
        // R-TN-DUPLICATE, R-TN-COUNT, R-TN-TOLLFREE.
        case(
            C::TnDuplicate,
            "a number twice",
            order(&[("listOfPhoneNumbers", json!(["919-200-0000", "919 200 0000"]))]),
        ),
        case(C::TnNone, "an empty list", order(&[("listOfPhoneNumbers", json!([]))])),
        case(
            C::TnNone,
            "an empty list on a draft (warning)",
            order(&[("listOfPhoneNumbers", json!([])), ("status", json!("DRAFT"))]),
        ),
        case(C::TnTooMany, "more than orderMaxTns", Input::Order(port_in(), json!({ "now": NOW, "orderMaxTns": 1 }))),
        case(
            C::TnProjectPort,
            "off-net over offNetAutomatedMaxTns",
            Input::Order(
                with(port_in(), "portType", json!("AUTOMATED_OFF_NET")),
                json!({ "now": NOW, "offNetAutomatedMaxTns": 1 }),
            ),
        ),
        case(
            C::TnOnePerOrder,
            "two numbers, oneTnPerOrder",
            Input::Order(port_in(), json!({ "now": NOW, "oneTnPerOrder": true })),
        ),
        case(
            C::TnMixedTollFree,
            "toll-free and ordinary",
            order(&[("listOfPhoneNumbers", json!(["919-200-0000", tf]))]),
        ),
        case(
            C::TnTollFreePortType,
            "toll-free on automated on-net",
            order(&[("listOfPhoneNumbers", json!([tf])), ("billingTelephoneNumber", J::Null)]),
        ),
        case(
            C::TnPortTypeNotTollFree,
            "MANUAL_TOLL_FREE, ordinary numbers",
            order(&[("portType", json!("MANUAL_TOLL_FREE"))]),
        ),
        case(C::TnTollFreeLsr, "an LSR with a toll-free number", lsr_order(&[("listOfPhoneNumbers", json!([tf]))])),
        // R-TN-RESPORG.
        case(
            C::TnRespOrgRequired,
            "a manual toll-free port-in without it",
            order(&[("portType", json!("MANUAL_TOLL_FREE"))]),
        ),
        case(
            C::TnRespOrgRequired,
            "a toll-free draft without it",
            order(&[("listOfPhoneNumbers", json!([tf])), ("status", json!("DRAFT"))]),
        ),
        case(C::TnRespOrgFormat, "4 characters", order(&[("targetRespOrgId", json!("JYT0"))])),
        // R-TN-ATTRIBUTES.
        case(C::TnAttributeUnknown, "Secret", order(&[("tnAttributes", json!(["Secret"]))])),
        case(C::TnAttributeRepeated, "Protected twice", order(&[("tnAttributes", json!(["Protected", "PROTECTED"]))])),
        // R-TOLLFREE-FIELDS.
        case(
            C::TnAttributeProtectedOffNet,
            "Protected off-net",
            order(&[("tnAttributes", json!(["Protected"])), ("portType", json!("AUTOMATED_OFF_NET"))]),
        ),
        case(
            C::TollfreeBtn,
            "a toll-free BTN",
            order(&[("listOfPhoneNumbers", json!([tf])), ("targetRespOrgId", json!("JYT01"))]),
        ),
        case(
            C::TollfreePartialPort,
            "a toll-free partial port",
            order(&[("portType", json!("MANUAL_TOLL_FREE")), ("partialPort", json!(true))]),
        ),
        case(C::TollfreeWirelessInfo, "toll-free wireless details", order(&[("portType", json!("MANUAL_TOLL_FREE"))])),
        case(
            C::TollfreeProtected,
            "Protected toll-free numbers",
            order(&[("portType", json!("MANUAL_TOLL_FREE")), ("tnAttributes", json!(["Protected"]))]),
        ),
        // R-TN-BTN.
        case(C::BtnRequired, "no BTN", order(&[("billingTelephoneNumber", J::Null)])),
        case(
            C::BtnRequired,
            "no BTN on a draft (warning)",
            order(&[("billingTelephoneNumber", J::Null), ("status", json!("DRAFT"))]),
        ),
        case(
            C::BtnReplacementInList,
            "replacement porting",
            order(&[("newBillingTelephoneNumber", json!("919-200-0001"))]),
        ),
        case(
            C::BtnReplacementSame,
            "replacement is the BTN",
            order(&[("newBillingTelephoneNumber", json!("919-200-0000"))]),
        ),
        case(C::BtnReplacementRequired, "partial port of the BTN", order(&[("partialPort", json!(true))])),
        case(
            C::BtnFullPortWithoutBtn,
            "full port, BTN not in the list",
            order(&[("partialPort", json!(false)), ("billingTelephoneNumber", json!("919-200-0009"))]),
        ),
        // R-DATE-*: at NOW, Monday 2026-11-23 (Thanksgiving is Thursday 2026-11-26).
        case(C::DateFormat, "not a date", requested("next week")),
        case(
            C::DateFormat,
            "an LSR date with a time",
            lsr_order(&[("requestedFocDate", json!("2026-12-01T15:00:00Z"))]),
        ),
        case(C::DateNoOffset, "a time without offset", requested("2026-12-01T15:00:00")),
        case(C::DateNoSuchDay, "February 30", requested("2026-02-30")),
        case(C::TimeInvalid, "hour 25", requested("2026-12-01T25:00:00Z")),
        case(C::DatePast, "last Friday", requested("2026-11-20")),
        case(
            C::DateTodayUnknown,
            "no clock",
            Input::Order(with(port_in(), "requestedFocDate", json!("2026-12-01")), json!({})),
        ),
        case(C::DateTooSoon, "tomorrow", requested("2026-11-24")),
        case(C::DateShortNotice, "4 business days", requested("2026-11-30")),
        case(C::DateNotBusinessDay, "a Saturday", requested("2026-12-05")),
        case(
            C::DateNotBusinessDay,
            "an extra holiday",
            Input::Order(
                with(port_in(), "requestedFocDate", json!("2026-12-01")),
                json!({ "now": NOW, "extraHolidays": ["2026-12-01"] }),
            ),
        ),
        case(C::DateTooFar, "38 days ahead", requested("2026-12-31")),
        // R-TIME-WINDOW.
        case(
            C::TimeOutsideWindow,
            "03:30 on automated on-net, triggered",
            order(&[("requestedFocDate", json!("2026-12-01T03:30:00-05:00")), ("triggered", json!(true))]),
        ),
        case(
            C::TimeOutsideSupportHours,
            "06:00, triggered",
            order(&[("requestedFocDate", json!("2026-12-01T06:00:00-05:00")), ("triggered", json!(true))]),
        ),
        case(C::TimeDefault, "no time", requested("2026-12-01")),
        case(
            C::TimeManualFixed,
            "a time on a manual port",
            order(&[("portType", json!("MANUAL_ON_NET")), ("requestedFocDate", json!("2026-12-01T15:00:00Z"))]),
        ),
        case(
            C::TimeManualFixed,
            "triggered on a manual port",
            order(&[("portType", json!("MANUAL_ON_NET")), ("triggered", json!(true))]),
        )
        .under("R-TIME-TRIGGERED"),
        // R-TIME-TRIGGERED.
        case(C::TimeNotTriggered, "15:00 on automated on-net, not triggered", requested("2026-12-01T15:00:00-05:00")),
        case(
            C::TimeTriggeredWireless,
            "triggered on a wireless port",
            order(&[("portType", json!("AUTOMATED_ON_NET_WIRELESS")), ("triggered", json!(true))]),
        ),
        // R-FOC-VALIDITY, R-EARLY-ACTIVATION: LSRs with FOC.
        case(
            C::FocValidUntil,
            "FOC today",
            lsr_order(&[("status", json!("FOC")), ("actualFocDate", json!("2026-11-23"))]),
        ),
        case(
            C::FocValidUntil,
            "FOC without a clock",
            Input::Order(
                with_all(lsr(), &[("status", json!("FOC")), ("actualFocDate", json!("2026-11-23"))]),
                json!({}),
            ),
        ),
        case(
            C::FocExpiring,
            "last 2 business days",
            lsr_order(&[("status", json!("FOC")), ("actualFocDate", json!("2026-11-10"))]),
        ),
        case(
            C::FocExpired,
            "past its 10th business day",
            lsr_order(&[("status", json!("FOC")), ("actualFocDate", json!("2026-10-01"))]),
        ),
        case(
            C::FocNoEarlyActivation,
            "FOC ahead",
            lsr_order(&[("status", json!("FOC")), ("actualFocDate", json!("2026-11-30"))]),
        ),
        case(
            C::FocBuildSubscriptions,
            "FOC ahead",
            lsr_order(&[("status", json!("FOC")), ("actualFocDate", json!("2026-11-30"))]),
        ),
        // Statuses.
        case(C::StatusUnknown, "a made-up status", order(&[("status", json!("NOPE"))])),
        case(C::StatusNotEditable, "REQUESTED_CANCEL", order(&[("status", json!("REQUESTED_CANCEL"))])),
        case(C::StatusNotEditable, "a PARTIAL LSR", lsr_order(&[("status", json!("PARTIAL"))])),
        case(C::StatusTerminal, "COMPLETE", order(&[("status", json!("COMPLETE"))])),
        case(C::StatusTerminal, "a FAILED LSR", lsr_order(&[("status", json!("FAILED"))])).under("R-LSR-FAILED"),
        case(C::StatusException, "EXCEPTION", order(&[("status", json!("EXCEPTION"))])),
        // Editing rules: validateOrder with the saved order.
        case(
            C::EditNotEditable,
            "a closed order edited",
            edit(with(port_in(), "status", json!("COMPLETE")), &[("customerOrderId", json!("ACME-2"))]),
        )
        .under("R-STATUS-EDITABLE"),
        case(
            C::EditAlternateSpid,
            "the alternate SPID changed once submitted",
            edit(submitted("AUTOMATED_ON_NET", "SUBMITTED"), &[("alternateSpid", json!("1234"))]),
        ),
        case(
            C::EditFixed,
            "triggered activation turned on once submitted",
            edit(submitted("AUTOMATED_ON_NET", "SUBMITTED"), &[("triggered", json!(true))]),
        ),
        // R-EDIT-SUPP: a supplement body, on its own and against the saved order.
        case(C::EditSuppWithoutOriginal, "a supplement alone", Input::Order(json!(DATE_SUPP), at_now())),
        case(
            C::EditCustomerOrderIdDropped,
            "a supplement without CustomerOrderId",
            Input::Order(
                json!(DATE_SUPP),
                json!({ "now": NOW, "original": submitted("AUTOMATED_ON_NET", "SUBMITTED") }),
            ),
        ),
        case(
            C::EditSuppStatus,
            "ProcessingStatus FOC in a supplement",
            Input::Order(json!({ "status": "FOC" }), json!({ "now": NOW, "supp": true })),
        ),
        case(
            C::EditNotEditable,
            "the kind changed",
            edit(submitted("MANUAL_ON_NET", "SUBMITTED"), &[("kind", json!("lsr"))]),
        ),
        case(
            C::EditDependsOnPortType,
            "no port type, BTN changed",
            edit(
                with(submitted("MANUAL_ON_NET", "SUBMITTED"), "portType", J::Null),
                &[("billingTelephoneNumber", json!("919-200-0001"))],
            ),
        ),
        case(
            C::EditPortTypeNeeded,
            "editableFields without a port type",
            Input::Fields(with(submitted("AUTOMATED_ON_NET", "SUBMITTED"), "portType", J::Null), at_now()),
        ),
        case(
            C::EditCsrAgain,
            "off-net details before FOC",
            edit(submitted("AUTOMATED_OFF_NET", "SUBMITTED"), &[("subscriber.serviceAddress.zip", json!("27603"))]),
        ),
        case(
            C::EditLsrTnChange,
            "an LSR's numbers changed",
            edit(with(lsr(), "status", json!("PENDING")), &[("listOfPhoneNumbers", json!(["919-200-0000"]))]),
        ),
        case(
            C::EditMayDelay,
            "a SUBMITTED order edited",
            edit(submitted("AUTOMATED_ON_NET", "SUBMITTED"), &[("customerOrderId", json!("ACME-2"))]),
        ),
        case(
            C::EditMayDelay,
            "editableFields of a SUBMITTED order",
            Input::Fields(submitted("AUTOMATED_ON_NET", "SUBMITTED"), at_now()),
        ),
        case(
            C::EditAfterSave,
            "an EXCEPTION order edited",
            edit(submitted("AUTOMATED_ON_NET", "EXCEPTION"), &[("customerOrderId", json!("ACME-2"))]),
        ),
        case(C::EditNearFoc, "less than 24 hours before the FOC", near_foc(json!({ "now": "2026-11-29T17:00:00Z" }))),
        case(
            C::EditNearFoc,
            "editableFields less than 24 hours before the FOC",
            Input::Fields(
                with(submitted("AUTOMATED_OFF_NET", "FOC"), "requestedFocDate", json!("2026-11-30")),
                json!({ "now": "2026-11-29T17:00:00Z" }),
            ),
        ),
        case(
            C::EditNearFocOffnet,
            "off-net reschedule 1 business day out",
            near_foc(json!({ "now": "2026-11-27T17:00:00Z" })),
        ),
        case(C::EditNearFocUnchecked, "only today given (warning)", near_foc(json!({ "today": "2026-11-29" }))),
        case(C::EditNearFocUnchecked, "no clock (info)", near_foc(json!({}))),
        case(
            C::EditNearFocUnchecked,
            "FOC without a date (info)",
            edit(submitted("AUTOMATED_OFF_NET", "FOC"), &[("customerOrderId", json!("ACME-2"))]),
        ),
        // R-SUBSCRIBER.
        case(C::SubscriberTypeRequired, "no type", order(&[("subscriber.subscriberType", J::Null)])),
        case(
            C::SubscriberTypeRequired,
            "no type on a draft (warning)",
            order(&[("status", json!("DRAFT")), ("subscriber.subscriberType", J::Null)]),
        ),
        case(C::SubscriberTypeUnknown, "GOVERNMENT", order(&[("subscriber.subscriberType", json!("GOVERNMENT"))])),
        case(
            C::SubscriberBusinessNameRequired,
            "business without a name",
            order(&[("subscriber.businessName", J::Null)]),
        ),
        case(
            C::SubscriberBusinessNameRequired,
            "business without a name on a draft (warning)",
            order(&[("status", json!("DRAFT")), ("subscriber.businessName", J::Null)]),
        ),
        case(
            C::SubscriberLastNameRequired,
            "residential without a last name on a draft (warning)",
            order(&[
                ("status", json!("DRAFT")),
                ("subscriber.subscriberType", json!("RESIDENTIAL")),
                ("subscriber.businessName", J::Null),
            ]),
        ),
        case(
            C::SubscriberLastNameRequired,
            "residential without a last name",
            order(&[("subscriber.subscriberType", json!("RESIDENTIAL")), ("subscriber.businessName", J::Null)]),
        ),
        case(
            C::SubscriberFirstNameRequired,
            "residential without a first name",
            order(&[
                ("subscriber.subscriberType", json!("RESIDENTIAL")),
                ("subscriber.businessName", J::Null),
                ("subscriber.lastName", json!("Jones")),
            ]),
        ),
        case(
            C::SubscriberFirstNameRequired,
            "residential without a first name on a draft (warning)",
            order(&[
                ("status", json!("VALID_DRAFT")),
                ("subscriber.subscriberType", json!("RESIDENTIAL")),
                ("subscriber.businessName", J::Null),
                ("subscriber.lastName", json!("Jones")),
            ]),
        ),
        case(C::SubscriberTooLong, "a 26-character name", order(&[("subscriber.businessName", json!("a".repeat(26)))])),
        case(
            C::SubscriberBusinessNameResidential,
            "residential with a business name",
            order(&[("subscriber.subscriberType", json!("RESIDENTIAL")), ("subscriber.lastName", json!("Jones"))]),
        ),
        case(
            C::SubscriberLastNameBusiness,
            "an LSR business with a last name",
            lsr_order(&[("subscriber.subscriberType", json!("BUSINESS")), ("subscriber.businessName", json!("Acme"))]),
        ),
        case(
            C::SubscriberTollFreeBusiness,
            "a residential toll-free port-in",
            order(
                &[&residential[..], &[("portType", json!("MANUAL_TOLL_FREE")), ("listOfPhoneNumbers", json!([tf]))]]
                    .concat(),
            ),
        ),
        // R-ADDRESS.
        case(C::AddressRequired, "no city", order(&[("subscriber.serviceAddress.city", J::Null)])),
        case(
            C::AddressRequired,
            "no city on a draft (warning)",
            order(&[("status", json!("DRAFT")), ("subscriber.serviceAddress.city", J::Null)]),
        ),
        case(C::AddressStateCode, "XX", order(&[("subscriber.serviceAddress.stateCode", json!("XX"))])),
        case(C::AddressZip, "4 digits", order(&[("subscriber.serviceAddress.zip", json!("2760"))])),
        case(C::AddressPlusFour, "3 digits", order(&[("subscriber.serviceAddress.plusFour", json!("123"))])),
        case(
            C::AddressPlusFourConflict,
            "two different +4",
            order(&[
                ("subscriber.serviceAddress.zip", json!("27601-1234")),
                ("subscriber.serviceAddress.plusFour", json!("4321")),
            ]),
        ),
        case(C::AddressDirectional, "NORTH", order(&[("subscriber.serviceAddress.preDirectional", json!("NORTH"))])),
        // R-ADDRESS-ZIP-STATE, R-ADDRESS-AREA-CODE-STATE.
        case(
            C::AddressZipState,
            "Raleigh, NC with a Los Angeles ZIP",
            order(&[("subscriber.serviceAddress.zip", json!("90025"))]),
        ),
        case(
            C::AddressPostalCodeProvince,
            "an Ottawa postal code in Quebec",
            order(&[
                ("subscriber.serviceAddress.stateCode", json!("QC")),
                ("subscriber.serviceAddress.zip", json!("K1A 0B1")),
            ]),
        ),
        case(C::AddressZipMilitary, "an APO ZIP in NC", order(&[("subscriber.serviceAddress.zip", json!("09001"))])),
        case(C::AddressZipUnused, "prefix 213", order(&[("subscriber.serviceAddress.zip", json!("21300"))])),
        case(
            C::AddressAreaCodeState,
            "919 numbers at a Columbia, SC address",
            order(&[
                ("subscriber.serviceAddress.stateCode", json!("SC")),
                ("subscriber.serviceAddress.zip", json!("29201")),
            ]),
        ),
        case(
            C::AddressServiceNotBilling,
            "the service address edited",
            edit(submitted("AUTOMATED_ON_NET", "EXCEPTION"), &[("subscriber.serviceAddress.zip", json!("27603"))]),
        ),
        // R-LOA.
        case(C::LoaRequired, "no LOA person", order(&[("loaAuthorizingPerson", J::Null)])),
        case(
            C::LoaRequired,
            "no LOA person on a draft (warning)",
            order(&[("status", json!("DRAFT")), ("loaAuthorizingPerson", J::Null)]),
        ),
        case(C::LoaTruncated, "16 characters", order(&[("loaAuthorizingPerson", json!("Patricia Jones-X"))])),
        // R-LSR-SHAPE.
        case(C::LoaRequired, "an LSR without its authorizing person", lsr_order(&[("loaAuthorizingPerson", J::Null)]))
            .under("R-LSR-SHAPE"),
        case(
            C::LsrAuthorizingPersonTooLong,
            "101 characters",
            lsr_order(&[("loaAuthorizingPerson", json!("a".repeat(101)))]),
        ),
        case(C::LsrSpidFormat, "5 characters", lsr_order(&[("spid", json!("123CD"))])),
        case(C::LsrSpidMissing, "no SPID", lsr_order(&[("spid", J::Null)])),
        // R-ACCOUNT-PIN.
        case(C::AccountNumberCharacters, "a dash", order(&[("wirelessInfo.accountNumber", json!("ACCT-1"))])),
        case(C::AccountNumberTooLong, "33 characters", order(&[("wirelessInfo.accountNumber", json!("A".repeat(33)))])),
        case(
            C::AccountNumberRequired,
            "wireless without an account number",
            order(&[("portType", json!("AUTOMATED_ON_NET_WIRELESS")), ("wirelessInfo.accountNumber", J::Null)]),
        ),
        case(
            C::AccountNumberRequired,
            "wireless draft without an account number (warning)",
            order(&[
                ("status", json!("DRAFT")),
                ("portType", json!("AUTOMATED_ON_NET_WIRELESS")),
                ("wirelessInfo.accountNumber", J::Null),
            ]),
        ),
        case(C::AccountPinCharacters, "a space", order(&[("wirelessInfo.pinNumber", json!("12 34"))])),
        case(C::AccountPinTooLong, "11 characters", order(&[("wirelessInfo.pinNumber", json!("12345678901"))])),
        case(
            C::AccountPinRequired,
            "wireless without a PIN",
            order(&[("portType", json!("AUTOMATED_ON_NET_WIRELESS")), ("wirelessInfo.pinNumber", J::Null)]),
        ),
        case(
            C::AccountPinRequired,
            "wireless draft without a PIN (warning)",
            order(&[
                ("status", json!("DRAFT")),
                ("portType", json!("AUTOMATED_ON_NET_WIRELESS")),
                ("wirelessInfo.pinNumber", J::Null),
            ]),
        ),
        case(
            C::AccountWrongPlace,
            "a port-in's PIN on the subscriber",
            order(&[("subscriber.pinNumber", json!("1234"))]),
        ),
        case(
            C::AccountPinTogether,
            "a supp that removes the PIN",
            edit(submitted("MANUAL_ON_NET", "SUBMITTED"), &[("wirelessInfo.pinNumber", J::Null)]),
        ),
        // R-IDS.
        case(C::IdsCustomerOrderIdCharacters, "a slash", order(&[("customerOrderId", json!("ACME/1"))])),
        case(C::IdsCustomerOrderIdTooLong, "41 characters", order(&[("customerOrderId", json!("A".repeat(41)))])),
        case(C::IdsPonRequired, "an LSR without a PON", lsr_order(&[("pon", J::Null)])),
        case(C::IdsPonCharacters, "a space", lsr_order(&[("pon", json!("PORT 1"))])),
        case(C::IdsPonTooLong, "26 characters", lsr_order(&[("pon", json!("P".repeat(26)))])),
        case(C::IdsPonVersion, "version 0", lsr_order(&[("ponVersion", json!(0))])),
        // R-BILLING-TYPE.
        case(C::IdsBillingType, "FREE", order(&[("billingType", json!("FREE"))])),
        // Reading the input.
        case(C::InputType, "a number for text", order(&[("customerOrderId", json!(7))])),
        case(C::InputType, "not an object", Input::Order(json!("order"), at_now())),
        case(C::InputType, "parseTnList of a number", Input::List(v(json!(42)))),
        case(
            C::InputUnreadable,
            "a getter that throws",
            Input::Raw(raw_order("customerOrderId", Value::Unreadable(Unreadable::Threw)), v(at_now())),
        ),
        case(
            C::InputTooLong,
            "a field over its limit",
            Input::Raw(raw_order("customerOrderId", Value::text("A".repeat(MAX_FIELD_TEXT as usize + 1))), v(at_now())),
        ),
        case(
            C::InputTooMany,
            "an array list over the entry limit",
            Input::List(Value::List(vec![Value::text("919-200-0000"); MAX_LIST_ENTRIES as usize + 1])),
        ),
        case(
            C::InputTooMany,
            "a pasted list over the entry limit",
            Input::List(Value::text("919-200-0000\n".repeat(MAX_LIST_ENTRIES as usize + 1))),
        )
        .under("R-TN-PARSE"),
        case(
            C::InputTooMany,
            "an object with more than 1,000 keys",
            Input::Raw(Value::Object((0..1001).map(|i| (format!("k{i}"), Value::Null)).collect()), v(at_now())),
        ),
        case(
            C::InputTooDeep,
            "XML 40 elements deep",
            Input::Order(json!(format!("<LnpOrder>{}", "<a>".repeat(40))), at_now()),
        ),
        case(
            C::InputNameTooLong,
            "a 257-character key",
            Input::Raw(raw_order(&"k".repeat(257), Value::Null), v(at_now())),
        ),
        case(C::InputControlCharacter, "an escape in a name", order(&[("customerOrderId", json!("A\u{1b}1"))])),
        case(C::InputUnknownField, "a misspelt key", order(&[("billingTelephoneNumbr", json!("9192000000"))])),
        case(C::InputDuplicateField, "two spellings", order(&[("CustomerOrderId", json!("A-1"))])),
        case(C::InputCoerced, "a number ZIP", order(&[("subscriber.serviceAddress.zip", json!(27601))])),
        case(C::InputCoerced, "text for a flag", order(&[("partialPort", json!("false"))])),
        case(C::InputXml, "unclosed XML", Input::Order(json!("<LnpOrder><Pon>"), at_now())),
        case(
            C::InputResponseOnly,
            "an OrderId in a request",
            Input::Order(json!("<LnpOrderSupp><OrderId>1</OrderId></LnpOrderSupp>"), at_now()),
        ),
        case(C::XmlLsr, "an LSR", Input::Xml(lsr(), false)),
        case(C::XmlLeftOut, "an invalid TN", Input::Xml(with(port_in(), "listOfPhoneNumbers", json!(["nope"])), true)),
        case(
            C::XmlLeftOut,
            "a status a request cannot carry",
            Input::Xml(with(port_in(), "status", json!("FOC")), true),
        ),
        case(
            C::OptionsInvalid,
            "a negative minLeadBusinessDays",
            Input::Order(port_in(), json!({ "now": NOW, "minLeadBusinessDays": -1 })),
        ),
        case(
            C::OptionsInvalid,
            "minLeadBusinessDays as words",
            Input::Order(port_in(), json!({ "now": NOW, "minLeadBusinessDays": "three" })),
        ),
        case(C::OptionsInvalid, "options not an object", Input::Order(port_in(), json!("fast"))),
        case(
            C::OptionsInvalid,
            "a bad extra holiday",
            Input::Order(port_in(), json!({ "now": NOW, "extraHolidays": ["soon"] })),
        ),
        case(C::OptionsInvalid, "a bad today", Input::Order(port_in(), json!({ "today": "2026-13-01" }))),
        case(C::OptionsUnknown, "todya", Input::Order(port_in(), json!({ "now": NOW, "todya": "2026-11-23" }))),
        case(C::OrderKindUnknown, "kind order", order(&[("kind", json!("order"))])),
        case(C::OrderPortTypeUnknown, "TELEPORT", order(&[("portType", json!("TELEPORT"))])),
        // registerRejectionCodes.
        case(C::RejectionCodeInvalid, "no code", register(&[entry(&[("code", J::Null)])])),
        case(C::RejectionCodeInvalid, "a code with a space", register(&[entry(&[("code", json!("LV 301"))])])),
        case(C::RejectionTextRequired, "a blank title", register(&[entry(&[("title", json!("  "))])])),
        case(
            C::RejectionFieldUnknown,
            "a field that is not an order path",
            register(&[entry(&[("fields", json!(["nope"]))])]),
        ),
        case(C::RejectionFamilyInvalid, "an empty family", register(&[entry(&[("family", json!(""))])])),
        case(
            C::RejectionTooMany,
            "a full registry, then one more",
            Input::Register(vec![entries(0, MAX_ENTRIES), entries(MAX_ENTRIES, 1)]),
        ),
    ]
}

/// What went wrong with one case, if anything.
fn judge(case: &Case, found: &[Issue]) -> Option<String> {
    let code = case.code;
    let mine: Vec<&Issue> = found.iter().filter(|i| i.code == code).collect();
    let show =
        || found.iter().map(|i| format!("{} {} {}", dotted(i), i.code, severity_name(i.severity))).collect::<Vec<_>>();
    if mine.is_empty() {
        return Some(format!("{code} ({}): not emitted; got {:?}", case.name, show()));
    }
    for issue in mine {
        if !code.severities().contains(&issue.severity) {
            return Some(format!(
                "{code} ({}): severity {} is not one of {}",
                case.name,
                severity_name(issue.severity),
                severities_cell(code)
            ));
        }
        let rule = case.under.or(code.rule());
        if issue.rule != rule {
            return Some(format!("{code} ({}): rule {:?}, expected {rule:?}", case.name, issue.rule));
        }
    }
    None
}

#[test]
fn every_code_can_be_emitted() {
    let cases = emission_cases();
    let failures: Vec<String> = cases.iter().filter_map(|c| judge(c, &issues(&c.input))).collect();
    assert!(failures.is_empty(), "{} of {} cases:\n{}", failures.len(), cases.len(), failures.join("\n"));
    assert!(cases.len() >= Code::ALL.len(), "{} cases for {} codes", cases.len(), Code::ALL.len());
    let covered: BTreeSet<Code> = cases.iter().map(|c| c.code).chain(UNREACHABLE.iter().map(|(c, _)| *c)).collect();
    let uncovered: Vec<&str> = Code::ALL.iter().filter(|c| !covered.contains(c)).map(|c| c.as_str()).collect();
    assert!(uncovered.is_empty(), "codes with no case in tests/codes.rs: {uncovered:?}");
}

#[test]
fn every_severity_a_code_can_have_is_emitted() {
    // The table's severities are each reached by some case, not only allowed.
    let mut seen: BTreeMap<Code, BTreeSet<&str>> = BTreeMap::new();
    for case in emission_cases() {
        for issue in issues(&case.input).into_iter().filter(|i| i.code == case.code) {
            seen.entry(case.code).or_default().insert(severity_name(issue.severity));
        }
    }
    let missing: Vec<String> = Code::ALL
        .iter()
        .filter(|c| !UNREACHABLE.iter().any(|(u, _)| u == *c))
        .flat_map(|c| {
            let got = seen.get(c).cloned().unwrap_or_default();
            c.severities()
                .iter()
                .map(|s| severity_name(*s))
                .filter(move |s| !got.contains(s))
                .map(move |s| format!("{c} {s}"))
        })
        .collect();
    assert!(missing.is_empty(), "severities in src/code.rs no case emits: {missing:?}");
}

#[test]
fn every_issue_of_every_case_has_a_severity_its_code_allows() {
    let mut wrong = BTreeSet::new();
    for case in emission_cases() {
        for issue in issues(&case.input) {
            if !issue.code.severities().contains(&issue.severity) {
                wrong.insert(format!(
                    "{} {} (in {}: {})",
                    issue.code,
                    severity_name(issue.severity),
                    case.code,
                    case.name
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "issues whose severity src/code.rs does not allow:\n{}",
        wrong.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn unreachable_codes_are_real_codes_with_reasons() {
    for (code, reason) in UNREACHABLE {
        assert!(Code::ALL.contains(code) && !reason.trim().is_empty(), "{code}");
        assert!(!emission_cases().iter().any(|c| c.code == *code), "{code} is UNREACHABLE but has a case");
    }
}
