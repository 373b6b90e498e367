//! Every class, attribute and id prefix the form helper puts on a page or reads from it, declared
//! once: the helper's marks, [`super::clear::clear_marks`] (which the JS entry calls after a
//! restart) and the page's CSS all agree on these.

/// Prefix of the id of a control's message element: `pv-msg-2-subscriber-serviceAddress-zip`
/// (the `2` is the attached form's number, so that two forms on one page never share an id).
pub const MESSAGE_ID_PREFIX: &str = "pv-msg-";
/// On every element the helper created (a message, the count, the locked note): removed on clear.
pub const CREATED: &str = "data-pv-created";
/// On every control or button the helper disabled: re-enabled on clear.
pub const DISABLED_HERE: &str = "data-pv-disabled";
/// The severity of a message element's worst issue.
pub const SEVERITY: &str = "data-severity";

/// Class of a control's message element.
pub const MESSAGE_CLASS: &str = "pv-message";
/// Class of the TN count the helper creates.
pub const COUNT_CLASS: &str = "pv-count";
/// Class of the note the helper creates to say why controls are disabled.
pub const LOCKED_CLASS: &str = "pv-locked";
/// Class of the list inside the summary element.
pub const SUMMARY_LIST_CLASS: &str = "pv-summary-list";

/// Author's elements: where the summary, the count and the locked note go (the helper's own
/// count and note carry the attribute too).
pub const SUMMARY: &str = "data-pv-summary";
pub const COUNT: &str = "data-pv-count";
pub const LOCKED: &str = "data-pv-locked";
/// A summary link's control name.
pub const TARGET: &str = "data-pv-target";
/// A time control's date control: `data-pv-time-for="requestedFocDate"`.
pub const TIME_FOR: &str = "data-pv-time-for";
/// Controls never disabled by the helper (a page's status and port-type selectors).
pub const KEEP_ENABLED: &str = "data-pv-keep-enabled";
/// A summary entry's "Show all" button: the group (code and field) it expands.
pub const EXPAND: &str = "data-pv-expand";
/// The visible "normalise the numbers" action.
pub const NORMALISE: &str = "data-pv-normalise";
/// A control (or a part of the form) that is not part of the order: a search box, a lookup.
pub const IGNORE: &str = "data-pv-ignore";

/// `[attribute]`: the selector of the elements that carry an attribute.
pub fn having(attribute: &str) -> String {
    msg!["[", attribute, "]"]
}

/// The `[data-pv-summary]` element of a form: its own, else the page's first outside every form
/// (a summary inside a form belongs to that form alone).
pub fn summary_of(form: &web_sys::HtmlFormElement, doc: &web_sys::Document) -> Option<web_sys::Element> {
    let selector = having(SUMMARY);
    form.query_selector(&selector)
        .ok()
        .flatten()
        .or_else(|| doc.query_selector(&msg![selector.as_str(), ":not(form *)"]).ok().flatten())
}

/// Disables or re-enables a control or a button, with `data-pv-disabled` saying the helper did
/// it (`disabled` is the attribute the property reflects, so one call does for every element).
pub fn set_disabled(el: &web_sys::Element, disabled: bool) {
    for attr in ["disabled", DISABLED_HERE] {
        let _ = if disabled { el.set_attribute(attr, "") } else { el.remove_attribute(attr) };
    }
}

/// The elements under `root` that match `selector`, in document order.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    // A selector matches elements only, so each node is one (no `instanceof` check).
    (0..list.length()).filter_map(|i| list.item(i)).map(JsCast::unchecked_into).collect()
}

/// The `type` of an event or an `<input>`, bound once for both.
pub fn type_of(value: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    value.unchecked_ref::<Typed>().type_()
}

// What events and inputs share (web-sys binds `type` per class).
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type Typed;
    #[wasm_bindgen(method, getter, js_name = type)]
    fn type_(this: &Typed) -> String;
}
