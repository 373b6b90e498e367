//! Helpers shared by the end-user detail and editing rules: what counts as given, how long text
//! is, how serious a missing required field is, and one out-of-line way to add an issue.

use super::Facts;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::status::EditWindow;
use crate::text::msg;

pub use crate::text::given;

/// Length in characters (not bytes: "Café" is 4), of text already trimmed by [`given`].
pub fn chars(s: &str) -> usize {
    // A fold, not `count()`: the latter brings a word-at-a-time counter into the `.wasm`, and
    // these fields are a few dozen characters long.
    s.chars().fold(0, |n, _| n + 1)
}

/// Adds one issue at `field`. Out of line on purpose: these rules add issues
/// from dozens of places, and one copy of the building code is much smaller in the `.wasm` than
/// dozens of inlined ones.
pub fn add(out: &mut Vec<Issue>, severity: Severity, field: Field, code: Code, message: String) {
    out.push(make(severity, field, code, message));
}

/// Adds one issue about the whole order (out of line, like [`add`]).
#[inline(never)]
pub fn whole(out: &mut Vec<Issue>, severity: Severity, code: Code, message: String) {
    out.push(Issue::new(severity, Vec::new(), code, message));
}

/// One issue at `field` (out of line, like [`add`]).
#[inline(never)]
pub fn make(severity: Severity, field: Field, code: Code, message: String) -> Issue {
    Issue::new(severity, field.path(), code, message)
}

/// A required field that is missing. Decision: a port-in draft may be saved incomplete (that is
/// what `INVALID_DRAFT` is), so there it is a warning; in every other status, and when no status
/// is given (an order about to be submitted), it is an error. A supplement body on its own
/// ([`Facts::partial`]) requires nothing.
pub fn required(out: &mut Vec<Issue>, facts: &Facts, field: Field, code: Code, message: String) {
    if facts.partial {
        return;
    }
    let draft = facts.status.is_some_and(|s| s.edit() == EditWindow::Open);
    add(out, if draft { Severity::Warning } else { Severity::Error }, field, code, message);
}

/// Text over its length limit, if it is.
#[inline(never)]
pub fn limit(out: &mut Vec<Issue>, field: Field, text: &str, max: usize, code: Code) {
    let got = chars(text);
    if got > max {
        let accepted = if max == 1 { " is accepted, so shorten it." } else { " are accepted, so shorten it." };
        let message = msg![field.label(), " has ", got, " characters; at most ", max, accepted];
        out.push(make(Severity::Error, field, code, message).param("limit", max).param("actual", got));
    }
}

/// Text with a character outside `allowed`, if it has one.
#[inline(never)]
pub fn charset(out: &mut Vec<Issue>, field: Field, text: &str, allowed: fn(char) -> bool, code: Code, message: String) {
    if !text.chars().all(allowed) {
        add(out, Severity::Error, field, code, message);
    }
}
