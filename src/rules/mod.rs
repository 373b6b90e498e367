//! The rules, one family per module. Each reads the order and the [`Facts`] derived from it once,
//! and appends [`Issue`]s; none of them reads a clock or knows about JS.

mod btn;
pub mod dates;
pub mod foc;
mod numbers;
mod places;
mod time_window;

use crate::clock::Clock;
mod account;
mod address;
pub mod edit;
pub mod edit_matrix;
pub mod editable;
pub mod editing;
mod field;
mod ids;
mod loa;
mod near_foc;
mod provider;
mod requested;
mod subscriber;

pub use editable::EditableFields;

use crate::code::Code;
use crate::issue::{Issue, Report, TnSummary};
use crate::numbering::check::AreaRules;
use crate::options::Options;
use crate::order::Field;
use crate::order::{Order, TnInput};
use crate::order_type::{OrderKind, PortType};
use crate::status::Status;
use crate::text::given;
use crate::tn::Tn;
use crate::tn_list::{self, TnList};
use serde::Serialize;
use std::cell::OnceCell;

/// What the rules need to know about an order, worked out once per validation.
pub struct Facts {
    pub kind: OrderKind,
    /// `None` when not given or not understood (reported once, here).
    pub port_type: Option<PortType>,
    /// The status, for the kind; `None` when not given or not understood (reported once, here).
    pub status: Option<Status>,
    pub tns: TnList,
    /// Items of an array list that were not text (reported when read).
    pub non_text_items: u32,
    /// The list was pasted text (entries have lines) rather than an array (entries are items).
    pub from_text: bool,
    /// Today (Eastern time) and the business-day calendar, from the options.
    pub clock: Clock,
    /// The order has its FOC: its status says so, or it carries an `actualFocDate`.
    pub has_foc: bool,
    /// The status is one the order never leaves (its dates are history).
    pub terminal: bool,
    /// What the area-code rules (R-TN-COUNTRY, R-TN-AREA-CODE) judge a TN by: the day and
    /// `extraAreaCodes`.
    pub area: AreaRules,
}

impl Facts {
    /// The facts of `order`, its TNs judged by `area` (every list TN and the BTN fields).
    pub fn new(order: &Order, area: AreaRules, issues: &mut Vec<Issue>) -> Facts {
        let mut facts = Facts::header(order, issues);
        let judge = Some(area.clone());
        (facts.tns, facts.non_text_items, facts.from_text) = match &order.list_of_phone_numbers {
            None => (TnList::default(), 0, false),
            Some(TnInput::Text(text)) => (tn_list::parse_text_on(text, judge), 0, true),
            Some(TnInput::Items(items)) => (
                tn_list::parse_items_on(items.iter().map(Option::as_deref), judge),
                items.iter().filter(|i| i.is_none()).count() as u32,
                false,
            ),
        };
        facts.area = area;
        facts
    }

    /// The kind, status and port type alone, without reading the TN list (what `editableFields`
    /// needs, on every keystroke of a form).
    pub fn header(order: &Order, issues: &mut Vec<Issue>) -> Facts {
        let kind = match given(&order.kind) {
            None => OrderKind::PortIn,
            Some(k) => OrderKind::parse(k).unwrap_or_else(|message| {
                issues.push(Issue::error(Field::Kind.path(), Code::OrderKindUnknown, message));
                OrderKind::PortIn
            }),
        };
        let port_type = given(&order.port_type).and_then(|p| {
            PortType::parse(p)
                .map_err(|message| {
                    issues.push(Issue::error(Field::PortType.path(), Code::OrderPortTypeUnknown, message))
                })
                .ok()
        });
        let status = given(&order.status).and_then(|s| {
            Status::parse(kind, s)
                .map_err(|message| issues.push(Issue::error(Field::Status.path(), Code::StatusUnknown, message)))
                .ok()
        });
        Facts {
            kind,
            port_type,
            status,
            tns: TnList::default(),
            non_text_items: 0,
            from_text: false,
            clock: Clock::default(),
            has_foc: status.is_some_and(Status::is_foc) || given(&order.actual_foc_date).is_some(),
            terminal: status.is_some_and(|s| s.info().terminal),
            area: AreaRules::default(),
        }
    }

    /// Where a list entry stands, in the person's terms: "Line 3" for pasted text, "Item 3" for
    /// arrays.
    pub fn place(&self, line: u32) -> String {
        crate::msg![self.place_word(), line]
    }

