//! `attachForm`: live validation of an HTML form whose controls are named by order path
//! (`name="subscriber.serviceAddress.zip"`). Browser only; built on the API layer, which is
//! built on the core.
//!
//! It validates on `input`, `change` and `reset` (events the caller forwards to
//! [`FormHandle::handle_event`]: the package's JS entry does, so no listener of a trapped module
//! outlives it), marks each control with its issues, fills
//! `[data-pv-summary]`, shows the TN count, keeps submit buttons disabled while the order has
//! errors, and announces every report with a `portin-validator:report` event on the form.
//! It never changes what the person typed, except through the visible `[data-pv-normalise]`
//! action.
//!
//! It lives with frameworks that render the same form (React, Vue): it removes only nodes it
//! created, adds its ids to `aria-describedby` rather than replacing the attribute (and puts them
//! back at the next validation if a render dropped them), disables again at the next validation
//! what a render re-enabled, rewrites a value only as a user edit would (the control's own value
//! setter, then an `input` event, so the framework's state follows), and numbers its ids per
//! form. Controls marked `data-pv-ignore` are not part of the order.

/// Joins message parts as the core's own `msg!` does (the core's is private to it): text and
/// whole numbers, without the formatting machinery. Defined before the submodules, so they
/// all see it.
macro_rules! msg {
    ($($part:expr),* $(,)?) => {{
        let mut out = ::std::string::String::new();
        $( portin_validator::internal::text::Part::push_to(&$part, &mut out); )*
        out
    }};
}

mod clear;
mod controls;
mod marks;
mod names;
mod summary;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, Element, Event, HtmlFormElement, HtmlInputElement};

use crate::api::live::{text_option, Live};
use crate::api::{clock_now, js::Js, no_clock};
use controls::{controls, read_order, Control};
use marks::{link_target, Line, Marks, Place};
use names::{all, having, set_disabled, summary_of, type_of, KEEP_ENABLED, LOCKED, LOCKED_CLASS, NORMALISE, TIME_FOR};
use portin_validator::internal::entry as native;
use portin_validator::internal::input::{Shape, Source};
use portin_validator::internal::issue::{Issue, Seg};
use portin_validator::internal::live::summary::{self as words, Said};
use portin_validator::internal::live::MemoReport;
use portin_validator::internal::options::{self, Options};
use portin_validator::internal::tn::Tn;
use portin_validator::internal::tn_list;

/// The event dispatched on the form after each validation; `detail` is the report.
pub const REPORT_EVENT: &str = "portin-validator:report";

struct State {
    form: HtmlFormElement,
    doc: Document,
    options: Options,
    option_issues: Vec<Issue>,
    kind: Option<String>,
    disable_submit: bool,
    marks: Marks,
    /// Submit controls disabled here, to re-enable on success or detach.
    submits_disabled: Vec<Element>,
    summary: Option<Element>,
    /// What the summary shows now, to rebuild only the entries that changed.
    summary_view: summary::View,
    /// The groups whose "Show all" is open ([`words::key`]).
    expanded: Vec<String>,
    /// The TN list as last worked out, and the entries' issues found then: a keystroke in another
    /// field reuses them.
    live: Live,
    /// The memo's issues grouped and said, for the memo generation `.0`.
    list_groups: (u32, Vec<Said>),
    /// The timer of a validation deferred after an edit of a large list, and its callback.
    pending: Option<i32>,
    timer: Option<Closure<dyn FnMut(Event)>>,
    /// Controls disabled here because the order's status and port type do not let them change.
    locked: Vec<Control>,
    /// The element that says why controls are disabled, and whether it was created here.
    locked_note: marks::Note,
    /// Date controls whose `min` was set here, with the `min` they had before.
    mins: Vec<(HtmlInputElement, Option<String>)>,
    /// Names of the controls the person has edited (or that held a value when attached): only
    /// these are marked inline, so a blank form does not open as a wall of errors. The summary
    /// always lists everything.
    touched: Vec<String>,
    /// After a submit attempt or a `validate()` call, every control is marked.
    reveal_all: bool,
    /// `touched` is to be taken afresh from what the controls hold (on attach, after a reset).
    retouch: bool,
}

