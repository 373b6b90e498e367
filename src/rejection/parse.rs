//! Reading a rejection as people paste it: `17008: ... TN: [9195550142], PON: [ABC123], FOC Date:
//! [01/13/2030]`, `Error 7402: ...`, a code inside a sentence, or only the code.
//!
//! The text is only read, never interpreted as markup: `<b>7402</b>` is the code 7402 between two
//! tags, and nothing is decoded, stripped or escaped.

use crate::tn::{is_separator, Tn, TnError};

/// What a rejection text says besides its code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// Every telephone number, 10 digits, first-occurrence order, no repeats.
    pub tns: Vec<String>,
    /// Every PON given as `PON: X`, `PON=[X]` or `PON [X]`, no repeats.
    pub pons: Vec<String>,
    /// Every date, `YYYY-MM-DD`, no repeats.
    pub dates: Vec<String>,
    /// The first date labelled as a FOC date (`FOC Date: [01/13/2030]`).
    pub foc_date: Option<String>,
    /// Byte ranges taken by numbers and dates, which are never codes.
    taken: Vec<(usize, usize)>,
}

/// Reads the numbers, PONs and dates out of a rejection text.
pub fn scan(text: &str) -> Scan {
    let mut s = Scan::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !bytes.get(i - 1).is_some_and(u8::is_ascii_alphanumeric);
        if boundary {
            if let Some((end, date)) = date_at(bytes, i) {
                if s.foc_date.is_none() && labelled_foc(bytes, i) {
                    s.foc_date = Some(date.clone());
                }
                push_new(&mut s.dates, date);
                s.taken.push((i, end));
                i = end;
                continue;
            }
            if let Some((end, tn)) = tn_at(text, i) {
                push_new(&mut s.tns, tn);
                s.taken.push((i, end));
                i = end;
                continue;
            }
            if let Some((end, pon)) = pon_at(text, i) {
                push_new(&mut s.pons, pon);
                s.taken.push((i, end));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    s
}

impl Scan {
    /// Whether byte `at` lies in a number, date or PON already read.
    pub fn is_taken(&self, at: usize) -> bool {
        self.taken.iter().any(|&(a, b)| at >= a && at < b)
    }

    /// Runs of digits that could be a code (`7402`, `17008`), with their byte offset: not part of
    /// a number, date, word (`E24`, `ABC123`) or a larger figure (`27601-1234`, `1,000`, `2.5`).
    pub fn digit_runs<'a>(&self, text: &'a str) -> Vec<(usize, &'a str)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
                continue;
            }
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let before = start.checked_sub(1).and_then(|j| bytes.get(j)).copied();
            let after = bytes.get(i).copied();
            let glued = |c: Option<u8>, beyond: Option<u8>| match c {
                Some(c) if c.is_ascii_alphabetic() => true,
                Some(b'.' | b',' | b'/' | b'-') => beyond.is_some_and(|b| b.is_ascii_digit()),
                _ => false,
            };
            let before2 = start.checked_sub(2).and_then(|j| bytes.get(j)).copied();
            let taken = self.taken.iter().any(|&(a, b)| start < b && i > a);
            if !taken && !glued(before, before2) && !glued(after, bytes.get(i + 1).copied()) {
                if let Some(run) = text.get(start..i) {
                    out.push((start, run));
                }
            }
        }
        out
    }
}

fn push_new(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Words made of ASCII letters and digits, with their byte offset (for carrier codes: `E24`).
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        (i > start).then(|| (start, text.get(start..i).unwrap_or("")))
    })
}

/// A telephone number starting at byte `i`: `9195550142`, `(919) 555-0142`, `919.555.0142`,
/// `+1 919 555 0142`, `1-919-555-0142`. Returns its end and its 10 digits.
///
/// The crate's TN parser decides on the span; numbers it refuses only for being unassigned
/// (555-01XX, 555-1212, N11 exchanges, reserved area codes) are still reported, because the
/// message names them: they are facts of the rejection, not input to validate.
fn tn_at(text: &str, i: usize) -> Option<(usize, String)> {
    let mut p = Cursor { text, at: i };
    if p.eat(b'+') {
        p.require(b'1')?;
        p.separator();
    } else if p.peek() == Some(b'1') && !p.digits_ahead(10) {
        p.at += 1;
        p.separator();
    }
    if p.eat(b'(') {
        p.digits(3)?;
        p.require(b')')?;
        p.separator();
    } else {
        p.digits(3)?;
        p.separator();
    }
    p.digits(3)?;
    p.separator();
    p.digits(4)?;
    if p.peek().is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let span = text.get(i..p.at)?;
    let digits: String = span.chars().filter(char::is_ascii_digit).collect();
    let ten = digits.get(digits.len().checked_sub(10)?..)?.to_owned();
    match Tn::parse(span) {
        Ok(tn) => Some((p.at, tn.as_str().to_owned())),
        Err(TnError::Fictitious | TnError::DirectoryAssistance | TnError::ExchangeN11 | TnError::AreaCodeReserved) => {
            Some((p.at, ten))
        }
        Err(_) => None,
    }
}

struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let yes = self.peek() == Some(b);
        if yes {
            self.at += 1;
        }
        yes
    }

    fn require(&mut self, b: u8) -> Option<()> {
        self.eat(b).then_some(())
    }

    fn digits(&mut self, n: usize) -> Option<()> {
        for _ in 0..n {
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            self.at += 1;
        }
        Some(())
    }

    /// Exactly `n` digits from here, then no digit.
    fn digits_ahead(&self, n: usize) -> bool {
        let bytes = self.text.as_bytes();
        (0..n).all(|k| bytes.get(self.at + k).is_some_and(u8::is_ascii_digit))
            && !bytes.get(self.at + n).is_some_and(u8::is_ascii_digit)
    }

    /// At most one separator between groups of digits (a space, dash, dot, no-break space or
    /// typographic dash), as the TN parser accepts them.
    fn separator(&mut self) {
        if let Some(c) = self.text.get(self.at..).and_then(|rest| rest.chars().next()) {
            if is_separator(c) && c != '(' && c != ')' && !matches!(c, '\n' | '\r' | '\t') {
                self.at += c.len_utf8();
            }
        }
    }
}

/// A date starting at byte `i`: `2030-01-13` (also the date of `2030-01-13T10:00:00Z`),
/// `01/13/2030`, `1/13/30`, `01-13-2030`. US order (month first) for slashed dates.
fn date_at(bytes: &[u8], i: usize) -> Option<(usize, String)> {
    let run = |at: usize| bytes.get(at..).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
    let value =
        |at: usize, n: usize| bytes.get(at..at + n).map(|d| d.iter().fold(0u32, |v, b| v * 10 + u32::from(b - b'0')));
    let a = run(i);
    let sep = *bytes.get(i + a)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    let b_at = i + a + 1;
    let b = run(b_at);
    if bytes.get(b_at + b) != Some(&sep) {
        return None;
    }
    let c_at = b_at + b + 1;
    let c = run(c_at);
    let end = c_at + c;
    let (year, month, day) = match (a, b, c) {
        (4, 2, 2) if sep == b'-' => (value(i, 4)?, value(b_at, 2)?, value(c_at, 2)?),
        (1..=2, 1..=2, 4) => (value(c_at, 4)?, value(i, a)?, value(b_at, b)?),
        (1..=2, 1..=2, 2) if sep == b'/' => (2000 + value(c_at, 2)?, value(i, a)?, value(b_at, b)?),
        _ => return None,
    };
    if bytes.get(end).is_some_and(|e| e.is_ascii_alphanumeric() && *e != b'T') {
        return None;
    }
    let date = chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some((end, crate::date::ymd_text(date)))
}

/// Whether the date at `i` is labelled as a FOC date: `FOC` shortly before it.
fn labelled_foc(bytes: &[u8], i: usize) -> bool {
    let from = i.saturating_sub(24);
    bytes.get(from..i).is_some_and(|before| before.windows(3).any(|w| w.eq_ignore_ascii_case(b"foc")))
}

/// `PON: ABC123`, `PON: [ABC123]`, `PON=ABC123`, `PON [ABC123]` at byte `i`: the PON. A PON is
/// letters, digits, `-`, `_` and `#`; `PON Version` and `PONs` are not PONs.
fn pon_at(text: &str, i: usize) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    if !bytes.get(i..i + 3)?.eq_ignore_ascii_case(b"pon") {
        return None;
    }
    let mut at = i + 3;
    let skip_spaces = |at: &mut usize| {
        while bytes.get(*at) == Some(&b' ') {
            *at += 1;
        }
    };
    skip_spaces(&mut at);
    let mut marked = false;
    if matches!(bytes.get(at), Some(b':' | b'=')) {
        marked = true;
        at += 1;
        skip_spaces(&mut at);
    }
    if bytes.get(at) == Some(&b'[') {
        marked = true;
        at += 1;
    }
    if !marked {
        return None;
    }
    let start = at;
    while bytes.get(at).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'#')) && at - start < 40
    {
        at += 1;
    }
    let pon = text.get(start..at)?;
    (!pon.is_empty()).then(|| (at, pon.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for (text, want) in [
            ("01/13/2030", Some("2030-01-13")),
            ("1/3/2030", Some("2030-01-03")),
            ("2030-01-13", Some("2030-01-13")),
            ("2030-01-13T10:00:00Z", Some("2030-01-13")),
            ("12/31/29", Some("2029-12-31")),
            ("02/29/2028", Some("2028-02-29")),
            ("02/29/2027", None),
            ("13/01/2030", None),
            ("2030-1-13", None),
            ("01-13-2030", Some("2030-01-13")),
            ("01/13/20301", None),
        ] {
            assert_eq!(date_at(text.as_bytes(), 0).map(|(_, d)| d), want.map(String::from), "{text}");
        }
    }

    #[test]
    fn numbers() {
        for (text, want) in [
            ("9195550142", Some("9195550142")),
            ("(919) 555-0142", Some("9195550142")),
            ("(919)555-0142", Some("9195550142")),
            ("919.555.0142", Some("9195550142")),
            ("+1 919 555 0142", Some("9195550142")),
            ("1-919-555-0142", Some("9195550142")),
            ("19195550142", Some("9195550142")),
            ("919\u{a0}555\u{2013}0142", Some("9195550142")),
            ("1195550142", None),
            ("9190550142", None),
            ("91955501423", None),
            ("919555014", None),
            ("919-555-0142x", None),
        ] {
            assert_eq!(tn_at(text, 0).map(|(_, t)| t), want.map(String::from), "{text}");
        }
    }

    #[test]
    fn pons() {
        for (text, want) in [
            ("PON: [ABC123]", Some("ABC123")),
            ("pon=X-1_2#3", Some("X-1_2#3")),
            ("PON [Q]", Some("Q")),
            ("PON Version: 2", None),
            ("PON is taken", None),
            ("PON: []", None),
            ("PONs: A", None),
        ] {
            assert_eq!(pon_at(text, 0).map(|(_, p)| p), want.map(String::from), "{text}");
        }
    }
}
