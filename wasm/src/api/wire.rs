//! Every result crosses to JS as one compact buffer: a list of `u32` words that describe the
//! value, and one UTF-8 text holding every string end to end, which JS decodes once and slices.
//! Building a JS value property by property from wasm costs an import call per property and a
//! `TextDecoder` per string: for a pasted spreadsheet's 60,000 issues, most of the time of the
//! whole call. Here JS builds the objects itself, in one pass over the words.
//!
//! An issue whose message is a [`Template`](portin_validator::internal::issue::Template) sends the template's words once (the first issue
//! that uses it) and its holes per issue; JS fills them the same way [`Template::fill`](portin_validator::internal::issue::Template::fill) does, so
//! the words stay written in Rust and read the same natively and in JS.
//!
//! The words: `tag | payload << 4`, tags below. Every result is declared once, in [`results!`]:
//! its interface in js/api.d.ts and its fields, from which come its writer ([`ToJs`]) and its
//! shape in [`RESULTS`], which tests/wasm_results.rs holds js/api.d.ts to. The writers keep
//! serde-wasm-bindgen's conventions (structs as plain objects, `None` as `undefined`, a field
//! serde skips when `None` left out), so the JS objects are what `serde_json` makes of the native
//! results; issues, TN lists and their entries have fast paths.

use std::sync::Arc;

use wasm_bindgen::prelude::*;

use portin_validator::internal::answers::area_code::AreaCodeAnswer;
use portin_validator::internal::answers::dates::EarliestDates;
use portin_validator::internal::answers::editable::EditableFields;
use portin_validator::internal::entry::{Applied, ReadOrder};
use portin_validator::internal::issue::{Hole, Issue, Message, Param, Report, Seg, Span, TnPlace, TnSummary};
use portin_validator::internal::order::body::Body;
use portin_validator::internal::order::{held, Field, Group, Held, TnInput};
use portin_validator::internal::{rejection, status};
use portin_validator::{DuplicateEntry, InvalidEntry, ListReport, Tn};

#[wasm_bindgen(inline_js = "const DEC = new TextDecoder();
const K = [false, true, null, undefined];
export function fromWire(w, bytes, lens) {
  const s = DEC.decode(bytes), T = new Array(lens.length), tpl = [], tplP = [];
  for (let i = 0, o = 0; i < lens.length; i++) T[i] = s.slice(o, o += lens[i]);
  let p = 0;
  const f = new Float64Array(1), u = new Uint32Array(f.buffer);
  const raw = (x) => (x & 1 ? T[x >>> 1] : x >>> 1);
  function issue(n) {
    const path = new Array(n);
    for (let i = 0; i < n; i++) path[i] = raw(w[p++]);
    const code = T[w[p++]], severity = T[w[p++]], rule = w[p++], m = w[p++];
    let message, t, params;
    if (m === 0) message = T[w[p++]];
    else {
      let tp;
      if (m === 1) {
        const n = w[p++]; t = new Array(n); for (let i = 0; i < n; i++) t[i] = T[w[p++]];
        const names = new Array(n - 1), keys = [], vals = [];
        let named = false;
        for (let i = 1; i < n; i++) { const k = w[p++]; names[i - 1] = k ? T[k - 1] : null; if (k) named = true; }
        for (let i = w[p++]; i > 0; i--) { keys.push(T[w[p++]]); vals.push(v()); }
        tp = named || keys.length ? { names, keys, vals } : null;
        tpl.push(t); tplP.push(tp);
      } else { t = tpl[m - 2]; tp = tplP[m - 2]; }
      if (tp === null) switch (t.length) {
        case 2: message = t[0] + raw(w[p++]) + t[1]; break;
        case 3: message = t[0] + raw(w[p++]) + t[1] + raw(w[p++]) + t[2]; break;
        default: message = t[0]; for (let i = 1; i < t.length; i++) message += raw(w[p++]) + t[i];
      } else {
        const { names, keys, vals } = tp;
        params = {}; message = t[0];
        for (let i = 1; i < t.length; i++) {
          const x = raw(w[p++]);
          if (names[i - 1] !== null) params[names[i - 1]] = x;
          message += x + t[i];
        }
        for (let i = 0; i < keys.length; i++) params[keys[i]] = vals[i];
      }
    }
    for (let i = w[p++]; i > 0; i--) { const key = T[w[p++]]; if (params === undefined) params = {}; params[key] = v(); }
    if (params === undefined) return rule ? { path, code, severity, message, rule: T[rule - 1] } : { path, code, severity, message };
    return rule ? { path, code, severity, message, rule: T[rule - 1], params } : { path, code, severity, message, params };
  }
  function v() {
    const x = w[p++], k = x >>> 4;
    switch (x & 15) {
      case 0: return k;
      case 1: return T[k];
      case 2: { const a = new Array(k); for (let i = 0; i < k; i++) a[i] = v(); return a; }
      case 3: {
        const o = {};
        for (let i = 0; i < k; i++) { const key = v(); o[key] = v(); }
        return o;
      }
      case 4: return issue(k);
      case 5: { const t = T[k], a = new Array(t.length / 10); for (let i = 0, j = 0; j < t.length; i++, j += 10) a[i] = t.slice(j, j + 10); return a; }
      case 6: return K[k];
      case 7: u[0] = w[p++]; u[1] = w[p++]; return f[0];
      case 8: { const line = w[p++], input = T[w[p++]]; return { line, input, issue: issue(k) }; }
      default: { const tn = T[w[p++]], lines = new Array(k); for (let i = 0; i < k; i++) lines[i] = w[p++]; return { tn, lines }; }
    }
  }
  return v();
}")]
extern "C" {
    /// Builds the JS value the words describe. Runs no wasm code, so the views of wasm memory
    /// it reads stay valid throughout.
    #[wasm_bindgen(js_name = fromWire)]
    fn from_wire(words: &[u32], bytes: &[u8], lens: &[u32]) -> JsValue;
}

