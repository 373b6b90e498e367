//! Properties of the core entry points over generated input: no input makes them panic, and
//! what they return is consistent with what they were given. Bounded in `npm test` (a few
//! seconds); `npm run fuzz` runs them with `PORTIN_CASES=1000000`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use portin_validator::internal::input::Value;
use portin_validator::internal::tn_list;
use portin_validator::{validate_order, Tn};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Cases per property: `PORTIN_CASES`, or a number that keeps `npm test` quick.
fn cases(default: u32) -> u32 {
    std::env::var("PORTIN_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Runs one property and prints its count, so a fuzz run shows what it did.
fn check<S: Strategy>(name: &str, default: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let n = cases(default);
    let mut runner = TestRunner::new(Config { cases: n, failure_persistence: None, ..Config::default() });
    let result = runner.run(&strategy, test);
    eprintln!("property {name}: {n} cases, {} failures", u32::from(result.is_err()));
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

/// Text that looks like what people paste: digits, separators, letters, line breaks, and
/// anything else now and then.
fn pasted() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => "[0-9]{1,11}",
            3 => "[ ().+\\-]{1,2}",
            2 => "[,;\t\n\r]",
            1 => "[\u{85}\u{2028}\u{2029}\u{feff}]",
            1 => "[a-zA-Z]{1,4}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// A valid TN written in one of the ways people write them. Built valid (no filter, which a
/// million cases would exhaust): area code `[2-9][0-8]X` with X not the middle digit (not N11,
/// ERC or N9X), exchange `[2-9]XX` not N11 and not 555.
fn written_tn() -> impl Strategy<Value = (String, String)> {
    (2..10u8, 0..9u8, 0..10u8, 2..10u8, 0..10u8, 0..10u8, 0..10_000u16, 0..5usize).prop_map(
        |(a, b, c, x, y, z, line, style)| {
            let c = if c == b { (c + 1) % 10 } else { c };
            let z = if y == 1 && z == 1 { 2 } else { z };
            let nxx = match (x, y, z) {
                (5, 5, 5) => String::from("556"),
                _ => format!("{x}{y}{z}"),
            };
            let (npa, line) = (format!("{a}{b}{c}"), format!("{line:04}"));
            let digits = format!("{npa}{nxx}{line}");
            let written = match style {
                0 => digits.clone(),
                1 => format!("({npa}) {nxx}-{line}"),
                2 => format!("{npa}.{nxx}.{line}"),
                3 => format!("+1 {npa} {nxx} {line}"),
                _ => format!("1-{npa}-{nxx}-{line}"),
            };
            (written, digits)
        },
    )
}

#[test]
fn tn_parse_never_panics_and_round_trips() {
    check("Tn::parse", 2000, any::<String>(), |s| {
        if let Ok(tn) = Tn::parse(&s) {
            prop_assert_eq!(tn.as_str().len(), 10);
            prop_assert!(tn.as_str().bytes().all(|b| b.is_ascii_digit()));
            prop_assert_eq!(Tn::parse(&tn.formatted()), Ok(tn));
        }
        Ok(())
    });
}

#[test]
fn written_numbers_parse_to_their_digits() {
    check("written TNs", 2000, written_tn(), |(written, digits)| {
        prop_assert_eq!(Tn::parse(&written).map(|t| t.as_str().to_owned()), Ok(digits));
        Ok(())
    });
}

#[test]
fn pasted_lists_account_for_every_entry() {
    check("parse_text", 1000, pasted(), |text| {
        let list = tn_list::parse_text(&text);
        prop_assert_eq!(list.entries as usize, list.tns.len() + list.invalid.len() + list.repeats() as usize);
        // Every line break the list knows (NEL and the Unicode separators too); CR LF counts twice,
        // which only raises the bound.
        let lines = text.split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']).count() as u32;
        for bad in &list.invalid {
            prop_assert!(text.contains(bad.text.as_str()), "{:?} is not in the text", bad.text);
            prop_assert!(bad.line >= 1 && bad.line <= lines);
        }
        let mut unique = list.tns.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), list.tns.len());
        Ok(())
    });
}

#[test]
fn lists_of_written_numbers_keep_every_number() {
    let strategy =
        (prop::collection::vec(written_tn(), 1..30), prop::sample::select(vec!["\n", ", ", ";", "\t", "\r\n", " "]));
    check("lists of written TNs", 500, strategy, |(tns, sep)| {
        let text = tns.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join(sep);
        let list = tn_list::parse_text(&text);
        prop_assert!(list.invalid.is_empty(), "{:?}", list.invalid);
        let mut want: Vec<&str> = Vec::new();
        for (_, d) in &tns {
            if !want.contains(&d.as_str()) {
                want.push(d);
            }
        }
        prop_assert_eq!(list.tns.iter().map(Tn::as_str).collect::<Vec<_>>(), want);
        Ok(())
    });
}

/// Lists short and long (both sides of the small-list sort) drawn from a few numbers, so most
/// entries repeat: first-occurrence order and every place of every repeat, against a naive count.
#[test]
fn lists_find_every_repeat() {
    let strategy =
        (prop::collection::vec(written_tn(), 1..40), prop::collection::vec(any::<prop::sample::Index>(), 1..400));
    check("repeats in lists", 200, strategy, |(pool, picks)| {
        let chosen: Vec<&(String, String)> = picks.iter().map(|i| &pool[i.index(pool.len())]).collect();
        let text = chosen.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join("\n");
        let list = tn_list::parse_text(&text);
        let mut want: Vec<(&str, Vec<(u32, u32)>)> = Vec::new();
        for (i, (_, d)) in chosen.iter().enumerate() {
            let at = (i as u32, i as u32 + 1);
            match want.iter_mut().find(|(w, _)| w == d) {
                Some((_, places)) => places.push(at),
                None => want.push((d, vec![at])),
            }
        }
        prop_assert_eq!(
            list.tns.iter().map(Tn::as_str).collect::<Vec<_>>(),
            want.iter().map(|(d, _)| *d).collect::<Vec<_>>()
        );
        let repeated: Vec<_> =
            want.iter().filter(|(_, at)| at.len() > 1).map(|(d, at)| (d.to_string(), at.clone())).collect();
        prop_assert_eq!(
            list.duplicates.iter().map(|d| (d.tn.as_str().to_owned(), d.at.clone())).collect::<Vec<_>>(),
            repeated
        );
        Ok(())
    });
}

/// Any loosely typed value, nested a few levels, with the order's own keys likely.
fn value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        3 => prop::sample::select(portin_validator::internal::order::Field::ALL.iter().flat_map(|f| f.segments().iter().copied()).collect::<Vec<_>>()).prop_map(String::from),
        1 => "[a-zA-Z]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Missing),
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        pasted().prop_map(Value::Text),
        any::<String>().prop_map(Value::Text),
        Just(Value::Other("a function")),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::List),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

