//! Issue 20's cases, each from the provider's document it names: a supplement (`<LnpOrderSupp>`,
//! the PUT's body) is a change to the saved order (R-EDIT-SUPP); finished orders are left alone
//! (R-STATUS-TERMINAL). The provider's samples are this project's fixtures in `tests/fixtures/provider/` (data
//! only); `tests/fixtures/supp/` holds orders of ours in the shape of the provider's GET sample.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{dotted, v};
use portin_validator::{apply_supp, validate_order, Report};
use serde_json::{json, Value as J};

const NOW: &str = "2026-11-23T15:00:00Z";

/// `bw-apidocs-portins-orderId-get-resp200-Port-in-in-CANCELLED-state.xml`.
const GET_CANCELLED: &str = include_str!("fixtures/provider/get-cancelled.xml");
/// `bw-apidocs-portins-orderId-put-req-Regular-Request.xml`.
const PUT_REGULAR: &str = include_str!("fixtures/provider/put-regular.xml");
/// `bw-apidocs-portins-post-resp201-On-net-NANP-Port-in-Order-Response.xml`.
const POST_RESPONSE: &str = include_str!("fixtures/provider/post-201-on-net.xml");
/// A submitted automated on-net order of ours, in the shape of the GET sample.
const SAVED: &str = include_str!("fixtures/supp/get-submitted.xml");

/// The saved order as an automated off-net order with FOC for Friday 2026-12-04 (S1).
fn off_net_with_foc() -> String {
    SAVED
        .replace("<ProcessingStatus>SUBMITTED</ProcessingStatus>", "<ProcessingStatus>FOC</ProcessingStatus>")
        .replace("<PortType>AUTOMATED</PortType>", "<PortType>AUTOMATED_OFF_NET</PortType>")
}

/// The schema's VALID_DRAFT_TFNS GET example, an automated toll-free port-in, as submitted.
fn toll_free_submitted() -> String {
    include_str!("fixtures/provider/get-valid-draft-tfns.xml").replace(">VALID_DRAFT_TFNS<", ">SUBMITTED<")
}

/// Tuesday 2021-06-15, 11:00 Eastern: a week before the toll-free example's date.
const TOLL_FREE_NOW: &str = "2021-06-15T15:00:00Z";

fn check(body: J, options: J) -> Report {
    validate_order(&v(body), &v(options), || None)
}

fn codes(report: &Report) -> Vec<(String, &'static str)> {
    report.issues.iter().map(|i| (dotted(i), i.code.as_str())).collect()
}

/// The required-field codes a whole order without end-user details gets.
const REQUIRED: [&str; 6] =
    ["tn.none", "btn.required", "subscriber.type_required", "address.required", "loa.required", "account.pin_together"];

/// One case: a body, its options, whether it is `ok`, codes it must and must not have.
struct Case {
    name: &'static str,
    body: J,
    options: J,
    ok: bool,
    has: Vec<&'static str>,
    not: Vec<&'static str>,
}