/// A whole number below `1 << 28` (larger ones are written as [`F64`]).
const SMALL: u32 = 0;
/// A string: the payload is its index.
const STR: u32 = 1;
/// An array of `payload` values.
const ARR: u32 = 2;
/// An object of `payload` key-value pairs (keys are values too, strings). Keys are only ever
/// the results' field names (no result has a map keyed by input), so a plain assignment is safe.
const OBJ: u32 = 3;
/// An [`Issue`] with a path of `payload` segments, each a [`raw`] word; then raw words: code,
/// severity, rule (0 for none, else the string's index + 1), message (0 then a string; 1 then
/// a new template, its number of parts and the parts; `n >= 2` template `n - 2`), then one
/// [`raw`] word per hole; then the number of the issue's own params and each param: its name's
/// string index, then its value (a value's words, a number or a string). A new template's words
/// go on after its parts: per hole, its name's string index + 1 (0 for a hole that is no
/// param), then the number of the template's own params and each param. The params of a
/// template's issues are its named holes' values, then its own params. Issues without params
/// (most) get no object.
const ISSUE: u32 = 4;
/// An array of TNs: the payload is a string of 10-digit TNs end to end.
const TNS: u32 = 5;
/// `false`, `true`, `null`, `undefined` by payload.
const CONST: u32 = 6;
/// A number: the next two words are its bits, low half first.
const F64: u32 = 7;
/// `{ line, input, issue }` of `parseTnList`: line, input's string, then an [`ISSUE`]'s words
/// (its tag word left out: the payload is its path's length).
const ENTRY: u32 = 8;
/// `{ tn, lines }` with `payload` lines: the TN's string, then the lines.
const DUPLICATE: u32 = 9;

/// A word that is a string (`index << 1 | 1`) or a whole number (`n << 1`), for paths and holes
/// (list positions and lines, far below `1 << 31`).
fn raw_text(id: u32) -> u32 {
    id << 1 | 1
}

fn raw_number(n: u32) -> u32 {
    n << 1
}

