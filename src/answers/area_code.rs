//! `areaCode(npa, options?)`: what the embedded numbering plan says of one area code, on the day
//! the options give.

use serde::Serialize;

use crate::clock::Clock;
use crate::date::ymd_text;
use crate::input::{Shape, Source};
use crate::numbering::check::AreaRules;
use crate::numbering::{self, parse_npa, NpaService, NpaStatus, OnDate, DATA_DATE};
use crate::options::Options;

/// The `areaCode` result (api.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AreaCodeAnswer {
    /// The code as given (trimmed), or `""` when it was not text.
    pub npa: String,
    /// Three digits 200-999: a code NANPA's database lists.
    pub known: bool,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'static str>,
    pub regions: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_service_since: Option<String>,
    /// Can be ported in on the options' today: US and Canadian (manual off-net) codes in service,
    /// and toll-free ones (without a today, a code dated after the data's file date counts as
    /// portable: the rules warn about it instead).
    pub portable: bool,
    pub data_date: &'static str,
}

/// Answers for any value: anything that is not three digits of a listed code is `known: false`.
pub fn answer<S: Source>(npa: &S, opts: &Options) -> AreaCodeAnswer {
    let typed = match npa.shape() {
        Shape::Text => npa.text(16).map(|t| t.trim().to_owned()).unwrap_or_default(),
        _ => String::new(),
    };
    let mut ignored = Vec::new();
    let today = Clock::from_options(opts, &mut ignored).today;
    let rules = AreaRules::new(today, &opts.extra_area_codes);
    match parse_npa(&typed).and_then(numbering::area_code) {
        // Listed in `extraAreaCodes` (and not already portable by the data): what the rules treat
        // it as, a US geographic code in service with no state known.
        Some(code) if rules.is_extra(code.npa) => AreaCodeAnswer {
            known: true,
            status: NpaStatus::InService.as_str(),
            service: Some(NpaService::Geographic.as_str()),
            country: Some("US"),
            regions: Vec::new(),
            in_service_since: None,
            portable: true,
            data_date: DATA_DATE,
            npa: typed,
        },
        Some(code) => AreaCodeAnswer {
            known: true,
            status: code.status.as_str(),
            service: code.service.map(|s| s.as_str()),
            country: code.country,
            regions: code.regions.to_vec(),
            in_service_since: code.in_service_since.map(ymd_text),
            portable: matches!(code.portable_on(today), OnDate::Yes | OnDate::Dated(_)),
            data_date: DATA_DATE,
            npa: typed,
        },
        None => AreaCodeAnswer {
            npa: typed,
            known: false,
            // Codes starting with 0 or 1, and anything else, are never assigned.
            status: NpaStatus::Unavailable.as_str(),
            service: None,
            country: None,
            regions: Vec::new(),
            in_service_since: None,
            portable: false,
            data_date: DATA_DATE,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Value;

    fn at(npa: Value, today: &str) -> AreaCodeAnswer {
        let mut ignored = Vec::new();
        let opts = crate::options::read(&Value::object([("today", Value::text(today))]), &mut ignored);
        answer(&npa, &opts)
    }

    /// (npa, today, known, status, country, regions, portable).
    type Case = (&'static str, &'static str, bool, &'static str, Option<&'static str>, &'static [&'static str], bool);

    #[test]
    fn extra_area_codes_are_us_geographic_in_service() {
        let mut ignored = Vec::new();
        let opts = crate::options::read(
            &Value::object([
                ("today", Value::text("2026-01-29")),
                ("extraAreaCodes", Value::List(vec![Value::text("237"), Value::text("471"), Value::text("919")])),
            ]),
            &mut ignored,
        );
        assert!(ignored.is_empty());
        for npa in ["237", "471"] {
            let got = answer(&Value::text(npa), &opts);
            assert_eq!(
                (got.known, got.status, got.service, got.country, got.regions.len(), got.portable),
                (true, "inService", Some("geographic"), Some("US"), 0, true),
                "{npa}"
            );
        }
        // Already in service: the data stands, state and all.
        assert_eq!(answer(&Value::text("919"), &opts).regions, ["NC"]);
        assert!(!answer(&Value::text("238"), &opts).portable);
    }

    #[test]
    fn answers_at_each_boundary() {
        // (npa, today, known, status, country, regions, portable)
        let cases: &[Case] = &[
            ("919", "2026-12-01", true, "inService", Some("US"), &["NC"], true),
            // Canada ports in as manual off-net (BW LNP checker: 613-723-0461); 273 from its date.
            (" 416 ", "2026-12-01", true, "inService", Some("CA"), &["ON"], true),
            ("613", "2026-12-01", true, "inService", Some("CA"), &["ON"], true),
            ("273", "2027-02-26", true, "assigned", Some("CA"), &["QC"], false),
            ("273", "2027-02-27", true, "assigned", Some("CA"), &["QC"], true),
            ("600", "2026-12-01", true, "inService", Some("CA"), &[], false),
            ("876", "2026-12-01", true, "inService", Some("JM"), &[], false),
            ("471", "2026-01-29", true, "assigned", Some("US"), &["MS"], false),
            ("471", "2026-01-30", true, "assigned", Some("US"), &["MS"], true),
            ("800", "2026-12-01", true, "inService", None, &[], true),
            ("199", "2026-12-01", false, "unavailable", None, &[], false),
            ("9190", "2026-12-01", false, "unavailable", None, &[], false),
        ];
        for &(npa, today, known, status, country, regions, portable) in cases {
            let got = at(Value::text(npa), today);
            assert_eq!(
                (got.known, got.status, got.country, got.regions.as_slice(), got.portable),
                (known, status, country, regions, portable),
                "{npa} on {today}"
            );
            assert_eq!(got.data_date, "2025-11-26");
        }
        assert_eq!(at(Value::text("471"), "2026-01-29").in_service_since.as_deref(), Some("2026-01-30"));
        assert!(!at(Value::Number(919.0), "2026-12-01").known);
    }
}
