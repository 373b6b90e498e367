//! Reading an order from whatever a client sends: a camelCase object, the SDKs' shapes (keys in
//! any casing, `{ phoneNumber: [...] }`, numbers for ZIPs and TNs, `"true"`), or the text of the
//! provider's XML body. One reader for all of them, driven by the [`Field`] table, so names,
//! paths and issues are the same whatever the shape.

use super::{Coerce, Field, Order, Slot, TnInput};
use crate::code::Code;
use crate::input::{
    child, code_point, forbidden_character, name_too_long, parse_plain_number, Reader, Shape, Source, Unreadable,
    MAX_KEYS, MAX_NAME,
};
use crate::issue::{Issue, Path, Seg};
use crate::limits::{MAX_FIELD_TEXT, MAX_LIST_ENTRIES, MAX_LIST_TEXT};
use crate::order_type::OrderKind;
use crate::text::msg;
use crate::xml::{self, Node};

/// A TN list given on its own (`parseTnList`), reported at `base` + `["listOfPhoneNumbers"]`.
pub fn read_tn_input<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<TnInput> {
    let mut cx = Reading { r: Reader { issues, label: super::label }, origin: Origin::Object, coerced: 0, lsr: false };
    match src.shape() {
        Shape::Missing | Shape::Null => None,
        _ => cx.tns(&Src::Given(src), child(base, Seg::Key(Field::Tns.key()))),
    }
}

/// What the order was read from, which decides how names match and what is said of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// An object: keys match a field's key or its element, in any casing.
    Object,
    /// XML text: names match elements only. `request` for `<LnpOrder>` and `<LnpOrderSupp>`
    /// (`supp`), not for `<LnpOrderResponse>`.
    Xml { request: bool, supp: bool },
}

impl Origin {
    /// `"object"` or `"xml"`, as `readOrder` says.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Object => "object",
            Origin::Xml { .. } => "xml",
        }
    }
}

/// The schema's elements the order does not model: read by no rule, so skipped without a
/// word (a response's `Status` and `Errors`, the losing carrier's details, ...). Compared as
/// names are, ignoring case and underscores.
const UNMODELLED: &[&str] = &[
    "Status",
    "Errors",
    "BulkPortinOrderId",
    "EarliestEstimate",
    "AccountId",
    "LosingCarrierSPID",
    "LosingCarrierName",
    "LosingCarrierIsWireless",
    "VendorName",
    "RetryValidation",
    "Name",
    "LsrOrderErrors",
    "ResponseStatus",
    "CreatedByUser",
    "TollFreePortType",
    "TollFreeValidationStatus",
    "TollFreeValidationErrors",
    "RespOrgException",
    "Internal",
    "RocRequired",
    "Latitude",
    "Longitude",
    "LegacyAddressId",
    "LegacyEntityId",
    "RegionId",
];

/// R-LSR-SHAPE: an LSR's own names (the schema's `LsrOrderPayload`, the Node SDK's LSR object) for
/// fields a port-in names otherwise, read as those fields when the order is an LSR: an
/// `<LsrOrder>` (or `<LsrOrderResponse>`), or an object whose `kind` says `lsr`.
const LSR_NAMES: &[(Field, &str)] = &[
    (Field::Status, "OrderStatus"),
    (Field::Tns, "ListOfTelephoneNumbers"),
    (Field::Loa, "AuthorizingPerson"),
    (Field::Pon, "Pon"),
    (Field::PonVersion, "PonVersion"),
    (Field::Spid, "SPID"),
];

/// Two names are the same field's when they differ only in ASCII case and underscores:
/// `billing_telephone_number`, `BillingTelephoneNumber`, `CountOfTNs`.
pub fn same_name(a: &str, b: &str) -> bool {
    // Compared as they are folded, without building the folded names: an order is read by
    // trying every key against every field's names, so this runs thousands of times a call.
    folded(a).eq(folded(b))
}

/// A name's bytes without `_`, in lower case: what [`same_name`] and [`near`] compare.
fn folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().filter(|&c| c != b'_').map(|c| c.to_ascii_lowercase())
}