/// A JS value under construction.
pub(crate) struct Wire {
    words: Vec<u32>,
    bytes: Vec<u8>,
    /// Each string's length in UTF-16 units, what JS slices by.
    lens: Vec<u32>,
    /// Static strings already written (keys, codes), by address: a direct-mapped cache, so a
    /// key costs a few instructions. A collision only writes a string twice.
    statics: Vec<(usize, usize, u32)>,
    /// Templates already sent, by address.
    templates: Vec<(usize, u32)>,
    /// The last span written: an invalid entry's text and its message's quote are usually the
    /// same part of the list, sent once.
    last_span: Option<(Span, u32)>,
}

const STATIC_SLOTS: usize = 256;

/// The word of a [`Hole::None`]: the empty string (written first, see [`Wire::new`]), and not
/// a param.
const NO_HOLE: u32 = 1;

impl Wire {
    pub(crate) fn new() -> Self {
        Wire {
            words: Vec::new(),
            bytes: Vec::new(),
            // String 0 is the empty string: what a hole without a value writes (`NO_HOLE`).
            lens: vec![0],
            statics: vec![(0, 0, 0); STATIC_SLOTS],
            templates: Vec::new(),
            last_span: None,
        }
    }

    pub(crate) fn finish(self) -> JsValue {
        from_wire(&self.words, &self.bytes, &self.lens)
    }

    fn op(&mut self, tag: u32, payload: u32) {
        self.words.push(tag | payload << 4);
    }

    /// Writes `s` to the text and returns its index.
    fn text(&mut self, s: &str) -> u32 {
        let id = self.lens.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        self.lens.push(utf16_len(s));
        id
    }

    fn static_text(&mut self, s: &'static str) -> u32 {
        let (addr, len) = (s.as_ptr() as usize, s.len());
        let slot = (addr >> 2 ^ addr >> 9) % STATIC_SLOTS;
        if let Some(&(a, l, id)) = self.statics.get(slot) {
            if a == addr && l == len && a != 0 {
                return id;
            }
        }
        let id = self.text(s);
        if let Some(entry) = self.statics.get_mut(slot) {
            *entry = (addr, len, id);
        }
        id
    }

    fn span(&mut self, s: &Span) -> u32 {
        if let Some((last, id)) = &self.last_span {
            if last.same(s) {
                return *id;
            }
        }
        let id = self.text(s);
        self.last_span = Some((s.clone(), id));
        id
    }

    fn string(&mut self, s: &str) {
        let id = self.text(s);
        self.op(STR, id);
    }

    fn key(&mut self, k: &'static str) {
        let id = self.static_text(k);
        self.op(STR, id);
    }

    fn number(&mut self, n: f64) {
        if n >= 0.0 && n < f64::from(1u32 << 28) && n.fract() == 0.0 && !(n == 0.0 && n.is_sign_negative()) {
            self.op(SMALL, n as u32);
        } else {
            let bits = n.to_bits();
            self.words.extend([F64, bits as u32, (bits >> 32) as u32]);
        }
    }

    fn konst(&mut self, k: u32) {
        self.op(CONST, k);
    }

    fn tns(&mut self, tns: &[Tn]) {
        let id = self.lens.len() as u32;
        for tn in tns {
            self.bytes.extend_from_slice(tn.digits());
        }
        self.lens.push(tns.len() as u32 * 10);
        self.op(TNS, id);
    }

    fn issue(&mut self, issue: &Issue) {
        self.op(ISSUE, issue.path.len() as u32);
        self.issue_body(issue);
    }

    /// An issue's words after its tag word.
    fn issue_body(&mut self, issue: &Issue) {
        for seg in &issue.path {
            let word = match seg {
                Seg::Key(k) => raw_text(self.static_text(k)),
                Seg::Index(i) => raw_number(*i),
                Seg::Name(n) => raw_text(self.text(n)),
            };
            self.words.push(word);
        }
        let code = self.static_text(issue.code.as_str());
        let severity = self.static_text(issue.severity.as_str());
        let rule = issue.rule.map_or(0, |r| self.static_text(r) + 1);
        self.words.extend([code, severity, rule]);
        self.message(&issue.message);
        self.words.push(issue.given_params.len() as u32);
        for (name, value) in issue.given_params.iter() {
            self.param(name, value);
        }
    }