/// What `attachForm` returns: `validate()` and `detach()`.
#[wasm_bindgen(skip_typescript)]
pub struct FormHandle {
    state: Rc<RefCell<Option<State>>>,
}

#[wasm_bindgen]
impl FormHandle {
    /// Validates now, marks every control that has an issue (as a submit attempt does), and
    /// returns the report.
    pub fn validate(&self) -> JsValue {
        reveal(&self.state);
        run(&self.state).map_or(JsValue::UNDEFINED, |(_, report)| report)
    }

    /// Handles one event of the form (`input`, `change`, `click`, `submit`, `reset`) or a click
    /// in the summary: the caller listens and forwards them here. An `input` event from nowhere
    /// validates as a keystroke does (the first one, after attaching).
    #[wasm_bindgen(js_name = handleEvent)]
    pub fn handle_event(&self, event: Event) {
        dispatch(&self.state, &event);
    }

    /// The order the form holds now, as the plain object `validateOrder` takes (what a page
    /// would submit).
    pub fn order(&self) -> JsValue {
        let Ok(slot) = self.state.try_borrow() else { return JsValue::UNDEFINED };
        slot.as_ref().map_or(JsValue::UNDEFINED, |s| read_order(&controls(&s.form), s.kind.as_deref()))
    }

    /// Removes every mark the helper added and stops answering events.
    pub fn detach(&self) {
        let Ok(mut slot) = self.state.try_borrow_mut() else { return };
        if let Some(mut s) = slot.take() {
            cancel_timer(&mut s);
            s.marks.clear_all();
            for b in s.submits_disabled.drain(..) {
                set_disabled(&b, false);
            }
            s.summary_view.clear();
            if let Some(summary) = &s.summary {
                let _ = summary.remove_attribute(BUSY);
            }
            for c in s.locked.drain(..) {
                set_disabled(c.element(), false);
            }
            s.locked_note.clear();
            for (input, min) in s.mins.drain(..) {
                let _ = match min {
                    Some(m) => input.set_attribute("min", &m),
                    None => input.remove_attribute("min"),
                };
            }
        }
    }
}

/// Forms attached so far in this module: each takes the next number for its ids.
static ATTACHED: AtomicU32 = AtomicU32::new(1);

/// `attachForm(form, options?)` (api.md). Throws an `Error` only for a programmer error: a
/// first argument that is not a `<form>`. Adds no listener and does not validate yet: the caller
/// forwards the form's events (and the summary's clicks) to [`FormHandle::handle_event`], a first
/// `input` one too. So the package's entry can refuse calls while the options are read (a getter
/// calling in) and still let the first report's listeners call in, and no listener of a trapped
/// module outlives it (js/entry.js).
#[wasm_bindgen(js_name = attachForm, skip_typescript)]
pub fn attach_form(form: JsValue, options: JsValue) -> Result<FormHandle, JsError> {
    let form: HtmlFormElement =
        form.dyn_into().map_err(|_| JsError::new("attachForm: the first argument must be an HTMLFormElement"))?;
    let doc = form.owner_document().ok_or_else(|| JsError::new("attachForm: the form is not in a document"))?;
    let opts = Js(options);
    let mut option_issues = Vec::new();
    let parsed = options::read(&opts, &mut option_issues);
    let disable_submit = match opts.shape() {
        Shape::Object => opts.get("disableSubmit").ok().and_then(|v| v.0.as_bool()).unwrap_or(true),
        _ => true,
    };
    let summary = summary_of(&form, &doc);
    let state = Rc::new(RefCell::new(Some(State {
        form: form.clone(),
        doc,
        options: parsed,
        option_issues,
        kind: text_option(&opts, "kind"),
        disable_submit,
        marks: Marks::new(ATTACHED.fetch_add(1, Ordering::Relaxed)),
        submits_disabled: Vec::new(),
        summary,
        summary_view: summary::View::default(),
        expanded: Vec::new(),
        live: Live::default(),
        list_groups: (0, Vec::new()),
        pending: None,
        timer: None,
        locked: Vec::new(),
        locked_note: marks::Note::default(),
        mins: Vec::new(),
        touched: Vec::new(),
        reveal_all: false,
        retouch: true,
    })));
    Ok(FormHandle { state })
}