fn cases() -> Vec<Case> {
    let alone = json!({ "now": NOW });
    let saved = json!({ "now": NOW, "original": SAVED });
    let with_now = |mut o: J| {
        o["now"] = json!(NOW);
        o
    };
    let supp = |extra: J| {
        let mut o = json!({ "now": NOW, "supp": true });
        o.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        o
    };
    // The SDKs' update calls, as the reference's README records them from their repositories'
    // tests (`bw-apidocs-docs-update-portin-supp.mdx` for what a PUT does with them): the Python
    // SDK's `tests/test_portins.py` sends the requested date alone, the Node SDK's
    // `test/portIn.js` the date and WirelessInfo, the Java SDK's `LnpOrderTests.java` the LOA
    // person.
    let python = json!({ "requested_foc_date": "2026-12-07" });
    let node = json!({ "requestedFocDate": "2026-12-07", "wirelessInfo": { "accountNumber": "ACCT1234", "pinNumber": "4321" } });
    let java = json!("<LnpOrderSupp><LoaAuthorizingPerson>Pat Q Jones</LoaAuthorizingPerson></LnpOrderSupp>");
    let mut out = Vec::new();
    for (sdk, body) in [("Python SDK", python), ("Node SDK", node), ("Java SDK", java)] {
        // XML's root says it is a supplement; an object needs `supp: true`.
        let xml = body.is_string();
        let options = |o: J| if xml { with_now(o) } else { supp(o) };
        out.push(Case {
            name: sdk,
            body: body.clone(),
            options: options(json!({})),
            ok: true,
            has: vec!["edit.supp_without_original"],
            not: REQUIRED.to_vec(),
        });
        out.push(Case {
            name: sdk,
            body,
            options: options(json!({ "original": SAVED })),
            ok: true,
            has: vec!["edit.customer_order_id_dropped", "edit.may_delay"],
            not: [&REQUIRED[..], &["edit.not_editable", "edit.supp_without_original"]].concat(),
        });
    }
    out.extend([
        // S1 (`001_77a56da79bdb7bdd.txt`): "If your order has an FOC, only the requested FOC date
        // may be changed": a body with the new date alone.
        Case {
            name: "off-net with FOC, the date alone",
            body: json!("<LnpOrderSupp><CustomerOrderId>ACME-1</CustomerOrderId><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>"),
            options: json!({ "now": NOW, "original": off_net_with_foc() }),
            ok: true,
            has: vec!["edit.may_delay"],
            not: [&REQUIRED[..], &["edit.not_editable", "edit.customer_order_id_dropped"]].concat(),
        },
        Case {
            name: "off-net with FOC, the ZIP too",
            body: json!("<LnpOrderSupp><CustomerOrderId>ACME-1</CustomerOrderId><RequestedFocDate>2026-12-07</RequestedFocDate><Subscriber><ServiceAddress><Zip>27603</Zip></ServiceAddress></Subscriber></LnpOrderSupp>"),
            options: json!({ "now": NOW, "original": off_net_with_foc() }),
            ok: false,
            has: vec!["edit.not_editable"],
            not: REQUIRED.to_vec(),
        },
        // The PUT's field notes: a ZIP alone keeps the other address fields; WirelessInfo not
        // sent keeps both of its elements.
        Case {
            name: "the ZIP alone",
            body: json!("<LnpOrderSupp><CustomerOrderId>ACME-1</CustomerOrderId><Subscriber><ServiceAddress><Zip>27603</Zip></ServiceAddress></Subscriber></LnpOrderSupp>"),
            options: saved.clone(),
            ok: true,
            has: vec!["address.service_not_billing"],
            not: REQUIRED.to_vec(),
        },
        // The provider's own PUT sample against its own POST response as the saved order: the
        // PUT does not carry Triggered, so it does not change it; the alternate SPID it sets is
        // refused outside a draft (7708, as the sample's own note says).
        Case {
            name: "the provider's PUT against its POST response",
            body: json!(PUT_REGULAR),
            options: json!({ "now": NOW, "original": POST_RESPONSE }),
            ok: false,
            has: vec!["edit.alternate_spid", "edit.depends_on_port_type"],
            not: vec!["edit.fixed", "edit.not_editable", "edit.customer_order_id_dropped"],
        },
        // The provider's guide: a CANCELLED order "is a terminal state". Its own GET sample has a
        // BUSINESS subscriber without a business name and a Colorado address with a North
        // Carolina ZIP: history, not something anyone can fix.
        Case {
            name: "the provider's CANCELLED GET",
            body: json!(GET_CANCELLED),
            options: alone.clone(),
            ok: true,
            has: vec!["status.terminal"],
            not: vec!["subscriber.business_name_required", "address.zip_state", "time.not_triggered", "status.not_editable"],
        },
        Case {
            name: "a COMPLETE order without the LOA person",
            body: json!(GET_CANCELLED
                .replace(">CANCELLED<", ">COMPLETE<")
                .replace("<LoaAuthorizingPerson>The Authguy</LoaAuthorizingPerson>", "")),
            options: alone.clone(),
            ok: true,
            has: vec!["status.terminal"],
            not: vec!["loa.required", "subscriber.business_name_required"],
        },
        // A finished order still reports what cannot be read, and refuses an edit.
        Case {
            name: "a finished order that cannot be read",
            body: json!(GET_CANCELLED.replace("<Zip>27541</Zip>", "<Zip><Plus>1</Plus></Zip>")),
            options: alone.clone(),
            ok: false,
            has: vec!["input.type", "status.terminal"],
            not: vec![],
        },
        // The SUPP rules' figure (`bw-apidocs-portin-supp-rules-figure.png`), its "Phase 1 Automated
        // Toll Free" column: Activation Date editable, Activation Time disabled. The saved order is
        // the schema's VALID_DRAFT_TFNS GET example (`bw-apidocs-numbers-openapi-full.yml`),
        // submitted; its date is 11:30 Eastern (15:30Z in June).
        Case {
            name: "automated toll-free: the date moved, the time kept",
            body: json!("<LnpOrderSupp><CustomerOrderId>MyTestOrder</CustomerOrderId><RequestedFocDate>2021-06-24T11:30:00-04:00</RequestedFocDate></LnpOrderSupp>"),
            options: json!({ "now": TOLL_FREE_NOW, "original": toll_free_submitted() }),
            ok: true,
            has: vec![],
            not: vec!["edit.not_editable", "edit.fixed"],
        },
        Case {
            name: "automated toll-free: the time changed",
            body: json!("<LnpOrderSupp><CustomerOrderId>MyTestOrder</CustomerOrderId><RequestedFocDate>2021-06-24T14:00:00-04:00</RequestedFocDate></LnpOrderSupp>"),
            options: json!({ "now": TOLL_FREE_NOW, "original": toll_free_submitted() }),
            ok: false,
            has: vec!["edit.not_editable"],
            not: vec![],
        },
        // R-EDIT-FIXED (7534): the target RespOrg of a submitted toll-free port-in.
        Case {
            name: "automated toll-free: the target RespOrg changed",
            body: json!("<LnpOrderSupp><CustomerOrderId>MyTestOrder</CustomerOrderId><TargetRespOrgId>JYT01</TargetRespOrgId></LnpOrderSupp>"),
            options: json!({ "now": TOLL_FREE_NOW, "original": toll_free_submitted() }),
            ok: false,
            has: vec!["edit.fixed"],
            not: vec!["edit.not_editable"],
        },
        Case {
            name: "a supplement to a CANCELLED order",
            body: json!("<LnpOrderSupp><CustomerOrderId>SJM00002</CustomerOrderId><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>"),
            options: json!({ "now": NOW, "original": GET_CANCELLED }),
            ok: false,
            has: vec!["edit.not_editable", "status.terminal"],
            not: vec!["subscriber.business_name_required"],
        },
    ]);
    out
}