    /// What [`Facts::place`] puts before the number: `"Line "` or `"Item "`.
    pub fn place_word(&self) -> &'static str {
        if self.from_text {
            "Line "
        } else {
            "Item "
        }
    }

    pub fn summary(&self) -> TnSummary {
        let t = &self.tns;
        let invalid = t.invalid.len() as u32 + self.non_text_items;
        let duplicates = t.repeats();
        TnSummary {
            count: t.entries + self.non_text_items,
            valid: t.tns.len() as u32,
            invalid,
            duplicates,
            toll_free: t.toll_free,
            places: Vec::new(),
        }
    }
}

/// An entry of a TN list that is not a valid TN.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvalidEntry {
    /// 1-based line of pasted text; for arrays, the 1-based item.
    pub line: u32,
    /// The entry as typed.
    pub input: crate::issue::Span,
    pub issue: Issue,
}

/// A TN that stands more than once, with every line it stands on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DuplicateEntry {
    pub tn: Tn,
    pub lines: Vec<u32>,
}

/// The `parseTnList` result (api.md), plus `issues` for problems with the list as a whole
/// (not text, too long, too many entries).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ListReport {
    pub tns: Vec<Tn>,
    pub invalid: Vec<InvalidEntry>,
    pub duplicates: Vec<DuplicateEntry>,
    pub toll_free: Vec<Tn>,
    pub issues: Vec<Issue>,
}

/// Builds the `parseTnList` result from the facts (taking their TN list); `issues` are those
/// found reading the list. Repeats are listed in `duplicates`, so they get no issue of their own.
pub fn list_report(facts: Facts, mut issues: Vec<Issue>) -> ListReport {
    let mut messages = numbers::EntryMessages::new(&facts);
    let invalid = facts
        .tns
        .invalid
        .iter()
        .map(|bad| InvalidEntry { line: bad.line, input: bad.text.clone(), issue: messages.invalid(bad) })
        .collect();
    issues.extend(numbers::dated_issues(&facts));
    issues.extend(numbers::truncated_issue(&facts));
    let toll_free = facts.tns.toll_free_tns().copied().collect();
    let list = facts.tns;
    ListReport {
        invalid,
        duplicates: list
            .duplicates
            .into_iter()
            .map(|d| DuplicateEntry { tn: d.tn, lines: d.at.iter().map(|&(_, line)| line).collect() })
            .collect(),
        tns: list.tns,
        toll_free,
        issues,
    }
}

/// What every rule reads: the order, the facts worked out once, the options; and the requested
/// date, read by the first rule that asks (so its format issue comes where that rule's would).
pub struct Cx<'a> {
    pub order: &'a Order,
    pub facts: &'a Facts,
    pub options: &'a Options,
    requested: OnceCell<Option<requested::Requested>>,
}

impl Cx<'_> {
    /// The requested date, read once; a date that cannot be read is reported on the first call.
    pub fn requested(&self, out: &mut Vec<Issue>) -> Option<&requested::Requested> {
        self.requested.get_or_init(|| requested::read(self.order, self.facts, out)).as_ref()
    }
}

/// A rule: reads the order through [`Cx`] and adds its issues.
pub type Rule = fn(&Cx, &mut Vec<Issue>);

/// Every rule, in the order their issues are reported.
pub const RULES: &[Rule] = &[
    numbers::check_rest,
    btn::check,
    dates::check,
    time_window::check,
    foc::check,
    subscriber::check,
    address::check,
    loa::check,
    account::check,
    ids::check,
    provider::check,
    editing::check,
];

/// The names the rules accept for `field` when they are a closed set (an order kind, a status of
/// either kind, a port type, a subscriber type, a state code, a street direction, a billing type,
/// a TN attribute), canonical spellings only: what the order's JSON Schema lists as its `enum`.
/// Empty for a field that takes any text the rules then judge.
pub fn names_of(field: Field) -> &'static [&'static str] {
    match field {
        Field::Kind => &OrderKind::NAMES,
        Field::Status => &crate::status::ALL_NAMES,
        Field::PortType => &PortType::NAMES,
        Field::SubscriberType => &subscriber::TYPE_NAMES,
        Field::StateCode => &address::STATES,
        Field::PreDirectional | Field::PostDirectional => &address::DIRECTIONALS,
        Field::BillingType => &provider::BILLING_TYPES,
        Field::TnAttributes => &provider::TN_ATTRIBUTES,
        _ => &[],
    }
}

