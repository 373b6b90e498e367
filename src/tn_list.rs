//! A list of TNs as people paste it (R-TN-PARSE, R-TN-DUPLICATE): split, parse every entry,
//! find duplicates. One pass, no allocation per valid number.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::limits::MAX_LIST_ENTRIES;
use crate::tn::{is_separator, Tn, TnError};

/// An entry that is not a valid TN, kept as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// 0-based position among the list's entries (the array index for arrays).
    pub index: u32,
    /// 1-based line of pasted text (for arrays, `index + 1`).
    pub line: u32,
    pub text: String,
    pub error: TnError,
}

/// A TN that stands more than once, with every place it stands, first one first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub tn: Tn,
    /// `(index, line)` of each occurrence.
    pub at: Vec<(u32, u32)>,
}

/// Everything known about a TN list after one pass.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TnList {
    /// Distinct valid TNs, in the order they first appear.
    pub tns: Vec<Tn>,
    /// Non-blank entries seen (valid, invalid and repeats).
    pub entries: u32,
    pub invalid: Vec<Invalid>,
    pub duplicates: Vec<Duplicate>,
    /// How many of `tns` are toll-free.
    pub toll_free: u32,
    /// The text had more than [`MAX_LIST_ENTRIES`] entries; the rest was not read.
    pub truncated: bool,
}

impl TnList {
    /// Entries that repeat an earlier TN (each occurrence after the first).
    pub fn repeats(&self) -> u32 {
        self.duplicates.iter().map(|d| d.at.len().saturating_sub(1) as u32).sum()
    }

    pub fn toll_free_tns(&self) -> impl Iterator<Item = &Tn> {
        self.tns.iter().filter(|tn| tn.is_toll_free())
    }

    pub fn contains(&self, tn: &Tn) -> bool {
        self.tns.contains(tn)
    }

    /// The same valid numbers, however written and in whatever order (the editing rules compare
    /// TN lists as sets). Uses the collector's own map type, so it adds no hashing code.
    pub fn same_numbers(&self, other: &TnList) -> bool {
        let mut index: HashMap<u64, u32, BuildHasherDefault<MixHasher>> = HashMap::default();
        for tn in &other.tns {
            index.insert(key(tn), 0);
        }
        self.tns.len() == other.tns.len() && self.tns.iter().all(|tn| index.contains_key(&key(tn)))
    }
}

/// Builds a [`TnList`] entry by entry.
#[derive(Default)]
pub struct Collector {
    list: TnList,
    /// TN -> its index in `list.tns`.
    seen: HashMap<u64, u32, BuildHasherDefault<MixHasher>>,
    /// Per `list.tns` index: its index in `list.duplicates`, or `NONE`.
    dup_of: Vec<u32>,
    /// Per `list.tns` index: `(index, line)` of its first occurrence.
    first_at: Vec<(u32, u32)>,
}

const NONE: u32 = u32::MAX;

impl Collector {
    /// Adds one entry (not blank) at `index`, on `line`.
    pub fn push(&mut self, index: u32, line: u32, text: &str) {
        self.list.entries += 1;
        match Tn::parse(text) {
            Err(error) => self.list.invalid.push(Invalid { index, line, text: text.trim().to_owned(), error }),
            Ok(tn) => match self.seen.get(&key(&tn)).copied() {
                None => {
                    let at = self.list.tns.len() as u32;
                    self.seen.insert(key(&tn), at);
                    self.list.toll_free += u32::from(tn.is_toll_free());
                    self.list.tns.push(tn);
                    self.dup_of.push(NONE);
                    self.first_at.push((index, line));
                }
                Some(at) => self.repeat(tn, at as usize, (index, line)),
            },
        }
    }

    fn repeat(&mut self, tn: Tn, at: usize, place: (u32, u32)) {
        let dup = self.dup_of.get(at).copied().unwrap_or(NONE);
        if let Some(d) = self.list.duplicates.get_mut(dup as usize) {
            d.at.push(place);
        } else if let Some(slot) = self.dup_of.get_mut(at) {
            *slot = self.list.duplicates.len() as u32;
            let first = self.first_at.get(at).copied().unwrap_or(place);
            self.list.duplicates.push(Duplicate { tn, at: vec![first, place] });
        }
    }

    pub fn finish(self) -> TnList {
        self.list
    }
}

