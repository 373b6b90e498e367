//! The tables of the status, editing and end-user rules, written once and run twice: natively
//! (`tests/editing.rs`) and through the wasm API in Node and Chromium (`tests/wasm_editing.rs`).
//! Each side implements [`Api`] by calling its own entry points and handing back the result as
//! JSON, shaped as JS callers see it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::{json, Value as J};

pub mod params;

/// The three entry points, each returning its result as JSON.
pub trait Api {
    fn validate(&self, order: &J, options: &J) -> J;
    fn editable_fields(&self, order: &J, options: &J) -> J;
    fn explain_status(&self, status: &J, kind: &J) -> J;
}

/// The moment every table runs at, so that no answer depends on the real clock: Monday
/// 2026-11-23 at 10:00 Eastern time.
pub const NOW: &str = "2026-11-23T15:00:00Z";

/// The options of a check at [`NOW`].
pub fn at_now() -> J {
    json!({ "now": NOW })
}

/// The options of an edit of `saved`, at [`NOW`].
pub fn editing(saved: &J) -> J {
    json!({ "original": saved, "now": NOW })
}

/// A complete, valid port-in order: the fixture every test changes one thing of.
pub fn port_in() -> J {
    serde_json::from_str(include_str!("../fixtures/port_in.json")).unwrap()
}

/// A complete, valid LSR.
pub fn lsr() -> J {
    serde_json::from_str(include_str!("../fixtures/lsr.json")).unwrap()
}

/// `order` with the field at a dotted path set; `J::Null` removes it.
pub fn with(mut order: J, dotted: &str, value: J) -> J {
    let keys: Vec<&str> = dotted.split('.').collect();
    let mut at = &mut order;
    for key in &keys[..keys.len() - 1] {
        let obj = at.as_object_mut().unwrap();
        at = obj.entry(key.to_string()).or_insert_with(|| json!({}));
    }
    let obj = at.as_object_mut().unwrap();
    let last = keys[keys.len() - 1].to_string();
    if value.is_null() {
        obj.remove(&last);
    } else {
        obj.insert(last, value);
    }
    order
}

/// `with` for several fields.
pub fn with_all(order: J, fields: &[(&str, J)]) -> J {
    fields.iter().fold(order, |o, (path, value)| with(o, path, value.clone()))
}

/// `(dotted path, code, severity)` of every issue in a list of issues.
pub fn triples(issues: &J) -> Vec<(String, String, String)> {
    issues
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let path: Vec<String> = i["path"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_string))
                .collect();
            (path.join("."), i["code"].as_str().unwrap().to_string(), i["severity"].as_str().unwrap().to_string())
        })
        .collect()
}

fn has(report: &J, path: &str, code: &str) -> Option<String> {
    triples(&report["issues"]).into_iter().find(|(p, c, _)| p == path && c == code).map(|(_, _, s)| s)
}

fn codes(report: &J) -> Vec<String> {
    triples(&report["issues"]).into_iter().map(|(_, c, _)| c).collect()
}

