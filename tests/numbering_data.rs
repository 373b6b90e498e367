//! The embedded numbering tables against the committed source files in `data/numbering/`: every
//! NPA 200-999 and every ZIP code 00000-99999 through the public functions, 0 differences.
//!
//! The expected values are derived here from the files themselves, without the generator
//! (`scripts/gen-numbering.mjs`), so a mistake in the generator or a stale `tables.rs` shows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use portin_validator::internal::numbering::{
    area_code, country_name, data_date, region_name, zip_place, NpaService, NpaStatus, ZipPlace, DATA_DATE,
};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join("numbering")
}

fn read(name: &str) -> String {
    fs::read_to_string(data_dir().join(name)).unwrap_or_else(|e| panic!("data/numbering/{name}: {e}"))
}

/// The one NANPA file, `nanpa_npa_<date>.csv`.
fn nanpa_file() -> String {
    let mut names: Vec<String> = fs::read_dir(data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("nanpa_npa_") && n.ends_with(".csv"))
        .collect();
    assert_eq!(names.len(), 1, "exactly one data/numbering/nanpa_npa_*.csv: {names:?}");
    names.pop().unwrap()
}

/// A CSV line into fields, with double-quoted fields.
fn csv_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (_, c) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// Rows of a TSV without its `#` comments and header.
fn tsv(name: &str) -> Vec<Vec<String>> {
    read(name)
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// NANPA's `COUNTRY` to ISO 3166 alpha-2.
fn iso(country: &str) -> Option<&'static str> {
    Some(match country {
        "" => return None,
        "US" => "US",
        "CANADA" => "CA",
        "BAHAMAS" => "BS",
        "BARBADOS" => "BB",
        "ANGUILLA" => "AI",
        "ANTIGUA/BARBUDA" => "AG",
        "BRITISH VIRGIN ISLANDS" => "VG",
        "CAYMAN ISLANDS" => "KY",
        "BERMUDA" => "BM",
        "GRENADA" => "GD",
        "TURKS & CAICOS ISLANDS" => "TC",
        "MONTSERRAT" => "MS",
        "SINT MAARTEN" => "SX",
        "ST.LUCIA" | "ST. LUCIA" => "LC",
        "DOMINICA" => "DM",
        "ST. VINCENT & GRENADINES" => "VC",
        "TRINIDAD & TOBAGO" => "TT",
        "ST. KITTS & NEVIS" => "KN",
        "DOMINICAN REPUBLIC" => "DO",
        "JAMAICA" => "JM",
        other => panic!("unknown COUNTRY {other:?}"),
    })
}

/// NANPA's `LOCATION` (with its `COUNTRY`) to USPS / Canada Post codes; none for the other
/// countries, whose location is the country again.
fn regions(location: &str, country: &str) -> Vec<String> {
    let codes: &[&str] = match location {
        "" | "NANP AREA" => &[],
        "CNMI" => &["MP"],
        "ONTARIO" => &["ON"],
        "QUEBEC" => &["QC"],
        "BRITISH COLUMBIA" => &["BC"],
        "ALBERTA" => &["AB"],
        "MANITOBA" => &["MB"],
        "SASKATCHEWAN" => &["SK"],
        "NEW BRUNSWICK" => &["NB"],
        "NEWFOUNDLAND AND LABRADOR" => &["NL"],
        "NOVA SCOTIA - PRINCE EDWARD ISLAND" => &["NS", "PE"],
        "NORTHWEST TERRITORIES -YUKON - NUNAVUT" => &["NT", "YT", "NU"],
        two if country == "US" && two.len() == 2 && two.bytes().all(|b| b.is_ascii_uppercase()) => {
            return vec![two.to_owned()]
        }
        other if iso(country).is_some_and(|c| c != "US" && c != "CA") && iso(other) == iso(country) => &[],
        other => panic!("unknown LOCATION {other:?} ({country})"),
    };
    codes.iter().map(|c| (*c).to_owned()).collect()
}

/// `30-Jan-2026`.
fn nanpa_date(text: &str) -> NaiveDate {
    let parts: Vec<&str> = text.split('-').collect();
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .iter()
        .position(|m| *m == parts[1])
        .unwrap_or_else(|| panic!("month of {text:?}")) as u32
        + 1;
    NaiveDate::from_ymd_opt(parts[2].parse().unwrap(), month, parts[0].parse().unwrap()).unwrap()
}

/// Fails listing every difference.
fn assert_none(what: &str, diffs: &[String]) {
    assert!(diffs.is_empty(), "{} differences in {what}:\n{}", diffs.len(), diffs.join("\n"));
}