/// Edit distance of two folded names, giving up above `max` (for "did you mean").
pub(crate) fn near(a: &str, b: &str, max: usize) -> bool {
    let (a, b): (Vec<u8>, Vec<u8>) = (folded(a).collect(), folded(b).collect());
    if a.len().abs_diff(b.len()) > max || a.len() > 64 || b.len() > 64 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut row = vec![i + 1];
        for (j, y) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(usize::MAX).saturating_add(usize::from(x != y));
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX).saturating_add(1);
            let ins = row.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
            row.push(sub.min(del).min(ins));
        }
        prev = row;
    }
    prev.last().is_some_and(|&d| d <= max)
}

/// Reads an order of any accepted shape found at `base`, and says what it was read from.
/// `None` (with the issue saying why) when the input is not an order at all.
pub fn read_any<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<(Order, Origin)> {
    match src.shape() {
        Shape::Object => {
            let mut order = Order::empty();
            let mut cx =
                Reading { r: Reader { issues, label: super::label }, origin: Origin::Object, coerced: 0, lsr: false };
            cx.group(&Src::Given(src), None, base, &mut order).then_some((order, Origin::Object))
        }
        // The bound is counted in the source's units (UTF-16 in JS) and again in UTF-8 bytes, as
        // the XML reader counts: text over 8 MiB either way is the same issue.
        Shape::Text => match src.text(xml::MAX_BYTES as u32) {
            Ok(text) if text.len() > xml::MAX_BYTES => too_long(base, issues),
            Ok(text) if is_markup(&text) => read_xml::<S>(&text, base, issues),
            Ok(_) => not_an_order(base, Shape::Text, issues),
            Err(Unreadable::TooLong(_)) => too_long(base, issues),
            Err(why) => {
                Reader { issues, label: super::label }.unreadable(base.to_vec(), why);
                None
            }
        },
        shape => not_an_order(base, shape, issues),
    }
}

fn too_long(base: &[Seg], issues: &mut Vec<Issue>) -> Option<(Order, Origin)> {
    let message = msg![
        what(base),
        " is text of more than 8 MiB: at most 8 MiB of XML (an <LnpOrder> or <LnpOrderSupp>) is read."
    ];
    issues.push(Issue::error(base.to_vec(), Code::InputTooLong, message));
    None
}

fn what(base: &[Seg]) -> &'static str {
    if base.is_empty() {
        "The order"
    } else {
        "The saved order"
    }
}

/// Text whose first character that is not white space (or a BOM) is `<`.
pub fn is_markup(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').starts_with('<')
}

fn not_an_order(base: &[Seg], shape: Shape, issues: &mut Vec<Issue>) -> Option<(Order, Origin)> {
    issues.push(Issue::error(
        base.to_vec(),
        Code::InputType,
        msg![
            what(base),
            " must be an object with the order's fields (listOfPhoneNumbers, billingTelephoneNumber, ...) or the XML of an <LnpOrder>, not ",
            shape.described(),
            "."
        ],
    ));
    None
}

