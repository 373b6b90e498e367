//! What every rule returns: a flat list of issues, each at a path into the order.
//!
//! Issues are data, not errors: a caller (a form, a server, a translator) decides what to show.
//! `code` is the stable contract; `message` is English for people and may be reworded.

use std::sync::{Arc, OnceLock};

use serde::Serialize;

use crate::code::Code;
use crate::text::msg;
use crate::tn::Tn;

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
/// [`DisplayPath`] prints it.
pub type Path = Vec<Seg>;

/// Prints a key as itself and an index as `[3]`.
impl std::fmt::Display for Seg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Seg::Index(i) => write!(f, "[{i}]"),
            Seg::Key(k) => f.write_str(k),
            Seg::Name(k) => f.write_str(k),
        }
    }
}

/// Prints a [`Path`] as the command line does: `subscriber.serviceAddress.zip`,
/// `listOfPhoneNumbers[3]`, and `(order)` for the whole order.
///
/// ```
/// use portin_validator::{DisplayPath, Seg};
///
/// let path = [Seg::Key("listOfPhoneNumbers"), Seg::Index(3)];
/// assert_eq!(DisplayPath(&path).to_string(), "listOfPhoneNumbers[3]");
/// assert_eq!(DisplayPath(&[]).to_string(), "(order)");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct DisplayPath<'a>(pub &'a [Seg]);

impl std::fmt::Display for DisplayPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(order)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            if i > 0 && !matches!(seg, Seg::Index(_)) {
                f.write_str(".")?;
            }
            write!(f, "{seg}")?;
        }
        Ok(())
    }
}

/// Builds a [`Path`] from keys and indices in tests: `path!["sub", 3]`. The rules name fields
/// through [`crate::order::Field`] instead, so that a path that does not exist cannot compile.
#[cfg(test)]
macro_rules! test_path {
    ($($seg:expr),* $(,)?) => { vec![$($crate::issue::Seg::from($seg)),*] };
}
#[cfg(test)]
pub(crate) use test_path as path;

/// One finding: where ([`Path`]), what ([`Code`], stable), how serious ([`Severity`]), what to do
/// (the message, plain English), and the domain rule it comes from. Prints as the command line
/// prints it: `listOfPhoneNumbers[1]: error tn.fictitious: Item 2: ...`.
///
/// An issue also carries, as [`Param`]s, the values its message states (a limit and the actual
/// length, a date, an area code, the line of an entry): see [`Issue::params`].
#[derive(Clone, Debug)]
pub struct Issue {
    pub path: Path,
    pub code: Code,
    pub severity: Severity,
    pub message: Message,
    pub rule: Option<&'static str>,
    /// The values given with [`Issue::param`] and [`Issue::with_params`]; those of a
    /// [`Template`] message come from it ([`Issue::params`] lists all of them).
    pub given_params: Params,
}

impl Issue {
    /// An issue of `code`, under the rule the code table gives it.
    pub fn new(severity: Severity, path: Path, code: Code, message: String) -> Self {
        Issue::with_message(severity, path, code, Message::from(message))
    }

    /// [`Issue::new`] with a message that may still be a [`Template`] and its holes.
    pub fn with_message(severity: Severity, path: Path, code: Code, message: Message) -> Self {
        Issue { path, code, severity, message, rule: code.rule(), given_params: Params::default() }
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

    /// Adds a value the message states, under a stable camelCase `name` (docs/rules.md lists
    /// each code's). Build the message from the same variable, so the two cannot disagree.
    pub fn param(self, name: &'static str, value: impl Into<Param>) -> Self {
        self.with_param(name, value.into())
    }

    /// [`Issue::param`] out of line: issues are built in many places, and one copy of this is
    /// smaller in the `.wasm` than one per place (inlined at every call site: +76 bytes gzip).
    #[inline(never)]
    fn with_param(mut self, name: &'static str, value: Param) -> Self {
        self.given_params.0.push((name, value));
        self
    }

    /// Adds every value of `params` ([`Issue::param`] for each).
    #[inline(never)]
    pub fn with_params(mut self, params: Params) -> Self {
        self.given_params.0.extend(params.0);
        self
    }

    /// Every value the message states, by name: those of a [`Template`] message (its named
    /// holes, then its own values), then those given with [`Issue::param`]. Empty for most
    /// issues.
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        let mut all = Vec::new();
        if let Some((template, holes)) = self.message.template() {
            for (name, hole) in template.holes().iter().zip(holes) {
                if !name.is_empty() {
                    all.push((*name, hole.param()));
                }
            }
            all.extend(template.params().iter().cloned());
        }
        all.extend(self.given_params.iter().cloned());
        all
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Equal when everything a caller sees is: the values of a template's holes compare with the
/// same values given with [`Issue::param`].
impl PartialEq for Issue {
    fn eq(&self, other: &Issue) -> bool {
        self.path == other.path
            && self.code == other.code
            && self.severity == other.severity
            && self.message == other.message
            && self.rule == other.rule
            && self.params() == other.params()
    }
}
impl Eq for Issue {}

/// `{ path, code, severity, message, rule?, params? }`: `rule` when there is one, `params` (an
/// object of [`Issue::params`]) when there are any.
impl Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let params = self.params();
        let fields = 4 + usize::from(self.rule.is_some()) + usize::from(!params.is_empty());
        let mut st = s.serialize_struct("Issue", fields)?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("severity", &self.severity)?;
        st.serialize_field("message", &self.message)?;
        if let Some(rule) = self.rule {
            st.serialize_field("rule", rule)?;
        }
        if !params.is_empty() {
            st.serialize_field("params", &Params(params))?;
        }
        st.end()
    }
}

