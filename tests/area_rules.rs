//! R-TN-COUNTRY, R-TN-AREA-CODE, R-ADDRESS-ZIP-STATE and R-ADDRESS-AREA-CODE-STATE through the
//! whole pipeline, natively, at every boundary of the data: each NPA status, every Caribbean and
//! Canadian code, each territory, the dated codes on the day before and the day of, without a
//! day, `extraAreaCodes`, the ZIP exceptions, a military ZIP, an unused prefix, the state warning
//! with and without a matching TN, and the port types and kinds it leaves alone. A few of these run
//! through the wasm API too (`wasm/tests/wasm_api.rs`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{dotted, port_in, v, validate};
use portin_validator::internal::numbering::area_code;
use portin_validator::{parse_tn_list, Report, Severity, Value};
use serde_json::{json, Value as J};

const TODAY: &str = "2026-12-01";

/// The fixture (Raleigh, NC 27601; BTN 919-200-0000) with these numbers and changes.
fn order(tns: &[&str], fields: &[(&str, J)]) -> J {
    let mut o = port_in();
    o["listOfPhoneNumbers"] = json!(tns);
    for (path, value) in fields {
        let keys: Vec<&str> = path.split('.').collect();
        let mut at = &mut o;
        for k in &keys[..keys.len() - 1] {
            at = &mut at[*k];
        }
        if value.is_null() {
            at.as_object_mut().unwrap().remove(keys[keys.len() - 1]);
        } else {
            at[keys[keys.len() - 1]] = value.clone();
        }
    }
    o
}

fn on(today: &str) -> J {
    json!({ "today": today })
}

/// `(path, code, severity)` of every issue.
fn triples(r: &Report) -> Vec<(String, &'static str, Severity)> {
    r.issues.iter().map(|i| (dotted(i), i.code.as_str(), i.severity)).collect()
}

/// The issues of these codes' families that the area and address rules emit.
const OURS: &[&str] = &[
    "tn.area_code_country",
    "tn.area_code_non_geographic",
    "tn.area_code_not_in_service",
    "tn.area_code_not_yet",
    "tn.area_code",
    "tn.area_code_reserved",
    "address.zip_state",
    "address.postal_code_province",
    "address.zip_military",
    "address.zip_unused",
    "address.area_code_state",
];

fn ours(r: &Report) -> Vec<(String, &'static str, Severity)> {
    triples(r).into_iter().filter(|(_, c, _)| OURS.contains(c)).collect()
}

use Severity::{Error as E, Warning as W};

