//! A list of TNs as people paste it (R-TN-PARSE, R-TN-DUPLICATE): split, parse every entry,
//! find duplicates. One pass, no allocation per valid number.

use std::sync::Arc;

use crate::code::Code;
use crate::issue::{Params, Span};
use crate::limits::MAX_LIST_ENTRIES;
use crate::numbering::check::{AreaRules, AreaVerdict, Cache, PlanError};
use crate::tn::{is_separator, Tn, TnError};

/// Why an entry is not a valid TN: the numbering syntax, or (for a TN that passes it) its area
/// code on the day of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    Syntax(TnError),
    Plan(Tn, PlanError),
}

impl EntryError {
    pub fn code(self) -> Code {
        match self {
            EntryError::Syntax(e) => e.code(),
            EntryError::Plan(_, e) => e.code(),
        }
    }

    pub fn message(self, typed: &str) -> String {
        match self {
            EntryError::Syntax(e) => e.message(typed),
            EntryError::Plan(_, e) => e.message(typed),
        }
    }

    /// The message without the typed text: whether it starts with the quoted text, what
    /// follows it, and the values that states (see [`TnError::after_quote`]).
    pub fn after_quote(self) -> (bool, String, Params) {
        match self {
            EntryError::Syntax(e) => {
                let (quoted, rest) = e.after_quote();
                let params = e.stated().map_or_else(Params::default, |(name, n)| Params::default().and(name, n));
                (quoted, rest, params)
            }
            EntryError::Plan(_, e) => {
                let (rest, params) = e.after_quote();
                (true, rest, params)
            }
        }
    }
}

impl From<TnError> for EntryError {
    fn from(e: TnError) -> Self {
        EntryError::Syntax(e)
    }
}

/// A valid TN whose area code enters service on `since`, accepted without a day to check it on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dated {
    pub index: u32,
    pub line: u32,
    pub tn: Tn,
    pub since: chrono::NaiveDate,
}

/// An entry that is not a valid TN, kept as typed (trimmed): a [`Span`] of the pasted text, so
/// that a list of 60,000 bad entries allocates no text per entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// 0-based position among the list's entries (the array index for arrays).
    pub index: u32,
    /// 1-based line of pasted text (for arrays, `index + 1`).
    pub line: u32,
    pub text: Span,
    pub error: EntryError,
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
    /// How many of `tns` are Canadian (R-TN-COUNTRY: manual off-net only, never with US numbers).
    pub canadian: u32,
    /// The text had more than [`MAX_LIST_ENTRIES`] entries; the rest was not read.
    pub truncated: bool,
    /// Valid TNs accepted without a day to check their area code on (R-TN-AREA-CODE's warning).
    pub dated: Vec<Dated>,
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
    /// TN lists as sets; `tns` has no repeats).
    pub fn same_numbers(&self, other: &TnList) -> bool {
        let sorted = |l: &TnList| {
            let mut keys: Vec<u64> = l.tns.iter().map(|tn| tn.key() << ORDINAL_BITS).collect();
            radix_sort(&mut keys);
            keys
        };
        self.tns.len() == other.tns.len() && sorted(self) == sorted(other)
    }
}

/// Builds a [`TnList`] entry by entry. Repeats are found once at the end, by sorting the TNs'
/// keys: for 100,000 numbers that is several times faster than a hash table, whose random
/// probes miss the cache on every number.
pub struct Collector<'a> {
    list: TnList,
    /// The pasted text the entries are parts of (`""` for items), shared by the invalid
    /// entries' [`Span`]s once the first one is found.
    text: &'a str,
    shared: Option<Arc<str>>,
    /// Every valid entry, in order (repeats included).
    valid: Vec<Valid>,
    /// R-TN-COUNTRY and R-TN-AREA-CODE.
    area: AreaRules,
    /// The area codes known to pass `area`: all of them for the syntax alone.
    cache: Cache,
}

#[derive(Clone, Copy)]
struct Valid {
    tn: Tn,
    index: u32,
    line: u32,
}

/// Bits of a sort key that hold the entry's ordinal (below the TN's 34-bit key); lists stop at
/// [`MAX_LIST_ENTRIES`], well below `1 << 20`.
const ORDINAL_BITS: u32 = 20;
const _: () = assert!(MAX_LIST_ENTRIES < 1 << ORDINAL_BITS);

