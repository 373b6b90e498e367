//! What the form helper does to the page, and how it undoes it: issue marks on controls
//! (`aria-invalid`, custom validity, a described-by message), the summary, the TN count.
//! Everything it adds is recorded, so that clearing and `detach` leave the page as it was.
//! Text always goes in with `textContent`.

use web_sys::{Document, Element};

use super::controls::Control;
use super::names::{having, COUNT, COUNT_CLASS, CREATED, MESSAGE_CLASS, MESSAGE_ID_PREFIX, SEVERITY, TARGET};
use portin_validator::internal::issue::Severity;

/// A control that carries an issue mark, and the message element created for it (removed when
/// cleared).
struct Marked {
    control: Control,
    message: Element,
    /// The message element's id, which the control's `aria-describedby` names.
    id: String,
    /// What it shows now, to leave the page alone when that does not change.
    shown: String,
}

/// One line of a control's message: an issue, or a group of the list's issues in a sentence.
pub struct Line<'a> {
    pub severity: Severity,
    pub text: &'a str,
}

#[derive(Default)]
pub struct Marks {
    marked: Vec<Marked>,
    /// The TN count.
    count: Note,
    /// The start of this form's message ids: `pv-msg-2-`.
    id_prefix: String,
}

/// A line of text the helper shows in the form (the TN count, why controls are locked): in an
/// element created here, inside the author's `[attr]` element or else a `role="status"`
/// paragraph of its own, removed again when cleared. The author's element keeps its own
/// children: a framework that renders into it finds them where it left them.
#[derive(Default)]
pub struct Note {
    el: Option<Element>,
    /// What it shows now, to leave the page alone when that does not change.
    shown: String,
}

/// Where a created note goes: after an element, first in the form, or nowhere (only an
/// author's element is used).
pub enum Place<'a> {
    After(&'a Element),
    First,
    Nowhere,
}

impl Note {
    /// Shows `text` in the note, creating its element first.
    pub fn show(&mut self, doc: &Document, form: &Element, attr: &str, class: &str, place: Place, text: &str) {
        if self.el.is_none() {
            self.el = (|| {
                let author = form.query_selector(&having(attr)).ok().flatten();
                let el = doc.create_element(if author.is_some() { "span" } else { "p" }).ok()?;
                let _ = el.set_attribute(CREATED, "");
                if let Some(author) = author {
                    author.append_child(&el).ok()?;
                    return Some(el);
                }
                for (name, value) in [(attr, ""), ("class", class), ("role", "status"), ("aria-live", "polite")] {
                    let _ = el.set_attribute(name, value);
                }
                match place {
                    Place::After(at) => at.after_with_node_1(&el).ok()?,
                    Place::First => form.prepend_with_node_1(&el).ok()?,
                    Place::Nowhere => return None,
                }
                Some(el)
            })();
        }
        if let Some(el) = &self.el {
            if self.shown != text {
                el.set_text_content(Some(text));
                self.shown = String::from(text);
            }
        }
    }

    /// Removes the note's element.
    pub fn clear(&mut self) {
        self.shown.clear();
        if let Some(el) = self.el.take() {
            el.remove();
        }
    }
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
    let mut out = String::new();
    for t in list.split_ascii_whitespace().filter(|t| *t != token) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

impl Marks {
    /// The marks of the form attached `number`-th on the page.
    pub fn new(number: u32) -> Marks {
        Marks { id_prefix: msg![MESSAGE_ID_PREFIX, number, "-"], ..Marks::default() }
    }

    /// Marks each control in `per_control` with its issues, and clears every control marked
    /// before that has none now.
    pub fn apply(&mut self, doc: &Document, per_control: &[(Control, Vec<Line>)]) {
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
            let mut mark = match kept.iter().position(|m| m.control.same(control)) {
                Some(i) => kept.swap_remove(i),
                None => match new_mark(doc, control, &self.id_prefix) {
                    Some(m) => m,
                    None => continue,
                },
            };
            link(&mark);
            show(&mut mark, issues);
            self.marked.push(mark);
        }
        for old in kept {
            clear(old);
        }
    }

    /// The live TN count next to the list control (an author's `[data-pv-count]` element, or
    /// one created after the control).
    pub fn show_count(&mut self, doc: &Document, form: &Element, list: Option<&Control>, text: &str) {
        let place = list.map_or(Place::Nowhere, |c| Place::After(c.element()));
        self.count.show(doc, form, COUNT, COUNT_CLASS, place, text);
    }

    /// Undoes everything: marks, the count.
    pub fn clear_all(&mut self) {
        for m in std::mem::take(&mut self.marked) {
            clear(m);
        }
        self.count.clear();
    }
}

fn new_mark(doc: &Document, control: &Control, id_prefix: &str) -> Option<Marked> {
    let id = id_for(id_prefix, &control.name());
    let message = doc.create_element("p").ok()?;
    message.set_id(&id);
    let _ = message.set_attribute("class", MESSAGE_CLASS);
    let _ = message.set_attribute(CREATED, "");
    // After the control, or after the label that wraps it (a checkbox's): never inside a label.
    let el = control.element();
    el.closest("label").ok().flatten().unwrap_or_else(|| el.clone().into()).after_with_node_1(&message).ok()?;
    Some(Marked { control: control.clone(), message, id, shown: String::from("\u{0}") })
}

/// Adds the message's id to the control's `aria-describedby`, after the ids already there, when
/// it is missing: checked at every validation, so that a framework that renders its own
/// `aria-describedby` (and so overwrites the attribute) gets the link back.
fn link(mark: &Marked) {
    let el = mark.control.element();
    let before = el.get_attribute("aria-describedby");
    if !before.as_deref().unwrap_or("").split_ascii_whitespace().any(|t| t == mark.id) {
        let _ = el.set_attribute("aria-describedby", &token_list_with(before, &mark.id));
    }
}

/// Shows a control's lines: `aria-invalid` and the custom validity from the first error, the
/// worst severity, every line in its message element. Nothing is written when nothing changed.
fn show(mark: &mut Marked, lines: &[Line]) {
    let mut text = String::new();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            text.push(' ');
        }
        text.push_str(line.severity.prefix());
        text.push_str(line.text);
    }
    if mark.shown == text {
        return;
    }
    let el = mark.control.element();
    let first_error = lines.iter().find(|l| l.severity == Severity::Error);
    let _ = match first_error {
        Some(_) => el.set_attribute("aria-invalid", "true"),
        None => el.remove_attribute("aria-invalid"),
    };
    mark.control.set_custom_validity(first_error.map_or("", |l| l.text));
    let worst = lines.iter().map(|l| l.severity).min_by_key(|s| *s as u8).unwrap_or(Severity::Info);
    let _ = mark.message.set_attribute(SEVERITY, worst.as_str());
    mark.message.set_text_content(Some(&text));
    mark.shown = text;
}

fn clear(mark: Marked) {
    let el = mark.control.element();
    let _ = el.remove_attribute("aria-invalid");
    mark.control.set_custom_validity("");
    if let Some(list) = el.get_attribute("aria-describedby") {
        let rest = token_list_without(&list, &mark.id);
        let _ = if rest.is_empty() {
            el.remove_attribute("aria-describedby")
        } else {
            el.set_attribute("aria-describedby", &rest)
        };
    }
    mark.message.remove();
}

/// The control a summary link points at, from a click anywhere inside the link.
pub fn link_target(target: &Element) -> Option<String> {
    target.closest(&having(TARGET)).ok()??.get_attribute(TARGET)
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