/// The TN's digits as one number, for hashing.
fn key(tn: &Tn) -> u64 {
    tn.as_str().bytes().fold(0u64, |k, b| k * 10 + u64::from(b - b'0'))
}

/// A multiplicative hash for the 34-bit TN keys: SipHash's flood resistance buys nothing here
/// (the list is the user's own) and costs most of the time per number.
#[derive(Default)]
pub struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(26);
    }
}

/// Parses pasted text: entries are separated by line breaks, commas, semicolons and tabs, and by
/// spaces between complete numbers (`919 246 0142 919 246 0143` is two numbers). Blank entries
/// are skipped; every other entry is a valid TN, a repeat, or reported invalid with its line.
pub fn parse_text(text: &str) -> TnList {
    let mut c = Collector::default();
    let mut index = 0u32;
    'lines: for (line_no, line) in lines(text) {
        for segment in line.split([',', ';', '\t']) {
            for entry in Entries::new(segment) {
                if index >= MAX_LIST_ENTRIES {
                    c.list.truncated = true;
                    break 'lines;
                }
                c.push(index, line_no, entry);
                index += 1;
            }
        }
    }
    c.finish()
}

/// Parses a list given as separate items (an array): each non-blank item is one entry, at its
/// own index. `None` items (not text) are the caller's to report.
pub fn parse_items<'a>(items: impl IntoIterator<Item = Option<&'a str>>) -> TnList {
    let mut c = Collector::default();
    for (i, item) in items.into_iter().enumerate() {
        let i = i as u32;
        if let Some(text) = item.filter(|t| !t.trim().is_empty()) {
            c.push(i, i + 1, text);
        }
    }
    c.finish()
}

/// Lines with their 1-based numbers; `\n`, `\r\n` and `\r` all end a line.
fn lines(text: &str) -> impl Iterator<Item = (u32, &str)> {
    let mut rest = Some(text);
    let mut n = 0u32;
    std::iter::from_fn(move || {
        let s = rest?;
        n += 1;
        match s.find(['\n', '\r']) {
            Some(at) => {
                let (line, tail) = s.split_at(at);
                let skip = if tail.starts_with("\r\n") { 2 } else { 1 };
                rest = tail.get(skip..);
                Some((n, line))
            }
            None => {
                rest = None;
                Some((n, s))
            }
        }
    })
}

/// Splits one segment (no line breaks, commas, semicolons or tabs left) into entries: runs of
/// space-separated pieces are joined until they hold one number's digits (10, or 11 after a
/// leading `1`/`+1`). A piece with characters no number has stands alone and is reported as is.
struct Entries<'a> {
    segment: &'a str,
    /// Byte offset where the next piece search starts.
    pos: usize,
}

impl<'a> Entries<'a> {
    fn new(segment: &'a str) -> Self {
        Entries { segment, pos: 0 }
    }

    /// The next whitespace-separated piece as byte offsets `(start, end)`.
    fn piece(&self, from: usize) -> Option<(usize, usize)> {
        let rest = self.segment.get(from..)?;
        let start = from + rest.find(|c: char| !c.is_whitespace())?;
        let tail = self.segment.get(start..)?;
        let end = start + tail.find(char::is_whitespace).unwrap_or(tail.len());
        Some((start, end))
    }
}

/// Could this piece be part of a written number?
fn is_number_piece(piece: &str) -> bool {
    piece.chars().all(|c| c.is_ascii_digit() || c == '+' || is_separator(c))
}

impl<'a> Iterator for Entries<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (start, mut end) = self.piece(self.pos)?;
        let first = self.segment.get(start..end).unwrap_or("");
        self.pos = end;
        if !is_number_piece(first) {
            return Some(first);
        }
        let mut digits = count_digits(first);
        let mut target = target_digits(first);
        while target.is_none_or(|t| digits < t) {
            let Some((s, e)) = self.piece(self.pos) else { break };
            let piece = self.segment.get(s..e).unwrap_or("");
            if !is_number_piece(piece) {
                break;
            }
            let d = count_digits(piece);
            let t = target.or_else(|| target_digits(piece));
            if t.is_some_and(|t| digits + d > t) {
                break;
            }
            digits += d;
            target = t;
            end = e;
            self.pos = e;
        }
        self.segment.get(start..end)
    }
}

