//! `attachForm` as the package's JS entry attaches it (js/entry.js): the module adds no listener
//! of its own, so the form's events, and clicks in a summary outside the form, are forwarded to
//! `handleEvent`, and a first `input` event validates at once. The tests take the path the
//! published package takes.

use std::ops::Deref;
use std::rc::Rc;

use portin_validator_wasm::form::{attach_form, FormHandle};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, EventTarget, HtmlFormElement};

/// The events js/entry.js forwards.
const EVENTS: [&str; 5] = ["input", "change", "click", "submit", "reset"];
const SUMMARY: &str = "[data-pv-summary]";

/// A form attached with its events forwarded; reads as its [`FormHandle`].
pub struct Attached {
    handle: Rc<FormHandle>,
    listening: Vec<(EventTarget, &'static str)>,
    /// `Fn`, not `FnMut`: a forwarded event may fire another one (normalise fires `input`), and
    /// wasm-bindgen refuses to call an `FnMut` closure inside itself.
    forward: Closure<dyn Fn(Event)>,
}

/// `attachForm(form, options)` through the JS entry's steps.
pub fn attach(form: &HtmlFormElement, options: JsValue) -> Attached {
    let handle = Rc::new(attach_form(form.clone().into(), options).expect("a form"));
    let to = handle.clone();
    let forward = Closure::<dyn Fn(Event)>::new(move |e: Event| to.handle_event(e));
    let mut listening: Vec<(EventTarget, &'static str)> = EVENTS.iter().map(|&e| (form.clone().into(), e)).collect();
    let outside = format!("{SUMMARY}:not(form *)");
    let own = form.query_selector(SUMMARY).ok().flatten();
    let page = form.owner_document().and_then(|d| d.query_selector(&outside).ok().flatten());
    if let (None, Some(summary)) = (own, page) {
        listening.push((summary.into(), "click"));
    }
    for (target, event) in &listening {
        target.add_event_listener_with_callback(event, forward.as_ref().unchecked_ref()).expect("listening");
    }
    handle.handle_event(Event::new("input").expect("an event"));
    Attached { handle, listening, forward }
}

impl Attached {
    /// Stops forwarding, then detaches the handle, as js/entry.js's `detach` does.
    pub fn detach(&self) {
        for (target, event) in &self.listening {
            let _ = target.remove_event_listener_with_callback(event, self.forward.as_ref().unchecked_ref());
        }
        self.handle.detach();
    }
}

impl Deref for Attached {
    type Target = FormHandle;

    fn deref(&self) -> &FormHandle {
        &self.handle
    }
}
