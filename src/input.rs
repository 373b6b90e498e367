//! Reading untrusted, loosely typed input (a JS object, JSON) into the order model.
//!
//! The core never sees a JS value. It reads through [`Source`], which the API layer implements
//! for `JsValue` and this module implements for [`Value`] (native callers and tests). Reading is
//! driven by the order's schema: an object's keys are listed once, at most [`MAX_KEYS`] of them,
//! and only the values of known fields are read, so cycles, huge objects and unknown keys cost
//! next to nothing, and every wrong value becomes an issue at its exact path.

use crate::code::Code;
use crate::issue::{Issue, Path, Seg};
use crate::text::msg;

/// What kind of value sits at a place, in JS terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `undefined`, or a missing property.
    Missing,
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
    /// Anything an order never holds: functions, symbols, BigInts.
    Other(&'static str),
}

impl Shape {
    /// "a number", "an object": for messages.
    pub fn described(self) -> &'static str {
        match self {
            Shape::Missing => "nothing",
            Shape::Null => "null",
            Shape::Bool => "true/false",
            Shape::Number => "a number",
            Shape::Text => "text",
            Shape::List => "a list",
            Shape::Object => "an object",
            Shape::Other(what) => what,
        }
    }
}

/// Why a value could not be read at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Reading it threw (a getter or a Proxy trap), or the host refused it.
    Threw,
    /// Text longer than the limit for its field, in characters.
    TooLong(u32),
    /// A list with more entries than the limit.
    TooMany(u32),
}

impl Unreadable {
    /// The issue at `path`, whose field `label` names: the message, and the `limit` it states.
    fn issue(self, path: Path, label: &str) -> Issue {
        let issue = |message| Issue::error(path, self.code(), message);
        match self {
            Unreadable::Threw => {
                issue(msg![label, " could not be read (reading it raised an error); send plain data."])
            }
            Unreadable::TooLong(limit) => {
                issue(msg![label, " is too long: at most ", limit, " characters are accepted."]).param("limit", limit)
            }
            Unreadable::TooMany(limit) => {
                issue(msg![label, " has too many entries: at most ", limit, " are accepted."]).param("limit", limit)
            }
        }
    }

    fn code(self) -> Code {
        match self {
            Unreadable::Threw => Code::InputUnreadable,
            Unreadable::TooLong(_) => Code::InputTooLong,
            Unreadable::TooMany(_) => Code::InputTooMany,
        }
    }
}

/// Most keys listed of one object: an object with more is reported and not read. Real orders
/// have at most about twenty keys a level.
pub const MAX_KEYS: u32 = 1000;

/// Longest name read (an object's key, an XML element's), in bytes of UTF-8. A longer one is
/// refused unread (`input.name_too_long`), so a name costs at most this much whatever its length
/// (a 10 MiB key took 10 s to compare with the fields). The schema's longest is 26 characters.
/// A JS key crosses cut to 257 UTF-16 units when longer, which is still over the bound.
pub const MAX_NAME: usize = 256;

/// Whether `name` is longer than [`MAX_NAME`].
pub fn name_too_long(name: &str) -> bool {
    name.len() > MAX_NAME
}

/// `name` cut just past [`MAX_NAME`] bytes when it is longer (at the next character boundary):
/// what a source hands over of an over-long name, enough to know it is one and to quote its start.
pub fn bounded_name(name: &str) -> &str {
    let mut end = MAX_NAME + 1;
    while end < name.len() && !name.is_char_boundary(end) {
        end += 1;
    }
    name.get(..end).unwrap_or(name)
}

/// The first character of `text` no field may hold, with its 1-based position in characters: a
/// control character other than tab, line feed and carriage return (C0, DEL, C1: they cannot be
/// sent, or do something on a screen), or a noncharacter (U+FDD0..U+FDEF and the last two code
/// points of every plane, U+FFFE and U+FFFF among them).
pub fn forbidden_character(text: &str) -> Option<(usize, char)> {
    let forbidden = |c: char| {
        let n = u32::from(c);
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
    };
    text.chars().enumerate().find(|&(_, c)| forbidden(c)).map(|(i, c)| (i + 1, c))
}

/// `U+001B`: a character by its code point, at least four hex digits.
pub fn code_point(c: char) -> String {
    let n = u32::from(c);
    let mut out = String::from("U+");
    for shift in [20, 16, 12, 8, 4, 0] {
        if shift < 16 || n >> shift != 0 {
            out.push(char::from(b"0123456789ABCDEF".get(((n >> shift) & 0xF) as usize).copied().unwrap_or(b'0')));
        }
    }
    out
}

