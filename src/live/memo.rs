//! What a form keeps between keystrokes ([`ListMemo`]): the TN list's work, done again only when
//! the list or what its rules read changed. Used by the form helper and `orderSchema`; a one-shot
//! validation (`rules::validate`) never goes through it.

use crate::issue::{Issue, Report, TnPlace, TnSummary};
use crate::numbering::check::AreaRules;
use crate::options::Options;
use crate::order::{Order, TnInput};
use crate::rules::{self, numbers, places, Facts};
use crate::tn_list::TnList;

/// What a caller that validates the same order again and again (the form helper, once per
/// keystroke) keeps between validations, so that the TN list is parsed and its entries' issues
/// built again only when the list itself or what its rules read (the day, `extraAreaCodes`)
/// changed: an edit to the business name then costs what a 10-entry list does, whatever the list
/// holds. It holds one list at a time: a new list replaces the old one, nothing accumulates.
#[derive(Default)]
pub struct ListMemo {
    /// The list, the area rules and whether the order is finished (its entries are not judged,
    /// R-STATUS-TERMINAL) the rest was worked out for; `None` before the first use.
    key: Option<(Option<TnInput>, AreaRules, bool)>,
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
    places: Vec<TnPlace>,
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
        let terminal = Facts::header(order, &mut Vec::new()).terminal;
        let fresh = self.key.as_ref().is_some_and(|(list, rules, done)| {
            *list == order.list_of_phone_numbers && *rules == area && *done == terminal
        });
        if !fresh {
            // The header's issues are reported below, once per validation.
            let mut facts = Facts::new(order, area.clone(), &mut Vec::new());
            let mut list_issues = Vec::new();
            if !terminal {
                numbers::entries(&facts, &mut list_issues);
            }
            self.has_error = list_issues.iter().any(Issue::is_error);
            // In the order `numbers::entries` reports them.
            let t = &facts.tns;
            self.lines.clear();
            if !terminal {
                self.lines.extend(t.invalid.iter().map(|b| b.line).chain(t.dated.iter().map(|d| d.line)));
                for dup in &t.duplicates {
                    self.lines.extend(dup.at.iter().skip(1).map(|&(_, line)| line));
                }
                if t.truncated {
                    self.lines.push(0);
                }
            }
            self.issues = list_issues;
            self.places = places::places(&facts);
            self.non_text_items = facts.non_text_items;
            self.from_text = facts.from_text;
            self.tns = std::mem::take(&mut facts.tns);
            self.key = Some((order.list_of_phone_numbers.clone(), area, terminal));
            self.generation = self.generation.wrapping_add(1);
        }
        let mut facts = Facts::header(order, issues);
        facts.tns = std::mem::take(&mut self.tns);
        (facts.non_text_items, facts.from_text) = (self.non_text_items, self.from_text);
        facts.area = self.key.as_ref().map(|(_, a, _)| a.clone()).unwrap_or_default();
        facts
    }

    fn restore(&mut self, facts: Facts) {
        self.tns = facts.tns;
    }
}

/// `rules::validate` through `memo`: the same verdicts, with the list's entries' issues left in
/// the memo (see [`MemoReport`]).
pub fn validate(order: &Order, options: &Options, memo: &mut ListMemo) -> MemoReport {
    // A supplement body is judged as the saved order after it (R-EDIT-SUPP), through the one
    // merge in `rules::validate`; no list is kept for it (its list is the body's, or the saved
    // one's, or none).
    if options.supp {
        *memo = ListMemo { generation: memo.generation.wrapping_add(1), ..ListMemo::default() };
        let report = rules::validate(order, options);
        return MemoReport { at: report.issues.len(), report };
    }
    let mut issues = Vec::new();
    // The clock first, for the area-code rules; its issues after the order's own, as in
    // `rules::validate`.
    let (clock, mut clock_issues) = rules::clock_of(options);
    let area = AreaRules::new(clock.today, &options.extra_area_codes);
    let mut facts = memo.facts(order, area, &mut issues);
    issues.append(&mut clock_issues);
    facts.clock = clock;
    let at = issues.len();
    rules::run(order, &facts, options, &mut issues);
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
    use crate::text::msg;

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
            ("a finished order", |o, _| o.status = Some(String::from("CANCELLED"))),
            ("open again", |o, _| o.status = Some(String::from("EXCEPTION"))),
            // A supplement body (the form helper with `supp: true`): the saved order after it.
            ("a supplement", |o, opts| {
                o.list_of_phone_numbers = None;
                opts.supp = true;
                let saved = Order {
                    status: Some(String::from("EXCEPTION")),
                    list_of_phone_numbers: Some(TnInput::Text("2125550100\nx".into())),
                    ..Order::default()
                };
                opts.original = Some(std::sync::Arc::new(saved));
            }),
            ("a whole order again", |_, opts| opts.supp = false),
        ];
        let (mut order, mut opts) = (Order::default(), Options::default());
        let mut memo = ListMemo::default();
        for (name, edit) in edits {
            edit(&mut order, &mut opts);
            let full = rules::validate(&order, &opts);
            let before = memo.generation();
            let got = validate(&order, &opts, &mut memo);
            let list_issues = memo.issues().len();
            assert_eq!(memo.lines().len(), list_issues, "{name}: a line for each list issue");
            for (issue, line) in memo.issues().iter().zip(memo.lines()) {
                let place = if memo.items() { "Item " } else { "Line " };
                assert!(issue.message.starts_with(&msg![place, *line, ": "]), "{name}: {issue:?} on line {line}");
            }
            let mut again = ListMemo::default();
            let fresh = validate(&order, &opts, &mut again);
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
                "a list"
                    | "a day"
                    | "an extra area code"
                    | "an array"
                    | "no list"
                    | "another day"
                    | "a list again"
                    | "a finished order"
                    | "open again"
                    | "a supplement"
                    | "a whole order again"
            );
            assert_eq!(memo.generation() != before, relisted, "{name}: parsed again ({list_issues} list issues)");
        }
    }
}
