//! What a caller that validates the same order again and again keeps between calls (the form
//! helper per keystroke, `orderSchema` per call of a form library): the core's [`ListMemo`], and
//! the JS objects of the list's issues, handed out again while the list has not changed. A
//! keystroke elsewhere then costs what a 10-number list does, whatever the list holds.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js::Js;
use super::{clock_now, no_clock, to_js};
use portin_validator::internal::entry as native;
use portin_validator::internal::input::{Shape, Source};
use portin_validator::internal::issue::{Report, TnSummary};
use portin_validator::internal::live::{ListMemo, MemoReport};

pub(crate) struct Live {
    pub memo: ListMemo,
    /// The JS objects of the memo's issues, for the memo generation `.0`.
    list_js: Option<(u32, Array)>,
}

impl Default for Live {
    /// One function for every place that starts one (the form, `orderSchema`),
    /// rather than the memo's fields set at each.
    #[inline(never)]
    fn default() -> Live {
        Live { memo: ListMemo::default(), list_js: None }
    }
}

impl Live {
    /// The report as JS: the order's issues converted now, the list's reused from the last time
    /// the list was worked out, put in their place (`at`).
    pub fn report_js(&mut self, report: &Report, at: usize) -> JsValue {
        let js = to_js(report);
        if self.memo.issues().is_empty() {
            return js;
        }
        let generation = self.memo.generation();
        let list = match self.list_js.take().filter(|(g, _)| *g == generation) {
            Some((_, list)) => list,
            None => to_js(self.memo.issues()).unchecked_into(),
        };
        let key = JsValue::from_str("issues");
        if let Some(own) = Reflect::get(&js, &key).ok().and_then(|v| v.dyn_into::<Array>().ok()) {
            let at = at as u32;
            let all = own.slice(0, at).concat(&list).concat(&own.slice(at, own.length()));
            let _ = Reflect::set(&js, &key, &all);
        }
        self.list_js = Some((generation, list));
        js
    }
}

/// A text option (`kind`) of an options object, when it has one.
pub(crate) fn text_option(options: &Js, key: &str) -> Option<String> {
    match options.shape() {
        Shape::Object => options.get(key).ok().and_then(|v| v.0.as_string()),
        _ => None,
    }
}

/// Reads `order` and `options` and validates through `live`: the report `validateOrder` gives,
/// the TN list worked out again only when it (or the day) changed since `live` last saw it.
/// `orderSchema` passes the one it keeps (a fresh one when re-entered), the form helper its own.
/// With `kind` (`orderSchema`'s option), the order is of that kind whatever it says.
pub(crate) fn validate_through(order: JsValue, options: JsValue, kind: Option<String>, live: &mut Live) -> JsValue {
    let mut issues = Vec::new();
    let Some((mut order, opts)) = native::read_to_validate(&Js(order), &Js(options), &mut issues) else {
        return to_js(&Report::new(issues, TnSummary::default()));
    };
    if kind.is_some() {
        order.kind = kind;
    }
    // The clock read here, as the form helper does, so that both use one compiled entry point.
    let opts = portin_validator::internal::clock::with_now(&opts, clock_now);
    let MemoReport { report, at } = native::validate_order_memo(&order, &opts, issues, no_clock, &mut live.memo);
    live.report_js(&report, at)
}

thread_local! {
    /// `orderSchema`'s list work, kept from one validation to the next. One for the module: it
    /// holds one list at a time however many schemas there are (a form's schema validates one
    /// list over and over; two lists in turn each cost a full validation, as without it).
    static SCHEMA: std::cell::RefCell<Option<Live>> = const { std::cell::RefCell::new(None) };
}

/// `validateOrderLive(order, options)`: `validateOrder` through the kept list work, `options.kind`
/// winning over the order's (what `orderSchema`'s `validate` calls; the JS entry makes the
/// Standard Schema around it).
#[wasm_bindgen(js_name = validateOrderLive, skip_typescript)]
pub fn validate_order_live(order: JsValue, options: JsValue) -> JsValue {
    let kind = text_option(&Js(options.clone()), "kind");
    SCHEMA.with(|kept| match kept.try_borrow_mut() {
        Ok(mut live) => validate_through(order, options, kind, live.get_or_insert_with(Live::default)),
        // Re-entered (a getter of the order validating again): without the kept work.
        Err(_) => validate_through(order, options, kind, &mut Live::default()),
    })
}

/// `orderShape()`: the order's shape from the field table and the reader's limits, from which
/// the JS entry writes the order's JSON Schema (`orderSchema()["~standard"].jsonSchema`).
#[wasm_bindgen(js_name = orderShape, skip_typescript)]
pub fn order_shape() -> JsValue {
    to_js(&super::OrderShape)
}