/// A loosely typed value the core can read from. Implemented for `JsValue` in the API layer.
pub trait Source: Sized {
    fn shape(&self) -> Shape;
    /// A property of an object; `Missing` when absent.
    fn get(&self, key: &str) -> Result<Self, Unreadable>;
    /// The own string keys of an object in their order, refusing more than `max`; empty for
    /// anything else. Lets names match in any casing (`BillingTelephoneNumber`). A key longer
    /// than [`MAX_NAME`] is given as its [`bounded_name`], never whole.
    fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable>;
    /// The instant of a date object (a JS `Date`) as ISO-8601; `None` for anything else, and
    /// always natively, where no value is a date object.
    fn date(&self) -> Option<String> {
        None
    }
    /// The entries of a list, refusing more than `max`.
    fn items(&self, max: u32) -> Result<Vec<Self>, Unreadable>;
    /// The entries of a list in one read, when there are at most `max` and every one is text of
    /// at most `max_len` characters; `None` otherwise (then the caller reads entry by entry,
    /// which reports what is wrong). In JS a list of numbers is usually exactly this, and
    /// reading it entry by entry costs several boundary calls per entry: for a 999-number
    /// array, most of `validateOrder`'s time.
    fn texts(&self, _max: u32, _max_len: u32) -> Option<Vec<String>> {
        None
    }
    /// The text of a `Text`, refusing more than `max` characters.
    fn text(&self, max: u32) -> Result<String, Unreadable>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
}

/// A plain loosely typed value, for native callers and tests (the JSON data model, plus the JS
/// kinds that matter for error reporting).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Missing,
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
    Other(&'static str),
    /// A value whose reading fails, to test how failures are reported.
    Unreadable(Unreadable),
}

impl Value {
    /// An object from `(key, value)` pairs.
    pub fn object<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Object(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }
}

impl Source for Value {
    fn shape(&self) -> Shape {
        match self {
            Value::Missing => Shape::Missing,
            Value::Null => Shape::Null,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::Text(_) => Shape::Text,
            Value::List(_) => Shape::List,
            Value::Object(_) => Shape::Object,
            Value::Other(what) => Shape::Other(what),
            Value::Unreadable(_) => Shape::Object,
        }
    }

    fn get(&self, key: &str) -> Result<Value, Unreadable> {
        match self {
            Value::Object(pairs) => match pairs.iter().find(|(k, _)| k == key) {
                // Models a getter that throws.
                Some((_, Value::Unreadable(why))) => Err(*why),
                Some((_, v)) => Ok(v.clone()),
                None => Ok(Value::Missing),
            },
            Value::Unreadable(why) => Err(*why),
            _ => Ok(Value::Missing),
        }
    }

    fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable> {
        match self {
            Value::Object(pairs) if pairs.len() > max as usize => Err(Unreadable::TooMany(max)),
            Value::Object(pairs) => Ok(pairs.iter().map(|(k, _)| bounded_name(k).to_owned()).collect()),
            Value::Unreadable(why) => Err(*why),
            _ => Ok(Vec::new()),
        }
    }

    /// As JS does it, so the native tests take the same path.
    fn texts(&self, max: u32, max_len: u32) -> Option<Vec<String>> {
        let Value::List(items) = self else { return None };
        if items.is_empty() || items.len() > max as usize {
            return None;
        }
        let text = |item: &Value| match item {
            Value::Text(s) if s.encode_utf16().count() <= max_len as usize && !s.contains('\n') => Some(s.clone()),
            _ => None,
        };
        items.iter().map(text).collect()
    }

    fn items(&self, max: u32) -> Result<Vec<Value>, Unreadable> {
        match self {
            Value::List(items) if items.len() > max as usize => Err(Unreadable::TooMany(max)),
            Value::List(items) => Ok(items.clone()),
            Value::Unreadable(why) => Err(*why),
            _ => Ok(Vec::new()),
        }
    }

