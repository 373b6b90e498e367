//! `attachForm` next to a framework that renders the same form (React, Vue): the writes a
//! framework makes are made here by hand (its children in the summary, its own
//! `aria-describedby` and `disabled`, a value tracker on the element, a reset), and the helper
//! must neither break them nor lose its own marks for good. In headless Chromium.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod wasm_common;

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use portin_validator_wasm::form::REPORT_EVENT;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wasm_common::form::attach;
use web_sys::{
    Document, Element, Event, EventInit, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement,
};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn form(html: &str) -> HtmlFormElement {
    let f: HtmlFormElement = doc().create_element("form").unwrap().dyn_into().unwrap();
    f.set_inner_html(html);
    doc().body().unwrap().append_child(&f).unwrap();
    f
}

fn el(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector}"))
}

fn fire(e: &Element, kind: &str) -> Event {
    let init = EventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    e.dispatch_event(&event).unwrap();
    event
}

fn type_into(root: &Element, name: &str, value: &str) {
    let e = el(root, &format!("[name='{name}']"));
    match e.dyn_ref::<HtmlTextAreaElement>() {
        Some(t) => t.set_value(value),
        None => e.dyn_ref::<HtmlInputElement>().unwrap().set_value(value),
    }
    fire(&e, "input");
}

/// How many reports were announced, and the listener counting them (kept alive by the test).
type Counter = (Rc<Cell<u32>>, Closure<dyn FnMut(Event)>);

/// Counts the reports the helper announces on `f`.
fn count_reports(f: &HtmlFormElement) -> Counter {
    let seen = Rc::new(Cell::new(0));
    let counter = seen.clone();
    let listener = Closure::<dyn FnMut(Event)>::new(move |_: Event| counter.set(counter.get() + 1));
    f.add_event_listener_with_callback(REPORT_EVENT, listener.as_ref().unchecked_ref()).unwrap();
    (seen, listener)
}

fn attr(e: &Element, name: &str) -> Option<String> {
    e.get_attribute(name)
}

#[wasm_bindgen_test]
fn the_summary_goes_into_an_element_of_its_own_and_the_authors_children_stay() {
    let f = form(
        r#"<input id="btn" name="billingTelephoneNumber">
        <div data-pv-summary><h2 id="theirs-title">Problems</h2><ul id="theirs"><li>rendered by the framework</li></ul></div>"#,
    );
    let summary = el(&f, "[data-pv-summary]");
    let before = summary.inner_html();
    let (title, theirs) = (el(&f, "#theirs-title"), el(&f, "#theirs"));
    let handle = attach(&f, JsValue::UNDEFINED);
    type_into(f.as_ref(), "billingTelephoneNumber", "12");
    // From entries to "No problems found." and back: the list element is swapped, theirs stays.
    type_into(f.as_ref(), "billingTelephoneNumber", "919-200-0000");
    type_into(f.as_ref(), "billingTelephoneNumber", "12");
    let children: Vec<Element> = (0..summary.children().length()).filter_map(|i| summary.children().item(i)).collect();
    assert_eq!(children.len(), 3, "{}", summary.inner_html());
    assert!(children[0] == title && children[1] == theirs, "the author's nodes, the same ones, first");
    assert_eq!(attr(&children[2], "class").as_deref(), Some("pv-summary-list"));
    assert_eq!(theirs.text_content().unwrap(), "rendered by the framework");
    // A framework's next update of its own nodes works: they are still where it put them.
    summary.insert_before(&doc().create_element("p").unwrap(), Some(&theirs)).unwrap();
    summary.remove_child(&theirs).unwrap();
    summary.insert_before(&theirs, Some(&children[2])).unwrap();
    handle.detach();
    assert_eq!(summary.query_selector(".pv-summary-list").unwrap(), None, "detach removes its own list");
    assert!(title.is_connected() && theirs.is_connected());
    el(&summary, ":scope > p").remove(); // the one the "framework" added
    assert_eq!(summary.inner_html(), before);
    f.remove();
}