/// A value an issue's message states: a number (a limit, a length, a count, a line) or a text (a
/// date as `YYYY-MM-DD`, an area code, a name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    Number(i64),
    Text(String),
}

impl Serialize for Param {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Param::Number(n) => s.serialize_i64(*n),
            Param::Text(t) => s.serialize_str(t),
        }
    }
}

impl From<u32> for Param {
    fn from(n: u32) -> Param {
        Param::Number(i64::from(n))
    }
}

impl From<usize> for Param {
    fn from(n: usize) -> Param {
        Param::Number(n as i64)
    }
}

impl From<i64> for Param {
    fn from(n: i64) -> Param {
        Param::Number(n)
    }
}

impl From<String> for Param {
    fn from(t: String) -> Param {
        Param::Text(t)
    }
}

impl From<&str> for Param {
    fn from(t: &str) -> Param {
        Param::Text(String::from(t))
    }
}

/// An issue's named values, in the order they were given; serialized as a JSON object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(Vec<(&'static str, Param)>);

impl Params {
    /// `self` with `name` set to `value`.
    pub fn and(self, name: &'static str, value: impl Into<Param>) -> Params {
        self.with(name, value.into())
    }

    /// [`Params::and`] out of line, as [`Issue::param`].
    #[inline(never)]
    fn with(mut self, name: &'static str, value: Param) -> Params {
        self.0.push((name, value));
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, (&'static str, Param)> {
        self.0.iter()
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} {}: {}", DisplayPath(&self.path), self.severity, self.code, self.message)
    }
}

/// Part of a text shared by many values (a pasted list): an entry's text costs a reference
/// count instead of an allocation of its own. Reads, compares and serializes as the text.
#[derive(Clone)]
pub struct Span {
    src: Arc<str>,
    start: u32,
    end: u32,
}

impl Span {
    /// `src[start..end]`; empty when that is not a range of `src` on character boundaries.
    pub fn new(src: Arc<str>, start: usize, end: usize) -> Span {
        let (start, end) = if src.get(start..end).is_some() { (start as u32, end as u32) } else { (0, 0) };
        Span { src, start, end }
    }

    /// A text of its own.
    pub fn owned(text: &str) -> Span {
        Span::new(Arc::from(text), 0, text.len())
    }

    pub fn as_str(&self) -> &str {
        self.src.get(self.start as usize..self.end as usize).unwrap_or_default()
    }

    /// The first `len` bytes (a character boundary), sharing the text.
    pub fn prefix(&self, len: usize) -> Span {
        Span::new(self.src.clone(), self.start as usize, self.start as usize + len.min(self.as_str().len()))
    }

    /// The same part of the same shared text (not only equal text): what a writer that sends
    /// each text once can reuse.
    pub fn same(&self, other: &Span) -> bool {
        Arc::ptr_eq(&self.src, &other.src) && self.start == other.start && self.end == other.end
    }
}

/// The words of a message with holes for what differs from one issue to the next:
/// `parts[0] hole[0] parts[1] hole[1] ... parts[n]`. Built once for all the issues that share
/// it (every "has 3 digits" entry of a list), and sent once across the JS boundary, where the
/// holes are filled the same way: the words stay written here.
///
/// A hole may have a name: its value is then one of the issue's [`Param`]s (the `line` of an
/// entry), taken from the hole, not stored again. Values the same for every issue of the
/// template (an area code) are the template's own [`Params`].
#[derive(Debug, PartialEq, Eq)]
pub struct Template {
    parts: Box<[String]>,
    holes: &'static [&'static str],
    params: Params,
}

