//! [`Source`] for `serde_json::Value` (feature `serde`): a Rust service validates the body it
//! parsed without converting it first. Borrowed, so reading a field never copies a subtree.

use crate::input::{Shape, Source, Unreadable};

/// A place in a parsed JSON document; `Json(None)` is a missing property.
#[derive(Clone, Copy, Debug)]
pub struct Json<'a>(pub Option<&'a serde_json::Value>);

impl<'a> Json<'a> {
    pub fn new(value: &'a serde_json::Value) -> Self {
        Json(Some(value))
    }
}

impl Source for Json<'_> {
    fn shape(&self) -> Shape {
        use serde_json::Value as J;
        match self.0 {
            None => Shape::Missing,
            Some(J::Null) => Shape::Null,
            Some(J::Bool(_)) => Shape::Bool,
            Some(J::Number(_)) => Shape::Number,
            Some(J::String(_)) => Shape::Text,
            Some(J::Array(_)) => Shape::List,
            Some(J::Object(_)) => Shape::Object,
        }
    }

    fn get(&self, key: &str) -> Result<Self, Unreadable> {
        Ok(Json(self.0.and_then(|v| v.as_object()).and_then(|o| o.get(key))))
    }

    fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable> {
        match self.0.and_then(|v| v.as_object()) {
            Some(o) if o.len() > max as usize => Err(Unreadable::TooMany(max)),
            Some(o) => Ok(o.keys().cloned().collect()),
            None => Ok(Vec::new()),
        }
    }

    fn items(&self, max: u32) -> Result<Vec<Self>, Unreadable> {
        match self.0.and_then(|v| v.as_array()) {
            Some(items) if items.len() > max as usize => Err(Unreadable::TooMany(max)),
            Some(items) => Ok(items.iter().map(Json::new).collect()),
            None => Ok(Vec::new()),
        }
    }

    fn text(&self, max: u32) -> Result<String, Unreadable> {
        match self.0.and_then(|v| v.as_str()) {
            Some(s) if s.encode_utf16().count() > max as usize => Err(Unreadable::TooLong(max)),
            Some(s) => Ok(s.to_owned()),
            None => Ok(String::new()),
        }
    }

    fn number(&self) -> Option<f64> {
        self.0.and_then(|v| v.as_f64())
    }

    fn boolean(&self) -> Option<bool> {
        self.0.and_then(|v| v.as_bool())
    }
}
