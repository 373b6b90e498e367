//! What the form helper does to the page, and how it undoes it: issue marks on controls
//! (`aria-invalid`, custom validity, a described-by message), the summary, the TN count.
//! Everything it adds is recorded, so that clearing and `detach` leave the page as it was.
//! Text always goes in with `textContent`.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::controls::Control;
use super::names::{
    having, COUNT, COUNT_CLASS, CREATED, MESSAGE_CLASS, MESSAGE_ID_PREFIX, SEVERITY, SUMMARY_LIST_CLASS, TARGET,
};
use portin_validator::issue::{Issue, Severity, TnSummary, NO_PROBLEMS};
use portin_validator::msg;

/// A control that carries an issue mark, and the message element that describes it.
struct Marked {
    control: Control,
    message: Element,
    /// The message element was created here (and is removed when cleared).
    created: bool,
    /// Its id was added to the control's `aria-describedby` here.
    linked: bool,
}

#[derive(Default)]
pub struct Marks {
    marked: Vec<Marked>,
    /// Elements created here outside the marks: the TN count, summary content.
    count: Option<(Element, bool)>,
}

/// An id made from a control name: letters and digits kept, the rest as `-`.
pub fn id_for(prefix: &str, name: &str) -> String {
    let mut id = String::from(prefix);
    id.extend(name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }));
    id
}

fn token_list_with(list: Option<String>, token: &str) -> String {
    let mut out = list.unwrap_or_default();
    if !out.split_ascii_whitespace().any(|t| t == token) {
        if !out.trim().is_empty() {
            out.push(' ');
        }
        out.push_str(token);
    }
    out
}

pub fn token_list_without(list: &str, token: &str) -> String {
    list.split_ascii_whitespace().filter(|t| *t != token).collect::<Vec<_>>().join(" ")
}

impl Marks {
    /// Marks each control in `per_control` with its issues, and clears every control marked
    /// before that has none now.
    pub fn apply(&mut self, doc: &Document, per_control: &[(Control, Vec<&Issue>)]) {
        let previous = std::mem::take(&mut self.marked);
        let mut kept = Vec::new();
        for old in previous {
            if per_control.iter().any(|(c, _)| c.same(&old.control)) {
                kept.push(old);
            } else {
                clear(old);
            }
        }
        for (control, issues) in per_control {
            let mark = match kept.iter().position(|m| m.control.same(control)) {
                Some(i) => kept.swap_remove(i),
                None => match new_mark(doc, control) {
                    Some(m) => m,
                    None => continue,
                },
            };
            show(&mark, issues);
            self.marked.push(mark);
        }
        for old in kept {
            clear(old);
        }
    }

    /// The live TN count next to the list control (an author's `[data-pv-count]` element, or
    /// one created after the control).
    pub fn show_count(&mut self, doc: &Document, form: &Element, list: Option<&Control>, tns: &TnSummary) {
        if self.count.is_none() {
            self.count = match form.query_selector(&having(COUNT)).ok().flatten() {
                Some(el) => Some((el, false)),
                None => list.and_then(|control| {
                    let el = doc.create_element("p").ok()?;
                    let _ = el.set_attribute(COUNT, "");
                    let _ = el.set_attribute(CREATED, "");
                    let _ = el.set_attribute("class", COUNT_CLASS);
                    let _ = el.set_attribute("role", "status");
                    let _ = el.set_attribute("aria-live", "polite");
                    control.element().after_with_node_1(&el).ok()?;
                    Some((el, true))
                }),
            };
        }
        if let Some((el, _)) = &self.count {
            el.set_text_content(Some(&tns.describe()));
        }
    }

    /// Undoes everything: marks, the count.
    pub fn clear_all(&mut self) {
        for m in std::mem::take(&mut self.marked) {
            clear(m);
        }
        if let Some((el, created)) = self.count.take() {
            if created {
                el.remove();
            } else {
                el.set_text_content(None);
            }
        }
    }
}

fn new_mark(doc: &Document, control: &Control) -> Option<Marked> {
    let el = control.element();
    let id = id_for(MESSAGE_ID_PREFIX, &control.name());
    let (message, created) = match doc.get_element_by_id(&id) {
        Some(existing) => (existing, false),
        None => {
            let p = doc.create_element("p").ok()?;
            p.set_id(&id);
            let _ = p.set_attribute("class", MESSAGE_CLASS);
            let _ = p.set_attribute(CREATED, "");
            el.after_with_node_1(&p).ok()?;
            (p, true)
        }
    };
    let before = el.get_attribute("aria-describedby");
    let linked = !before.as_deref().unwrap_or("").split_ascii_whitespace().any(|t| t == id);
    if linked {
        let _ = el.set_attribute("aria-describedby", &token_list_with(before, &id));
    }
    Some(Marked { control: control.clone(), message, created, linked })
}

