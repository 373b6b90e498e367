//! Building messages without `format!`.
//!
//! `format!` and `Display` pull the formatting machinery into the `.wasm` (several KB gzipped,
//! see `../shared/notes/wasm-size.md`); messages only ever join text and whole numbers, so
//! `msg!` does exactly that.

/// Something that can be appended to a message.
pub trait Part {
    fn push_to(&self, out: &mut String);
}

impl Part for &str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Part for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Part for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl Part for u32 {
    fn push_to(&self, out: &mut String) {
        push_u64(out, u64::from(*self));
    }
}

impl Part for usize {
    fn push_to(&self, out: &mut String) {
        push_u64(out, *self as u64);
    }
}

impl Part for i64 {
    fn push_to(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        push_u64(out, self.unsigned_abs());
    }
}

/// Appends a whole number in decimal.
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(slot) = buf.get_mut(at) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    for &b in buf.iter().skip(at) {
        out.push(char::from(b));
    }
}

/// Appends `n` zero-padded to `width` digits (dates: `2026-01-05`).
pub fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut digits = String::new();
    push_u64(&mut digits, u64::from(n));
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// The text of a field when it holds more than white space, trimmed: blank counts as not given.
pub fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// Joins message parts: `msg!["Line ", line, ": ", text]`. Imported as an item
/// (`use crate::text::msg;`), like any other helper.
macro_rules! msg {
    ($($part:expr),* $(,)?) => {{
        let mut out = ::std::string::String::new();
        $( $crate::text::Part::push_to(&$part, &mut out); )*
        out
    }};
}
pub(crate) use msg;

/// `"a"`, `"a and b"`, `"a, b and c"`: lists in messages.
pub fn join_and(items: &[&str]) -> String {
    let mut out = String::new();
    let last = items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i == last { " and " } else { ", " });
        }
        out.push_str(item);
    }
    out
}

/// The marks around quoted input: `“`, `”`, and `…` where it was shortened.
pub const QUOTE_OPEN: &str = "\u{201c}";
pub const QUOTE_CLOSE: &str = "\u{201d}";
pub const QUOTE_CUT: &str = "\u{2026}";

/// How much of typed text a message quotes: the first 40 characters, and whether any
/// were left out. The list's messages are filled from this (and the marks above) without
/// building the quote, so they read exactly as [`quote`] writes it.
pub fn quoted_part(text: &str) -> (&str, bool) {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => (text.get(..at).unwrap_or(text), true),
        None => (text, false),
    }
}

/// Shortens text typed by a person for quoting in a message, on a character boundary.
pub fn quote(text: &str) -> String {
    let (shown, cut) = quoted_part(text);
    msg![QUOTE_OPEN, shown, if cut { QUOTE_CUT } else { "" }, QUOTE_CLOSE]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_padding() {
        for (n, want) in
            [(0u64, "0"), (7, "7"), (10, "10"), (999, "999"), (18446744073709551615, "18446744073709551615")]
        {
            let mut s = String::new();
            push_u64(&mut s, n);
            assert_eq!(s, want);
        }
        let mut s = String::new();
        push_padded(&mut s, 5, 2);
        push_padded(&mut s, 2026, 4);
        push_padded(&mut s, 12, 2);
        assert_eq!(s, "05202612");
        assert_eq!(msg!["a", 1u32, 'b', String::from("c"), -3i64], "a1bc-3");
    }

    #[test]
    fn lists_and_quotes() {
        assert_eq!(join_and(&[]), "");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(join_and(&["a", "b"]), "a and b");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
        assert_eq!(quote("919"), "\u{201c}919\u{201d}");
        let long = "x".repeat(41);
        assert_eq!(quote(&long).chars().count(), 40 + 3);
    }
}
