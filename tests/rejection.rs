//! R-REJECT-EXPLAIN natively: the catalog against the published list, the message parser, and
//! operator entries. The same behaviour through the JS boundary is in `tests/wasm_rejection.rs`.
//!
//! The published list is not in the repository, only what the proof needs:
//! `tests/fixtures/bw_lnp_error_codes.hashes.tsv` (written by `scripts/gen-rejection-hashes.mjs`
//! from the provider's list) has per row the section, code and carrier code, and hashes of every
//! 8-word run and every sentence of the published text.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{dotted, v};
use portin_validator::internal::entry::explain_rejection as explain_input;
use portin_validator::internal::rejection::{catalog, explain_text, Explanation, Registry};
use portin_validator::Value;
use serde_json::json;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bw_lnp_error_codes.hashes.tsv");

/// The number of consecutive words that counts as copying (the generator's `RUN`).
const RUN: usize = 8;

/// One row of the published list, its text as hashes.
struct Published {
    section: String,
    code: u32,
    carrier: String,
    /// The hash of every run of `RUN` words of the text.
    runs: Vec<u64>,
    /// (number of words, hash) of every sentence of the text.
    sentences: Vec<(usize, u64)>,
}

fn hashes(col: &str) -> impl Iterator<Item = &str> {
    col.split(',').filter(|h| !h.is_empty())
}

fn hex(h: &str) -> u64 {
    assert_eq!(h.len(), 16, "{h}");
    u64::from_str_radix(h, 16).unwrap()
}

fn published() -> Vec<Published> {
    let tsv = std::fs::read_to_string(FIXTURE).expect("the hashed reference list is in the repo");
    let rows: Vec<Published> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("section\t") && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 5, "{l}");
            Published {
                section: cols[0].into(),
                code: cols[1].parse().unwrap(),
                carrier: cols[2].into(),
                runs: hashes(cols[3]).map(hex).collect(),
                sentences: hashes(cols[4])
                    .map(|s| {
                        let (n, h) = s.split_once(':').unwrap();
                        (n.parse().unwrap(), hex(h))
                    })
                    .collect(),
            }
        })
        .collect();
    assert!(rows.len() > 900, "the whole list: {}", rows.len());
    assert!(rows.iter().all(|r| !r.sentences.is_empty()), "every row has its text's hashes");
    rows
}

/// FNV-1a 64-bit over the UTF-8 bytes: the hash of `scripts/gen-rejection-hashes.mjs`.
fn fnv1a64(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The hash of a run of words as the generator writes it: joined by one space.
fn hash_words(w: &[String]) -> u64 {
    fnv1a64(&w.join(" "))
}

fn family_of_section(section: &str) -> &'static str {
    match section {
        "LNP Checker API Call errors" => "lnp checker",
        "Toll Free Porting Validations" => "toll-free",
        "LNP or /portins errors" | "Additional errors" => "port-in validation",
        "Carrier LNP Error codes" => "carrier rejection",
        "Level3 errors" => "off-net vendor",
        "LsrErrorType" => "lsr validation",
        "Port Out Validation callbacks" => "port-out validation",
        "LOA File Upload" => "loa upload",
        other => panic!("unknown section {other}"),
    }
}

fn explain(text: &str) -> Explanation {
    explain_text(text, &Registry::default())
}