fn read_xml<S: Source>(text: &str, base: &[Seg], issues: &mut Vec<Issue>) -> Option<(Order, Origin)> {
    let root = match xml::parse(text) {
        Ok(root) => root,
        Err(e) if e.expected == xml::Expected::ShallowerNesting => {
            let message = msg![what(base), " is XML nested too deep: ", e.message(), "."];
            issues.push(Issue::error(base.to_vec(), Code::InputTooDeep, message));
            return None;
        }
        Err(e) => {
            let message = msg![what(base), " is not XML that can be read: ", e.message(), "."];
            issues.push(Issue::error(base.to_vec(), Code::InputXml, message));
            return None;
        }
    };
    // An LSR's root is `<LsrOrder>`, in a request and in a GET alike (so its response-only
    // fields are not reported); a POST or PUT answers with it inside `<LsrOrderResponse>`.
    let (origin, lsr) = match root.name.as_str() {
        "LnpOrder" => (Origin::Xml { request: true, supp: false }, false),
        "LnpOrderSupp" => (Origin::Xml { request: true, supp: true }, false),
        "LnpOrderResponse" => (Origin::Xml { request: false, supp: false }, false),
        "LsrOrder" | "LsrOrderResponse" => (Origin::Xml { request: false, supp: false }, true),
        other => {
            let message = msg![
                what(base),
                " is XML whose root element is ",
                crate::text::quote(other),
                ": expected <LnpOrder>, <LnpOrderSupp>, <LnpOrderResponse>, <LsrOrder> or <LsrOrderResponse>."
            ];
            issues.push(Issue::error(base.to_vec(), Code::InputXml, message));
            return None;
        }
    };
    let element = match root.child("LsrOrder") {
        Some(inner) if root.name == "LsrOrderResponse" => inner,
        _ => &root,
    };
    let mut order = Order::empty();
    let mut cx = Reading { r: Reader { issues, label: super::label }, origin, coerced: 0, lsr };
    let read = cx.group(&Src::<S>::Xml(Node::new(element)), None, base, &mut order);
    // An `<LsrOrder>` is an LSR whatever else it says.
    if lsr {
        order.kind = Some(String::from(OrderKind::Lsr.as_str()));
    }
    read.then_some((order, origin))
}

/// The one source type the reader reads: the caller's values, or an XML document read as if it
/// were one. So [`Reading`] is compiled once per caller's type rather than once more for XML (in the
/// `.wasm`, one reader instead of two: -1.4 KB gzip).
enum Src<'a, S> {
    /// The value the caller passed.
    Given(&'a S),
    /// A value read out of it.
    Read(S),
    Xml(Node<'a>),
}

impl<'a, S> Src<'a, S> {
    fn split(&self) -> Result<&S, &Node<'a>> {
        match self {
            Src::Given(s) => Ok(s),
            Src::Read(s) => Ok(s),
            Src::Xml(n) => Err(n),
        }
    }
}

impl<S: Source> Source for Src<'_, S> {
    fn shape(&self) -> Shape {
        self.split().map_or_else(Node::shape, S::shape)
    }

    fn get(&self, key: &str) -> Result<Self, Unreadable> {
        match self.split() {
            Ok(s) => s.get(key).map(Src::Read),
            Err(n) => n.get(key).map(Src::Xml),
        }
    }

    fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable> {
        self.split().map_or_else(|n| n.keys(max), |s| s.keys(max))
    }

    fn date(&self) -> Option<String> {
        self.split().map_or_else(Node::date, S::date)
    }

    fn items(&self, max: u32) -> Result<Vec<Self>, Unreadable> {
        match self.split() {
            Ok(s) => Ok(s.items(max)?.into_iter().map(Src::Read).collect()),
            Err(n) => Ok(n.items(max)?.into_iter().map(Src::Xml).collect()),
        }
    }

    fn texts(&self, max: u32, max_len: u32) -> Option<Vec<String>> {
        self.split().map_or_else(|n| n.texts(max, max_len), |s| s.texts(max, max_len))
    }

    fn text(&self, max: u32) -> Result<String, Unreadable> {
        self.split().map_or_else(|n| n.text(max), |s| s.text(max))
    }

    fn number(&self) -> Option<f64> {
        self.split().map_or_else(Node::number, S::number)
    }

    fn boolean(&self) -> Option<bool> {
        self.split().map_or_else(Node::boolean, S::boolean)
    }
}

struct Reading<'a> {
    r: Reader<'a>,
    origin: Origin,
    /// TN entries given as numbers in the list being read, for one info.
    coerced: u32,
    /// The order is an LSR: its own names ([`LSR_NAMES`]) are read too.
    lsr: bool,
}