    fn message(&mut self, message: &Message) {
        let Some((template, holes)) = message.template() else {
            let id = self.text(message);
            self.words.extend([0, id]);
            return;
        };
        let addr = Arc::as_ptr(template) as usize;
        let hole_count = template.parts().len().saturating_sub(1);
        match self.templates.iter().find(|(a, _)| *a == addr) {
            Some(&(_, n)) => self.words.push(n + 2),
            None => {
                let n = self.templates.len() as u32;
                self.templates.push((addr, n));
                let parts = template.parts();
                self.words.extend([1, parts.len() as u32]);
                for part in parts {
                    let id = self.text(part);
                    self.words.push(id);
                }
                let names = template.holes();
                for i in 0..hole_count {
                    let word = match names.get(i) {
                        Some(name) if !name.is_empty() => self.static_text(name) + 1,
                        _ => 0,
                    };
                    self.words.push(word);
                }
                self.words.push(template.params().len() as u32);
                for (name, value) in template.params().iter() {
                    self.param(name, value);
                }
            }
        }
        for i in 0..hole_count {
            let word = match holes.get(i).unwrap_or(&Hole::None) {
                Hole::None => NO_HOLE,
                Hole::Number(n) => raw_number(*n),
                Hole::Text(t) => raw_text(self.span(t)),
                Hole::Tn(tn) => raw_text(self.text(&tn.formatted())),
            };
            self.words.push(word);
        }
    }

    /// One param: its name's string index, then its value.
    fn param(&mut self, name: &'static str, value: &Param) {
        let key = self.static_text(name);
        self.words.push(key);
        match value {
            Param::Number(n) => self.number(*n as f64),
            Param::Text(t) => self.string(t),
        }
    }

    /// An object's start; its number of pairs is set by [`Wire::close`].
    fn open(&mut self, tag: u32) -> usize {
        self.op(tag, 0);
        self.words.len() - 1
    }

    fn close(&mut self, at: usize, n: u32) {
        if let Some(w) = self.words.get_mut(at) {
            *w |= n << 4;
        }
    }
}

/// Length in UTF-16 units: one per character, two for those beyond the BMP (4-byte UTF-8).
fn utf16_len(s: &str) -> u32 {
    if s.is_ascii() {
        return s.len() as u32;
    }
    s.bytes().map(|b| u32::from(b & 0xc0 != 0x80) + u32::from(b >= 0xf0)).sum()
}

/// A result, or a value of one of its fields, that crosses to JS as a [`Wire`]. The results'
/// writers come from their declarations in [`results!`]; the values their fields hold are written
/// below. (A serde serializer did this before; its generic layers cost 1.7 KB gzip of `.wasm`.)
pub(crate) trait ToJs {
    fn write(&self, w: &mut Wire);
}

impl Wire {
    /// An object, its pairs written by `write_pairs` through [`Object`], which counts them: an
    /// optional field left out needs no bookkeeping.
    fn object(&mut self, write_pairs: impl FnOnce(&mut Object<'_>)) {
        let at = self.open(OBJ);
        let mut object = Object { wire: self, pairs: 0 };
        write_pairs(&mut object);
        let pairs = object.pairs;
        self.close(at, pairs);
    }
}

/// An object being written by [`Wire::object`].
struct Object<'w> {
    wire: &'w mut Wire,
    pairs: u32,
}

impl Object<'_> {
    fn field(&mut self, key: &'static str, value: &dyn ToJs) {
        self.pairs += 1;
        self.wire.key(key);
        value.write(self.wire);
    }

    /// A field serde skips when `None` (`skip_serializing_if`): left out, not `undefined`.
    fn optional<T: ToJs>(&mut self, key: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.field(key, value);
        }
    }
}

/// A result's shape as JS sees it: its interface in js/api.d.ts and its keys in order. What
/// tests/wasm_results.rs holds js/api.d.ts and the exports' answers to.
pub struct ResultShape {
    pub interface: &'static str,
    pub keys: &'static [Key],
}

