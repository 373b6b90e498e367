//! `readOrder` and `toLnpOrderXml` over the shapes clients send: the SDKs' objects (key
//! casings, TN-list shapes, numbers and text for scalars), the provider's XML bodies, and input
//! meant to break them. Fixtures are written here from the shapes the provider documents.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::v;
use portin_validator::{read_order, to_lnp_order_xml, validate_order, Issue, Value};
use serde_json::{json, Value as J};

fn read(input: Value) -> (J, Vec<(String, &'static str)>, &'static str) {
    let r = read_order(&input);
    let issues = r.issues.iter().map(|i| (common::dotted(i), i.code.as_str())).collect();
    (serde_json::to_value(&r.order).unwrap(), issues, r.source)
}

fn codes(issues: &[Issue]) -> Vec<&'static str> {
    issues.iter().map(|i| i.code.as_str()).collect()
}

/// A toll-free create body in the provider's layout, with a zoned date.
const TOLL_FREE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<LnpOrder xmlns="urn:example">
	<CustomerOrderId>TF-2</CustomerOrderId>
	<RequestedFocDate>2026-12-04Z</RequestedFocDate>
	<SiteId>1001</SiteId>
	<PeerId>2002</PeerId>
	<LoaAuthorizingPerson>Pat Jones</LoaAuthorizingPerson>
	<TargetRespOrgId>ABC01</TargetRespOrgId>
	<ListOfPhoneNumbers>
		<PhoneNumber>8002460142</PhoneNumber>
	</ListOfPhoneNumbers>
</LnpOrder>"#;

/// What a GET returns for an order: response-only fields, a `Status` block, errors.
const RESPONSE: &str = r#"<LnpOrderResponse>
  <OrderId>0a1b2c3d</OrderId>
  <Status><Code>200</Code><Description>fine</Description></Status>
  <Errors><Code>7205</Code><Description>busy</Description></Errors>
  <ProcessingStatus>EXCEPTION</ProcessingStatus>
  <CustomerOrderId>R-1</CustomerOrderId>
  <Subscriber>
    <SubscriberType>BUSINESS</SubscriberType>
    <BusinessName>Smith &amp; Sons &lt;West&gt;</BusinessName>
    <ServiceAddress><HouseNumber>12</HouseNumber><StreetName><![CDATA[Elm & Oak]]></StreetName>
      <City>Cary</City><StateCode>NC</StateCode><Zip>27518</Zip><Country>United States</Country><AddressType>Service</AddressType>
    </ServiceAddress>
  </Subscriber>
  <TnAttributes><TnAttribute>Protected</TnAttribute><TnAttribute>Hosted</TnAttribute></TnAttributes>
  <ListOfPhoneNumbers><PhoneNumber>9192460142</PhoneNumber><PhoneNumber>9192460143</PhoneNumber></ListOfPhoneNumbers>
  <OrderCreateDate>2026-11-02T13:37:06.323Z</OrderCreateDate>
  <userId>pat</userId>
  <CountOfTNs>2</CountOfTNs>
  <PartialPort>false</PartialPort>
  <Triggered>true</Triggered>
  <PortType>AUTOMATED</PortType>
</LnpOrderResponse>"#;

