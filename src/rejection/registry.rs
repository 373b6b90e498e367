//! Codes an operator adds or overrides at run time (`registerRejectionCodes`): their vendors have
//! codes of their own, and a team may prefer its own wording for a published one.
//!
//! Entries are read like an order: every wrong value becomes an issue at its path
//! (`[2, "title"]`), an entry with any issue is left out whole, and nothing throws.

use serde::Serialize;

use crate::code::Code;
use crate::input::{child, Reader, Shape, Source};
use crate::issue::{Issue, Seg};
use crate::limits::MAX_FIELD_TEXT;
use crate::text::msg;
use crate::text::quote;

/// Most entries a registry holds (and a call may send).
pub const MAX_ENTRIES: u32 = 10_000;
/// Longest code, in characters.
pub const MAX_CODE: usize = 32;
/// Longest family name, in characters.
pub const MAX_FAMILY: usize = 60;
/// Most fields one entry may name.
pub const MAX_FIELDS: u32 = 50;

/// One operator entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Custom {
    /// As given (trimmed); matched without regard to ASCII case.
    pub code: String,
    /// `None`: the published code's family, or `"custom"` for a new code.
    pub family: Option<String>,
    pub title: String,
    pub meaning: String,
    pub action: String,
    /// Dotted order paths, each a field of the field table.
    pub fields: Vec<String>,
}

/// What `registerRejectionCodes` returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Registered {
    /// Entries now in effect from this call (new codes and overrides alike).
    pub added: u32,
    /// Why the other entries were left out, each at its path (`[index, field]`).
    pub issues: Vec<Issue>,
}

/// The operator entries in effect.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    entries: Vec<Custom>,
}