/// A key of a [`ResultShape`].
pub struct Key {
    pub name: &'static str,
    /// Left out when it has no value (`name?:` in js/api.d.ts).
    pub optional: bool,
}

impl Key {
    const fn required(name: &'static str) -> Key {
        Key { name, optional: false }
    }

    const fn optional(name: &'static str) -> Key {
        Key { name, optional: true }
    }
}

/// The keys `fromWire` gives an [`ISSUE`] (the fast path), declared here as [`results!`] declares
/// the others.
const ISSUE_SHAPE: ResultShape = ResultShape {
    interface: "Issue",
    keys: &[
        Key::required("path"),
        Key::required("code"),
        Key::required("severity"),
        Key::required("message"),
        Key::optional("rule"),
        Key::optional("params"),
    ],
};

/// The keys `fromWire` gives an [`ENTRY`].
const INVALID_ENTRY_SHAPE: ResultShape = ResultShape {
    interface: "InvalidTnEntry",
    keys: &[Key::required("line"), Key::required("input"), Key::required("issue")],
};

/// The keys `fromWire` gives a [`DUPLICATE`].
const DUPLICATE_SHAPE: ResultShape =
    ResultShape { interface: "DuplicateTn", keys: &[Key::required("tn"), Key::required("lines")] };

/// Declares each result that crosses to JS, once: its interface in js/api.d.ts, then per field its
/// JS key, where its value comes from (the result is bound to the name between the bars), and
/// `optional` when it is left out on `None` (serde's `skip_serializing_if`). From that come the
/// result's [`ToJs`] writer and its [`ResultShape`] in [`RESULTS`], after the shapes the fast
/// paths write (`decoded by fromWire`).
macro_rules! results {
    (
        decoded by fromWire: $($fast_path:ident),* ;
        $(
            $(#[$doc:meta])*
            $type:ty as $interface:literal, |$result:ident| {
                $( $($optional:ident)? $key:literal: $value:expr ),* $(,)?
            }
        )*
    ) => {
        $(
            $(#[$doc])*
            impl ToJs for $type {
                fn write(&self, w: &mut Wire) {
                    let $result = self;
                    w.object(|object| {
                        $( results!(@field object, $($optional)? $key, $value); )*
                    });
                }
            }
        )*

        /// Every result shape that crosses to JS, as declared in `results!` (the fast paths'
        /// just above it).
        pub const RESULTS: &[ResultShape] = &[
            $($fast_path,)*
            $( ResultShape { interface: $interface, keys: &[$( results!(@key $($optional)? $key) ),*] }, )*
        ];
    };
    (@field $object:ident, optional $key:literal, $value:expr) => {
        $object.optional($key, &$value)
    };
    (@field $object:ident, $key:literal, $value:expr) => {
        $object.field($key, &$value)
    };
    (@key optional $key:literal) => {
        Key::optional($key)
    };
    (@key $key:literal) => {
        Key::required($key)
    };
}

results! {
    decoded by fromWire: ISSUE_SHAPE, INVALID_ENTRY_SHAPE, DUPLICATE_SHAPE;

    /// `validateOrder`'s answer.
    Report as "Report", |report| {
        "ok": report.ok,
        "issues": report.issues,
        "tns": report.tns,
    }

    TnSummary as "TnSummary", |summary| {
        "count": summary.count,
        "valid": summary.valid,
        "invalid": summary.invalid,
        "duplicates": summary.duplicates,
        "tollFree": summary.toll_free,
        "places": summary.places,
    }

    TnPlace as "TnPlace", |place| {
        "place": place.place,
        "areaCodes": place.area_codes,
        "count": place.count,
    }

    /// `parseTnList`'s answer: the TNs, the invalid entries and the duplicates through their
    /// fast paths.
    ListReport as "TnListResult", |list| {
        "tns": Tns(&list.tns),
        "invalid": list.invalid,
        "duplicates": list.duplicates,
        "tollFree": Tns(&list.toll_free),
        "issues": list.issues,
    }

    EditableFields as "EditableFieldsResult", |answer| {
        "editable": answer.editable,
        "fields": answer.fields,
        "warnings": answer.warnings,
        optional "reason": answer.reason,
    }

    rejection::Explanation as "RejectionExplanation", |explanation| {
        "code": explanation.code,
        "known": explanation.known,
        "family": explanation.family,
        "title": explanation.title,
        "meaning": explanation.meaning,
        "action": explanation.action,
        "fields": explanation.fields,
        "details": explanation.details,
        "preventable": explanation.preventable,
        "preventedBy": explanation.prevented_by,
    }

    rejection::Details as "RejectionDetails", |details| {
        "tns": details.tns,
        optional "pon": details.pon,
        optional "focDate": details.foc_date,
        "pons": details.pons,
        "dates": details.dates,
        optional "carrierCode": details.carrier_code,
        optional "text": details.text,
    }

    rejection::Registered as "RegisterRejectionResult", |registered| {
        "added": registered.added,
        "issues": registered.issues,
    }

    EarliestDates as "EarliestDates", |dates| {
        "minimum": dates.minimum,
        "recommended": dates.recommended,
    }

    AreaCodeAnswer as "AreaCodeInfo", |answer| {
        "npa": answer.npa,
        "known": answer.known,
        "status": answer.status,
        optional "service": answer.service,
        optional "country": answer.country,
        "regions": answer.regions,
        optional "inServiceSince": answer.in_service_since,
        "portable": answer.portable,
        "dataDate": answer.data_date,
    }

    status::Explanation as "StatusExplanation", |explanation| {
        "status": explanation.status,
        "kind": explanation.kind,
        "known": explanation.known,
        "terminal": explanation.terminal,
        "editable": explanation.editable,
        "meaning": explanation.meaning,
        "next": explanation.next,
    }

    ReadOrder as "ReadOrderResult", |read| {
        "order": Group { order: &read.order, group: None },
        "issues": read.issues,
        "source": read.source,
    }

    Applied as "AppliedSupp", |applied| {
        "order": Group { order: &applied.order, group: None },
        "issues": applied.issues,
    }

    /// `toLnpOrderXml`'s answer.
    Body as "LnpOrderXml", |body| {
        "xml": body.xml,
        "issues": body.issues,
        "changed": body.changed,
    }
}

impl ToJs for str {
    fn write(&self, w: &mut Wire) {
        w.string(self);
    }
}

impl ToJs for String {
    fn write(&self, w: &mut Wire) {
        w.string(self);
    }
}

impl ToJs for &str {
    fn write(&self, w: &mut Wire) {
        w.string(self);
    }
}

impl ToJs for bool {
    fn write(&self, w: &mut Wire) {
        w.konst(u32::from(*self));
    }
}

impl ToJs for u32 {
    fn write(&self, w: &mut Wire) {
        w.number(f64::from(*self));
    }
}

impl ToJs for f64 {
    fn write(&self, w: &mut Wire) {
        w.number(*self);
    }
}

/// `None` is `undefined`, as serde-wasm-bindgen wrote it (the fields that serde skips when `None`
/// are declared `optional` and left out instead).
impl<T: ToJs> ToJs for Option<T> {
    fn write(&self, w: &mut Wire) {
        match self {
            Some(v) => v.write(w),
            None => w.konst(3),
        }
    }
}

impl<T: ToJs> ToJs for [T] {
    fn write(&self, w: &mut Wire) {
        w.op(ARR, self.len() as u32);
        for v in self {
            v.write(w);
        }
    }
}

impl<T: ToJs> ToJs for Vec<T> {
    fn write(&self, w: &mut Wire) {
        self.as_slice().write(w);
    }
}

/// Through the fast path ([`ISSUE`], [`ISSUE_SHAPE`]).
impl ToJs for Issue {
    fn write(&self, w: &mut Wire) {
        w.issue(self);
    }
}

/// TNs as 10-digit strings, through the fast path ([`TNS`]).
struct Tns<'a>(&'a [Tn]);

impl ToJs for Tns<'_> {
    fn write(&self, w: &mut Wire) {
        w.tns(self.0);
    }
}