#[test]
fn sdk_objects_read_as_the_canonical_order() {
    struct Case {
        name: &'static str,
        input: J,
        order: J,
        issues: &'static [(&'static str, &'static str)],
    }
    let cases = [
        Case {
            name: "Node SDK: { phoneNumber: [...] }, numbers for ids",
            input: json!({ "siteId": 1234, "peerId": 5678, "billingTelephoneNumber": "9195551212",
                "listOfPhoneNumbers": { "phoneNumber": ["9195551212"] }, "billingType": "PORTIN" }),
            order: json!({ "siteId": "1234", "peerId": "5678", "billingTelephoneNumber": "9195551212",
                "listOfPhoneNumbers": ["9195551212"], "billingType": "PORTIN" }),
            issues: &[],
        },
        Case {
            name: "Python SDK: snake_case, strings for booleans",
            input: json!({ "billing_telephone_number": "9192460142", "list_of_phone_numbers": { "phone_number": ["9192460142"] },
                "site_id": "2297", "triggered": "false", "subscriber": { "service_address": { "zip": "90025" } } }),
            order: json!({ "billingTelephoneNumber": "9192460142", "listOfPhoneNumbers": ["9192460142"], "siteId": "2297",
                "triggered": false, "subscriber": { "serviceAddress": { "zip": "90025" } } }),
            issues: &[("triggered", "input.coerced")],
        },
        Case {
            name: "PHP SDK: PascalCase, one phone number",
            input: json!({ "BillingTelephoneNumber": "9192460142", "ListOfPhoneNumbers": { "PhoneNumber": "9192460142" },
                "RequestedFOCDate": "2026-12-04", "PON": "X", "CountOfTNs": 1, "ProcessingStatus": "DRAFT" }),
            order: json!({ "billingTelephoneNumber": "9192460142", "listOfPhoneNumbers": ["9192460142"],
                "requestedFocDate": "2026-12-04", "pon": "X", "countOfTns": 1.0, "status": "DRAFT" }),
            issues: &[],
        },
        Case {
            name: "Ruby SDK: [{ phoneNumber }], a number TN, a number ZIP and house number",
            input: json!({ "list_of_phone_numbers": [{ "phoneNumber": "+19192460142" }, { "phoneNumber": 9192460143u64 }],
                "subscriber": { "serviceAddress": { "zip": 6390, "houseNumber": 12 } } }),
            order: json!({ "listOfPhoneNumbers": ["+19192460142", "9192460143"],
                "subscriber": { "serviceAddress": { "zip": "06390", "houseNumber": "12" } } }),
            issues: &[
                ("listOfPhoneNumbers", "input.coerced"),
                ("subscriber.serviceAddress.houseNumber", "input.coerced"),
                ("subscriber.serviceAddress.zip", "input.coerced"),
            ],
        },
        Case {
            name: "the same key in three casings: the canonical one wins",
            input: json!({ "PON": "A", "pon": "B", "Pon": "C", "listOfPhoneNumbers": "9192460142" }),
            order: json!({ "pon": "B", "listOfPhoneNumbers": "9192460142" }),
            issues: &[("pon", "input.duplicate_field")],
        },
        Case {
            name: "unknown keys keep their own path; prototype keys are just unknown",
            input: json!({ "billingTelephoneNumbr": "9192460142", "__proto__": { "polluted": true }, "constructor": 1 }),
            order: json!({}),
            issues: &[
                // serde_json's objects are sorted by key.
                ("__proto__", "input.unknown_field"),
                ("billingTelephoneNumbr", "input.unknown_field"),
                ("constructor", "input.unknown_field"),
            ],
        },
        Case {
            name: "tnAttributes as the SDKs send them",
            input: json!({ "tnAttributes": { "TnAttribute": "Protected" }, "TnAttributes2": 1 }),
            order: json!({ "tnAttributes": ["Protected"] }),
            issues: &[("TnAttributes2", "input.unknown_field")],
        },
    ];
    for c in cases {
        let (order, issues, source) = read(v(c.input));
        assert_eq!(order, c.order, "{}", c.name);
        let want: Vec<(String, &str)> = c.issues.iter().map(|(p, k)| (p.to_string(), *k)).collect();
        assert_eq!(issues, want, "{}", c.name);
        assert_eq!(source, "object", "{}", c.name);
    }
}