impl Default for Collector<'_> {
    /// The syntax alone.
    fn default() -> Self {
        Collector::with_capacity(0, None)
    }
}

impl<'a> Collector<'a> {
    /// A collector with room for about `entries` entries, so the hot loop never regrows.
    /// A collector with room for about `entries` entries, judging area codes by `area` (`None`:
    /// the syntax alone).
    pub fn with_capacity(entries: usize, area: Option<AreaRules>) -> Self {
        let cache = if area.is_some() { Cache::default() } else { Cache::passing() };
        Collector {
            list: TnList::default(),
            text: "",
            shared: None,
            valid: Vec::with_capacity(entries),
            area: area.unwrap_or_default(),
            cache,
        }
    }

    /// The same, for entries that are parts of `text`.
    fn on_text(text: &'a str, entries: usize, area: Option<AreaRules>) -> Self {
        Collector { text, ..Collector::with_capacity(entries, area) }
    }

    /// `entry` as a [`Span`]: of the shared pasted text when it is a part of it, else its own.
    fn span(&mut self, entry: &str) -> Span {
        let at = (entry.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        let within = self.text.get(at..at + entry.len()).is_some_and(|s| std::ptr::eq(s.as_ptr(), entry.as_ptr()));
        if !within {
            return Span::owned(entry);
        }
        let text = self.text;
        let shared = self.shared.get_or_insert_with(|| Arc::from(text));
        Span::new(shared.clone(), at, at + entry.len())
    }

    /// Adds one entry (not blank) at `index`, on `line`.
    pub fn push(&mut self, index: u32, line: u32, text: &str) {
        match Tn::parse(text) {
            Ok(tn) => self.push_valid(index, line, tn, text),
            Err(error) => self.push_invalid(index, line, text, error.into()),
        }
    }

    fn push_invalid(&mut self, index: u32, line: u32, text: &str, error: EntryError) {
        self.list.entries += 1;
        let text = self.span(text.trim());
        self.list.invalid.push(Invalid { index, line, text, error });
    }

    /// Adds a valid TN whose area code is known to pass, and says whether it was; when not, the
    /// caller hands it to [`Collector::push_judged`] with its text. The usual number costs one
    /// byte read of the cache, and no closure or text in the hot loop.
    #[inline(always)]
    #[must_use]
    pub fn push_if_passing(&mut self, index: u32, line: u32, tn: Tn) -> bool {
        let passes = self.cache.passes(&tn);
        if passes {
            self.list.entries += 1;
            self.valid.push(Valid { tn, index, line });
        }
        passes
    }

    /// Adds a valid TN parsed from `text`: valid, unless its area code fails.
    #[inline(always)]
    pub fn push_valid(&mut self, index: u32, line: u32, tn: Tn, text: &str) {
        if !self.push_if_passing(index, line, tn) {
            self.push_judged(index, line, tn, text);
        }
    }

    /// A valid TN parsed from `text` whose area code is not known to pass: judged, and cached.
    #[inline(never)]
    pub fn push_judged(&mut self, index: u32, line: u32, tn: Tn, text: &str) {
        match self.area.judge_tn(&tn, &mut self.cache) {
            AreaVerdict::Ok => {}
            AreaVerdict::Dated(since) => self.list.dated.push(Dated { index, line, tn, since }),
            AreaVerdict::Rejected(e) => return self.push_invalid(index, line, text, EntryError::Plan(tn, e)),
        }
        self.list.entries += 1;
        self.valid.push(Valid { tn, index, line });
    }

    pub fn finish(mut self) -> TnList {
        let ordinal = |k: &u64| (k & ((1 << ORDINAL_BITS) - 1)) as usize;
        // Sort keys: each TN's key above its entry's ordinal.
        let mut keys: Vec<u64> =
            self.valid.iter().enumerate().map(|(i, v)| v.tn.key() << ORDINAL_BITS | i as u64).collect();
        radix_sort(&mut keys);
        // Equal TNs are now adjacent, in the order they were typed. Most lists have no repeats
        // at all, and then nothing more is allocated. Otherwise each entry is marked: `UNIQUE`,
        // `REPEAT` (a later occurrence), or the 1-based number of its TN's run (a first one).
        const UNIQUE: u32 = 0;
        const REPEAT: u32 = u32::MAX;
        let mut mark: Vec<u32> = Vec::new();
        let mut runs: Vec<Option<Duplicate>> = Vec::new();
        for run in keys.chunk_by(|a, b| a >> ORDINAL_BITS == b >> ORDINAL_BITS).filter(|run| run.len() > 1) {
            if mark.is_empty() {
                mark = vec![UNIQUE; self.valid.len()];
            }
            let places: Vec<&Valid> = run.iter().filter_map(|k| self.valid.get(ordinal(k))).collect();
            let Some(first) = places.first() else { continue };
            runs.push(Some(Duplicate { tn: first.tn, at: places.iter().map(|v| (v.index, v.line)).collect() }));
            for (i, k) in run.iter().enumerate() {
                if let Some(m) = mark.get_mut(ordinal(k)) {
                    *m = if i == 0 { runs.len() as u32 } else { REPEAT };
                }
            }
        }
        // One walk in typed order keeps the first occurrences and lists the repeated TNs by
        // where they first stand, with no sort.
        self.list.tns = if mark.is_empty() {
            self.valid.iter().map(|v| v.tn).collect()
        } else {
            let mut tns = Vec::with_capacity(self.valid.len());
            for (v, &m) in self.valid.iter().zip(&mark) {
                match m {
                    UNIQUE => tns.push(v.tn),
                    REPEAT => {}
                    run => {
                        tns.push(v.tn);
                        if let Some(d) = runs.get_mut(run as usize - 1).and_then(Option::take) {
                            self.list.duplicates.push(d);
                        }
                    }
                }
            }
            tns
        };
        // Each area code is looked up once: 0 not yet, 1 Canadian, 2 not.
        let mut canadian = [0u8; 800];
        for tn in &self.list.tns {
            if tn.is_toll_free() {
                self.list.toll_free += 1;
            } else if let Some(slot) = canadian.get_mut(tn.npa_index()) {
                if *slot == 0 {
                    *slot = if crate::numbering::province_of(tn.npa()).is_some() { 1 } else { 2 };
                }
                self.list.canadian += u32::from(*slot == 1);
            }
        }
        self.list
    }
}

/// Sorts sort keys (a TN's 34-bit key above its 20-bit ordinal) by the TN alone, keeping equal
/// TNs in their ordinal order: a least-significant-digit radix sort is stable, so only the TN's
/// bits need passes (three of 12 bits), and one read counts the buckets of all three. Fast even
/// in the size-optimised `.wasm`, where a comparison sort of 100,000 keys took a fifth of the
/// whole parse.
fn radix_sort(keys: &mut Vec<u64>) {
    const BITS: u32 = 12;
    const BUCKETS: usize = 1 << BITS;
    const PASSES: usize = 3;
    const _: () = assert!(BITS as usize * PASSES >= 34);
    if keys.len() < 64 {
        // Small lists (what a person types into the form): an insertion sort, on the TN bits
        // alone so that it stays stable like the radix passes.
        for i in 1..keys.len() {
            let mut j = i;
            while j > 0 && keys.get(j - 1).zip(keys.get(j)).is_some_and(|(a, b)| a >> ORDINAL_BITS > b >> ORDINAL_BITS)
            {
                keys.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let bucket = |k: u64, pass: usize| (k >> (ORDINAL_BITS + BITS * pass as u32)) as usize & (BUCKETS - 1);
    let mut counts = vec![[0usize; BUCKETS]; PASSES];
    for &k in keys.iter() {
        for (pass, count) in counts.iter_mut().enumerate() {
            if let Some(c) = count.get_mut(bucket(k, pass)) {
                *c += 1;
            }
        }
    }
    let mut other = vec![0u64; keys.len()];
    for (pass, count) in counts.iter_mut().enumerate() {
        let mut total = 0;
        for c in count.iter_mut() {
            let n = *c;
            *c = total;
            total += n;
        }
        for &k in keys.iter() {
            if let Some(c) = count.get_mut(bucket(k, pass)) {
                if let Some(slot) = other.get_mut(*c) {
                    *slot = k;
                }
                *c += 1;
            }
        }
        std::mem::swap(keys, &mut other);
    }
}

/// Parses pasted text: entries are separated by line breaks, commas, semicolons and tabs, and by
/// spaces between complete numbers (`919 246 0142 919 246 0143` is two numbers). Blank entries
/// are skipped; every other entry is a valid TN, a repeat, or reported invalid with its line.
pub fn parse_text(text: &str) -> TnList {
    parse_text_on(text, None)
}

/// [`parse_text`] with the area-code checks (R-TN-COUNTRY, R-TN-AREA-CODE) when `area` is given:
/// a number that fails them is an invalid entry.
pub fn parse_text_on(text: &str, area: Option<AreaRules>) -> TnList {
    // A byte order mark (a file's first character, pasted along) is not part of the first entry.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // About one entry per 11 bytes ("9192460142\n"); rarely more, and then the tables grow.
    let mut c = Collector::on_text(text, (text.len() / 11).min(MAX_LIST_ENTRIES as usize), area);
    let bytes = text.as_bytes();
    let (mut index, mut line_no, mut start) = (0u32, 0u32, 0usize);
    loop {
        line_no += 1;
        let (quick, end) = quick_line(bytes, start);
        let full = match quick {
            Some(tn) if index < MAX_LIST_ENTRIES => {
                if !c.push_if_passing(index, line_no, tn) {
                    c.push_judged(index, line_no, tn, text.get(start..end).unwrap_or(""));
                }
                index += 1;
                false
            }
            Some(_) => true,
            // Line breaks are ASCII, so `start..end` always falls on character boundaries.
            None => !general_line(&mut c, text.get(start..end).unwrap_or(""), line_no, &mut index),
        };
        if full {
            c.list.truncated = true;
            break;
        }
        start = match line_break(bytes, end) {
            Some(length) => end + length,
            None => break,
        };
    }
    c.finish()
}

/// The usual line, read in a single pass over its bytes: one number written with ASCII digits,
/// spaces, `-`, `.`, `(`, `)` and at most a leading `+`. Returns that number when it is a valid
/// TN, and where the line ends (its line break, or the end of the text). Every other line (several
/// numbers, columns, other characters, an invalid number, a blank line) gets `None` and goes to
/// [`general_line`], which gives the same answer for the lines read here, only slower.
fn quick_line(bytes: &[u8], start: usize) -> (Option<Tn>, usize) {
    // Branch-free for digits and separators: every byte is written at the digit count, where the
    // next digit overwrites it, so the digits end up in order in the first `n` slots.
    let mut digits = [0u8; 12];
    let (mut n, mut plus, mut simple) = (0usize, false, true);
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let class = CLASS.get(usize::from(b)).copied().unwrap_or(OTHER);
        if let Some(slot) = digits.get_mut(n.min(11)) {
            *slot = b;
        }
        n += usize::from(class < 10);
        if class >= PLUS {
            match class {
                END => break,
                PLUS if n == 0 && !plus => plus = true,
                // NEL (C2 85) and the line and paragraph separators (E2 80 A8/A9) end lines too.
                _ if matches!(b, 0xC2 | 0xE2) && line_break(bytes, i).is_some() => break,
                _ => simple = false,
            }
        }
        i += 1;
    }
    // Ten digits, or eleven after the country code 1.
    let skip = match (simple, n, digits.first()) {
        (true, 10, _) if !plus => 0,
        (true, 11, Some(b'1')) => 1,
        _ => return (None, i),
    };
    let ten = digits.get(skip..skip + 10).and_then(|d| <[u8; 10]>::try_from(d).ok());
    (ten.and_then(|ten| Tn::from_digits(ten).ok()), i)
}

/// The length of the line break at `at`: CR LF, LF, CR, NEL, or the Unicode line or paragraph
/// separator (a paste from a word processor or a web page has them); `None` for anything else.
fn line_break(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at..)? {
        [b'\r', b'\n', ..] => Some(2),
        [b'\n' | b'\r', ..] => Some(1),
        [0xC2, 0x85, ..] => Some(2),
        [0xE2, 0x80, 0xA8 | 0xA9, ..] => Some(3),
        _ => None,
    }
}

/// What [`quick_line`] makes of a byte: a digit's value, or one of the classes below.
const SKIP: u8 = 10;
const PLUS: u8 = 11;
const END: u8 = 12;
const OTHER: u8 = 13;
#[allow(clippy::indexing_slicing, reason = "evaluated by the compiler: an index out of range fails the build")]
static CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            d @ b'0'..=b'9' => d - b'0',
            b' ' | b'-' | b'.' | b'(' | b')' => SKIP,
            b'+' => PLUS,
            b'\n' | b'\r' => END,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

/// Any line: split into columns and entries, each entry parsed and reported. Returns `false` when
/// the list reached [`MAX_LIST_ENTRIES`] before the line's end.
fn general_line(c: &mut Collector, line: &str, line_no: u32, index: &mut u32) -> bool {
    for segment in segments(line) {
        // The whole segment is one valid number (the usual case), which is exactly what the
        // grouping below would find, without measuring its pieces.
        if let Ok(tn) = Tn::parse(segment) {
            if *index >= MAX_LIST_ENTRIES {
                return false;
            }
            c.push_valid(*index, line_no, tn, segment);
            *index += 1;
            continue;
        }
        for entry in Entries::new(segment) {
            if *index >= MAX_LIST_ENTRIES {
                return false;
            }
            c.push(*index, line_no, entry);
            *index += 1;
        }
    }
    true
}

/// Parses a list given as separate items (an array): each non-blank item is one entry, at its
/// own index. `None` items (not text) are the caller's to report.
pub fn parse_items<'a>(items: impl IntoIterator<Item = Option<&'a str>>) -> TnList {
    parse_items_on(items, None)
}

/// [`parse_items`] with the area-code checks when `area` is given.
pub fn parse_items_on<'a>(items: impl IntoIterator<Item = Option<&'a str>>, area: Option<AreaRules>) -> TnList {
    let mut c = Collector::with_capacity(0, area);
    for (i, item) in items.into_iter().enumerate() {
        if i >= MAX_LIST_ENTRIES as usize {
            c.list.truncated = true;
            break;
        }
        let i = i as u32;
        if let Some(text) = item.filter(|t| !t.trim().is_empty()) {
            c.push(i, i + 1, text);
        }
    }
    c.finish()
}