/// `{ line, input, issue }` through the fast path ([`ENTRY`], [`INVALID_ENTRY_SHAPE`]).
impl ToJs for InvalidEntry {
    fn write(&self, w: &mut Wire) {
        w.op(ENTRY, self.issue.path.len() as u32);
        let input = w.span(&self.input);
        w.words.extend([self.line, input]);
        w.issue_body(&self.issue);
    }
}

/// `{ tn, lines }` through the fast path ([`DUPLICATE`], [`DUPLICATE_SHAPE`]).
impl ToJs for DuplicateEntry {
    fn write(&self, w: &mut Wire) {
        w.op(DUPLICATE, self.lines.len() as u32);
        let tn = w.text(self.tn.as_str());
        w.words.push(tn);
        w.words.extend_from_slice(&self.lines);
    }
}

/// The order as `readOrder` gives it: from the field table, only the fields with a value.
impl ToJs for Group<'_> {
    fn write(&self, w: &mut Wire) {
        w.object(|object| {
            for &field in Field::ALL.iter().filter(|f| f.parent() == self.group) {
                if let Some(value) = held(self.order, field) {
                    object.field(field.key(), &value);
                }
            }
        });
    }
}

impl ToJs for Held<'_> {
    fn write(&self, w: &mut Wire) {
        match self {
            Held::Text(t) => t.write(w),
            Held::Flag(f) => f.write(w),
            Held::Number(x) => x.write(w),
            Held::List(l) => l.write(w),
            Held::Tns(TnInput::Text(t)) => t.write(w),
            Held::Tns(TnInput::Items(items)) => {
                let at = w.open(ARR);
                let mut k = 0;
                for item in items.iter().flatten() {
                    k += 1;
                    item.write(w);
                }
                w.close(at, k);
            }
            Held::Group(g) => g.write(w),
        }
    }
}

