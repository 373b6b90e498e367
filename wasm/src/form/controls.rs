//! The form's controls: reading them into an order, and the few things done to them.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use super::names::{having, type_of, IGNORE, TIME_FOR};

// What `<input>`, `<textarea>` and `<select>` share, bound once (web-sys binds each per type:
// three imports and three glue functions for each).
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = HtmlElement)]
    type FieldElement;
    #[wasm_bindgen(method, getter)]
    fn name(this: &FieldElement) -> String;
    #[wasm_bindgen(method, js_name = setCustomValidity)]
    fn set_custom_validity(this: &FieldElement, message: &str);
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "export function edit(el, value) {
  let proto = el, own;
  do proto = Object.getPrototypeOf(proto); while (!(own = Object.getOwnPropertyDescriptor(proto, 'value')));
  own.set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}")]
extern "C" {
    /// Sets a control's value as a person's edit does: through the setter of the control's class
    /// (`HTMLTextAreaElement.prototype`), not one a framework defined on the element itself to
    /// track its value (React's, which would take the new value as already seen), then a
    /// bubbling `input` event. The framework's state follows the edit, so its next render keeps it.
    pub fn edit(el: &HtmlElement, value: &str);
}

/// A form control that holds part of the order.
#[derive(Clone)]
pub enum Control {
    Input(HtmlInputElement),
    TextArea(HtmlTextAreaElement),
    Select(HtmlSelectElement),
}

impl Control {
    /// The control an element is, by its tag (an `instanceof` check per type would cost an
    /// import each; the elements come from a form's `elements` or its events, so they are HTML).
    pub fn from_element(el: Element) -> Option<Control> {
        let tag = el.tag_name();
        if tag.eq_ignore_ascii_case("input") {
            let input: HtmlInputElement = el.unchecked_into();
            let kind = type_of(&input);
            return (!matches!(kind.as_str(), "submit" | "button" | "reset" | "image" | "file"))
                .then_some(Control::Input(input));
        }
        if tag.eq_ignore_ascii_case("textarea") {
            return Some(Control::TextArea(el.unchecked_into()));
        }
        tag.eq_ignore_ascii_case("select").then(|| Control::Select(el.unchecked_into()))
    }

    pub fn element(&self) -> &HtmlElement {
        match self {
            Control::Input(c) => c,
            Control::TextArea(c) => c,
            Control::Select(c) => c,
        }
    }

    pub fn name(&self) -> String {
        self.field().name()
    }

    /// The control as any form control: one binding for what inputs, text areas and selects
    /// all have, instead of one per element type.
    fn field(&self) -> &FieldElement {
        self.element().unchecked_ref()
    }

    /// The control's part of the order: `None` when it holds nothing (blank text, an unchecked
    /// radio button). Checkboxes, and choices whose value is `true`/`false`, give booleans.
    pub fn value(&self) -> Option<JsValue> {
        if let Control::Input(c) = self {
            match type_of(c).as_str() {
                "checkbox" => return Some(JsValue::from_bool(c.checked())),
                "radio" if !c.checked() => return None,
                _ => {}
            }
        }
        // The JS string itself, not a copy through Rust: a pasted list can be megabytes.
        let text: js_sys::JsString = Reflect::get(self.element(), &JsValue::from_str("value")).ok()?.dyn_into().ok()?;
        match text.length() {
            0 => None,
            4 | 5 if !matches!(self, Control::TextArea(_)) => match text.as_string().as_deref() {
                Some("true") => Some(JsValue::TRUE),
                Some("false") => Some(JsValue::FALSE),
                _ => Some(text.into()),
            },
            _ => Some(text.into()),
        }
    }

    /// Marked `data-pv-ignore`, or inside an element that is: not part of the order.
    pub fn ignored(&self) -> bool {
        self.element().closest(&having(IGNORE)).ok().flatten().is_some()
    }

    pub fn set_custom_validity(&self, message: &str) {
        self.field().set_custom_validity(message);
    }

    pub fn same(&self, other: &Control) -> bool {
        self.element() == other.element()
    }
}

/// Every named control of the form, in document order, except those inside a `[hidden]`
/// element (a page hides what does not belong to the order being typed, the LSR fields of a
/// port-in) and those marked `data-pv-ignore` (a lookup, a search box): neither is part of the
/// order.
pub fn controls(form: &HtmlFormElement) -> Vec<Control> {
    let elements = form.elements();
    let left_out = msg!["[hidden],", having(IGNORE)];
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .filter(|el| el.closest(&left_out).ok().flatten().is_none())
        .filter_map(Control::from_element)
        .filter(|c| !c.name().is_empty())
        .collect()
}

/// The order the form holds, as the plain JS object a page would pass to `validateOrder`: each
/// control's value at the path its dotted name gives (`subscriber.serviceAddress.zip`). `kind`
/// (from the options) wins over a `kind` control. A time control (`data-pv-time-for="X"`, US
/// Eastern) is not a field of its own: it makes the date control `X` a date-time with the
/// Eastern offset of that day and time.
pub fn read_order(controls: &[Control], kind: Option<&str>) -> JsValue {
    let order: JsValue = Object::new().into();
    let mut times = Vec::new();
    for c in controls {
        if let Some(date_name) = c.element().get_attribute(TIME_FOR) {
            times.push((date_name, c));
            continue;
        }
        if let Some(v) = c.value() {
            insert(&order, &c.name(), &v);
        }
    }
    for (date_name, time) in times {
        let date = controls.iter().find(|c| c.name() == date_name).and_then(Control::value).and_then(|v| v.as_string());
        let clock = time.value().and_then(|v| v.as_string());
        if let (Some(date), Some(clock)) = (date, clock) {
            if let Some(at) = eastern_date_time(&date, &clock) {
                insert(&order, &date_name, &JsValue::from_str(&at));
            }
        }
    }
    if let Some(k) = kind {
        insert(&order, "kind", &JsValue::from_str(k));
    }
    order
}

/// `2026-12-01` and `15:00` (Eastern) -> `2026-12-01T15:00:00-05:00`; `None` unless both read.
fn eastern_date_time(date: &str, clock: &str) -> Option<String> {
    let day = portin_validator::internal::date::parse_day(date).ok()?;
    let digits = |s: &str| {
        s.bytes().all(|b| b.is_ascii_digit()).then(|| s.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let (h, m) = clock.split_once(':')?;
    let (h, m) = (digits(h).filter(|h| *h < 24)?, digits(m.get(..2)?).filter(|m| *m < 60)?);
    let offset = portin_validator::internal::eastern::offset_at_local(day, h * 3600 + m * 60);
    let mut out = portin_validator::internal::date::ymd_text(day);
    out.push('T');
    portin_validator::internal::text::push_padded(&mut out, h, 2);
    out.push(':');
    portin_validator::internal::text::push_padded(&mut out, m, 2);
    out.push_str(if offset == -240 { ":00-04:00" } else { ":00-05:00" });
    Some(out)
}

/// Puts `value` at a dotted path, creating the objects on the way.
fn insert(root: &JsValue, dotted: &str, value: &JsValue) {
    let mut at = root.clone();
    let mut keys = dotted.split('.').peekable();
    while let Some(key) = keys.next() {
        let key = JsValue::from_str(key);
        if keys.peek().is_none() {
            let _ = Reflect::set(&at, &key, value);
            return;
        }
        let next = match Reflect::get(&at, &key) {
            Ok(v) if v.is_object() => v,
            Ok(v) if v.is_undefined() => {
                let child: JsValue = Object::new().into();
                let _ = Reflect::set(&at, &key, &child);
                child
            }
            _ => return,
        };
        at = next;
    }
}