#[test]
fn every_published_code_is_known_with_its_family() {
    let rows = published();
    let mut sections: BTreeMap<u32, BTreeSet<&'static str>> = BTreeMap::new();
    for r in &rows {
        sections.entry(r.code).or_default().insert(family_of_section(&r.section));
    }
    let unknown: Vec<&u32> = sections.keys().filter(|c| !explain(&c.to_string()).known).collect();
    assert!(unknown.is_empty(), "not known: {unknown:?}");
    for (code, families) in &sections {
        let e = explain(&code.to_string());
        assert_eq!(e.code, code.to_string());
        assert!(
            !e.title.trim().is_empty() && !e.meaning.trim().is_empty() && !e.action.trim().is_empty(),
            "{code}: {e:?}"
        );
        assert!(
            !e.title.contains("{}") && !e.meaning.contains("{}") && !e.action.contains("{}"),
            "{code}: unfilled subject"
        );
        assert!(families.contains(e.family.as_str()), "{code}: family {} not one of {families:?}", e.family);
        for f in &e.fields {
            assert!(
                portin_validator::internal::order::Field::from_dotted(f).is_some(),
                "{code}: {f} is not an order path"
            );
        }
    }
    println!("{} published codes ({} rows), all known", sections.len(), rows.len());

    // Nothing in the catalog that the published list does not have.
    let mut extra = BTreeSet::new();
    catalog::each(&mut |r| {
        if !sections.contains_key(&r.code) {
            extra.insert(r.code);
        }
        true
    });
    assert!(extra.is_empty(), "codes not in the published list: {extra:?}");
}

#[test]
fn every_carrier_code_is_read_from_the_message() {
    for r in published().iter().filter(|r| !r.carrier.is_empty()) {
        for text in [
            format!("{} {}", r.code, r.carrier),
            format!("Rejected ({}) with code {}", r.carrier.to_ascii_lowercase(), r.code),
        ] {
            let e = explain(&text);
            assert!(e.known, "{text}");
            assert_eq!(e.code, r.code.to_string(), "{text}");
            assert_eq!(
                e.details.carrier_code.as_deref().map(str::to_ascii_uppercase),
                Some(r.carrier.to_ascii_uppercase()),
                "{text}"
            );
        }
    }
    // The carrier code picks the explanation where the carrier's reasons differ.
    let by = |t: &str| explain(t).title;
    assert_ne!(by("7434 E24"), by("7434 E6h"));
    assert_ne!(by("7402 E1"), by("7402 8D"));
    assert_ne!(by("7407 E19"), by("7407 6M"));
    assert_eq!(explain("7402 8D").fields, ["subscriber.serviceAddress.zip", "subscriber.serviceAddress"]);
    // Without one, the explanation covers every reason the carrier gives for the code.
    assert!(explain("7434").meaning.contains("BTN"));
    assert!(explain("7434").meaning.contains("partial"));
}

/// Lowercase words of letters and digits: the unit of comparison for copied text.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect()
}

/// What the catalog must not repeat: the published texts as hashes.
#[derive(Default)]
struct PublishedIndex {
    /// The hash of each run of `RUN` words, with a code whose text has it.
    runs: BTreeMap<u64, u32>,
    /// Sentences of 3 words or more, by length: a catalog text may not contain one.
    long_sentences: BTreeMap<usize, BTreeSet<u64>>,
    /// Sentences of 1 or 2 words ("Multi TN"): a catalog text may not be one.
    short_sentences: BTreeSet<(usize, u64)>,
}

impl PublishedIndex {
    fn of(rows: &[Published]) -> Self {
        let mut index = Self::default();
        for r in rows {
            index.add(r.code, &r.runs, &r.sentences);
        }
        index
    }

    fn add(&mut self, code: u32, runs: &[u64], sentences: &[(usize, u64)]) {
        for &h in runs {
            self.runs.insert(h, code);
        }
        for &(n, h) in sentences {
            if n >= 3 {
                self.long_sentences.entry(n).or_default().insert(h);
            } else {
                self.short_sentences.insert((n, h));
            }
        }
    }

    /// What `text` copies: whole published sentences and runs of `RUN` published words.
    fn copies(&self, text: &str) -> Vec<String> {
        let mine = words(text);
        let mut out = Vec::new();
        // A whole published sentence, word for word (also the short ones: "Multi TN").
        for (&n, set) in &self.long_sentences {
            for w in mine.windows(n) {
                if set.contains(&hash_words(w)) {
                    out.push(format!("repeats the published sentence {:?}", w.join(" ")));
                }
            }
        }
        if self.short_sentences.contains(&(mine.len(), hash_words(&mine))) {
            out.push(format!("is the published sentence {:?}", mine.join(" ")));
        }
        // Any run of RUN consecutive words from any published text.
        for w in mine.windows(RUN) {
            if let Some(code) = self.runs.get(&hash_words(w)) {
                out.push(format!("shares {:?} with the published text of {code}", w.join(" ")));
            }
        }
        out
    }
}

