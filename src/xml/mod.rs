//! The provider's API speaks XML: a flat schema (`<LnpOrder>`, `<LnpOrderSupp>`,
//! `<LnpOrderResponse>`, about four levels deep) with text in the leaves and no attributes that
//! matter. This module reads such documents into a small tree ([`parse`]) and writes request
//! bodies ([`Writer`]); mapping elements to order fields is done elsewhere.
//!
//! Hand-written rather than a crate: the whole package is size-budgeted in the `.wasm`, and the
//! input comes from anyone, so the reader does only what the schema needs and refuses the rest
//! (DTDs, entity definitions) instead of expanding it. It never recurses on the input and stops
//! at the [limits](MAX_BYTES) below.

mod read;
mod source;
mod write;

use crate::text::msg;
pub use read::parse;
pub use source::Node;
pub use write::{escape, Writer};

/// Largest document read, in bytes: larger input is refused before it is scanned. The issue
/// allows 8 MiB; 100,000 TNs (the order limit) written as `<PhoneNumber>` lines take about 4 MiB.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// Deepest nesting of elements. The schema is four deep (`LnpOrder/Subscriber/ServiceAddress/
/// Zip`); 32 leaves room for wrappers (SOAP envelopes, batch containers) and stops the "100,000
/// nested levels" attack at a depth that costs nothing.
pub const MAX_DEPTH: usize = 32;

/// Most elements in one document: 100,000 `<PhoneNumber>` (the order limit) plus everything else,
/// with room for a `<TnAttribute>` or error per TN. Bounds the memory of the tree (about 80
/// bytes an element plus its text) whatever the input.
pub const MAX_ELEMENTS: usize = 200_000;

/// Most attributes on one element: the provider's elements have none, a namespace declaration at
/// most. The bound keeps the check that none is given twice cheap (each is compared with those
/// before it).
pub const MAX_ATTRIBUTES: usize = 64;

/// Most namespace declarations (`xmlns:p="..."`) in force at once. The provider's bodies have
/// none or one; the bound keeps checking a prefix cheap however many a document declares.
pub const MAX_NAMESPACES: usize = 32;

/// One element: its local name (the namespace prefix stripped: `<ns:LnpOrder>` is `LnpOrder`),
/// its child elements in document order, and its character data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub children: Vec<Element>,
    /// All character data directly inside the element, CDATA included and references decoded,
    /// concatenated; for an element with children that includes the white space between them.
    /// Line ends are normalised to `\n` as XML requires (`&#13;` stays a carriage return).
    pub text: String,
    /// 1-based line of the element's `<`, for messages that point at it.
    pub line: u32,
}

impl Element {
    /// The first child called `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
}

/// What the reader expected where it stopped: one value per kind of mistake, so callers can
/// tell them apart without reading the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// The document is larger than [`MAX_BYTES`].
    SmallerInput,
    /// No root element yet: empty input, white space only, or text before it.
    Root,
    /// Nothing may follow the root element but comments and white space.
    End,
    /// The end tag of the open element ([`XmlError::element`]).
    EndTag,
    /// An element or attribute name.
    Name,
    /// `>` or `/>` closing a start tag (or attributes, after white space).
    TagEnd,
    /// `>` closing an end tag.
    EndTagEnd,
    /// `=` after an attribute name.
    Equals,
    /// An attribute value in single or double quotes.
    Quote,
    /// The closing quote of an attribute value (a `<` or the end of the text came first).
    QuoteEnd,
    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` or a character reference.
    Reference,
    /// A character XML allows (raw or referenced).
    XmlChar,
    /// A document type declaration is refused (no DTDs, no entity definitions).
    NoDoctype,
    /// `<!--` or `<![CDATA[` after `<!`.
    Markup,
    /// `-->` closing a comment.
    CommentEnd,
    /// `]]>` closing a CDATA section.
    CdataEnd,
    /// `?>` closing a processing instruction or the declaration.
    PiEnd,
    /// At most [`MAX_DEPTH`] nested elements.
    ShallowerNesting,
    /// At most [`MAX_ELEMENTS`] elements.
    FewerElements,
    /// `]]>` in text, where XML allows it only as the end of a CDATA section.
    TextWithoutCdataEnd,
    /// `--` inside a comment, or `-` just before its `-->`.
    CommentText,
    /// The XML declaration anywhere but first (or another spelling of its reserved name).
    Declaration,
    /// The same attribute twice on one element, or more than [`MAX_ATTRIBUTES`] of them.
    UniqueAttribute,
    /// A namespace prefix no `xmlns:prefix` attribute in force declares.
    BoundPrefix,
    /// At most [`MAX_NAMESPACES`] namespace declarations in force.
    FewerNamespaces,
}

/// Why a document was not read: where (1-based line, and column counted in characters) and what
/// was expected there. One error per document: the first mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XmlError {
    pub line: u32,
    pub column: u32,
    pub expected: Expected,
    /// The qualified name of the element concerned: the one whose end tag was expected, the root
    /// for [`Expected::End`], the element too deep for [`Expected::ShallowerNesting`]; else empty.
    pub element: String,
    /// What was there instead, as a person reads it: `</ServiceAddress>`, `“$”`, `the end of the
    /// text`.
    pub found: String,
}

