//! What a Rust user meets first (issue 24): one call from a `serde_json::Value` to a report, and
//! issues, paths and severities that print with `{}`; one public module, hidden, for the wasm crate.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use portin_validator::{validate_json, DisplayPath, Options, Seg, Severity};
use serde_json::json;

#[test]
fn validate_json_is_the_first_call_and_its_issues_print() {
    let order = json!({ "portType": "AUTOMATED_ON_NET", "listOfPhoneNumbers": ["9192460142", "919-555-0100"] });
    let report = validate_json(&order, &Options { today: Some("2026-11-23".into()), ..Options::default() });
    let lines: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
    assert!(lines.iter().any(|l| l.starts_with("listOfPhoneNumbers[1]: error tn.fictitious: Item 2: ")), "{lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with("billingTelephoneNumber: error btn.required: ")), "{lines:#?}");
}

#[test]
fn severities_and_paths_print() {
    let shown: Vec<String> =
        [Severity::Error, Severity::Warning, Severity::Info].iter().map(|s| s.to_string()).collect();
    assert_eq!(shown, ["error", "warning", "info"]);
    let zip = [Seg::Key("subscriber"), Seg::Key("serviceAddress"), Seg::Key("zip")];
    assert_eq!(DisplayPath(&zip).to_string(), "subscriber.serviceAddress.zip");
    assert_eq!(DisplayPath(&[Seg::Key("listOfPhoneNumbers"), Seg::Index(3)]).to_string(), "listOfPhoneNumbers[3]");
    assert_eq!(DisplayPath(&[]).to_string(), "(order)");
}

#[test]
fn without_a_day_the_dates_are_not_timed_and_options_at_gives_one() {
    let order = json!({ "requestedFocDate": "2026-12-01" });
    let untimed = validate_json(&order, &Options::default());
    assert!(untimed.issues.iter().any(|i| i.code.as_str() == "date.today_unknown"));
    let timed = validate_json(&order, &Options::at(std::time::SystemTime::now()));
    assert!(!timed.issues.iter().any(|i| i.code.as_str() == "date.today_unknown"));
}

#[test]
fn the_only_public_module_is_the_hidden_one_the_wasm_crate_uses() {
    let lib = include_str!("../src/lib.rs");
    let public: Vec<&str> = lib.lines().filter(|l| l.starts_with("pub mod ")).collect();
    assert_eq!(public, ["pub mod internal {"]);
    assert!(lib.contains("#[doc(hidden)]\npub mod internal"));
}