impl Template {
    /// A template of `parts`, with a hole between each two (so one hole fewer than parts),
    /// named by `holes` (`""`: not a param).
    pub fn new(parts: Vec<String>, holes: &'static [&'static str]) -> Arc<Template> {
        Template::with_params(parts, holes, Params::default())
    }

    /// [`Template::new`] with the values its words state, given to each of its issues.
    pub fn with_params(parts: Vec<String>, holes: &'static [&'static str], params: Params) -> Arc<Template> {
        Arc::new(Template { parts: parts.into_boxed_slice(), holes, params })
    }

    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    /// The names of the holes, in order (`""` for one that is not a param).
    pub fn holes(&self) -> &'static [&'static str] {
        self.holes
    }

    /// The values every issue of the template states.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The message: the parts with `holes` between them.
    pub fn fill(&self, holes: &[Hole]) -> String {
        let mut out = String::new();
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                if let Some(hole) = holes.get(i - 1) {
                    hole.push_to(&mut out);
                }
            }
            out.push_str(part);
        }
        out
    }
}

/// What fills a hole of a [`Template`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hole {
    None,
    /// In decimal.
    Number(u32),
    /// As it stands (typed text, already shortened for quoting).
    Text(Span),
    /// Written `919-246-0142`.
    Tn(Tn),
}

impl Hole {
    /// The value of a named hole, as a [`Param`]: what it writes ([`Hole::None`], nothing,
    /// is the empty text).
    pub fn param(&self) -> Param {
        match self {
            Hole::None => Param::Text(String::new()),
            Hole::Number(n) => Param::from(*n),
            Hole::Text(t) => Param::from(t.as_str()),
            Hole::Tn(tn) => Param::Text(tn.formatted()),
        }
    }

    pub fn push_to(&self, out: &mut String) {
        match self {
            Hole::None => {}
            Hole::Number(n) => crate::text::push_u64(out, u64::from(*n)),
            Hole::Text(t) => out.push_str(t),
            Hole::Tn(tn) => out.push_str(&tn.formatted()),
        }
    }
}

/// An issue's message: text, or a [`Template`] and its holes, written out the first time it is
/// read. Reads, compares and serializes as the text; a writer that knows templates (the JS
/// boundary) can send the template once and the holes per issue instead.
#[derive(Clone)]
pub struct Message(Repr);

#[derive(Clone)]
enum Repr {
    Text(String),
    Filled { template: Arc<Template>, holes: [Hole; 3], text: OnceLock<String> },
}

impl Message {
    /// `template` with `holes` (as many as the template has; the rest [`Hole::None`]).
    pub fn filled(template: Arc<Template>, holes: [Hole; 3]) -> Message {
        Message(Repr::Filled { template, holes, text: OnceLock::new() })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Text(t) => t,
            Repr::Filled { template, holes, text } => text.get_or_init(|| template.fill(holes)),
        }
    }

    /// The template and holes, for a message made from one.
    pub fn template(&self) -> Option<(&Arc<Template>, &[Hole])> {
        match &self.0 {
            Repr::Text(_) => None,
            Repr::Filled { template, holes, .. } => Some((template, holes)),
        }
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message(Repr::Text(text))
    }
}

impl From<Message> for String {
    fn from(m: Message) -> String {
        match m.0 {
            Repr::Text(t) => t,
            Repr::Filled { template, holes, text } => text.into_inner().unwrap_or_else(|| template.fill(&holes)),
        }
    }
}

/// Both read as the text they stand for: dereference to `str`, compare with strings, print and
/// serialize as that text. Declared once for the two, so they cannot drift apart.
macro_rules! reads_as_text {
    ($($t:ty),*) => {$(
        impl std::ops::Deref for $t {
            type Target = str;
            fn deref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq for $t {
            fn eq(&self, other: &$t) -> bool {
                self.as_str() == other.as_str()
            }
        }
        impl Eq for $t {}

        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl PartialEq<String> for $t {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other
            }
        }

        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}
reads_as_text!(Span, Message);

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
        msg![
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

/// The answer of [`crate::validate_json`] and [`crate::validate_order`]: every issue found, and
/// the counts over the TN list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// False exactly when an issue is an error.
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