/// Whether XML can carry `c` at all (the `Char` production of XML 1.0): not most C0 controls,
/// not U+FFFE or U+FFFF. The reader refuses the others, raw or as `&#...;`, as the provider's
/// parser would; the [`Writer`] replaces them.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

impl Expected {
    /// What was expected, in words: the part of the message after "expected" (for
    /// [`EndTag`](Expected::EndTag) and [`End`](Expected::End) the element name and `>` follow).
    pub fn phrase(self) -> &'static str {
        match self {
            Expected::SmallerInput => "at most 8 MiB of XML",
            Expected::Root => "the root element",
            Expected::End => "nothing more after </",
            Expected::EndTag => "</",
            Expected::Name => "a name",
            Expected::TagEnd => "> or />",
            Expected::EndTagEnd => "> closing the end tag",
            Expected::Equals => "= after the attribute name",
            Expected::Quote => "an attribute value in quotes",
            Expected::QuoteEnd => "the attribute value's closing quote",
            Expected::Reference => "&lt; &gt; &amp; &quot; &apos; or a character reference such as &#38;",
            Expected::XmlChar => "a character XML allows",
            Expected::NoDoctype => "no DOCTYPE (DTDs and entity definitions are refused)",
            Expected::Markup => "<!-- or <![CDATA[",
            Expected::CommentEnd => "--> closing the comment",
            Expected::CdataEnd => "]]> closing the CDATA section",
            Expected::PiEnd => "?> closing the processing instruction",
            Expected::ShallowerNesting => "at most 32 nested elements",
            Expected::FewerElements => "at most 200000 elements",
            Expected::TextWithoutCdataEnd => "text without \u{201c}]]>\u{201d} (write ]]&gt;)",
            Expected::CommentText => "a comment without \u{201c}--\u{201d} inside (nor \u{201c}-\u{201d} before -->)",
            Expected::Declaration => "the XML declaration (<?xml ...?>) only before everything else",
            Expected::UniqueAttribute => "each attribute once, and at most 64, on an element",
            Expected::BoundPrefix => "a namespace prefix declared by an xmlns:prefix attribute",
            Expected::FewerNamespaces => "at most 32 namespace declarations in force",
        }
    }
}

impl XmlError {
    /// `line 3, column 14: expected </Subscriber>, found </ServiceAddress>`.
    pub fn message(&self) -> String {
        let mut out = msg!["line ", self.line, ", column ", self.column, ": expected ", self.expected.phrase()];
        if matches!(self.expected, Expected::End | Expected::EndTag) {
            out.push_str(&self.element);
            out.push('>');
        }
        out.push_str(", found ");
        out.push_str(&self.found);
        out
    }
}
