//! The `[data-pv-summary]` element: one entry per group of issues (one code on one field, in the
//! core's words, see `portin_validator::summary`), each expandable in place to every issue it
//! stands for. Entries are kept between validations and only those that changed are built again,
//! so a keystroke elsewhere leaves a long list's entries alone. Everything goes into one list
//! element created here inside the author's element: the author's own children (a heading, what a
//! framework renders there) are never touched, and a summary outside the forms can serve several.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::controls::Control;
use super::names::{all, having, CREATED, EXPAND, SUMMARY_LIST_CLASS, TARGET};
use portin_validator::internal::issue::{Issue, Severity, NO_PROBLEMS};
use portin_validator::internal::live::summary::{Said, SHOW_ALL, SHOW_FEWER};

/// One summary entry: a group as the core says it, the issues its members index, where it
/// points, and a version that changes when the members change without the sentence changing (the
/// list was parsed again).
pub struct Entry<'a> {
    pub said: &'a Said,
    pub issues: &'a [Issue],
    pub control: Option<Control>,
    pub version: u32,
}

/// What the summary shows now: the list element created for it, each entry's signature and
/// element.
#[derive(Default)]
pub struct View {
    list: Option<Element>,
    shown: Vec<(String, Element)>,
}

impl View {
    /// Removes the list created here.
    pub fn clear(&mut self) {
        self.shown.clear();
        if let Some(list) = self.list.take() {
            list.remove();
        }
    }

    /// Is `el` inside the list created here (a click on one of its links or buttons)?
    pub fn holds(&self, el: &Element) -> bool {
        self.list.as_ref().is_some_and(|list| list.contains(Some(el)))
    }
}

fn signature(e: &Entry, expanded: bool) -> String {
    let name = e.control.as_ref().map(Control::name).unwrap_or_default();
    let open = if expanded { msg!["+", e.version] } else { String::new() };
    msg![
        e.said.key.as_str(),
        "\u{1f}",
        name.as_str(),
        "\u{1f}",
        e.said.severity.as_str(),
        "\u{1f}",
        e.said.text.as_str(),
        open.as_str()
    ]
}

/// A link to `control` with `text`, or the text alone.
fn item(doc: &Document, control: Option<&Control>, severity: Severity, text: &str) -> Option<Element> {
    let li = doc.create_element("li").ok()?;
    let _ = li.set_attribute("data-severity", severity.as_str());
    let text = msg![severity.prefix(), text];
    let link = control.and_then(|c| {
        let a = doc.create_element("a").ok()?;
        let _ = a.set_attribute("href", &msg!['#', c.element().id().as_str()]);
        let _ = a.set_attribute(TARGET, &c.name());
        Some(a)
    });
    match link {
        Some(a) => {
            a.set_text_content(Some(&text));
            let _ = li.append_child(&a);
        }
        None => li.set_text_content(Some(&text)),
    }
    Some(li)
}

fn build(doc: &Document, e: &Entry, expanded: bool) -> Option<Element> {
    let said = e.said;
    let li = item(doc, e.control.as_ref(), said.severity, &said.text)?;
    if said.members.len() < 2 {
        return Some(li);
    }
    let button = doc.create_element("button").ok()?;
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute(EXPAND, &said.key);
    let _ = button.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
    button.set_text_content(Some(if expanded { SHOW_FEWER } else { SHOW_ALL }));
    let _ = li.append_with_str_1(" ");
    let _ = li.append_child(&button);
    if expanded {
        let ul = doc.create_element("ul").ok()?;
        for &i in &said.members {
            let Some(issue) = e.issues.get(i as usize) else { continue };
            if let Some(child) = item(doc, e.control.as_ref(), issue.severity, &issue.message) {
                let _ = ul.append_child(&child);
            }
        }
        let _ = li.append_child(&ul);
    }
    Some(li)
}

/// Shows `entries` in `summary`, building only the entries whose signature changed; focus stays
/// on the link or button it was on when that one's entry is rebuilt.
pub fn fill(doc: &Document, summary: &Element, entries: &[Entry], expanded: &[String], view: &mut View) {
    let signatures: Vec<String> = entries.iter().map(|e| signature(e, expanded.contains(&e.said.key))).collect();
    let same = view.list.is_some()
        && signatures.len() == view.shown.len()
        && signatures.iter().zip(&view.shown).all(|(s, (old, _))| s == old);
    if same {
        return;
    }
    let focused = doc.active_element().filter(|a| summary.contains(Some(a)));
    let focus_key = focused.as_ref().and_then(|a| a.get_attribute(EXPAND).or_else(|| a.get_attribute(TARGET)));
    let tag = if entries.is_empty() { "p" } else { "ul" };
    let list = match view.list.take() {
        Some(l) if l.tag_name().eq_ignore_ascii_case(tag) => l,
        old => {
            let Ok(l) = doc.create_element(tag) else { return };
            let _ = l.set_attribute("class", SUMMARY_LIST_CLASS);
            let _ = l.set_attribute(CREATED, "");
            if let Some(old) = old {
                old.remove();
            }
            let _ = summary.append_child(&l);
            view.shown.clear();
            l
        }
    };
    if entries.is_empty() {
        list.set_text_content(Some(NO_PROBLEMS));
    }
    let mut old = std::mem::take(&mut view.shown);
    let mut now = Vec::with_capacity(entries.len());
    for (e, sig) in entries.iter().zip(signatures) {
        let el = match old.iter().position(|(s, _)| *s == sig) {
            Some(i) => old.swap_remove(i).1,
            None => match build(doc, e, expanded.contains(&e.said.key)) {
                Some(el) => el,
                None => continue,
            },
        };
        now.push((sig, el));
    }
    for (_, el) in old {
        el.remove();
    }
    // In order: an element already in its place is left there (moving it would lose focus).
    for (n, (_, el)) in now.iter().enumerate() {
        let at = list.children().item(n as u32);
        if at.as_ref() != Some(el) {
            let _ = list.insert_before(el, at.as_ref().map(|a| a.unchecked_ref()));
        }
    }
    view.shown = now;
    view.list = Some(list.clone());
    if let (Some(key), Some(was)) = (focus_key, focused) {
        if !summary.contains(Some(&was)) {
            refocus(&list, &key);
        }
    }
}

/// Focuses the link to `key`'s control or the expand button of group `key`.
fn refocus(list: &Element, key: &str) {
    for attr in [EXPAND, TARGET] {
        for el in all(list, &having(attr)) {
            if el.get_attribute(attr).as_deref() == Some(key) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                    return;
                }
            }
        }
    }
}

/// The group an expand button toggles, from a click anywhere inside it.
pub fn expand_target(target: &Element) -> Option<String> {
    target.closest(&having(EXPAND)).ok()??.get_attribute(EXPAND)
}
