//! Every result crosses to JS as one compact buffer: a list of `u32` words that describe the
//! value, and one UTF-8 text holding every string end to end, which JS decodes once and slices.
//! Building a JS value property by property from wasm costs an import call per property and a
//! `TextDecoder` per string: for a pasted spreadsheet's 60,000 issues, most of the time of the
//! whole call. Here JS builds the objects itself, in one pass over the words.
//!
//! An issue whose message is a [`Template`](portin_validator::issue::Template) sends the template's words once (the first issue
//! that uses it) and its holes per issue; JS fills them the same way [`Template::fill`](portin_validator::issue::Template::fill) does, so
//! the words stay written in Rust and read the same natively and in JS.
//!
//! The words: `tag | payload << 4`, tags below. Any `Serialize` value is written through
//! [`Wire`]'s serde serializer, with serde-wasm-bindgen's conventions (structs and maps as plain
//! objects, `None` as `undefined`, enums externally tagged); [`ToJs`] adds the fast paths of the
//! issue lists.

use std::sync::Arc;

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

use portin_validator::issue::{Hole, Issue, Message, Report, Seg, Span};
use portin_validator::{ListReport, Tn};

#[wasm_bindgen(inline_js = "const DEC = new TextDecoder();
const K = [false, true, null, undefined];
export function fromWire(w, bytes, lens) {
  const s = DEC.decode(bytes), T = new Array(lens.length), tpl = [];
  for (let i = 0, o = 0; i < lens.length; i++) T[i] = s.slice(o, o += lens[i]);
  let p = 0;
  const f = new Float64Array(1), u = new Uint32Array(f.buffer);
  const raw = (x) => (x & 1 ? T[x >>> 1] : x >>> 1);
  function issue(n) {
    const path = new Array(n);
    for (let i = 0; i < n; i++) path[i] = raw(w[p++]);
    const code = T[w[p++]], severity = T[w[p++]], rule = w[p++], m = w[p++];
    let message, t;
    if (m === 0) message = T[w[p++]];
    else {
      if (m === 1) { const n = w[p++]; t = new Array(n); for (let i = 0; i < n; i++) t[i] = T[w[p++]]; tpl.push(t); }
      else t = tpl[m - 2];
      switch (t.length) {
        case 2: message = t[0] + raw(w[p++]) + t[1]; break;
        case 3: message = t[0] + raw(w[p++]) + t[1] + raw(w[p++]) + t[2]; break;
        default: message = t[0]; for (let i = 1; i < t.length; i++) message += raw(w[p++]) + t[i];
      }
    }
    return rule ? { path, code, severity, message, rule: T[rule - 1] } : { path, code, severity, message };
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
/// [`raw`] word per hole.
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

impl Wire {
    pub(crate) fn new() -> Self {
        Wire {
            words: Vec::new(),
            bytes: Vec::new(),
            lens: Vec::new(),
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

    fn serde<T: Serialize + ?Sized>(&mut self, value: &T) {
        if value.serialize(&mut *self).is_err() {
            self.konst(3);
        }
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
    }

    fn message(&mut self, message: &Message) {
        let Some((template, holes)) = message.template() else {
            let id = self.text(message);
            self.words.extend([0, id]);
            return;
        };
        let addr = Arc::as_ptr(template) as usize;
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
            }
        }
        for i in 0..template.parts().len().saturating_sub(1) {
            let word = match holes.get(i).unwrap_or(&Hole::None) {
                Hole::None => raw_text(self.text("")),
                Hole::Number(n) => raw_number(*n),
                Hole::Text(t) => raw_text(self.span(t)),
                Hole::Tn(tn) => raw_text(self.text(&tn.formatted())),
            };
            self.words.push(word);
        }
    }

    fn issues(&mut self, issues: &[Issue]) {
        self.op(ARR, issues.len() as u32);
        for issue in issues {
            self.issue(issue);
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

/// A result that crosses to JS as a [`Wire`].
pub(crate) trait ToJs {
    fn write(&self, w: &mut Wire);
}

/// `{ ok, issues, tns }`, each issue through the fast path.
impl ToJs for Report {
    fn write(&self, w: &mut Wire) {
        w.op(OBJ, 3);
        w.key("ok");
        w.konst(u32::from(self.ok));
        w.key("issues");
        w.issues(&self.issues);
        w.key("tns");
        w.serde(&self.tns);
    }
}

/// An array of issues (what the form helper keeps of the list between keystrokes).
impl ToJs for [Issue] {
    fn write(&self, w: &mut Wire) {
        w.issues(self);
    }
}

impl ToJs for Vec<Issue> {
    fn write(&self, w: &mut Wire) {
        w.issues(self);
    }
}

/// `{ tns, invalid: [{ line, input, issue }], duplicates, tollFree, issues }`.
impl ToJs for ListReport {
    fn write(&self, w: &mut Wire) {
        w.op(OBJ, 5);
        w.key("tns");
        w.tns(&self.tns);
        w.key("invalid");
        w.op(ARR, self.invalid.len() as u32);
        for bad in &self.invalid {
            w.op(ENTRY, bad.issue.path.len() as u32);
            let input = w.span(&bad.input);
            w.words.extend([bad.line, input]);
            w.issue_body(&bad.issue);
        }
        w.key("duplicates");
        w.op(ARR, self.duplicates.len() as u32);
        for dup in &self.duplicates {
            w.op(DUPLICATE, dup.lines.len() as u32);
            let tn = w.text(dup.tn.as_str());
            w.words.push(tn);
            w.words.extend_from_slice(&dup.lines);
        }
        w.key("tollFree");
        w.tns(&self.toll_free);
        w.key("issues");
        w.issues(&self.issues);
    }
}

/// The other results, through the serde serializer below.
macro_rules! serde_to_js {
    ($($t:ty),* $(,)?) => {$(
        impl ToJs for $t {
            fn write(&self, w: &mut Wire) {
                w.serde(self);
            }
        }
    )*};
}
serde_to_js!(
    portin_validator::rules::EditableFields,
    portin_validator::rejection::Explanation,
    portin_validator::rejection::Registered,
    portin_validator::schedule::EarliestDates,
    portin_validator::numbering::answer::AreaCodeAnswer,
    portin_validator::status::Explanation,
    portin_validator::entry::ReadOrder,
    portin_validator::order::body::Body,
);

/// `value` as a JS value.
pub(crate) fn to_js<T: ToJs + ?Sized>(value: &T) -> JsValue {
    let mut w = Wire::new();
    value.write(&mut w);
    w.finish()
}

/// Never raised by the writer itself; serde's contract needs a type for `Serialize` impls
/// that fail, which none of the results' do.
#[derive(Debug)]
pub(crate) struct Failed;

impl std::fmt::Display for Failed {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

impl std::error::Error for Failed {}

impl ser::Error for Failed {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Failed
    }
}

/// An array or object being written: where its count goes, and the count so far.
pub(crate) struct Compound<'a> {
    w: &'a mut Wire,
    at: usize,
    n: u32,
}

impl<'a> Compound<'a> {
    fn new(w: &'a mut Wire, tag: u32) -> Self {
        let at = w.open(tag);
        Compound { w, at, n: 0 }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failed> {
        self.n += 1;
        value.serialize(&mut *self.w)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Failed> {
        self.w.key(key);
        self.item(value)
    }

    fn end(self) -> Result<(), Failed> {
        self.w.close(self.at, self.n);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Wire {
    type Ok = ();
    type Error = Failed;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Failed> {
        self.konst(u32::from(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Failed> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Failed> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Failed> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Failed> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Failed> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Failed> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Failed> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Failed> {
        self.konst(3);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Failed> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Failed> {
        self.konst(3);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Failed> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Failed> {
        self.key(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Failed> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Failed> {
        self.op(OBJ, 1);
        self.key(variant);
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Failed> {
        Ok(Compound::new(self, ARR))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Failed> {
        Ok(Compound::new(self, ARR))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Failed> {
        Ok(Compound::new(self, ARR))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Failed> {
        self.op(OBJ, 1);
        self.key(variant);
        Ok(Compound::new(self, ARR))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Failed> {
        Ok(Compound::new(self, OBJ))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Failed> {
        Ok(Compound::new(self, OBJ))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Failed> {
        self.op(OBJ, 1);
        self.key(variant);
        Ok(Compound::new(self, OBJ))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failed> {
        self.item(value)
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failed> {
        self.item(value)
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failed> {
        self.item(value)
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failed> {
        self.item(value)
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Failed> {
        // A pair counts once: its key here, its value uncounted below.
        self.item(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failed> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Failed> {
        self.field(key, value)
    }
    fn skip_field(&mut self, _: &'static str) -> Result<(), Failed> {
        Ok(())
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Failed> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Failed> {
        Compound::end(self)
    }
}
