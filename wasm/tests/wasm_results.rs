//! Each result that crosses to JS is declared once, in api/wire.rs's `results!` (the fast paths'
//! shapes next to them): its writer comes from that declaration, and this holds the rest to it.
//! - js/api.d.ts, written by hand, declares every one of those interfaces with exactly its keys,
//!   in its order, optional (`key?:`) where it is, and nothing else; every interface an exported
//!   function returns is declared (or is named below as made elsewhere).
//! - What each export answers has exactly the declared keys: the required ones, optional ones
//!   only where declared, in the declared order, nested results too (by their types in
//!   api.d.ts); every declared shape and every optional key is seen at least once.
//!
//! Run in Node and in headless Chromium, like the other `wasm_*` files.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod wasm_common;
use wasm_common::{get, json};

use std::collections::{BTreeMap, BTreeSet};

use js_sys::{Array, Object};
use portin_validator_wasm::api::{self, ResultShape, RESULTS};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const API_DTS: &str = include_str!("../../js/api.d.ts");

/// Interfaces the exports return that the wire does not write, so `results!` does not declare:
/// the order (its keys are the field table's, `order::Field`; tests/fields.rs finds each field in
/// api.d.ts, one way only) and what js/entry.js makes itself.
const MADE_ELSEWHERE: &[&str] = &["PortInOrder", "OrderSchema", "ProblemDetails", "FormHandle"];

/// A member of an interface in api.d.ts.
#[derive(Debug, Clone, PartialEq)]
struct Member {
    key: String,
    optional: bool,
    /// Its type as written, e.g. `Issue[]`.
    ty: String,
}

/// api.d.ts without its comments (string literals kept whole).
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), _) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            (None, '"' | '\'' | '`') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '/') if chars.peek() == Some(&'/') => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            (None, '/') if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// What is inside the bracket `text` starts with, and what follows its closing one.
fn bracketed(text: &str) -> (&str, &str) {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return (&text[1..i], &text[i + 1..]);
                }
            }
            _ => {}
        }
    }
    panic!("api.d.ts: no closing bracket for {}", &text[..text.len().min(80)]);
}

/// `text` split at `sep` outside brackets, each part trimmed, empty ones left out.
fn split_top(text: &str, sep: char) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in text.char_indices() {
        let arrow = c == '>' && text[..i].ends_with('=');
        match c {
            '{' | '(' | '[' | '<' => depth += 1,
            '}' | ')' | ']' | '>' if !arrow => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(text[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// Each `export <kind> NAME...` of `text`: the name, and the text after the keyword (up to the
/// next declaration of that kind).
fn exported<'a>(text: &'a str, kind: &str) -> Vec<(String, &'a str)> {
    let name = |rest: &str| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    text.split(&format!("export {kind} ")).skip(1).map(|rest| (name(rest), rest)).collect()
}

/// The interfaces of api.d.ts by name, each with its members in order.
fn interfaces() -> BTreeMap<String, Vec<Member>> {
    let text = without_comments(API_DTS);
    let mut found = BTreeMap::new();
    for (name, rest) in exported(&text, "interface") {
        let (body, _) = bracketed(&rest[rest.find('{').unwrap()..]);
        let members = split_top(body, ';')
            .into_iter()
            .map(|m| {
                let m = m.strip_prefix("readonly ").unwrap_or(m);
                let colon = m.find(':').unwrap_or_else(|| panic!("api.d.ts: {name} has a member without a type: {m}"));
                let (key, ty) = (m[..colon].trim(), m[colon + 1..].trim());
                let (key, optional) = match key.strip_suffix('?') {
                    Some(key) => (key, true),
                    None => (key, false),
                };
                Member { key: key.trim_matches('"').to_string(), optional, ty: ty.to_string() }
            })
            .collect();
        assert!(found.insert(name.clone(), members).is_none(), "api.d.ts declares {name} twice");
    }
    found
}

/// What each exported function of api.d.ts returns, as written.
fn returns() -> BTreeMap<String, String> {
    let text = without_comments(API_DTS);
    let mut found = BTreeMap::new();
    for (name, rest) in exported(&text, "function") {
        let (_, after) = bracketed(&rest[rest.find('(').unwrap()..]);
        let ty = after.trim().strip_prefix(':').unwrap().split(';').next().unwrap().trim();
        found.insert(name, ty.to_string());
    }
    found
}

/// The interfaces of api.d.ts a type names (`Issue[]`, `Report | undefined`...).
fn named<'a>(ty: &str, interfaces: &'a BTreeMap<String, Vec<Member>>) -> Vec<&'a str> {
    ty.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter_map(|word| interfaces.get_key_value(word).map(|(k, _)| k.as_str()))
        .collect()
}

fn declared(interface: &str) -> Option<&'static ResultShape> {
    RESULTS.iter().find(|shape| shape.interface == interface)
}