fn count_digits(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

/// How many digits a number starting with this piece has: 11 after a country code, else 10;
/// `None` while the piece has no digit yet.
fn target_digits(piece: &str) -> Option<usize> {
    if piece.starts_with('+') {
        return Some(11);
    }
    piece.bytes().find(u8::is_ascii_digit).map(|d| if d == b'1' { 11 } else { 10 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(segment: &str) -> Vec<&str> {
        Entries::new(segment).collect()
    }

    #[test]
    fn splitting_on_spaces_between_complete_numbers() {
        let cases: &[(&str, &[&str])] = &[
            ("919 246 0142", &["919 246 0142"]),
            ("919 246 0142 919 246 0143", &["919 246 0142", "919 246 0143"]),
            ("(919) 246-0142 919.246.0143", &["(919) 246-0142", "919.246.0143"]),
            ("+1 919 246 0142 1 919 246 0143", &["+1 919 246 0142", "1 919 246 0143"]),
            ("9192460142 9192460143", &["9192460142", "9192460143"]),
            ("919-246-014 919-246-0143", &["919-246-014", "919-246-0143"]),
            ("919-246-0142 x12", &["919-246-0142", "x12"]),
            ("TN 9192460142", &["TN", "9192460142"]),
            ("  ", &[]),
            ("919\u{a0}246\u{a0}0142", &["919\u{a0}246\u{a0}0142"]),
            ("- 919 246 0142", &["- 919 246 0142"]),
            ("919 246\u{2013}0142", &["919 246\u{2013}0142"]),
        ];
        for (segment, want) in cases {
            assert_eq!(entries(segment), *want, "{segment:?}");
        }
    }

    #[test]
    fn lines_count_every_kind_of_break() {
        let got: Vec<_> = lines("a\nb\r\nc\rd\n\ne").collect();
        assert_eq!(got, vec![(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, ""), (6, "e")]);
        assert_eq!(lines("").collect::<Vec<_>>(), vec![(1, "")]);
    }

    #[test]
    fn pasted_text_with_every_separator() {
        let list = parse_text("919-246-0142, 919-246-0143;919.246.0144\t(919) 246-0145\n\n+1 919 246 0146\r\n919 246 0147 919 246 0148");
        let tns: Vec<_> = list.tns.iter().map(Tn::as_str).collect();
        assert_eq!(tns, ["9192460142", "9192460143", "9192460144", "9192460145", "9192460146", "9192460147", "9192460148"]);
        assert_eq!(list.entries, 7);
        assert!(list.invalid.is_empty() && list.duplicates.is_empty());
    }

    #[test]
    fn invalid_entries_keep_line_and_text() {
        let list = parse_text("9192460142\n  919-555-01x2 \n\n919-555-0100,800-246-0142");
        assert_eq!(list.tns.len(), 2);
        assert_eq!(list.toll_free, 1);
        let got: Vec<_> = list.invalid.iter().map(|i| (i.index, i.line, i.text.as_str(), i.error.code())).collect();
        assert_eq!(got, vec![(1, 2, "919-555-01x2", "tn.character"), (2, 4, "919-555-0100", "tn.fictitious")]);
    }

    #[test]
    fn duplicates_list_every_place() {
        let list = parse_text("9192460142\n919-246-0143\n(919) 246-0142\n9192460143\n+19192460142");
        let got: Vec<_> = list.duplicates.iter().map(|d| (d.tn.as_str(), d.at.clone())).collect();
        assert_eq!(got, vec![("9192460142", vec![(0, 1), (2, 3), (4, 5)]), ("9192460143", vec![(1, 2), (3, 4)])]);
        assert_eq!(list.repeats(), 3);
        assert_eq!(list.tns.len(), 2);
        assert_eq!(list.entries, 5);
    }

    #[test]
    fn items_keep_their_array_index() {
        let list = parse_items([Some("9192460142"), None, Some(" "), Some("x"), Some("919.246.0142")]);
        assert_eq!(list.entries, 3);
        assert_eq!(list.invalid[0].index, 3);
        assert_eq!(list.duplicates[0].at, vec![(0, 1), (4, 5)]);
    }

    #[test]
    fn too_many_entries_stop_the_parse() {
        let text = "9192460142\n".repeat(MAX_LIST_ENTRIES as usize + 1);
        let list = parse_text(&text);
        assert!(list.truncated);
        assert_eq!(list.entries, MAX_LIST_ENTRIES);
        let exact = "9192460142\n".repeat(MAX_LIST_ENTRIES as usize);
        assert!(!parse_text(&exact).truncated);
    }
}
