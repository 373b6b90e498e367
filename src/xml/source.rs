//! [`Source`] for a parsed document, so that XML is read by the same reader as objects (the
//! same names, paths and issues): an element with children is an object keyed by their local
//! names, a repeated child is a list, a leaf is its text, and an empty leaf is `null`.

use std::collections::BTreeMap;

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
        // Distinct names in document order; a repeated child (`<PhoneNumber>`) is one key.
        let mut seen = BTreeMap::new();
        let mut keys = Vec::new();
        for c in &e.children {
            if seen.insert(c.name.as_str(), ()).is_none() {
                if keys.len() >= max as usize {
                    return Err(Unreadable::TooMany(max));
                }
                keys.push(c.name.clone());
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