/// A shape's keys as api.d.ts would write them: `rule?` for an optional one.
fn spelled(keys: impl Iterator<Item = (String, bool)>) -> Vec<String> {
    keys.map(|(key, optional)| if optional { key + "?" } else { key }).collect()
}

#[wasm_bindgen_test]
fn api_dts_declares_each_result_as_wire_rs_does() {
    let interfaces = interfaces();
    let mut problems = Vec::new();
    let mut names = BTreeSet::new();
    for shape in RESULTS {
        if !names.insert(shape.interface) {
            problems.push(format!("{} is declared twice in results!", shape.interface));
        }
        let ours = spelled(shape.keys.iter().map(|k| (k.name.to_string(), k.optional)));
        match interfaces.get(shape.interface) {
            None => problems.push(format!("api.d.ts has no interface {} (wire.rs: {ours:?})", shape.interface)),
            Some(members) => {
                let theirs = spelled(members.iter().map(|m| (m.key.clone(), m.optional)));
                if theirs != ours {
                    problems.push(format!("{}: api.d.ts has {theirs:?}, wire.rs declares {ours:?}", shape.interface));
                }
            }
        }
    }
    assert!(problems.is_empty(), "js/api.d.ts and wire.rs's results! differ:\n{}", problems.join("\n"));
}