/// What each event does: edits validate (and mark the control as touched), the normalise
/// action rewrites the list (as an edit, which validates), a submit reveals every mark and is
/// stopped while the order has errors, a summary link focuses its control, a reset validates once
/// the controls are back to their defaults. Controls marked `data-pv-ignore` are left alone.
fn dispatch(state: &Rc<RefCell<Option<State>>>, e: &Event) {
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    match type_of(e).as_str() {
        "input" | "change" => {
            let control = target.and_then(Control::from_element);
            if control.as_ref().is_some_and(Control::ignored) {
                return;
            }
            if let Some(c) = &control {
                touch(state, c);
            }
            match control {
                Some(c)
                    if matches!(&c, Control::TextArea(t) if t.text_length() > LARGE_LIST)
                        && c.name() == "listOfPhoneNumbers" =>
                {
                    defer(state, &c)
                }
                _ => {
                    run(state);
                }
            }
        }
        "click" => {
            let Some(target) = target else { return };
            let in_summary =
                state.try_borrow().is_ok_and(|s| s.as_ref().is_some_and(|s| s.summary_view.holds(&target)));
            if let Some(name) = link_target(&target).filter(|_| in_summary) {
                e.prevent_default();
                focus(state, &name);
            } else if let Some(key) = summary::expand_target(&target).filter(|_| in_summary) {
                e.prevent_default();
                toggle(state, key);
                run(state);
            } else if target.closest(&having(NORMALISE)).ok().flatten().is_some() {
                e.prevent_default();
                normalise(state);
            }
        }
        "submit" => {
            reveal(state);
            if run(state).is_some_and(|(ok, _)| !ok) {
                e.prevent_default();
            }
        }
        "reset" => {
            // The reset event comes before the controls are reset: validate just after.
            if let Ok(mut slot) = state.try_borrow_mut() {
                if let Some(s) = slot.as_mut() {
                    s.touched.clear();
                    s.reveal_all = false;
                    s.retouch = true;
                }
            }
            later(state, 0);
        }
        _ => {}
    }
}

/// Remembers that the person edited `control`.
fn touch(state: &Rc<RefCell<Option<State>>>, control: &Control) {
    let Ok(mut slot) = state.try_borrow_mut() else { return };
    if let Some(s) = slot.as_mut() {
        // A time control's issues are its date's.
        let date = control.element().get_attribute(TIME_FOR);
        let mut add = |name: String| {
            if !s.touched.contains(&name) {
                s.touched.push(name);
            }
        };
        add(control.name());
        if let Some(date) = date {
            add(date);
        }
    }
}

fn reveal(state: &Rc<RefCell<Option<State>>>) {
    if let Ok(mut slot) = state.try_borrow_mut() {
        if let Some(s) = slot.as_mut() {
            s.reveal_all = true;
        }
    }
}

/// The control for an issue's path: the one named by the full dotted path, else the nearest
/// named ancestor path (`subscriber.serviceAddress` for an address-wide issue, if the page has
/// such a control).
fn control_for<'a>(all: &'a [Control], path: &[Seg]) -> Option<&'a Control> {
    // Each longer prefix of the path in turn; the last that names a control wins.
    let mut dotted = String::new();
    let mut found = None;
    for key in path.iter().filter_map(Seg::key) {
        if !dotted.is_empty() {
            dotted.push('.');
        }
        dotted.push_str(key);
        found = all.iter().find(|c| c.name() == dotted).or(found);
    }
    found
}

