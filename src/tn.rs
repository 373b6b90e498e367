//! One telephone number (TN): parsing what a person typed, and the NANP numbering rules
//! (R-TN-PARSE, R-TN-NANP in domain.md).

use crate::code::Code;
use crate::text::msg;
use crate::text::{quote, QUOTE_CLOSE, QUOTE_OPEN};

/// A valid North American number: always exactly 10 ASCII digits, NPA-NXX-XXXX, that passed
/// every R-TN-NANP check. The only way to get one is [`Tn::parse`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tn([u8; 10]);

/// Toll-free area codes in service (R-TN-NANP): 800, 833, 844, 855, 866, 877, 888. Other
/// `8XX` codes are reserved.
#[inline(always)]
fn is_toll_free_npa(a: u8, b: u8, c: u8) -> bool {
    a == b'8' && b == c && matches!(b, b'0' | b'3'..=b'8')
}

/// Why a text is not a valid TN. Each variant has a stable code and a message that says the fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TnError {
    Empty,
    /// A character that cannot be part of a written phone number (letters, `#`, `/`...).
    Character(char),
    /// The number of digits, when it is neither 10 nor 11 with a leading 1.
    Length(usize),
    /// `+44…` or 11+ digits not starting with the NANP country code 1.
    CountryCode,
    /// The area code starts with 0 or 1.
    AreaCode,
    /// N11, ERC (`500`, `900`, `822`…) or N9X area codes: not geographic, not toll-free.
    AreaCodeReserved,
    /// The exchange (NXX) starts with 0 or 1.
    Exchange,
    /// N11 exchange (`411`, `911`…) in a geographic area code.
    ExchangeN11,
    /// 555-0100 to 555-0199.
    Fictitious,
    /// 555-1212.
    DirectoryAssistance,
}

impl TnError {
    pub fn code(self) -> Code {
        match self {
            TnError::Empty => Code::TnEmpty,
            TnError::Character(_) => Code::TnCharacter,
            TnError::Length(_) => Code::TnLength,
            TnError::CountryCode => Code::TnCountryCode,
            TnError::AreaCode => Code::TnAreaCode,
            TnError::AreaCodeReserved => Code::TnAreaCodeReserved,
            TnError::Exchange => Code::TnExchange,
            TnError::ExchangeN11 => Code::TnExchangeN11,
            TnError::Fictitious => Code::TnFictitious,
            TnError::DirectoryAssistance => Code::TnDirectoryAssistance,
        }
    }

    /// One sentence about `typed` (the text as the person typed it) and how to fix it: the
    /// quoted text (trimmed, see [`quote`]) then [`TnError::after_quote`].
    pub fn message(self, typed: &str) -> String {
        match self.after_quote() {
            (true, rest) => msg![quote(typed.trim()), rest],
            (false, rest) => rest,
        }
    }

    /// The message without the typed text: whether it starts with the quoted text, and what
    /// follows it. The same for every entry with this error, so a long list builds it once.
    pub fn after_quote(self) -> (bool, String) {
        let rest = match self {
            TnError::Empty => return (false, msg!["Enter a 10-digit number such as 919-246-0142."]),
            TnError::Character(c) => msg![
                " has ", quote_char(c), ", which cannot be part of a phone number; use digits, optionally with spaces, dashes, dots or parentheses."
            ],
            TnError::Length(n) => msg![
                " has ", n, if n == 1 { " digit" } else { " digits" }, "; a US number has 10 (3-digit area code and 7-digit number)."
            ],
            TnError::CountryCode => msg![" is not a US number: only country code +1 (North America) can be ported here."],
            TnError::AreaCode => msg![" has an area code starting with 0 or 1; US area codes start with 2-9. Check the first digits."],
            TnError::AreaCodeReserved => msg![
                " has an area code that is not in use for ordinary numbers (N11, 5XX/9XX-style service codes or N9X reserved codes); check the area code."
            ],
            TnError::Exchange => msg![" has an exchange (the 3 digits after the area code) starting with 0 or 1; exchanges start with 2-9."],
            TnError::ExchangeN11 => msg![" uses an N11 exchange (such as 411 or 911), which is never assigned to a line; check the digits after the area code."],
            TnError::Fictitious => msg![" is a fictitious number (555-0100 to 555-0199 are reserved for films and examples) and cannot be ported."],
            TnError::DirectoryAssistance => msg![" is directory assistance (555-1212), not a line that can be ported."],
        };
        (true, rest)
    }

    /// The value the message states, by its param name: the digit count of
    /// [`TnError::Length`] (`digits`). A pair, not an issue's params, so that this value type
    /// does not depend on the issue module (which depends on it).
    pub fn stated(self) -> Option<(&'static str, usize)> {
        match self {
            TnError::Length(n) => Some(("digits", n)),
            _ => None,
        }
    }
}

fn quote_char(c: char) -> String {
    match c {
        ' '..='~' => msg![QUOTE_OPEN, c, QUOTE_CLOSE],
        _ => String::from("a character that is not a digit"),
    }
}