/// Every rule over one order.
pub fn validate(order: &Order, options: &Options) -> Report {
    let mut memo = ListMemo::default();
    let report = validate_memo(order, options, &mut memo);
    memo.into_full(report)
}

/// What a caller that validates the same order again and again (the form helper, once per
/// keystroke) keeps between validations, so that the TN list is parsed and its entries' issues
/// built again only when the list itself or what its rules read (the day, `extraAreaCodes`)
/// changed: an edit to the business name then costs what a 10-entry list does, whatever the list
/// holds. It holds one list at a time: a new list replaces the old one, nothing accumulates.
#[derive(Default)]
pub struct ListMemo {
    /// The list and the area rules the rest was worked out for; `None` before the first use.
    key: Option<(Option<TnInput>, AreaRules)>,
    tns: TnList,
    non_text_items: u32,
    from_text: bool,
    /// The entries' issues (R-TN-PARSE, R-TN-NANP, R-TN-DUPLICATE, the dated warnings and the
    /// truncation), which depend on nothing but the key.
    issues: Vec<Issue>,
    /// Whether one of `issues` is an error.
    has_error: bool,
    /// The line (or item) each of `issues` names; 0 for the one about the whole list.
    lines: Vec<u32>,
    places: Vec<crate::issue::TnPlace>,
    /// Counts the times the list was worked out again, so a caller holding a copy of
    /// [`ListMemo::issues`] (their JS objects) knows when it is stale.
    generation: u32,
}

/// A report without the list entries' issues, which stay in the [`ListMemo`]: they belong at
/// `at` in `report.issues`, and `report.ok` already counts them.
pub struct MemoReport {
    pub report: Report,
    pub at: usize,
}

impl ListMemo {
    /// The entries' issues of the list last validated.
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// The line (or item, for an array) each of [`ListMemo::issues`] is about, 0 for one about
    /// the whole list: what the summary names ("lines 2, 4, 6").
    pub fn lines(&self) -> &[u32] {
        &self.lines
    }

    /// The list was an array (its entries are items, not lines).
    pub fn items(&self) -> bool {
        !self.from_text
    }

    /// Changes each time the list is worked out again.
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// The report a full validation gives: the entries' issues moved into their place.
    pub fn into_full(mut self, memo: MemoReport) -> Report {
        let MemoReport { mut report, at } = memo;
        let rest = report.issues.split_off(at.min(report.issues.len()));
        report.issues.append(&mut self.issues);
        report.issues.extend(rest);
        report
    }

    /// The facts of `order` with the memo's list, worked out again if the key changed. The list
    /// moves into the facts for the rules and back with [`ListMemo::restore`].
    fn facts(&mut self, order: &Order, area: AreaRules, issues: &mut Vec<Issue>) -> Facts {
        let fresh =
            self.key.as_ref().is_some_and(|(list, rules)| *list == order.list_of_phone_numbers && *rules == area);
        if !fresh {
            // The header's issues are reported below, once per validation.
            let mut facts = Facts::new(order, area.clone(), &mut Vec::new());
            let mut list_issues = Vec::new();
            numbers::entries(&facts, &mut list_issues);
            self.has_error = list_issues.iter().any(Issue::is_error);
            // In the order `numbers::entries` reports them.
            let t = &facts.tns;
            self.lines.clear();
            self.lines.extend(t.invalid.iter().map(|b| b.line).chain(t.dated.iter().map(|d| d.line)));
            for dup in &t.duplicates {
                self.lines.extend(dup.at.iter().skip(1).map(|&(_, line)| line));
            }
            if t.truncated {
                self.lines.push(0);
            }
            self.issues = list_issues;
            self.places = places::places(&facts);
            self.non_text_items = facts.non_text_items;
            self.from_text = facts.from_text;
            self.tns = std::mem::take(&mut facts.tns);
            self.key = Some((order.list_of_phone_numbers.clone(), area));
            self.generation = self.generation.wrapping_add(1);
        }
        let mut facts = Facts::header(order, issues);
        facts.tns = std::mem::take(&mut self.tns);
        (facts.non_text_items, facts.from_text) = (self.non_text_items, self.from_text);
        facts.area = self.key.as_ref().map(|(_, a)| a.clone()).unwrap_or_default();
        facts
    }

