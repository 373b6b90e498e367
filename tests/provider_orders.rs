//! Every order the provider takes (issue 21), each case checked against the provider's own
//! document it comes from, named in the case: the porting terminology
//! (`bw-apidocs-docs-porting-terminology.mdx`), the LNP checker guide (`...-lnp-checker.mdx`), the
//! full API schema (`bw-apidocs-numbers-openapi-full.yml`), its sample bodies, the LSR guide, the
//! Node SDK's README and the published error codes. The fixtures in `tests/fixtures/provider/`
//! are this project's own, written from the data of those references.
//!
//! A case lists every error and warning the order gets (so nothing else is reported), and the
//! infos it must carry.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{dotted, port_in, v};
use portin_validator::issue::Severity;
use portin_validator::{area_code, validate_order, Report};
use serde_json::{json, Value as J};

/// Monday 2026-11-23, 10:00 Eastern.
const NOW: &str = "2026-11-23T15:00:00Z";

fn fixture(text: &str) -> J {
    serde_json::from_str(text).unwrap()
}

/// The LNP checker's Canadian sample (613-723-0461, "Manual off-net Canada") as a manual off-net
/// port-in with an Ottawa service address.
fn canada() -> J {
    fixture(include_str!("fixtures/provider/canada.json"))
}

/// `order` with the fields at dotted paths set (`J::Null` removes one).
fn with(mut order: J, fields: &[(&str, J)]) -> J {
    for (path, value) in fields {
        let keys: Vec<&str> = path.split('.').collect();
        let mut at = &mut order;
        for k in &keys[..keys.len() - 1] {
            at = at.as_object_mut().unwrap().entry(k.to_string()).or_insert_with(|| json!({}));
        }
        let last = keys[keys.len() - 1];
        if value.is_null() {
            at.as_object_mut().unwrap().remove(last);
        } else {
            at[last] = value.clone();
        }
    }
    order
}

use Severity::{Error as E, Info as I, Warning as W};

struct Case {
    /// The provider's document the case comes from.
    source: &'static str,
    name: &'static str,
    order: J,
    options: J,
    /// Every error and warning: `(dotted path, code, severity)`.
    problems: Vec<(&'static str, &'static str, Severity)>,
    /// Infos the report must hold (others may stand beside them).
    infos: Vec<(&'static str, &'static str)>,
}

fn case(
    source: &'static str,
    name: &'static str,
    order: J,
    problems: Vec<(&'static str, &'static str, Severity)>,
    infos: Vec<(&'static str, &'static str)>,
) -> Case {
    Case { source, name, order, options: json!({ "now": NOW }), problems, infos }
}

fn check(r: &Report, c: &Case) {
    let got: Vec<(String, &str, Severity)> =
        r.issues.iter().filter(|i| i.severity != I).map(|i| (dotted(i), i.code.as_str(), i.severity)).collect();
    let want: Vec<(String, &str, Severity)> = c.problems.iter().map(|&(p, code, s)| (p.to_string(), code, s)).collect();
    assert_eq!(got, want, "{} ({})", c.name, c.source);
    for &(path, code) in &c.infos {
        assert!(
            r.issues.iter().any(|i| i.severity == I && dotted(i) == path && i.code == code),
            "{} ({}): no info {code} at {path}: {:?}",
            c.name,
            c.source,
            r.issues.iter().map(|i| (dotted(i), i.code.as_str())).collect::<Vec<_>>()
        );
    }
}

fn run(cases: Vec<Case>) {
    for c in &cases {
        check(&validate_order(&v(c.order.clone()), &v(c.options.clone()), || None), c);
    }
}

const TERMINOLOGY: &str =
    "bw-apidocs-docs-porting-terminology.mdx, Manual off-net: \"some rate centers and in Canada\"";
const CHECKER: &str = "bw-apidocs-docs-lnp-checker.mdx: 613-723-0461 is \"Manual off-net Canada\"";
const SCHEMA_ZIP: &str = "bw-apidocs-numbers-openapi-full.yml, ServiceAddress Zip: \"5 numbers, 5+4 or Canadian\"";

