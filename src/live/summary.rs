//! A report as a person reads it: issues of one code on one field are one entry, with their
//! count and the first lines they stand on ("2,500 entries are not phone numbers: lines 2, 4, 6,
//! 8, 10 and 2,495 more"), so a pasted spreadsheet column gives a few entries, not thousands.
//! The words are here, once, so every page (the form helper's summary, the list's inline
//! message) says the same; the report itself stays one issue per problem.

use crate::code::Code;
use crate::issue::{Issue, Seg, Severity};
use crate::text::msg;

/// How many lines a grouped entry names before "and N more".
pub const SHOWN_LINES: usize = 5;

/// The action that expands a grouped entry in place to every issue it stands for.
pub const SHOW_ALL: &str = "Show all";

/// The action that folds it again.
pub const SHOW_FEWER: &str = "Show fewer";

/// Issues of one code on one field, in the order they first appear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub code: Code,
    /// Positions of its issues in the slice grouped.
    pub members: Vec<u32>,
}

/// The field an issue is on: its path's keys, list positions left out.
fn same_field(a: &Issue, b: &Issue) -> bool {
    a.path.iter().filter_map(Seg::key).eq(b.path.iter().filter_map(Seg::key))
}

/// Groups `issues` by code and field, each group where its first issue stands.
pub fn group(issues: &[Issue]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (n, issue) in issues.iter().enumerate() {
        let first = |g: &Group| g.members.first().and_then(|&f| issues.get(f as usize));
        match out.iter_mut().find(|g| g.code == issue.code && first(g).is_some_and(|f| same_field(f, issue))) {
            Some(g) => g.members.push(n as u32),
            None => out.push(Group { code: issue.code, members: vec![n as u32] }),
        }
    }
    out
}

/// A group's identity across validations (its code and field), to keep it expanded while it lasts.
pub fn key(issue: &Issue) -> String {
    let mut out = String::from(issue.code.as_str());
    for k in issue.path.iter().filter_map(Seg::key) {
        out.push(' ');
        out.push_str(k);
    }
    out
}

/// What the page says while a large list is being checked: "Checking 100,000 lines…".
pub fn checking(lines: usize) -> String {
    msg!["Checking ", count_text(lines), if lines == 1 { " line\u{2026}" } else { " lines\u{2026}" }]
}

/// A group as a person reads it: its sentence (or its one issue's message), its worst severity,
/// and its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub members: Vec<u32>,
    pub text: String,
    pub severity: Severity,
    pub key: String,
}

/// `issues` grouped and said; `lines` are the lines (or `items`) each issue is about, 0 or none
/// for an issue about no line.
pub fn say(issues: &[Issue], lines: &[u32], items: bool) -> Vec<Said> {
    let mut out = Vec::new();
    for g in group(issues) {
        let Some(first) = g.members.first().and_then(|&f| issues.get(f as usize)) else { continue };
        // The worst severity, and the first lines (all `headline` names), in one pass.
        let mut severity = first.severity;
        let mut at = Vec::new();
        for &i in &g.members {
            if let Some(issue) = issues.get(i as usize) {
                if (issue.severity as u8) < (severity as u8) {
                    severity = issue.severity;
                }
            }
            match lines.get(i as usize) {
                Some(&l) if l > 0 && at.len() < SHOWN_LINES => at.push(l),
                _ => {}
            }
        }
        let text = match g.members.len() {
            1 => String::from(first.message.as_str()),
            n => headline(g.code, n, &at, items, &first.message),
        };
        out.push(Said { text, severity, key: key(first), members: g.members });
    }
    out
}

/// `2500` as `2,500`.
pub fn count_text(n: usize) -> String {
    let digits = msg![n];
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What the entries of a group are, after their count: "entries are not phone numbers".
fn what(code: Code) -> &'static str {
    use Code::*;
    match code {
        TnEmpty | TnCharacter | TnLength | TnCountryCode => "entries are not phone numbers",
        TnAreaCode | TnAreaCodeReserved | TnExchange | TnExchangeN11 | TnFictitious | TnDirectoryAssistance => {
            "entries are not numbers in service"
        }
        TnAreaCodeCountry | TnAreaCodeNonGeographic | TnAreaCodeNotInService => {
            "entries have an area code that cannot be ported here"
        }
        TnAreaCodeNotYet => "entries have an area code not yet in service",
        TnDuplicate => "entries repeat an earlier number",
        _ => "problems of this kind",
    }
}