#[test]
fn every_npa_matches_the_nanpa_file() {
    let name = nanpa_file();
    let text = read(&name);
    let mut lines = text.lines();
    let date_line = csv_fields(lines.next().unwrap());
    let (m, d, y) = match date_line[1].split('/').collect::<Vec<_>>()[..] {
        [m, d, y] => (m.parse().unwrap(), d.parse().unwrap(), y.parse().unwrap()),
        _ => panic!("File Date line: {date_line:?}"),
    };
    assert_eq!(date_line[0], "File Date");
    assert_eq!(data_date(), NaiveDate::from_ymd_opt(y, m, d).unwrap());
    assert_eq!(name, format!("nanpa_npa_{DATA_DATE}.csv"));

    let header = csv_fields(lines.next().unwrap());
    let mut rows: HashMap<u16, HashMap<String, String>> = HashMap::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let row: HashMap<String, String> =
            header.iter().cloned().zip(csv_fields(line).into_iter().map(|v| v.trim().to_owned())).collect();
        assert!(rows.insert(row["NPA_ID"].parse().unwrap(), row).is_none(), "{line}");
    }

    let mut diffs = Vec::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for npa in 200..=999u16 {
        let row = rows.get(&npa).unwrap_or_else(|| panic!("{npa} missing from {name}"));
        let f = |c: &str| row[c].as_str();
        let n11 = npa % 100 == 11;
        let status = match (f("IN_SERVICE"), f("ASSIGNED"), f("ASSIGNABLE"), f("RESERVED")) {
            ("Y", _, _, _) => NpaStatus::InService,
            ("N", "Yes", _, _) => NpaStatus::Assigned,
            ("N", "No", "No", _) if n11 => NpaStatus::N11,
            ("N", "No", "No", _) => NpaStatus::Unavailable,
            ("N", "No", "Yes", "Yes") => NpaStatus::Reserved,
            ("N", "No", "Yes", "No") => NpaStatus::Unassigned,
            other => panic!("{npa}: {other:?}"),
        };
        let service = match (f("USE"), f("SERVICE")) {
            (_, "Toll-Free") => Some(NpaService::TollFree),
            ("G", "") => Some(NpaService::Geographic),
            ("N", _) => Some(NpaService::NonGeographic),
            ("", "") => None,
            ("", _) => Some(NpaService::NonGeographic),
            other => panic!("{npa}: {other:?}"),
        };
        let country = iso(f("COUNTRY"));
        let want_regions = regions(f("LOCATION"), f("COUNTRY"));
        let since =
            (status == NpaStatus::Assigned && !f("IN_SERVICE_DT").is_empty()).then(|| nanpa_date(f("IN_SERVICE_DT")));
        if let Some(since) = since {
            assert!(since > data_date(), "{npa}: a dated assigned code whose date has passed on the file date");
        }
        *counts.entry(format!("{status:?}")).or_default() += 1;

        let Some(got) = area_code(npa) else {
            diffs.push(format!("{npa}: area_code is None"));
            continue;
        };
        let got_regions: Vec<String> = got.regions.iter().map(str::to_owned).collect();
        let want = (npa, status, service, country, want_regions, since);
        let have = (got.npa, got.status, got.service, got.country, got_regions, got.in_service_since);
        if want != have {
            diffs.push(format!("{npa}: want {want:?}, have {have:?}"));
        }
        for r in got.regions.iter() {
            if region_name(r).is_none() {
                diffs.push(format!("{npa}: no name for region {r}"));
            }
        }
        if let Some(c) = got.country.filter(|c| country_name(c).is_none()) {
            diffs.push(format!("{npa}: no name for country {c}"));
        }
    }
    assert_none("area codes", &diffs);
    // The README's counts of the file date, as a check that the file is the one it describes.
    let count = |s: &str| counts.get(s).copied().unwrap_or(0);
    assert_eq!(
        [
            count("InService"),
            count("Assigned"),
            count("Reserved"),
            count("Unassigned"),
            count("N11"),
            count("Unavailable")
        ],
        [481, 7, 180, 121, 8, 3]
    );
}

/// A [`ZipPlace`] with an owned state code, to compare with the files' text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Place {
    State(String),
    Military,
    Unused,
}

impl From<ZipPlace> for Place {
    fn from(p: ZipPlace) -> Self {
        match p {
            ZipPlace::State(s) => Place::State(s.to_owned()),
            ZipPlace::Military => Place::Military,
            ZipPlace::Unused => Place::Unused,
        }
    }
}

#[test]
fn every_zip_matches_the_zip_files() {
    let mut prefixes: HashMap<u32, Place> = HashMap::new();
    for row in tsv("zip3.tsv") {
        let place = match row[2].as_str() {
            "military" => Place::Military,
            "state" | "territory" => Place::State(row[1].clone()),
            other => panic!("zip3.tsv kind {other:?}"),
        };
        assert!(prefixes.insert(row[0].parse().unwrap(), place).is_none(), "{row:?}");
    }
    let mut exceptions: HashMap<u32, Place> = HashMap::new();
    for row in tsv("zip5_exceptions.tsv") {
        assert!(!row[0].starts_with("099"), "military 099xx rows stay out of the exceptions: {row:?}");
        assert!(exceptions.insert(row[0].parse().unwrap(), Place::State(row[1].clone())).is_none(), "{row:?}");
    }
    assert_eq!((prefixes.len(), exceptions.len()), (933, 18));

    let mut diffs = Vec::new();
    for zip in 0..100_000u32 {
        let text = format!("{zip:05}");
        let want = exceptions.get(&zip).or_else(|| prefixes.get(&(zip / 100))).cloned().unwrap_or(Place::Unused);
        let have = zip_place(&text);
        if have.map(Place::from) != Some(want.clone()) {
            diffs.push(format!("{text}: want {want:?}, have {have:?}"));
        }
        if let Some(ZipPlace::State(s)) = have {
            if region_name(s).is_none() {
                diffs.push(format!("{text}: no name for {s}"));
            }
        }
    }
    assert_none("ZIP codes", &diffs);
}
