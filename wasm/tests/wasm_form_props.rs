//! The form helper reuses what it worked out for the TN list between keystrokes: these tests type
//! random edit sequences into a form and check, after each, that the report it hands the page is
//! the one `validateOrder` gives for the same order on the same day, and that memory does not
//! grow with keystrokes. In headless Chromium.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod wasm_common;

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect, JSON};
use portin_validator_wasm::api::validate_order;
use portin_validator_wasm::form::REPORT_EVENT;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wasm_common::form::{attach, Attached as Handle};
use web_sys::{CustomEvent, Document, Element, Event, EventInit, HtmlFormElement};

wasm_bindgen_test_configure!(run_in_browser);

const TODAY: &str = "2026-12-01";

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

const MARKUP: &str = r#"
  <textarea name="listOfPhoneNumbers"></textarea>
  <select name="status"><option value=""></option><option>DRAFT</option><option>FOC</option><option>SUBMITTED</option><option>EXCEPTION</option></select>
  <select name="portType"><option value=""></option><option>AUTOMATED_ON_NET</option><option>AUTOMATED_OFF_NET</option><option>MANUAL_TOLL_FREE</option><option>MANUAL_OFF_NET</option></select>
  <input name="subscriber.businessName">
  <input name="billingTelephoneNumber">
  <input name="requestedFocDate">
  <input name="pon">
  <div data-pv-summary></div>
"#;

/// A small deterministic generator (xorshift), so a failure is replayed by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const ENTRIES: &[&str] = &[
    "919-200-0000",
    "(919) 200-0001",
    "+1 212 555 0100",
    "2125550100",
    "800-555-0199",
    "junk",
    "Phone",
    "919-555-0100",
    "",
    "  ",
    "1-919-200-0002",
    "919200000",
    "919-200-0000",
    "416-555-0123",
    "Total: 3",
];

/// A new value for one control: a list edit (a line added, removed, changed, or a whole new
/// paste), a choice, or text.
fn edit(rng: &mut Rng, list: &mut Vec<String>) -> (&'static str, String) {
    match rng.below(8) {
        0..=2 => {
            match rng.below(4) {
                0 => list.push(String::from(rng.pick(ENTRIES))),
                1 if !list.is_empty() => {
                    let i = rng.below(list.len());
                    list.remove(i);
                }
                2 if !list.is_empty() => {
                    let i = rng.below(list.len());
                    list[i].push(char::from(b'0' + rng.below(10) as u8));
                }
                _ => *list = (0..rng.below(300)).map(|_| String::from(rng.pick(ENTRIES))).collect(),
            }
            ("listOfPhoneNumbers", list.join("\n"))
        }
        3 => ("status", String::from(rng.pick(&["", "DRAFT", "FOC", "SUBMITTED", "EXCEPTION"]))),
        4 => ("portType", String::from(rng.pick(&["", "AUTOMATED_ON_NET", "AUTOMATED_OFF_NET", "MANUAL_TOLL_FREE"]))),
        5 => ("subscriber.businessName", String::from(rng.pick(&["", "Acme", "Acme Widgets", "A"]))),
        6 => ("billingTelephoneNumber", String::from(rng.pick(&["", "919-200-0000", "800-555-0199", "12"]))),
        _ => ("requestedFocDate", String::from(rng.pick(&["", "2026-12-08", "2026-12-01", "2027-01-05", "soon"]))),
    }
}

fn set(f: &HtmlFormElement, name: &str, value: &str) {
    let e = f.query_selector(&format!("[name='{name}']")).unwrap().unwrap();
    Reflect::set(&e, &"value".into(), &value.into()).unwrap();
    let init = EventInit::new();
    init.set_bubbles(true);
    let kind = if e.tag_name() == "SELECT" { "change" } else { "input" };
    e.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn options() -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"today".into(), &TODAY.into()).unwrap();
    o.into()
}

fn json(v: &JsValue) -> String {
    JSON::stringify(v).unwrap().as_string().unwrap()
}

/// A form with the helper attached, the last report its event carried, and the listener that
/// keeps it.
type Attached = (HtmlFormElement, Handle, Rc<RefCell<JsValue>>, Closure<dyn FnMut(Event)>);

