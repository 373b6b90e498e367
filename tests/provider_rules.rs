//! The provider's own fields through the whole pipeline, natively: R-TN-RESPORG, R-TN-ATTRIBUTES,
//! R-BILLING-TYPE, R-EDIT-ALTERNATE-SPID and R-EDIT-FIXED, each with its last wrong and first fine
//! value.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{dotted, port_in, validate};
use portin_validator::internal::issue::Severity;
use serde_json::{json, Value as J};

/// The codes of these rules, so that a case can say "exactly these and no other".
const CODES: &[&str] = &[
    "tn.resp_org_required",
    "tn.resp_org_format",
    "tn.attribute_unknown",
    "tn.attribute_repeated",
    "ids.billing_type",
    "edit.alternate_spid",
    "edit.fixed",
    "edit.not_editable",
];

const NOW: &str = "2026-11-23T15:00:00Z";

fn with(mut order: J, fields: &[(&str, J)]) -> J {
    for (k, v) in fields {
        order[*k] = v.clone();
    }
    order
}

/// The fixture with `fields` set.
fn o(fields: &[(&str, J)]) -> J {
    with(port_in(), fields)
}

/// A manual toll-free port-in with `fields` set.
fn toll_free(fields: &[(&str, J)]) -> J {
    let order = o(&[("portType", json!("MANUAL_TOLL_FREE")), ("listOfPhoneNumbers", json!(["800-246-0142"]))]);
    with(order, fields)
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

struct Case {
    name: &'static str,
    order: J,
    options: J,
    want: Vec<(&'static str, &'static str, Severity)>,
}

fn case(name: &'static str, order: J, want: Vec<(&'static str, &'static str, Severity)>) -> Case {
    Case { name, order, options: json!({ "now": NOW }), want }
}

/// An edit of `saved` to `edited`.
fn edit(name: &'static str, saved: J, edited: J, want: Vec<(&'static str, &'static str, Severity)>) -> Case {
    Case { name, order: edited, options: json!({ "now": NOW, "original": saved }), want }
}

fn check(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in &cases {
        let report = validate(c.order.clone(), c.options.clone());
        let mut got: Vec<(String, &str, Severity)> = report
            .issues
            .iter()
            .filter(|i| CODES.contains(&i.code.as_str()))
            .map(|i| (dotted(i), i.code.as_str(), i.severity))
            .collect();
        let mut want: Vec<(String, &str, Severity)> =
            c.want.iter().map(|(p, k, s)| ((*p).to_string(), *k, *s)).collect();
        got.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        want.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        if got != want {
            failures.push(format!("{}: want {want:?}, got {got:?}", c.name));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

const RESP: &str = "targetRespOrgId";

#[test]
fn target_resp_org() {
    let required = (RESP, "tn.resp_org_required", E);
    let format = (RESP, "tn.resp_org_format", E);
    check(vec![
        // Who needs it: the toll-free port type, or toll-free numbers whatever the port type.
        case("manual toll-free without it", toll_free(&[]), vec![required]),
        case("blank is missing", toll_free(&[(RESP, json!("  "))]), vec![required]),
        case(
            "a draft without it: warning",
            toll_free(&[("status", json!("DRAFT"))]),
            vec![(RESP, "tn.resp_org_required", W)],
        ),
        case(
            "toll-free numbers, no port type",
            o(&[("portType", J::Null), ("listOfPhoneNumbers", json!(["888-246-0142"]))]),
            vec![required],
        ),
        case(
            "port type alone, no numbers",
            o(&[("portType", json!("MANUAL_TOLL_FREE")), ("listOfPhoneNumbers", J::Null)]),
            vec![required],
        ),
        case("a geographic port-in does not need it", o(&[]), vec![]),
        case("an LSR never", json!({ "kind": "lsr", "pon": "ABC123", "listOfPhoneNumbers": ["800-246-0142"] }), vec![]),
        // Format: exactly 5 letters or digits; the last wrong and first fine each way.
        case("4 characters", toll_free(&[(RESP, json!("JYT0"))]), vec![format]),
        case("5 characters", toll_free(&[(RESP, json!("JYT01"))]), vec![]),
        case("6 characters", toll_free(&[(RESP, json!("JYT012"))]), vec![format]),
        case("trimmed", toll_free(&[(RESP, json!(" JYT01 "))]), vec![]),
        case("lowercase letters", toll_free(&[(RESP, json!("jyt01"))]), vec![]),
        case("all digits", toll_free(&[(RESP, json!("12345"))]), vec![]),
        case("a dash", toll_free(&[(RESP, json!("JY-01"))]), vec![format]),
        case("a space inside", toll_free(&[(RESP, json!("JY 01"))]), vec![format]),
        case("a letter that is not ASCII", toll_free(&[(RESP, json!("JYTÖ1"))]), vec![format]),
        case("checked on any port-in when given", o(&[(RESP, json!("JYT"))]), vec![format]),
    ]);
}

#[test]
fn tn_attributes() {
    let at = "tnAttributes";
    let unknown = (at, "tn.attribute_unknown", E);
    let repeated = (at, "tn.attribute_repeated", E);
    check(vec![
        case("each known one", o(&[(at, json!(["Protected", "External", "Hosted", "Imported"]))]), vec![]),
        case("empty list", o(&[(at, json!([]))]), vec![]),
        case("any case", o(&[(at, json!(["PROTECTED", "external", " Hosted "]))]), vec![]),
        case("unknown", o(&[(at, json!(["Protectd"]))]), vec![unknown]),
        case("blank", o(&[(at, json!([""]))]), vec![unknown]),
        case("several unknown: one issue", o(&[(at, json!(["A", "B", "C", "D", "E"]))]), vec![unknown]),
        case("twice", o(&[(at, json!(["Protected", "Protected"]))]), vec![repeated]),
        case("twice in two casings", o(&[(at, json!(["Protected", "PROTECTED"]))]), vec![repeated]),
        case("unknown and repeated", o(&[(at, json!(["X", "Hosted", "hosted"]))]), vec![unknown, repeated]),
    ]);
}

#[test]
fn billing_type() {
    let at = "billingType";
    let wrong = (at, "ids.billing_type", E);
    let mut cases: Vec<Case> = ["NOCHARGE", "PORTIN", "NEWNUMBER", "PROJECTPORT", "DISCOUNTED"]
        .into_iter()
        .map(|b| case("each known one", o(&[(at, json!(b))]), vec![]))
        .collect();
    cases.extend([
        case("any case", o(&[(at, json!("portIn"))]), vec![]),
        case("blank is absent", o(&[(at, json!(" "))]), vec![]),
        case("unknown", o(&[(at, json!("FREE"))]), vec![wrong]),
        case("a word apart", o(&[(at, json!("PORT IN"))]), vec![wrong]),
    ]);
    check(cases);
}

#[test]
fn alternate_spid_and_the_other_fixed_fields() {
    let spid = ("alternateSpid", "edit.alternate_spid", E);
    let at = |status: &str, fields: &[(&str, J)]| o(&[&[("status", json!(status))], fields].concat());
    check(vec![
        // On a draft everything may change; from SUBMITTED on, the alternate SPID may not.
        edit("draft", at("DRAFT", &[]), at("DRAFT", &[("alternateSpid", json!("9999"))]), vec![]),
        edit("submitted: set", at("SUBMITTED", &[]), at("SUBMITTED", &[("alternateSpid", json!("9999"))]), vec![spid]),
        edit(
            "submitted: changed",
            at("SUBMITTED", &[("alternateSpid", json!("1111"))]),
            at("SUBMITTED", &[("alternateSpid", json!("9999"))]),
            vec![spid],
        ),
        edit(
            "exception: removed",
            at("EXCEPTION", &[("alternateSpid", json!("1111"))]),
            at("EXCEPTION", &[]),
            vec![spid],
        ),
        edit(
            "submitted: the same, spaces aside",
            at("SUBMITTED", &[("alternateSpid", json!("1111"))]),
            at("SUBMITTED", &[("alternateSpid", json!(" 1111 "))]),
            vec![],
        ),
        case("carried on a new order", at("SUBMITTED", &[("alternateSpid", json!("1111"))]), vec![]),
        // R-EDIT-FIXED (the provider's SUPP field notes): `triggered`, `immediately`, the
        // billing type and, once submitted, the target RespOrg are fixed once placed; absent and
        // false are the same; a draft may change them.
        edit(
            "triggered turned on in a supp",
            at("SUBMITTED", &[]),
            at("SUBMITTED", &[("triggered", json!(true))]),
            vec![("triggered", "edit.fixed", E)],
        ),
        edit("triggered turned on in a draft", at("DRAFT", &[]), at("DRAFT", &[("triggered", json!(true))]), vec![]),
        edit(
            "immediately turned on in a supp",
            at("EXCEPTION", &[("portType", json!("INTERNAL"))]),
            at("EXCEPTION", &[("portType", json!("INTERNAL")), ("immediately", json!(true))]),
            vec![("immediately", "edit.fixed", E)],
        ),
        edit(
            "the target RespOrg changed once submitted (7534)",
            toll_free(&[("status", json!("SUBMITTED")), (RESP, json!("JYT01"))]),
            toll_free(&[("status", json!("SUBMITTED")), (RESP, json!("ABC12"))]),
            vec![(RESP, "edit.fixed", E)],
        ),
        edit(
            "the target RespOrg changed on a draft",
            toll_free(&[("status", json!("DRAFT")), (RESP, json!("JYT01"))]),
            toll_free(&[("status", json!("DRAFT")), (RESP, json!("ABC12"))]),
            vec![],
        ),
        edit(
            "triggered absent to false",
            at("SUBMITTED", &[]),
            at("SUBMITTED", &[("triggered", json!(false))]),
            vec![],
        ),
        edit(
            "billing type changed in a supp",
            at("SUBMITTED", &[("billingType", json!("PORTIN"))]),
            at("SUBMITTED", &[("billingType", json!("NOCHARGE"))]),
            vec![("billingType", "edit.fixed", E)],
        ),
        // Site, peer and TN attributes: a supp may change them, after FOC too (the SUPP rules'
        // "can always be updated").
        edit(
            "site, peer and attributes changed in a supp",
            at("SUBMITTED", &[("siteId", json!("1")), ("peerId", json!("2"))]),
            at("SUBMITTED", &[("siteId", json!("3")), ("peerId", json!("4")), ("tnAttributes", json!(["Protected"]))]),
            vec![],
        ),
        edit(
            "site, peer and attributes changed after FOC on an off-net order",
            at("FOC", &[("portType", json!("AUTOMATED_OFF_NET")), ("siteId", json!("1"))]),
            at(
                "FOC",
                &[
                    ("portType", json!("AUTOMATED_OFF_NET")),
                    ("siteId", json!("3")),
                    ("tnAttributes", json!(["Hosted"])),
                ],
            ),
            vec![],
        ),
    ]);
}
