//! R-ADDRESS: the service address, where the numbers are in service (not the billing address).
//! Applies to both kinds: the losing side checks it against its records either way. Canadian
//! numbers port in too (R-TN-COUNTRY), so the address may be Canadian: a province or territory
//! and a postal code (`K1A 0B1`) whose first letter names it.

use super::field::{add, given, make, required};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::numbering::{area_code, is_canadian_region, is_us_region, region_name, zip_place, AreaCode, ZipPlace};
use crate::order::Field;
use crate::order_type::{OrderKind, PortType};
use crate::text::msg;
use crate::text::{join_and, quote};

/// The province or territory a Canadian postal code (`A1A 1A1`, the space optional, letters in any
/// case) is in, as its first letter names it, and the second one X names (the Northwest
/// Territories, Nunavut); `""` for none. `None` for anything else, a first letter that names no
/// province included.
fn postal_code(zip: &str) -> Option<[&'static str; 2]> {
    let [l1, d1, l2, d2, l3, d3] = match *zip.as_bytes() {
        [a, b, c, d, e, f] | [a, b, c, b' ', d, e, f] => [a, b, c, d, e, f],
        _ => return None,
    };
    let letters = [l1, l2, l3].iter().all(u8::is_ascii_alphabetic);
    let digits = [d1, d2, d3].iter().all(u8::is_ascii_digit);
    let province = match l1.to_ascii_uppercase() {
        b'A' => "NL",
        b'B' => "NS",
        b'C' => "PE",
        b'E' => "NB",
        b'G' | b'H' | b'J' => "QC",
        b'K' | b'L' | b'M' | b'N' | b'P' => "ON",
        b'R' => "MB",
        b'S' => "SK",
        b'T' => "AB",
        b'V' => "BC",
        b'X' => "NT",
        b'Y' => "YT",
        _ => return None,
    };
    let provinces = [province, if province == "NT" { "NU" } else { "" }];
    (letters && digits).then_some(provinces)
}

/// A USPS state code (the 50 states, DC and the territories domain.md names) or a Canada Post
/// province or territory code, uppercase.
fn is_state_or_province(code: &str) -> bool {
    is_us_region(code) || is_canadian_region(code)
}

/// Street directions (BW 7329/7330).
pub(super) const DIRECTIONALS: [&str; 8] = ["N", "S", "E", "W", "NE", "NW", "SE", "SW"];