impl Registry {
    /// The entry for `code`, regardless of ASCII case.
    pub fn get(&self, code: &str) -> Option<&Custom> {
        let i = self.entries.binary_search_by(|e| by_code(&e.code, code)).ok()?;
        self.entries.get(i)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Reads and adds `entries` (a list of objects): the full `registerRejectionCodes` call.
    pub fn register<S: Source>(&mut self, entries: &S) -> Registered {
        let (read, mut issues) = read_entries(entries);
        let added = self.insert(read, &mut issues);
        Registered { added, issues }
    }

    /// Adds checked entries; an entry for a code already present replaces it. Entries past
    /// [`MAX_ENTRIES`] are refused with an issue.
    pub fn insert(&mut self, entries: Vec<(u32, Custom)>, issues: &mut Vec<Issue>) -> u32 {
        let mut added = 0;
        for (index, entry) in entries {
            match self.entries.binary_search_by(|e| by_code(&e.code, &entry.code)) {
                Ok(i) => {
                    if let Some(slot) = self.entries.get_mut(i) {
                        *slot = entry;
                    }
                }
                Err(i) if self.entries.len() < MAX_ENTRIES as usize => self.entries.insert(i, entry),
                Err(_) => {
                    issues.push(Issue::error(
                        vec![Seg::Index(index)],
                        Code::RejectionTooMany,
                        msg![
                            label(&[Seg::Index(index)]),
                            " was not added: at most ",
                            MAX_ENTRIES,
                            " codes can be registered."
                        ],
                    ));
                    continue;
                }
            }
            added += 1;
        }
        added
    }
}

/// Entries are kept sorted by code, ignoring ASCII case, so a lookup is a binary search.
fn by_code(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes().map(|c| c.to_ascii_lowercase()).cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// "Entry 3", "Entry 3, title", "Entry 3, fields item 2": names in messages (1-based).
fn label(path: &[Seg]) -> String {
    let mut out = String::from("The entries");
    for (k, seg) in path.iter().enumerate() {
        match (k, seg) {
            (0, Seg::Index(i)) => out = msg!["Entry ", *i + 1],
            (_, Seg::Key(key)) => out = msg![out, ", ", *key],
            (_, Seg::Name(key)) => out = msg![out, ", ", &**key],
            (_, Seg::Index(i)) => out = msg![out, " item ", *i + 1],
        }
    }
    out
}

/// Reads a list of entries; returns the good ones with their positions, and an issue for
/// everything wrong.
pub fn read_entries<S: Source>(src: &S) -> (Vec<(u32, Custom)>, Vec<Issue>) {
    let mut issues = Vec::new();
    let mut out = Vec::new();
    let items = match src.shape() {
        Shape::List => match src.items(MAX_ENTRIES) {
            Ok(items) => items,
            Err(why) => {
                Reader { issues: &mut issues, label }.unreadable(Vec::new(), why);
                return (out, issues);
            }
        },
        got => {
            Reader { issues: &mut issues, label }.wrong_type(
                Vec::new(),
                "a list of entries ({ code, title, meaning, action, fields })",
                got,
            );
            return (out, issues);
        }
    };
    for (i, item) in items.iter().enumerate() {
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        let before = issues.len();
        if let Some(entry) = read_entry(item, index, &mut issues) {
            if issues.len() == before {
                out.push((index, entry));
            }
        }
    }
    (out, issues)
}

fn read_entry<S: Source>(item: &S, index: u32, issues: &mut Vec<Issue>) -> Option<Custom> {
    let at = vec![Seg::Index(index)];
    let mut r = Reader { issues, label };
    if item.shape() != Shape::Object {
        r.wrong_type(at, "an object", item.shape());
        return None;
    }
    let code = read_code(&mut r, item, &at);
    let text = |key: &'static str, r: &mut Reader| {
        let value = r.text(item, key, &at, MAX_FIELD_TEXT);
        let blank = match &value {
            Some(v) if !v.trim().is_empty() => return value,
            Some(_) => true,
            None => matches!(item.get(key).map(|v| v.shape()), Ok(Shape::Missing | Shape::Null)),
        };
        if blank {
            let path = child(&at, Seg::Key(key));
            let name = label(&path);
            r.issues.push(Issue::error(
                path,
                Code::RejectionTextRequired,
                msg![name, " is required: write it as text people can act on."],
            ));
        }
        None
    };
    let title = text("title", &mut r);
    let meaning = text("meaning", &mut r);
    let action = text("action", &mut r);
    let fields = read_fields(&mut r, item, &at);
    let family = r.text(item, "family", &at, MAX_FIELD_TEXT).and_then(|f| {
        let n = f.chars().count();
        if f.trim().is_empty() || n > MAX_FAMILY {
            let path = child(&at, Seg::Key("family"));
            let name = label(&path);
            r.issues.push(Issue::error(
                path,
                Code::RejectionFamilyInvalid,
                msg![name, " must be 1 to ", MAX_FAMILY, " characters, such as \u{201c}off-net vendor\u{201d}."],
            ));
            None
        } else {
            Some(f)
        }
    });
    Some(Custom { code: code?, family, title: title?, meaning: meaning?, action: action?, fields: fields? })
}

/// A code is text of letters, digits, `.`, `-`, `_` (at least one letter or digit), or a whole
/// number.
fn read_code<S: Source>(r: &mut Reader, item: &S, at: &[Seg]) -> Option<String> {
    let path = child(at, Seg::Key("code"));
    let Some(v) = r.field(item, "code", at) else {
        let name = label(&path);
        r.issues.push(Issue::error(
            path,
            Code::RejectionCodeInvalid,
            msg![name, " is required: the code as it appears in rejections, such as 7402 or LV-301."],
        ));
        return None;
    };
    let code = match v.shape() {
        Shape::Number => match v.number() {
            Some(n) if n.fract() == 0.0 && (0.0..1e9).contains(&n) => {
                let mut s = String::new();
                crate::text::push_u64(&mut s, n as u64);
                s
            }
            _ => String::new(),
        },
        Shape::Text => match v.text(MAX_FIELD_TEXT) {
            Ok(s) => s.trim().to_owned(),
            Err(why) => {
                r.unreadable(path, why);
                return None;
            }
        },
        got => {
            r.wrong_type(path, "text or a whole number", got);
            return None;
        }
    };
    let ok = !code.is_empty()
        && code.chars().count() <= MAX_CODE
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        && code.bytes().any(|b| b.is_ascii_alphanumeric());
    if ok {
        return Some(code);
    }
    let typed = match v.shape() {
        Shape::Text => v.text(MAX_FIELD_TEXT).unwrap_or_default(),
        _ => String::from("the number"),
    };
    let name = label(&path);
    r.issues.push(Issue::error(
        path,
        Code::RejectionCodeInvalid,
        msg![
            name,
            " ",
            quote(&typed),
            " is not a usable code: use 1 to ",
            MAX_CODE,
            " letters, digits, dots, dashes or underscores, or a whole number."
        ],
    ));
    None
}

/// `fields`: a list of dotted order paths; missing means none.
fn read_fields<S: Source>(r: &mut Reader, item: &S, at: &[Seg]) -> Option<Vec<String>> {
    let Some(v) = r.field(item, "fields", at) else { return Some(Vec::new()) };
    let path = child(at, Seg::Key("fields"));
    if v.shape() != Shape::List {
        r.wrong_type(path, "a list of order paths such as \u{201c}subscriber.serviceAddress.zip\u{201d}", v.shape());
        return None;
    }
    let items = match v.items(MAX_FIELDS) {
        Ok(items) => items,
        Err(why) => {
            r.unreadable(path, why);
            return None;
        }
    };
    let mut out = Vec::new();
    let mut ok = true;
    for (j, f) in items.iter().enumerate() {
        let p = child(&path, Seg::Index(u32::try_from(j).unwrap_or(u32::MAX)));
        let Some(text) = r.text_value(f, p.clone(), MAX_FIELD_TEXT) else {
            if matches!(f.shape(), Shape::Missing | Shape::Null) {
                r.wrong_type(p, "an order path", f.shape());
            }
            ok = false;
            continue;
        };
        if crate::order::Field::from_dotted(&text).is_some() {
            out.push(text);
        } else {
            let name = label(&p);
            r.issues.push(Issue::error(
                p,
                Code::RejectionFieldUnknown,
                msg![
                    name,
                    " ",
                    quote(&text),
                    " is not a field of the order; use a dotted path such as subscriber.serviceAddress.zip."
                ],
            ));
            ok = false;
        }
    }
    ok.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label(&[]), "The entries");
        assert_eq!(label(&[Seg::Index(2), Seg::Key("title")]), "Entry 3, title");
        assert_eq!(label(&[Seg::Index(0), Seg::Key("fields"), Seg::Index(1)]), "Entry 1, fields item 2");
    }
}
