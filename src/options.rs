//! What the caller decides: the clock, the saved order, and every configurable limit
//! (api.md `ValidateOptions`). Defaults are the documented ones from domain.md.

use crate::code::Code;
use crate::input::{child, Reader, Shape, Source};
use crate::issue::{Issue, Seg};
use crate::limits::MAX_FIELD_TEXT;
use crate::order::{self, dotted, Order};
use crate::text::msg;

#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The current date in US Eastern time, `YYYY-MM-DD`, as given.
    pub today: Option<String>,
    /// The current instant, ISO-8601, as given (the API layer fills it from the runtime's clock
    /// when the caller gives neither `today` nor `now`; the core never reads a clock).
    pub now: Option<String>,
    /// The order as last saved: turns on the editing rules. Shared, so that copying the options
    /// (to fill in `now`, [`crate::clock::with_now`]) never copies an order: -1,046 bytes gzip.
    pub original: Option<std::sync::Arc<Order>>,
    /// The order is a supplement body (the PUT's `<LnpOrderSupp>`): a change to `original`
    /// (R-EDIT-SUPP). Set by `supp: true`, or by the XML root.
    pub supp: bool,
    pub min_lead_business_days: u32,
    pub recommended_lead_business_days: u32,
    pub max_days_ahead: u32,
    pub on_net_max_tns: u32,
    pub off_net_automated_max_tns: u32,
    pub order_max_tns: u32,
    /// Extra non-business days, `YYYY-MM-DD`, as given.
    pub extra_holidays: Vec<String>,
    pub one_tn_per_order: bool,
    /// `extraAreaCodes`, read: area codes to treat as US geographic codes in service (codes the
    /// embedded numbering data does not know yet), each three digits of geographic form.
    pub extra_area_codes: Vec<u16>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            today: None,
            now: None,
            original: None,
            supp: false,
            min_lead_business_days: 3,
            recommended_lead_business_days: 5,
            max_days_ahead: 30,
            on_net_max_tns: 999,
            off_net_automated_max_tns: 600,
            order_max_tns: 5000,
            extra_holidays: Vec::new(),
            one_tn_per_order: false,
            extra_area_codes: Vec::new(),
        }
    }
}

impl Options {
    /// The default options with `now` set to `instant` (`SystemTime::now()` for a service that
    /// checks orders as they come): the caller reads the clock, the core never does.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use portin_validator::Options;
    ///
    /// let options = Options::at(SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_446_000));
    /// assert_eq!(options.now.as_deref(), Some("2026-11-23T15:00Z"));
    /// ```
    pub fn at(instant: std::time::SystemTime) -> Options {
        let seconds = match instant.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
        };
        let now = crate::date::from_unix_day(seconds.div_euclid(86_400)).map(|day| {
            let mut text = crate::date::ymd_text(day);
            text.push('T');
            crate::date::push_clock(&mut text, seconds.rem_euclid(86_400) as u32);
            text.push('Z');
            text
        });
        Options { now, ..Options::default() }
    }
}

/// Day counts are bounded so that date arithmetic stays cheap whatever the caller sends.
const MAX_DAYS: u32 = 3660;
const MAX_TNS: u32 = 1_000_000;
const MAX_EXTRA_HOLIDAYS: u32 = 1000;
/// Past this many keys, the names are not looked at (a caller's object, not a typo).
const MAX_UNKNOWN_KEYS: u32 = 100;
/// There are 800 three-digit codes.
const MAX_EXTRA_AREA_CODES: u32 = 800;