/// An expected issue: code and severity.
type Want = Option<(&'static str, Severity)>;

/// One number at a NC address: (number, today, expected issue at item 0).
#[rustfmt::skip]
const NUMBERS: &[(&str, Option<&str>, Want)] = &[
    // Each status.
    ("919-246-0142", Some(TODAY), None),
    ("565-246-0142", Some(TODAY), Some(("tn.area_code_not_yet", E))),          // assigned, no date (GA)
    ("761-246-0142", Some(TODAY), Some(("tn.area_code_not_yet", E))),          // assigned, no date (KY)
    ("880-246-0142", Some(TODAY), Some(("tn.area_code_not_in_service", E))),   // reserved (toll-free)
    ("822-246-0142", Some(TODAY), Some(("tn.area_code_reserved", E))),         // assigned toll-free: equal last digits, syntax first
    ("237-246-0142", Some(TODAY), Some(("tn.area_code_not_in_service", E))),   // unassigned
    ("411-246-0142", Some(TODAY), Some(("tn.area_code_reserved", E))),         // N11: the syntax says so first
    ("555-246-0142", Some(TODAY), Some(("tn.area_code_reserved", E))),         // unavailable: syntax first
    ("950-246-0142", Some(TODAY), Some(("tn.area_code_not_in_service", E))),   // unavailable, passes the syntax
    ("988-246-0142", Some(TODAY), Some(("tn.area_code_reserved", E))),
    ("119-246-0142", Some(TODAY), Some(("tn.area_code", E))),
    // Country: Canada ports in (manual off-net; BW terminology, LNP checker's 613-723-0461), the
    // Caribbean does not; non-geographic codes neither.
    ("416-246-0142", Some(TODAY), None),
    ("613-723-0461", Some(TODAY), None),
    ("273-246-0142", Some(TODAY), Some(("tn.area_code_not_yet", E))),          // Canadian, from 2027-02-27
    ("273-246-0142", Some("2027-02-27"), None),
    ("876-246-0142", Some(TODAY), Some(("tn.area_code_country", E))),
    ("441-246-0142", Some(TODAY), Some(("tn.area_code_country", E))),
    ("532-246-0142", Some(TODAY), Some(("tn.area_code_non_geographic", E))),
    ("710-246-0142", Some(TODAY), Some(("tn.area_code_non_geographic", E))),
    // Toll-free in service.
    ("800-246-0142", Some(TODAY), None),
    ("833-246-0142", Some(TODAY), None),
    // The territories are US.
    ("787-246-0142", Some(TODAY), None),
    ("939-246-0142", Some(TODAY), None),
    ("340-246-0142", Some(TODAY), None),
    ("671-246-0142", Some(TODAY), None),
    ("684-246-0142", Some(TODAY), None),
    ("670-246-0142", Some(TODAY), None),
    // In service per NANPA, where libphonenumber lags.
    ("861-246-0142", Some(TODAY), None),
    ("679-246-0142", Some(TODAY), None),
    // Dated codes: the day before, the day of, no day.
    ("471-246-0142", Some("2026-01-29"), Some(("tn.area_code_not_yet", E))),
    ("471-246-0142", Some("2026-01-30"), None),
    ("483-246-0142", Some("2026-02-22"), Some(("tn.area_code_not_yet", E))),
    ("483-246-0142", Some("2026-02-23"), None),
    ("465-246-0142", Some("2026-06-17"), Some(("tn.area_code_not_yet", E))),
    ("465-246-0142", Some("2026-06-18"), None),
    ("465-246-0142", None, Some(("tn.area_code_not_yet", W))),
    ("919-246-0142", None, None),
];

#[test]
fn each_area_code_boundary() {
    for &(tn, today, want) in NUMBERS {
        let options = today.map_or(json!({}), on);
        let toll_free = tn.starts_with('8') && area_code(tn[..3].parse().unwrap()).unwrap().is_toll_free();
        let fields: Vec<(&str, J)> = if toll_free {
            vec![("portType", json!("MANUAL_TOLL_FREE")), ("targetRespOrgId", json!("ABC12"))]
        } else {
            vec![]
        };
        let r = validate(order(&[tn], &fields), options.clone());
        let got: Vec<_> = ours(&r).into_iter().filter(|(p, _, _)| p.starts_with("listOfPhoneNumbers")).collect();
        let want: Vec<_> = want.into_iter().map(|(c, s)| ("listOfPhoneNumbers.0".to_string(), c, s)).collect();
        assert_eq!(got, want, "{tn} on {today:?}");
        // parseTnList agrees: rejected numbers are invalid entries, dated ones warnings.
        let list = parse_tn_list(&v(json!(tn)), &v(options), || None);
        match want.first() {
            Some((_, code, E)) => {
                assert!(list.tns.is_empty(), "{tn}");
                assert_eq!(list.invalid[0].issue.code, *code, "{tn}");
                assert_eq!(list.invalid[0].line, 1);
            }
            Some((_, code, _)) => {
                assert_eq!(list.tns.len(), 1, "{tn}");
                assert_eq!(list.issues[0].code, *code, "{tn}");
            }
            None => assert!(list.tns.len() == 1 && list.invalid.is_empty() && list.issues.is_empty(), "{tn}"),
        }
    }
}

/// Every Caribbean (and Bermuda) code the syntax lets through is refused, naming its country;
/// every Canadian geographic code in service is a valid number (R-TN-COUNTRY: manual off-net).
#[test]
fn every_other_country_is_refused_by_name() {
    let mut countries = std::collections::BTreeSet::new();
    let mut canadian = 0;
    for npa in 200..=999u16 {
        let code = area_code(npa).unwrap();
        if code.is_canada()
            && code.is_geographic()
            && code.status == portin_validator::internal::numbering::NpaStatus::InService
        {
            let list = parse_tn_list(&Value::text(format!("{npa}-246-0142").as_str()), &v(on(TODAY)), || None);
            assert!(list.invalid.is_empty() && list.tns.len() == 1, "{npa}");
            canadian += 1;
            continue;
        }
        if !code.is_other_country() {
            continue;
        }
        let tn = format!("{npa}-246-0142");
        let list = parse_tn_list(&Value::text(tn.as_str()), &v(on(TODAY)), || None);
        let Some(bad) = list.invalid.first() else { panic!("{tn} accepted") };
        if bad.issue.code != "tn.area_code_country" {
            // Codes with equal last digits or N9X (600, 622...) fail the syntax first.
            assert_eq!(bad.issue.code, "tn.area_code_reserved", "{tn}");
            continue;
        }
        let m = &bad.issue.message;
        let iso = code.country.unwrap();
        assert!(m.contains(portin_validator::internal::numbering::country_name(iso).unwrap()), "{m}");
        countries.insert(iso);
    }
    assert!(canadian >= 40, "{canadian} Canadian codes");
    // Bermuda and the 16 Caribbean countries and territories of the plan that are not US.
    assert!(countries.len() >= 16, "{countries:?}");
    for iso in ["JM", "DO", "BS", "BM", "TT", "BB"] {
        assert!(countries.contains(iso), "{iso}");
    }
}

#[test]
fn messages() {
    let r = parse_tn_list(&Value::text("876-246-0142\n237 246 0142\n471-246-0142"), &v(on("2026-01-29")), || None);
    let m: Vec<&str> = r.invalid.iter().map(|i| i.issue.message.as_str()).collect();
    assert!(m[0].starts_with("Line 1: \u{201c}876-246-0142\u{201d}: 876 is an area code of Jamaica"), "{}", m[0]);
    assert!(m[1].contains("2025-11-26") && m[1].contains("extraAreaCodes"), "{}", m[1]);
    assert!(m[2].contains("enters service on 2026-01-30"), "{}", m[2]);
    assert_eq!(r.invalid[0].issue.rule, Some("R-TN-COUNTRY"));
    assert_eq!(r.invalid[1].issue.rule, Some("R-TN-AREA-CODE"));
}

#[test]
fn extra_area_codes() {
    let options = json!({ "today": TODAY, "extraAreaCodes": ["237", "565"] });
    let r = validate(order(&["237-246-0142", "565-246-0142"], &[]), options.clone());
    assert!(ours(&r).is_empty(), "{:?}", triples(&r));
    assert!(r.ok, "{:?}", triples(&r));
    // No state: the state rule has nothing to go on, even at an address in another state.
    let r = validate(
        order(
            &["237-246-0142"],
            &[("subscriber.serviceAddress.stateCode", json!("SC")), ("subscriber.serviceAddress.zip", json!("29201"))],
        ),
        options.clone(),
    );
    assert!(ours(&r).is_empty(), "{:?}", triples(&r));
    let list = parse_tn_list(&Value::text("237-246-0142"), &v(options), || None);
    assert_eq!(list.tns.len(), 1);
    // A wrong entry: options.invalid, and the rest of the list still counts.
    let r = validate(order(&["237-246-0142"], &[]), json!({ "today": TODAY, "extraAreaCodes": ["23", "238"] }));
    let got = triples(&r);
    assert!(got.contains(&(String::new(), "options.invalid", E)), "{got:?}");
    assert!(got.contains(&("listOfPhoneNumbers.0".into(), "tn.area_code_not_in_service", E)), "{got:?}");
}

#[test]
fn rejected_numbers_are_invalid_entries_not_duplicates() {
    let r = validate(order(&["876-246-0142", "876 246 0142", "919-200-0001"], &[]), on(TODAY));
    let got = triples(&r);
    let country: Vec<_> =
        got.iter().filter(|(_, c, _)| *c == "tn.area_code_country").map(|(p, _, _)| p.as_str()).collect();
    assert_eq!(country, ["listOfPhoneNumbers.0", "listOfPhoneNumbers.1"]);
    assert!(!got.iter().any(|(_, c, _)| *c == "tn.duplicate"), "{got:?}");
    assert_eq!((r.tns.count, r.tns.valid, r.tns.invalid, r.tns.duplicates), (3, 1, 2, 0));
    // A toll-free code not in service is no toll-free number.
    let list = parse_tn_list(&Value::text("880-246-0142\n800-246-0142"), &v(on(TODAY)), || None);
    assert_eq!((list.tns.len(), list.toll_free.len(), list.invalid.len()), (1, 1, 1));
}

#[test]
fn the_btn_fields_are_tns_too() {
    let r = validate(
        order(
            &["919-200-0000", "919-200-0001"],
            &[("billingTelephoneNumber", json!("876-246-0142")), ("newBillingTelephoneNumber", json!("237-246-0142"))],
        ),
        on(TODAY),
    );
    let got = triples(&r);
    assert!(got.contains(&("billingTelephoneNumber".into(), "tn.area_code_country", E)), "{got:?}");
    assert!(got.contains(&("newBillingTelephoneNumber".into(), "tn.area_code_not_in_service", E)), "{got:?}");
    assert!(r
        .issues
        .iter()
        .filter(|i| i.code.as_str().starts_with("tn.area_code"))
        .all(|i| i.rule == Some("R-TN-BTN")));
    let r = validate(order(&["919-200-0000"], &[("billingTelephoneNumber", json!("465-246-0142"))]), json!({}));
    assert!(triples(&r).contains(&("billingTelephoneNumber".into(), "tn.area_code_not_yet", W)), "{:?}", triples(&r));
}

/// The service address: (state, ZIP, expected issue on the ZIP).
#[rustfmt::skip]
const ZIPS: &[(&str, &str, Want)] = &[
    ("NC", "27601", None),
    ("nc", "27601-1234", None),
    ("NC", "90025", Some(("address.zip_state", E))),
    ("CO", "27541", Some(("address.zip_state", E))),
    // The exceptions: their own state, not their prefix's.
    ("NY", "06390", None),
    ("CT", "06390", Some(("address.zip_state", E))),
    ("MD", "20588", None),
    ("DC", "20588", Some(("address.zip_state", E))),
    ("AS", "96799", None),
    ("HI", "96799", Some(("address.zip_state", E))),
    ("PR", "00601", None),
    ("GU", "96910", None),
    // Military and unused prefixes.
    ("NC", "09001", Some(("address.zip_military", E))),
    ("CA", "96201", Some(("address.zip_military", E))),
    ("FL", "34001", Some(("address.zip_military", E))),
    ("MD", "21300", Some(("address.zip_unused", W))),
    ("NC", "00100", Some(("address.zip_unused", W))),
    // Canadian addresses (the schema's Zip: "5 numbers, 5+4 or Canadian"): the postal code's first
    // letter names the province; a US ZIP with a province, or a postal code with a state, is wrong.
    ("ON", "K1A 0B1", None),
    ("on", "k1a0b1", None),
    ("QC", "H2X 1Y4", None),
    ("NU", "X0A 0H0", None),
    ("NT", "X0A 0H0", None),
    ("QC", "K1A 0B1", Some(("address.postal_code_province", E))),
    ("NC", "K1A 0B1", Some(("address.postal_code_province", E))),
    ("ON", "27601", Some(("address.zip_state", E))),
    // Not checked: a state or ZIP that is not well-formed (their own issues say so).
    ("ON", "D1A 1A1", None),
    ("XX", "90025", None),
    ("NC", "9002", None),
];

#[test]
fn zip_and_state() {
    for &(state, zip, want) in ZIPS {
        let r = validate(
            order(
                &["800-246-0142"],
                &[
                    ("subscriber.serviceAddress.stateCode", json!(state)),
                    ("subscriber.serviceAddress.zip", json!(zip)),
                    ("portType", json!("MANUAL_TOLL_FREE")),
                    ("targetRespOrgId", json!("ABC12")),
                ],
            ),
            on(TODAY),
        );
        let got: Vec<_> = ours(&r).into_iter().filter(|(p, _, _)| p == "subscriber.serviceAddress.zip").collect();
        let want: Vec<_> = want.into_iter().map(|(c, s)| ("subscriber.serviceAddress.zip".to_string(), c, s)).collect();
        assert_eq!(got, want, "{state} {zip}");
    }
    let r = validate(order(&["919-200-0001"], &[("subscriber.serviceAddress.zip", json!("90025"))]), on(TODAY));
    let m = &r.issues.iter().find(|i| i.code == "address.zip_state").unwrap().message;
    assert_eq!(m, "ZIP code 90025 is in California (CA), not in North Carolina (NC); check the ZIP code and the state of the service address.");
    let r = validate(
        order(
            &["613-723-0461"],
            &[
                ("subscriber.serviceAddress.stateCode", json!("QC")),
                ("subscriber.serviceAddress.zip", json!("X0A 0H0")),
            ],
        ),
        on(TODAY),
    );
    let m = &r.issues.iter().find(|i| i.code == "address.postal_code_province").unwrap().message;
    assert_eq!(m, "Postal code \u{201c}X0A 0H0\u{201d} is in NT or NU, not in Quebec (QC); check the postal code and the province of the service address.");
}

/// (numbers, state, ZIP, port type, kind, warned).
type StateCase = (&'static [&'static str], &'static str, &'static str, &'static str, &'static str, bool);