#[test]
fn issue_20_cases() {
    let mut failures = Vec::new();
    for c in cases() {
        let report = check(c.body.clone(), c.options.clone());
        let got = codes(&report);
        let found = |code: &str| got.iter().any(|(_, k)| *k == code);
        let missing: Vec<_> = c.has.iter().filter(|k| !found(k)).collect();
        let extra: Vec<_> = c.not.iter().filter(|k| found(k)).collect();
        if report.ok != c.ok || !missing.is_empty() || !extra.is_empty() {
            failures.push(format!("{}: ok {}, missing {missing:?}, unwanted {extra:?}: {got:?}", c.name, report.ok));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `applySupp` on the provider's own pair: the PUT sample's ResetAddressFields removes what the
/// body leaves out of the subscriber (the county, the country), every element it carries
/// replaces, the rest stays (the PeerId, the NewBillingTelephoneNumber, Triggered).
#[test]
fn the_provider_put_applied_to_its_post_response() {
    let applied = apply_supp(&v(json!(POST_RESPONSE)), &v(json!(PUT_REGULAR)));
    let order = serde_json::to_value(&applied.order).unwrap();
    assert_eq!(
        order["subscriber"],
        json!({ "subscriberType": "RESIDENTIAL", "firstName": "TestName", "lastName": "TestLastName",
            "serviceAddress": { "houseNumber": "115", "streetName": "Monarch Way", "city": "Cary", "stateCode": "NC", "zip": "27518" } })
    );
    assert_eq!(order["peerId"], json!("  SIPPEER ID    "));
    assert_eq!(order["siteId"], json!("743"));
    assert_eq!(order["triggered"], json!(true));
    assert_eq!(order["billingTelephoneNumber"], json!("8045030092"));
    assert_eq!(order["wirelessInfo"], json!({ "accountNumber": "23453245", "pinNumber": "1111" }));
    assert_eq!(order["listOfPhoneNumbers"], json!(["2019721004", "2019721005"]));
    assert_eq!(order["status"], json!("PENDING_DOCUMENTS"));
    assert_eq!(order.get("orderId"), Some(&json!("03f194d5-3932-4e9f-8ba1-03ef767985e5")));
    assert!(applied.issues.is_empty(), "{:?}", applied.issues);
    // The Automated Toll-Free PUT sample on the same saved order: no ResetAddressFields, so the
    // subscriber stays; CustomerOrderId replaced.
    let toll_free = include_str!("fixtures/provider/put-toll-free.xml");
    let applied = apply_supp(&v(json!(POST_RESPONSE)), &v(json!(toll_free)));
    let order = serde_json::to_value(&applied.order).unwrap();
    assert_eq!(order["subscriber"]["serviceAddress"]["county"], json!("Canyon"));
    assert_eq!((order["customerOrderId"].clone(), order["peerId"].clone()), (json!("SJM00002"), json!("28845")));
}

/// Reading problems come back at their paths: the saved order's under `original`.
#[test]
fn apply_supp_reports_what_it_cannot_read() {
    let applied = apply_supp(&v(json!({ "pon": 1 })), &v(json!("<LnpOrderSupp><Zip>")));
    let paths: Vec<(String, &str)> = applied.issues.iter().map(|i| (dotted(i), i.code.as_str())).collect();
    assert_eq!(paths, [("original.pon".to_string(), "input.type"), (String::new(), "input.xml")]);
    assert_eq!(serde_json::to_value(&applied.order).unwrap(), json!({}));
}

/// A draft's supplement: the provider checks the TN list and nothing else, until the body
/// submits the draft (`ProcessingStatus` `SUBMITTED`), which is then checked in full.
#[test]
fn a_drafts_supplement_is_checked_as_the_provider_checks_it() {
    let draft = SAVED.replace(">SUBMITTED<", ">DRAFT<");
    let options = json!({ "now": NOW, "original": draft });
    let report = check(json!("<LnpOrderSupp><CustomerOrderId>A-1</CustomerOrderId><LoaAuthorizingPerson></LoaAuthorizingPerson><Subscriber><ServiceAddress><Zip>2760</Zip></ServiceAddress></Subscriber></LnpOrderSupp>"), options.clone());
    assert!(report.ok && report.issues.is_empty(), "{:?}", codes(&report));
    let report = check(
        json!("<LnpOrderSupp><CustomerOrderId>A-1</CustomerOrderId><ListOfPhoneNumbers><PhoneNumber>9195550100</PhoneNumber></ListOfPhoneNumbers></LnpOrderSupp>"),
        options.clone(),
    );
    assert_eq!(codes(&report), [("listOfPhoneNumbers.0".to_string(), "tn.fictitious")]);
    let report = check(
        json!("<LnpOrderSupp><CustomerOrderId>A-1</CustomerOrderId><ProcessingStatus>SUBMITTED</ProcessingStatus><Subscriber><ServiceAddress><Zip>2760</Zip></ServiceAddress></Subscriber></LnpOrderSupp>"),
        options.clone(),
    );
    assert_eq!(codes(&report), [("subscriber.serviceAddress.zip".to_string(), "address.zip")]);
    let report = check(json!("<LnpOrderSupp><ProcessingStatus>DRAFT</ProcessingStatus></LnpOrderSupp>"), options);
    assert!(codes(&report).contains(&("status".to_string(), "edit.supp_status")), "{:?}", codes(&report));
    // A submitted order cannot be submitted again.
    let report = check(
        json!("<LnpOrderSupp><ProcessingStatus>SUBMITTED</ProcessingStatus></LnpOrderSupp>"),
        json!({ "now": NOW, "original": SAVED }),
    );
    assert!(codes(&report).contains(&("status".to_string(), "edit.supp_status")), "{:?}", codes(&report));
}

/// Without the saved order, what the body carries still gets its format checks.
#[test]
fn a_supplement_alone_gets_the_format_checks_of_what_it_carries() {
    let report = check(
        json!({ "requestedFocDate": "2026-11-24", "subscriber": { "serviceAddress": { "zip": "2760" } }, "wirelessInfo": { "pinNumber": "12-34" } }),
        json!({ "now": NOW, "supp": true }),
    );
    let got = codes(&report);
    for want in [
        ("requestedFocDate", "date.too_soon"),
        ("subscriber.serviceAddress.zip", "address.zip"),
        ("wirelessInfo.pinNumber", "account.pin_characters"),
        ("", "edit.supp_without_original"),
    ] {
        assert!(got.contains(&(want.0.to_string(), want.1)), "{want:?}: {got:?}");
    }
    assert!(!got.iter().any(|(_, k)| REQUIRED.contains(k) || k.ends_with("_required")), "{got:?}");
}
