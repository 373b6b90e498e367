//! [`Source`] for a parsed document, so that XML is read by the same reader as objects (the
//! same names, paths and issues): an element with children is an object keyed by their local
//! names, a repeated child is a list, a leaf is its text, and an empty leaf is `null`.

use super::Element;
use crate::input::{Shape, Source, Unreadable};

/// A place in a document: nothing, one element, or the children of one name that repeat.
#[derive(Clone, Debug)]
pub enum Node<'a> {
    Missing,
    One(&'a Element),
    Many(Vec<&'a Element>),
}

impl<'a> Node<'a> {
    pub fn new(root: &'a Element) -> Self {
        Node::One(root)
    }
}

impl Source for Node<'_> {
    fn shape(&self) -> Shape {
        match self {
            Node::Missing => Shape::Missing,
            Node::One(e) if !e.children.is_empty() => Shape::Object,
            // `<Zip/>`, `<Zip> </Zip>`: no value, as an absent element.
            Node::One(e) if e.text.trim().is_empty() => Shape::Null,
            Node::One(_) => Shape::Text,
            Node::Many(_) => Shape::List,
        }
    }

    fn get(&self, key: &str) -> Result<Self, Unreadable> {
        let Node::One(e) = self else { return Ok(Node::Missing) };
        let mut found: Vec<&Element> = e.children.iter().filter(|c| c.name == key).collect();
        Ok(match found.len() {
            0 => Node::Missing,
            1 => found.pop().map_or(Node::Missing, Node::One),
            _ => Node::Many(found),
        })
    }

    fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable> {
        let Node::One(e) = self else { return Ok(Vec::new()) };
        // Distinct names in document order; a repeated child (`<PhoneNumber>`) is one key. Seen
        // names are found through a small open-addressed table of indexes into `keys` (at most
        // `max + 1` of them, so it is never full): linear in the children, and 1.8 KB gzip
        // less code in the `.wasm` than a `BTreeMap`.
        let slots = e.children.len().min(max as usize + 1).next_power_of_two() * 2;
        let mut table = vec![usize::MAX; slots];
        let mut keys: Vec<String> = Vec::new();
        for c in &e.children {
            let hash = c.name.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
            let mut at = hash as usize & (slots - 1);
            while let Some(&k) = table.get(at) {
                match keys.get(k) {
                    Some(key) if *key == c.name => break,
                    Some(_) => at = (at + 1) & (slots - 1),
                    None => {
                        if keys.len() >= max as usize {
                            return Err(Unreadable::TooMany(max));
                        }
                        if let Some(slot) = table.get_mut(at) {
                            *slot = keys.len();
                        }
                        keys.push(c.name.clone());
                        break;
                    }
                }
            }
        }
        Ok(keys)
    }

    fn items(&self, max: u32) -> Result<Vec<Self>, Unreadable> {
        match self {
            Node::Many(all) if all.len() > max as usize => Err(Unreadable::TooMany(max)),
            Node::Many(all) => Ok(all.iter().map(|e| Node::One(e)).collect()),
            _ => Ok(Vec::new()),
        }
    }

    fn text(&self, max: u32) -> Result<String, Unreadable> {
        match self {
            Node::One(e) if e.text.encode_utf16().count() > max as usize => Err(Unreadable::TooLong(max)),
            Node::One(e) => Ok(e.text.clone()),
            _ => Ok(String::new()),
        }
    }

    fn number(&self) -> Option<f64> {
        None
    }

    fn boolean(&self) -> Option<bool> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(names: &[String]) -> Element {
        let children = names.iter().map(|n| Element { name: n.clone(), ..Element::default() }).collect();
        Element { name: "root".into(), children, ..Element::default() }
    }

    /// Keys are the distinct child names in document order, however they repeat, and more
    /// than `max` distinct names are refused.
    #[test]
    fn keys_are_distinct_names_in_order() {
        let many = |n: usize| (0..n).map(|i| format!("E{i}")).collect::<Vec<_>>();
        let twice = |n: usize| many(n).into_iter().chain(many(n).into_iter().rev()).collect::<Vec<_>>();
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        for (children, max, want) in [
            (names(&[]), 5, Ok(names(&[]))),
            (names(&["A", "B", "A", "C", "B", "A"]), 5, Ok(names(&["A", "B", "C"]))),
            (names(&["A", "A", "A"]), 1, Ok(names(&["A"]))),
            (names(&["A", "B", "A"]), 1, Err(Unreadable::TooMany(1))),
            (twice(1000), 1000, Ok(many(1000))),
            (many(1001), 1000, Err(Unreadable::TooMany(1000))),
        ] {
            let root = element(&children);
            assert_eq!(Node::new(&root).keys(max), want, "{children:?}");
        }
    }
}