    fn text(&self, max: u32) -> Result<String, Unreadable> {
        match self {
            Value::Text(s) if s.encode_utf16().count() > max as usize => Err(Unreadable::TooLong(max)),
            Value::Text(s) => Ok(s.clone()),
            Value::Unreadable(why) => Err(*why),
            _ => Ok(String::new()),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn boolean(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

/// Reads typed fields out of a [`Source`], recording an issue at the field's path for every
/// value of the wrong type. Absent (`undefined`/`null`) fields read as `None` without an issue:
/// whether a field is required is for the rules to say.
pub struct Reader<'a> {
    pub issues: &'a mut Vec<Issue>,
    /// Names a field for messages; only called when there is something to report.
    pub label: fn(&[Seg]) -> String,
}

impl Reader<'_> {
    /// Looks up `key`; an unreadable property is reported and reads as absent.
    pub fn field<S: Source>(&mut self, obj: &S, key: &'static str, path: &[Seg]) -> Option<S> {
        match obj.get(key) {
            Ok(v) => match v.shape() {
                Shape::Missing | Shape::Null => None,
                _ => Some(v),
            },
            Err(why) => {
                self.unreadable(child(path, Seg::Key(key)), why);
                None
            }
        }
    }

    pub fn unreadable(&mut self, path: Path, why: Unreadable) {
        let label = (self.label)(&path);
        self.issues.push(why.issue(path, &label));
    }

    pub fn wrong_type(&mut self, path: Path, expected: &str, got: Shape) {
        let label = (self.label)(&path);
        self.issues.push(Issue::error(
            path,
            Code::InputType,
            msg![label, " must be ", expected, ", not ", got.described(), "."],
        ));
    }

    /// A text field; anything else is reported and reads as absent.
    pub fn text<S: Source>(&mut self, obj: &S, key: &'static str, path: &[Seg], max: u32) -> Option<String> {
        let v = self.field(obj, key, path)?;
        self.text_value(&v, child(path, Seg::Key(key)), max)
    }

    pub fn text_value<S: Source>(&mut self, v: &S, path: Path, max: u32) -> Option<String> {
        match v.shape() {
            Shape::Text => match v.text(max) {
                Ok(s) => Some(s),
                Err(why) => {
                    self.unreadable(path, why);
                    None
                }
            },
            Shape::Missing | Shape::Null => None,
            got => {
                self.wrong_type(path, "text", got);
                None
            }
        }
    }

    pub fn boolean<S: Source>(&mut self, obj: &S, key: &'static str, path: &[Seg]) -> Option<bool> {
        let v = self.field(obj, key, path)?;
        let b = v.boolean();
        if b.is_none() {
            self.wrong_type(child(path, Seg::Key(key)), "true or false", v.shape());
        }
        b
    }

    /// A number; text holding a whole number is accepted too (form controls give text).
    pub fn number<S: Source>(&mut self, obj: &S, key: &'static str, path: &[Seg]) -> Option<f64> {
        let v = self.field(obj, key, path)?;
        let n = match v.shape() {
            Shape::Number => v.number(),
            Shape::Text => v.text(32).ok().and_then(|s| parse_plain_number(&s)),
            _ => None,
        };
        if n.is_none() {
            self.wrong_type(child(path, Seg::Key(key)), "a number", v.shape());
        }
        n
    }

    /// A nested object; anything else is reported and reads as absent.
    pub fn object<S: Source>(&mut self, obj: &S, key: &'static str, path: &[Seg]) -> Option<S> {
        let v = self.field(obj, key, path)?;
        match v.shape() {
            Shape::Object => Some(v),
            got => {
                self.wrong_type(child(path, Seg::Key(key)), "an object", got);
                None
            }
        }
    }
}

/// `path` with one more step.
pub fn child(path: &[Seg], seg: Seg) -> Path {
    let mut p = Vec::with_capacity(path.len() + 1);
    p.extend_from_slice(path);
    p.push(seg);
    p
}

/// `"12"`, `" 3 "`, `"-4"`: whole-number text as a number; anything else is `None`. (Written out
/// rather than `str::parse::<f64>`, whose float tables cost more in the `.wasm` than all the
/// TN rules.)
pub fn parse_plain_number(s: &str) -> Option<f64> {
    let t = s.trim();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t),
    };
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(sign * digits.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::path;

    #[test]
    fn plain_numbers() {
        for (s, want) in [
            ("12", Some(12.0)),
            (" 3 ", Some(3.0)),
            ("-4", Some(-4.0)),
            ("0", Some(0.0)),
            ("-1.5", None),
            ("", None),
            ("-", None),
            ("1e3", None),
            ("x", None),
            (".", None),
            ("1234567890123456", None),
        ] {
            assert_eq!(parse_plain_number(s), want, "{s:?}");
        }
    }

    #[test]
    fn wrong_types_become_issues_at_their_path() {
        let obj = Value::object([
            ("a", Value::Number(4.0)),
            ("b", Value::text("x")),
            ("c", Value::Null),
            ("d", Value::Unreadable(Unreadable::Threw)),
            ("e", Value::text("y".repeat(11))),
        ]);
        let mut issues = Vec::new();
        let mut r = Reader { issues: &mut issues, label: |p| crate::order::dotted(p).to_uppercase() };
        let base = path!["sub"];
        assert_eq!(r.text(&obj, "a", &base, 10), None);
        assert_eq!(r.text(&obj, "b", &base, 10), Some("x".into()));
        assert_eq!(r.text(&obj, "c", &base, 10), None);
        assert_eq!(r.text(&obj, "d", &base, 10), None);
        assert_eq!(r.text(&obj, "e", &base, 10), None);
        assert_eq!(r.boolean(&obj, "b", &base), None);
        let got: Vec<_> = issues.iter().map(|i| (i.path.clone(), i.code.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (path!["sub", "a"], "input.type"),
                (path!["sub", "d"], "input.unreadable"),
                (path!["sub", "e"], "input.too_long"),
                (path!["sub", "b"], "input.type"),
            ]
        );
        assert_eq!(issues[0].message, "SUB.A must be text, not a number.");
    }
}