#[wasm_bindgen_test]
fn its_ids_are_added_to_aria_describedby_and_come_back_after_a_render() {
    let f =
        form(r#"<input id="btn" name="billingTelephoneNumber" aria-describedby="hint"><p id="hint">Ten digits.</p>"#);
    let handle = attach(&f, JsValue::UNDEFINED);
    let btn = el(&f, "#btn");
    type_into(f.as_ref(), "billingTelephoneNumber", "12");
    let described = attr(&btn, "aria-describedby").unwrap();
    let ids: Vec<&str> = described.split(' ').collect();
    assert_eq!(ids[0], "hint", "the author's id first: {described}");
    assert!(ids.len() == 2 && ids[1].starts_with("pv-msg-"), "{described}");
    // The framework renders its own aria-describedby again, which drops the helper's id.
    btn.set_attribute("aria-describedby", "hint other").unwrap();
    type_into(f.as_ref(), "billingTelephoneNumber", "123");
    assert_eq!(attr(&btn, "aria-describedby").unwrap(), format!("hint other {}", ids[1]));
    type_into(f.as_ref(), "billingTelephoneNumber", "919-200-0000");
    assert_eq!(attr(&btn, "aria-describedby").as_deref(), Some("hint other"), "only its own id goes");
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn a_submit_button_a_render_enabled_is_disabled_again_and_a_submit_is_stopped_meanwhile() {
    let f = form(r#"<input name="billingTelephoneNumber"><button id="go">Send</button>"#);
    let handle = attach(&f, JsValue::UNDEFINED);
    let go = el(&f, "#go");
    type_into(f.as_ref(), "billingTelephoneNumber", "12");
    assert!(go.has_attribute("disabled"));
    // The framework renders `disabled={false}`.
    go.remove_attribute("disabled").unwrap();
    assert!(fire(f.as_ref(), "submit").default_prevented(), "a submit with errors is stopped");
    assert!(go.has_attribute("disabled"), "disabled again by the validation the submit ran");
    go.remove_attribute("disabled").unwrap();
    type_into(f.as_ref(), "billingTelephoneNumber", "123");
    assert!(go.has_attribute("disabled"), "and at the next edit");
    handle.detach();
    assert!(!go.has_attribute("disabled"), "detach re-enables it (once, though it was disabled twice)");
    assert!(!go.has_attribute("data-pv-disabled"));
    f.remove();
}

#[wasm_bindgen_test]
fn normalise_writes_through_the_controls_own_setter_and_fires_input() {
    let f = form(
        r#"<textarea name="listOfPhoneNumbers"></textarea><button type="button" data-pv-normalise>Normalise</button>
        <p data-pv-count></p>"#,
    );
    let area: HtmlTextAreaElement = el(&f, "textarea").dyn_into().unwrap();
    area.set_value("(919) 200-0000, 919.200.0001\n919 200 0000");
    // What React does to a control it renders: a `value` property on the element itself that
    // records each value set through it, and takes a later `input` event with that value as no
    // change (so a value set through it is undone by the next render).
    let track = Function::new_with_args(
        "el",
        "const own = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
         el.__tracked = [];
         Object.defineProperty(el, 'value', { configurable: true, get() { return own.get.call(this); },
           set(v) { el.__tracked.push(v); own.set.call(this, v); } });
         el.__inputs = [];
         el.addEventListener('input', (e) => el.__inputs.push([e.isTrusted, e.bubbles, own.get.call(el)]));",
    );
    track.call1(&JsValue::NULL, &area).unwrap();
    let handle = attach(&f, JsValue::UNDEFINED);
    let (reports, _listener) = count_reports(&f);
    el(&f, "[data-pv-normalise]").dyn_into::<HtmlElement>().unwrap().click();
    let get = |k: &str| Reflect::get(&area, &k.into()).unwrap();
    assert_eq!(js_sys::Array::from(&get("__tracked")).length(), 0, "not through the element's own property");
    let inputs = js_sys::Array::from(&get("__inputs"));
    assert_eq!(inputs.length(), 1, "one input event");
    let first = js_sys::Array::from(&inputs.get(0));
    assert_eq!(first.get(1).as_bool(), Some(true), "it bubbles, as a person's edit does");
    assert_eq!(first.get(2).as_string().as_deref(), Some("9192000000\n9192000001"), "the value is set before it");
    assert_eq!(area.value(), "9192000000\n9192000001");
    assert_eq!(reports.get(), 1, "the input event validated, once");
    assert_eq!(el(&f, "[data-pv-count]").text_content().unwrap(), "2 valid, 0 invalid, 0 duplicates, 0 toll-free");
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn two_forms_on_one_page_are_independent() {
    let markup = r#"<input id="ID-btn" name="billingTelephoneNumber"><div data-pv-summary></div>"#;
    let a = form(&markup.replace("ID", "a"));
    let b = form(&markup.replace("ID", "b"));
    let ha = attach(&a, JsValue::UNDEFINED);
    let hb = attach(&b, JsValue::UNDEFINED);
    type_into(a.as_ref(), "billingTelephoneNumber", "12");
    type_into(b.as_ref(), "billingTelephoneNumber", "34");
    let (ida, idb) =
        (attr(&el(&a, "#a-btn"), "aria-describedby").unwrap(), attr(&el(&b, "#b-btn"), "aria-describedby").unwrap());
    assert_ne!(ida, idb, "message ids are per form");
    assert!(a.contains(doc().get_element_by_id(&ida).as_ref().map(|e| e.unchecked_ref())));
    assert!(b.contains(doc().get_element_by_id(&idb).as_ref().map(|e| e.unchecked_ref())));
    type_into(a.as_ref(), "billingTelephoneNumber", "919-200-0000");
    assert_eq!(attr(&el(&a, "#a-btn"), "aria-invalid"), None);
    assert_eq!(attr(&el(&b, "#b-btn"), "aria-invalid").as_deref(), Some("true"), "b keeps its own mark");
    assert!(el(&b, "[id^=pv-msg-]").text_content().unwrap().contains("34"));
    assert!(!el(&a, "[data-pv-summary]").text_content().unwrap().contains("34"));
    ha.detach();
    assert_eq!(attr(&el(&b, "#b-btn"), "aria-invalid").as_deref(), Some("true"), "detaching a leaves b alone");
    hb.detach();
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
fn two_forms_can_share_a_summary_outside_them() {
    let shared = doc().create_element("div").unwrap();
    shared.set_attribute("data-pv-summary", "").unwrap();
    doc().body().unwrap().append_child(&shared).unwrap();
    let markup = r#"<input id="ID-btn" name="billingTelephoneNumber">"#;
    let a = form(&markup.replace("ID", "a"));
    let b = form(&markup.replace("ID", "b"));
    let ha = attach(&a, JsValue::UNDEFINED);
    let hb = attach(&b, JsValue::UNDEFINED);
    assert_eq!(shared.query_selector_all(".pv-summary-list").unwrap().length(), 2, "one list per form");
    // A link in a's list focuses a's control; b's helper, listening on the same summary, does not
    // move the focus to its own control of the same name.
    let link: HtmlElement =
        el(&shared, ".pv-summary-list a[data-pv-target=billingTelephoneNumber]").dyn_into().unwrap();
    link.click();
    assert_eq!(doc().active_element().unwrap().id(), "a-btn");
    ha.detach();
    assert_eq!(shared.query_selector_all(".pv-summary-list").unwrap().length(), 1, "b's list stays");
    hb.detach();
    assert_eq!(shared.inner_html(), "");
    for e in [a.unchecked_ref::<Element>(), b.unchecked_ref(), &shared] {
        e.remove();
    }
}

#[wasm_bindgen_test]
fn controls_marked_data_pv_ignore_are_not_part_of_the_order() {
    let f = form(
        r#"<input name="billingTelephoneNumber" value="919-200-0000">
        <input name="search" data-pv-ignore>
        <fieldset data-pv-ignore><textarea name="rejection"></textarea></fieldset>
        <input name="misspelt" value="x">"#,
    );
    let handle = attach(&f, JsValue::UNDEFINED);
    let (reports, _listener) = count_reports(&f);
    type_into(f.as_ref(), "search", "anything");
    type_into(f.as_ref(), "rejection", "7402");
    assert_eq!(reports.get(), 0, "an edit of an ignored control does not validate");
    let order = handle.order();
    assert!(Reflect::get(&order, &"search".into()).unwrap().is_undefined());
    assert!(Reflect::get(&order, &"rejection".into()).unwrap().is_undefined());
    let report = handle.validate();
    let unknown: Vec<String> = js_sys::Array::from(&Reflect::get(&report, &"issues".into()).unwrap())
        .iter()
        .filter(|i| Reflect::get(i, &"code".into()).unwrap().as_string().as_deref() == Some("input.unknown_field"))
        .map(|i| Reflect::get(&i, &"message".into()).unwrap().as_string().unwrap())
        .collect();
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(unknown[0].contains("misspelt"), "a misnamed control without the mark is still caught: {unknown:?}");
    handle.detach();
    f.remove();
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_reset_validates_once_the_controls_are_back_to_their_defaults() {
    let f = form(
        r#"<input id="btn" name="billingTelephoneNumber"><input id="zip" name="subscriber.serviceAddress.zip" value="27601"><div data-pv-summary></div>"#,
    );
    let handle = attach(&f, JsValue::UNDEFINED);
    type_into(f.as_ref(), "billingTelephoneNumber", "12");
    type_into(f.as_ref(), "subscriber.serviceAddress.zip", "2760");
    assert_eq!(attr(&el(&f, "#btn"), "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attr(&el(&f, "#zip"), "aria-invalid").as_deref(), Some("true"));
    let (reports, _listener) = count_reports(&f);
    f.reset(); // a reset event, then the controls go back; no input event
    sleep(20).await;
    assert_eq!(reports.get(), 1, "validated once after the reset");
    assert_eq!(attr(&el(&f, "#zip"), "aria-invalid"), None, "the default ZIP is fine");
    assert_eq!(attr(&el(&f, "#btn"), "aria-invalid"), None, "a blank control is not marked until edited again");
    let summary = el(&f, "[data-pv-summary]").text_content().unwrap();
    assert!(summary.contains("billing telephone number") && !summary.contains("2760"), "{summary}");
    handle.detach();
    f.remove();
}
