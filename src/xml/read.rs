//! The reader: one pass over the bytes with an explicit stack of open elements, so the cost is
//! linear in the input and nesting never touches the call stack.

use super::{
    is_xml_char, Element, Expected, XmlError, MAX_ATTRIBUTES, MAX_BYTES, MAX_DEPTH, MAX_ELEMENTS, MAX_NAMESPACES,
};
use crate::input::{bounded_name, code_point};
use crate::text::msg;
use crate::text::quote;

/// Reads a whole document into its root element, or says where and why it is not XML this
/// reader accepts.
///
/// Accepted: an optional BOM and `<?xml ...?>` declaration (white space may come before it, as a
/// paste adds), comments and processing instructions (skipped), namespaces (prefixes checked
/// against the `xmlns:prefix` declarations in force, then stripped; attributes dropped), CDATA,
/// the five predefined entities and character references. Refused, as a strict parser refuses
/// them: any DOCTYPE (hence no entity can be defined or expanded), undefined entities, `]]>` in
/// text, `--` in a comment, a declaration after other markup, an attribute given twice, an
/// undeclared prefix; and input past the [limits](super::MAX_BYTES).
pub fn parse(text: &str) -> Result<Element, XmlError> {
    if text.len() > MAX_BYTES {
        return Err(XmlError {
            line: 1,
            column: 1,
            expected: Expected::SmallerInput,
            element: String::new(),
            found: msg![text.len(), " bytes"],
        });
    }
    // The BOM is not part of the first line's columns, as no editor shows it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Reader { text, src: text.as_bytes(), pos: 0, line: 1, counted: 0 }.document()
}

struct Reader<'a> {
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    /// Line of byte `counted`: element lines are counted incrementally, positions only grow.
    line: u32,
    counted: usize,
}

/// An open element and where its qualified name is in the input, which its end tag must repeat.
struct Open {
    el: Element,
    name: (usize, usize),
}

/// The entities XML predefines: the only ones there are, since a DTD is refused.
const ENTITIES: [(&str, char); 5] = [("&lt;", '<'), ("&gt;", '>'), ("&amp;", '&'), ("&quot;", '"'), ("&apos;", '\'')];

/// XML white space.
#[inline(always)]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// A byte that may start a name: ASCII letters, `_`, `:`, or any non-ASCII character (a lenient
/// reading of XML's `NameStartChar`; the schema's names are ASCII).
#[inline]
fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
}

#[inline(always)]
fn is_name(b: u8) -> bool {
    is_name_start(b) || b.is_ascii_digit() || b == b'-' || b == b'.'
}