fn show(mark: &Marked, issues: &[&Issue]) {
    let el = mark.control.element();
    let first_error = issues.iter().find(|i| i.is_error());
    match first_error {
        Some(_) => {
            let _ = el.set_attribute("aria-invalid", "true");
        }
        None => {
            let _ = el.remove_attribute("aria-invalid");
        }
    }
    mark.control.set_custom_validity(first_error.map_or("", |i| i.message.as_str()));
    let worst = issues.iter().map(|i| i.severity).min_by_key(|s| *s as u8).unwrap_or(Severity::Info);
    let _ = mark.message.set_attribute(SEVERITY, worst.as_str());
    let mut text = String::new();
    for (n, issue) in issues.iter().enumerate() {
        if n > 0 {
            text.push(' ');
        }
        text.push_str(issue.severity.prefix());
        text.push_str(&issue.message);
    }
    mark.message.set_text_content(Some(&text));
}

fn clear(mark: Marked) {
    let el = mark.control.element();
    let _ = el.remove_attribute("aria-invalid");
    mark.control.set_custom_validity("");
    if mark.linked {
        let id = mark.message.id();
        let rest = token_list_without(&el.get_attribute("aria-describedby").unwrap_or_default(), &id);
        let _ = if rest.is_empty() {
            el.remove_attribute("aria-describedby")
        } else {
            el.set_attribute("aria-describedby", &rest)
        };
    }
    if mark.created {
        mark.message.remove();
    } else {
        mark.message.set_text_content(None);
        let _ = mark.message.remove_attribute(SEVERITY);
    }
}

/// Fills the summary element with every issue; issues of a control link to it. Left alone when
/// nothing changed, so a person reading or tabbing through the summary keeps their place; when it
/// does change, focus stays on the link to the same control, if there still is one.
pub fn fill_summary(doc: &Document, summary: &Element, items: &[(Option<Control>, &Issue)], last: &mut String) {
    let mut signature = String::new();
    for (control, issue) in items {
        signature.push_str(control.as_ref().map(|c| c.name()).as_deref().unwrap_or(""));
        signature.push('\u{1f}');
        signature.push_str(&issue.message);
        signature.push('\u{1e}');
    }
    if *last == signature {
        return;
    }
    let focused = doc.active_element().filter(|a| summary.contains(Some(a))).and_then(|a| a.get_attribute(TARGET));
    let Ok(list) = doc.create_element(if items.is_empty() { "p" } else { "ul" }) else { return };
    let _ = list.set_attribute("class", SUMMARY_LIST_CLASS);
    let _ = list.set_attribute(CREATED, "");
    if items.is_empty() {
        list.set_text_content(Some(NO_PROBLEMS));
    }
    for (control, issue) in items {
        let Ok(li) = doc.create_element("li") else { continue };
        let _ = li.set_attribute("data-severity", issue.severity.as_str());
        let text = msg![issue.severity.prefix(), issue.message.as_str()];
        let target = control.as_ref().and_then(|c| {
            let a = doc.create_element("a").ok()?;
            let id = c.element().id();
            let _ = a.set_attribute("href", &msg!['#', id.as_str()]);
            let _ = a.set_attribute(TARGET, &c.name());
            Some(a)
        });
        match target {
            Some(a) => {
                a.set_text_content(Some(&text));
                let _ = li.append_child(&a);
            }
            None => li.set_text_content(Some(&text)),
        }
        let _ = list.append_child(&li);
    }
    summary.set_text_content(None);
    let _ = summary.append_child(&list);
    *last = signature;
    if let Some(name) = focused {
        let same = list.query_selector_all(&having(TARGET)).ok().and_then(|links| {
            (0..links.length())
                .filter_map(|i| links.item(i))
                .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                .find(|a| a.get_attribute(TARGET).as_deref() == Some(name.as_str()))
        });
        if let Some(a) = same {
            let _ = a.focus();
        }
    }
}

/// The control a summary link points at, from a click anywhere inside the link.
pub fn link_target(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el: Element = target?.dyn_into().ok()?;
    el.closest(&having(TARGET)).ok()??.get_attribute(TARGET)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_token_lists() {
        assert_eq!(id_for("pv-msg-", "subscriber.serviceAddress.zip"), "pv-msg-subscriber-serviceAddress-zip");
        assert_eq!(token_list_with(None, "a"), "a");
        assert_eq!(token_list_with(Some("hint".into()), "a"), "hint a");
        assert_eq!(token_list_with(Some("hint a".into()), "a"), "hint a");
        assert_eq!(token_list_without("hint a b", "a"), "hint b");
        assert_eq!(token_list_without("a", "a"), "");
    }
}