const STATE: Field = Field::StateCode;
const ZIP: Field = Field::Zip;
const PLUS_FOUR: Field = Field::PlusFour;
const PRE: Field = Field::PreDirectional;
const POST: Field = Field::PostDirectional;

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// `27601` or `27601-1234`: the 5-digit ZIP and the ZIP+4 extension, if any.
pub fn zip_parts(zip: &str) -> Option<(&str, Option<&str>)> {
    match zip.split_once('-') {
        None if digits(zip, 5) => Some((zip, None)),
        Some((five, four)) if digits(five, 5) && digits(four, 4) => Some((five, Some(four))),
        _ => None,
    }
}

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    if facts.automated_toll_free(order) {
        return;
    }
    let a = &order.subscriber.service_address;
    let needed: [(Field, &Option<String>, &str); 5] = [
        (Field::HouseNumber, &a.house_number, "house number"),
        (Field::StreetName, &a.street_name, "street name"),
        (Field::City, &a.city, "city"),
        (STATE, &a.state_code, "state"),
        (ZIP, &a.zip, "ZIP or postal code"),
    ];
    for (keys, value, what) in needed {
        if given(value).is_none() {
            let message = msg![
                "Enter the ",
                what,
                " of the service address: where the numbers are in service, not the billing address."
            ];
            required(out, facts, keys, Code::AddressRequired, message);
        }
    }
    // Decision: letter case does not matter in codes (`nc`, `Ne`); validation never rewrites.
    let state = given(&a.state_code).map(str::to_ascii_uppercase);
    if let (Some(state), Some(typed)) = (&state, given(&a.state_code)) {
        if !is_state_or_province(state) {
            let message = msg!["State ", quote(typed), " is not a USPS state or Canadian province code; use the 2-letter code, such as NC or ON (DC, PR, VI, GU, AS and MP are accepted too)."];
            add(out, Severity::Error, STATE, Code::AddressStateCode, message);
        }
    }
    let zip = given(&a.zip);
    let parts = zip.and_then(zip_parts);
    let postal = zip.and_then(postal_code);
    if let (Some(zip), None, None) = (zip, parts, postal) {
        let message = msg![
            "ZIP code ",
            quote(zip),
            " is not valid; enter 5 digits (27601), ZIP+4 (27601-1234) or a Canadian postal code (K1A 0B1)."
        ];
        add(out, Severity::Error, ZIP, Code::AddressZip, message);
    }
    if let Some(four) = given(&a.plus_four) {
        if !digits(four, 4) {
            let message = msg!["ZIP+4 extension ", quote(four), " is not valid; enter exactly 4 digits, such as 1234."];
            add(out, Severity::Error, PLUS_FOUR, Code::AddressPlusFour, message);
        } else if parts.and_then(|(_, f)| f).is_some_and(|f| f != four) {
            let message = msg!["The ZIP+4 extension differs from the one in the ZIP code; keep only one of them, or make them the same."];
            add(out, Severity::Error, PLUS_FOUR, Code::AddressPlusFourConflict, message);
        }
    }
    let state = state.filter(|s| is_state_or_province(s));
    if let (Some((five, _)), Some(state)) = (parts, &state) {
        zip_state(five, state, out);
    }
    if let (Some([province, other]), Some(state), Some(zip)) = (postal, &state, zip) {
        if province != state && other != state {
            let message = msg![
                "Postal code ",
                quote(zip),
                " is in ",
                province,
                if other.is_empty() { "" } else { " or " },
                other,
                ", not in ",
                state_named(state),
                "; check the postal code and the province of the service address."
            ];
            add(out, Severity::Error, ZIP, Code::AddressPostalCodeProvince, message);
        }
    }
    if let Some(state) = &state {
        area_code_state(cx, state, out);
    }
    for (keys, value, name) in [
        (PRE, &a.pre_directional, "Street direction (before) "),
        (POST, &a.post_directional, "Street direction (after) "),
    ] {
        if let Some(d) = given(value) {
            if !DIRECTIONALS.iter().any(|x| x.eq_ignore_ascii_case(d)) {
                let message = msg![name, quote(d), " is not a street direction; use N, S, E, W, NE, NW, SE or SW."];
                add(out, Severity::Error, keys, Code::AddressDirectional, message);
            }
        }
    }
}

/// `"North Carolina (NC)"`, for messages.
fn state_named(code: &str) -> String {
    match region_name(code) {
        Some(name) => msg![name, " (", code, ")"],
        None => String::from(code),
    }
}

/// R-ADDRESS-ZIP-STATE: the ZIP (its five digits, well-formed) belongs to `state` (a USPS or
/// Canada Post code the address accepts, uppercase).
fn zip_state(five: &str, state: &str, out: &mut Vec<Issue>) {
    match zip_place(five) {
        Some(ZipPlace::State(s)) if s != state => {
            let message = msg![
                "ZIP code ",
                five,
                " is in ",
                state_named(s),
                ", not in ",
                state_named(state),
                "; check the ZIP code and the state of the service address."
            ];
            let issue = make(Severity::Error, ZIP, Code::AddressZipState, message).param("zip", five);
            out.push(issue.param("zipState", s).param("state", state));
        }
        Some(ZipPlace::State(_)) | None => {}
        Some(ZipPlace::Military) => {
            let message = msg![
                "ZIP code ",
                five,
                " is a military (APO/FPO/DPO) ZIP code, not one of ",
                state_named(state),
                "; enter the ZIP code of the address where the numbers are in service."
            ];
            add(out, Severity::Error, ZIP, Code::AddressZipMilitary, message);
        }
        Some(ZipPlace::Unused) => {
            let message = msg![
                "ZIP code ",
                five,
                " starts with ",
                five.get(..3).unwrap_or(""),
                ", a prefix USPS does not use; check the ZIP code."
            ];
            add(out, Severity::Warning, ZIP, Code::AddressZipUnused, message);
        }
    }
}