/// Validates the form and updates the page: whether the order is `ok`, and the report as the
/// page gets it; `None` when detached (or re-entered).
fn run(state: &Rc<RefCell<Option<State>>>) -> Option<(bool, JsValue)> {
    let (ok, report) = {
        let Ok(mut slot) = state.try_borrow_mut() else { return None };
        let s = slot.as_mut()?;
        cancel_timer(s);
        let all = controls(&s.form);
        if std::mem::take(&mut s.retouch) {
            // Controls that hold a value (an order being fixed) show their marks at once.
            s.touched = all.iter().filter(|c| c.value().is_some()).map(Control::name).collect();
        }
        let js_order = read_order(&all, s.kind.as_deref());
        let mut issues = s.option_issues.clone();
        // The form always yields an object, so the order always reads; read it once for both.
        let order = portin_validator::internal::order::read(&Js(js_order), &mut issues)
            .unwrap_or_else(portin_validator::internal::order::Order::empty);
        // The clock is read once per validation, so the rules, the locked fields and the
        // date's `min` all see the same instant (and the options are copied at most once).
        let (MemoReport { report, at }, editable, minimum) = {
            let opts = portin_validator::internal::clock::with_now(&s.options, clock_now);
            (
                native::validate_order_memo(&order, &opts, issues, no_clock, &mut s.live.memo),
                native::editable_fields_read(&order, &opts, Vec::new(), Vec::new(), no_clock),
                native::earliest_requested_date_read(&opts, no_clock).minimum,
            )
        };
        lock_fields(s, &all, &editable);
        set_date_min(s, &all, &minimum);
        let memo = &s.live.memo;
        let generation = memo.generation();
        if s.list_groups.0 != generation {
            s.list_groups = (generation, words::say(memo.issues(), memo.lines(), memo.items()));
        }
        let own = words::say(&report.issues, &[], false);
        let list_control = all.iter().find(|c| c.name() == "listOfPhoneNumbers");
        let shown = |c: &Control| s.reveal_all || s.touched.contains(&c.name());
        let list_issues = s.live.memo.issues();
        // Marks: each control's issues, the list's grouped in sentences.
        let mut per_control: Vec<(Control, Vec<Line>)> = Vec::new();
        if let Some(c) = list_control.filter(|c| shown(c) && !s.list_groups.1.is_empty()) {
            let lines = s.list_groups.1.iter().map(|said| Line { severity: said.severity, text: &said.text });
            per_control.push((c.clone(), lines.collect()));
        }
        let targets: Vec<Option<&Control>> = report.issues.iter().map(|i| control_for(&all, &i.path)).collect();
        for said in &own {
            for &i in &said.members {
                let (Some(issue), Some(Some(c))) = (report.issues.get(i as usize), targets.get(i as usize)) else {
                    continue;
                };
                if shown(c) {
                    let line = Line { severity: issue.severity, text: &issue.message };
                    match per_control.iter_mut().find(|(pc, _)| pc.same(c)) {
                        Some((_, list)) => list.push(line),
                        None => per_control.push(((*c).clone(), vec![line])),
                    }
                }
            }
        }
        s.marks.apply(&s.doc, &per_control);
        drop(per_control);
        let count = report.tns.describe();
        s.marks.show_count(&s.doc, &s.form, list_control, &count);
        if let Some(c) = list_control {
            let _ = c.element().remove_attribute(BUSY);
        }
        if let Some(summary) = &s.summary {
            let _ = summary.remove_attribute(BUSY);
            // The summary: the order's own groups where their first issue stands, the list's
            // groups where the list's issues stand.
            let entry = |said, issues, control: Option<&Control>, version| summary::Entry {
                said,
                issues,
                control: control.cloned(),
                version,
            };
            let mut list_entries = s.list_groups.1.iter().map(|g| entry(g, list_issues, list_control, generation));
            let mut entries = Vec::new();
            for said in &own {
                let first = said.members.first().map_or(0, |&f| f as usize);
                if first >= at {
                    entries.extend(list_entries.by_ref());
                }
                entries.push(entry(said, &report.issues, targets.get(first).copied().flatten(), 0));
            }
            entries.extend(list_entries);
            summary::fill(&s.doc, summary, &entries, &s.expanded, &mut s.summary_view);
        }
        if s.disable_submit {
            update_submits(s, report.ok);
        }
        (report.ok, s.live.report_js(&report, at))
    };
    announce(state, &report);
    Some((ok, report))
}

/// Above this many characters (about 10,000 lines), an edit of the list shows the count of
/// lines at once and is checked just after, once however many edits came in between: the page
/// shows the edit in the same frame, and typing in a huge list is not held up per keystroke.
const LARGE_LIST: u32 = 128 * 1024;