/// Every text the catalog can produce: each code with each of its carrier codes, plus the
/// generic answers.
fn every_explanation() -> Vec<(String, Explanation)> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    catalog::each(&mut |r| {
        let probe = match r.carriers.split(',').next() {
            Some(c) if !c.is_empty() => format!("{} {c}", r.code),
            _ => r.code.to_string(),
        };
        if seen.insert(probe.clone()) {
            out.push((probe.clone(), explain(&probe)));
        }
        true
    });
    for generic in ["", "7446", "6999", "17999", "12345", "no code here"] {
        out.push((generic.to_string(), explain(generic)));
    }
    out.push(("null".into(), explain_input(&Value::Null, &Registry::default())));
    out
}

#[test]
fn no_published_sentence_or_long_run_is_copied() {
    let index = PublishedIndex::of(&published());
    let mut copied = Vec::new();
    for (probe, e) in every_explanation() {
        for (part, text) in [("title", &e.title), ("meaning", &e.meaning), ("action", &e.action)] {
            for c in index.copies(text) {
                copied.push(format!("{probe} {part} {c}"));
            }
        }
    }
    assert!(copied.is_empty(), "{} copies:\n{}", copied.len(), copied.join("\n"));
}

#[test]
fn the_hash_is_the_generators() {
    // Known FNV-1a 64 values, and the test vector the generator writes into the fixture's header.
    assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64("foobar"), 0x8594_4171_f739_67e8);
    let vector = "port in orders are checked here before they leave";
    assert_eq!(hash_words(&words("Port-in orders ARE checked here, before they leave!")), 0xc5c2_5fbf_3578_7185);
    let header = std::fs::read_to_string(FIXTURE).unwrap();
    let line = header.lines().find(|l| l.starts_with("# test vector: ")).expect("the fixture names its test vector");
    assert_eq!(line, format!("# test vector: fnv1a64(\"{vector}\") = {:016x}", fnv1a64(vector)));
}

#[test]
fn the_check_for_copies_can_fail() {
    // The same machinery, on an invented "published" text hashed as the generator hashes it,
    // flags a copied sentence, a long copied run and a short sentence given alone.
    let text =
        "Your order cannot proceed because the street name differs from our records. Send a corrected copy. Multi TN";
    let w = words(text);
    let runs: Vec<u64> = w.windows(RUN).map(hash_words).collect();
    let sentences: Vec<(usize, u64)> =
        [&w[..12], &w[12..16], &w[16..]].iter().map(|s| (s.len(), hash_words(s))).collect();
    assert_eq!(sentences[2].0, 2);
    let mut index = PublishedIndex::default();
    index.add(1, &runs, &sentences);

    assert!(index.copies("Note: send a corrected copy, then wait.").iter().any(|c| c.contains("sentence")));
    assert!(index
        .copies("We say: because the street name differs from our records, fix it")
        .iter()
        .any(|c| c.contains("shares") && c.contains("of 1")));
    assert_eq!(index.copies("Multi TN").len(), 1);
    // Seven words of a run, a short sentence inside a longer text, other words: no copy.
    assert!(index.copies("the street name differs from our records").is_empty());
    assert!(index.copies("A multi TN order").is_empty());
    assert!(index.copies("Check the service address against the CSR.").is_empty());
}

/// The codes people meet most (domain.md section 6), which need guidance written for them.
fn most_met(code: u32) -> bool {
    matches!(code, 7100..=7217 | 7401..=7485 | 7510..=7521 | 17000..=17037 | 400)
}