#[test]
fn xml_bodies_read_with_the_same_reader() {
    let (order, issues, source) = read(Value::text(TOLL_FREE));
    assert_eq!(source, "xml");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        order,
        json!({ "customerOrderId": "TF-2", "requestedFocDate": "2026-12-04Z", "siteId": "1001", "peerId": "2002",
            "loaAuthorizingPerson": "Pat Jones", "targetRespOrgId": "ABC01", "listOfPhoneNumbers": ["8002460142"] })
    );
    let (order, issues, _) = read(Value::text(RESPONSE));
    assert!(issues.is_empty(), "a response describes the order: {issues:?}");
    assert_eq!(order["subscriber"]["businessName"], "Smith & Sons <West>");
    assert_eq!(order["subscriber"]["serviceAddress"]["streetName"], "Elm & Oak");
    assert_eq!(order["tnAttributes"], json!(["Protected", "Hosted"]));
    assert_eq!(order["listOfPhoneNumbers"], json!(["9192460142", "9192460143"]));
    assert_eq!(order["status"], "EXCEPTION");
    assert_eq!(order["portType"], "AUTOMATED");
    assert_eq!(order["triggered"], true);
    assert_eq!(order["countOfTns"], 2.0);
    // The same fields copied into a request body: not part of it, and not sent (domain.md
    // section 7: no published rule says the provider refuses them).
    let put = RESPONSE.replace("LnpOrderResponse>", "LnpOrderSupp>");
    let (_, issues, _) = read(Value::text(put));
    let response_only: Vec<&str> =
        issues.iter().filter(|(_, c)| *c == "input.response_only").map(|(p, _)| p.as_str()).collect();
    assert_eq!(response_only, ["orderId", "orderCreateDate", "userId", "countOfTns"]);
}