/// From what each exported function returns, through the members of each result, every interface
/// reached is declared in `results!` (or made elsewhere): a new result cannot skip the declaration.
#[wasm_bindgen_test]
fn every_result_an_export_returns_is_declared() {
    let interfaces = interfaces();
    let mut todo: Vec<(String, String)> = Vec::new();
    for (function, ty) in returns() {
        todo.extend(named(&ty, &interfaces).into_iter().map(|i| (i.to_string(), format!("{function}()"))));
    }
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    while let Some((interface, from)) = todo.pop() {
        if MADE_ELSEWHERE.contains(&interface.as_str()) || !seen.insert(interface.clone()) {
            continue;
        }
        if declared(&interface).is_none() {
            problems.push(format!("{interface} (from {from}) is not declared in wire.rs's results!"));
            continue;
        }
        for member in &interfaces[&interface] {
            let at = format!("{interface}.{}", member.key);
            todo.extend(named(&member.ty, &interfaces).into_iter().map(|i| (i.to_string(), at.clone())));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let unreached: Vec<_> = RESULTS.iter().map(|s| s.interface).filter(|i| !seen.contains(*i)).collect();
    assert!(unreached.is_empty(), "declared but returned by no export of api.d.ts: {unreached:?}");
}

/// Checks values against their declarations, nested results by their members' types in api.d.ts,
/// and remembers which shapes and optional keys it saw.
struct Checker {
    interfaces: BTreeMap<String, Vec<Member>>,
    seen: BTreeSet<String>,
    optional_seen: BTreeSet<(String, String)>,
    problems: Vec<String>,
}

impl Checker {
    fn check(&mut self, value: &JsValue, interface: &str, at: &str) {
        let Some(shape) = declared(interface) else {
            self.problems.push(format!("{at}: {interface} is not declared in results!"));
            return;
        };
        self.seen.insert(interface.to_string());
        if !value.is_object() || Array::is_array(value) {
            self.problems.push(format!("{at}: {interface} is not an object: {value:?}"));
            return;
        }
        let keys: Vec<String> =
            Object::keys(value.unchecked_ref::<Object>()).iter().map(|k| k.as_string().unwrap()).collect();
        let expected: Vec<String> = shape
            .keys
            .iter()
            .filter(|k| !k.optional || keys.iter().any(|key| key == k.name))
            .map(|k| k.name.to_string())
            .collect();
        if keys != expected {
            let all = spelled(shape.keys.iter().map(|k| (k.name.to_string(), k.optional)));
            self.problems.push(format!("{at}: {interface} has the keys {keys:?}; declared {all:?}"));
        }
        for key in shape.keys.iter().filter(|k| k.optional && keys.iter().any(|key| key == k.name)) {
            self.optional_seen.insert((interface.to_string(), key.name.to_string()));
        }
        let members = self.interfaces.get(interface).cloned().unwrap_or_default();
        for member in members {
            let value = get(value, &member.key);
            let at = format!("{at}.{}", member.key);
            if let Some(item) = member.ty.strip_suffix("[]").filter(|t| declared(t).is_some()) {
                for (i, element) in Array::from(&value).iter().enumerate() {
                    self.check(&element, item, &format!("{at}[{i}]"));
                }
            } else if declared(&member.ty).is_some() && !value.is_undefined() {
                self.check(&value, &member.ty, &at);
            }
        }
    }
}

#[wasm_bindgen_test]
fn every_answer_has_exactly_its_declared_keys() {
    let today = || json(r#"{ "today": "2026-11-23" }"#);
    let order = || {
        json(
            r#"{ "portType": "AUTOMATED_OFF_NET", "status": "FOC", "actualFocDate": "2026-12-04",
                 "listOfPhoneNumbers": "919-246-0142\n(919) 246-0143\n919 555 0100\n919-246-0142\n8774809871",
                 "billingTelephoneNumber": "919-246-0142", "requestedFocDate": "2026-11-24",
                 "subscriber": { "subscriberType": "BUSINESS", "serviceAddress": { "zip": "2760" } } }"#,
        )
    };
    let supp = "<LnpOrderSupp><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>";
    let message = "17008: Port-out pending. TN: [9195550142], PON: [ABC123], FOC Date: [01/13/2030]";
    let entries =
        json(r#"[{ "code": "LV-301", "title": "t", "meaning": "m", "action": "a", "fields": [] }, { "code": "" }]"#);
    // Each export that answers with a result, by its name in api.d.ts; some more than once, so
    // that every optional key is written somewhere.
    let answers: Vec<(&str, JsValue)> = vec![
        ("validateOrder", api::validate_order(order(), today())),
        ("validateOrder", api::validate_order(JsValue::from(7), today())),
        ("parseTnList", api::parse_tn_list(get(&order(), "listOfPhoneNumbers"), today())),
        ("explainRejection", api::explain_rejection(message.into())),
        ("explainRejection", api::explain_rejection("Rejected 7434 (E6h)".into())),
        ("explainRejection", api::explain_rejection(JsValue::from(7517))),
        ("registerRejectionCodes", api::register_rejection_codes(entries)),
        ("earliestRequestedDate", api::earliest_requested_date(today())),
        ("editableFields", api::editable_fields(order(), today())),
        ("editableFields", api::editable_fields(JsValue::NULL, today())),
        ("areaCode", api::area_code("416".into(), today())),
        ("areaCode", api::area_code("471".into(), json(r#"{ "today": "2026-01-30" }"#))),
        ("areaCode", api::area_code("abc".into(), today())),
        ("explainStatus", api::explain_status("requested supp".into(), JsValue::UNDEFINED)),
        ("readOrder", api::read_order(order())),
        ("readOrder", api::read_order(supp.into())),
        ("applySupp", api::apply_supp(order(), supp.into())),
        ("toLnpOrderXml", api::to_lnp_order_xml(order(), JsValue::UNDEFINED)),
        ("toLnpOrderXml", api::to_lnp_order_xml(order(), json(r#"{ "supp": true, "original": {} }"#))),
    ];

    let interfaces = interfaces();
    let returns = returns();
    let mut checker = Checker {
        interfaces: interfaces.clone(),
        seen: BTreeSet::new(),
        optional_seen: BTreeSet::new(),
        problems: Vec::new(),
    };
    for (function, answer) in &answers {
        let interface = returns.get(*function).unwrap_or_else(|| panic!("api.d.ts has no function {function}"));
        checker.check(answer, interface, &format!("{function}()"));
    }
    assert!(checker.problems.is_empty(), "answers differ from their declarations:\n{}", checker.problems.join("\n"));

    // Every export whose result results! declares is called above.
    let called: BTreeSet<&str> = answers.iter().map(|(f, _)| *f).collect();
    let uncalled: Vec<_> = returns
        .iter()
        .filter(|(f, ty)| declared(ty).is_some() && !called.contains(f.as_str()))
        .map(|(f, _)| f)
        .collect();
    assert!(uncalled.is_empty(), "exports this test does not call: {uncalled:?}");
    // Every declared shape and every optional key was seen.
    let unseen: Vec<_> = RESULTS.iter().map(|s| s.interface).filter(|i| !checker.seen.contains(*i)).collect();
    assert!(unseen.is_empty(), "no answer above holds {unseen:?}");
    let optional_unseen: Vec<String> = RESULTS
        .iter()
        .flat_map(|s| s.keys.iter().filter(|k| k.optional).map(move |k| (s.interface.to_string(), k.name.to_string())))
        .filter(|pair| !checker.optional_seen.contains(pair))
        .map(|(i, k)| format!("{i}.{k}"))
        .collect();
    assert!(optional_unseen.is_empty(), "no answer above writes the optional {optional_unseen:?}");
}