/// Characters that may stand between the digits of a written number. Pasted text brings
/// no-break spaces and typographic dashes, so those count too.
pub fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{2010}'..='\u{2015}' | '\u{2212}') || c.is_whitespace()
}

/// A TN crosses to JS as its 10 digits.
impl serde::Serialize for Tn {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Tn {
    /// Parses a number written as a person writes it: `(919) 246-0142`, `919.246.0142`,
    /// `+1 919 246 0142`, `19192460142`. Spaces, dashes, dots and parentheses are ignored;
    /// a leading `+` must be followed by the country code 1. Allocates nothing.
    pub fn parse(text: &str) -> Result<Tn, TnError> {
        let bytes = text.as_bytes();
        let mut digits = [0u8; 11];
        let mut n = 0usize;
        let mut plus = false;
        let mut i = 0usize;
        while let Some(&b) = bytes.get(i) {
            i += 1;
            match b {
                b'0'..=b'9' => {
                    if let Some(slot) = digits.get_mut(n) {
                        *slot = b;
                    }
                    n += 1;
                }
                b' ' | b'-' | b'.' | b'(' | b')' => {}
                b'+' if n == 0 && !plus => plus = true,
                _ if b.is_ascii_whitespace() => {}
                _ => {
                    let c = text.get(i - 1..).and_then(|rest| rest.chars().next()).unwrap_or('?');
                    if !is_separator(c) {
                        return Err(TnError::Character(c));
                    }
                    i += c.len_utf8() - 1;
                }
            }
        }
        let ten = match (n, digits) {
            (0, _) => return Err(if plus { TnError::CountryCode } else { TnError::Empty }),
            (_, [first, ..]) if plus && first != b'1' => return Err(TnError::CountryCode),
            (10, [a, b, c, d, e, f, g, h, i, j, _]) if !plus => [a, b, c, d, e, f, g, h, i, j],
            (11, [b'1', a, b, c, d, e, f, g, h, i, j]) => [a, b, c, d, e, f, g, h, i, j],
            // After `+1`, count only the digits of the number itself.
            (n, _) if plus => return Err(TnError::Length(n - 1)),
            (n, _) => return Err(TnError::Length(n)),
        };
        Tn::from_digits(ten)
    }

    /// The TN with these 10 ASCII digits, if it passes R-TN-NANP.
    pub(crate) fn from_digits(ten: [u8; 10]) -> Result<Tn, TnError> {
        classify(ten).map(|()| Tn(ten))
    }

    /// The 10 digits, `9192460142`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The 10 ASCII digits.
    pub fn digits(&self) -> &[u8; 10] {
        &self.0
    }

    /// `919-246-0142`, for messages.
    pub fn formatted(&self) -> String {
        let s = self.as_str();
        msg![s.get(0..3).unwrap_or(""), '-', s.get(3..6).unwrap_or(""), '-', s.get(6..).unwrap_or("")]
    }

    /// The 10 digits as one number: a cheap key for hashing and sorting.
    #[inline(always)]
    pub fn key(&self) -> u64 {
        // Written out, without a closure or a loop, and in three short chains instead of one of
        // ten multiply-adds: this runs once per number of a pasted list.
        #[inline(always)]
        fn v(digit: u8) -> u64 {
            u64::from(digit.wrapping_sub(b'0'))
        }
        let [a, b, c, x, y, z, l1, l2, l3, l4] = self.0;
        let [a, b, c, x, y, z, l1, l2, l3, l4] = [v(a), v(b), v(c), v(x), v(y), v(z), v(l1), v(l2), v(l3), v(l4)];
        (a * 100 + b * 10 + c) * 10_000_000 + (x * 100 + y * 10 + z) * 10_000 + (l1 * 1000 + l2 * 100 + l3 * 10 + l4)
    }

    /// The area code as an index into a table of the codes 200-999 (`919` -> 719); a valid TN's
    /// area code starts with 2-9, so the index is below 800.
    #[inline(always)]
    pub fn npa_index(&self) -> usize {
        let [a, b, c, ..] = self.0;
        let v = |d: u8| usize::from(d.wrapping_sub(b'0'));
        (v(a) * 100 + v(b) * 10 + v(c)).wrapping_sub(200)
    }

    /// The area code, `919`.
    pub fn npa(&self) -> u16 {
        self.npa_index() as u16 + 200
    }