#[rustfmt::skip]
const STATES: &[StateCase] = &[
    (&["919-200-0001"], "NC", "27601", "AUTOMATED_ON_NET", "portIn", false),
    (&["919-200-0001"], "SC", "29201", "AUTOMATED_ON_NET", "portIn", true),
    (&["919-200-0001", "803-246-0142"], "SC", "29201", "AUTOMATED_ON_NET", "portIn", false),
    (&["919-200-0001", "212-246-0142"], "SC", "29201", "", "portIn", true),
    (&["919-200-0001"], "SC", "29201", "AUTOMATED_OFF_NET", "portIn", true),
    (&["919-200-0001"], "SC", "29201", "AUTOMATED_ON_NET_WIRELESS", "portIn", false),
    (&["800-246-0142"], "SC", "29201", "MANUAL_TOLL_FREE", "portIn", false),
    (&["919-200-0001"], "SC", "29201", "", "lsr", false),
    // Rejected numbers are not the address's business; nothing left to compare.
    (&["876-246-0142"], "SC", "29201", "AUTOMATED_ON_NET", "portIn", false),
    // Canadian numbers against provinces (a Canadian address's province, or a US state).
    (&["613-723-0461"], "ON", "K1A 0B1", "MANUAL_OFF_NET", "portIn", false),
    (&["613-723-0461"], "QC", "H2X 1Y4", "MANUAL_OFF_NET", "portIn", true),
    (&["613-723-0461"], "NC", "27601", "MANUAL_OFF_NET", "portIn", true),
    (&["919-200-0001"], "ON", "K1A 0B1", "AUTOMATED_ON_NET", "portIn", true),
    (&["902-246-0142"], "PE", "C1A 1A1", "MANUAL_OFF_NET", "portIn", false),
    // A code serving a territory.
    (&["787-246-0142"], "PR", "00601", "AUTOMATED_ON_NET", "portIn", false),
];