impl<'a> Reader<'a> {
    fn document(mut self) -> Result<Element, XmlError> {
        // Open elements, above the document itself: the root is the document's one child, so
        // closing any element is the same step.
        let mut stack = vec![Open { el: Element::default(), name: (0, 0) }];
        // The root's qualified name once it is closed.
        let mut done: Option<(usize, usize)> = None;
        let mut count = 0usize;
        // Namespace declarations in force: the depth of the element declaring each, and its prefix.
        let mut namespaces: Vec<(usize, (usize, usize))> = Vec::new();
        let mut attributes = Vec::new();
        // Anything but white space read yet: the declaration must come first.
        let mut begun = false;
        while let Some(b) = self.peek() {
            let depth = stack.len() - 1;
            let Some(top) = stack.last_mut() else { break };
            let start = self.pos;
            // The second byte decides; a start tag (by far the most common) costs one look.
            let second = self.src.get(start + 1).copied();
            if b != b'<' {
                if depth == 0 {
                    self.outside(done)?;
                } else {
                    let from = self.pos;
                    self.chars(&mut top.el.text, self.src.len(), *b"<&<")?;
                    // `]]>` is CDATA's end, never text (as written: `]]&gt;` is fine).
                    if let Some(at) = self.bytes((from, self.pos)).windows(3).position(|w| w == b"]]>") {
                        return Err(self.error(from + at, Expected::TextWithoutCdataEnd, "", &["\u{201c}]]>\u{201d}"]));
                    }
                }
            } else if second == Some(b'!') && self.starts("<!--") {
                let end = self.find(start + 4, "-->").ok_or_else(|| self.eof(Expected::CommentEnd, "", start))?;
                // The first "--" is the one of "-->" unless the comment holds one (or ends "--->").
                if let Some(at) = self.find(start + 4, "--").filter(|&at| at < end) {
                    return Err(self.error(at, Expected::CommentText, "", &["\u{201c}--\u{201d}"]));
                }
                self.pos = end + 3;
            } else if second == Some(b'!') && self.starts("<![CDATA[") {
                if depth == 0 {
                    return Err(self.misplaced(done, start, &["<![CDATA["]));
                }
                let end = self.find(start + 9, "]]>").ok_or_else(|| self.eof(Expected::CdataEnd, "", start))?;
                self.pos = start + 9;
                self.chars(&mut top.el.text, end, *b"\r\r\r")?;
                self.pos = end + 3;
            } else if second == Some(b'!') && self.starts("<!DOCTYPE") {
                return Err(self.error(start, Expected::NoDoctype, "", &["<!DOCTYPE"]));
            } else if second == Some(b'!') {
                self.pos += 2;
                return Err(self.fail(Expected::Markup));
            } else if second == Some(b'?') {
                let end = self.find(start + 2, "?>").ok_or_else(|| self.eof(Expected::PiEnd, "", start))?;
                let target =
                    self.src.get(start + 2..).map_or(0, |rest| rest.iter().take_while(|&&b| is_name(b)).count());
                let target = self.bytes((start + 2, start + 2 + target));
                if target.eq_ignore_ascii_case(b"xml") && (begun || target != b"xml") {
                    return Err(self.error(
                        start,
                        Expected::Declaration,
                        "",
                        &["<?", self.slice((start + 2, start + 5))],
                    ));
                }
                self.pos = end + 2;
            } else if second == Some(b'/') {
                self.pos += 2;
                let name = self.name()?;
                self.skip_space();
                if self.peek() != Some(b'>') {
                    return Err(self.fail(Expected::EndTagEnd));
                }
                self.pos += 1;
                let found = ["</", self.slice(name), ">"];
                if depth == 0 {
                    return Err(self.misplaced(done, start, &found));
                }
                if self.bytes(top.name) != self.bytes(name) {
                    return Err(self.error(start, Expected::EndTag, self.slice(top.name), &found));
                }
                close(&mut stack, &mut done);
                while namespaces.last().is_some_and(|&(d, _)| d > stack.len()) {
                    namespaces.pop();
                }
            } else {
                self.pos += 1;
                let name = self.name()?;
                let qname = self.slice(name);
                if depth == 0 && done.is_some() {
                    return Err(self.misplaced(done, start, &["<", qname, ">"]));
                }
                count += 1;
                if depth >= MAX_DEPTH || count > MAX_ELEMENTS {
                    let (expected, what, n) = if count > MAX_ELEMENTS {
                        (Expected::FewerElements, ">, element ", count)
                    } else {
                        (Expected::ShallowerNesting, "> at depth ", depth + 1)
                    };
                    return Err(self.error(start, expected, qname, &["<", qname, what, &msg![n]]));
                }
                let colon = self.bytes(name).iter().rposition(|&b| b == b':').map_or(name.0, |i| name.0 + i + 1);
                let local = self.slice((colon, name.1));
                if local.is_empty() {
                    return Err(self.fail(Expected::Name));
                }
                let el = Element { name: bounded_name(local).into(), line: self.line_at(start), ..Element::default() };
                stack.push(Open { el, name });
                attributes.clear();
                let closed = self.attributes(&mut attributes)?;
                self.namespaces(name, &attributes, stack.len(), &mut namespaces)?;
                if closed {
                    close(&mut stack, &mut done);
                    while namespaces.last().is_some_and(|&(d, _)| d > stack.len()) {
                        namespaces.pop();
                    }
                }
            }
            begun |= b == b'<';
        }
        if let [_, .., open] = stack.as_slice() {
            return Err(self.eof(Expected::EndTag, self.slice(open.name), open.name.0));
        }
        stack.pop().and_then(|doc| doc.el.children.into_iter().next()).ok_or_else(|| self.fail(Expected::Root))
    }