fn attached() -> Attached {
    let f: HtmlFormElement = doc().create_element("form").unwrap().dyn_into().unwrap();
    f.set_inner_html(MARKUP);
    doc().body().unwrap().append_child(&f).unwrap();
    let last = Rc::new(RefCell::new(JsValue::UNDEFINED));
    let keep = last.clone();
    let listener = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
        *keep.borrow_mut() = e.dyn_into::<CustomEvent>().unwrap().detail();
    });
    f.add_event_listener_with_callback(REPORT_EVENT, listener.as_ref().unchecked_ref()).unwrap();
    let handle = attach(&f, options());
    (f, handle, last, listener)
}

#[wasm_bindgen_test]
fn after_every_edit_the_report_is_validate_orders() {
    for seed in [1u64, 0x9e37_79b9_7f4a_7c15, 42, 7_777_777] {
        let (f, handle, last, _listener) = attached();
        let mut rng = Rng(seed);
        let mut list = Vec::new();
        let mut listed = false;
        for step in 0..120 {
            let (name, value) = edit(&mut rng, &mut list);
            set(&f, name, &value);
            let want = json(&validate_order(handle.order(), options()));
            let got = json(&last.borrow());
            assert_eq!(got, want, "seed {seed}, step {step}: {name} = {value:?}");
            // The list's mark follows the report too, once the list was edited.
            listed |= name == "listOfPhoneNumbers";
            let list_error = Reflect::get(&last.borrow(), &"issues".into())
                .unwrap()
                .dyn_into::<js_sys::Array>()
                .unwrap()
                .iter()
                .any(|i| {
                    json(&i).contains(r#""path":["listOfPhoneNumbers""#) && json(&i).contains(r#""severity":"error""#)
                });
            let marked = f.query_selector("textarea").unwrap().unwrap().get_attribute("aria-invalid").is_some();
            assert_eq!(marked, listed && list_error, "seed {seed}, step {step}: the list's mark");
            if step % 40 == 39 {
                assert_eq!(json(&handle.validate()), want, "seed {seed}, step {step}: validate()");
            }
        }
        // The summary still reaches every issue: each entry stands for one or names its count.
        let report = last.borrow().clone();
        let issues = Reflect::get(&report, &"issues".into()).unwrap().dyn_into::<js_sys::Array>().unwrap().length();
        let summary = f.query_selector("[data-pv-summary]").unwrap().unwrap();
        let reachable = count_reachable(&summary);
        assert_eq!(reachable, issues as usize, "seed {seed}: every issue reachable from the summary");
        handle.detach();
        f.remove();
    }
}

/// The issues the summary's entries stand for: one each, or the count a grouped entry starts with.
fn count_reachable(summary: &Element) -> usize {
    let items = summary.query_selector_all(".pv-summary-list > li").unwrap();
    (0..items.length())
        .map(|i| {
            let li: Element = items.item(i).unwrap().dyn_into().unwrap();
            if li.query_selector("[data-pv-expand]").unwrap().is_none() {
                return 1;
            }
            let text = li.text_content().unwrap();
            let digits: String = text
                .split(':')
                .nth(1)
                .unwrap_or("")
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .filter(char::is_ascii_digit)
                .collect();
            digits.parse().unwrap_or_else(|_| panic!("a count in {text:?}"))
        })
        .sum()
}

#[wasm_bindgen_test]
fn keystrokes_elsewhere_do_not_grow_memory() {
    let (f, handle, last, _listener) = attached();
    let list: Vec<String> =
        (0..5000).map(|i| if i % 2 == 1 { format!("note {i}") } else { format!("919200{:04}", i) }).collect();
    set(&f, "listOfPhoneNumbers", &list.join("\n"));
    let memory = || {
        wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .unwrap()
            .buffer()
            .dyn_into::<js_sys::ArrayBuffer>()
            .unwrap()
            .byte_length()
    };
    let mut name = String::new();
    for _ in 0..100 {
        name.push('a');
        set(&f, "subscriber.businessName", &name);
    }
    let (before, first) = (memory(), last.borrow().clone());
    let list_issues =
        |r: &JsValue| Reflect::get(r, &"issues".into()).unwrap().dyn_into::<js_sys::Array>().unwrap().get(0);
    for _ in 0..1000 {
        name.push('b');
        set(&f, "subscriber.businessName", &name);
    }
    assert_eq!(memory(), before, "wasm memory after 1,000 more keystrokes");
    // And the list's issues are the same objects, not built again.
    assert!(Object::is(&list_issues(&first), &list_issues(&last.borrow())), "the list's issues reused");
    handle.detach();
    f.remove();
}