impl Reading<'_> {
    fn xml(&self) -> bool {
        matches!(self.origin, Origin::Xml { .. })
    }

    /// Does input name `key` stand for `field`?
    fn names(&self, field: Field, key: &str) -> bool {
        let element = field.spec().xml.element().is_some_and(|e| same_name(key, e));
        let lsr = self.lsr && LSR_NAMES.iter().any(|&(f, e)| f == field && same_name(key, e));
        element || lsr || (!self.xml() && same_name(key, field.key()))
    }

    /// The element of one number in the TN list's wrapping object: an LSR's `TelephoneNumber`
    /// (or a port-in's `PhoneNumber`), a port-in's `PhoneNumber`.
    fn tn_elements(&self) -> &'static [&'static str] {
        if self.lsr {
            &["TelephoneNumber", "PhoneNumber"]
        } else {
            &["PhoneNumber"]
        }
    }

    /// The canonical spelling of `field` in this input.
    fn canonical(&self, field: Field) -> &'static str {
        match (self.origin, field.spec().xml.element()) {
            (Origin::Xml { .. }, Some(e)) => e,
            _ => field.key(),
        }
    }

    fn push(&mut self, issue: Issue) {
        self.r.issues.push(issue);
    }

    /// The keys of an object, or why they are not there: too many is reported and gives
    /// `Err` (nothing more is read there); a failure to list them gives `Ok(None)`, and then
    /// only the canonical names are looked up.
    fn keys<S: Source>(&mut self, src: &S, at: &[Seg]) -> Result<Option<Vec<String>>, ()> {
        match src.keys(MAX_KEYS) {
            Ok(keys) => Ok(Some(keys)),
            Err(Unreadable::TooMany(max)) => {
                let label = (self.r.label)(at);
                let name = if at.is_empty() { "The order" } else { label.as_str() };
                let message =
                    msg![name, " has more than ", max, " keys: nothing in it was read. Send the order's fields only."];
                self.push(Issue::error(at.to_vec(), Code::InputTooMany, message).param("limit", max));
                Err(())
            }
            Err(_) => Ok(None),
        }
    }

    /// A key longer than [`MAX_NAME`]: reported at its object and not read (no field has such a
    /// name, and comparing it with every field would cost its length each time).
    fn long_name(&mut self, key: &str, at: &[Seg]) -> bool {
        if !name_too_long(key) {
            return false;
        }
        let mut start = 24;
        while !key.is_char_boundary(start) {
            start -= 1;
        }
        let message = msg![
            "A key starting ",
            crate::text::quote(key.get(..start).unwrap_or_default()),
            " is over ",
            MAX_NAME,
            " bytes long: no field has such a name, and it was not read."
        ];
        self.push(Issue::error(at.to_vec(), Code::InputNameTooLong, message).param("limit", MAX_NAME));
        true
    }

    /// Text with a character no field may hold (a control character, a noncharacter) is reported
    /// at its field and read as absent: never passed on, nor replaced without a word.
    fn clean(&mut self, text: String, path: Path) -> Option<String> {
        let Some((at, c)) = forbidden_character(&text) else { return Some(text) };
        let message = msg![
            (self.r.label)(&path),
            " has the character ",
            code_point(c),
            " at position ",
            at,
            ", a control character or noncharacter: remove it (it cannot be sent, and does not show as typed)."
        ];
        self.push(Issue::error(path, Code::InputControlCharacter, message));
        None
    }

    /// A key no field answers to: skipped, with a warning unless the schema knows it.
    fn unknown(&mut self, key: &str, at: &[Seg], candidates: &[Field]) {
        if UNMODELLED.iter().any(|u| same_name(key, u)) {
            return;
        }
        let mut path = at.to_vec();
        path.push(Seg::Name(key.into()));
        let shown = crate::text::quote(key);
        let mut message = msg!["Unknown field ", shown, " is not read."];
        let all = Field::ALL.iter().copied();
        if let Some(guess) = candidates.iter().copied().chain(all).find(|&f| near(key, self.canonical(f), 2)) {
            message = msg!["Unknown field ", shown, " is not read (did you mean ", guess.dotted(), "?)."];
        }
        self.push(Issue::warning(path, Code::InputUnknownField, message));
    }

    /// Reads the fields of the group `parent` (the top level when `None`) from `src`, found at
    /// `at`, in [`Field::ALL`]'s order. `false` when the object has too many keys to be read.
    fn group<S: Source>(&mut self, src: &S, parent: Option<Field>, at: &[Seg], order: &mut Order) -> bool {
        let fields: Vec<Field> = Field::ALL.iter().copied().filter(|f| f.parent() == parent).collect();
        let Ok(listed) = self.keys(src, at) else { return false };
        // An object whose `kind` (in any casing) says LSR is read with the LSR's names too.
        if parent.is_none() && !self.xml() {
            let kind = listed.iter().flatten().find(|k| same_name(k, Field::Kind.key())).and_then(|k| src.get(k).ok());
            let kind = kind.filter(|k| k.shape() == Shape::Text).and_then(|k| k.text(16).ok());
            self.lsr = kind.is_some_and(|k| OrderKind::parse(&k) == Ok(OrderKind::Lsr));
        }
        // Each field's spellings in the input, in input order.
        let mut given: Vec<(Field, Vec<String>)> = Vec::new();
        for key in listed.iter().flatten() {
            if self.long_name(key, at) {
                continue;
            }
            match fields.iter().copied().find(|&f| self.names(f, key)) {
                Some(f) => match given.iter_mut().find(|(g, _)| *g == f) {
                    Some((_, spellings)) => spellings.push(key.clone()),
                    None => given.push((f, vec![key.clone()])),
                },
                None => self.unknown(key, at, &fields),
            }
        }
        for &field in &fields {
            let path = child(at, Seg::Key(field.key()));
            let spellings = given.iter().find(|(g, _)| *g == field).map(|(_, s)| s.as_slice()).unwrap_or_default();
            let canonical = self.canonical(field);
            let key = match spellings {
                [] if listed.is_none() || !self.xml() => canonical,
                [] => continue,
                [one] => one.as_str(),
                [first, ..] => {
                    let key = spellings.iter().find(|s| s.as_str() == canonical).unwrap_or(first);
                    let quoted: Vec<String> = spellings.iter().map(|s| crate::text::quote(s)).collect();
                    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
                    let message = msg![
                        (self.r.label)(&path),
                        " is given ",
                        spellings.len(),
                        " times, as ",
                        crate::text::join_and(&quoted),
                        ": ",
                        crate::text::quote(key),
                        " is read and the others are ignored."
                    ];
                    self.push(Issue::warning(path.clone(), Code::InputDuplicateField, message));
                    key.as_str()
                }
            };
            let v = match src.get(key) {
                Ok(v) => v,
                Err(why) => {
                    self.r.unreadable(path, why);
                    continue;
                }
            };
            if matches!(v.shape(), Shape::Missing | Shape::Null) {
                continue;
            }
            if let Origin::Xml { request: true, supp } = self.origin {
                if field.spec().xml.refused_in_request(supp) {
                    let body = if supp { "<LnpOrderSupp>" } else { "<LnpOrder>" };
                    let message = msg![
                        "<",
                        canonical,
                        "> is set by the provider and is not part of a request body such as ",
                        body,
                        ": it is not sent (a GET of the order gives it)."
                    ];
                    self.push(Issue::warning(path.clone(), Code::InputResponseOnly, message));
                }
            }
            self.value(field, &v, path, order);
        }
        true
    }

    fn value<S: Source>(&mut self, field: Field, v: &S, path: Path, order: &mut Order) {
        match field.spec().slot {
            Slot::Text { set, coerce, .. } => *set(order) = self.text(v, path, coerce),
            Slot::Flag { set, .. } => *set(order) = self.flag(v, path),
            Slot::Number { set, .. } => *set(order) = self.number(v, path),
            Slot::List { set, item, .. } => *set(order) = self.list(v, path, item),
            Slot::Tns => order.list_of_phone_numbers = self.tns(v, path),
            Slot::Group => match v.shape() {
                Shape::Object => {
                    self.group(v, Some(field), &path, order);
                }
                got => self.r.wrong_type(path, "an object", got),
            },
        }
    }

    /// Text, or what `coerce` accepts for it.
    fn text<S: Source>(&mut self, v: &S, path: Path, coerce: Coerce) -> Option<String> {
        let shape = v.shape();
        match (shape, coerce) {
            (Shape::Number, Coerce::Id | Coerce::House | Coerce::Zip | Coerce::Tn) => {
                let digits = v.number().and_then(whole);
                let digits = match (digits, coerce) {
                    (Some(d), Coerce::Tn) if !matches!(d.len(), 10 | 11) => None,
                    (Some(d), Coerce::Zip) if d.len() < 5 => Some(msg!["0".repeat(5 - d.len()), d]),
                    (d, _) => d,
                };
                match digits {
                    Some(d) => {
                        if coerce != Coerce::Id {
                            let message = msg![
                                (self.r.label)(&path),
                                " was given as a number: read as the text ",
                                crate::text::quote(&d),
                                ". Send it as text to keep it exactly as written."
                            ];
                            self.push(Issue::info(path, Code::InputCoerced, message));
                        }
                        Some(d)
                    }
                    None => {
                        let expected = if coerce == Coerce::Tn { "text (or a 10-digit number)" } else { "text" };
                        self.r.wrong_type(path, expected, shape);
                        None
                    }
                }
            }
            (Shape::Object, Coerce::Date) => match v.date() {
                Some(iso) => Some(iso),
                None => {
                    self.r.wrong_type(path, "text", shape);
                    None
                }
            },
            _ => {
                let text = self.r.text_value(v, path.clone(), MAX_FIELD_TEXT)?;
                self.clean(text, path)
            }
        }
    }

    /// `true`/`false`, or the text `"true"`/`"false"` (XML's only form; an info in objects).
    fn flag<S: Source>(&mut self, v: &S, path: Path) -> Option<bool> {
        if let Some(b) = v.boolean() {
            return Some(b);
        }
        let b = match v.shape() {
            Shape::Text => v.text(16).ok().and_then(|t| match t.trim() {
                t if t.eq_ignore_ascii_case("true") => Some(true),
                t if t.eq_ignore_ascii_case("false") => Some(false),
                _ => None,
            }),
            _ => None,
        };
        match b {
            Some(b) if !self.xml() => {
                let message =
                    msg![(self.r.label)(&path), " was given as text: read as ", if b { "true" } else { "false" }, "."];
                self.push(Issue::info(path, Code::InputCoerced, message));
            }
            Some(_) => {}
            None => self.r.wrong_type(path, "true or false", v.shape()),
        }
        b
    }

    /// A number; text holding a whole number is accepted too (form controls and XML give text).
    fn number<S: Source>(&mut self, v: &S, path: Path) -> Option<f64> {
        let n = match v.shape() {
            Shape::Number => v.number(),
            Shape::Text => v.text(32).ok().and_then(|s| parse_plain_number(&s)),
            _ => None,
        };
        if n.is_none() {
            self.r.wrong_type(path, "a number", v.shape());
        }
        n
    }

    /// The one entry key of a wrapping object (`{ phoneNumber: [...] }`, `<TnAttributes>`):
    /// its value, other keys reported as unknown. `None` when the object has no such key.
    fn unwrap<S: Source>(&mut self, v: &S, path: &[Seg], items: &[&'static str]) -> Option<S> {
        let key = match self.keys(v, path).ok()? {
            Some(keys) => {
                let mut found = None;
                for k in keys {
                    if self.long_name(&k, path) {
                        continue;
                    }
                    if found.is_none() && items.iter().any(|item| same_name(&k, item)) {
                        found = Some(k);
                    } else {
                        self.unknown(&k, path, &[]);
                    }
                }
                found?
            }
            None => String::from(*items.first()?),
        };
        match v.get(&key) {
            Ok(inner) => Some(inner),
            Err(why) => {
                self.r.unreadable(path.to_vec(), why);
                None
            }
        }
    }

    /// A list of text: an array, one text, or either inside `{ <item>: ... }`.
    fn list<S: Source>(&mut self, v: &S, path: Path, item: &'static str) -> Option<Vec<String>> {
        match v.shape() {
            Shape::Object => {
                let inner = self.unwrap(v, &path, &[item])?;
                match inner.shape() {
                    Shape::Object => {
                        self.r.wrong_type(path, "a list of text", Shape::Object);
                        None
                    }
                    _ => self.list(&inner, path, item),
                }
            }
            Shape::List => match v.items(MAX_LIST_ENTRIES) {
                Ok(items) => Some(
                    items
                        .iter()
                        .enumerate()
                        .filter_map(|(i, e)| {
                            let at = child(&path, Seg::Index(i as u32));
                            let text = self.r.text_value(e, at.clone(), MAX_FIELD_TEXT)?;
                            self.clean(text, at)
                        })
                        .collect(),
                ),
                Err(why) => {
                    self.r.unreadable(path, why);
                    None
                }
            },
            Shape::Text => {
                let text = self.r.text_value(v, path.clone(), MAX_FIELD_TEXT)?;
                self.clean(text, path).map(|t| vec![t])
            }
            Shape::Missing | Shape::Null => None,
            got => {
                self.r.wrong_type(path, "a list of text", got);
                None
            }
        }
    }

    /// `listOfPhoneNumbers`: pasted text, an array of text (or numbers, or `{ phoneNumber }`
    /// objects), or `{ phoneNumber: ... }` holding either.
    fn tns<S: Source>(&mut self, v: &S, path: Path) -> Option<TnInput> {
        self.coerced = 0;
        let list = match v.shape() {
            Shape::Text => self.r.text_value(v, path.clone(), MAX_LIST_TEXT).map(TnInput::Text),
            Shape::Object => {
                let inner = self.unwrap(v, &path, self.tn_elements())?;
                match inner.shape() {
                    Shape::List => self.tn_items(&inner, &path),
                    Shape::Missing | Shape::Null => None,
                    _ => Some(TnInput::Items(vec![self.tn_item(&inner, child(&path, Seg::Index(0)))])),
                }
            }
            Shape::List => self.tn_items(v, &path),
            got => {
                self.r.wrong_type(path.clone(), "text (one number per line) or a list of numbers", got);
                None
            }
        };
        if self.coerced > 0 {
            let message = msg![
                self.coerced,
                if self.coerced == 1 {
                    " number was given as a JS number"
                } else {
                    " numbers were given as JS numbers"
                },
                ": read as digits. Send numbers as text to keep them exactly as written."
            ];
            self.push(Issue::info(path, Code::InputCoerced, message));
        }
        list
    }

    fn tn_items<S: Source>(&mut self, v: &S, path: &[Seg]) -> Option<TnInput> {
        if let Some(texts) = v.texts(MAX_LIST_ENTRIES, MAX_FIELD_TEXT) {
            return Some(TnInput::Items(texts.into_iter().map(Some).collect()));
        }
        match v.items(MAX_LIST_ENTRIES) {
            Ok(items) => Some(TnInput::Items(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| self.tn_item(item, child(path, Seg::Index(i as u32))))
                    .collect(),
            )),
            Err(why) => {
                self.r.unreadable(path.to_vec(), why);
                None
            }
        }
    }

    /// One entry: text, a 10- or 11-digit number, or `{ phoneNumber: ... }`.
    fn tn_item<S: Source>(&mut self, item: &S, path: Path) -> Option<String> {
        match item.shape() {
            Shape::Number => match item.number().and_then(whole).filter(|d| matches!(d.len(), 10 | 11)) {
                Some(d) => {
                    self.coerced += 1;
                    Some(d)
                }
                None => {
                    self.r.wrong_type(path, "text (or a 10-digit number)", Shape::Number);
                    None
                }
            },
            Shape::Object => {
                let inner = self.unwrap(item, &path, self.tn_elements())?;
                match inner.shape() {
                    Shape::Object | Shape::List => {
                        self.r.wrong_type(path, "text", inner.shape());
                        None
                    }
                    _ => self.tn_item(&inner, path),
                }
            }
            _ => self.r.text_value(item, path, MAX_FIELD_TEXT),
        }
    }
}