    /// Checks a start tag's names against the namespaces: its `xmlns:prefix` attributes declare
    /// prefixes for the element at `depth` and below, and every prefixed name (the element's,
    /// its attributes') must use one in force (`xml` always is).
    fn namespaces(
        &self,
        element: (usize, usize),
        attributes: &[(usize, usize)],
        depth: usize,
        namespaces: &mut Vec<(usize, (usize, usize))>,
    ) -> Result<(), XmlError> {
        for &a in attributes {
            if self.bytes(a).starts_with(b"xmlns:") {
                if namespaces.len() >= MAX_NAMESPACES {
                    return Err(self.error(a.0, Expected::FewerNamespaces, "", &[&quote(self.slice(a))]));
                }
                namespaces.push((depth, (a.0 + 6, a.1)));
            }
        }
        for (i, &q) in std::iter::once(&element).chain(attributes).enumerate() {
            let name = self.bytes(q);
            let Some(colon) = name.iter().rposition(|&b| b == b':') else { continue };
            let prefix = name.get(..colon).unwrap_or_default();
            let declared = namespaces.iter().any(|&(_, p)| self.bytes(p) == prefix);
            if !(declared || prefix == b"xml" || (i > 0 && prefix == b"xmlns")) {
                let found = [&quote(self.slice(q)), ", whose prefix no xmlns attribute declares"];
                // The element's error points at its `<`, as the other start-tag errors do.
                return Err(self.error(q.0 - usize::from(i == 0), Expected::BoundPrefix, "", &found));
            }
        }
        Ok(())
    }

    /// Skips a start tag's attributes (checking their form and references, their names put in
    /// `names`) and its `>` or `/>`; whether the element closed itself.
    fn attributes(&mut self, names: &mut Vec<(usize, usize)>) -> Result<bool, XmlError> {
        let mut scratch = String::new();
        loop {
            let spaced = self.skip_space();
            match self.peek() {
                Some(b'>') => {
                    self.pos += 1;
                    return Ok(false);
                }
                Some(b'/') if self.starts("/>") => {
                    self.pos += 2;
                    return Ok(true);
                }
                Some(b) if spaced && is_name_start(b) => {}
                _ => return Err(self.fail(Expected::TagEnd)),
            }
            let name = self.name()?;
            // Each attribute once, compared with those before it (at most MAX_ATTRIBUTES of them).
            if names.len() >= MAX_ATTRIBUTES || names.iter().any(|&n| self.bytes(n) == self.bytes(name)) {
                return Err(self.error(name.0, Expected::UniqueAttribute, "", &[&quote(self.slice(name))]));
            }
            names.push(name);
            self.skip_space();
            if self.peek() != Some(b'=') {
                return Err(self.fail(Expected::Equals));
            }
            self.pos += 1;
            self.skip_space();
            let quote = match self.peek() {
                Some(q @ (b'"' | b'\'')) => q,
                _ => return Err(self.fail(Expected::Quote)),
            };
            self.pos += 1;
            scratch.clear();
            self.chars(&mut scratch, self.src.len(), [b'<', b'&', quote])?;
            if self.peek() != Some(quote) {
                return Err(self.fail(Expected::QuoteEnd));
            }
            self.pos += 1;
        }
    }

