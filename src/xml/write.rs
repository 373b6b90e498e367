//! The writer: request bodies as the provider's examples lay them out (declaration, one element
//! a line, tab indents).

use super::is_xml_char;

/// Builds a document element by element. It keeps the open elements itself, so [`close`]
/// takes no name and the output is well-formed whatever the calls; names are `&'static str`
/// because they are the schema's element names, never input (they are written unescaped).
///
/// [`close`]: Writer::close
#[derive(Clone, Debug)]
pub struct Writer {
    out: String,
    open: Vec<&'static str>,
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}

impl Writer {
    pub fn new() -> Self {
        Writer { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), open: Vec::new() }
    }

    /// Starts an element that will hold others.
    pub fn open(&mut self, name: &'static str) {
        self.indent();
        self.tag("<", name);
        self.open.push(name);
    }

    /// Ends the element opened last (nothing when none is open).
    pub fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            self.indent();
            self.tag("</", name);
        }
    }

    /// An element holding only `text`, escaped so that any text reads back as written (see
    /// [`escape`]).
    pub fn leaf(&mut self, name: &'static str, text: &str) {
        self.indent();
        self.tag("<", name);
        escape(text, &mut self.out);
        self.tag("</", name);
    }

    /// The document, every element still open closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out.push('\n');
        self.out
    }

    fn indent(&mut self) {
        self.out.push('\n');
        for _ in &self.open {
            self.out.push('\t');
        }
    }

    fn tag(&mut self, start: &str, name: &str) {
        self.out.push_str(start);
        self.out.push_str(name);
        self.out.push('>');
    }
}

/// Appends `text` as element content. `&` `<` `>` are escaped (`>` so that `]]>` is harmless),
/// quotes too (the provider's examples are read by many parsers), and a carriage return as
/// `&#13;`, which a reader would otherwise turn into a line feed. A character XML cannot carry
/// at all (most C0 controls, U+FFFE, U+FFFF) becomes U+FFFD: the caller checks fields with
/// [`is_xml_char`] when it must say so.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
}