    #[inline(always)]
    pub fn is_toll_free(&self) -> bool {
        let [a, b, c, ..] = self.0;
        is_toll_free_npa(a, b, c)
    }
}

/// The R-TN-NANP checks on 10 digits.
fn classify(d: [u8; 10]) -> Result<(), TnError> {
    let [a1, a2, a3, x1, x2, x3, l1, l2, l3, l4] = d;
    if a1 < b'2' {
        return Err(TnError::AreaCode);
    }
    let toll_free = is_toll_free_npa(a1, a2, a3);
    if !toll_free && (a2 == a3 || a2 == b'9') {
        return Err(TnError::AreaCodeReserved);
    }
    if x1 < b'2' {
        return Err(TnError::Exchange);
    }
    if !toll_free && x2 == b'1' && x3 == b'1' {
        return Err(TnError::ExchangeN11);
    }
    if [x1, x2, x3] == *b"555" {
        if [l1, l2] == *b"01" {
            return Err(TnError::Fictitious);
        }
        if [l1, l2, l3, l4] == *b"1212" {
            return Err(TnError::DirectoryAssistance);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// R-TN-PARSE and R-TN-NANP, boundary by boundary: (typed, the TN or the error code).
    const CASES: &[(&str, Result<&str, &str>)] = &[
        // formats
        ("9192460142", Ok("9192460142")),
        ("(919) 246-0142", Ok("9192460142")),
        ("919.246.0142", Ok("9192460142")),
        ("919-246-0142", Ok("9192460142")),
        ("+1 919 246 0142", Ok("9192460142")),
        ("+1 (919) 246-0142", Ok("9192460142")),
        ("1-919-246-0142", Ok("9192460142")),
        ("19192460142", Ok("9192460142")),
        ("  919 246 0142  ", Ok("9192460142")),
        ("", Err("tn.empty")),
        ("   ", Err("tn.empty")),
        ("919-246-014", Err("tn.length")),
        ("919-246-01422", Err("tn.length")),
        ("29192460142", Err("tn.length")),
        ("+44 20 7946 0958", Err("tn.country_code")),
        ("+", Err("tn.country_code")),
        ("+1 919 246 01422", Err("tn.length")),
        ("+1 919 246 014", Err("tn.length")),
        ("919-555-0l42", Err("tn.character")),
        ("1-800-FLOWERS", Err("tn.character")),
        ("919 246 0142 x12", Err("tn.character")),
        ("919+555+0142", Err("tn.character")),
        ("９１９５５５０１４２", Err("tn.character")),
        ("919\u{a0}246\u{2013}0142", Ok("9192460142")),
        ("919\u{2212}246\u{2014}0142", Ok("9192460142")),
        ("919\u{2212}246\u{2016}0142", Err("tn.character")),
        // area code: 2-9 first, not N11 / ERC / N9X unless toll-free
        ("019-246-0142", Err("tn.area_code")),
        ("119-246-0142", Err("tn.area_code")),
        ("219-246-0142", Ok("2192460142")),
        ("411-246-0142", Err("tn.area_code_reserved")),
        ("500-246-0142", Err("tn.area_code_reserved")),
        ("900-246-0142", Err("tn.area_code_reserved")),
        ("822-246-0142", Err("tn.area_code_reserved")),
        ("297-246-0142", Err("tn.area_code_reserved")),
        ("398-246-0142", Err("tn.area_code_reserved")),
        ("989-246-0142", Ok("9892460142")),
        ("898-246-0142", Err("tn.area_code_reserved")),
        ("289-246-0142", Ok("2892460142")),
        // toll-free area codes are not reserved
        ("800-246-0142", Ok("8002460142")),
        ("833-234-5678", Ok("8332345678")),
        ("888-234-5678", Ok("8882345678")),
        ("877-234-5678", Ok("8772345678")),
        // exchange: 2-9 first, N11 only in toll-free
        ("919-055-0142", Err("tn.exchange")),
        ("919-155-0142", Err("tn.exchange")),
        ("919-255-0142", Ok("9192550142")),
        ("919-411-0142", Err("tn.exchange_n11")),
        ("919-911-0142", Err("tn.exchange_n11")),
        ("919-412-0142", Ok("9194120142")),
        ("800-411-0142", Ok("8004110142")),
        ("888-911-2345", Ok("8889112345")),
        // 555: 0100-0199 fictitious, 1212 directory assistance, the rest fine
        ("919-555-0099", Ok("9195550099")),
        ("919-555-0100", Err("tn.fictitious")),
        ("919-555-0199", Err("tn.fictitious")),
        ("919-555-0200", Ok("9195550200")),
        ("919-555-1212", Err("tn.directory_assistance")),
        ("919-555-1213", Ok("9195551213")),
        ("919-555-1211", Ok("9195551211")),
    ];

    #[test]
    fn parse_table() {
        for (typed, want) in CASES {
            let got = Tn::parse(typed).map(|tn| tn.as_str().to_owned()).map_err(|e| e.code().as_str());
            assert_eq!(got.as_deref().map_err(|e| *e), *want, "{typed:?}");
        }
    }

    #[test]
    fn toll_free_and_formatting() {
        let tf = Tn::parse("8002460142").unwrap();
        assert!(tf.is_toll_free());
        let geo = Tn::parse("9192460142").unwrap();
        assert!(!geo.is_toll_free());
        assert_eq!(geo.formatted(), "919-246-0142");
        assert!(!Tn::parse("8282460142").unwrap().is_toll_free());
    }

    #[test]
    fn messages_quote_the_input_and_say_the_fix() {
        assert_eq!(
            TnError::Length(9).message(" 919-246-014 "),
            "\u{201c}919-246-014\u{201d} has 9 digits; a US number has 10 (3-digit area code and 7-digit number)."
        );
        assert!(TnError::Character('x').message("919x").contains("\u{201c}x\u{201d}"));
        assert!(TnError::Character('\u{ff11}').message("１").contains("not a digit"));
    }
}