/// The segments of a line: split on commas, semicolons and tabs (spreadsheet columns).
fn segments(line: &str) -> impl Iterator<Item = &str> {
    let mut start = Some(0);
    let bytes = line.as_bytes();
    std::iter::from_fn(move || {
        let from = start?;
        match bytes.get(from..).and_then(|rest| rest.iter().position(|&b| matches!(b, b',' | b';' | b'\t'))) {
            Some(at) => {
                start = Some(from + at + 1);
                line.get(from..from + at)
            }
            None => {
                start = None;
                line.get(from..)
            }
        }
    })
}

/// One whitespace-separated piece of a segment, measured in a single pass.
#[derive(Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    /// Every character could be part of a written number.
    number: bool,
    digits: usize,
    first_digit: Option<u8>,
    plus: bool,
}

impl Piece {
    /// How many digits a number starting with this piece has: 11 after a country code, else 10;
    /// `None` while the piece has no digit yet.
    fn target(&self) -> Option<usize> {
        if self.plus {
            return Some(11);
        }
        self.first_digit.map(|d| if d == b'1' { 11 } else { 10 })
    }
}

/// The character at byte `i` when it is not ASCII.
fn char_at(s: &str, i: usize) -> char {
    s.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\0')
}

/// The next piece at or after byte `from`. ASCII is handled byte by byte; other characters
/// (no-break spaces, typographic dashes, letters) are decoded where they stand.
fn piece(segment: &str, from: usize) -> Option<Piece> {
    let bytes = segment.as_bytes();
    let mut i = from;
    loop {
        let b = *bytes.get(i)?;
        if b.is_ascii_whitespace() {
            i += 1;
        } else if b >= 0x80 && char_at(segment, i).is_whitespace() {
            i += char_at(segment, i).len_utf8();
        } else {
            break;
        }
    }
    let mut p = Piece { start: i, end: i, number: true, digits: 0, first_digit: None, plus: false };
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                p.digits += 1;
                p.first_digit = p.first_digit.or(Some(b));
            }
            b'-' | b'.' | b'(' | b')' => {}
            b'+' => p.plus |= i == p.start,
            _ if b.is_ascii_whitespace() => break,
            _ if b < 0x80 => p.number = false,
            _ => {
                let c = char_at(segment, i);
                if c.is_whitespace() {
                    break;
                }
                p.number &= is_separator(c);
                i += c.len_utf8() - 1;
            }
        }
        i += 1;
    }
    p.end = i;
    Some(p)
}

