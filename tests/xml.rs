//! The XML reader and writer, case by case: what is read, what is refused and where, the limits
//! at and past each edge, and the writer's round trip.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use portin_validator::internal::xml::*;

/// A tree as one line: `Name="text"` for a leaf, `Name(child child)` for an element with
/// children (white space between them left out), so expected trees fit in a table.
fn show(el: &Element) -> String {
    let mut out = el.name.clone();
    if el.children.is_empty() || !el.text.trim().is_empty() {
        out.push_str("=\"");
        out.push_str(&el.text);
        out.push('"');
    }
    if !el.children.is_empty() {
        let children: Vec<String> = el.children.iter().map(show).collect();
        out.push('(');
        out.push_str(&children.join(" "));
        out.push(')');
    }
    out
}

#[test]
fn accepts_what_clients_send() {
    let cases: &[(&str, &str, &str)] = &[
        ("self-closing", "<Triggered/>", r#"Triggered="""#),
        ("empty element", "<A></A>", r#"A="""#),
        (
            "BOM and declaration",
            "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<A>x</A>\n",
            r#"A="x""#,
        ),
        ("default namespace", r#"<LnpOrder xmlns="urn:x"><Pon>1</Pon></LnpOrder>"#, r#"LnpOrder(Pon="1")"#),
        ("prefixes", "<ns:LnpOrder xmlns:ns='urn:x'><ns:Pon>1</ns:Pon></ns:LnpOrder>", r#"LnpOrder(Pon="1")"#),
        ("CDATA with ]] and <", "<A><![CDATA[a ]] b <c> & ]]]></A>", r#"A="a ]] b <c> & ]""#),
        ("CDATA and text joined", "<A>x<![CDATA[y]]>z<![CDATA[]]></A>", r#"A="xyz""#),
        ("predefined entities", "<A>&lt;&gt;&amp;&quot;&apos;</A>", r#"A="<>&"'""#),
        ("character references", "<A>&#38;&#x26;&#xe9;&#233;&#x1F600;&#x09;</A>", "A=\"&&éé\u{1f600}\t\""),
        ("comments and PIs anywhere", "<!--a--><?pi x?><A><!-- <B> -->x<?p y?>y</A><!--z-->\n", r#"A="xy""#),
        ("attributes, both quotes", r#"<A b="1" c='2' d = "&amp;>'" e='"'/>"#, r#"A="""#),
        ("white space in tags", "\n\t <A >\n <B\n>t</B >\n</A\n>\n\n", r#"A(B="t")"#),
        ("line ends normalised", "<A>a\r\nb\rc&#13;d</A>", "A=\"a\nb\nc\rd\""),
        ("non-ASCII names and text", "<Städte>Zürich 東京</Städte>", r#"Städte="Zürich 東京""#),
        ("U+FFFD and other EF.. characters", "<A>\u{fffd}\u{f000}</A>", "A=\"\u{fffd}\u{f000}\""),
        ("tab and newline in text", "<A>\ta\nb</A>", "A=\"\ta\nb\""),
        (
            "the flat schema",
            "<LnpOrder>\n  <Subscriber>\n    <ServiceAddress><Zip>27541</Zip></ServiceAddress>\n  </Subscriber>\n  \
             <ListOfPhoneNumbers><PhoneNumber>9194809871</PhoneNumber><PhoneNumber>9194809872</PhoneNumber>\
             </ListOfPhoneNumbers>\n  <TnAttributes><TnAttribute>Protected</TnAttribute></TnAttributes>\n</LnpOrder>",
            r#"LnpOrder(Subscriber(ServiceAddress(Zip="27541")) ListOfPhoneNumbers(PhoneNumber="9194809871" PhoneNumber="9194809872") TnAttributes(TnAttribute="Protected"))"#,
        ),
        (
            "an error response",
            "<LnpOrderResponse><Errors><Code>7309</Code><Description>Site &amp; peer</Description></Errors>\
             <ProcessingStatus>EXCEPTION</ProcessingStatus></LnpOrderResponse>",
            r#"LnpOrderResponse(Errors(Code="7309" Description="Site & peer") ProcessingStatus="EXCEPTION")"#,
        ),
    ];
    for (what, input, want) in cases {
        match parse(input) {
            Ok(el) => assert_eq!(show(&el), *want, "{what}"),
            Err(e) => panic!("{what}: {}", e.message()),
        }
    }
}

#[test]
fn elements_know_their_line() {
    let el = parse("<?xml version=\"1.0\"?>\n<A>\n  <B>1</B>\n\n  <C>\n    <D/></C></A>").unwrap();
    assert_eq!(el.line, 2);
    assert_eq!(el.child("B").map(|b| b.line), Some(3));
    let c = el.child("C").unwrap();
    assert_eq!((c.line, c.children[0].line), (5, 6));
    assert!(el.child("Z").is_none());
}

#[test]
fn refuses_with_the_place_and_what_was_expected() {
    use Expected::*;
    let deep = "<a>".repeat(MAX_DEPTH + 1);
    let cases: &[(&str, &str, u32, u32, Expected)] = &[
        ("empty", "", 1, 1, Root),
        ("only white space", "  \n\t ", 2, 3, Root),
        ("BOM only", "\u{feff}", 1, 1, Root),
        ("text, no root", "hello", 1, 1, Root),
        ("text before the root", "x<A/>", 1, 1, Root),
        ("comment only", "<!-- x -->", 1, 11, Root),
        ("end tag first", "</A>", 1, 1, Root),
        ("CDATA outside", "<![CDATA[x]]><A/>", 1, 1, Root),
        ("text after the root", "<A/>\nx", 2, 1, End),
        ("second root", "<A></A><B/>", 1, 8, End),
        ("end tag after the root", "<A></A></B>", 1, 8, End),
        ("unclosed at the end", "<A>\n  <B>\n", 3, 1, EndTag),
        ("mismatched end tag", "<A>\n <B>\n  <C>\n  </B>", 4, 3, EndTag),
        ("prefix must match", "<a:A xmlns:a='x' xmlns:b='y'></b:A>", 1, 30, EndTag),
        ("end tag cut off", "<A></A", 1, 7, EndTagEnd),
        ("DOCTYPE with an entity", "<!DOCTYPE l [<!ENTITY lol \"lol\">]>\n<l>&lol;</l>", 1, 1, NoDoctype),
        (
            "DOCTYPE after the declaration",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE A SYSTEM \"file:///etc/passwd\">",
            2,
            1,
            NoDoctype,
        ),
        ("undefined entity", "<A>&lol;</A>", 1, 4, Reference),
        ("& on its own", "<A>Smith & Sons</A>", 1, 10, Reference),
        ("entity without ;", "<A>&amp</A>", 1, 4, Reference),
        ("entity in an attribute", "<A b='&lol;'/>", 1, 7, Reference),
        ("empty character reference", "<A>&#;</A>", 1, 4, Reference),
        ("empty hex reference", "<A>&#x;</A>", 1, 4, Reference),
        ("reference without ;", "<A>&#38</A>", 1, 4, Reference),
        ("upper-case X", "<A>&#X26;</A>", 1, 4, Reference),
        ("reference to NUL", "<A>&#0;</A>", 1, 4, XmlChar),
        ("reference to a control", "<A>&#x1b;</A>", 1, 4, XmlChar),
        ("reference to a surrogate", "<A>&#xD800;</A>", 1, 4, XmlChar),
        ("reference to U+FFFE", "<A>&#xFFFE;</A>", 1, 4, XmlChar),
        ("reference past Unicode", "<A>&#x110000;</A>", 1, 4, XmlChar),
        ("reference overflowing", "<A>&#99999999999999999999;</A>", 1, 4, XmlChar),
        ("raw control character", "<A>a\u{1}</A>", 1, 5, XmlChar),
        ("raw U+FFFF", "<A>\u{ffff}</A>", 1, 4, XmlChar),
        ("raw NUL in an attribute", "<A b='\0'/>", 1, 7, XmlChar),
        ("raw control in CDATA", "<A><![CDATA[\u{8}]]></A>", 1, 13, XmlChar),
        ("< in an attribute", "<A b=\"<\"/>", 1, 7, QuoteEnd),
        ("attribute cut off", "<A b=\"1", 1, 8, QuoteEnd),
        ("unquoted attribute", "<A b=1/>", 1, 6, Quote),
        ("attribute without value", "<A b/>", 1, 5, Equals),
        ("attributes run together", "<A b=\"1\"c=\"2\"/>", 1, 9, TagEnd),
        ("bad character in a name", "<A$/>", 1, 3, TagEnd),
        ("slash without >", "<A/ >", 1, 3, TagEnd),
        ("tag cut off", "<A", 1, 3, TagEnd),
        ("name starting with a digit", "<1A/>", 1, 2, Name),
        ("space before the name", "< A/>", 1, 2, Name),
        ("empty local name", "<a:/>", 1, 4, Name),
        ("end tag without a name", "<A></>", 1, 6, Name),
        ("unterminated comment", "<A><!-- x </A>\n", 2, 1, CommentEnd),
        ("unterminated CDATA", "<A><![CDATA[ x </A>", 1, 20, CdataEnd),
        ("unterminated declaration", "<?xml version='1.0'", 1, 20, PiEnd),
        ("other markup", "<A><!ELEMENT x></A>", 1, 6, Markup),
        ("lower-case doctype", "<!doctype html><A/>", 1, 3, Markup),
        ("too deep", &deep, 1, 3 * MAX_DEPTH as u32 + 1, ShallowerNesting),
        // What a strict (namespace-aware) parser refuses too.
        ("]]> in text", "<A>a]]>b</A>", 1, 5, TextWithoutCdataEnd),
        ("]]> in text after ]", "<A>]]]></A>", 1, 5, TextWithoutCdataEnd),
        ("-- in a comment", "<A><!-- a -- b --></A>", 1, 11, CommentText),
        ("a comment ending --->", "<A><!-- a ---></A>", 1, 11, CommentText),
        ("-- in a comment before the root", "<!-- a--b --><A/>", 1, 7, CommentText),
        ("declaration after a comment", "<!-- c --><?xml version=\"1.0\"?><A/>", 1, 11, Declaration),
        ("declaration inside the root", "<A><?xml version=\"1.0\"?></A>", 1, 4, Declaration),
        ("a second declaration", "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><A/>", 1, 22, Declaration),
        ("declaration after the root", "<A/><?xml version=\"1.0\"?>", 1, 5, Declaration),
        ("upper-case XML target", "<?XML version=\"1.0\"?><A/>", 1, 1, Declaration),
        ("an attribute twice", "<A b='1' c='2' b='3'/>", 1, 16, UniqueAttribute),
        ("a namespace declared twice", "<A xmlns:p='1' xmlns:p='2'/>", 1, 16, UniqueAttribute),
        ("an undeclared element prefix", "<bw:LnpOrder/>", 1, 1, BoundPrefix),
        ("an undeclared child prefix", "<A>\n  <bw:B/></A>", 2, 3, BoundPrefix),
        ("an undeclared attribute prefix", "<A p:b='1'/>", 1, 4, BoundPrefix),
        ("a prefix out of scope", "<A><B xmlns:p='u'/><p:C/></A>", 1, 20, BoundPrefix),
        ("the xmlns prefix on an element", "<xmlns:A/>", 1, 1, BoundPrefix),
        ("columns count characters", "<Ä>é&x</Ä>", 1, 5, Reference),
        ("the BOM is not a column", "\u{feff}<A>&</A>", 1, 4, Reference),
    ];
    for (what, input, line, column, expected) in cases {
        match parse(input) {
            Ok(el) => panic!("{what}: read as {}", show(&el)),
            Err(e) => {
                assert_eq!((e.line, e.column, e.expected), (*line, *column, *expected), "{what}: {}", e.message())
            }
        }
    }
}

#[test]
fn messages_read_well() {
    let cases = [
        (
            "<LnpOrder>\n <Subscriber>\n  <ServiceAddress>\n  </Subscriber>",
            "line 4, column 3: expected </ServiceAddress>, found </Subscriber>",
        ),
        ("<A>\n  <B>\n", "line 3, column 1: expected </B>, found the end of the text (<B> opened on line 2)"),
        ("", "line 1, column 1: expected the root element, found the end of the text"),
        ("<A/>\nmore text<", "line 2, column 1: expected nothing more after </A>, found text \u{201c}more text\u{201d}"),
        ("<A/><B>", "line 1, column 5: expected nothing more after </A>, found <B>"),
        (
            "<!DOCTYPE x>",
            "line 1, column 1: expected no DOCTYPE (DTDs and entity definitions are refused), found <!DOCTYPE",
        ),
        (
            "<A>&lol;</A>",
            "line 1, column 4: expected &lt; &gt; &amp; &quot; &apos; or a character reference such as &#38;, \
             found \u{201c}&lol;\u{201d}, an entity that is not defined (and cannot be)",
        ),
        (
            "<A>S & S</A>",
            "line 1, column 6: expected &lt; &gt; &amp; &quot; &apos; or a character reference such as &#38;, \
             found \u{201c}&\u{201d} on its own (write it &amp;)",
        ),
        ("<A>&#0;</A>", "line 1, column 4: expected a character XML allows, found \u{201c}&#0;\u{201d}"),
        ("<A>\u{1}</A>", "line 1, column 4: expected a character XML allows, found U+0001"),
        ("<A b=1/>", "line 1, column 6: expected an attribute value in quotes, found \u{201c}1\u{201d}"),
        (
            "<A><!-- x",
            "line 1, column 10: expected --> closing the comment, found the end of the text (the comment opened on line 1)",
        ),
        (&"<a>".repeat(40), "line 1, column 97: expected at most 32 nested elements, found <a> at depth 33"),
    ];
    for (input, want) in cases {
        assert_eq!(parse(input).unwrap_err().message(), want, "{input:?}");
    }
}

/// What strict parsers accept stays accepted: the declaration after white space or a BOM,
/// `]]` without `>`, single dashes in comments, prefixes declared on the element or above it,
/// `xml:` always, other processing instructions anywhere.
#[test]
fn strict_only_where_strict_parsers_are() {
    for (what, input, want) in [
        ("declaration after white space", "  \n<?xml version=\"1.0\"?><A>1</A>", "A=\"1\""),
        ("declaration after a BOM", "\u{feff}<?xml version=\"1.0\"?><A>1</A>", "A=\"1\""),
        ("]] and ] > in text", "<A>a]]b ] ]&gt; ]]</A>", "A=\"a]]b ] ]> ]]\""),
        ("]]> in a CDATA section's end", "<A><![CDATA[x]]]]></A>", "A=\"x]]\""),
        ("dashes in a comment", "<!----><A><!-- a - b -x- --></A>", "A=\"\""),
        ("a prefix on its own element", "<p:A xmlns:p='u'><p:B>1</p:B></p:A>", "A(B=\"1\")"),
        ("a prefix from an ancestor", "<A xmlns:p='u'><B><p:C p:d='1'>2</p:C></B></A>", "A(B(C=\"2\"))"),
        ("xml: always bound", "<A xml:lang='en'>1</A>", "A=\"1\""),
        ("a prefix declared again below", "<A xmlns:p='u'><p:B xmlns:p='v'/><p:C/></A>", "A(B=\"\" C=\"\")"),
        ("other processing instructions", "<?xml-stylesheet href='s.xsl'?><A><?pi x?></A>", "A=\"\""),
    ] {
        match parse(input) {
            Ok(el) => assert_eq!(show(&el), want, "{what}"),
            Err(e) => panic!("{what}: {}", e.message()),
        }
    }
    // Attributes on an element are bounded (each is compared with those before it).
    let many: String = (0..=MAX_ATTRIBUTES).map(|i| format!(" a{i}='1'")).collect();
    let text = format!("<A{many}/>");
    let e = parse(&text).unwrap_err();
    assert_eq!(e.expected, Expected::UniqueAttribute);
    assert_eq!(e.column, text.find(&format!(" a{MAX_ATTRIBUTES}=")).unwrap() as u32 + 2, "{}", e.message());
    // Namespace declarations in force are bounded (each prefix is looked up among them).
    let many: String = (0..=MAX_NAMESPACES).map(|i| format!(" xmlns:p{i}='u'")).collect();
    let text = format!("<A{many}/>");
    let e = parse(&text).unwrap_err();
    assert_eq!(e.expected, Expected::FewerNamespaces);
    let last = text.find(&format!(" xmlns:p{MAX_NAMESPACES}=")).unwrap() as u32 + 2;
    assert_eq!(e.column, last, "{}", e.message());
    // An element name over 256 characters is kept cut just past the bound: the reader refuses it.
    let name = "N".repeat(100_000);
    let el = parse(&format!("<A><{name}>1</{name}></A>")).unwrap();
    assert_eq!(el.children[0].name.len(), 257);
}

/// The phrases are static text (smaller than building them); they must say the limits in force.
#[test]
fn phrases_state_the_limits() {
    assert!(Expected::SmallerInput.phrase().contains(&format!(" {} MiB ", MAX_BYTES / 1024 / 1024)));
    assert!(Expected::ShallowerNesting.phrase().contains(&format!(" {MAX_DEPTH} ")));
    assert!(Expected::FewerElements.phrase().contains(&format!(" {MAX_ELEMENTS} ")));
    assert!(Expected::UniqueAttribute.phrase().contains(&format!(" {MAX_ATTRIBUTES},")));
    assert!(Expected::FewerNamespaces.phrase().contains(&format!(" {MAX_NAMESPACES} ")));
}

#[test]
fn limits() {
    // Larger than 8 MiB: refused on its length alone, whatever it holds.
    let big = "x".repeat(MAX_BYTES + 1);
    let e = parse(&big).unwrap_err();
    assert_eq!((e.line, e.column, e.expected), (1, 1, Expected::SmallerInput));
    assert_eq!(e.message(), "line 1, column 1: expected at most 8 MiB of XML, found 8388609 bytes");
    // Exactly 8 MiB is read.
    let edge = format!("<A>{}</A>", " ".repeat(MAX_BYTES - 7));
    assert_eq!(edge.len(), MAX_BYTES);
    assert_eq!(parse(&edge).unwrap().name, "A");

    // The root and MAX_ELEMENTS - 1 children are read; one more is refused.
    let many = |n: usize| format!("<r>{}</r>", "<a/>".repeat(n));
    assert_eq!(parse(&many(MAX_ELEMENTS - 1)).unwrap().children.len(), MAX_ELEMENTS - 1);
    let e = parse(&many(MAX_ELEMENTS)).unwrap_err();
    assert_eq!((e.line, e.column, e.expected), (1, 4 + 4 * (MAX_ELEMENTS as u32 - 1), Expected::FewerElements));
    assert_eq!(e.found, "<a>, element 200001");

    // Exactly MAX_DEPTH levels are read.
    let deep = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
    let mut el = &parse(&deep).unwrap();
    let mut depth = 1;
    while let Some(child) = el.children.first() {
        el = child;
        depth += 1;
    }
    assert_eq!(depth, MAX_DEPTH);
}

/// 100,000 nested levels: refused at level 33, without recursion and without reading on.
#[test]
fn deep_nesting_costs_nothing() {
    let open = "<a>".repeat(100_000);
    let close = "</a>".repeat(100_000);
    let start = std::time::Instant::now();
    for input in [open.clone(), format!("{open}{close}")] {
        assert_eq!(parse(&input).unwrap_err().expected, Expected::ShallowerNesting);
    }
    assert!(start.elapsed().as_millis() < 500, "{:?}", start.elapsed());
}

#[test]
fn writer_lays_out_a_body_that_reads_back() {
    let mut w = Writer::new();
    w.open("LnpOrder");
    w.leaf("CustomerOrderId", "X-1");
    w.open("Subscriber");
    w.leaf("BusinessName", "Smith & Sons <West> \"Q\" 'A' ]]> \r\n");
    w.open("ServiceAddress");
    w.leaf("Zip", "06390");
    w.close();
    w.close();
    w.open("ListOfPhoneNumbers");
    w.leaf("PhoneNumber", "9194809871");
    w.leaf("PhoneNumber", "");
    // Left open: finish closes it and the root.
    let xml = w.finish();
    assert_eq!(
        xml,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LnpOrder>\n\t<CustomerOrderId>X-1</CustomerOrderId>\n\
         \t<Subscriber>\n\t\t<BusinessName>Smith &amp; Sons &lt;West&gt; &quot;Q&quot; &apos;A&apos; ]]&gt; &#13;\n\
         </BusinessName>\n\t\t<ServiceAddress>\n\t\t\t<Zip>06390</Zip>\n\t\t</ServiceAddress>\n\t</Subscriber>\n\
         \t<ListOfPhoneNumbers>\n\t\t<PhoneNumber>9194809871</PhoneNumber>\n\t\t<PhoneNumber></PhoneNumber>\n\
         \t</ListOfPhoneNumbers>\n</LnpOrder>\n"
    );
    let el = parse(&xml).unwrap();
    assert_eq!(
        show(&el),
        "LnpOrder(CustomerOrderId=\"X-1\" Subscriber(BusinessName=\"Smith & Sons <West> \"Q\" 'A' ]]> \r\n\" \
         ServiceAddress(Zip=\"06390\")) ListOfPhoneNumbers(PhoneNumber=\"9194809871\" PhoneNumber=\"\"))"
    );
}

#[test]
fn writer_replaces_what_xml_cannot_carry() {
    let cases = [
        ("a\0b", "a\u{fffd}b"),
        ("\u{1b}[0m", "\u{fffd}[0m"),
        ("\u{fffe}\u{ffff}", "\u{fffd}\u{fffd}"),
        ("\t\n", "\t\n"),
    ];
    for (text, want) in cases {
        let mut w = Writer::default();
        w.leaf("A", text);
        assert_eq!(parse(&w.finish()).unwrap().text, want, "{text:?}");
    }
    // Closing more than was opened writes nothing.
    let mut w = Writer::new();
    w.close();
    assert_eq!(w.finish(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

/// `cargo test --release --lib xml::tests::speed -- --ignored --nocapture`: 100,000 TNs.
#[test]
#[ignore]
fn speed() {
    let mut body = String::from("<?xml version=\"1.0\"?>\n<LnpOrder>\n  <ListOfPhoneNumbers>\n");
    for i in 0..100_000u32 {
        body.push_str(&format!("    <PhoneNumber>919{:07}</PhoneNumber>\n", i));
    }
    body.push_str("  </ListOfPhoneNumbers>\n</LnpOrder>\n");
    let compact: String = body.lines().map(str::trim).collect();
    for body in [body, compact] {
        let runs = 20;
        let mut trees = Vec::with_capacity(runs);
        let mut fastest = std::time::Duration::MAX;
        let start = std::time::Instant::now();
        for _ in 0..runs {
            let one = std::time::Instant::now();
            trees.push(parse(&body).unwrap());
            fastest = fastest.min(one.elapsed());
        }
        let mean = start.elapsed() / runs as u32;
        assert!(trees.iter().all(|el| el.children[0].children.len() == 100_000));
        eprintln!(
            "{} bytes, 100,000 <PhoneNumber>: {mean:?} a parse, fastest {fastest:?} (drop not counted)",
            body.len()
        );
    }
}