/// How long a deferred validation waits (ms): long enough for the page to paint the edit.
const DEFER_MS: i32 = 20;

/// `aria-busy` on the list and the summary while a deferred validation is to come.
const BUSY: &str = "aria-busy";

/// The edit of a large list: says it is being checked (and how many lines), and validates once
/// the page has shown it.
fn defer(state: &Rc<RefCell<Option<State>>>, control: &Control) {
    {
        let Ok(mut slot) = state.try_borrow_mut() else { return };
        let Some(s) = slot.as_mut() else { return };
        let Control::TextArea(list) = control else { return };
        let text = list.value();
        let lines = text.split('\n').filter(|l| !l.trim().is_empty()).count();
        s.marks.show_count(&s.doc, &s.form, Some(control), &words::checking(lines));
        let _ = list.set_attribute(BUSY, "true");
        if let Some(summary) = &s.summary {
            let _ = summary.set_attribute(BUSY, "true");
        }
    }
    later(state, DEFER_MS);
}

/// Validates `ms` from now, once however many calls come in between (the validation to come
/// reads the form as it is then); at once if the page has no timer.
fn later(state: &Rc<RefCell<Option<State>>>, ms: i32) {
    let Ok(mut slot) = state.try_borrow_mut() else { return };
    let Some(s) = slot.as_mut() else { return };
    if s.pending.is_some() {
        return;
    }
    let weak = Rc::downgrade(state);
    let timer = s.timer.get_or_insert_with(|| {
        Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            if let Some(state) = weak.upgrade() {
                if let Ok(mut slot) = state.try_borrow_mut() {
                    if let Some(s) = slot.as_mut() {
                        s.pending = None;
                    }
                }
                run(&state);
            }
        })
    });
    s.pending = set_timeout(timer.as_ref().unchecked_ref(), ms).ok();
    if s.pending.is_none() {
        drop(slot);
        run(state);
    }
}

// The page's timers (on a window or a worker alike).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout, catch)]
    fn set_timeout(callback: &js_sys::Function, ms: i32) -> Result<i32, JsValue>;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: i32);
}

fn cancel_timer(s: &mut State) {
    if let Some(id) = s.pending.take() {
        clear_timeout(id);
    }
}

/// Opens or folds a summary group.
fn toggle(state: &Rc<RefCell<Option<State>>>, key: String) {
    let Ok(mut slot) = state.try_borrow_mut() else { return };
    if let Some(s) = slot.as_mut() {
        match s.expanded.iter().position(|k| *k == key) {
            Some(i) => {
                s.expanded.swap_remove(i);
            }
            None => s.expanded.push(key),
        }
    }
}

