//! The form's controls: reading them into an order, and the few things done to them.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// A form control that holds part of the order.
#[derive(Clone)]
pub enum Control {
    Input(HtmlInputElement),
    TextArea(HtmlTextAreaElement),
    Select(HtmlSelectElement),
}

impl Control {
    pub fn from_element(el: Element) -> Option<Control> {
        let el = match el.dyn_into::<HtmlInputElement>() {
            Ok(input) => {
                let kind = input.type_();
                return (!matches!(kind.as_str(), "submit" | "button" | "reset" | "image" | "file")).then_some(Control::Input(input));
            }
            Err(el) => el,
        };
        let el = match el.dyn_into::<HtmlTextAreaElement>() {
            Ok(t) => return Some(Control::TextArea(t)),
            Err(el) => el,
        };
        el.dyn_into::<HtmlSelectElement>().ok().map(Control::Select)
    }

    pub fn element(&self) -> &HtmlElement {
        match self {
            Control::Input(c) => c,
            Control::TextArea(c) => c,
            Control::Select(c) => c,
        }
    }

    pub fn name(&self) -> String {
        match self {
            Control::Input(c) => c.name(),
            Control::TextArea(c) => c.name(),
            Control::Select(c) => c.name(),
        }
    }

    /// The control's part of the order: `None` when it holds nothing (blank text, an unchecked
    /// radio button). Checkboxes, and choices whose value is `true`/`false`, give booleans.
    pub fn value(&self) -> Option<JsValue> {
        let text = match self {
            Control::Input(c) => match c.type_().as_str() {
                "checkbox" => return Some(JsValue::from_bool(c.checked())),
                "radio" if !c.checked() => return None,
                _ => c.value(),
            },
            Control::TextArea(c) => c.value(),
            Control::Select(c) => c.value(),
        };
        match text.as_str() {
            "" => None,
            "true" if !matches!(self, Control::TextArea(_)) => Some(JsValue::TRUE),
            "false" if !matches!(self, Control::TextArea(_)) => Some(JsValue::FALSE),
            _ => Some(JsValue::from_str(&text)),
        }
    }

    pub fn set_custom_validity(&self, message: &str) {
        match self {
            Control::Input(c) => c.set_custom_validity(message),
            Control::TextArea(c) => c.set_custom_validity(message),
            Control::Select(c) => c.set_custom_validity(message),
        }
    }

    pub fn same(&self, other: &Control) -> bool {
        self.element() == other.element()
    }
}

/// Every named control of the form, in document order.
pub fn controls(form: &HtmlFormElement) -> Vec<Control> {
    let elements = form.elements();
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .filter_map(Control::from_element)
        .filter(|c| !c.name().is_empty())
        .collect()
}

/// The order the form holds, as the plain JS object a page would pass to `validateOrder`: each
/// control's value at the path its dotted name gives (`subscriber.serviceAddress.zip`). `kind`
/// (from the options) wins over a `kind` control.
pub fn read_order(controls: &[Control], kind: Option<&str>) -> JsValue {
    let order: JsValue = Object::new().into();
    for c in controls {
        if let Some(v) = c.value() {
            insert(&order, &c.name(), &v);
        }
    }
    if let Some(k) = kind {
        insert(&order, "kind", &JsValue::from_str(k));
    }
    order
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
