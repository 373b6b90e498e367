//! R-REJECT-EXPLAIN (domain.md section 6): what a rejection code means, what to do, which order
//! fields to fix, and what the rejection message says (numbers, PON, dates).
//!
//! - [`catalog`]: every published porting code, explained in this project's own words.
//! - [`parse`]: reading a pasted rejection message.
//! - [`registry`]: codes an operator adds or overrides at run time.
//!
//! Nothing here fails: an unknown code, an empty string or a value of the wrong type each get an
//! answer with `known: false` and generic guidance.

pub mod catalog;
pub mod parse;
pub mod registry;

use serde::Serialize;

use crate::input::{Shape, Source, Unreadable};
use crate::limits::MAX_FIELD_TEXT;
use crate::text::msg;
pub use registry::{Custom, Registered, Registry};

/// The answer of `explainRejection` (api.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The code found (`"17008"`), as registered for an operator code; `""` when none.
    pub code: String,
    pub known: bool,
    /// `"carrier rejection"`, `"lsr validation"`, ... ([`catalog::Family::name`]), an
    /// operator's family, or `"unknown"`.
    pub family: String,
    pub title: String,
    pub meaning: String,
    pub action: String,
    /// Dotted order paths to fix, e.g. `"subscriber.serviceAddress"`.
    pub fields: Vec<String>,
    pub details: Details,
    /// Could a check before submission have caught it (`false`: only the losing carrier's
    /// records, the provider's state or an outage can tell)?
    pub preventable: bool,
    /// The ids of the rules that catch it before submission (`["R-DATE-LEAD"]`); empty when none
    /// does (yet).
    #[serde(rename = "preventedBy")]
    pub prevented_by: Vec<String>,
}

/// What the rejection message itself says.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Details {
    /// Every telephone number in the message, 10 digits, in order, no repeats.
    pub tns: Vec<String>,
    /// The first PON in the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pon: Option<String>,
    /// The first date labelled as a FOC date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub foc_date: Option<String>,
    /// Every PON in the message (17008 can name one per number).
    pub pons: Vec<String>,
    /// Every date in the message, `YYYY-MM-DD`.
    pub dates: Vec<String>,
    /// The losing carrier's own code (`E24`) when the message carries one the catalog knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier_code: Option<String>,
    /// The message as given (outer whitespace trimmed) when it holds more than the code: plain
    /// text, never interpreted (HTML in it stays as typed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// What `explainRejection` was given, once read.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Text(String),
    Number(f64),
    /// Text over [`MAX_FIELD_TEXT`] characters, left unread.
    TooLong,
    /// Anything else, described ("an object", "null").
    Other(&'static str),
}

/// Reads any value: text, a number, or anything else (which gets a generic answer).
pub fn read_input<S: Source>(src: &S) -> Input {
    match src.shape() {
        Shape::Text => match src.text(MAX_FIELD_TEXT) {
            Ok(s) => Input::Text(s),
            Err(Unreadable::TooLong(_)) => Input::TooLong,
            Err(_) => Input::Other("an unreadable value"),
        },
        Shape::Number => src.number().map_or(Input::Other("a number"), Input::Number),
        other => Input::Other(other.described()),
    }
}

pub fn explain(input: &Input, registry: &Registry) -> Explanation {
    match input {
        Input::Text(text) => explain_text(text, registry),
        Input::Number(n) if n.fract() == 0.0 && (0.0..1e9).contains(n) => {
            let mut digits = String::new();
            crate::text::push_u64(&mut digits, *n as u64);
            explain_text(&digits, registry)
        }
        Input::Number(_) => no_code(
            msg!["A rejection code is a whole number such as 7402; this number is not one."],
            Details::default(),
        ),
        Input::TooLong => no_code(
            msg!["The text is longer than ", MAX_FIELD_TEXT, " characters, so it was not read."],
            Details::default(),
        ),
        Input::Other(what) => no_code(
            msg!["Expected a rejection code or message, as text or a number, not ", *what, "."],
            Details::default(),
        ),
    }
}