/// What `orderShape()` gives the JS entry to write the order's JSON Schema from: the reader's
/// limits, and the order's shape from the field table: every field at its place with a value of
/// its kind (text: the names it takes, `portin_validator::internal::answers::shape::names`, `""` for any;
/// a flag: `true`; a number: `0`; a list: `[names]`; the TN list: `[]`; a group: its fields).
/// Internal (the entry reads it; no type in js/api.d.ts), so not among [`RESULTS`].
pub(crate) struct OrderShape;

impl ToJs for OrderShape {
    fn write(&self, w: &mut Wire) {
        use portin_validator::internal::limits::{MAX_FIELD_TEXT, MAX_LIST_ENTRIES, MAX_LIST_TEXT};
        w.object(|object| {
            object.field("order", &FieldsUnder(None));
            object.field("maxText", &MAX_FIELD_TEXT);
            object.field("maxListText", &MAX_LIST_TEXT);
            object.field("maxEntries", &MAX_LIST_ENTRIES);
        });
    }
}

/// The fields under a group (the top level for `None`), each with a [`Specimen`] value.
struct FieldsUnder(Option<Field>);

impl ToJs for FieldsUnder {
    fn write(&self, w: &mut Wire) {
        w.object(|object| {
            for &field in Field::ALL.iter().filter(|f| f.parent() == self.0) {
                object.field(field.key(), &Specimen(field));
            }
        });
    }
}

/// A value of the field's kind, as [`OrderShape`] says.
struct Specimen(Field);

impl ToJs for Specimen {
    fn write(&self, w: &mut Wire) {
        use portin_validator::internal::answers::shape::names;
        use portin_validator::internal::order::Slot;
        match self.0.spec().slot {
            Slot::Text { .. } => names(self.0).write(w),
            Slot::Flag { .. } => true.write(w),
            Slot::Number { .. } => 0u32.write(w),
            Slot::List { .. } => [names(self.0)].write(w),
            Slot::Tns => {
                let list = w.open(ARR);
                w.close(list, 0);
            }
            Slot::Group => FieldsUnder(Some(self.0)).write(w),
        }
    }
}

/// `value` as a JS value.
pub(crate) fn to_js<T: ToJs + ?Sized>(value: &T) -> JsValue {
    let mut w = Wire::new();
    value.write(&mut w);
    w.finish()
}