#[test]
fn validate_never_panics_and_ok_means_no_error() {
    check("validate_order", 1000, (value(), value()), |(order, options)| {
        let report = validate_order(&order, &options, || Some("2026-11-23T15:00:00Z".into()));
        prop_assert_eq!(report.ok, !report.issues.iter().any(|i| i.is_error()));
        for issue in &report.issues {
            prop_assert!(!issue.message.is_empty());
            prop_assert!(issue.code.as_str().contains('.'));
        }
        let t = report.tns;
        prop_assert_eq!(t.count, t.valid + t.invalid + t.duplicates);
        Ok(())
    });
}

/// An instant as `2026-11-23T15:00:00Z`.
fn utc(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0).unwrap().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// R-EDIT-NEAR-FOC for any FOC moment and any now, both written in UTC: less than 24 hours ahead
/// (or past) is always refused; more than 25 hours ahead never is (an Eastern day lasts at most
/// 25 hours, so the two are on different dates); in between, only on the FOC date. And
/// `validateOrder` and `editableFields` always agree. The time written takes effect: triggered
/// wireline ports, and wireless ones (R-TIME-TRIGGERED).
#[test]
fn near_foc_refuses_within_24_hours_and_both_entry_points_agree() {
    const H: i64 = 3600;
    // 2026-01-01 to 2028-12-31, across every daylight-time change of three years.
    let strategy = (1_767_225_600i64..1_861_833_600, -3 * 24 * H..4 * 24 * H, 0..4usize);
    check("near_foc", 2000, strategy, |(now, ahead, port)| {
        let port_type = ["AUTOMATED_OFF_NET", "AUTOMATED_ON_NET", "INTERNAL", "AUTOMATED_ON_NET_WIRELESS"][port];
        let saved = common::v(serde_json::json!({
            "portType": port_type, "status": "FOC", "listOfPhoneNumbers": ["919-200-0000"], "triggered": port < 3,
            "billingTelephoneNumber": "919-200-0000", "actualFocDate": utc(now + ahead), "requestedFocDate": utc(now + ahead),
        }));
        let edited = match &saved {
            Value::Object(fields) => Value::Object(
                fields.iter().cloned().chain([("customerOrderId".to_string(), Value::Text("X-1".into()))]).collect(),
            ),
            _ => unreachable!(),
        };
        let options = Value::Object(vec![("now".into(), Value::Text(utc(now))), ("original".into(), saved.clone())]);
        let report = validate_order(&edited, &options, || None);
        let refused = report.issues.iter().any(|i| i.code == "edit.near_foc");
        let answer = portin_validator::editable_fields(&saved, &options, || None);
        prop_assert_eq!(answer.editable, !refused, "{} {}", utc(now), utc(now + ahead));
        if ahead < 24 * H {
            prop_assert!(refused, "{} {}", utc(now), utc(now + ahead));
        }
        if ahead > 25 * H {
            prop_assert!(!refused, "{} {}", utc(now), utc(now + ahead));
        }
        Ok(())
    });
}