/// A found code: where it starts in the text and how it reads.
struct Found<'a> {
    at: usize,
    code: &'a str,
    /// A published code (by number), when it is one.
    number: Option<u32>,
}

/// Explains a rejection message, or a bare code.
pub fn explain_text(text: &str, registry: &Registry) -> Explanation {
    let scan = parse::scan(text);
    let trimmed = text.trim();
    let found = find_code(text, trimmed, &scan, registry);
    let mut details = Details {
        pon: scan.pons.first().cloned(),
        foc_date: scan.foc_date,
        tns: scan.tns,
        pons: scan.pons,
        dates: scan.dates,
        carrier_code: None,
        text: None,
    };
    let Some(found) = found else {
        if let Some(code) =
            catalog::code_of_carrier(trimmed).filter(|_| trimmed.bytes().any(|b| b.is_ascii_alphabetic()))
        {
            details.carrier_code = Some(trimmed.to_owned());
            let mut digits = String::new();
            crate::text::push_u64(&mut digits, u64::from(code));
            return match catalog::find(code, Some(trimmed)) {
                Some(r) => published(&digits, &r, details),
                None => unknown(&digits, details),
            };
        }
        if !trimmed.is_empty() {
            details.text = Some(trimmed.to_owned());
        }
        let meaning = if trimmed.is_empty() {
            String::from("The text is empty.")
        } else {
            String::from("The text holds no number that looks like a porting rejection code (3 to 5 digits, such as 7402 or 17008).")
        };
        return no_code(meaning, details);
    };
    if trimmed != found.code {
        details.text = Some(trimmed.to_owned());
    }
    if let Some(custom) = registry.get(found.code) {
        // An operator's rewording of a published code keeps what the catalog says of preventing it.
        let record = found.number.and_then(|n| catalog::find(n, None));
        let builtin = record.map(|r| r.family.name());
        return Explanation {
            code: custom.code.clone(),
            known: true,
            family: custom.family.clone().unwrap_or_else(|| String::from(builtin.unwrap_or("custom"))),
            title: custom.title.clone(),
            meaning: custom.meaning.clone(),
            action: custom.action.clone(),
            fields: custom.fields.clone(),
            details,
            preventable: record.is_some_and(|r| r.preventable()),
            prevented_by: record.map(|r| r.prevented_by().map(String::from).collect()).unwrap_or_default(),
        };
    }
    let Some(number) = found.number else { return unknown(found.code, details) };
    let carriers = catalog::carrier_codes(number);
    let carrier = parse::words(text)
        .filter(|(at, _)| *at != found.at)
        .find_map(|(_, w)| carriers.iter().find(|c| c.eq_ignore_ascii_case(w)).copied());
    details.carrier_code = carrier.map(String::from);
    match catalog::find(number, carrier) {
        Some(r) => published(found.code, &r, details),
        None => unknown(found.code, details),
    }
}

/// The code in a text: the first published or registered code; else the first run of 3-5 digits
/// that looks like one; else the text itself when it is only digits.
fn find_code<'a>(text: &'a str, trimmed: &'a str, scan: &parse::Scan, registry: &Registry) -> Option<Found<'a>> {
    let runs = scan.digit_runs(text);
    let known = catalog::Known::new();
    let published = |run: &str| catalog::number(run).filter(|n| known.contains(*n));
    let mut best = runs.iter().find_map(|&(at, run)| published(run).map(|n| Found { at, code: run, number: Some(n) }));
    if !registry.is_empty() {
        if let Some((at, code)) = registered_in(text, scan, registry) {
            if best.as_ref().is_none_or(|b| at < b.at || (at == b.at && code.len() > b.code.len())) {
                best = Some(Found { at, code, number: catalog::number(code) });
            }
        }
    }
    if best.is_some() {
        return best;
    }
    let bytes = text.as_bytes();
    let looks_like_code = |&&(at, run): &&(usize, &str)| {
        let in_parens = at > 0 && bytes.get(at - 1) == Some(&b'(') && bytes.get(at + run.len()) == Some(&b')');
        (3..=5).contains(&run.len()) && !run.starts_with('0') && !(run.len() == 5 && in_parens)
    };
    if let Some(&(at, run)) = runs.iter().find(looks_like_code) {
        return Some(Found { at, code: run, number: catalog::number(run) });
    }
    let only_digits = !trimmed.is_empty() && trimmed.len() <= 9 && trimmed.bytes().all(|b| b.is_ascii_digit());
    only_digits.then(|| Found {
        at: text.len() - text.trim_start().len(),
        code: trimmed,
        number: catalog::number(trimmed),
    })
}