/// Splits one segment (no line breaks, commas, semicolons or tabs left) into entries: runs of
/// space-separated pieces are joined until they hold one number's digits (10, or 11 after a
/// leading `1`/`+1`). Pieces with characters no number has stay together, up to the next
/// number, and are reported as one entry as typed.
struct Entries<'a> {
    segment: &'a str,
    /// Byte offset where the next piece search starts.
    pos: usize,
}

impl<'a> Entries<'a> {
    fn new(segment: &'a str) -> Self {
        Entries { segment, pos: 0 }
    }
}

impl Entries<'_> {
    /// Joins the number pieces after `first` (a number piece) while they fit one number, and
    /// moves past them. Answers where the run ends and whether it holds a whole number's digits.
    fn number_run(&mut self, first: Piece) -> (usize, bool) {
        let (mut end, mut digits, mut target) = (first.end, first.digits, first.target());
        self.pos = end;
        while target.is_none_or(|t| digits < t) {
            let Some(p) = piece(self.segment, self.pos).filter(|p| p.start < p.end && p.number) else { break };
            let t = target.or_else(|| p.target());
            if t.is_some_and(|t| digits + p.digits > t) {
                break;
            }
            digits += p.digits;
            target = t;
            end = p.end;
            self.pos = p.end;
        }
        (end, target.is_some_and(|t| digits >= t))
    }
}