#[test]
fn the_codes_people_meet_most_have_their_own_guidance() {
    let mut codes_per_template: BTreeMap<(&str, &str), BTreeSet<u32>> = BTreeMap::new();
    let mut records = Vec::new();
    catalog::each(&mut |r| {
        codes_per_template.entry((r.title, r.meaning)).or_default().insert(r.code);
        records.push(*r);
        true
    });
    let mut own = BTreeSet::new();
    let mut most = BTreeSet::new();
    let published: BTreeSet<u32> = published().iter().map(|p| p.code).collect();
    for r in &records {
        if codes_per_template[&(r.title, r.meaning)].len() == 1 || !r.subject.is_empty() {
            own.insert(r.code);
        }
        if most_met(r.code) && published.contains(&r.code) {
            most.insert(r.code);
            assert!(!r.catch_all, "{} is on a catch-all explanation", r.code);
        }
    }
    for code in [17008, 7517, 7521] {
        assert!(own.contains(&code), "{code} has its own explanation");
    }
    let catch_all = records.iter().filter(|r| r.catch_all).map(|r| r.code).collect::<BTreeSet<_>>().len();
    println!(
        "{} templates for {} codes; {} codes with an explanation of their own (own template or subject); {} most-met codes, none on a catch-all; {} codes on catch-alls",
        codes_per_template.len(),
        records.iter().map(|r| r.code).collect::<BTreeSet<_>>().len(),
        own.len(),
        most.len(),
        catch_all
    );
}

#[test]
fn the_faq_codes_say_what_the_faq_says() {
    let e = explain("17008");
    assert_eq!(e.family, "lsr validation");
    assert!(e.meaning.contains("internal error"), "both readings: {}", e.meaning);
    assert!(e.meaning.contains("pending FOC"), "{}", e.meaning);
    assert!(
        e.action.contains("Search") && e.action.contains("supplement") && e.action.contains("cancel"),
        "{}",
        e.action
    );
    assert_eq!(e.fields, ["listOfPhoneNumbers", "pon", "requestedFocDate"]);

    let e = explain("7517");
    assert_eq!(e.family, "port-out validation");
    assert!(e.meaning.contains("one telephone number per port request"), "{}", e.meaning);
    assert!(e.action.contains("each with its own new PON"), "{}", e.action);

    let e = explain("7521");
    assert!(e.action.contains("Email the porting team") && e.action.contains("24 hours"), "{}", e.action);
    assert!(e.meaning.contains("not alerted until you write"), "{}", e.meaning);
}

struct Case {
    name: &'static str,
    input: &'static str,
    code: &'static str,
    known: bool,
    tns: &'static [&'static str],
    pon: Option<&'static str>,
    foc: Option<&'static str>,
}

const FAQ_17008: &str = "17008: One or more of the numbers submitted already has a pending FOC date. Any changes to this existing port must be submitted as a supplemental port. TNs found with a pending FOC Date: TN: [9195550142], PON: [ABC123], FOC Date: [01/13/2030], TN: [9195550143], PON: [XYZ-9], FOC Date: [01/14/2030]";