/// R-ADDRESS-AREA-CODE-STATE: a port-in's numbers stay in their rate center, so the service
/// address is normally in a state one of the geographic area codes serves. Decisions: only the
/// valid geographic TNs count (toll-free ones have no place; rejected ones were reported); the
/// check is skipped when one of them is in an `extraAreaCodes` code (no state known) or the list
/// has none.
fn area_code_state(cx: &Cx, state: &str, out: &mut Vec<Issue>) {
    let facts = cx.facts;
    let exempt = matches!(facts.port_type, Some(PortType::AutomatedOnNetWireless | PortType::ManualTollFree));
    if facts.kind != OrderKind::PortIn || exempt {
        return;
    }
    let mut seen = [false; 800];
    let mut codes: Vec<AreaCode> = Vec::new();
    for tn in facts.tns.tns.iter().filter(|tn| !tn.is_toll_free()) {
        let Some(slot) = seen.get_mut(tn.npa_index()) else { continue };
        if std::mem::replace(slot, true) {
            continue;
        }
        let npa = tn.npa();
        match area_code(npa) {
            Some(code) if !facts.area.is_extra(npa) && !code.regions.is_empty() => {
                if code.regions.contains(state) {
                    return;
                }
                codes.push(code);
            }
            _ => return,
        }
    }
    if codes.is_empty() {
        return;
    }
    const SHOWN: usize = 5;
    let regions = |c: &AreaCode| c.regions.iter().collect::<Vec<_>>().join("/");
    let issue = |one_of: &str, named: String| {
        let message = msg![
            "The service address is in ",
            state_named(state),
            ", but ",
            one_of,
            named.as_str(),
            ". Numbers stay in their rate center, so check that this is the address where they are in service."
        ];
        make(Severity::Warning, STATE, Code::AddressAreaCodeState, message).param("state", state)
    };
    if let [code] = codes.as_slice() {
        let (npa, region) = (msg![u32::from(code.npa)], regions(code));
        let issue = issue("the numbers' area code is ", msg![npa.as_str(), " (", region.as_str(), ")"]);
        out.push(issue.param("areaCode", npa).param("region", region));
        return;
    }
    let mut named: Vec<String> =
        codes.iter().take(SHOWN).map(|c| msg![u32::from(c.npa), " (", regions(c), ")"]).collect();
    if codes.len() > SHOWN {
        named.push(msg![codes.len() - SHOWN, " more"]);
    }
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    let area_codes = join_and(&named);
    out.push(issue("none of the numbers' area codes is: ", area_codes.clone()).param("areaCodes", area_codes));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_and_provinces() {
        for code in ["NC", "DC", "PR", "MP", "ON", "QC", "YT", "NU"] {
            assert!(is_state_or_province(code), "{code}");
        }
        for code in ["PW", "FM", "XX", "nc", "", "N"] {
            assert!(!is_state_or_province(code), "{code}");
        }
    }

    #[test]
    fn zip_shapes() {
        for (zip, want) in [
            ("27601", Some(("27601", None))),
            ("27601-1234", Some(("27601", Some("1234")))),
            ("27601-12", None),
            ("2760", None),
            ("276011", None),
            ("276011234", None),
            ("27601-", None),
            ("2760a", None),
            ("27601-1234-5", None),
        ] {
            assert_eq!(zip_parts(zip), want, "{zip}");
        }
    }

    #[test]
    fn postal_codes() {
        for (zip, want) in [
            ("K1A 0B1", Some(["ON", ""])),
            ("k1a0b1", Some(["ON", ""])),
            ("H2X 1Y4", Some(["QC", ""])),
            ("X0A 0H0", Some(["NT", "NU"])),
            ("A1C 5M2", Some(["NL", ""])),
            ("Y1A 1A1", Some(["YT", ""])),
            // No province starts with D, F, I, O, Q, U, W or Z.
            ("D1A 1A1", None),
            ("W1A 1A1", None),
            ("K1A  0B1", None),
            ("K1A-0B1", None),
            ("K1A 0B", None),
            ("KKA 0B1", None),
            ("K1A 0BB", None),
            ("11A 0B1", None),
            ("27601", None),
        ] {
            assert_eq!(postal_code(zip), want, "{zip}");
        }
    }
}
