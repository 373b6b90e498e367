//! `parseTnList(list, options?)`: a pasted TN list on its own, each entry judged as the rules
//! judge the list of an order (R-TN-PARSE, R-TN-NANP, R-TN-COUNTRY, R-TN-AREA-CODE,
//! R-TN-DUPLICATE), answered as lists of what is valid, invalid, repeated and toll-free.

use serde::Serialize;

use crate::issue::Issue;
use crate::rules::{numbers, Facts};
use crate::tn::Tn;

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
pub fn answer(facts: Facts, mut issues: Vec<Issue>) -> ListReport {
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
