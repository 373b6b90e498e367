//! `clearFormMarks(form)`: removes from a form everything the helper adds, found on the page itself
//! rather than in a handle's memory. The JS entry calls it after the module restarts, when the
//! handle that made the marks died with its instance.

use wasm_bindgen::prelude::*;

use web_sys::HtmlFormElement;

use super::controls::Control;
use super::marks::token_list_without;
use super::names::{all, having, set_disabled, summary_of, CREATED, DISABLED_HERE, MESSAGE_ID_PREFIX};

/// Removes every mark from `form`: created elements (messages, notes, the summary's list),
/// message links, `aria-invalid`, custom validity messages and what was disabled. What the person typed is never touched.
#[wasm_bindgen(js_name = clearFormMarks, skip_typescript)]
pub fn clear_marks(form: &HtmlFormElement) {
    let messages = all(form, &msg!["[id^='", MESSAGE_ID_PREFIX, "']"]);
    let elements = form.elements();
    for el in (0..elements.length()).filter_map(|i| elements.item(i)) {
        if let Some(list) = el.get_attribute("aria-describedby") {
            let rest = messages.iter().fold(list, |list, m| token_list_without(&list, &m.id()));
            let _ = if rest.is_empty() {
                el.remove_attribute("aria-describedby")
            } else {
                el.set_attribute("aria-describedby", &rest)
            };
        }
        let _ = el.remove_attribute("aria-invalid");
        if let Some(control) = Control::from_element(el) {
            control.set_custom_validity("");
        }
    }
    for el in all(form, &having(DISABLED_HERE)) {
        set_disabled(&el, false);
    }
    // Every form's list in a summary outside the forms goes too: after a restart every attached
    // form is attached again, and makes its own again.
    let summary = form.owner_document().and_then(|doc| summary_of(form, &doc));
    for root in [Some(form.clone().into()), summary].into_iter().flatten() {
        for el in all(&root, &having(CREATED)) {
            el.remove();
        }
    }
}
