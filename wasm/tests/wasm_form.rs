//! `attachForm` on a DOM built in the test, in headless Chromium.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod wasm_common;

use portin_validator_wasm::form::attach_form;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wasm_common::form::attach;
use web_sys::{Document, Element, Event, EventInit, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A form as a page would write it; the test owns the markup, the helper never writes HTML.
fn form(html: &str) -> HtmlFormElement {
    let f: HtmlFormElement = doc().create_element("form").unwrap().dyn_into().unwrap();
    f.set_inner_html(html);
    doc().body().unwrap().append_child(&f).unwrap();
    f
}

fn el(f: &HtmlFormElement, selector: &str) -> Element {
    f.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector}"))
}

fn type_into(f: &HtmlFormElement, name: &str, value: &str) {
    let e = el(f, &format!("[name='{name}']"));
    if let Some(t) = e.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(value);
    } else {
        e.dyn_ref::<HtmlInputElement>().unwrap().set_value(value);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    e.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

/// The rest of a complete order (tests/fixtures/port_in.json), so that fixing the numbers and the
/// BTN leaves nothing else to fix.
const REST: &str = r#"
  <input type="hidden" name="portType" value="AUTOMATED_ON_NET">
  <input type="hidden" name="loaAuthorizingPerson" value="Pat Jones">
  <input type="hidden" name="subscriber.subscriberType" value="BUSINESS">
  <input type="hidden" name="subscriber.businessName" value="Acme Widgets">
  <input type="hidden" name="subscriber.serviceAddress.houseNumber" value="100">
  <input type="hidden" name="subscriber.serviceAddress.streetName" value="Main">
  <input type="hidden" name="subscriber.serviceAddress.city" value="Raleigh">
  <input type="hidden" name="subscriber.serviceAddress.stateCode" value="NC">
  <input type="hidden" name="subscriber.serviceAddress.zip" value="27601">
"#;

const MARKUP: &str = r#"
  <label for="tns">Numbers</label><textarea id="tns" name="listOfPhoneNumbers" aria-describedby="hint"></textarea>
  <p id="hint">One per line.</p>
  <label for="btn">BTN</label><input id="btn" name="billingTelephoneNumber">
  <button type="button" data-pv-normalise>Normalise numbers</button>
  <button type="submit">Submit</button>
  <div data-pv-summary></div>
"#;

#[wasm_bindgen_test]
fn marks_issues_and_clears_them_when_fixed() {
    let f = form(&format!("{MARKUP}{REST}"));
    let handle = attach(&f, JsValue::UNDEFINED);
    type_into(&f, "listOfPhoneNumbers", "919-200-0000\n919-555-0100\n<img src=x onerror=alert(1)>");
    let tns = el(&f, "#tns");
    assert_eq!(tns.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = tns.get_attribute("aria-describedby").unwrap();
    assert!(described.starts_with("hint "), "{described}");
    let msg_id = described.split(' ').nth(1).unwrap();
    let message = doc().get_element_by_id(msg_id).unwrap();
    let text = message.text_content().unwrap();
    assert!(text.contains("Line 2") && text.contains("fictitious"), "{text}");
    assert!(text.contains("<img src=x onerror=alert(1)>"), "typed text shown as text: {text}");
    assert_eq!(message.query_selector("img").unwrap(), None, "never rendered as HTML");
    let validity = tns.dyn_ref::<HtmlTextAreaElement>().unwrap().validation_message().unwrap();
    assert!(validity.contains("Line 2"), "{validity}");
    let count = el(&f, "[data-pv-count]").text_content().unwrap();
    assert_eq!(count, "1 valid, 2 invalid, 0 duplicates, 0 toll-free");
    let summary = el(&f, "[data-pv-summary]");
    let links = summary.query_selector_all("a[data-pv-target=listOfPhoneNumbers]").unwrap();
    assert_eq!(links.length(), 2);
    assert_eq!(el(&f, "button[type=submit]").get_attribute("disabled").as_deref(), Some(""));

    type_into(&f, "listOfPhoneNumbers", "919-200-0000");
    type_into(&f, "billingTelephoneNumber", "919-200-0000");
    assert_eq!(tns.get_attribute("aria-invalid"), None);
    assert_eq!(tns.get_attribute("aria-describedby").as_deref(), Some("hint"));
    assert!(doc().get_element_by_id(msg_id).is_none(), "the created message element is gone");
    assert_eq!(tns.dyn_ref::<HtmlTextAreaElement>().unwrap().validation_message().unwrap(), "");
    assert_eq!(el(&f, "button[type=submit]").get_attribute("disabled"), None);
    assert_eq!(summary.text_content().unwrap(), "No problems found.");
    let report = handle.validate();
    assert_eq!(js_sys::Reflect::get(&report, &"ok".into()).unwrap().as_bool(), Some(true));
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn detach_leaves_the_page_as_it_was() {
    let f = form(MARKUP);
    let before = f.inner_html();
    let handle = attach(&f, JsValue::UNDEFINED);
    type_into(&f, "listOfPhoneNumbers", "919-200-0000\n919-200-0000\nbad");
    assert_ne!(f.inner_html(), before);
    handle.detach();
    // Values typed stay; every mark goes. Compare with the markup plus the typed value.
    assert_eq!(el(&f, "#tns").get_attribute("aria-invalid"), None);
    assert!(f.query_selector("[data-pv-count]").unwrap().is_none());
    assert!(f.query_selector(".pv-message").unwrap().is_none());
    assert_eq!(el(&f, "[data-pv-summary]").inner_html(), "");
    assert_eq!(el(&f, "button[type=submit]").get_attribute("disabled"), None);
    assert_eq!(f.inner_html(), before, "detach restores the markup");
    // No listener is left: typing changes nothing.
    type_into(&f, "listOfPhoneNumbers", "bad");
    assert_eq!(el(&f, "#tns").get_attribute("aria-invalid"), None);
    f.remove();
}

#[wasm_bindgen_test]
fn normalise_is_the_only_rewrite_and_keeps_everything() {
    let f = form(MARKUP);
    let handle = attach(&f, JsValue::UNDEFINED);
    let typed = "(919) 200-0000, 919.200.0001\n  bad entry\n+1 919 200 0000";
    type_into(&f, "listOfPhoneNumbers", typed);
    let area = el(&f, "#tns").dyn_into::<HtmlTextAreaElement>().unwrap();
    assert_eq!(area.value(), typed, "validation never rewrites");
    el(&f, "[data-pv-normalise]").dyn_into::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(area.value(), "9192000000\n9192000001\nbad entry");
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn summary_links_focus_their_control_and_report_events_fire() {
    let f = form(MARKUP);
    let seen = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = seen.clone();
    let on_report = wasm_bindgen::closure::Closure::<dyn FnMut(Event)>::new(move |e: Event| {
        let detail = e.dyn_into::<web_sys::CustomEvent>().unwrap().detail();
        assert!(js_sys::Reflect::get(&detail, &"issues".into()).unwrap().is_object());
        counter.set(counter.get() + 1);
    });
    f.add_event_listener_with_callback("portin-validator:report", on_report.as_ref().unchecked_ref()).unwrap();
    let handle = attach(&f, JsValue::UNDEFINED);
    type_into(&f, "billingTelephoneNumber", "12");
    assert_eq!(seen.get(), 2, "one report on attach, one per edit");
    let link: web_sys::HtmlElement =
        el(&f, "[data-pv-summary] a[data-pv-target=billingTelephoneNumber]").dyn_into().unwrap();
    link.click();
    assert_eq!(doc().active_element().unwrap().id(), "btn");
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn a_non_form_is_a_programmer_error() {
    assert!(attach_form(JsValue::NULL, JsValue::UNDEFINED).is_err());
    assert!(attach_form(doc().create_element("div").unwrap().into(), JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
fn dotted_names_build_the_nested_order() {
    let f = form(
        r#"
      <input name="listOfPhoneNumbers" value="9192000000">
      <input name="subscriber.serviceAddress.zip" value="2760">
      <input name="subscriber.firstName" value="Ann">
      <select name="partialPort"><option value="true" selected>Partial</option></select>
      <input type="checkbox" name="x.flag">"#,
    );
    let handle = attach(&f, JsValue::UNDEFINED);
    let report = handle.validate();
    let issues = js_sys::Array::from(&js_sys::Reflect::get(&report, &"issues".into()).unwrap());
    // partialPort came through as a boolean (no type error for it).
    let codes: Vec<String> = issues
        .iter()
        .map(|i| {
            let path = js_sys::Array::from(&js_sys::Reflect::get(&i, &"path".into()).unwrap());
            let dotted: Vec<String> = path.iter().filter_map(|s| s.as_string()).collect();
            format!("{} {}", dotted.join("."), js_sys::Reflect::get(&i, &"code".into()).unwrap().as_string().unwrap())
        })
        .collect();
    assert!(!codes.iter().any(|c| c.starts_with("partialPort input.type")), "{codes:?}");
    assert!(codes.iter().any(|c| c == "billingTelephoneNumber btn.required"), "{codes:?}");
    handle.detach();
    f.remove();
}

fn input(f: &HtmlFormElement, selector: &str) -> HtmlInputElement {
    el(f, selector).dyn_into().unwrap()
}

fn choose(f: &HtmlFormElement, name: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = el(f, &format!("[name='{name}']")).dyn_into().unwrap();
    select.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

const EDITABLE: &str = r#"
  <select name="status" data-pv-keep-enabled><option value="">-</option><option>FOC</option><option>COMPLETE</option><option>EXCEPTION</option></select>
  <select name="portType" data-pv-keep-enabled><option value="AUTOMATED_OFF_NET">off-net</option><option value="MANUAL_ON_NET">manual on-net</option></select>
  <input type="date" name="requestedFocDate" min="2000-01-01">
  <input type="time" name="requestedFocTime" data-pv-time-for="requestedFocDate">
  <textarea name="listOfPhoneNumbers">919-200-0000</textarea>
  <input name="billingTelephoneNumber" value="919-200-0000">
  <input name="subscriber.serviceAddress.zip" value="27601">
  <input name="pon" value="P1">
  <input type="checkbox" name="triggered">
  <input name="billingType"><input name="alternateSpid"><input name="targetRespOrgId">
  <div hidden><input name="subscriber.pinNumber" value="1234"></div>
"#;

/// R-EDIT-FIXED: fields set when the order is placed, open until it is submitted.
const FIXED: [&str; 4] = ["triggered", "billingType", "alternateSpid", "targetRespOrgId"];

#[wasm_bindgen_test]
fn locks_what_the_status_does_not_let_change_and_unlocks_it() {
    let f = form(EDITABLE);
    let handle = attach(&f, js_sys::JSON::parse(r#"{"today":"2026-11-23"}"#).unwrap());
    let disabled = |name: &str| el(&f, &format!("[name='{name}']")).has_attribute("disabled");
    // No status: a new order, everything open; the date picker starts at the earliest date.
    assert!(!disabled("listOfPhoneNumbers") && !disabled("subscriber.serviceAddress.zip"));
    assert!(FIXED.iter().all(|name| !disabled(name)), "a new order may set the fixed fields");
    assert_eq!(input(&f, "[name=requestedFocDate]").get_attribute("min").as_deref(), Some("2026-11-27"));
    // Off-net after FOC: only the requested date may change.
    choose(&f, "status", "FOC");
    for name in ["listOfPhoneNumbers", "billingTelephoneNumber", "subscriber.serviceAddress.zip"] {
        assert!(disabled(name), "{name} locked after FOC");
    }
    assert!(!disabled("requestedFocDate"));
    assert!(!disabled("status") && !disabled("portType"), "keep-enabled controls stay");
    assert!(!disabled("pon"), "fields outside the edit matrix are not the helper's to lock");
    assert!(f.query_selector("[data-pv-locked]").unwrap().unwrap().text_content().unwrap().contains("disabled"));
    // Complete: nothing may change, with the reason.
    choose(&f, "status", "COMPLETE");
    assert!(disabled("requestedFocDate") && disabled("listOfPhoneNumbers"));
    let note = el(&f, "[data-pv-locked]").text_content().unwrap();
    assert!(note.starts_with("Nothing can change"), "{note}");
    // Exception, manual on-net: open again, except the TN list (the matrix says D).
    choose(&f, "portType", "MANUAL_ON_NET");
    choose(&f, "status", "EXCEPTION");
    assert!(!disabled("requestedFocDate") && !disabled("subscriber.serviceAddress.zip"));
    assert!(disabled("listOfPhoneNumbers"));
    for name in FIXED {
        assert!(disabled(name), "{name}: fixed once submitted (issue 20: it stayed enabled)");
    }
    handle.detach();
    assert!(!disabled("listOfPhoneNumbers"), "detach re-enables");
    assert!(f.query_selector("[data-pv-locked]").unwrap().is_none(), "detach removes the note it created");
    assert_eq!(
        input(&f, "[name=requestedFocDate]").get_attribute("min").as_deref(),
        Some("2000-01-01"),
        "detach restores min"
    );
    f.remove();
}

#[wasm_bindgen_test]
fn a_time_control_makes_the_date_a_date_time_in_eastern_time_and_hidden_controls_are_left_out() {
    let f = form(EDITABLE);
    let handle = attach(&f, JsValue::UNDEFINED);
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).unwrap();
    type_into(&f, "requestedFocDate", "2026-12-01");
    assert_eq!(get(&handle.order(), "requestedFocDate").as_string().as_deref(), Some("2026-12-01"));
    type_into(&f, "requestedFocTime", "15:30");
    assert_eq!(get(&handle.order(), "requestedFocDate").as_string().as_deref(), Some("2026-12-01T15:30:00-05:00"));
    type_into(&f, "requestedFocDate", "2026-07-01");
    assert_eq!(get(&handle.order(), "requestedFocDate").as_string().as_deref(), Some("2026-07-01T15:30:00-04:00"));
    let order = handle.order();
    assert!(get(&order, "requestedFocTime").is_undefined(), "the time is not a field of its own");
    assert!(get(&get(&order, "subscriber"), "pinNumber").is_undefined(), "hidden controls are not part of the order");
    assert_eq!(get(&get(&get(&order, "subscriber"), "serviceAddress"), "zip").as_string().as_deref(), Some("27601"));
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn a_blank_form_is_not_a_wall_of_errors_until_the_person_edits_or_submits() {
    let f = form(MARKUP);
    let handle = attach(&f, JsValue::UNDEFINED);
    let invalid = || f.query_selector_all("[aria-invalid=true]").unwrap().length();
    assert_eq!(invalid(), 0, "nothing marked inline on a blank form");
    assert!(
        el(&f, "[data-pv-summary]").query_selector_all("li").unwrap().length() >= 2,
        "the summary lists everything"
    );
    type_into(&f, "billingTelephoneNumber", "12");
    assert_eq!(invalid(), 1, "only the control the person edited");
    assert_eq!(el(&f, "#btn").get_attribute("aria-invalid").as_deref(), Some("true"));
    handle.validate();
    assert_eq!(invalid(), 2, "validate() marks every control with an issue, as a submit attempt does");
    handle.detach();
    f.remove();

    // A form opened with values (an order being fixed) shows their issues at once.
    let f = form(r#"<input name="billingTelephoneNumber" value="12"><input name="pon">"#);
    let handle = attach(&f, JsValue::UNDEFINED);
    assert_eq!(el(&f, "[name=billingTelephoneNumber]").get_attribute("aria-invalid").as_deref(), Some("true"));
    handle.detach();
    f.remove();
}

#[wasm_bindgen_test]
fn without_listeners_the_caller_forwards_events() {
    let f = form(MARKUP);
    let handle = attach_form(f.clone().into(), JsValue::UNDEFINED).unwrap();
    type_into(&f, "billingTelephoneNumber", "12");
    assert_eq!(el(&f, "#btn").get_attribute("aria-invalid"), None, "no listener of its own");
    let init = EventInit::new();
    init.set_bubbles(true);
    let input = Event::new_with_event_init_dict("input", &init).unwrap();
    el(&f, "#btn").dispatch_event(&input).unwrap();
    handle.handle_event(input);
    assert_eq!(
        el(&f, "#btn").get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "handleEvent does what the listener would"
    );
    assert_eq!(
        el(&f, "button[type=submit]").get_attribute("data-pv-disabled").as_deref(),
        Some(""),
        "what it disabled is marked"
    );
    handle.detach();
    assert_eq!(el(&f, "button[type=submit]").get_attribute("data-pv-disabled"), None);
    f.remove();
}