    fn restore(&mut self, facts: Facts) {
        self.tns = facts.tns;
    }
}

/// [`validate`] through `memo`: the same verdicts, with the list's entries' issues left in the
/// memo (see [`MemoReport`]).
pub fn validate_memo(order: &Order, options: &Options, memo: &mut ListMemo) -> MemoReport {
    let mut issues = Vec::new();
    // The clock first, for the area-code rules; its issues after the order's own, as before.
    let mut clock_issues = Vec::new();
    let clock = Clock::from_options(options, &mut clock_issues);
    let area = AreaRules::new(clock.today, &options.extra_area_codes);
    let mut facts = memo.facts(order, area, &mut issues);
    issues.append(&mut clock_issues);
    facts.clock = clock;
    let at = issues.len();
    let cx = Cx { order, facts: &facts, options, requested: OnceCell::new() };
    for rule in RULES {
        rule(&cx, &mut issues);
    }
    let summary = TnSummary { places: memo.places.clone(), ..facts.summary() };
    let mut report = Report::new(issues, summary);
    report.ok &= !memo.has_error;
    memo.restore(facts);
    MemoReport { report, at }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    /// One memo through a sequence of edits gives, after each, what a fresh validation does:
    /// edits to the list, to what its rules read (the day, `extraAreaCodes`) and to fields that
    /// do not touch it (the port type, the status, the PON).
    #[test]
    fn a_memo_gives_the_verdicts_of_a_full_validation() {
        type Edit = fn(&mut Order, &mut Options);
        let edits: &[(&str, Edit)] = &[
            ("a list", |o, _| {
                o.list_of_phone_numbers =
                    Some(TnInput::Text("2125550100\nabc\n212-555-0100\n\n8005551234\n555-0100\n2125550100".into()))
            }),
            ("the PON", |o, _| o.pon = Some(String::from("P1"))),
            ("the port type", |o, _| o.port_type = Some(String::from("MANUAL_TOLL_FREE"))),
            ("the status", |o, _| o.status = Some(String::from("FOC"))),
            ("a day", |_, opts| opts.today = Some(String::from("2026-12-01"))),
            ("an extra area code", |_, opts| opts.extra_area_codes = vec![989]),
            ("an array", |o, _| {
                o.list_of_phone_numbers = Some(TnInput::Items(vec![
                    Some("2125550100".into()),
                    None,
                    Some("x".into()),
                    Some("2125550100".into()),
                ]))
            }),
            ("no list", |o, _| o.list_of_phone_numbers = None),
            ("another day", |_, opts| opts.today = Some(String::from("2030-01-02"))),
            ("a list again", |o, _| o.list_of_phone_numbers = Some(TnInput::Text("x\ny\n2125550100".into()))),
            ("a bad port type", |o, _| o.port_type = Some(String::from("NOPE"))),
        ];
        let (mut order, mut opts) = (Order::default(), Options::default());
        let mut memo = ListMemo::default();
        for (name, edit) in edits {
            edit(&mut order, &mut opts);
            let full = validate(&order, &opts);
            let before = memo.generation();
            let got = validate_memo(&order, &opts, &mut memo);
            let list_issues = memo.issues().len();
            assert_eq!(memo.lines().len(), list_issues, "{name}: a line for each list issue");
            for (issue, line) in memo.issues().iter().zip(memo.lines()) {
                let place = if memo.items() { "Item " } else { "Line " };
                assert!(
                    issue.message.starts_with(&crate::msg![place, *line, ": "]),
                    "{name}: {issue:?} on line {line}"
                );
            }
            let mut again = ListMemo::default();
            let fresh = validate_memo(&order, &opts, &mut again);
            assert_eq!(again.into_full(fresh), full, "{name}: a fresh memo");
            let mut whole = got.report.clone();
            let rest = whole.issues.split_off(got.at);
            whole.issues.extend(memo.issues().iter().cloned());
            whole.issues.extend(rest);
            assert_eq!(whole, full, "{name}");
            assert_eq!(got.report.ok, full.ok, "{name}: ok");
            // Worked out again exactly when the list or the day changed.
            let relisted = matches!(
                *name,
                "a list" | "a day" | "an extra area code" | "an array" | "no list" | "another day" | "a list again"
            );
            assert_eq!(memo.generation() != before, relisted, "{name}: parsed again ({list_issues} list issues)");
        }
    }
}
