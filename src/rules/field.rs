//! Helpers shared by the end-user detail and editing rules: what counts as given, how long text
//! is, how serious a missing required field is, and one out-of-line way to add an issue.

use super::Facts;
use crate::issue::{Issue, Path, Seg, Severity};
use crate::msg;
use crate::order::label;
use crate::status::EditWindow;

pub use crate::text::given;

/// Length in characters (not bytes: "Café" is 4), of text already trimmed by [`given`].
pub fn chars(s: &str) -> usize {
    // A fold, not `count()`: the latter brings a word-at-a-time counter into the `.wasm`, and
    // these fields are a few dozen characters long.
    s.chars().fold(0, |n, _| n + 1)
}

/// A path from its keys: `["subscriber", "serviceAddress", "zip"]`.
pub fn path_of(keys: &[&'static str]) -> Path {
    keys.iter().map(|&k| Seg::Key(k)).collect()
}

/// Adds one issue at the path `keys`, for `rule`. Out of line on purpose: these rules add issues
/// from dozens of places, and one copy of the building code is much smaller in the `.wasm` than
/// dozens of inlined ones.
pub fn add(
    out: &mut Vec<Issue>,
    severity: Severity,
    keys: &[&'static str],
    code: &'static str,
    message: String,
    rule: &'static str,
) {
    out.push(make(severity, keys, code, message, rule));
}

/// One issue at the path `keys`, for `rule` (out of line, like [`add`]).
#[inline(never)]
pub fn make(
    severity: Severity,
    keys: &[&'static str],
    code: &'static str,
    message: String,
    rule: &'static str,
) -> Issue {
    Issue::new(severity, path_of(keys), code, message).rule(rule)
}

/// A required field that is missing. Decision: a port-in draft may be saved incomplete (that is
/// what `INVALID_DRAFT` is), so there it is a warning; in every other status, and when no status
/// is given (an order about to be submitted), it is an error.
pub fn required(
    out: &mut Vec<Issue>,
    facts: &Facts,
    keys: &[&'static str],
    code: &'static str,
    message: String,
    rule: &'static str,
) {
    let draft = facts.status.is_some_and(|s| s.edit() == EditWindow::Open);
    add(out, if draft { Severity::Warning } else { Severity::Error }, keys, code, message, rule);
}

/// Text over its length limit, if it is.
#[inline(never)]
pub fn limit(
    out: &mut Vec<Issue>,
    keys: &[&'static str],
    text: &str,
    max: usize,
    code: &'static str,
    rule: &'static str,
) {
    let got = chars(text);
    if got > max {
        let accepted = if max == 1 { " is accepted, so shorten it." } else { " are accepted, so shorten it." };
        let message = msg![label(&path_of(keys)), " has ", got, " characters; at most ", max, accepted];
        add(out, Severity::Error, keys, code, message, rule);
    }
}

/// Text with a character outside `allowed`, if it has one.
#[inline(never)]
pub fn charset(
    out: &mut Vec<Issue>,
    keys: &[&'static str],
    text: &str,
    allowed: fn(char) -> bool,
    code: &'static str,
    message: String,
    rule: &'static str,
) {
    if !text.chars().all(allowed) {
        add(out, Severity::Error, keys, code, message, rule);
    }
}