    /// Reads character data into `out` up to `end` or the first of `stop` (`&` among them: a
    /// reference is decoded, not a stop), normalising line ends and refusing characters XML
    /// does not allow.
    fn chars(&mut self, out: &mut String, end: usize, stop: [u8; 3]) -> Result<(), XmlError> {
        let src = self.src.get(..end).unwrap_or(self.src);
        let [s0, s1, s2] = stop;
        loop {
            let from = self.pos;
            while let Some(&b) = src.get(self.pos) {
                if b == s0 || b == s1 || b == s2 || b == 0xEF || (b < 0x20 && b != b'\t' && b != b'\n') {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(self.slice((from, self.pos)));
            match src.get(self.pos) {
                Some(b'&') if s1 == b'&' => self.reference(out)?,
                Some(b'\r') => {
                    // XML reads CR LF and a lone CR as LF.
                    self.pos += if src.get(self.pos + 1) == Some(&b'\n') { 2 } else { 1 };
                    out.push('\n');
                }
                // U+F000..U+FFFF start with EF: let through all but U+FFFE and U+FFFF.
                Some(0xEF) if !matches!(src.get(self.pos + 1..self.pos + 3), Some([0xBF, 0xBE | 0xBF])) => {
                    out.push_str(self.slice((self.pos, self.pos + 3)));
                    self.pos += 3;
                }
                Some(&b) if b != s0 && b != s2 => return Err(self.fail(Expected::XmlChar)),
                _ => return Ok(()),
            }
        }
    }

    /// Decodes the reference at `&` into `out`: one of the five predefined entities or a
    /// character reference to a character XML allows. Nothing else exists without a DTD.
    fn reference(&mut self, out: &mut String) -> Result<(), XmlError> {
        let start = self.pos;
        self.pos += 1;
        let c = if self.peek() == Some(b'#') {
            self.pos += 1;
            let radix = if self.peek() == Some(b'x') { 16 } else { 10 };
            self.pos += usize::from(radix == 16);
            let digits = self.pos;
            let mut n = 0u32;
            while let Some(d) = self.peek().and_then(|b| char::from(b).to_digit(radix)) {
                n = n.saturating_mul(radix).saturating_add(d);
                self.pos += 1;
            }
            if self.pos == digits || self.peek() != Some(b';') {
                return Err(self.bad_reference(start));
            }
            self.pos += 1;
            match char::from_u32(n).filter(|&c| is_xml_char(c)) {
                Some(c) => c,
                None => return Err(self.error(start, Expected::XmlChar, "", &[&quote(self.slice((start, self.pos)))])),
            }
        } else {
            while self.peek().is_some_and(is_name) {
                self.pos += 1;
            }
            if self.peek() != Some(b';') {
                return Err(self.bad_reference(start));
            }
            self.pos += 1;
            let written = self.slice((start, self.pos));
            match ENTITIES.iter().find(|(name, _)| *name == written) {
                Some(&(_, c)) => c,
                None => {
                    let found = [&quote(written), ", an entity that is not defined (and cannot be)"];
                    return Err(self.error(start, Expected::Reference, "", &found));
                }
            }
        };
        out.push(c);
        Ok(())
    }

    fn bad_reference(&self, start: usize) -> XmlError {
        let found = if self.pos == start + 1 {
            String::from("\u{201c}&\u{201d} on its own (write it &amp;)")
        } else {
            quote(self.slice((start, self.pos)))
        };
        self.error(start, Expected::Reference, "", &[&found])
    }

    /// Skips white space outside the root; anything else there is misplaced text.
    fn outside(&mut self, done: Option<(usize, usize)>) -> Result<(), XmlError> {
        self.skip_space();
        match self.peek() {
            None | Some(b'<') => Ok(()),
            Some(_) => {
                let rest = self.text.get(self.pos..).unwrap_or("");
                let end = rest.bytes().position(|b| matches!(b, b'<' | b'\n' | b'\r')).unwrap_or(rest.len());
                Err(self.misplaced(done, self.pos, &["text ", &quote(rest.get(..end).unwrap_or(rest))]))
            }
        }
    }

    /// Markup or text outside the root element: before it (the root was expected) or after it.
    fn misplaced(&self, done: Option<(usize, usize)>, at: usize, found: &[&str]) -> XmlError {
        match done {
            Some(root) => self.error(at, Expected::End, self.slice(root), found),
            None => self.error(at, Expected::Root, "", found),
        }
    }

    /// The end of the text inside something opened at byte `start`.
    fn eof(&self, expected: Expected, element: &str, start: usize) -> XmlError {
        let what = match expected {
            Expected::CommentEnd => "the comment",
            Expected::CdataEnd => "the CDATA section",
            Expected::PiEnd => "the processing instruction",
            _ => element,
        };
        let (lt, gt) = if element.is_empty() { ("", "") } else { ("<", ">") };
        let line = msg![self.locate(start).0];
        let found = ["the end of the text (", lt, what, gt, " opened on line ", &line, ")"];
        self.error(self.src.len(), expected, element, &found)
    }

    /// Reads a name; its byte range.
    fn name(&mut self) -> Result<(usize, usize), XmlError> {
        let start = self.pos;
        if !self.peek().is_some_and(is_name_start) {
            return Err(self.fail(Expected::Name));
        }
        let len = self.src.get(start..).map_or(0, |rest| rest.iter().take_while(|&&b| is_name(b)).count());
        self.pos += len;
        Ok((start, self.pos))
    }

    fn skip_space(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
        self.pos > start
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn starts(&self, s: &str) -> bool {
        self.src.get(self.pos..).is_some_and(|rest| rest.starts_with(s.as_bytes()))
    }

    /// Where `pat` next occurs from byte `from`. Patterns are three bytes at most, so the naive
    /// search is linear (and smaller in the `.wasm` than `str::find`'s).
    fn find(&self, from: usize, pat: &str) -> Option<usize> {
        let rest = self.src.get(from..)?;
        rest.windows(pat.len()).position(|w| w == pat.as_bytes()).map(|i| from + i)
    }

    fn bytes(&self, (a, b): (usize, usize)) -> &'a [u8] {
        self.src.get(a..b).unwrap_or_default()
    }

    /// The text of a byte range; every range the reader takes ends at ASCII or a whole character.
    fn slice(&self, (a, b): (usize, usize)) -> &'a str {
        self.text.get(a..b).unwrap_or_default()
    }

    /// The line of byte `at`, counting on from the last element (positions only grow).
    fn line_at(&mut self, at: usize) -> u32 {
        let newlines = self.src.get(self.counted..at).map_or(0, |s| s.iter().filter(|&&b| b == b'\n').count());
        self.line = self.line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
        self.counted = at;
        self.line
    }

    /// The 1-based line and column (in characters) of byte `at`, counted afresh: errors only.
    fn locate(&self, at: usize) -> (u32, u32) {
        let before = self.src.get(..at).unwrap_or(self.src);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = 1 + before.get(line_start..).map_or(0, |s| s.iter().filter(|&&b| b & 0xC0 != 0x80).count());
        (u32::try_from(line).unwrap_or(u32::MAX), u32::try_from(column).unwrap_or(u32::MAX))
    }

    /// The one place errors are made (`found` in parts, so call sites stay small in the `.wasm`).
    #[inline(never)]
    fn error(&self, at: usize, expected: Expected, element: &str, found: &[&str]) -> XmlError {
        let (line, column) = self.locate(at);
        let mut text = String::new();
        for part in found {
            text.push_str(part);
        }
        XmlError { line, column, expected, element: element.into(), found: text }
    }

    /// An error at the current position, found being what is there.
    fn fail(&self, expected: Expected) -> XmlError {
        let found = match self.text.get(self.pos..).and_then(|s| s.chars().next()) {
            None => String::from("the end of the text"),
            Some(c) if !is_xml_char(c) || c.is_control() => code_point(c),
            Some(c) => quote(&String::from(c)),
        };
        self.error(self.pos, expected, "", &[&found])
    }
}

/// Closes the innermost open element into its parent; closing the root ends the document.
fn close(stack: &mut Vec<Open>, done: &mut Option<(usize, usize)>) {
    if let Some(open) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.el.children.push(open.el),
            None => return,
        }
        if stack.len() == 1 {
            *done = Some(open.name);
        }
    }
}