/// The first registered code standing as a word of its own in `text`, outside numbers and dates.
fn registered_in<'a>(text: &'a str, scan: &parse::Scan, registry: &Registry) -> Option<(usize, &'a str)> {
    let bytes = text.as_bytes();
    let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_');
    for start in 0..bytes.len() {
        let starts_word = bytes.get(start).is_some_and(u8::is_ascii_alphanumeric)
            && (start == 0 || !bytes.get(start - 1).is_some_and(|b| allowed(*b)));
        if !starts_word || scan.is_taken(start) {
            continue;
        }
        let mut longest = None;
        let mut end = start;
        while end < bytes.len() && end - start < registry::MAX_CODE && bytes.get(end).is_some_and(|b| allowed(*b)) {
            end += 1;
            let at_boundary = !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
            if at_boundary {
                if let Some(word) = text.get(start..end).filter(|w| registry.get(w).is_some()) {
                    longest = Some(word);
                }
            }
        }
        if let Some(word) = longest {
            return Some((start, word));
        }
    }
    None
}

/// The catalog's explanation of a published code.
fn published(code: &str, r: &catalog::Record, details: Details) -> Explanation {
    let fill = |s: &str| catalog::fill(s, r.subject);
    Explanation {
        code: code.to_owned(),
        known: true,
        family: String::from(r.family.name()),
        title: fill(r.title),
        meaning: fill(r.meaning),
        action: fill(r.action),
        fields: catalog::paths(r.fields),
        details,
        preventable: r.preventable(),
        prevented_by: r.prevented_by().map(String::from).collect(),
    }
}

/// A code that is neither published nor registered: generic guidance, from its range.
fn unknown(code: &str, details: Details) -> Explanation {
    let hint = match catalog::number(code).unwrap_or(0) {
        6000..=6999 => "; codes from 6100 to 6579 come from the off-net porting vendor (Level 3/Lumen), whose own text is the best guide",
        7100..=7299 => "; codes in this range usually mean a required field is missing or a value is not valid",
        7300..=7399 => "; codes in this range usually concern changing, cancelling, scheduling or activating an order",
        7400..=7499 => "; codes in this range usually mean the losing carrier rejected the order, most often over the name, service address, BTN, account number or PIN",
        7500..=7599 => "; codes in this range usually concern the list of numbers or the current provider's port-out checks",
        7600..=7699 => "; codes in this range usually concern toll-free ports, activation windows or the porting vendors",
        7700..=7799 => "; codes in this range concern bulk port-ins",
        17000..=17999 => "; codes in this range are checks on LSRs (requests to port numbers out)",
        _ => "",
    };
    Explanation {
        code: code.to_owned(),
        known: false,
        family: String::from("unknown"),
        title: msg!["Code ", code, " is not in the catalog"],
        meaning: msg!["This code is not among the published porting codes", hint, "."],
        action: String::from(
            "Read the text that came with the code; it usually names the field or the step. Compare the end-user details with the losing carrier's records, and if the cause stays unclear, open a ticket with the porting team quoting the code and the whole message.",
        ),
        fields: Vec::new(),
        details,
        preventable: false,
        prevented_by: Vec::new(),
    }
}

fn no_code(meaning: String, details: Details) -> Explanation {
    Explanation {
        code: String::new(),
        known: false,
        family: String::from("unknown"),
        title: String::from("No rejection code found"),
        meaning,
        action: String::from(
            "Paste the code, or the whole rejection message from the order's history or notes. Numbers, PONs and dates found in the text are listed in the details.",
        ),
        fields: Vec::new(),
        details,
        preventable: false,
        prevented_by: Vec::new(),
    }
}