impl<'a> Iterator for Entries<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let first = piece(self.segment, self.pos)?;
        let (start, mut end) = (first.start, first.end);
        if start == end {
            self.pos = end;
            return None;
        }
        if first.number {
            let (end, _) = self.number_run(first);
            return self.segment.get(start..end);
        }
        // Words stay together ("bad entry" is one entry) until a whole number starts: a label's
        // number ("TN 9192460142") is an entry of its own, digits that make no number ("note 0")
        // stay with the words.
        self.pos = end;
        while let Some(p) = piece(self.segment, self.pos).filter(|p| p.start < p.end) {
            if p.number {
                let mut ahead = Entries { segment: self.segment, pos: self.pos };
                if ahead.number_run(p).1 {
                    break;
                }
            }
            end = p.end;
            self.pos = end;
        }
        self.segment.get(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end lines as CR and LF do (they came split
    /// into entries of one line before), and a leading byte order mark is not part of the first
    /// number (it made it `tn.character`).
    #[test]
    fn unicode_line_breaks_and_a_leading_bom() {
        for sep in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            let text = format!("\u{feff}919-200-0000{sep}919 200 0001{sep}nope{sep}919-200-0000");
            let list = parse_text(&text);
            assert_eq!(list.tns.len(), 2, "{sep:?}");
            let bad: Vec<(u32, String)> = list.invalid.iter().map(|i| (i.line, i.text.to_string())).collect();
            assert_eq!(bad, [(3, "nope".to_string())], "{sep:?}");
            assert_eq!(
                list.duplicates.iter().map(|d| d.at.clone()).collect::<Vec<_>>(),
                [vec![(0, 1), (3, 4)]],
                "{sep:?}"
            );
        }
        // A BOM elsewhere is a character like any other.
        assert_eq!(parse_text("919-200-0000\n\u{feff}919-200-0001").invalid.len(), 1);
    }

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
            ("note 0", &["note 0"]),
            ("note 12 919 246 0142", &["note 12", "919 246 0142"]),
            ("ext 12 more words", &["ext 12 more words"]),
            ("bad entry 919 200 0000", &["bad entry", "919 200 0000"]),
            ("<img src=x onerror=alert(1)>", &["<img src=x onerror=alert(1)>"]),
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
        let list = parse_text("x\n9192460142\r\ny\rz\n\n+1 919 246 0143\r");
        let lines: Vec<_> = list.invalid.iter().map(|i| (i.line, i.text.as_str())).collect();
        assert_eq!(lines, vec![(1, "x"), (3, "y"), (4, "z")]);
        let valid = |list: &TnList| list.tns.iter().map(Tn::as_str).collect::<Vec<_>>().join(" ");
        assert_eq!(valid(&list), "9192460142 9192460143");
        assert_eq!(parse_text("9192460142\n9192460142").duplicates[0].at, vec![(0, 1), (1, 2)]);
        assert_eq!(parse_text("").entries, 0);
    }

    /// One line through the general path alone, and whether it read the whole line.
    fn general_path(line: &str) -> (TnList, bool) {
        let mut c = Collector::default();
        let whole = general_line(&mut c, line, 1, &mut 0);
        (c.finish(), whole)
    }

    /// The quick path reads a line exactly as the general path does, or leaves it to it.
    #[test]
    fn quick_path_agrees_with_general_path() {
        let lines = [
            "9192460142",
            "(919) 246-0142",
            "919.246.0142",
            "+1 919 246 0142",
            "1-919-246-0142",
            "19192460142",
            "+19192460142",
            "+9192460142",
            "++1 919 246 0142",
            "919+246+0142",
            "1 919 246 0142 1",
            "919-246-014",
            "29192460142",
            "0192460142",
            "9191110142",
            "9195550142",
            "9195551212",
            "8004110142",
            "",
            "   ",
            "---",
            "+",
            "919 246 0142 919 246 0143",
            "919 246 0142, 919 246 0143",
            "919\u{a0}246 0142",
            "919 246 0142 x12",
            "(((919)))2460142",
        ];
        for line in lines {
            let (general, whole) = general_path(line);
            assert!(whole);
            assert_eq!(parse_text(line), general, "{line:?}");
            let fast = quick_line(line.as_bytes(), 0).0;
            assert!(fast.is_none() || Tn::parse(line).ok() == fast, "{line:?}");
        }
    }

    /// The same on random lines over the characters that matter to either path (a fixed seed:
    /// the run is the same every time).
    #[test]
    fn quick_path_agrees_on_random_lines() {
        const ALPHABET: &[&str] = &[
            "0", "1", "2", "5", "8", "9", "9", "4", " ", "-", ".", "(", ")", "+", "x", ",", "\t", "\u{a0}", "\u{2013}",
        ];
        let mut next = crate::test_rng::xorshift(0x2545_f491_4f6c_dd1d_u64);
        for _ in 0..100_000 {
            let len = next(24);
            let mut line: String = (0..len).map(|_| ALPHABET[next(ALPHABET.len())]).collect();
            if next(2) == 0 {
                // Mostly digits: a valid number now and then.
                line = format!(
                    "{}{}",
                    ["", "+1 ", "1-", "(", " "][next(5)],
                    (0..10).map(|_| ALPHABET[2 + next(6)]).collect::<String>()
                );
            }
            let (general, _) = general_path(&line);
            let quick = parse_text(&line);
            assert_eq!(quick.tns, general.tns, "{line:?}");
            assert_eq!(quick.invalid, general.invalid, "{line:?}");
        }
    }

    #[test]
    fn pasted_text_with_every_separator() {
        let list = parse_text(
            "919-246-0142, 919-246-0143;919.246.0144\t(919) 246-0145\n\n+1 919 246 0146\r\n919 246 0147 919 246 0148",
        );
        let tns: Vec<_> = list.tns.iter().map(Tn::as_str).collect();
        assert_eq!(
            tns,
            ["9192460142", "9192460143", "9192460144", "9192460145", "9192460146", "9192460147", "9192460148"]
        );
        assert_eq!(list.entries, 7);
        assert!(list.invalid.is_empty() && list.duplicates.is_empty());
    }

    #[test]
    fn invalid_entries_keep_line_and_text() {
        let list = parse_text("9192460142\n  919-555-01x2 \n\n919-555-0100,800-246-0142");
        assert_eq!(list.tns.len(), 2);
        assert_eq!(list.toll_free, 1);
        let got: Vec<_> =
            list.invalid.iter().map(|i| (i.index, i.line, i.text.as_str(), i.error.code().as_str())).collect();
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