/// An `extraAreaCodes` entry: three ASCII digits that could be a geographic area code (R-TN-NANP:
/// 2-9 first, not N11 or another code with equal last digits, not N9X); anything else could never
/// be a number's area code here, so listing it is a mistake.
pub fn extra_area_code(text: &str) -> Option<u16> {
    match text.as_bytes() {
        &[a @ b'2'..=b'9', b @ b'0'..=b'8', c @ b'0'..=b'9'] if b != c => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}

fn option_label(path: &[Seg]) -> String {
    msg!["Option ", dotted(path)]
}

/// Reads options; `undefined`/`null` give the defaults. A wrong option is reported with code
/// `options.invalid` at path `[]` (it is not a field of the order) and keeps its default; the
/// saved order's own fields are reported under `["original", ...]`.
pub fn read<S: Source>(src: &S, issues: &mut Vec<Issue>) -> Options {
    let mut opts = Options::default();
    match src.shape() {
        Shape::Missing | Shape::Null => return opts,
        Shape::Object => {}
        got => {
            issues.push(invalid(msg!["Options must be an object, not ", got.described(), "; the defaults were used."]));
            return opts;
        }
    }
    let mut found = Vec::new();
    let mut r = Reader { issues: &mut found, label: option_label };
    opts.today = r.text(src, "today", &[], 64);
    opts.now = r.text(src, "now", &[], 64);
    let days = [
        ("minLeadBusinessDays", &mut opts.min_lead_business_days, MAX_DAYS),
        ("recommendedLeadBusinessDays", &mut opts.recommended_lead_business_days, MAX_DAYS),
        ("maxDaysAhead", &mut opts.max_days_ahead, MAX_DAYS),
        ("onNetMaxTns", &mut opts.on_net_max_tns, MAX_TNS),
        ("offNetAutomatedMaxTns", &mut opts.off_net_automated_max_tns, MAX_TNS),
        ("orderMaxTns", &mut opts.order_max_tns, MAX_TNS),
    ];
    for (key, slot, max) in days {
        if let Some(n) = r.number(src, key, &[]) {
            if n.fract() == 0.0 && (0.0..=f64::from(max)).contains(&n) {
                *slot = n as u32;
            } else {
                r.issues.push(invalid(msg![
                    "Option ",
                    key,
                    " must be a whole number from 0 to ",
                    max,
                    "; the default was used."
                ]));
            }
        }
    }
    if let Some(b) = r.boolean(src, "oneTnPerOrder", &[]) {
        opts.one_tn_per_order = b;
    }
    opts.supp = r.boolean(src, "supp", &[]) == Some(true);
    each_text(&mut r, src, "extraHolidays", MAX_EXTRA_HOLIDAYS, "a list of dates (YYYY-MM-DD)", &mut |_, day| {
        opts.extra_holidays.push(day)
    });
    each_text(
        &mut r,
        src,
        "extraAreaCodes",
        MAX_EXTRA_AREA_CODES,
        "a list of three-digit area codes",
        &mut |r, text| match extra_area_code(text.trim()) {
            Some(npa) => opts.extra_area_codes.push(npa),
            None => r.issues.push(invalid(msg![
                "Option extraAreaCodes: ",
                crate::text::quote(&text),
                " is not an area code; list three-digit codes such as 471 (2-9 first, not N11 or N9X)."
            ])),
        },
    );
    as_invalid(found, issues);
    if let Some(saved) = r_original(src, issues) {
        opts.original = Some(std::sync::Arc::new(saved));
    }
    unknown_names(src, issues);
    opts
}

/// Every option name, `attachForm`'s own (`kind`, `disableSubmit`) included.
const NAMES: &[&str] = &[
    "today",
    "now",
    "original",
    "supp",
    "minLeadBusinessDays",
    "recommendedLeadBusinessDays",
    "maxDaysAhead",
    "onNetMaxTns",
    "offNetAutomatedMaxTns",
    "orderMaxTns",
    "extraHolidays",
    "oneTnPerOrder",
    "extraAreaCodes",
    "kind",
    "disableSubmit",
];

/// A name no option answers to (`todya`) is a warning, with the option it is closest to: a
/// misspelled option would otherwise be ignored without a word.
fn unknown_names<S: Source>(src: &S, issues: &mut Vec<Issue>) {
    let Ok(keys) = src.keys(MAX_UNKNOWN_KEYS) else { return };
    for key in keys.iter().filter(|k| !NAMES.contains(&k.as_str())) {
        let shown = crate::text::quote(key);
        let message = match NAMES.iter().find(|name| order::read::near(key, name, 2)) {
            Some(name) => msg!["Unknown option ", shown, " is not read (did you mean ", *name, "?)."],
            None => msg!["Unknown option ", shown, " is not read."],
        };
        issues.push(Issue::warning(Vec::new(), Code::OptionsUnknown, message));
    }
}

/// Hands each text entry of the list option `key` to `each`; a value that is not a list of text,
/// or a list of over `max` entries, is reported as the other options are.
fn each_text<S: Source>(
    r: &mut Reader,
    src: &S,
    key: &'static str,
    max: u32,
    expected: &str,
    each: &mut dyn FnMut(&mut Reader, String),
) {
    let Some(list) = r.field(src, key, &[]) else { return };
    let at = child(&[], Seg::Key(key));
    match (list.shape(), list.items(max)) {
        (Shape::List, Ok(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(text) = r.text_value(item, child(&at, Seg::Index(i as u32)), MAX_FIELD_TEXT) {
                    each(r, text);
                }
            }
        }
        (Shape::List, Err(why)) => r.unreadable(at, why),
        (got, _) => r.wrong_type(at, expected, got),
    }
}

fn r_original<S: Source>(src: &S, issues: &mut Vec<Issue>) -> Option<Order> {
    let base = [Seg::Key("original")];
    let mut r = Reader { issues, label: order::label };
    let saved = r.field(src, "original", &[])?;
    order::read_at(&saved, &base, r.issues)
}

/// A true/false option outside [`read`] (`toLnpOrderXml`'s `supp`): anything else, `"true"`
/// included, is `options.invalid` and reads as not given, so the default is said, not assumed.
pub fn flag<S: Source>(src: &S, key: &'static str, issues: &mut Vec<Issue>) -> Option<bool> {
    if src.shape() != Shape::Object {
        return None;
    }
    let mut found = Vec::new();
    let b = Reader { issues: &mut found, label: option_label }.boolean(src, key, &[]);
    as_invalid(found, issues);
    b
}

/// What the options' reader found, as `options.invalid` issues (one place, one copy in the `.wasm`).
fn as_invalid(found: Vec<Issue>, issues: &mut Vec<Issue>) {
    issues.extend(found.into_iter().map(|i| invalid(i.message.into())));
}

fn invalid(message: String) -> Issue {
    Issue::error(Vec::new(), Code::OptionsInvalid, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Value;
    use crate::issue::Severity;

    #[test]
    fn defaults_and_overrides() {
        let mut issues = Vec::new();
        assert_eq!(read(&Value::Missing, &mut issues), Options::default());
        let o = read(
            &Value::object([
                ("minLeadBusinessDays", Value::Number(4.0)),
                ("orderMaxTns", Value::text("10")),
                ("oneTnPerOrder", Value::Bool(true)),
                ("extraHolidays", Value::List(vec![Value::text("2026-12-24")])),
                ("today", Value::text("2026-11-23")),
            ]),
            &mut issues,
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!((o.min_lead_business_days, o.order_max_tns, o.one_tn_per_order), (4, 10, true));
        assert_eq!(o.extra_holidays, vec!["2026-12-24".to_string()]);
        assert_eq!(o.today.as_deref(), Some("2026-11-23"));
    }

    #[test]
    fn bad_options_are_reported_and_keep_defaults() {
        let cases = [
            ("minLeadBusinessDays", Value::Number(-1.0)),
            ("minLeadBusinessDays", Value::Number(1.5)),
            ("maxDaysAhead", Value::Number(f64::INFINITY)),
            ("maxDaysAhead", Value::Number(f64::NAN)),
            ("onNetMaxTns", Value::text("many")),
            ("oneTnPerOrder", Value::text("yes")),
            ("extraHolidays", Value::text("2026-12-24")),
            ("today", Value::Number(20261123.0)),
        ];
        for (key, v) in cases {
            let mut issues = Vec::new();
            let o = read(&Value::object([(key, v.clone())]), &mut issues);
            assert_eq!(o, Options::default(), "{key} {v:?}");
            assert_eq!(issues.len(), 1, "{key} {v:?}");
            assert_eq!((issues[0].code.as_str(), issues[0].path.is_empty()), ("options.invalid", true));
            assert!(issues[0].message.contains(key), "{}", issues[0].message);
        }
        for bad in [Value::text("471"), Value::List(vec![Value::text("47")]), Value::List(vec![Value::Number(471.0)])]
            .into_iter()
            .chain(["1xx", "111", "411", "191", "800", "4710", ""].map(|t| Value::List(vec![Value::text(t)])))
        {
            let mut issues = Vec::new();
            let o = read(&Value::object([("extraAreaCodes", bad.clone())]), &mut issues);
            assert_eq!(o, Options::default(), "{bad:?}");
            assert_eq!(issues.len(), 1, "{bad:?}");
            assert_eq!(issues[0].code, "options.invalid");
            assert!(issues[0].message.contains("extraAreaCodes"), "{}", issues[0].message);
        }
        let mut issues = Vec::new();
        let o = read(
            &Value::object([("extraAreaCodes", Value::List(vec![Value::text(" 471 "), Value::text("237")]))]),
            &mut issues,
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(o.extra_area_codes, vec![471, 237]);
        let mut issues = Vec::new();
        read(&Value::Number(3.0), &mut issues);
        assert_eq!(issues[0].code, "options.invalid");
    }

    #[test]
    fn a_misspelled_option_is_a_warning_that_names_the_close_one() {
        let mut issues = Vec::new();
        let o = read(
            &Value::object([
                ("todya", Value::text("2026-11-23")),
                ("MaxDaysAhead", Value::Number(5.0)),
                ("colour", Value::text("red")),
                ("kind", Value::text("lsr")),
            ]),
            &mut issues,
        );
        assert_eq!(o, Options::default());
        let said: Vec<(&str, &str, Severity)> =
            issues.iter().map(|i| (i.code.as_str(), i.message.as_str(), i.severity)).collect();
        assert_eq!(
            said,
            [
                ("options.unknown", "Unknown option “todya” is not read (did you mean today?).", Severity::Warning),
                (
                    "options.unknown",
                    "Unknown option “MaxDaysAhead” is not read (did you mean maxDaysAhead?).",
                    Severity::Warning
                ),
                ("options.unknown", "Unknown option “colour” is not read.", Severity::Warning),
            ]
        );
    }

    #[test]
    fn the_saved_order_is_read_at_its_own_path() {
        let mut issues = Vec::new();
        let o = read(&Value::object([("original", Value::object([("pon", Value::Number(1.0))]))]), &mut issues);
        assert_eq!(o.original.as_deref(), Some(&Order::default()));
        assert_eq!(issues[0].path, crate::issue::path!["original", "pon"]);
        assert_eq!(issues[0].message, "Saved order field PON must be text, not a number.");
    }
}