#[test]
fn parser_cases() {
    let cases = [
        Case {
            name: "several TNs in one 17008",
            input: FAQ_17008,
            code: "17008",
            known: true,
            tns: &["9195550142", "9195550143"],
            pon: Some("ABC123"),
            foc: Some("2030-01-13"),
        },
        Case {
            name: "formatted TNs",
            input: "7409 E30: (919) 246-0142, 919.246.0143 and +1 919 246 0144 are disconnected; also 1-919-246-0145",
            code: "7409",
            known: true,
            tns: &["9192460142", "9192460143", "9192460144", "9192460145"],
            pon: None,
            foc: None,
        },
        Case {
            name: "Error prefix",
            input: "Error 7402: Order is being rejected",
            code: "7402",
            known: true,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "code inside a sentence",
            input: "The losing carrier came back with 7402 (E1) on PON: ABC-7",
            code: "7402",
            known: true,
            tns: &[],
            pon: Some("ABC-7"),
            foc: None,
        },
        Case { name: "leading spaces", input: "   \t 7517", code: "7517", known: true, tns: &[], pon: None, foc: None },
        Case { name: "empty", input: "", code: "", known: false, tns: &[], pon: None, foc: None },
        Case { name: "only spaces", input: "   ", code: "", known: false, tns: &[], pon: None, foc: None },
        Case {
            name: "HTML around the code",
            input: "<b>7402</b> <script>alert('17008')</script>",
            code: "7402",
            known: true,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "unknown code, useful answer",
            input: "7446",
            code: "7446",
            known: false,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "known code wins over an unknown figure",
            input: "ZIP 27601 refused (7515)",
            code: "7515",
            known: true,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "ZIP+4 is not a code",
            input: "service zip 27601-1234 wrong",
            code: "",
            known: false,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "a TN alone is not a code",
            input: "919-246-0142",
            code: "",
            known: false,
            tns: &["9192460142"],
            pon: None,
            foc: None,
        },
        Case {
            name: "ISO date labelled FOC",
            input: "7209 requested FOC date 2026-12-01 too soon",
            code: "7209",
            known: true,
            tns: &[],
            pon: None,
            foc: Some("2026-12-01"),
        },
        Case {
            name: "date not labelled FOC",
            input: "7412 due 12/01/2026",
            code: "7412",
            known: true,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case { name: "carrier code alone", input: "E24", code: "7434", known: true, tns: &[], pon: None, foc: None },
        Case {
            name: "vendor code in parentheses is not ours",
            input: "An error occurred (99996)",
            code: "",
            known: false,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "vendor text with our code",
            input: "6463: Porting vendor has determined ... (LNP101J)",
            code: "6463",
            known: true,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case { name: "digits only, short", input: "42", code: "42", known: false, tns: &[], pon: None, foc: None },
        Case {
            name: "PON Version is not a PON",
            input: "17032 PON Version: 2",
            code: "17032",
            known: true,
            tns: &[],
            pon: None,
            foc: None,
        },
        Case {
            name: "words glued to digits are not codes",
            input: "PON ABC7402 and E7402",
            code: "",
            known: false,
            tns: &[],
            pon: None,
            foc: None,
        },
    ];
    for c in cases {
        let e = explain(c.input);
        assert_eq!((e.code.as_str(), e.known), (c.code, c.known), "{}: {e:?}", c.name);
        assert_eq!(e.details.tns, c.tns, "{}", c.name);
        assert_eq!(e.details.pon.as_deref(), c.pon, "{}", c.name);
        assert_eq!(e.details.foc_date.as_deref(), c.foc, "{}", c.name);
        assert!(!e.title.is_empty() && !e.meaning.is_empty() && !e.action.is_empty(), "{}", c.name);
    }
}

#[test]
fn parsed_details() {
    let e = explain(FAQ_17008);
    assert_eq!(e.details.pons, ["ABC123", "XYZ-9"]);
    assert_eq!(e.details.dates, ["2030-01-13", "2030-01-14"]);
    assert_eq!(e.details.text.as_deref(), Some(FAQ_17008));

    // HTML is text: returned unchanged, and nothing in the answer is markup.
    let html = "  <b>7402</b> <img src=x onerror=alert(1)> &lt;E1&gt;  ";
    let e = explain(html);
    assert_eq!(e.details.text.as_deref(), Some(html.trim()));
    assert!(!e.title.contains('<') && !e.meaning.contains('<') && !e.action.contains('<'));

    // A bare code has no text to echo; leading spaces do not count as text.
    assert_eq!(explain("  7517 ").details.text, None);

    // Unknown codes: generic guidance from the code's range, never an error.
    let e = explain("7446");
    assert_eq!(e.family, "unknown");
    assert!(e.meaning.contains("losing carrier"), "{}", e.meaning);
    assert!(e.action.contains("open a ticket"), "{}", e.action);
    let e = explain("");
    assert_eq!((e.code.as_str(), e.known, e.family.as_str()), ("", false, "unknown"));
    assert_eq!(e.title, "No rejection code found");

    // The carrier code alone.
    let e = explain("e6h");
    assert_eq!((e.code.as_str(), e.details.carrier_code.as_deref()), ("7434", Some("e6h")));
    assert!(e.fields.contains(&"newBillingTelephoneNumber".to_string()));
}

#[test]
fn any_value_gets_an_answer() {
    let r = Registry::default();
    for (value, code, known, says) in [
        (Value::Number(7517.0), "7517", true, ""),
        (Value::Number(7517.5), "", false, "whole number"),
        (Value::Number(-1.0), "", false, "whole number"),
        (Value::Number(f64::NAN), "", false, "whole number"),
        (Value::Null, "", false, "null"),
        (Value::Missing, "", false, "nothing"),
        (Value::Bool(true), "", false, "true/false"),
        (Value::object([("code", Value::text("7402"))]), "", false, "an object"),
        (Value::List(vec![Value::text("7402")]), "", false, "a list"),
        (Value::text("x".repeat(10_001)), "", false, "longer than"),
    ] {
        let e = explain_input(&value, &r);
        assert_eq!((e.code.as_str(), e.known), (code, known), "{value:?}");
        assert!(e.meaning.contains(says) || known, "{value:?}: {}", e.meaning);
    }
}

#[test]
fn operators_add_and_override_codes() {
    let mut r = Registry::default();
    let got = r.register(&v(json!([
        { "code": "LV-301", "title": "Vendor ZIP check", "meaning": "The vendor's <b>ZIP</b> check failed.", "action": "Fix the ZIP.", "fields": ["subscriber.serviceAddress.zip"], "family": "off-net vendor" },
        { "code": 7402, "title": "Our wording", "meaning": "Address differs.", "action": "Check the CSR.", "fields": [] },
        { "code": "9001", "title": "T", "meaning": "M", "action": "A" },
    ])));
    assert_eq!(got.added, 3, "{:?}", got.issues);
    assert!(got.issues.is_empty());

    let e = explain_text("Vendor said lv-301 on PON: Q1", &r);
    assert_eq!((e.code.as_str(), e.known, e.family.as_str()), ("LV-301", true, "off-net vendor"));
    assert_eq!(e.fields, ["subscriber.serviceAddress.zip"]);
    assert_eq!(e.meaning, "The vendor's <b>ZIP</b> check failed.", "returned as given, not escaped");
    assert_eq!(e.details.pon.as_deref(), Some("Q1"));

    let e = explain_text("7402 E1", &r);
    assert_eq!((e.title.as_str(), e.family.as_str()), ("Our wording", "carrier rejection"));
    let e = explain_text("code 9001", &r);
    assert_eq!((e.code.as_str(), e.family.as_str()), ("9001", "custom"));
    // Registered codes are found first by position, like published ones.
    assert_eq!(explain_text("9001 then 7517", &r).code, "9001");
    assert_eq!(explain_text("7517 then 9001", &r).code, "7517");
    // Other registries are untouched.
    assert_eq!(explain("7402 E1").title, "Service address does not match");

    // A later entry for the same code replaces the earlier one.
    let again = r.register(&v(json!([{ "code": "lv-301", "title": "New", "meaning": "M", "action": "A" }])));
    assert_eq!(again.added, 1);
    assert_eq!(explain_text("LV-301", &r).title, "New");
    assert_eq!(r.len(), 3);
}

#[test]
fn bad_entries_are_reported_not_thrown() {
    let cases = [
        (json!(42), "", "input.type"),
        (json!({ "code": "1" }), "", "input.type"),
        (json!([7]), "0", "input.type"),
        (json!([{ "title": "T", "meaning": "M", "action": "A" }]), "0.code", "rejection.code_invalid"),
        (json!([{ "code": "a b", "title": "T", "meaning": "M", "action": "A" }]), "0.code", "rejection.code_invalid"),
        (json!([{ "code": "--", "title": "T", "meaning": "M", "action": "A" }]), "0.code", "rejection.code_invalid"),
        (json!([{ "code": 1.5, "title": "T", "meaning": "M", "action": "A" }]), "0.code", "rejection.code_invalid"),
        (
            json!([{ "code": "x".repeat(33), "title": "T", "meaning": "M", "action": "A" }]),
            "0.code",
            "rejection.code_invalid",
        ),
        (json!([{ "code": true, "title": "T", "meaning": "M", "action": "A" }]), "0.code", "input.type"),
        (json!([{ "code": "1", "meaning": "M", "action": "A" }]), "0.title", "rejection.text_required"),
        (json!([{ "code": "1", "title": "  ", "meaning": "M", "action": "A" }]), "0.title", "rejection.text_required"),
        (json!([{ "code": "1", "title": "T", "meaning": 5, "action": "A" }]), "0.meaning", "input.type"),
        (json!([{ "code": "1", "title": "T", "meaning": "M", "action": null }]), "0.action", "rejection.text_required"),
        (
            json!([{ "code": "1", "title": "T", "meaning": "M", "action": "A", "fields": "zip" }]),
            "0.fields",
            "input.type",
        ),
        (
            json!([{ "code": "1", "title": "T", "meaning": "M", "action": "A", "fields": ["pon", "zip"] }]),
            "0.fields.1",
            "rejection.field_unknown",
        ),
        (
            json!([{ "code": "1", "title": "T", "meaning": "M", "action": "A", "fields": [3] }]),
            "0.fields.0",
            "input.type",
        ),
        (
            json!([{ "code": "1", "title": "T", "meaning": "M", "action": "A", "family": "" }]),
            "0.family",
            "rejection.family_invalid",
        ),
        (
            json!([{ "code": "1", "title": "T", "meaning": "M", "action": "A", "family": "f".repeat(61) }]),
            "0.family",
            "rejection.family_invalid",
        ),
    ];
    for (entries, path, code) in cases {
        let mut r = Registry::default();
        let got = r.register(&v(entries.clone()));
        assert_eq!(got.added, 0, "{entries}");
        assert!(r.is_empty());
        let pairs: Vec<(String, &str)> = got.issues.iter().map(|i| (dotted(i), i.code.as_str())).collect();
        assert!(pairs.iter().any(|(p, c)| p == path && *c == code), "{entries}: {pairs:?}");
        assert!(got.issues.iter().all(|i| !i.message.is_empty()));
    }
    // Good entries next to bad ones still go in; the message names the entry by its place.
    let mut r = Registry::default();
    let got = r.register(&v(json!([{ "code": "1" }, { "code": "2", "title": "T", "meaning": "M", "action": "A" }])));
    assert_eq!(got.added, 1);
    assert!(got.issues.iter().any(|i| i.message.starts_with("Entry 1, title")), "{:?}", got.issues);
    assert!(r.get("2").is_some() && r.get("1").is_none());
    // A throwing getter is an issue at its path.
    let got = Registry::default().register(&Value::List(vec![Value::object([
        ("code", Value::text("5")),
        ("title", Value::Unreadable(portin_validator::internal::input::Unreadable::Threw)),
        ("meaning", Value::text("M")),
        ("action", Value::text("A")),
    ])]));
    assert_eq!(got.added, 0);
    assert_eq!(got.issues[0].code, "input.unreadable");
}

/// The catalog's codes by what prevents them: `(preventable, caught by a rule, not yet)`, each
/// code once (its explanation without a carrier code).
fn coverage() -> (Vec<u32>, Vec<u32>, Vec<u32>) {
    let mut codes = BTreeSet::new();
    catalog::each(&mut |r| {
        codes.insert(r.code);
        true
    });
    let (mut preventable, mut caught, mut left) = (Vec::new(), Vec::new(), Vec::new());
    for code in codes {
        let r = catalog::find(code, None).unwrap();
        if r.preventable() {
            preventable.push(code);
            if r.prevented_by().next().is_some() {
                caught.push(code);
            } else {
                left.push(code);
            }
        }
    }
    (preventable, caught, left)
}

/// docs/rules.md reports the coverage as it is: the counts, and every preventable code no rule
/// catches yet (the next rules to write).
#[test]
fn the_docs_report_the_rejection_coverage() {
    let (preventable, caught, left) = coverage();
    let rules = include_str!("../docs/rules.md");
    let counts = format!(
        "Of the {} preventable codes, {} are caught by a rule before submission and {} are not yet",
        preventable.len(),
        caught.len(),
        left.len()
    );
    assert!(rules.contains(&counts), "docs/rules.md should say: {counts}");
    // The bullets after the figures name exactly those codes.
    let at = rules.find(&counts).unwrap();
    let section = &rules[at..];
    let section = &section[..section.find("\n\n`registerRejectionCodes`").unwrap()];
    let mut listed: Vec<u32> = section
        .lines()
        .filter(|l| l.starts_with("- "))
        .flat_map(|l| l[2..l.find(':').unwrap()].split(", ").map(|c| c.trim_matches('`').parse::<u32>().unwrap()))
        .collect();
    listed.sort_unstable();
    assert_eq!(listed, left, "docs/rules.md should list the codes no rule catches yet");
}

/// `explainRejection` says what prevents a code: the issue's examples, a carrier-side one, an
/// operator's rewording (the catalog's answer stays), and a code no rule catches yet.
#[test]
fn explanations_say_what_prevents_the_rejection() {
    for (code, preventable, rules) in [
        ("7412", true, vec!["R-DATE-LEAD"]),
        ("7385", true, vec!["R-TOLLFREE-FIELDS"]),
        ("7517", true, vec!["R-TN-COUNT"]),
        ("7397", true, vec!["R-TOLLFREE-FIELDS"]),
        ("7398", true, vec!["R-TOLLFREE-FIELDS"]),
        ("17023", true, vec!["R-LOA", "R-LSR-SHAPE"]),
        ("7708", true, vec!["R-EDIT-ALTERNATE-SPID"]),
        ("7534", true, vec!["R-EDIT-FIXED"]),
        ("7402", false, vec![]),
        ("7402 8D", false, vec![]),
        ("17008", false, vec![]),
        ("99999", false, vec![]),
        ("", false, vec![]),
    ] {
        let e = explain(code);
        assert_eq!(
            (e.preventable, e.prevented_by.iter().map(String::as_str).collect::<Vec<_>>()),
            (preventable, rules),
            "{code}"
        );
    }
    let mut registry = Registry::default();
    let entries = v(json!([
        { "code": "7412", "title": "T", "meaning": "M.", "action": "A." },
        { "code": "LV-1", "title": "T", "meaning": "M.", "action": "A." }
    ]));
    assert!(registry.register(&entries).issues.is_empty());
    let e = explain_text("7412", &registry);
    assert_eq!(
        (e.title.as_str(), e.preventable, e.prevented_by.clone()),
        ("T", true, vec![String::from("R-DATE-LEAD")])
    );
    let e = explain_text("LV-1", &registry);
    assert!(!e.preventable && e.prevented_by.is_empty());
}

/// The corrected explanations (issue 21): 7708 is about drafts, and the RespOrg codes name their
/// field.
#[test]
fn corrected_explanations() {
    let e = explain("7708");
    assert!(e.meaning.contains("draft") && !e.meaning.contains("wireless"), "{}", e.meaning);
    assert_eq!(e.fields, ["alternateSpid"]);
    for code in ["7527", "7532", "7534"] {
        assert_eq!(explain(code).fields, ["targetRespOrgId"], "{code}");
    }
}

#[test]
#[ignore = "prints the coverage for docs/rules.md: cargo test --test rejection print_coverage -- --ignored --nocapture"]
fn print_coverage() {
    let (preventable, caught, left) = coverage();
    println!("{} {} {}: {left:?}", preventable.len(), caught.len(), left.len());
}
