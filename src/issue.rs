//! What every rule returns: a flat list of issues, each at a path into the order.
//!
//! Issues are data, not errors: a caller (a form, a server, a translator) decides what to show.
//! `code` is the stable contract; `message` is English for people and may be reworded.

use serde::Serialize;

use crate::code::Code;

pub use crate::severity::Severity;

/// One step of a path into the order: a field name or a position in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Seg {
    Key(&'static str),
    Index(u32),
    /// A key as the input spelt it, for a field the model does not know (`billingTelephoneNumbr`).
    Name(Box<str>),
}

impl Seg {
    /// The key of a [`Seg::Key`] or [`Seg::Name`].
    pub fn key(&self) -> Option<&str> {
        match self {
            Seg::Key(k) => Some(k),
            Seg::Name(k) => Some(k),
            Seg::Index(_) => None,
        }
    }
}

impl From<&'static str> for Seg {
    fn from(key: &'static str) -> Self {
        Seg::Key(key)
    }
}

impl From<u32> for Seg {
    fn from(index: u32) -> Self {
        Seg::Index(index)
    }
}

/// A path into the order, e.g. `["subscriber", "serviceAddress", "zip"]`; empty for the whole order.
pub type Path = Vec<Seg>;

/// Builds a [`Path`] from keys and indices in tests: `path!["sub", 3]`. The rules name fields
/// through [`crate::order::Field`] instead, so that a path that does not exist cannot compile.
#[cfg(test)]
macro_rules! test_path {
    ($($seg:expr),* $(,)?) => { vec![$($crate::issue::Seg::from($seg)),*] };
}
#[cfg(test)]
pub(crate) use test_path as path;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub path: Path,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

impl Issue {
    /// An issue of `code`, under the rule the code table gives it.
    pub fn new(severity: Severity, path: Path, code: Code, message: String) -> Self {
        Issue { path, code, severity, message, rule: code.rule() }
    }

    pub fn error(path: Path, code: Code, message: String) -> Self {
        Issue::new(Severity::Error, path, code, message)
    }

    pub fn warning(path: Path, code: Code, message: String) -> Self {
        Issue::new(Severity::Warning, path, code, message)
    }

    pub fn info(path: Path, code: Code, message: String) -> Self {
        Issue::new(Severity::Info, path, code, message)
    }

    /// Names the domain rule (`R-…`) the issue comes from, where that is not its code's own (the
    /// TN codes of a BTN come from R-TN-BTN).
    pub fn rule(mut self, rule: &'static str) -> Self {
        self.rule = Some(rule);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Counts over the order's telephone-number list.
///
/// `count = valid + invalid + duplicates`: every non-blank entry is exactly one of a first
/// occurrence of a valid TN, an entry that is not a valid TN, or a repeat of an earlier valid TN.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TnSummary {
    pub count: u32,
    pub valid: u32,
    pub invalid: u32,
    pub duplicates: u32,
    pub toll_free: u32,
    /// Where the numbers are, per state or country (`validateOrder` only; empty elsewhere).
    pub places: Vec<TnPlace>,
}

/// The numbers of one state or country: `NY (212, 646): 3`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TnPlace {
    /// `NY`, `Canada, Ontario`, `Jamaica`, `Toll-free`, `US` (an `extraAreaCodes` code),
    /// `Non-geographic`, `Not in service`.
    pub place: String,
    /// The area codes, in the order they first appear.
    pub area_codes: Vec<String>,
    /// Distinct valid numbers, and entries rejected for their area code.
    pub count: u32,
}

impl TnSummary {
    /// The live count a page shows next to the list: "2 valid, 1 invalid, 1 duplicate, 0 toll-free".
    pub fn describe(&self) -> String {
        let duplicates = if self.duplicates == 1 { " duplicate, " } else { " duplicates, " };
        crate::msg![
            self.valid,
            " valid, ",
            self.invalid,
            " invalid, ",
            self.duplicates,
            duplicates,
            self.toll_free,
            " toll-free"
        ]
    }
}

/// What the form helper shows when a report has no issue at all.
pub const NO_PROBLEMS: &str = "No problems found.";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub ok: bool,
    pub issues: Vec<Issue>,
    pub tns: TnSummary,
}

impl Report {
    /// `ok` is derived here and nowhere else: false exactly when an issue is an error.
    pub fn new(issues: Vec<Issue>, tns: TnSummary) -> Self {
        Report { ok: !issues.iter().any(Issue::is_error), issues, tns }
    }
}