/// Text shaped like dates and date-times, with the odd character out.
fn date_like() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (1900..2200i32, 0..14u32, 0..33u32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        3 => (1900..2200i32, 1..13u32, 1..29u32, 0..25u32, 0..61u32, prop::sample::select(vec!["Z", "-05:00", "+14:00", "-0400", "+05", ""]))
            .prop_map(|(y, m, d, h, min, off)| format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:00{off}")),
        1 => "[0-9T:Z+\\- ]{0,30}",
        1 => any::<String>(),
    ]
}

#[test]
fn dates_parse_or_say_why_and_round_trip() {
    use portin_validator::internal::date::{parse, parse_day, ymd_text, Written};
    check("date::parse", 2000, date_like(), |text| {
        match parse(&text) {
            Ok(Written::Day(day)) => {
                prop_assert_eq!(ymd_text(day), text.trim());
                prop_assert_eq!(parse_day(&ymd_text(day)), Ok(day));
            }
            Ok(Written::Instant(t)) => {
                // Every instant a rule may see has an Eastern wall clock.
                prop_assert!(portin_validator::internal::eastern::from_instant(t).is_some(), "{t}");
            }
            Err(_) => {}
        }
        Ok(())
    });
}

#[test]
fn rejection_text_always_gets_an_explanation() {
    use portin_validator::internal::rejection::{explain_text, registry::Registry};
    let registry = Registry::default();
    let text = prop_oneof![
        2 => ("[0-9]{3,5}", pasted()).prop_map(|(code, rest)| format!("{code}: {rest}")),
        1 => pasted(),
        1 => any::<String>(),
    ];
    check("explain_text", 1000, text, |text| {
        let e = explain_text(&text, &registry);
        prop_assert!(!e.title.is_empty() && !e.meaning.is_empty() && !e.action.is_empty());
        prop_assert!(e.known || e.family == "unknown");
        for tn in &e.details.tns {
            prop_assert_eq!(tn.len(), 10);
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// XML (src/xml): the reader never panics on anything, and what the writer writes reads back.

/// A port-in body in the provider's shape, to mutate.
const ORDER_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- sample -->\n\
<bw:LnpOrder xmlns:bw=\"urn:example\" a='1'>\n  <bw:Subscriber>\n    <SubscriberType>BUSINESS</SubscriberType>\n\
    <BusinessName>Smith &amp; Sons &lt;West&gt; &#233;&#x1F600;</BusinessName>\n    <ServiceAddress>\n\
      <HouseNumber>11235</HouseNumber><Zip>06390</Zip>\n    </ServiceAddress>\n  </bw:Subscriber>\n\
  <ListOfPhoneNumbers>\n    <PhoneNumber>9194809871</PhoneNumber>\n    <PhoneNumber><![CDATA[919 480 ]]]]>9872</PhoneNumber>\n\
  </ListOfPhoneNumbers>\n  <Triggered/>\n  <?pi data?>\n</bw:LnpOrder>\n";

/// Pieces that matter to an XML reader, to insert anywhere.
const XML_PIECES: &[&str] = &[
    "<",
    ">",
    "/",
    "</",
    "/>",
    "&",
    ";",
    "&amp;",
    "&lol;",
    "&#",
    "&#0;",
    "&#x",
    "&#xD800;",
    "&#1114112;",
    "'",
    "\"",
    "=",
    " ",
    "\n",
    "\r",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?",
    "?>",
    "<!DOCTYPE a [<!ENTITY b \"c\">]>",
    "<!",
    ":",
    "a",
    "1",
    "\u{0}",
    "\u{1}",
    "\u{feff}",
    "\u{fffe}",
    "é",
    "東",
    "<a>",
    "</a>",
    "<PhoneNumber>",
];

/// `ORDER_XML` after a few edits: characters deleted, pieces inserted, spans repeated, the end
/// cut off.
fn mutated_xml() -> impl Strategy<Value = String> {
    let edit = (any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..5u8, prop::sample::select(XML_PIECES));
    prop::collection::vec(edit, 1..6).prop_map(|edits| {
        let mut chars: Vec<char> = ORDER_XML.chars().collect();
        for (at, other, kind, piece) in edits {
            let i = at.index(chars.len() + 1);
            match kind {
                0 if i < chars.len() => {
                    chars.remove(i);
                }
                1 | 2 => {
                    chars.splice(i..i, piece.chars());
                }
                3 => {
                    let (a, b) = (i.min(other.index(chars.len() + 1)), i.max(other.index(chars.len() + 1)));
                    let span: Vec<char> = chars[a..b.min(a + 200)].to_vec();
                    chars.splice(a..a, span);
                }
                _ => chars.truncate(i),
            }
        }
        chars.into_iter().collect()
    })
}

#[test]
fn xml_reader_never_panics_and_places_its_errors() {
    use portin_validator::internal::xml::parse;
    let soup = prop::collection::vec(prop::sample::select(XML_PIECES), 0..40).prop_map(|p| p.concat());
    let input = prop_oneof![4 => mutated_xml(), 2 => soup, 1 => any::<String>()];
    check("xml::parse", 2000, input, |text| {
        match parse(&text) {
            Ok(root) => prop_assert!(!root.name.is_empty()),
            Err(e) => {
                let lines = text.matches('\n').count() as u32 + 1;
                prop_assert!(e.line >= 1 && e.line <= lines, "line {} of {}", e.line, lines);
                let line = text.split('\n').nth(e.line as usize - 1).unwrap_or("");
                // A BOM opening the text is not a column; one anywhere else is a character.
                let line = if e.line == 1 { line.strip_prefix('\u{feff}').unwrap_or(line) } else { line };
                let width = line.chars().count() as u32;
                prop_assert!(e.column >= 1 && e.column <= width + 1, "column {} of {}", e.column, width);
                let message = e.message();
                prop_assert!(
                    message.starts_with(&format!("line {}, column {}: expected ", e.line, e.column)),
                    "{message}"
                );
                prop_assert!(!e.found.is_empty(), "{message}");
            }
        }
        Ok(())
    });
}

/// A generated document: elements named as the schema names them (names are constants in the
/// writer), leaves holding any text.
#[derive(Clone, Debug)]
enum XmlNode {
    Leaf(&'static str, String),
    Branch(&'static str, Vec<XmlNode>),
}

fn xml_tree() -> impl Strategy<Value = XmlNode> {
    let name = prop::sample::select(vec![
        "LnpOrder",
        "Subscriber",
        "ServiceAddress",
        "PhoneNumber",
        "Zip",
        "TnAttribute",
        "Städte",
        "_x-1.2",
        "A",
    ]);
    let text = prop_oneof![
        2 => any::<String>(),
        2 => prop::collection::vec(
            prop::sample::select(vec!["&", "<", ">", "]]>", "]]", "\"", "'", "\r", "\r\n", "\n", "\t", " ", "é", "東", "\u{1f600}", "&amp;", "&#38;", "\u{0}", "\u{fffe}", "x"]),
            0..12,
        )
        .prop_map(|p| p.concat()),
    ];
    let leaf = (name.clone(), text).prop_map(|(n, t)| XmlNode::Leaf(n, t));
    leaf.prop_recursive(4, 40, 6, move |inner| {
        (name.clone(), prop::collection::vec(inner, 0..6)).prop_map(|(n, c)| XmlNode::Branch(n, c))
    })
}

fn write_node(w: &mut portin_validator::internal::xml::Writer, node: &XmlNode) {
    match node {
        XmlNode::Leaf(name, text) => w.leaf(name, text),
        XmlNode::Branch(name, children) => {
            w.open(name);
            for child in children {
                write_node(w, child);
            }
            w.close();
        }
    }
}

/// What the reader gives back for `node`: the same names, leaf text as written except for
/// characters XML cannot carry (U+FFFD instead), only white space between a branch's children.
fn same_as_written(read: &portin_validator::internal::xml::Element, node: &XmlNode) -> Result<(), TestCaseError> {
    use portin_validator::internal::xml::is_xml_char;
    match node {
        XmlNode::Leaf(name, text) => {
            prop_assert_eq!(&read.name, name);
            prop_assert!(read.children.is_empty());
            let want: String = text.chars().map(|c| if is_xml_char(c) { c } else { '\u{fffd}' }).collect();
            prop_assert_eq!(&read.text, &want);
        }
        XmlNode::Branch(name, children) => {
            prop_assert_eq!(&read.name, name);
            prop_assert!(read.text.trim().is_empty(), "{:?}", read.text);
            prop_assert_eq!(read.children.len(), children.len());
            for (r, c) in read.children.iter().zip(children) {
                same_as_written(r, c)?;
            }
        }
    }
    Ok(())
}

#[test]
fn xml_writer_output_reads_back_as_written() {
    check("xml round trip", 1000, xml_tree(), |tree| {
        let mut w = portin_validator::internal::xml::Writer::new();
        write_node(&mut w, &tree);
        let xml = w.finish();
        let read = portin_validator::internal::xml::parse(&xml).map_err(|e| TestCaseError::fail(e.message()))?;
        same_as_written(&read, &tree)
    });
}

/// A key as some client spells it: camelCase, PascalCase, snake_case or upper case.
fn spelt(key: &str, style: u8) -> String {
    match style % 4 {
        0 => key.to_string(),
        1 => key[..1].to_uppercase() + &key[1..],
        2 => key
            .chars()
            .flat_map(|c| if c.is_ascii_uppercase() { vec!['_', c.to_ascii_lowercase()] } else { vec![c] })
            .collect(),
        _ => key.to_uppercase(),
    }
}

/// Any value with the order's keys in any client's spelling, or XML text.
fn shaped() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        3 => (prop::sample::select(portin_validator::internal::order::Field::ALL.iter().map(|f| f.key()).collect::<Vec<_>>()), any::<u8>())
            .prop_map(|(k, s)| spelt(k, s)),
        1 => prop::sample::select(vec!["phoneNumber", "PhoneNumber", "tnAttribute", "__proto__", "constructor"]).prop_map(String::from),
        1 => "[a-zA-Z_]{1,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![any::<f64>(), (0..100_000_000_000u64).prop_map(|n| n as f64)].prop_map(Value::Number),
        pasted().prop_map(Value::Text),
        prop::sample::select(vec!["true", "false", "2021-06-16Z", "DRAFT"]).prop_map(Value::text),
        mutated_xml().prop_map(Value::Text),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::List),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

#[test]
fn the_shape_reader_never_panics_and_says_why_it_read_nothing() {
    use portin_validator::read_order;
    check("read_order", 1000, shaped(), |input| {
        let r = read_order(&input);
        let order = serde_json::to_value(&r.order).unwrap();
        prop_assert!(order.is_object());
        let whole = r.issues.iter().any(|i| i.path.is_empty() && i.is_error());
        if whole {
            prop_assert_eq!(&order, &serde_json::json!({}));
        }
        for issue in &r.issues {
            prop_assert!(issue.message.ends_with('.'), "{}", issue.message);
        }
        let report = validate_order(&input, &Value::Missing, || Some("2026-11-23T15:00:00Z".into()));
        prop_assert_eq!(report.ok, !report.issues.iter().any(|i| i.is_error()));
        Ok(())
    });
}

/// Text a person types into a field, XML's special characters likely.
fn typed() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => "[a-zA-Z0-9 ]{1,6}",
            2 => prop::sample::select(vec!["&", "<", ">", "\"", "'", "]]>", "\r", "\n", "\r\n", "\t", "é", "東", "&amp;"]).prop_map(String::from),
        ],
        0..6,
    )
    .prop_map(|p| p.concat())
}

#[test]
fn the_body_reads_back_as_the_order_it_was_written_from() {
    use portin_validator::{read_order, to_lnp_order_xml};
    use serde_json::{json, Map, Value as J};
    let tn =
        prop_oneof![3 => written_tn().prop_map(|(w, d)| (w, Some(d))), 1 => "[0-9a-z]{0,8}".prop_map(|w| (w, None))];
    let fields = (
        prop::collection::vec(tn.clone(), 0..6),
        prop::option::of(tn),
        prop::option::of(prop::sample::select(vec!["DRAFT", "submitted", "EXCEPTION", "FOC"])),
        prop::collection::vec(prop::option::of(typed()), 12),
        (prop::option::of(any::<bool>()), prop::option::of(any::<bool>()), any::<bool>()),
        prop::collection::vec(typed(), 0..3),
    );
    let now = || Some("2026-11-23T15:00:00Z".to_string());
    check(
        "toLnpOrderXml round trip",
        300,
        fields,
        |(tns, btn, status, texts, (partial, triggered, supp), attributes)| {
            let text_keys = [
                "customerOrderId",
                "requestedFocDate",
                "actualFocDate",
                "loaAuthorizingPerson",
                "siteId",
                "peerId",
                "targetRespOrgId",
                "billingType",
                "alternateSpid",
                "orderId",
            ];
            let address_keys = ["zip", "city"];
            let mut order = Map::new();
            let mut want = Map::new();
            order.insert("portType".into(), json!("AUTOMATED_ON_NET"));
            let kept = |t: &String| !t.trim().is_empty();
            for (key, text) in text_keys.iter().zip(&texts) {
                if let Some(t) = text {
                    order.insert(key.to_string(), json!(t));
                    let carried = match *key {
                        "orderId" => false,
                        "actualFocDate" => !supp,
                        _ => true,
                    };
                    if carried && kept(t) {
                        want.insert(key.to_string(), json!(t));
                    }
                }
            }
            let mut address = Map::new();
            let mut want_address = Map::new();
            for (key, text) in address_keys.iter().zip(&texts[10..]) {
                if let Some(t) = text {
                    address.insert(key.to_string(), json!(t));
                    if kept(t) {
                        want_address.insert(key.to_string(), json!(t));
                    }
                }
            }
            order.insert("subscriber".into(), json!({ "serviceAddress": address }));
            if !want_address.is_empty() {
                want.insert("subscriber".into(), json!({ "serviceAddress": want_address }));
            }
            order.insert("listOfPhoneNumbers".into(), J::Array(tns.iter().map(|(w, _)| json!(w)).collect()));
            let mut digits: Vec<String> = Vec::new();
            for d in tns.iter().filter_map(|(_, d)| d.clone()) {
                if !digits.contains(&d) {
                    digits.push(d);
                }
            }
            // An empty list is written as an empty element, which reads as no list.
            if !digits.is_empty() {
                want.insert("listOfPhoneNumbers".into(), json!(digits));
            }
            if let Some((w, d)) = &btn {
                order.insert("billingTelephoneNumber".into(), json!(w));
                if let Some(d) = d {
                    want.insert("billingTelephoneNumber".into(), json!(d));
                }
            }
            if let Some(s) = status {
                order.insert("status".into(), json!(s));
                if matches!(s, "DRAFT" | "submitted") {
                    want.insert("status".into(), json!(s.to_uppercase()));
                }
            }
            for (key, flag) in [("partialPort", partial), ("triggered", triggered)] {
                if let Some(b) = flag {
                    order.insert(key.into(), json!(b));
                    want.insert(key.into(), json!(b));
                }
            }
            order.insert("tnAttributes".into(), json!(attributes));
            let attributes: Vec<&String> = attributes.iter().filter(|t| kept(t)).collect();
            if !attributes.is_empty() {
                want.insert("tnAttributes".into(), json!(attributes));
            }
            let body = to_lnp_order_xml(&common::v(J::Object(order)), &common::v(json!({ "supp": supp })));
            let back = read_order(&Value::text(body.xml.clone()));
            prop_assert!(back.issues.is_empty(), "{:?}\n{}", back.issues, body.xml);
            let got = serde_json::to_value(&back.order).unwrap();
            let want = J::Object(want);
            prop_assert_eq!(&got, &want, "{}", body.xml);
            // The rules see the same order either way.
            let codes = |r: portin_validator::Report| r.issues.iter().map(|i| i.code.as_str()).collect::<Vec<_>>();
            let from_xml = codes(validate_order(&Value::text(body.xml.clone()), &Value::Missing, now));
            // A supplement's body is a change either way (R-EDIT-SUPP).
            let options = common::v(json!({ "supp": supp }));
            let from_object = codes(validate_order(&common::v(want), &options, now));
            prop_assert_eq!(from_xml, from_object);
            Ok(())
        },
    );
}

/// The fields of a generated order and the values each may take (a TN that is not one, blank
/// text, XML's special characters, a number written several ways), for the supplement writer.
fn supp_fields() -> Vec<(&'static str, Vec<serde_json::Value>)> {
    use serde_json::json;
    let tn = || {
        vec![json!("919-200-0000"), json!("9192000001"), json!("(919) 200-0002"), json!("+1 919 200 0003"), json!("12")]
    };
    let text = |v: &[&str]| v.iter().map(|s| json!(s)).collect::<Vec<_>>();
    let flag = || vec![json!(true), json!(false)];
    vec![
        ("requestedFocDate", text(&["2026-12-01", "2026-12-04T15:00:00Z", "2026-12-07", " 2026-12-08 "])),
        ("billingTelephoneNumber", tn()),
        ("newBillingTelephoneNumber", tn()),
        ("partialPort", flag()),
        ("loaAuthorizingPerson", text(&["Pat Jones", "Sam Q Lee", "A & B <C>", "  "])),
        ("customerOrderId", text(&["ACME-1", "ACME-2", "  "])),
        (
            "listOfPhoneNumbers",
            vec![
                json!(["919-200-0000", "919-200-0001"]),
                json!(["9192000002"]),
                json!("919-200-0003\n919.200.0004"),
                json!(["919-200-0001", "919-200-0000"]),
                json!(["919-200-0005", "not a number"]),
            ],
        ),
        ("subscriber.subscriberType", text(&["BUSINESS", "RESIDENTIAL", "business"])),
        ("subscriber.businessName", text(&["Acme", "Acme & Sons", " "])),
        ("subscriber.firstName", text(&["Pat", "Sam"])),
        ("subscriber.middleInitial", text(&["Q"])),
        ("subscriber.lastName", text(&["Jones", "Lee"])),
        ("subscriber.serviceAddress.houseNumber", text(&["100", "7"])),
        ("subscriber.serviceAddress.streetName", text(&["Main", "Oak"])),
        ("subscriber.serviceAddress.city", text(&["Raleigh", "Cary"])),
        ("subscriber.serviceAddress.stateCode", text(&["NC", "CO"])),
        ("subscriber.serviceAddress.zip", text(&["27601", "27518", "2760"])),
        ("subscriber.serviceAddress.county", text(&["Wake"])),
        ("subscriber.serviceAddress.addressLine2", text(&["Suite 5"])),
        ("wirelessInfo.accountNumber", text(&["ACCT1234", "B2"])),
        ("wirelessInfo.pinNumber", text(&["1234", "99"])),
        ("siteId", text(&["743", "2857"])),
        ("peerId", text(&["317771", "28845"])),
        ("tnAttributes", vec![json!(["Protected"]), json!(["External", "Imported"]), json!(["Hosted"])]),
        ("targetRespOrgId", text(&["JYT01", "ABC12"])),
        ("triggered", flag()),
        ("immediately", flag()),
        ("billingType", text(&["PORTIN", "NOCHARGE"])),
        ("alternateSpid", text(&["X455", "Foo"])),
    ]
}

/// `order` with the field at a dotted path set (`None`: left out).
fn set_path(order: &mut serde_json::Value, dotted: &str, value: Option<serde_json::Value>) {
    let keys: Vec<&str> = dotted.split('.').collect();
    let mut at = order;
    for key in &keys[..keys.len() - 1] {
        at = at.as_object_mut().unwrap().entry(key.to_string()).or_insert_with(|| serde_json::json!({}));
    }
    let obj = at.as_object_mut().unwrap();
    match value {
        Some(v) => {
            obj.insert(keys[keys.len() - 1].to_string(), v);
        }
        None => {
            obj.remove(keys[keys.len() - 1]);
        }
    }
}

/// R-EDIT-SUPP, the writer's side: for random saved orders and random edits of them (fields kept,
/// changed or cleared), `toLnpOrderXml(edited, { supp: true, original: saved })` applied to the
/// saved order (`applySupp`) gives the edited order back field by field, except a field the writer
/// says it could not send (`xml.left_out`: a TN that is not one, a field a supplement cannot
/// clear). And for a submitted saved order, validating the supplement against it gives the verdict
/// (`ok` and every error, at its path) validating the edited order does. (A draft's supplement is
/// checked as the provider checks it, the TN list alone, so there the verdicts differ by design.)
#[test]
fn the_written_supplement_applied_gives_the_edited_order_back() {
    use portin_validator::internal::order::change::same;
    use portin_validator::internal::order::{Field, Slot as V};
    use portin_validator::{apply_supp, read_order, to_lnp_order_xml};
    use serde_json::json;
    let fields = supp_fields();
    let choices = prop::collection::vec((0..6usize, 0..10u8, 0..6usize), fields.len());
    let statuses = ["EXCEPTION", "SUBMITTED", "FOC", "PENDING_DOCUMENTS", "REQUESTED_SUPP", "DRAFT"];
    let ports = ["AUTOMATED_ON_NET", "MANUAL_ON_NET", "AUTOMATED_OFF_NET", "INTERNAL", "MANUAL_TOLL_FREE"];
    let strategy = (choices, 0..statuses.len(), 0..ports.len(), any::<bool>());
    let now = serde_json::Value::from("2026-11-23T15:00:00Z");
    check("supplement writer round trip", 300, strategy, |(choices, status, port, submit)| {
        let mut saved = json!({ "status": statuses[status], "portType": ports[port] });
        let mut edited = saved.clone();
        for ((path, pool), (pick, how, other)) in fields.iter().zip(&choices) {
            let was = (*pick < pool.len()).then(|| pool[*pick].clone());
            let now = match how {
                0..=5 => was.clone(),
                6..=8 => Some(pool[*other % pool.len()].clone()),
                _ => None,
            };
            set_path(&mut saved, path, was);
            set_path(&mut edited, path, now);
        }
        // Now and then a draft is submitted with the change.
        if submit && statuses[status] == "DRAFT" {
            edited["status"] = json!("SUBMITTED");
        }
        let body = to_lnp_order_xml(&common::v(edited.clone()), &common::v(json!({ "supp": true, "original": saved })));
        prop_assert!(body.xml.starts_with("<?xml") && body.xml.contains("<LnpOrderSupp>"), "{}", body.xml);
        let left_out: Vec<String> =
            body.issues.iter().filter(|i| i.code == "xml.left_out").map(common::dotted).collect();
        let applied = apply_supp(&common::v(saved.clone()), &Value::text(body.xml.clone()));
        prop_assert!(
            !applied.issues.iter().any(|i| i.code.as_str().starts_with("input.")),
            "{:?}\n{}",
            applied.issues,
            body.xml
        );
        let want = read_order(&common::v(edited.clone())).order;
        for &field in Field::ALL.iter().filter(|f| !matches!(f.spec().slot, V::Group) && f.spec().xml.in_request(true))
        {
            if field == Field::ResetAddressFields {
                continue;
            }
            let reported =
                left_out.iter().any(|p| p == field.dotted() || p.starts_with(&format!("{}.", field.dotted())));
            prop_assert!(
                same(field, &applied.order, &want) || reported,
                "{} differs: {:?} applied, {:?} edited\n{}",
                field.dotted(),
                serde_json::to_value(&applied.order).unwrap(),
                edited,
                body.xml
            );
        }
        // The changes listed are those the body makes.
        prop_assert!(body.changed.iter().all(|c| Field::from_dotted(c).is_some()));
        if statuses[status] != "DRAFT" && left_out.is_empty() {
            let options = |extra: (&str, serde_json::Value)| {
                let mut o = json!({ "now": now.clone(), "original": saved.clone() });
                o[extra.0] = extra.1;
                common::v(o)
            };
            let errors = |r: portin_validator::Report| {
                let mut e: Vec<(String, &str)> =
                    r.issues.iter().filter(|i| i.is_error()).map(|i| (common::dotted(i), i.code.as_str())).collect();
                e.sort();
                (r.ok, e)
            };
            let from_supp =
                errors(validate_order(&Value::text(body.xml.clone()), &options(("supp", json!(true))), || None));
            let from_edit =
                errors(validate_order(&common::v(edited.clone()), &options(("supp", json!(false))), || None));
            prop_assert_eq!(from_supp, from_edit, "{}\n{}", edited, body.xml);
        }
        Ok(())
    });
}

/// The supplement merge (`applySupp`, issue 25's fuzz) on any input: saved orders and bodies of
/// any shape, XML with pieces cut and repeated. It never panics, says why in sentences, and
/// keeps every field the body does not carry as saved (the exceptions aside: `CustomerOrderId`,
/// the subscriber under `ResetAddressFields`, the `WirelessInfo` pair, the status).
#[test]
fn the_supplement_merge_never_panics_and_keeps_what_the_body_leaves_out() {
    use portin_validator::internal::order::body::carries;
    use portin_validator::internal::order::change::same;
    use portin_validator::internal::order::{Field, Slot as V};
    use portin_validator::{apply_supp, read_order};
    let any_order = prop_oneof![2 => shaped(), 1 => mutated_xml().prop_map(Value::Text)];
    let body = prop_oneof![
        2 => shaped(),
        2 => mutated_xml().prop_map(|x| Value::Text(x.replace("LnpOrder>", "LnpOrderSupp>"))),
    ];
    check("applySupp", 1000, (any_order, body), |(saved, supp)| {
        let applied = apply_supp(&saved, &supp);
        prop_assert!(serde_json::to_value(&applied.order).unwrap().is_object());
        for issue in &applied.issues {
            prop_assert!(issue.message.ends_with('.'), "{}", issue.message);
        }
        let (saved, supp) = (read_order(&saved).order, read_order(&supp).order);
        let reset = supp.subscriber.service_address.reset_address_fields == Some(true);
        let pair = carries(Field::WirelessInfo, &supp, true);
        for &field in Field::ALL.iter().filter(|f| !matches!(f.spec().slot, V::Group)) {
            let replaced = carries(field, &supp, true)
                || matches!(field, Field::CustomerOrderId | Field::Status | Field::ResetAddressFields)
                || (reset && field.segments()[0] == "subscriber")
                || (pair && field.parent() == Some(Field::WirelessInfo));
            let kept_as_saved = !replaced;
            if kept_as_saved || !field.spec().xml.in_request(true) {
                prop_assert!(same(field, &applied.order, &saved), "{} not kept", field.dotted());
            } else if carries(field, &supp, true) && field != Field::Status {
                prop_assert!(same(field, &applied.order, &supp), "{} not replaced", field.dotted());
            }
        }
        Ok(())
    });
}