#[test]
fn the_address_state_and_the_area_codes() {
    for &(tns, state, zip, port_type, kind, warned) in STATES {
        let mut fields = vec![
            ("subscriber.serviceAddress.stateCode", json!(state)),
            ("subscriber.serviceAddress.zip", json!(zip)),
            ("kind", json!(kind)),
            ("portType", if port_type.is_empty() { J::Null } else { json!(port_type) }),
        ];
        if kind == "lsr" {
            fields.push(("pon", json!("PON-1")));
        }
        let r = validate(order(tns, &fields), on(TODAY));
        let got: Vec<_> = ours(&r).into_iter().filter(|(_, c, _)| *c == "address.area_code_state").collect();
        let want: Vec<_> = warned
            .then(|| ("subscriber.serviceAddress.stateCode".to_string(), "address.area_code_state", W))
            .into_iter()
            .collect();
        assert_eq!(got, want, "{tns:?} {state} {port_type} {kind}");
    }
    let r = validate(
        order(
            &["919-200-0001", "212-246-0142"],
            &[("subscriber.serviceAddress.stateCode", json!("SC")), ("subscriber.serviceAddress.zip", json!("29201"))],
        ),
        on(TODAY),
    );
    let m = &r.issues.iter().find(|i| i.code == "address.area_code_state").unwrap().message;
    assert!(m.starts_with("The service address is in South Carolina (SC), but none of the numbers' area codes is: 919 (NC) and 212 (NY)."), "{m}");
}