/// The entry for a group of `count` issues of `code` (more than one), naming the first of
/// `lines` (1-based lines of pasted text, or items of an array when `items`): "2,500 entries are
/// not phone numbers: lines 2, 4, 6, 8, 10 and 2,495 more". Without lines, the first issue's
/// message follows: "3 problems of this kind, the first: …".
pub fn headline(code: Code, count: usize, lines: &[u32], items: bool, first: &str) -> String {
    let mut out = msg![count_text(count), " ", what(code)];
    if lines.is_empty() {
        out.push_str(", the first: ");
        out.push_str(first);
        return out;
    }
    out.push_str(if items { ": items " } else { ": lines " });
    // The lines shown and "N more", joined as `text::join_and` does ("1, 2 and 3"), written in
    // place rather than gathered in vectors first.
    let shown = lines.len().min(SHOWN_LINES);
    let rest = count.saturating_sub(shown);
    let parts = shown + usize::from(rest > 0);
    for (i, &line) in lines.iter().take(shown).enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == parts { " and " } else { ", " });
        }
        out.push_str(&count_text(line as usize));
    }
    if rest > 0 {
        out.push_str(if shown > 0 { " and " } else { "" });
        out.push_str(&count_text(rest));
        out.push_str(" more");
    }
    out.push('.');
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::order::Field;

    #[test]
    fn counts_read_with_thousands() {
        for (n, text) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (2500, "2,500"),
            (100000, "100,000"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(count_text(n), text);
        }
    }

    #[test]
    fn headlines() {
        let cases: &[(Code, usize, &[u32], bool, &str)] = &[
            (
                Code::TnCharacter,
                2500,
                &[2, 4, 6, 8, 10, 12],
                false,
                "2,500 entries are not phone numbers: lines 2, 4, 6, 8, 10 and 2,495 more.",
            ),
            (Code::TnDuplicate, 2, &[3, 9], false, "2 entries repeat an earlier number: lines 3 and 9."),
            (
                Code::TnDuplicate,
                5,
                &[1, 2, 3, 4, 5],
                false,
                "5 entries repeat an earlier number: lines 1, 2, 3, 4 and 5.",
            ),
            (
                Code::TnDuplicate,
                6,
                &[1, 2, 3, 4, 5, 6],
                false,
                "6 entries repeat an earlier number: lines 1, 2, 3, 4, 5 and 1 more.",
            ),
            (Code::TnDuplicate, 4, &[7, 8], false, "4 entries repeat an earlier number: lines 7, 8 and 2 more."),
            (Code::TnFictitious, 3, &[1, 2, 1001], true, "3 entries are not numbers in service: items 1, 2 and 1,001."),
            (Code::DateFormat, 2, &[], false, "2 problems of this kind, the first: Bad."),
        ];
        for &(code, count, lines, items, want) in cases {
            assert_eq!(headline(code, count, lines, items, "Bad."), want);
        }
    }

    #[test]
    fn groups_are_one_code_on_one_field() {
        let at = |i: u32| Field::Tns.at(i);
        let issues = vec![
            Issue::error(at(0), Code::TnCharacter, String::from("a")),
            Issue::error(Field::Pon.path(), Code::TnCharacter, String::from("b")),
            Issue::error(at(2), Code::TnDuplicate, String::from("c")),
            Issue::error(at(5), Code::TnCharacter, String::from("d")),
        ];
        let groups = group(&issues);
        let members: Vec<(Code, Vec<u32>)> = groups.into_iter().map(|g| (g.code, g.members)).collect();
        assert_eq!(
            members,
            vec![(Code::TnCharacter, vec![0, 3]), (Code::TnCharacter, vec![1]), (Code::TnDuplicate, vec![2])]
        );
        let said = say(&issues, &[1, 0, 3, 6], false);
        let texts: Vec<&str> = said.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["2 entries are not phone numbers: lines 1 and 6.", "b", "c"]);
        assert_eq!(said[0].key, "tn.character listOfPhoneNumbers");
    }
}