/// Every issue is well formed and `ok` is derived from the severities.
fn well_formed(name: &str, report: &J) {
    let issues = triples(&report["issues"]);
    assert_eq!(report["ok"].as_bool().unwrap(), !issues.iter().any(|(_, _, s)| s == "error"), "{name}");
    for issue in report["issues"].as_array().unwrap() {
        let message = issue["message"].as_str().unwrap();
        assert!(message.ends_with('.') && !message.is_empty(), "{name}: {message:?}");
        let code = issue["code"].as_str().unwrap();
        assert!(
            code.split('.').count() >= 2
                && code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_'),
            "{name}: {code}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The fixtures are valid.

pub fn fixtures_are_valid(api: &impl Api) {
    for (name, order) in [("port-in", port_in()), ("lsr", lsr())] {
        let report = api.validate(&order, &json!({}));
        assert!(report["ok"].as_bool().unwrap(), "{name}: {}", report["issues"]);
        assert_eq!(report["issues"], json!([]), "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Field lengths and formats (R-SUBSCRIBER, R-ADDRESS, R-LOA, R-ACCOUNT-PIN, R-IDS): each
// boundary on both sides.

/// One boundary: `order` must (`Some(severity)`) or must not (`None`) have `code` at `path`.
pub struct Boundary {
    pub name: String,
    pub order: J,
    pub path: &'static str,
    pub code: &'static str,
    pub expect: Option<&'static str>,
}

fn b(
    name: impl Into<String>,
    order: J,
    path: &'static str,
    code: &'static str,
    expect: Option<&'static str>,
) -> Boundary {
    Boundary { name: name.into(), order, path, code, expect }
}

const ERR: Option<&str> = Some("error");
const WARN: Option<&str> = Some("warning");
const NONE: Option<&str> = None;

/// `n` characters of text.
pub fn chars(n: usize) -> String {
    "abcdefghij".chars().cycle().take(n).collect()
}

pub fn boundary_cases() -> Vec<Boundary> {
    let p = port_in;
    let residential = || {
        with_all(
            port_in(),
            &[
                ("subscriber.subscriberType", json!("RESIDENTIAL")),
                ("subscriber.businessName", J::Null),
                ("subscriber.lastName", json!("Jones")),
            ],
        )
    };
    let mut cases = Vec::new();
    // Names: 25 vs 26 characters, middle initial 1 vs 2, counted in characters, not bytes.
    for (field, max, base) in [
        ("subscriber.businessName", 25, p as fn() -> J),
        ("subscriber.firstName", 25, p),
        ("subscriber.lastName", 25, residential as fn() -> J),
        ("subscriber.middleInitial", 1, p),
    ] {
        let path: &'static str = match field {
            "subscriber.businessName" => "subscriber.businessName",
            "subscriber.firstName" => "subscriber.firstName",
            "subscriber.lastName" => "subscriber.lastName",
            _ => "subscriber.middleInitial",
        };
        cases.push(b(
            format!("{field} {max}"),
            with(base(), field, json!(chars(max))),
            path,
            "subscriber.too_long",
            NONE,
        ));
        cases.push(b(
            format!("{field} {}", max + 1),
            with(base(), field, json!(chars(max + 1))),
            path,
            "subscriber.too_long",
            ERR,
        ));
        cases.push(b(
            format!("{field} {max} accented"),
            with(base(), field, json!("é".repeat(max))),
            path,
            "subscriber.too_long",
            NONE,
        ));
        cases.push(b(
            format!("{field} {max} with outer spaces"),
            with(base(), field, json!(format!(" {} ", chars(max)))),
            path,
            "subscriber.too_long",
            NONE,
        ));
    }
    // ZIP vs ZIP+4 vs ZIP+2, and the other shapes.
    for (zip, expect) in [
        ("27601", NONE),
        ("27601-1234", NONE),
        ("27601-12", ERR),
        ("27601-123", ERR),
        ("27601-12345", ERR),
        ("2760", ERR),
        ("276011", ERR),
        ("276011234", ERR),
        ("27601 1234", ERR),
        ("2760A", ERR),
    ] {
        cases.push(b(
            format!("zip {zip}"),
            with(p(), "subscriber.serviceAddress.zip", json!(zip)),
            "subscriber.serviceAddress.zip",
            "address.zip",
            expect,
        ));
    }
    for (four, expect) in [("1234", NONE), ("123", ERR), ("12345", ERR), ("12a4", ERR)] {
        cases.push(b(
            format!("plusFour {four}"),
            with(p(), "subscriber.serviceAddress.plusFour", json!(four)),
            "subscriber.serviceAddress.plusFour",
            "address.plus_four",
            expect,
        ));
    }
    cases.push(b(
        "plusFour differs from ZIP+4",
        with_all(
            p(),
            &[
                ("subscriber.serviceAddress.zip", json!("27601-1234")),
                ("subscriber.serviceAddress.plusFour", json!("4321")),
            ],
        ),
        "subscriber.serviceAddress.plusFour",
        "address.plus_four_conflict",
        ERR,
    ));
    cases.push(b(
        "plusFour same as ZIP+4",
        with_all(
            p(),
            &[
                ("subscriber.serviceAddress.zip", json!("27601-1234")),
                ("subscriber.serviceAddress.plusFour", json!("1234")),
            ],
        ),
        "subscriber.serviceAddress.plusFour",
        "address.plus_four_conflict",
        NONE,
    ));
    for (state, expect) in [
        ("NC", NONE),
        ("nc", NONE),
        ("DC", NONE),
        ("PR", NONE),
        ("VI", NONE),
        ("GU", NONE),
        ("AS", NONE),
        ("MP", NONE),
        ("XX", ERR),
        ("N", ERR),
        ("NCA", ERR),
        ("North Carolina", ERR),
    ] {
        cases.push(b(
            format!("state {state}"),
            with(p(), "subscriber.serviceAddress.stateCode", json!(state)),
            "subscriber.serviceAddress.stateCode",
            "address.state_code",
            expect,
        ));
    }
    for (dir, expect) in [("N", NONE), ("SW", NONE), ("ne", NONE), ("NNE", ERR), ("North", ERR), ("X", ERR)] {
        cases.push(b(
            format!("preDirectional {dir}"),
            with(p(), "subscriber.serviceAddress.preDirectional", json!(dir)),
            "subscriber.serviceAddress.preDirectional",
            "address.directional",
            expect,
        ));
        cases.push(b(
            format!("postDirectional {dir}"),
            with(p(), "subscriber.serviceAddress.postDirectional", json!(dir)),
            "subscriber.serviceAddress.postDirectional",
            "address.directional",
            expect,
        ));
    }
    for field in ["houseNumber", "streetName", "city", "stateCode", "zip"] {
        let path: &'static str = match field {
            "houseNumber" => "subscriber.serviceAddress.houseNumber",
            "streetName" => "subscriber.serviceAddress.streetName",
            "city" => "subscriber.serviceAddress.city",
            "stateCode" => "subscriber.serviceAddress.stateCode",
            _ => "subscriber.serviceAddress.zip",
        };
        cases.push(b(format!("{field} missing"), with(p(), path, J::Null), path, "address.required", ERR));
        cases.push(b(format!("{field} blank"), with(p(), path, json!("  ")), path, "address.required", ERR));
        cases.push(b(format!("{field} missing, LSR"), with(lsr(), path, J::Null), path, "address.required", ERR));
        cases.push(b(
            format!("{field} missing, draft"),
            with(with(p(), "status", json!("DRAFT")), path, J::Null),
            path,
            "address.required",
            WARN,
        ));
    }
    // LOA: 15 vs 16 (a warning: the provider truncates), required on port-ins only.
    cases.push(b(
        "LOA 15",
        with(p(), "loaAuthorizingPerson", json!(chars(15))),
        "loaAuthorizingPerson",
        "loa.truncated",
        NONE,
    ));
    cases.push(b(
        "LOA 16",
        with(p(), "loaAuthorizingPerson", json!(chars(16))),
        "loaAuthorizingPerson",
        "loa.truncated",
        WARN,
    ));
    cases.push(b(
        "LOA missing",
        with(p(), "loaAuthorizingPerson", J::Null),
        "loaAuthorizingPerson",
        "loa.required",
        ERR,
    ));
    cases.push(b(
        "LOA missing, invalid draft",
        with_all(p(), &[("loaAuthorizingPerson", J::Null), ("status", json!("invalid draft"))]),
        "loaAuthorizingPerson",
        "loa.required",
        WARN,
    ));
    cases.push(b("LOA missing, LSR", lsr(), "loaAuthorizingPerson", "loa.required", NONE));
    // PIN 10 vs 11, account number 32 vs 33, letters and digits only; where each kind carries them.
    for (kind, base, account, pin) in [
        ("port-in", p as fn() -> J, "wirelessInfo.accountNumber", "wirelessInfo.pinNumber"),
        ("lsr", lsr as fn() -> J, "subscriber.accountNumber", "subscriber.pinNumber"),
    ] {
        for (field, max, long, characters) in [
            (account, 32, "account.number_too_long", "account.number_characters"),
            (pin, 10, "account.pin_too_long", "account.pin_characters"),
        ] {
            cases.push(b(
                format!("{kind} {field} {max}"),
                with(base(), field, json!("9".repeat(max))),
                field_path(field),
                long,
                NONE,
            ));
            cases.push(b(
                format!("{kind} {field} {}", max + 1),
                with(base(), field, json!("9".repeat(max + 1))),
                field_path(field),
                long,
                ERR,
            ));
            cases.push(b(
                format!("{kind} {field} letters and digits"),
                with(base(), field, json!("Ab9")),
                field_path(field),
                characters,
                NONE,
            ));
            for bad in ["12-34", "12 34", "12.34", "1234é"] {
                cases.push(b(
                    format!("{kind} {field} {bad}"),
                    with(base(), field, json!(bad)),
                    field_path(field),
                    characters,
                    ERR,
                ));
            }
        }
    }
    cases.push(b(
        "port-in account under subscriber",
        with(p(), "subscriber.accountNumber", json!("A1")),
        "subscriber.accountNumber",
        "account.wrong_place",
        ERR,
    ));
    cases.push(b(
        "port-in PIN under subscriber",
        with(p(), "subscriber.pinNumber", json!("1")),
        "subscriber.pinNumber",
        "account.wrong_place",
        ERR,
    ));
    cases.push(b(
        "lsr PIN in wirelessInfo",
        with(lsr(), "wirelessInfo.pinNumber", json!("1")),
        "wirelessInfo.pinNumber",
        "account.wrong_place",
        ERR,
    ));
    let wireless = || with(p(), "portType", json!("AUTOMATED_ON_NET_WIRELESS"));
    cases.push(b(
        "wireless with account and PIN",
        wireless(),
        "wirelessInfo.accountNumber",
        "account.number_required",
        NONE,
    ));
    cases.push(b(
        "wireless without account",
        with(wireless(), "wirelessInfo.accountNumber", J::Null),
        "wirelessInfo.accountNumber",
        "account.number_required",
        ERR,
    ));
    cases.push(b(
        "wireless without PIN",
        with(wireless(), "wirelessInfo.pinNumber", json!("")),
        "wirelessInfo.pinNumber",
        "account.pin_required",
        ERR,
    ));
    cases.push(b(
        "on-net without PIN",
        with(p(), "wirelessInfo.pinNumber", J::Null),
        "wirelessInfo.pinNumber",
        "account.pin_required",
        NONE,
    ));
    // customerOrderId 40 vs 41: letters, digits, dash and space.
    cases.push(b(
        "customerOrderId 40",
        with(p(), "customerOrderId", json!(chars(40))),
        "customerOrderId",
        "ids.customer_order_id_too_long",
        NONE,
    ));
    cases.push(b(
        "customerOrderId 41",
        with(p(), "customerOrderId", json!(chars(41))),
        "customerOrderId",
        "ids.customer_order_id_too_long",
        ERR,
    ));
    for (id, expect) in [("Acme-1 north", NONE), ("Acme_1", ERR), ("Acme#1", ERR), ("Acme/1", ERR), ("Acmé", ERR)] {
        cases.push(b(
            format!("customerOrderId {id}"),
            with(p(), "customerOrderId", json!(id)),
            "customerOrderId",
            "ids.customer_order_id_characters",
            expect,
        ));
    }
    // PON 25 vs 26: letters, digits, -, _ and #; required on LSRs.
    cases.push(b("PON 25", with(lsr(), "pon", json!(chars(25))), "pon", "ids.pon_too_long", NONE));
    cases.push(b("PON 26", with(lsr(), "pon", json!(chars(26))), "pon", "ids.pon_too_long", ERR));
    for (pon, expect) in [
        ("AB-1_2#3", NONE),
        ("ab12", NONE),
        ("AB 12", ERR),
        ("AB.12", ERR),
        ("AB/12", ERR),
        ("AB+12", ERR),
        ("ÄB12", ERR),
    ] {
        cases.push(b(format!("PON {pon}"), with(lsr(), "pon", json!(pon)), "pon", "ids.pon_characters", expect));
    }
    cases.push(b("PON missing on an LSR", with(lsr(), "pon", J::Null), "pon", "ids.pon_required", ERR));
    cases.push(b("PON missing on a port-in", p(), "pon", "ids.pon_required", NONE));
    cases.push(b("PON checked on a port-in too", with(p(), "pon", json!(chars(26))), "pon", "ids.pon_too_long", ERR));
    for (version, expect) in
        [(json!(1), NONE), (json!(2), NONE), (json!("3"), NONE), (json!(0), ERR), (json!(-1), ERR), (json!(1.5), ERR)]
    {
        cases.push(b(
            format!("ponVersion {version}"),
            with(lsr(), "ponVersion", version),
            "ponVersion",
            "ids.pon_version",
            expect,
        ));
    }
    // Subscriber type and the names it needs.
    cases.push(b(
        "type missing",
        with(p(), "subscriber.subscriberType", J::Null),
        "subscriber.subscriberType",
        "subscriber.type_required",
        ERR,
    ));
    cases.push(b(
        "type missing, draft",
        with_all(p(), &[("subscriber.subscriberType", J::Null), ("status", json!("Draft"))]),
        "subscriber.subscriberType",
        "subscriber.type_required",
        WARN,
    ));
    cases.push(b(
        "no subscriber at all",
        with(p(), "subscriber", J::Null),
        "subscriber.subscriberType",
        "subscriber.type_required",
        ERR,
    ));
    cases.push(b(
        "type lower case",
        with(p(), "subscriber.subscriberType", json!("business")),
        "subscriber.subscriberType",
        "subscriber.type_unknown",
        NONE,
    ));
    cases.push(b(
        "type unknown",
        with(p(), "subscriber.subscriberType", json!("GOVERNMENT")),
        "subscriber.subscriberType",
        "subscriber.type_unknown",
        ERR,
    ));
    cases.push(b(
        "business without a name",
        with(p(), "subscriber.businessName", J::Null),
        "subscriber.businessName",
        "subscriber.business_name_required",
        ERR,
    ));
    cases.push(b(
        "residential without a last name",
        with(residential(), "subscriber.lastName", J::Null),
        "subscriber.lastName",
        "subscriber.last_name_required",
        ERR,
    ));
    cases.push(b(
        "residential with a last name",
        residential(),
        "subscriber.lastName",
        "subscriber.last_name_required",
        NONE,
    ));
    cases.push(b(
        "residential with a business name",
        with(residential(), "subscriber.businessName", json!("Acme")),
        "subscriber.businessName",
        "subscriber.business_name_residential",
        ERR,
    ));
    cases.push(b(
        "LSR business with a last name",
        with_all(
            lsr(),
            &[("subscriber.subscriberType", json!("BUSINESS")), ("subscriber.businessName", json!("Acme"))],
        ),
        "subscriber.lastName",
        "subscriber.last_name_business",
        ERR,
    ));
    cases.push(b(
        "port-in business with a last name",
        with(p(), "subscriber.lastName", json!("Jones")),
        "subscriber.lastName",
        "subscriber.last_name_business",
        NONE,
    ));
    let toll_free = || {
        with_all(
            p(),
            &[
                ("portType", json!("MANUAL_TOLL_FREE")),
                ("listOfPhoneNumbers", json!(["800-234-5678"])),
                ("billingTelephoneNumber", J::Null),
            ],
        )
    };
    cases.push(b(
        "toll-free business",
        toll_free(),
        "subscriber.subscriberType",
        "subscriber.toll_free_business",
        NONE,
    ));
    cases.push(b(
        "toll-free residential",
        with_all(
            toll_free(),
            &[
                ("subscriber.subscriberType", json!("RESIDENTIAL")),
                ("subscriber.businessName", J::Null),
                ("subscriber.lastName", json!("Jones")),
            ],
        ),
        "subscriber.subscriberType",
        "subscriber.toll_free_business",
        ERR,
    ));
    cases
}

fn field_path(dotted: &str) -> &'static str {
    match dotted {
        "wirelessInfo.accountNumber" => "wirelessInfo.accountNumber",
        "wirelessInfo.pinNumber" => "wirelessInfo.pinNumber",
        "subscriber.accountNumber" => "subscriber.accountNumber",
        _ => "subscriber.pinNumber",
    }
}

pub fn boundaries(api: &impl Api) -> usize {
    let cases = boundary_cases();
    for c in &cases {
        let report = api.validate(&c.order, &json!({}));
        well_formed(&c.name, &report);
        assert_eq!(
            has(&report, c.path, c.code).as_deref(),
            c.expect,
            "{}: {} at {}: {}",
            c.name,
            c.code,
            c.path,
            report["issues"]
        );
    }
    cases.len()
}

// ---------------------------------------------------------------------------------------------
// R-EDIT-FIELDS: domain.md's table, copied verbatim, with the rows its next paragraph adds from
// the provider's SUPP rules (siteId, peerId, tnAttributes, and customerOrderId in every column);
// every cell is walked.

pub const DOMAIN_MATRIX: &str = "\
| field (path) | manual off-net | manual on-net | manual toll-free | automated on-net | automated on-net wireless to wireless | automated off-net before FOC | automated off-net after FOC | internal |
|---|---|---|---|---|---|---|---|---|
| billingTelephoneNumber | E | E | D | E | D | E | D | E |
| newBillingTelephoneNumber | E | E | D | E | D | E | D | E |
| partialPort | E | E | D | E | D | E | D | E |
| subscriber (type, names) | E | E | E | E | D | D | D | E |
| subscriber.serviceAddress | E | E | E | E | D | E | D | E |
| loaAuthorizingPerson | E | E | E | E | D | D | D | E |
| wirelessInfo.accountNumber | E | E | E | E | E | E | D | E |
| wirelessInfo.pinNumber | E | E | D | E | E | E | D | E |
| requestedFocDate | E | E | E | E | E | E | E | E |
| listOfPhoneNumbers | D | D | D | E | E | E | D | D |
| customerOrderId | E | E | E | E | E | E | E | E |
| siteId | E | E | E | E | E | E | E | E |
| peerId | E | E | E | E | E | E | E | E |
| tnAttributes | E | E | E | E | E | E | E | E |";

/// A column header: the port type and the status that puts an order in that column.
fn column(header: &str) -> (&'static str, &'static str) {
    match header {
        "manual off-net" => ("MANUAL_OFF_NET", "SUBMITTED"),
        "manual on-net" => ("MANUAL_ON_NET", "SUBMITTED"),
        "manual toll-free" => ("MANUAL_TOLL_FREE", "SUBMITTED"),
        "automated on-net" => ("AUTOMATED_ON_NET", "SUBMITTED"),
        "automated on-net wireless to wireless" => ("AUTOMATED_ON_NET_WIRELESS", "SUBMITTED"),
        "automated off-net before FOC" => ("AUTOMATED_OFF_NET", "SUBMITTED"),
        "automated off-net after FOC" => ("AUTOMATED_OFF_NET", "FOC"),
        "internal" => ("INTERNAL", "SUBMITTED"),
        other => panic!("unknown column {other}"),
    }
}

/// A row: the change an edit makes (dotted path, new value) and the path the issue stands at.
fn row_change(field: &str) -> (&'static str, J) {
    match field {
        "billingTelephoneNumber" => ("billingTelephoneNumber", json!("919-300-0000")),
        "newBillingTelephoneNumber" => ("newBillingTelephoneNumber", json!("919-300-0001")),
        "partialPort" => ("partialPort", json!(true)),
        "subscriber (type, names)" => ("subscriber.businessName", json!("Acme Widgets Inc")),
        "subscriber.serviceAddress" => ("subscriber.serviceAddress.zip", json!("27603")),
        "loaAuthorizingPerson" => ("loaAuthorizingPerson", json!("Sam Jones")),
        "wirelessInfo.accountNumber" => ("wirelessInfo.accountNumber", json!("ACCT9999")),
        "wirelessInfo.pinNumber" => ("wirelessInfo.pinNumber", json!("5678")),
        "requestedFocDate" => ("requestedFocDate", json!("2026-12-15")),
        "listOfPhoneNumbers" => ("listOfPhoneNumbers", json!(["919-200-0000", "919-200-0001", "919-200-0002"])),
        "customerOrderId" => ("customerOrderId", json!("ACME-2")),
        "siteId" => ("siteId", json!("744")),
        "peerId" => ("peerId", json!("28846")),
        "tnAttributes" => ("tnAttributes", json!(["Hosted"])),
        other => panic!("unknown row {other}"),
    }
}

/// The field's path in `editableFields` (its row's path, or the path itself).
fn listed(fields: &J, path: &str) -> bool {
    fields.as_array().unwrap().iter().any(|f| {
        let f = f.as_str().unwrap();
        path == f || path.starts_with(&format!("{f}."))
    })
}

/// Walks every cell: through `validateOrder` with `options.original` (a change to the field is
/// refused exactly where the table says D, at the field's path) and through `editableFields`
/// (the field is listed exactly where the table says E). Returns the number of cells.
pub fn matrix_cells(api: &impl Api) -> usize {
    let mut lines = DOMAIN_MATRIX.lines();
    let header: Vec<&str> = lines.next().unwrap().split('|').map(str::trim).filter(|s| !s.is_empty()).skip(1).collect();
    assert_eq!(header.len(), 8);
    lines.next();
    let mut cells = 0;
    for line in lines {
        let parts: Vec<&str> = line.split('|').map(str::trim).filter(|s| !s.is_empty()).collect();
        let (field, marks) = (parts[0], &parts[1..]);
        assert_eq!(marks.len(), 8, "{line}");
        let (path, value) = row_change(field);
        for (header, mark) in header.iter().zip(marks) {
            let (port_type, status) = column(header);
            let editable = match *mark {
                "E" => true,
                "D" => false,
                other => panic!("cell {other}"),
            };
            let saved = with_all(
                port_in(),
                &[("portType", json!(port_type)), ("status", json!(status)), ("requestedFocDate", json!("2026-12-14"))],
            );
            let edited = with(saved.clone(), path, value.clone());
            let report = api.validate(&edited, &editing(&saved));
            let name = format!("{field} / {header}");
            well_formed(&name, &report);
            let refused = has(&report, path, "edit.not_editable");
            assert_eq!(refused.is_none(), editable, "{name}: {}", report["issues"]);
            if let Some(severity) = refused {
                assert_eq!(severity, "error", "{name}");
                let issue =
                    report["issues"].as_array().unwrap().iter().find(|i| i["code"] == "edit.not_editable").unwrap();
                assert_eq!(issue["rule"], "R-EDIT-FIELDS", "{name}");
                if status == "FOC" {
                    assert!(
                        issue["message"].as_str().unwrap().contains("after FOC only the requested FOC date can change"),
                        "{name}: {}",
                        issue["message"]
                    );
                }
            }
            let answer = api.editable_fields(&json!({ "portType": port_type, "status": status }), &at_now());
            assert_eq!(answer["editable"], json!(true), "{name}");
            assert_eq!(listed(&answer["fields"], path), editable, "{name}: {}", answer["fields"]);
            cells += 1;
        }
    }
    cells
}

/// Every field of a row is judged like the row: on a wireless port-in every subscriber name and
/// address field is refused, each at its own path.
pub fn rows_cover_their_fields(api: &impl Api) {
    let saved =
        with_all(port_in(), &[("portType", json!("AUTOMATED_ON_NET_WIRELESS")), ("status", json!("SUBMITTED"))]);
    let fields = [
        "subscriber.subscriberType",
        "subscriber.businessName",
        "subscriber.firstName",
        "subscriber.middleInitial",
        "subscriber.lastName",
        "subscriber.serviceAddress.houseNumber",
        "subscriber.serviceAddress.housePrefix",
        "subscriber.serviceAddress.houseSuffix",
        "subscriber.serviceAddress.preDirectional",
        "subscriber.serviceAddress.streetName",
        "subscriber.serviceAddress.streetSuffix",
        "subscriber.serviceAddress.postDirectional",
        "subscriber.serviceAddress.addressLine2",
        "subscriber.serviceAddress.city",
        "subscriber.serviceAddress.stateCode",
        "subscriber.serviceAddress.zip",
        "subscriber.serviceAddress.plusFour",
        "subscriber.serviceAddress.county",
    ];
    for field in fields {
        let edited = with(saved.clone(), field, json!("N"));
        let report = api.validate(&edited, &editing(&saved));
        assert_eq!(has(&report, field, "edit.not_editable").as_deref(), Some("error"), "{field}: {}", report["issues"]);
        let refused = triples(&report["issues"]).into_iter().filter(|(_, c, _)| c == "edit.not_editable").count();
        assert_eq!(refused, 1, "{field}: {}", report["issues"]);
    }
}

// ---------------------------------------------------------------------------------------------
// Every status of both kinds.

/// (kind, canonical name, terminal, editable, editing it may delay the order)
pub const STATUSES: &[(&str, &str, bool, bool, bool)] = &[
    ("portIn", "DRAFT", false, true, false),
    ("portIn", "VALID_DRAFT", false, true, false),
    ("portIn", "INVALID_DRAFT", false, true, false),
    ("portIn", "PENDING_DOCUMENTS", false, true, true),
    ("portIn", "SUBMITTED", false, true, true),
    ("portIn", "EXCEPTION", false, true, false),
    ("portIn", "REQUESTED_SUPP", false, true, true),
    ("portIn", "FOC", false, true, true),
    ("portIn", "REQUESTED_CANCEL", false, false, false),
    ("portIn", "CANCELLED", true, false, false),
    ("portIn", "COMPLETE", true, false, false),
    ("lsr", "PENDING", false, true, false),
    ("lsr", "FOC", false, true, false),
    ("lsr", "EXCEPTION", false, true, false),
    ("lsr", "PARTIAL", false, false, false),
    ("lsr", "COMPLETE", true, false, false),
    ("lsr", "CANCELLED", true, false, false),
    ("lsr", "FAILED", true, false, false),
];

/// `REQUESTED_SUPP` -> `requested supp`: how people type it.
fn loosely(name: &str) -> String {
    name.to_ascii_lowercase().replace('_', " ")
}

/// Every status through `explainStatus`, `editableFields` and `validateOrder` (with and without
/// an edit). Returns the number of statuses.
pub fn statuses(api: &impl Api) -> usize {
    for &(kind, name, terminal, editable, delay) in STATUSES {
        let label = format!("{kind} {name}");
        // explainStatus, by the canonical name and as people type it.
        for typed in [name.to_string(), loosely(name), format!("  {}  ", name.replace('_', "-"))] {
            let e = api.explain_status(&json!(typed), &json!(kind));
            assert_eq!(e["status"], json!(name), "{label} {typed:?}");
            assert_eq!(e["kind"], json!(kind), "{label}");
            assert_eq!(e["known"], json!(true), "{label}");
            assert_eq!(e["terminal"], json!(terminal), "{label}");
            assert_eq!(e["editable"], json!(editable), "{label}");
            for key in ["meaning", "next"] {
                let text = e[key].as_str().unwrap();
                assert!(text.len() > 10 && text.ends_with('.'), "{label} {key}: {text:?}");
            }
        }
        // editableFields.
        let base = if kind == "lsr" { json!({ "kind": "lsr" }) } else { json!({ "portType": "MANUAL_ON_NET" }) };
        let answer = api.editable_fields(&with(base, "status", json!(loosely(name))), &at_now());
        assert_eq!(answer["editable"], json!(editable), "{label}: {answer}");
        let warnings = triples(&answer["warnings"]);
        assert_eq!(
            warnings.iter().any(|(p, c, s)| p == "status" && c == "edit.may_delay" && s == "warning"),
            delay,
            "{label}: {answer}"
        );
        assert!(!warnings.iter().any(|(_, _, s)| s == "error"), "{label}: {answer}");
        if editable {
            assert!(answer.get("reason").is_none(), "{label}");
            assert!(listed(&answer["fields"], "requestedFocDate"), "{label}");
            assert_eq!(
                listed(&answer["fields"], "listOfPhoneNumbers"),
                kind == "portIn" && name.contains("DRAFT"),
                "{label}: {answer}"
            );
        } else {
            assert_eq!(answer["fields"], json!([]), "{label}");
            let reason = answer["reason"].as_str().unwrap();
            assert!(reason.starts_with("Nothing can change: ") && reason.ends_with('.'), "{label}: {reason}");
        }
        // validateOrder, without an edit: the status is known and explained, nothing refused.
        let fixture = if kind == "lsr" { lsr() } else { port_in() };
        let order = with(fixture, "status", json!(loosely(name)));
        let report = api.validate(&order, &json!({}));
        well_formed(&label, &report);
        let found = codes(&report);
        assert!(!found.iter().any(|c| c == "status.unknown" || c.starts_with("edit.")), "{label}: {found:?}");
        // R-STATUS-TERMINAL: a finished order says so instead.
        let closed = if terminal { "status.terminal" } else { "status.not_editable" };
        assert_eq!(has(&report, "status", closed).is_some(), !editable, "{label}: {found:?}");
        assert_eq!(
            has(&report, "status", "status.exception").as_deref().map(|s| s == "info"),
            name.eq("EXCEPTION").then_some(true),
            "{label}"
        );
        assert_eq!(report["ok"], json!(true), "{label}: {}", report["issues"]);
        // validateOrder with an edit of a field every port type may change before FOC.
        let edited = with(order.clone(), "customerOrderId", json!("ACME-2"));
        let report = api.validate(&edited, &editing(&order));
        well_formed(&label, &report);
        let refused = has(&report, "customerOrderId", "edit.not_editable");
        assert_eq!(refused.is_some(), !editable, "{label}: {}", report["issues"]);
        if let Some(severity) = refused {
            assert_eq!(severity, "error");
            let rule = report["issues"].as_array().unwrap().iter().find(|i| i["code"] == "edit.not_editable").unwrap()
                ["rule"]
                .clone();
            assert_eq!(rule, json!(if name == "FAILED" { "R-LSR-FAILED" } else { "R-STATUS-EDITABLE" }), "{label}");
        }
        assert_eq!(has(&report, "status", "edit.may_delay").is_some(), delay, "{label}: {}", report["issues"]);
        let supp = editable && kind == "portIn" && !name.contains("DRAFT");
        assert_eq!(has(&report, "status", "edit.after_save").is_some(), supp, "{label}");
    }
    STATUSES.len()
}

/// Unknown statuses and wrong-typed arguments: clear answers, never a failure.
pub fn unknown_statuses(api: &impl Api) {
    let report = api.validate(&with(port_in(), "status", json!("SHIPPED")), &json!({}));
    let issue = report["issues"].as_array().unwrap().iter().find(|i| i["code"] == "status.unknown").unwrap().clone();
    assert_eq!(issue["path"], json!(["status"]));
    assert!(issue["message"].as_str().unwrap().contains("REQUESTED_SUPP"), "{issue}");
    let report = api.validate(&with(port_in(), "status", json!("FAILED")), &json!({}));
    let message =
        report["issues"].as_array().unwrap().iter().find(|i| i["code"] == "status.unknown").unwrap()["message"].clone();
    assert!(message.as_str().unwrap().contains("status of an LSR"), "{message}");
    let report = api.validate(&with(lsr(), "status", json!("draft")), &json!({}));
    assert!(has(&report, "status", "status.unknown").is_some());

    let cases = [
        (json!("SHIPPED"), J::Null, "portIn", "\u{201c}SHIPPED\u{201d}"),
        (json!("FAILED"), json!("portIn"), "portIn", "status of an LSR"),
        (json!("FAILED"), J::Null, "lsr", ""),
        (json!("PARTIAL"), J::Null, "lsr", ""),
        (json!("FOC"), J::Null, "portIn", ""),
        (json!(42), J::Null, "portIn", "must be text, not a number"),
        (J::Null, J::Null, "portIn", "No status"),
        (json!(""), json!("lsr"), "lsr", "No status"),
        (json!({}), J::Null, "portIn", "not an object"),
        (json!("FOC"), json!("mars"), "portIn", "Unknown order kind"),
        (json!("FOC"), json!(7), "portIn", "kind must be"),
    ];
    for (status, kind, want_kind, meaning) in cases {
        let e = api.explain_status(&status, &kind);
        assert_eq!(e["kind"], json!(want_kind), "{status} {kind}: {e}");
        if meaning.is_empty() {
            assert_eq!(e["known"], json!(true), "{status} {kind}: {e}");
        } else {
            assert_eq!(
                (e["known"].clone(), e["editable"].clone(), e["terminal"].clone()),
                (json!(false), json!(false), json!(false)),
                "{status}"
            );
            assert!(e["meaning"].as_str().unwrap().contains(meaning), "{status} {kind}: {e}");
            assert!(e["next"].as_str().unwrap().ends_with('.'), "{e}");
        }
    }
    let failed = api.explain_status(&json!("Failed"), &json!("lsr"));
    assert!(failed["next"].as_str().unwrap().contains("new order"), "{failed}");
    assert!(failed["meaning"].as_str().unwrap().contains("cannot be changed"), "{failed}");
    let exception = api.explain_status(&json!("exception"), &json!("lsr"));
    assert!(exception["meaning"].as_str().unwrap().contains("not dead"), "{exception}");

    // editableFields on arguments that are not an order, or an unknown status.
    for arg in [json!(null), json!("FOC"), json!(42), json!([])] {
        let answer = api.editable_fields(&arg, &at_now());
        assert_eq!((answer["editable"].clone(), answer["fields"].clone()), (json!(false), json!([])), "{arg}");
        assert!(answer["reason"].as_str().unwrap().starts_with("Pass the order"), "{arg}: {answer}");
        assert_eq!(triples(&answer["warnings"])[0].1, "input.type", "{arg}");
    }
    let answer = api.editable_fields(&json!({ "status": "SHIPPED" }), &at_now());
    assert_eq!(answer["editable"], json!(false));
    assert!(answer["reason"].as_str().unwrap().contains("status is not known"), "{answer}");
    assert_eq!(triples(&answer["warnings"]), vec![("status".into(), "status.unknown".into(), "error".into())]);
    let answer = api.editable_fields(&json!({ "status": 7 }), &at_now());
    assert_eq!(answer["editable"], json!(false), "a wrong-typed status is not an absent one: {answer}");
    assert_eq!(triples(&answer["warnings"])[0].1, "input.type");
}

/// `editableFields` details: no status, no port type, off-net after FOC by `actualFocDate`.
pub fn editable_fields_details(api: &impl Api) {
    let all = api.editable_fields(&json!({}), &at_now());
    assert_eq!(all["editable"], json!(true));
    // The matrix's 18 fields, and the 5 fixed once the order is submitted (R-EDIT-FIXED).
    assert_eq!(all["fields"].as_array().unwrap().len(), 23, "{all}");
    for fixed in ["triggered", "immediately", "billingType", "targetRespOrgId", "alternateSpid"] {
        assert!(listed(&all["fields"], fixed), "{fixed}: {all}");
        let draft = api.editable_fields(&json!({ "status": "DRAFT", "portType": "MANUAL_TOLL_FREE" }), &at_now());
        assert!(listed(&draft["fields"], fixed), "{fixed}: {draft}");
        for column in ["AUTOMATED_ON_NET", "MANUAL_TOLL_FREE", "INTERNAL"] {
            let submitted = api.editable_fields(&json!({ "status": "EXCEPTION", "portType": column }), &at_now());
            assert!(!listed(&submitted["fields"], fixed), "{fixed} {column}: {submitted}");
        }
    }
    assert_eq!(all["warnings"], json!([]));
    let lsr_all = api.editable_fields(&json!({ "kind": "lsr" }), &at_now());
    assert!(
        listed(&lsr_all["fields"], "subscriber.pinNumber") && !listed(&lsr_all["fields"], "wirelessInfo.pinNumber"),
        "{lsr_all}"
    );
    let foc = api.editable_fields(
        &json!({ "portType": "automated off net", "status": "Requested Supp", "actualFocDate": "2026-12-01" }),
        &at_now(),
    );
    let after_foc = json!(["requestedFocDate", "customerOrderId", "siteId", "peerId", "tnAttributes"]);
    assert_eq!(foc["fields"], after_foc, "{foc}");
    let before = api.editable_fields(&json!({ "portType": "AUTOMATED_OFF_NET", "status": "SUBMITTED" }), &at_now());
    assert!(
        listed(&before["fields"], "listOfPhoneNumbers") && !listed(&before["fields"], "subscriber.businessName"),
        "{before}"
    );
    let unknown = api.editable_fields(&json!({ "status": "SUBMITTED" }), &at_now());
    assert_eq!(
        unknown["fields"],
        json!([
            "wirelessInfo.accountNumber",
            "requestedFocDate",
            "customerOrderId",
            "siteId",
            "peerId",
            "tnAttributes"
        ]),
        "{unknown}"
    );
    assert!(triples(&unknown["warnings"]).iter().any(|(p, c, _)| p == "portType" && c == "edit.port_type_needed"));
    let unknown_foc = api.editable_fields(&json!({ "status": "FOC" }), &at_now());
    assert_eq!(unknown_foc["fields"], after_foc, "{unknown_foc}");
    let exception = api.editable_fields(&json!({ "status": "EXCEPTION", "portType": "MANUAL_OFF_NET" }), &at_now());
    let codes: Vec<String> = triples(&exception["warnings"]).into_iter().map(|(_, c, _)| c).collect();
    assert_eq!(codes, ["status.exception", "edit.after_save"], "{exception}");
}

// ---------------------------------------------------------------------------------------------
// Edits: what changed, compared field by field.

/// One edit: the saved order, the edited one, and the `(path, code, severity)` that must (and
/// the codes that must not) be reported.
pub struct EditCase {
    pub name: &'static str,
    pub saved: J,
    pub edited: J,
    pub has: Vec<(&'static str, &'static str, &'static str)>,
    pub not: Vec<&'static str>,
}

pub fn edit_cases() -> Vec<EditCase> {
    let submitted =
        |port_type: &str| with_all(port_in(), &[("portType", json!(port_type)), ("status", json!("SUBMITTED"))]);
    let lsr_in = |status: &str| with(lsr(), "status", json!(status));
    let mut cases = vec![
        EditCase {
            name: "a reformatted, reordered TN list is not a change",
            saved: submitted("MANUAL_OFF_NET"),
            edited: with(submitted("MANUAL_OFF_NET"), "listOfPhoneNumbers", json!("(919) 200-0001\n+1 919.200.0000")),
            has: vec![],
            not: vec!["edit.not_editable", "edit.may_delay", "edit.after_save"],
        },
        EditCase {
            name: "a changed TN list on a manual port is refused",
            saved: submitted("MANUAL_OFF_NET"),
            edited: with(submitted("MANUAL_OFF_NET"), "listOfPhoneNumbers", json!(["919-200-0000"])),
            has: vec![
                ("listOfPhoneNumbers", "edit.not_editable", "error"),
                ("status", "edit.may_delay", "warning"),
                ("status", "edit.after_save", "info"),
            ],
            not: vec![],
        },
        EditCase {
            name: "a reformatted BTN is not a change",
            saved: submitted("AUTOMATED_ON_NET_WIRELESS"),
            edited: with(submitted("AUTOMATED_ON_NET_WIRELESS"), "billingTelephoneNumber", json!("919.200.0000")),
            has: vec![],
            not: vec!["edit.not_editable"],
        },
        EditCase {
            name: "outer spaces are not a change",
            saved: submitted("AUTOMATED_ON_NET_WIRELESS"),
            edited: with(submitted("AUTOMATED_ON_NET_WIRELESS"), "subscriber.serviceAddress.city", json!(" Raleigh ")),
            has: vec![],
            not: vec!["edit.not_editable"],
        },
        EditCase {
            name: "off-net after FOC, by actualFocDate",
            saved: with_all(
                submitted("AUTOMATED_OFF_NET"),
                &[("status", json!("REQUESTED_SUPP")), ("actualFocDate", json!("2026-12-14"))],
            ),
            edited: with_all(
                submitted("AUTOMATED_OFF_NET"),
                &[
                    ("status", json!("REQUESTED_SUPP")),
                    ("actualFocDate", json!("2026-12-14")),
                    ("subscriber.serviceAddress.zip", json!("27603")),
                ],
            ),
            has: vec![("subscriber.serviceAddress.zip", "edit.not_editable", "error")],
            not: vec!["edit.csr_again"],
        },
        EditCase {
            name: "off-net before FOC: the CSR phase again",
            saved: submitted("AUTOMATED_OFF_NET"),
            edited: with(submitted("AUTOMATED_OFF_NET"), "subscriber.serviceAddress.zip", json!("27603")),
            has: vec![
                ("", "edit.csr_again", "info"),
                ("subscriber.serviceAddress", "address.service_not_billing", "info"),
            ],
            not: vec!["edit.not_editable"],
        },
        EditCase {
            name: "off-net before FOC, only the date: no CSR phase",
            saved: submitted("AUTOMATED_OFF_NET"),
            edited: with(submitted("AUTOMATED_OFF_NET"), "requestedFocDate", json!("2026-12-15")),
            has: vec![("status", "edit.after_save", "info")],
            not: vec!["edit.csr_again", "edit.not_editable"],
        },
        EditCase {
            name: "EXCEPTION: no delay warning, the exception note",
            saved: with(submitted("MANUAL_ON_NET"), "status", json!("Exception")),
            edited: with_all(
                submitted("MANUAL_ON_NET"),
                &[("status", json!("Exception")), ("subscriber.businessName", json!("Acme Widgets LLC"))],
            ),
            has: vec![("status", "status.exception", "info"), ("status", "edit.after_save", "info")],
            not: vec!["edit.may_delay", "edit.not_editable"],
        },
        EditCase {
            name: "the saved status applies when the edited order gives none",
            saved: with(submitted("MANUAL_ON_NET"), "status", json!("COMPLETE")),
            edited: with_all(submitted("MANUAL_ON_NET"), &[("status", J::Null), ("customerOrderId", json!("ACME-9"))]),
            has: vec![("customerOrderId", "edit.not_editable", "error")],
            not: vec![],
        },
        EditCase {
            name: "never submitted: everything may change",
            saved: port_in(),
            edited: with_all(
                port_in(),
                &[
                    ("listOfPhoneNumbers", json!(["919-200-0005"])),
                    ("billingTelephoneNumber", json!("919-200-0005")),
                    ("portType", json!("MANUAL_OFF_NET")),
                ],
            ),
            has: vec![],
            not: vec!["edit.not_editable", "edit.may_delay", "edit.after_save"],
        },
        EditCase {
            name: "a draft: everything may change",
            saved: with(submitted("MANUAL_ON_NET"), "status", json!("VALID_DRAFT")),
            edited: with_all(
                submitted("MANUAL_ON_NET"),
                &[
                    ("status", json!("VALID_DRAFT")),
                    ("listOfPhoneNumbers", json!(["919-200-0005"])),
                    ("billingTelephoneNumber", json!("919-200-0005")),
                ],
            ),
            has: vec![],
            not: vec!["edit.not_editable", "edit.may_delay", "edit.after_save"],
        },
        EditCase {
            name: "port type changed",
            saved: submitted("MANUAL_ON_NET"),
            edited: with(submitted("MANUAL_ON_NET"), "portType", json!("MANUAL_OFF_NET")),
            has: vec![("portType", "edit.not_editable", "error")],
            not: vec![],
        },
        EditCase {
            name: "port type respelled is not a change",
            saved: submitted("AUTOMATED_ON_NET"),
            edited: with(submitted("AUTOMATED_ON_NET"), "portType", json!("AUTOMATED")),
            has: vec![],
            not: vec!["edit.not_editable"],
        },
        EditCase {
            name: "kind changed",
            saved: submitted("MANUAL_ON_NET"),
            edited: with(submitted("MANUAL_ON_NET"), "kind", json!("lsr")),
            has: vec![("kind", "edit.not_editable", "error")],
            not: vec![],
        },
        EditCase {
            name: "no port type: a change some port types refuse is a warning",
            saved: with(submitted("MANUAL_ON_NET"), "portType", J::Null),
            edited: with_all(
                submitted("MANUAL_ON_NET"),
                &[("portType", J::Null), ("billingTelephoneNumber", json!("919-200-0001"))],
            ),
            has: vec![("billingTelephoneNumber", "edit.depends_on_port_type", "warning")],
            not: vec!["edit.not_editable"],
        },
        EditCase {
            name: "the port type from the saved order",
            saved: submitted("AUTOMATED_ON_NET_WIRELESS"),
            edited: with_all(
                submitted("AUTOMATED_ON_NET_WIRELESS"),
                &[("portType", J::Null), ("billingTelephoneNumber", json!("919-200-0001"))],
            ),
            has: vec![("billingTelephoneNumber", "edit.not_editable", "error")],
            not: vec!["edit.depends_on_port_type"],
        },
        EditCase {
            name: "account number changed without a PIN",
            saved: with(submitted("MANUAL_ON_NET"), "wirelessInfo.pinNumber", J::Null),
            edited: with_all(
                submitted("MANUAL_ON_NET"),
                &[("wirelessInfo.pinNumber", J::Null), ("wirelessInfo.accountNumber", json!("ACCT9"))],
            ),
            has: vec![("wirelessInfo.pinNumber", "account.pin_together", "error")],
            not: vec!["edit.not_editable"],
        },
        EditCase {
            name: "PIN removed",
            saved: submitted("MANUAL_ON_NET"),
            edited: with(submitted("MANUAL_ON_NET"), "wirelessInfo.pinNumber", J::Null),
            has: vec![("wirelessInfo.pinNumber", "account.pin_together", "error")],
            not: vec![],
        },
        EditCase {
            name: "account number and PIN changed together",
            saved: submitted("MANUAL_ON_NET"),
            edited: with_all(
                submitted("MANUAL_ON_NET"),
                &[("wirelessInfo.pinNumber", json!("99")), ("wirelessInfo.accountNumber", json!("ACCT9"))],
            ),
            has: vec![],
            not: vec!["account.pin_together"],
        },
        EditCase {
            name: "LSR: the numbers cannot change",
            saved: lsr_in("PENDING"),
            edited: with(lsr_in("PENDING"), "listOfPhoneNumbers", json!(["919-200-0000"])),
            has: vec![("listOfPhoneNumbers", "edit.lsr_tn_change", "error")],
            not: vec!["edit.may_delay", "edit.after_save"],
        },
        EditCase {
            name: "LSR: reformatted numbers are not a change",
            saved: lsr_in("FOC"),
            edited: with(lsr_in("FOC"), "listOfPhoneNumbers", json!("919 200 0001, 919 200 0000")),
            has: vec![],
            not: vec!["edit.lsr_tn_change"],
        },
        EditCase {
            name: "LSR in EXCEPTION: a supp of the details",
            saved: lsr_in("EXCEPTION"),
            edited: with_all(
                lsr_in("EXCEPTION"),
                &[("subscriber.serviceAddress.zip", json!("27603")), ("subscriber.pinNumber", json!("5555"))],
            ),
            has: vec![("status", "status.exception", "info")],
            not: vec!["edit.not_editable", "edit.lsr_tn_change", "account.pin_together"],
        },
        EditCase {
            name: "LSR: the PON is fixed",
            saved: lsr_in("PENDING"),
            edited: with(lsr_in("PENDING"), "pon", json!("OTHER-PON")),
            has: vec![("pon", "edit.not_editable", "error")],
            not: vec![],
        },
        EditCase {
            name: "LSR FAILED: nothing can change",
            saved: lsr_in("FAILED"),
            edited: with(lsr_in("FAILED"), "requestedFocDate", json!("2026-12-20")),
            has: vec![("requestedFocDate", "edit.not_editable", "error"), ("status", "status.terminal", "info")],
            not: vec!["edit.lsr_tn_change"],
        },
        EditCase {
            name: "LSR PIN changed without the account number",
            saved: with(lsr_in("EXCEPTION"), "subscriber.accountNumber", J::Null),
            edited: with_all(
                lsr_in("EXCEPTION"),
                &[("subscriber.accountNumber", J::Null), ("subscriber.pinNumber", json!("5555"))],
            ),
            has: vec![("subscriber.accountNumber", "account.pin_together", "error")],
            not: vec![],
        },
    ];
    // A closed status refuses every change, each at its own path.
    cases.push(EditCase {
        name: "REQUESTED_CANCEL: every change refused at its path",
        saved: with(submitted("AUTOMATED_ON_NET"), "status", json!("requested cancel")),
        edited: with_all(
            submitted("AUTOMATED_ON_NET"),
            &[
                ("status", json!("requested cancel")),
                ("subscriber.serviceAddress.zip", json!("27603")),
                ("requestedFocDate", json!("2026-12-20")),
            ],
        ),
        has: vec![
            ("subscriber.serviceAddress.zip", "edit.not_editable", "error"),
            ("requestedFocDate", "edit.not_editable", "error"),
        ],
        not: vec!["edit.may_delay", "edit.after_save"],
    });
    cases
}

pub fn edits(api: &impl Api) -> usize {
    let cases = edit_cases();
    for c in &cases {
        let report = api.validate(&c.edited, &editing(&c.saved));
        well_formed(c.name, &report);
        let found = triples(&report["issues"]);
        for (path, code, severity) in &c.has {
            assert!(
                found.iter().any(|(p, k, s)| p == path && k == code && s == severity),
                "{}: expected {path} {code} {severity}, got {found:?}",
                c.name
            );
        }
        for code in &c.not {
            assert!(!found.iter().any(|(_, k, _)| k == code), "{}: did not expect {code}, got {found:?}", c.name);
        }
        // Without the saved order there is no edit to judge.
        let alone = api.validate(&c.edited, &json!({}));
        assert!(
            !codes(&alone).iter().any(|k| k.starts_with("edit.") || k == "account.pin_together"),
            "{}: {}",
            c.name,
            alone["issues"]
        );
    }
    cases.len()
}

// ---------------------------------------------------------------------------------------------
// R-EDIT-NEAR-FOC: no change once the FOC is less than 24 hours away or on the FOC date; on
// automated off-net, a reschedule within 1 business day of the FOC date is worked by hand.
//
// The calendar around the FOC dates used: Thursday 2026-11-26 is Thanksgiving Day; Friday
// 2026-11-27 is a business day; Monday 2026-11-30 at 11:30 Eastern is 16:30Z (standard time).

/// The codes of the rule.
const NEAR_CODES: [&str; 3] = ["edit.near_foc", "edit.near_foc_offnet", "edit.near_foc_unchecked"];

/// One case: an edit of `saved` into `edited` with `options` (the test adds `original`), the
/// rule's issues exactly, others that must or must not be there, and what `editableFields` says
/// of the saved order with the same options.
pub struct NearCase {
    pub name: &'static str,
    pub saved: J,
    pub edited: J,
    pub options: J,
    /// Exactly the rule's issues in `validateOrder`: (path, code, severity).
    pub want: Vec<(&'static str, &'static str, &'static str)>,
    /// Other issues that must be reported.
    pub also: Vec<(&'static str, &'static str, &'static str)>,
    /// Codes that must not be reported.
    pub not: Vec<&'static str>,
    /// `editableFields(saved, options).editable`, and exactly the rule's issues in its warnings.
    pub editable: bool,
    pub fields_want: Vec<(&'static str, &'static str, &'static str)>,
}

/// A submitted port-in of `port_type` in `status`, with more fields set.
fn submitted_with(port_type: &str, status: &str, fields: &[(&str, J)]) -> J {
    with_all(with_all(port_in(), &[("portType", json!(port_type)), ("status", json!(status))]), fields)
}

fn now(instant: &str) -> J {
    json!({ "now": instant })
}

fn today(day: &str) -> J {
    json!({ "today": day })
}

const REFUSED: (&str, &str, &str) = ("", "edit.near_foc", "error");
const OFFNET: (&str, &str, &str) = ("requestedFocDate", "edit.near_foc_offnet", "warning");
const UNSURE: (&str, &str, &str) = ("", "edit.near_foc_unchecked", "warning");
const NO_DATE: (&str, &str, &str) = ("", "edit.near_foc_unchecked", "info");

pub fn near_foc_cases() -> Vec<NearCase> {
    // Automated off-net with FOC for Monday 2026-11-30 (11:30 Eastern: no time given).
    let off_net = |fields: &[(&str, J)]| {
        submitted_with("AUTOMATED_OFF_NET", "FOC", &[&[("requestedFocDate", json!("2026-11-30"))], fields].concat())
    };
    // ... rescheduled to Wednesday 2026-12-02.
    let rescheduled = || off_net(&[("requestedFocDate", json!("2026-12-02"))]);
    let on_net = |fields: &[(&str, J)]| {
        submitted_with("AUTOMATED_ON_NET", "FOC", &[&[("requestedFocDate", json!("2026-11-30"))], fields].concat())
    };
    let new_id = |order: J| with(order, "customerOrderId", json!("ACME-2"));
    let case = |name, saved: J, edited: J, options: J, want: Vec<_>, editable, fields_want: Vec<_>| NearCase {
        name,
        saved,
        edited,
        options,
        want,
        also: vec![],
        not: vec![],
        editable,
        fields_want,
    };
    let refused_near = |name, saved: J, edited: J, options: J| {
        let n = edited_paths(&saved, &edited);
        NearCase {
            name,
            want: n.into_iter().map(|p| (p, "edit.near_foc", "error")).collect(),
            also: vec![],
            not: vec!["edit.not_editable", "edit.may_delay", "edit.after_save", "edit.csr_again"],
            editable: false,
            fields_want: vec![REFUSED],
            saved,
            edited,
            options,
        }
    };
    vec![
        // The 24-hour line, to the minute and the second, with `now`.
        case(
            "24 h 01 min before: taken, off-net warning",
            off_net(&[]),
            rescheduled(),
            now("2026-11-29T16:29:00Z"),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        case(
            "exactly 24 h before: taken (not less than 24 hours)",
            off_net(&[]),
            rescheduled(),
            now("2026-11-29T16:30:00Z"),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        refused_near("23 h 59 min 59 s before: refused", off_net(&[]), rescheduled(), now("2026-11-29T16:30:01Z")),
        refused_near("23 h 59 min before: refused", off_net(&[]), rescheduled(), now("2026-11-29T16:31:00Z")),
        refused_near(
            "the FOC date at midnight Eastern: refused",
            off_net(&[]),
            rescheduled(),
            now("2026-11-30T05:00:00Z"),
        ),
        refused_near("the FOC moment: refused (passed)", off_net(&[]), rescheduled(), now("2026-11-30T16:30:00Z")),
        refused_near(
            "days after the FOC, still in FOC: refused",
            off_net(&[]),
            rescheduled(),
            now("2026-12-04T15:00:00Z"),
        ),
        // A time written counts when it takes effect (triggered activation, R-TIME-TRIGGERED),
        // in Eastern time, whatever the offset it is written in.
        case(
            "FOC at 20:00 Eastern, triggered: 24 h 01 min before is taken",
            off_net(&[("actualFocDate", json!("2026-11-30T20:00:00-05:00")), ("triggered", json!(true))]),
            with(
                off_net(&[("actualFocDate", json!("2026-11-30T20:00:00-05:00")), ("triggered", json!(true))]),
                "requestedFocDate",
                json!("2026-12-02"),
            ),
            now("2026-11-29T19:59:00-05:00"),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        refused_near(
            "FOC at 20:00 Eastern, triggered: 23 h 59 min before is refused",
            off_net(&[("actualFocDate", json!("2026-12-01T01:00:00Z")), ("triggered", json!(true))]),
            with(
                off_net(&[("actualFocDate", json!("2026-12-01T01:00:00Z")), ("triggered", json!(true))]),
                "requestedFocDate",
                json!("2026-12-02"),
            ),
            now("2026-11-29T20:01:00-05:00"),
        ),
        refused_near(
            "FOC at 21:00 Eastern on Nov 30 (02:00Z Dec 1), triggered: on its Eastern date, refused",
            on_net(&[("actualFocDate", json!("2026-12-01T02:00:00Z")), ("triggered", json!(true))]),
            new_id(on_net(&[("actualFocDate", json!("2026-12-01T02:00:00Z")), ("triggered", json!(true))])),
            now("2026-11-30T05:00:00Z"),
        ),
        // Issue 20, from the provider's documents: the schema's `Triggered`
        // (`bw-apidocs-numbers-openapi-full.yml`: without it a wireline automated port is
        // "activated at the default activation time of 11:30 AM ET") and the off-net help
        // article (`001_77a56da79bdb7bdd.txt`, S1: no change less than 24 hours before the FOC,
        // 7301). A FOC written for 20:00 on Monday Nov 30, changed on Sunday at noon, 23.5 hours
        // before 11:30 (32 before 20:00): refused. Written for 06:00, changed on Sunday at 08:00,
        // 27.5 hours before 11:30 (22 before 06:00): taken.
        refused_near(
            "on-net, not triggered, 20:00 written: 23.5 h before 11:30 is refused",
            on_net(&[("requestedFocDate", json!("2026-11-30T20:00:00-05:00"))]),
            new_id(on_net(&[("requestedFocDate", json!("2026-11-30T20:00:00-05:00"))])),
            now("2026-11-29T12:00:00-05:00"),
        ),
        case(
            "on-net, not triggered, 06:00 written: 27.5 h before 11:30 is taken",
            on_net(&[("requestedFocDate", json!("2026-11-30T06:00:00-05:00"))]),
            new_id(on_net(&[("requestedFocDate", json!("2026-11-30T06:00:00-05:00"))])),
            now("2026-11-29T08:00:00-05:00"),
            vec![],
            true,
            vec![],
        ),
        // Wireless to wireless activates at the time written, triggered or not.
        refused_near(
            "wireless, 06:00 written: 22 h before it is refused",
            submitted_with(
                "AUTOMATED_ON_NET_WIRELESS",
                "FOC",
                &[("requestedFocDate", json!("2026-11-30T06:00:00-05:00"))],
            ),
            new_id(submitted_with(
                "AUTOMATED_ON_NET_WIRELESS",
                "FOC",
                &[("requestedFocDate", json!("2026-11-30T06:00:00-05:00"))],
            )),
            now("2026-11-29T08:00:00-05:00"),
        ),
        // Manual ports activate at 11:30 whatever time is written.
        refused_near(
            "manual port: a time of 20:00 written, 11:30 counts",
            submitted_with("MANUAL_OFF_NET", "FOC", &[("requestedFocDate", json!("2026-11-30T20:00:00-05:00"))]),
            new_id(submitted_with(
                "MANUAL_OFF_NET",
                "FOC",
                &[("requestedFocDate", json!("2026-11-30T20:00:00-05:00"))],
            )),
            now("2026-11-29T19:59:00-05:00"),
        ),
        case(
            "manual off-net: no off-net warning (the partner's hand-worked supps are automated off-net)",
            submitted_with("MANUAL_OFF_NET", "FOC", &[("requestedFocDate", json!("2026-11-30"))]),
            submitted_with("MANUAL_OFF_NET", "FOC", &[("requestedFocDate", json!("2026-12-02"))]),
            now("2026-11-28T15:00:00Z"),
            vec![],
            true,
            vec![],
        ),
        // 1 business day, across a weekend and a holiday, on both sides.
        case(
            "Friday before a Monday FOC: 1 business day, warned",
            off_net(&[]),
            rescheduled(),
            today("2026-11-27"),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        case(
            "Saturday before a Monday FOC: warned",
            off_net(&[]),
            rescheduled(),
            today("2026-11-28"),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        case(
            "Thanksgiving before a Monday FOC: 2 business days, no warning",
            off_net(&[]),
            rescheduled(),
            today("2026-11-26"),
            vec![],
            true,
            vec![],
        ),
        case(
            "Wednesday before a Monday FOC, Friday an extra holiday: 1 business day, warned",
            off_net(&[]),
            rescheduled(),
            json!({ "today": "2026-11-25", "extraHolidays": ["2026-11-27"] }),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        case(
            "Wednesday before a Friday FOC, Thursday Thanksgiving: 1 business day, warned",
            off_net(&[("requestedFocDate", json!("2026-11-27"))]),
            rescheduled(),
            now("2026-11-25T15:00:00Z"),
            vec![OFFNET],
            true,
            vec![OFFNET],
        ),
        case(
            "Tuesday before a Friday FOC, Thursday Thanksgiving: 2 business days, no warning",
            off_net(&[("requestedFocDate", json!("2026-11-27"))]),
            rescheduled(),
            now("2026-11-24T15:00:00Z"),
            vec![],
            true,
            vec![],
        ),
        // Only today known: what holds all day is said, the rest is a warning asking for now.
        case(
            "only today, the day before: the line falls today (unsure)",
            off_net(&[]),
            rescheduled(),
            today("2026-11-29"),
            vec![UNSURE, OFFNET],
            true,
            vec![UNSURE, OFFNET],
        ),
        refused_near("only today, the FOC date: refused", off_net(&[]), rescheduled(), today("2026-11-30")),
        refused_near("only today, after the FOC date: refused", off_net(&[]), rescheduled(), today("2026-12-01")),
        refused_near(
            "today and now disagree: today wins (the whole FOC date)",
            off_net(&[]),
            rescheduled(),
            json!({ "today": "2026-11-30", "now": "2026-11-28T15:00:00Z" }),
        ),
        // Which date is the FOC date.
        refused_near(
            "actualFocDate wins over the requested date",
            off_net(&[("requestedFocDate", json!("2026-12-15")), ("actualFocDate", json!("2026-11-30"))]),
            off_net(&[("requestedFocDate", json!("2026-12-16")), ("actualFocDate", json!("2026-11-30"))]),
            now("2026-11-29T17:00:00Z"),
        ),
        refused_near(
            "the saved requested date, not the edited one",
            off_net(&[]),
            off_net(&[("requestedFocDate", json!("2026-12-20"))]),
            now("2026-11-29T17:00:00Z"),
        ),
        refused_near(
            "the saved actualFocDate when the edited order has none",
            on_net(&[("status", json!("REQUESTED_SUPP")), ("actualFocDate", json!("2026-11-30"))]),
            new_id(on_net(&[("status", json!("REQUESTED_SUPP"))])),
            now("2026-11-29T17:00:00Z"),
        ),
        NearCase {
            name: "an actualFocDate that cannot be read is reported, and nothing judged",
            saved: off_net(&[("actualFocDate", json!("11/30/2026"))]),
            edited: with(off_net(&[("actualFocDate", json!("11/30/2026"))]), "requestedFocDate", json!("2026-12-02")),
            options: now("2026-11-29T17:00:00Z"),
            want: vec![],
            also: vec![("actualFocDate", "date.format", "error")],
            not: vec![],
            editable: true,
            fields_want: vec![],
        },
        NearCase {
            name: "the saved actualFocDate that cannot be read is reported under original",
            saved: off_net(&[("actualFocDate", json!("2026-11-30T11:30"))]),
            edited: rescheduled(),
            options: now("2026-11-29T17:00:00Z"),
            want: vec![],
            also: vec![("original.actualFocDate", "date.no_offset", "error")],
            not: vec![],
            editable: true,
            fields_want: vec![],
        },
        case(
            "FOC but no FOC date: said, not judged",
            on_net(&[("requestedFocDate", J::Null)]),
            new_id(on_net(&[("requestedFocDate", J::Null)])),
            now("2026-11-29T17:00:00Z"),
            vec![NO_DATE],
            true,
            vec![NO_DATE],
        ),
        // Every change refused at its own path, instead of the matrix verdicts.
        refused_near(
            "several changes near the FOC: each refused, no matrix verdict",
            off_net(&[]),
            with_all(
                off_net(&[]),
                &[
                    ("subscriber.serviceAddress.zip", json!("27603")),
                    ("customerOrderId", json!("ACME-2")),
                    ("requestedFocDate", json!("2026-12-02")),
                ],
            ),
            now("2026-11-29T17:00:00Z"),
        ),
        refused_near(
            "EXCEPTION with an actualFocDate: refused",
            on_net(&[("status", json!("EXCEPTION")), ("actualFocDate", json!("2026-11-30"))]),
            new_id(on_net(&[("status", json!("EXCEPTION")), ("actualFocDate", json!("2026-11-30"))])),
            now("2026-11-29T17:00:00Z"),
        ),
        // Where the rule does not apply.
        case(
            "on-net, not near: no off-net warning",
            on_net(&[]),
            new_id(on_net(&[])),
            now("2026-11-27T15:00:00Z"),
            vec![],
            true,
            vec![],
        ),
        NearCase {
            name: "no FOC yet (SUBMITTED, no actualFocDate): not this rule",
            saved: submitted_with("AUTOMATED_OFF_NET", "SUBMITTED", &[("requestedFocDate", json!("2026-11-30"))]),
            edited: submitted_with("AUTOMATED_OFF_NET", "SUBMITTED", &[("requestedFocDate", json!("2026-12-02"))]),
            options: now("2026-11-29T17:00:00Z"),
            want: vec![],
            also: vec![("status", "edit.may_delay", "warning")],
            not: vec![],
            editable: true,
            fields_want: vec![],
        },
        refused_near(
            "SUBMITTED with an actualFocDate has FOC",
            submitted_with(
                "AUTOMATED_OFF_NET",
                "SUBMITTED",
                &[("requestedFocDate", json!("2026-11-30")), ("actualFocDate", json!("2026-11-30"))],
            ),
            submitted_with(
                "AUTOMATED_OFF_NET",
                "SUBMITTED",
                &[("requestedFocDate", json!("2026-12-02")), ("actualFocDate", json!("2026-11-30"))],
            ),
            now("2026-11-29T17:00:00Z"),
        ),
        case(
            "no change: nothing to refuse",
            off_net(&[]),
            off_net(&[("requestedFocDate", json!(" 2026-11-30 "))]),
            now("2026-11-29T17:00:00Z"),
            vec![],
            false,
            vec![REFUSED],
        ),
        NearCase {
            name: "COMPLETE: closed, refused by the status",
            saved: on_net(&[("status", json!("COMPLETE")), ("actualFocDate", json!("2026-11-30"))]),
            edited: new_id(on_net(&[("status", json!("COMPLETE")), ("actualFocDate", json!("2026-11-30"))])),
            options: now("2026-11-29T17:00:00Z"),
            want: vec![],
            also: vec![("customerOrderId", "edit.not_editable", "error")],
            not: vec![],
            editable: false,
            fields_want: vec![],
        },
        case(
            "a draft: anything may change",
            on_net(&[("status", json!("DRAFT")), ("actualFocDate", json!("2026-11-30"))]),
            new_id(on_net(&[("status", json!("DRAFT")), ("actualFocDate", json!("2026-11-30"))])),
            now("2026-11-29T17:00:00Z"),
            vec![],
            true,
            vec![],
        ),
        case(
            "an LSR with FOC: not this rule (port-ins only)",
            with_all(lsr(), &[("status", json!("FOC")), ("requestedFocDate", json!("2026-11-30"))]),
            with_all(
                lsr(),
                &[
                    ("status", json!("FOC")),
                    ("requestedFocDate", json!("2026-11-30")),
                    ("subscriber.serviceAddress.zip", json!("27603")),
                ],
            ),
            now("2026-11-29T17:00:00Z"),
            vec![],
            true,
            vec![],
        ),
        case(
            "no port type: no off-net warning",
            off_net(&[("portType", J::Null)]),
            with(off_net(&[("portType", J::Null)]), "requestedFocDate", json!("2026-12-02")),
            now("2026-11-29T15:00:00Z"),
            vec![],
            true,
            vec![],
        ),
    ]
}

/// The dotted paths where two orders differ (the fields an edit changed), for the expected
/// refusals.
fn edited_paths(saved: &J, edited: &J) -> Vec<&'static str> {
    const FIELDS: [&str; 6] = [
        "listOfPhoneNumbers",
        "requestedFocDate",
        "customerOrderId",
        "subscriber.serviceAddress.zip",
        "billingTelephoneNumber",
        "loaAuthorizingPerson",
    ];
    let get = |o: &J, path: &str| path.split('.').fold(o.clone(), |v, k| v.get(k).cloned().unwrap_or(J::Null));
    FIELDS.into_iter().filter(|p| get(saved, p) != get(edited, p)).collect()
}

fn only_near(issues: &J) -> Vec<(String, String, String)> {
    let mut found: Vec<_> = triples(issues).into_iter().filter(|(_, c, _)| NEAR_CODES.contains(&c.as_str())).collect();
    found.sort();
    found
}

fn sorted(want: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    let mut want: Vec<_> =
        want.iter().map(|(p, c, s)| ((*p).to_string(), (*c).to_string(), (*s).to_string())).collect();
    want.sort();
    want
}

pub fn near_foc(api: &impl Api) -> usize {
    let cases = near_foc_cases();
    for c in &cases {
        let mut options = c.options.clone();
        options["original"] = c.saved.clone();
        let report = api.validate(&c.edited, &options);
        well_formed(c.name, &report);
        assert_eq!(only_near(&report["issues"]), sorted(&c.want), "{}: {}", c.name, report["issues"]);
        let found = triples(&report["issues"]);
        for (path, code, severity) in &c.also {
            assert!(
                found.iter().any(|(p, k, s)| p == path && k == code && s == severity),
                "{}: expected {path} {code} {severity}, got {found:?}",
                c.name
            );
        }
        for code in &c.not {
            assert!(!found.iter().any(|(_, k, _)| k == code), "{}: did not expect {code}, got {found:?}", c.name);
        }
        for issue in
            report["issues"].as_array().unwrap().iter().filter(|i| NEAR_CODES.contains(&i["code"].as_str().unwrap()))
        {
            assert_eq!(issue["rule"], json!("R-EDIT-NEAR-FOC"), "{}", c.name);
            let message = issue["message"].as_str().unwrap();
            if issue["code"] == "edit.near_foc" {
                assert!(
                    message.ends_with("open a ticket with the porting team for any change to this order."),
                    "{}: {message}",
                    c.name
                );
            }
        }
        // The same options without the saved order: no edit, nothing of this rule.
        let alone = api.validate(&c.edited, &c.options);
        assert_eq!(only_near(&alone["issues"]), vec![], "{}", c.name);
        // editableFields on the saved order says the same.
        let answer = api.editable_fields(&c.saved, &c.options);
        assert_eq!(answer["editable"], json!(c.editable), "{}: {answer}", c.name);
        assert_eq!(only_near(&answer["warnings"]), sorted(&c.fields_want), "{}: {answer}", c.name);
        if c.fields_want.contains(&REFUSED) {
            assert_eq!(answer["fields"], json!([]), "{}", c.name);
            let reason = answer["reason"].as_str().unwrap();
            assert!(
                reason.starts_with("Nothing can change: ")
                    && reason.ends_with("open a ticket with the porting team for any change to this order."),
                "{}: {reason}",
                c.name
            );
        }
    }
    cases.len()
}

/// The messages, word for word, for one FOC: they say when the FOC is and what to do.
pub fn near_foc_messages(api: &impl Api) {
    let saved = submitted_with("AUTOMATED_OFF_NET", "FOC", &[("requestedFocDate", json!("2026-11-30"))]);
    let edited = with(saved.clone(), "requestedFocDate", json!("2026-12-02"));
    let message = |options: J, code: &str| {
        let mut options = options;
        options["original"] = saved.clone();
        let report = api.validate(&edited, &options);
        report["issues"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["code"] == code)
            .unwrap_or_else(|| panic!("{code}: {report}"))["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        message(now("2026-11-29T17:00:00Z"), "edit.near_foc"),
        "Requested FOC date cannot change: the FOC (2026-11-30 at 11:30 Eastern time) is less than 24 hours away; open a ticket with the porting team for any change to this order."
    );
    assert_eq!(
        message(now("2026-11-30T14:00:00Z"), "edit.near_foc"),
        "Requested FOC date cannot change: today is the FOC date (2026-11-30 at 11:30 Eastern time); open a ticket with the porting team for any change to this order."
    );
    assert_eq!(
        message(now("2026-11-30T17:00:00Z"), "edit.near_foc"),
        "Requested FOC date cannot change: the FOC (2026-11-30 at 11:30 Eastern time) has passed; open a ticket with the porting team for any change to this order."
    );
    assert_eq!(
        message(now("2026-11-27T17:00:00Z"), "edit.near_foc_offnet"),
        "A reschedule or cancellation within 1 business day of the FOC date (2026-11-30) is worked by hand by the porting team, and activations stop until the losing carrier accepts the supp: open a ticket with the porting team to track it."
    );
    assert_eq!(
        message(today("2026-11-29"), "edit.near_foc_unchecked"),
        "Only today's date was given, not the time, so it could not be told whether the FOC (2026-11-30 at 11:30 Eastern time) is less than 24 hours away: from 2026-11-29 at 11:30 Eastern time on, changes are refused and need a ticket with the porting team; pass the option now to check."
    );
    let answer = api.editable_fields(&saved, &now("2026-11-29T17:00:00Z"));
    assert_eq!(
        answer["reason"],
        json!("Nothing can change: the FOC (2026-11-30 at 11:30 Eastern time) is less than 24 hours away; open a ticket with the porting team for any change to this order.")
    );
}