#[test]
fn places_per_state_or_country() {
    let r = validate(
        order(&["212-246-0142", "212-246-0143", "646-246-0142", "416-246-0142", "919-200-0001"], &[]),
        on(TODAY),
    );
    let got: Vec<(String, Vec<String>, u32)> =
        r.tns.places.iter().map(|p| (p.place.clone(), p.area_codes.clone(), p.count)).collect();
    let s = |x: &str| x.to_string();
    assert_eq!(
        got,
        vec![
            (s("NY"), vec![s("212"), s("646")], 3),
            (s("Canada, Ontario"), vec![s("416")], 1),
            (s("NC"), vec![s("919")], 1)
        ]
    );
    let r = validate(
        order(&["876-246-0142", "800-246-0142", "532-246-0142", "237-246-0142"], &[]),
        json!({ "today": TODAY }),
    );
    let names: Vec<&str> = r.tns.places.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(names, ["Toll-free", "Jamaica", "Non-geographic", "Not in service"]);
}

/// The provider's own sample order (an on-net NANP port-in): Denver, CO with ZIP 27541 (North
/// Carolina), a 919 number, a BTN in the fictitious 555 exchange.
#[test]
fn the_providers_sample_order() {
    let sample = json!({
        "requestedFocDate": "2016-03-25T21:15:00.000Z",
        "billingTelephoneNumber": "9195551234",
        "newBillingTelephoneNumber": "9175131245",
        "subscriber": {
            "subscriberType": "BUSINESS", "firstName": "First", "lastName": "Last",
            "serviceAddress": { "houseNumber": "11235", "streetName": "Back", "city": "Denver", "stateCode": "CO", "zip": "27541", "county": "Canyon" }
        },
        "loaAuthorizingPerson": "The Authguy",
        "wirelessInfo": { "accountNumber": "771297665AABC", "pinNumber": "1234" },
        "listOfPhoneNumbers": ["9194809871"],
        "customerOrderId": "myOrder", "triggered": true, "partialPort": true
    });
    let r = validate(sample, on(TODAY));
    let got = ours(&r);
    assert!(got.contains(&("subscriber.serviceAddress.zip".into(), "address.zip_state", E)), "{got:?}");
    assert!(got.contains(&("subscriber.serviceAddress.stateCode".into(), "address.area_code_state", W)), "{got:?}");
    assert_eq!(r.tns.places[0].place, "NC");
}