/// R-TN-COUNTRY: Canadian numbers port in as manual off-net, alone; the Caribbean does not.
#[test]
fn canadian_numbers_port_in_as_manual_off_net() {
    run(vec![
        case(CHECKER, "the Ottawa sample, manual off-net", canada(), vec![], vec![("listOfPhoneNumbers", "tn.canada")]),
        case(
            TERMINOLOGY,
            "an automated port type is refused, naming MANUAL_OFF_NET",
            with(canada(), &[("portType", json!("AUTOMATED_ON_NET"))]),
            vec![("portType", "tn.canada_port_type", E)],
            vec![("listOfPhoneNumbers", "tn.canada")],
        ),
        case(
            TERMINOLOGY,
            "no port type yet: the provider assigns it",
            with(canada(), &[("portType", J::Null)]),
            vec![],
            vec![("listOfPhoneNumbers", "tn.canada")],
        ),
        case(
            "bw-apidocs-docs-lnp-checker.mdx: numbers of one port-in share one port type and losing carrier",
            "Canadian and US numbers on one order: split them",
            with(canada(), &[("listOfPhoneNumbers", json!(["613-723-0461", "919-200-0000"]))]),
            vec![("listOfPhoneNumbers", "tn.mixed_country", E)],
            vec![],
        ),
        case(
            "NANPA: 876 is Jamaica, which the provider does not cover",
            "a Caribbean number is still refused",
            with(canada(), &[("listOfPhoneNumbers", json!(["876-246-0142"]))]),
            vec![("listOfPhoneNumbers.0", "tn.area_code_country", E)],
            vec![],
        ),
        case(
            SCHEMA_ZIP,
            "a Canadian postal code of another province",
            with(canada(), &[("subscriber.serviceAddress.zip", json!("H2X 1Y4"))]),
            vec![("subscriber.serviceAddress.zip", "address.postal_code_province", E)],
            vec![],
        ),
        case(
            SCHEMA_ZIP,
            "the postal code without its space, in lower case",
            with(canada(), &[("subscriber.serviceAddress.zip", json!("k1a0b1"))]),
            vec![],
            vec![],
        ),
        case(
            SCHEMA_ZIP,
            "an Ottawa number at a Montreal address: the area code's province",
            with(
                canada(),
                &[
                    ("subscriber.serviceAddress.stateCode", json!("QC")),
                    ("subscriber.serviceAddress.zip", json!("H2X 1Y4")),
                ],
            ),
            vec![("subscriber.serviceAddress.stateCode", "address.area_code_state", W)],
            vec![],
        ),
    ]);
    let r = validate_order(&v(canada()), &v(json!({ "now": NOW })), || None);
    let info = r.issues.iter().find(|i| i.code == "tn.canada").unwrap();
    assert_eq!(
        info.message.as_str(),
        "Canadian numbers (Ontario) port in as MANUAL_OFF_NET, through the provider's Canadian partner."
    );
    let places: Vec<&str> = r.tns.places.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(places, ["Canada, Ontario"], "report.tns.places keeps naming the province");
    let r = validate_order(
        &v(with(canada(), &[("portType", json!("AUTOMATED_OFF_NET"))])),
        &v(json!({ "now": NOW })),
        || None,
    );
    let m = &r.issues.iter().find(|i| i.code == "tn.canada_port_type").unwrap().message;
    assert!(m.contains("MANUAL_OFF_NET"), "{m}");
    // An LSR with Canadian numbers: the port-in rule does not apply.
    let lsr = with(port_in(), &[("kind", json!("lsr")), ("listOfPhoneNumbers", json!(["613-723-0461"]))]);
    let r = validate_order(&v(lsr), &v(json!({ "now": NOW })), || None);
    assert!(!r.issues.iter().any(|i| i.code.as_str().starts_with("tn.canada") || i.code == "tn.mixed_country"));
}

/// `areaCode`: Canadian codes in service are portable (manual off-net); the Caribbean's are not.
#[test]
fn area_code_says_canada_is_portable() {
    let at = |npa: &str| area_code(&v(json!(npa)), &v(json!({ "today": "2026-11-23" })), || None);
    for (npa, portable) in [("613", true), ("416", true), ("867", true), ("876", false), ("441", false), ("600", false)]
    {
        assert_eq!(at(npa).portable, portable, "{npa} ({TERMINOLOGY})");
    }
}