/// The digits of a whole, non-negative number below 10^15 (exact in an `f64`).
fn whole(n: f64) -> Option<String> {
    if !(0.0..1e15).contains(&n) || n.fract() != 0.0 {
        return None;
    }
    let mut n = n as u64;
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers() {
        for (a, b, same) in [
            ("BillingTelephoneNumber", "billingTelephoneNumber", true),
            ("billing_telephone_number", "billingTelephoneNumber", true),
            ("PON", "pon", true),
            ("RequestedFOCDate", "requestedFocDate", true),
            ("CountOfTNs", "countOfTns", true),
            ("billingTelephoneNumbr", "billingTelephoneNumber", false),
        ] {
            assert_eq!(same_name(a, b), same, "{a} {b}");
        }
        assert!(near("billingTelephoneNumbr", "billingTelephoneNumber", 2));
        assert!(!near("zzz", "billingTelephoneNumber", 2));
        // "Did you mean" only for names of a sane length: 64 bytes folded is the last compared.
        let a = |n: usize| "a".repeat(n);
        assert!(near(&a(64), &format!("{}b", a(63)), 2), "64 bytes, one apart");
        assert!(!near(&a(65), &format!("{}b", a(64)), 2), "65 bytes, one apart: not compared");
        for (n, want) in
            [(6390.0, Some("6390")), (0.0, Some("0")), (9192460142.0, Some("9192460142")), (1.5, None), (-1.0, None)]
        {
            assert_eq!(whole(n).as_deref(), want);
        }
        // Added cases: "_" alone folds to nothing, and a longer name is never the same.
        assert!(same_name("_", ""));
        assert!(!same_name("pon", "pons"));
    }

    /// A [`Value`] read entry by entry only: what the list's one-read path must agree with.
    struct OneByOne(crate::input::Value);

    impl Source for OneByOne {
        fn shape(&self) -> Shape {
            self.0.shape()
        }
        fn get(&self, key: &str) -> Result<Self, Unreadable> {
            self.0.get(key).map(OneByOne)
        }
        fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable> {
            self.0.keys(max)
        }
        fn items(&self, max: u32) -> Result<Vec<Self>, Unreadable> {
            Ok(self.0.items(max)?.into_iter().map(OneByOne).collect())
        }
        fn text(&self, max: u32) -> Result<String, Unreadable> {
            self.0.text(max)
        }
        fn number(&self) -> Option<f64> {
            self.0.number()
        }
        fn boolean(&self) -> Option<bool> {
            self.0.boolean()
        }
    }

    #[test]
    fn a_list_read_at_once_reads_as_entry_by_entry() {
        use crate::input::Value as V;
        use crate::limits::{MAX_FIELD_TEXT, MAX_LIST_ENTRIES};
        let long = "9".repeat(MAX_FIELD_TEXT as usize);
        let longer = "9".repeat(MAX_FIELD_TEXT as usize + 1);
        let texts = |xs: &[&str]| V::List(xs.iter().map(|x| V::text(*x)).collect());
        let many = V::List(vec![V::text("9192460142"); MAX_LIST_ENTRIES as usize + 1]);
        let cases = [
            (texts(&["919-246-0142", "(212) 555 0100", "", " junk "]), true),
            (texts(&[long.as_str()]), true),
            (texts(&[longer.as_str()]), false),
            (texts(&["919\n2460142"]), false),
            (V::List(vec![V::text("9192460142"), V::Number(2125550100.0)]), false),
            (V::List(vec![V::text("9192460142"), V::Null]), false),
            (V::List(vec![]), false),
            (many, false),
        ];
        for (list, at_once) in cases {
            assert_eq!(list.texts(MAX_LIST_ENTRIES, MAX_FIELD_TEXT).is_some(), at_once, "{list:?}");
            let order = V::object([("listOfPhoneNumbers", list.clone())]);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let fast = crate::order::read(&order, &mut a);
            let slow = crate::order::read(&OneByOne(order), &mut b);
            assert_eq!(fast, slow, "{list:?}");
            assert_eq!(a, b, "{list:?}");
        }
    }
}