#[test]
fn bad_input_is_one_issue_each() {
    let nested = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    let big = format!("<LnpOrder><CustomerOrderId>{}</CustomerOrderId></LnpOrder>", "x".repeat(8 * 1024 * 1024));
    let many: Vec<(String, Value)> = (0..100_000).map(|i| (format!("k{i}"), Value::Null)).collect();
    let cases: Vec<(&str, Value, &str)> = vec![
        ("8 MiB of XML", Value::text(big), "input.too_long"),
        // Under 8 Mi characters, over 8 MiB in UTF-8: the same issue.
        (
            "8 MiB of XML in UTF-8",
            Value::text(format!("<LnpOrder>{}</LnpOrder>", "é".repeat(4 * 1024 * 1024))),
            "input.too_long",
        ),
        ("100,000 nesting levels", Value::text(nested), "input.too_deep"),
        ("an unclosed tag", Value::text("<LnpOrder><Pon>1</LnpOrder>"), "input.xml"),
        (
            "a DOCTYPE with entities",
            Value::text(r#"<!DOCTYPE x [<!ENTITY a "aaaa">]><LnpOrder>&a;</LnpOrder>"#),
            "input.xml",
        ),
        ("another root", Value::text("<Order/>"), "input.xml"),
        ("plain text", Value::text("hello"), "input.type"),
        ("a JSON string holding XML", Value::text("\"<LnpOrder/>\""), "input.type"),
        ("100,000 keys", Value::Object(many), "input.too_many"),
        ("42", Value::Number(42.0), "input.type"),
        ("null", Value::Null, "input.type"),
    ];
    for (name, input, code) in cases {
        let r = read_order(&input);
        assert_eq!(codes(&r.issues), [code], "{name}: {:?}", r.issues);
        assert_eq!(serde_json::to_value(&r.order).unwrap(), json!({}), "{name}");
        let report = validate_order(&input, &Value::Missing, || None);
        assert_eq!(codes(&report.issues), [code], "{name}");
    }
}

#[test]
fn the_body_to_submit() {
    let order = v(json!({
        "customerOrderId": "C-1", "requestedFocDate": "2026-12-04", "billingTelephoneNumber": "(919) 246-0142",
        "listOfPhoneNumbers": "919-246-0142\n1 919 246 0143\n919-246-0142\nnope", "status": "EXCEPTION",
        "subscriber": { "subscriberType": "BUSINESS", "businessName": "Smith & Sons <West>",
            "serviceAddress": { "houseNumber": "12", "city": "", "zip": "27518" } },
        "orderId": "x", "portType": "AUTOMATED_ON_NET", "kind": "portIn", "triggered": true, "tnAttributes": ["Protected"],
        "actualFocDate": "2026-12-04"
    }));
    let body = to_lnp_order_xml(&order, &Value::Missing);
    let want = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<LnpOrder>
\t<RequestedFocDate>2026-12-04</RequestedFocDate>
\t<ActualFocDate>2026-12-04</ActualFocDate>
\t<BillingTelephoneNumber>9192460142</BillingTelephoneNumber>
\t<Subscriber>
\t\t<SubscriberType>BUSINESS</SubscriberType>
\t\t<BusinessName>Smith &amp; Sons &lt;West&gt;</BusinessName>
\t\t<ServiceAddress>
\t\t\t<HouseNumber>12</HouseNumber>
\t\t\t<Zip>27518</Zip>
\t\t</ServiceAddress>
\t</Subscriber>
\t<TnAttributes>
\t\t<TnAttribute>Protected</TnAttribute>
\t</TnAttributes>
\t<ListOfPhoneNumbers>
\t\t<PhoneNumber>9192460142</PhoneNumber>
\t\t<PhoneNumber>9192460143</PhoneNumber>
\t</ListOfPhoneNumbers>
\t<CustomerOrderId>C-1</CustomerOrderId>
\t<Triggered>true</Triggered>
</LnpOrder>
";
    assert_eq!(body.xml, want);
    let left: Vec<(String, &str)> = body.issues.iter().map(|i| (common::dotted(i), i.code.as_str())).collect();
    assert_eq!(
        left,
        [
            ("listOfPhoneNumbers.3".to_string(), "xml.left_out"),
            ("listOfPhoneNumbers".to_string(), "xml.left_out"),
            ("status".to_string(), "xml.left_out")
        ]
    );
    let supp = to_lnp_order_xml(&order, &v(json!({ "supp": true })));
    assert!(supp.xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LnpOrderSupp>"));
    assert!(!supp.xml.contains("ActualFocDate"));
    let lsr = to_lnp_order_xml(&v(json!({ "kind": "lsr", "pon": "P" })), &Value::Missing);
    assert_eq!((lsr.xml.as_str(), codes(&lsr.issues)), ("", vec!["xml.lsr"]));
    // What was written reads back as the order it came from.
    let back = read_order(&Value::text(body.xml.clone()));
    assert!(back.issues.is_empty(), "{:?}", back.issues);
    assert_eq!(back.order.subscriber.business_name.as_deref(), Some("Smith & Sons <West>"));
}

/// Names over 256 bytes (of UTF-8) are refused unread at their object, one issue each; 256 is
/// still a name (unknown, with no "did you mean" past 64).
#[test]
fn names_over_the_bound_are_refused_unread() {
    let long = "a".repeat(257);
    let emoji = "\u{1F600}".repeat(65); // 260 bytes, 65 characters
    let at_bound = "b".repeat(256);
    let order = Value::object([
        (long.clone(), Value::Null),
        (emoji, Value::Null),
        (at_bound, Value::Null),
        ("subscriber".to_string(), Value::object([(format!("businessName{}", "x".repeat(300)), Value::text("Acme"))])),
        ("customerOrderId".to_string(), Value::text("C-1")),
    ]);
    let (read, issues, _) = read(order);
    assert_eq!(
        issues,
        [
            (String::new(), "input.name_too_long"),
            (String::new(), "input.name_too_long"),
            ("b".repeat(256), "input.unknown_field"),
            ("subscriber".to_string(), "input.name_too_long"),
        ]
    );
    assert_eq!(read, json!({ "customerOrderId": "C-1" }), "the rest is read");
    let r = read_order(&Value::object([(long, Value::Null)]));
    assert_eq!(
        r.issues[0].message,
        "A key starting \u{201c}aaaaaaaaaaaaaaaaaaaaaaaa\u{201d} is over 256 bytes long: no field has such a name, and it was not read."
    );
    // XML element names: the same bound, the same issue, whatever the name's length.
    for n in [257, 3 * 1024 * 1024] {
        let name = "E".repeat(n);
        let xml = format!("<LnpOrder><{name}>1</{name}><CustomerOrderId>C-1</CustomerOrderId></LnpOrder>");
        let (read, issues, _) = self::read(Value::text(xml));
        assert_eq!(issues, [(String::new(), "input.name_too_long")], "{n}");
        assert_eq!(read, json!({ "customerOrderId": "C-1" }));
    }
}

/// A control character (other than tab, line feed, carriage return) or a noncharacter in a field
/// is an error at that field, and the field is not read: not checked as if typed, not written.
#[test]
fn control_characters_and_noncharacters_are_refused_at_their_field() {
    for (c, shown) in [
        ('\u{0}', "U+0000"),
        ('\u{1b}', "U+001B"),
        ('\u{7f}', "U+007F"),
        ('\u{85}', "U+0085"),
        ('\u{9b}', "U+009B"),
        ('\u{fdd0}', "U+FDD0"),
        ('\u{fffe}', "U+FFFE"),
        ('\u{ffff}', "U+FFFF"),
        ('\u{1fffe}', "U+1FFFE"),
        ('\u{10ffff}', "U+10FFFF"),
    ] {
        let order = v(json!({
            "customerOrderId": format!("AB{c}1"),
            "subscriber": { "businessName": format!("Acme{c}") },
            "tnAttributes": ["Protected", format!("{c}")],
        }));
        let (read, issues, _) = read(order.clone());
        assert_eq!(
            issues,
            [
                ("customerOrderId".to_string(), "input.control_character"),
                ("subscriber.businessName".to_string(), "input.control_character"),
                ("tnAttributes.1".to_string(), "input.control_character"),
            ],
            "{shown}"
        );
        assert_eq!(read, json!({ "tnAttributes": ["Protected"] }), "{shown}");
        let r = read_order(&order);
        assert_eq!(
            r.issues[0].message,
            format!("Customer order ID has the character {shown} at position 3, a control character or noncharacter: remove it (it cannot be sent, and does not show as typed).")
        );
        let body = to_lnp_order_xml(&order, &Value::Missing);
        assert!(!body.xml.contains("CustomerOrderId") && !body.xml.contains('\u{fffd}'), "{}", body.xml);
        assert_eq!(codes(&body.issues)[..3], ["input.control_character"; 3]);
        let report = validate_order(&order, &Value::Missing, || None);
        assert!(codes(&report.issues).contains(&"input.control_character"));
    }
    // Tab and line breaks are text; U+FFFD and other characters are too.
    let (_, issues, _) = read(v(json!({ "customerOrderId": "A\tB\r\nC", "loaAuthorizingPerson": "Zoë \u{fffd} 東" })));
    assert!(!issues.iter().any(|(_, c)| *c == "input.control_character"), "{issues:?}");
    // In XML, where the reader lets C1 controls through.
    let (_, issues, _) = read(Value::text("<LnpOrder><CustomerOrderId>A\u{85}</CustomerOrderId></LnpOrder>"));
    assert_eq!(issues, [("customerOrderId".to_string(), "input.control_character")]);
}

/// toLnpOrderXml's `supp` is true or false: `"true"` is a wrong option, said, not assumed.
#[test]
fn supp_is_true_or_false() {
    let order = v(json!({ "customerOrderId": "C-1" }));
    for (supp, root, issues) in [
        (json!(true), "<LnpOrderSupp>", vec![]),
        (json!(false), "<LnpOrder>", vec![]),
        (json!("true"), "<LnpOrder>", vec!["options.invalid"]),
        (json!(1), "<LnpOrder>", vec!["options.invalid"]),
    ] {
        let body = to_lnp_order_xml(&order, &v(json!({ "supp": supp })));
        assert!(body.xml.contains(root), "{supp}");
        assert_eq!(codes(&body.issues), issues, "{supp}");
    }
    let body = to_lnp_order_xml(&order, &v(json!({ "supp": "true" })));
    assert_eq!(body.issues[0].message, "Option supp must be true or false, not text.");
}