/// A control named by a field's path, or inside one (`subscriber.serviceAddress.zip`).
fn under(name: &str, field: &str) -> bool {
    name.strip_prefix(field).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// A control the edit matrix governs, or a field fixed once the order is submitted
/// (R-EDIT-FIXED: `triggered`, the billing type, ...).
fn governed(name: &str) -> bool {
    use portin_validator::internal::order::Field;
    Field::ALL.iter().any(|f| (f.row().is_some() || f.fixed()) && under(name, f.dotted()))
}

/// Disables the controls that may not change in the order's status and port type (from
/// `editableFields`), re-enables those that may again, and says why. Controls marked
/// `data-pv-keep-enabled` (a page's status and port-type selectors) are never disabled, nor
/// is anything the edit matrix does not govern.
fn lock_fields(s: &mut State, all: &[Control], answer: &portin_validator::internal::answers::editable::EditableFields) {
    use portin_validator::internal::answers::editable::{LOCKED_NOTE, PORT_TYPE_NOTE};
    // Without the port type, what may change is not known: nothing is locked, and the note says why.
    let no_port_type = answer.warnings.iter().any(|w| w.code == portin_validator::Code::EditPortTypeNeeded);
    let may = |name: &str| no_port_type || (answer.editable && answer.fields.iter().any(|f| under(name, f)));
    for c in all {
        let name = c.name();
        if c.element().has_attribute(KEEP_ENABLED) || !governed(&name) {
            continue;
        }
        let ours = s.locked.iter().position(|l| l.same(c));
        let enabled = !c.element().has_attribute("disabled");
        match (may(&name), ours) {
            (false, None) if enabled => {
                set_disabled(c.element(), true);
                s.locked.push(c.clone());
            }
            // Re-enabled by someone else (a framework's render of its own `disabled`): again.
            (false, Some(_)) if enabled => set_disabled(c.element(), true),
            (true, Some(i)) => {
                set_disabled(c.element(), false);
                s.locked.swap_remove(i);
            }
            _ => {}
        }
    }
    if no_port_type {
        s.locked_note.show(&s.doc, &s.form, LOCKED, LOCKED_CLASS, Place::First, PORT_TYPE_NOTE);
    } else if s.locked.is_empty() {
        s.locked_note.clear();
    } else {
        let text = answer.reason.as_deref().unwrap_or(LOCKED_NOTE);
        s.locked_note.show(&s.doc, &s.form, LOCKED, LOCKED_CLASS, Place::First, text);
    }
}

/// Sets `min` on the requested-date control to the earliest acceptable date, so the browser's
/// date picker starts there.
fn set_date_min(s: &mut State, all: &[Control], minimum: &str) {
    let Some(Control::Input(input)) = all.iter().find(|c| c.name() == "requestedFocDate") else { return };
    if type_of(input) != "date" {
        return;
    }
    if !s.mins.iter().any(|(i, _)| i == input) {
        s.mins.push((input.clone(), input.get_attribute("min")));
    }
    let _ = if minimum.is_empty() { input.remove_attribute("min") } else { input.set_attribute("min", minimum) };
}

/// Disables the form's submit buttons while the order has errors (only those it disabled
/// itself are ever re-enabled). One it disabled that a framework's render enabled again is
/// disabled again here; until then a submit is stopped anyway.
fn update_submits(s: &mut State, ok: bool) {
    if ok {
        for b in s.submits_disabled.drain(..) {
            set_disabled(&b, false);
        }
        return;
    }
    for b in all(&s.form, "button[type=submit], button:not([type]), input[type=submit]") {
        if !b.has_attribute("disabled") {
            set_disabled(&b, true);
            if !s.submits_disabled.contains(&b) {
                s.submits_disabled.push(b);
            }
        }
    }
}

/// Tells the page: a `portin-validator:report` event on the form, after the state is released
/// (a listener may call `validate()` again).
fn announce(state: &Rc<RefCell<Option<State>>>, report: &JsValue) {
    let form = match state.try_borrow() {
        Ok(slot) => match slot.as_ref() {
            Some(s) => s.form.clone(),
            None => return,
        },
        Err(_) => return,
    };
    let init = CustomEventInit::new();
    init.set_detail(report);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(REPORT_EVENT, &init) {
        let _ = form.dispatch_event(&event);
    }
}

fn focus(state: &Rc<RefCell<Option<State>>>, name: &str) {
    let Ok(slot) = state.try_borrow() else { return };
    let Some(s) = slot.as_ref() else { return };
    if let Some(c) = controls(&s.form).iter().find(|c| c.name() == name) {
        let _ = c.element().focus();
    }
}

/// The visible "Normalise numbers" action: rewrites the TN list one number per line as
/// 10 digits, repeats removed, and every entry that is not a valid number kept as typed at the
/// end, so nothing typed is lost. Written as an edit ([`controls::edit`]): the `input` event it
/// fires validates.
fn normalise(state: &Rc<RefCell<Option<State>>>) {
    let (list, text) = {
        let Ok(slot) = state.try_borrow() else { return };
        let Some(s) = slot.as_ref() else { return };
        let Some(list) = controls(&s.form).into_iter().find(|c| c.name() == "listOfPhoneNumbers") else { return };
        let Control::TextArea(area) = &list else { return };
        let parsed = tn_list::parse_text(&area.value());
        if parsed.truncated {
            return;
        }
        let mut text = String::new();
        let invalid = parsed.invalid.iter().map(|i| i.text.as_str());
        for (n, line) in parsed.tns.iter().map(Tn::as_str).chain(invalid).enumerate() {
            if n > 0 {
                text.push('\n');
            }
            text.push_str(line);
        }
        (list, text)
    };
    controls::edit(list.element(), &text);
}
