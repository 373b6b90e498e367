//! The North American Numbering Plan and USPS ZIP prefixes, as embedded data: what an area code
//! (NPA) is, where it is, whether it is in service on a given day, and which state a ZIP code
//! belongs to.
//!
//! Serves R-TN-COUNTRY, R-TN-AREA-CODE, R-ADDRESS-ZIP-STATE and R-ADDRESS-AREA-CODE-STATE
//! (`../shared/domain.md`). The data is NANPA's NPA report of [`DATA_DATE`] and USPS ZIP
//! prefixes, from the files in `data/numbering/` (their README gives sources, licences and how to
//! refresh them); `tables.rs` is generated from them by `scripts/gen-numbering.mjs`, and
//! `tests/numbering_data.rs` checks every row of those files through the functions here.
//!
//! Pure: no clock. "Today" is always a parameter, because the core never reads the clock.

use chrono::NaiveDate;

pub mod check;
mod tables;

/// NANPA's file date of the embedded area-code data (`YYYY-MM-DD`): messages cite it so a user
/// knows how old "not in service" is.
pub const DATA_DATE: &str = tables::DATA_DATE_TEXT;

/// [`DATA_DATE`] as a date.
pub const fn data_date() -> NaiveDate {
    tables::DATA_DATE
}

/// An area code's status as NANPA lists it on [`DATA_DATE`], derived from the NANPA CSV's
/// columns checked in this order, the first that applies winning: `IN_SERVICE` = `Y`, then
/// `ASSIGNED` = `Yes`, then `ASSIGNABLE` = `No` (N11 or unavailable), then `RESERVED` = `Yes`, else
/// unassigned. (`STATUS` is NANPA's relief-planning state, not this; it is not kept.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NpaStatus {
    /// `IN_SERVICE` = `Y`.
    InService,
    /// `ASSIGNED` = `Yes`, not in service: assigned to an area (or a service) that has not started
    /// yet. Some have an in-service date ([`AreaCode::in_service_since`]), some none yet.
    Assigned,
    /// `RESERVED` = `Yes` (and assignable, not assigned): held back, e.g. for future relief or an
    /// expansion of the plan.
    Reserved,
    /// Assignable, not reserved, not assigned: free.
    Unassigned,
    /// `ASSIGNABLE` = `No` and of the form N11 (211, 311, ..., 911): the three-digit service codes.
    N11,
    /// `ASSIGNABLE` = `No`, not N11: withheld from use (555, 950, 988 in this data).
    Unavailable,
}

impl NpaStatus {
    /// The name in the JS API (`api.md`): `"inService"`, `"assigned"`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            NpaStatus::InService => "inService",
            NpaStatus::Assigned => "assigned",
            NpaStatus::Reserved => "reserved",
            NpaStatus::Unassigned => "unassigned",
            NpaStatus::N11 => "n11",
            NpaStatus::Unavailable => "unavailable",
        }
    }
}

/// What kind of numbers an area code holds, from the CSV's `USE` and `SERVICE` columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NpaService {
    /// `USE` = `G`: numbers of a place (a state, province or country).
    Geographic,
    /// `SERVICE` = `Toll-Free` (800, 833, 844, 855, 866, 877, 888; 822 and 880-889 not in
    /// service): toll-free numbers, ported through a RespOrg.
    TollFree,
    /// `USE` = `N` or any other `SERVICE` (5XX personal numbers, 600 and 622/633 Canadian, 700
    /// carrier services, 710 US government, 900 premium): NANP-wide services a port-in cannot
    /// carry.
    NonGeographic,
}

impl NpaService {
    /// The name in the JS API (`api.md`): `"geographic"`, `"tollFree"`, `"nonGeographic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            NpaService::Geographic => "geographic",
            NpaService::TollFree => "tollFree",
            NpaService::NonGeographic => "nonGeographic",
        }
    }
}

/// Whether something holds on a day, when the day may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDate {
    Yes,
    No,
    /// Holds from this date on, and no "today" was given to decide: the rules accept it with a
    /// warning rather than guess (natively there is no clock).
    Dated(NaiveDate),
}

/// The regions (USPS or Canada Post codes) an area code serves: usually one, up to three (902 is
/// Nova Scotia and Prince Edward Island, 867 the three northern territories), none for the
/// Caribbean countries and the non-geographic codes.
///
/// A small copyable value rather than a `Vec`, so a lookup per TN allocates nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Regions([u8; 3]);

impl Regions {
    /// The codes, in NANPA's order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.0.into_iter().filter(|&i| i != 0).filter_map(|i| region_code(i - 1))
    }

    pub fn len(&self) -> usize {
        self.0.iter().filter(|&&i| i != 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first code, for messages that name one region.
    pub fn first(&self) -> Option<&'static str> {
        self.iter().next()
    }

    /// Whether `code` (exact, uppercase) is one of them: the service address's state check.
    pub fn contains(&self, code: &str) -> bool {
        self.iter().any(|r| r == code)
    }

    pub fn to_vec(&self) -> Vec<&'static str> {
        self.iter().collect()
    }
}

/// One area code as the embedded data knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaCode {
    pub npa: u16,
    pub status: NpaStatus,
    /// `None` where NANPA gives no use (N11, most unassigned and reserved ERCs).
    pub service: Option<NpaService>,
    /// ISO 3166 alpha-2 as NANPA gives it: `"US"` for the states, DC and the territories (PR, VI,
    /// GU, AS, MP) and for a few NANP-wide codes NANPA files under the US (526-529, 532, 710);
    /// `None` for the other NANP-wide codes (toll-free, 500, 700, 900).
    pub country: Option<&'static str>,
    pub regions: Regions,
    /// Only for assigned codes with an announced date, which on [`DATA_DATE`] all lie after it
    /// (471, 483, 465, 273): the rules need no other date, and dates cost .wasm size.
    pub in_service_since: Option<NaiveDate>,
}

impl AreaCode {
    pub fn is_us(&self) -> bool {
        self.country == Some("US")
    }

    pub fn is_canada(&self) -> bool {
        self.country == Some("CA")
    }

    /// A country of the plan other than the US and Canada (the Caribbean ones and Bermuda).
    pub fn is_other_country(&self) -> bool {
        self.country.is_some_and(|c| c != "US" && c != "CA")
    }

    pub fn is_geographic(&self) -> bool {
        self.service == Some(NpaService::Geographic)
    }

    pub fn is_toll_free(&self) -> bool {
        self.service == Some(NpaService::TollFree)
    }

    /// Whether numbers of this code work on `today`: in service on the file date, or assigned
    /// with an in-service date on or before `today`. With no `today`, a dated code is
    /// [`OnDate::Dated`]; an assigned code without a date is never in service.
    pub fn in_service_on(&self, today: Option<NaiveDate>) -> OnDate {
        match (self.status, self.in_service_since, today) {
            (NpaStatus::InService, _, _) => OnDate::Yes,
            (NpaStatus::Assigned, Some(since), Some(day)) if day >= since => OnDate::Yes,
            (NpaStatus::Assigned, Some(since), None) => OnDate::Dated(since),
            _ => OnDate::No,
        }
    }

    /// Whether numbers of this code can be ported in on `today`: a US or Canadian geographic
    /// code (Canadian ones as manual off-net ports, through the provider's Canadian partner) or a
    /// toll-free code (NANP-wide, ported between RespOrgs), in service on `today`. The Caribbean
    /// countries and Bermuda have no coverage; the other non-geographic codes carry no portable
    /// numbers.
    pub fn portable_on(&self, today: Option<NaiveDate>) -> OnDate {
        if self.is_toll_free() || (self.is_geographic() && (self.is_us() || self.is_canada())) {
            self.in_service_on(today)
        } else {
            OnDate::No
        }
    }
}

/// The area code `npa` (200-999); `None` outside that range, where the plan has no codes.
pub fn area_code(npa: u16) -> Option<AreaCode> {
    let byte = *tables::NPAS.get(usize::from(npa.checked_sub(200)?))?;
    // The common case in one byte: in service, geographic, one region (tables.rs header).
    let [kind, country, r1, r2, r3] = match byte.checked_sub(tables::REGION_COUNT) {
        None => [0b01_000, u8::from(byte >= tables::FIRST_CANADIAN), byte + 1, 0, 0],
        Some(other) => tables::OTHERS.get(usize::from(other)).copied().unwrap_or([0b101, 255, 0, 0, 0]),
    };
    let status = match kind & 0b111 {
        0 => NpaStatus::InService,
        1 => NpaStatus::Assigned,
        2 => NpaStatus::Reserved,
        3 => NpaStatus::Unassigned,
        4 => NpaStatus::N11,
        _ => NpaStatus::Unavailable,
    };
    let service = match (kind >> 3) & 0b11 {
        1 => Some(NpaService::Geographic),
        2 => Some(NpaService::TollFree),
        3 => Some(NpaService::NonGeographic),
        _ => None,
    };
    let in_service_since = tables::DATED.iter().find(|(n, _)| *n == npa).map(|&(_, date)| date);
    Some(AreaCode {
        npa,
        status,
        service,
        country: country_code(country),
        regions: Regions([r1, r2, r3]),
        in_service_since,
    })
}

/// The province or territory of `npa` when it is a Canadian geographic code (the first, for a
/// code serving several): its numbers port in as manual off-net ports, through the provider's
/// Canadian partner (R-TN-COUNTRY).
pub fn province_of(npa: u16) -> Option<&'static str> {
    area_code(npa).filter(|c| c.is_canada() && c.is_geographic()).and_then(|c| c.regions.first())
}

/// The NPA in `text` when it is exactly three ASCII digits (any value, for [`area_code`] to
/// judge); `None` otherwise, which the JS API reports as `known: false`.
pub fn parse_npa(text: &str) -> Option<u16> {
    match text.as_bytes() {
        &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_digit) => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}

/// The name of a state, DC, territory, Freely Associated State (USPS codes) or Canadian province
/// or territory (Canada Post codes), for messages: `"ON"` -> `"Ontario"`.
pub fn region_name(code: &str) -> Option<&'static str> {
    name_of(tables::REGION_CODES, tables::REGION_NAMES, code)
}

/// Whether `code` (exact, uppercase) is the USPS code of a state, DC or a territory (PR, VI, GU,
/// AS, MP): the state codes a service address may have (R-ADDRESS), the same 56 as the data's.
pub fn is_us_region(code: &str) -> bool {
    region_index(code).is_some_and(|i| i < tables::US_REGION_COUNT)
}

/// Whether `code` (exact, uppercase) is the Canada Post code of a province or territory: the
/// state codes a Canadian service address has.
pub fn is_canadian_region(code: &str) -> bool {
    region_index(code).is_some_and(|i| (tables::FIRST_CANADIAN..tables::REGION_COUNT).contains(&i))
}

/// The index of the region `code` (exact, uppercase) in the region table.
fn region_index(code: &str) -> Option<u8> {
    tables::REGION_CODES.as_bytes().chunks_exact(2).position(|c| c == code.as_bytes()).map(|i| i as u8)
}

/// The name of a NANP country (every country the data names), for messages: `"CA"` ->
/// `"Canada"`, `"JM"` -> `"Jamaica"`; with an article where English needs one ("the Bahamas").
pub fn country_name(iso: &str) -> Option<&'static str> {
    name_of(tables::COUNTRY_CODES, tables::COUNTRY_NAMES, iso)
}

/// The two-letter code at `index` of a concatenated code table.
fn code_at(codes: &'static str, index: u8) -> Option<&'static str> {
    let at = usize::from(index) * 2;
    codes.get(at..at + 2)
}

fn region_code(index: u8) -> Option<&'static str> {
    code_at(tables::REGION_CODES, index)
}

fn country_code(index: u8) -> Option<&'static str> {
    code_at(tables::COUNTRY_CODES, index)
}

/// The name whose position in `names` (`|`-separated) is that of `code` in `codes`.
fn name_of(codes: &'static str, names: &'static str, code: &str) -> Option<&'static str> {
    if code.len() != 2 {
        return None;
    }
    let index = (0..=u8::MAX).map_while(|i| code_at(codes, i)).position(|c| c == code)?;
    names.split('|').nth(index)
}

/// Where a ZIP code is, as far as its state goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipPlace {
    /// A USPS state, DC, territory or Freely Associated State code.
    State(&'static str),
    /// APO/FPO/DPO: prefixes 090-099 (AE), 340 (AA), 962-966 (AP).
    Military,
    /// USPS uses no ZIP code with this prefix.
    Unused,
}

/// Where the five-digit ZIP code `zip5` is: a listed exception first (06390 is NY in a CT
/// prefix), else its three-digit prefix. `None` when `zip5` is not exactly five ASCII digits.
pub fn zip_place(zip5: &str) -> Option<ZipPlace> {
    let bytes = zip5.as_bytes();
    if bytes.len() != 5 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let zip = bytes.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    if let Some(&packed) = tables::ZIP5_EXCEPTIONS.iter().find(|&&p| p >> 7 == zip) {
        return Some(region_code((packed & 0x7f) as u8).map_or(ZipPlace::Unused, ZipPlace::State));
    }
    let index = usize::try_from(zip / 100).ok()?;
    Some(match tables::ZIP3.get(index).copied().unwrap_or(0) {
        0 => ZipPlace::Unused,
        255 => ZipPlace::Military,
        region => region_code(region - 1).map_or(ZipPlace::Unused, ZipPlace::State),
    })
}

#[cfg(test)]
mod tests {
    use super::tables::ymd;
    use super::*;
    use NpaService::{Geographic as Geo, NonGeographic as NonGeo, TollFree};
    use NpaStatus::*;

    fn day(text: &str) -> NaiveDate {
        crate::date::parse_day(text).unwrap()
    }

    /// (npa, status, service, country, regions, in service since).
    type Case =
        (u16, NpaStatus, Option<NpaService>, Option<&'static str>, &'static [&'static str], Option<&'static str>);

    /// One row per boundary of the data.
    #[rustfmt::skip]
    const CODES: &[Case] = &[
        // Each status.
        (919, InService, Some(Geo), Some("US"), &["NC"], None),
        (202, InService, Some(Geo), Some("US"), &["DC"], None),
        (411, N11, None, None, &[], None),
        (211, N11, None, None, &[], None),
        (911, N11, None, None, &[], None),
        (555, Unavailable, None, None, &[], None),
        (950, Unavailable, None, None, &[], None),
        (988, Unavailable, Some(NonGeo), None, &[], None),
        (237, Reserved, Some(Geo), None, &[], None),
        (688, Reserved, Some(NonGeo), None, &[], None),
        (535, Reserved, Some(NonGeo), None, &[], None),
        (200, Unassigned, Some(NonGeo), None, &[], None),
        (221, Unassigned, Some(Geo), None, &[], None),
        (999, Reserved, None, None, &[], None),
        // Assigned: with a date after the file date, and without one.
        (471, Assigned, Some(Geo), Some("US"), &["MS"], Some("2026-01-30")),
        (483, Assigned, Some(Geo), Some("US"), &["AL"], Some("2026-02-23")),
        (465, Assigned, Some(Geo), Some("US"), &["NY"], Some("2026-06-18")),
        (273, Assigned, Some(Geo), Some("CA"), &["QC"], Some("2027-02-27")),
        (565, Assigned, Some(Geo), Some("US"), &["GA"], None),
        (761, Assigned, Some(Geo), Some("US"), &["KY"], None),
        (822, Assigned, Some(TollFree), None, &[], None),
        // The territories.
        (787, InService, Some(Geo), Some("US"), &["PR"], None),
        (939, InService, Some(Geo), Some("US"), &["PR"], None),
        (340, InService, Some(Geo), Some("US"), &["VI"], None),
        (671, InService, Some(Geo), Some("US"), &["GU"], None),
        (684, InService, Some(Geo), Some("US"), &["AS"], None),
        (670, InService, Some(Geo), Some("US"), &["MP"], None),
        // Canada, with one, two and three regions.
        (416, InService, Some(Geo), Some("CA"), &["ON"], None),
        (236, InService, Some(Geo), Some("CA"), &["BC"], None),
        (902, InService, Some(Geo), Some("CA"), &["NS", "PE"], None),
        (867, InService, Some(Geo), Some("CA"), &["NT", "YT", "NU"], None),
        // One code per Caribbean country (and Bermuda): no regions.
        (242, InService, Some(Geo), Some("BS"), &[], None),
        (246, InService, Some(Geo), Some("BB"), &[], None),
        (264, InService, Some(Geo), Some("AI"), &[], None),
        (268, InService, Some(Geo), Some("AG"), &[], None),
        (284, InService, Some(Geo), Some("VG"), &[], None),
        (345, InService, Some(Geo), Some("KY"), &[], None),
        (441, InService, Some(Geo), Some("BM"), &[], None),
        (473, InService, Some(Geo), Some("GD"), &[], None),
        (649, InService, Some(Geo), Some("TC"), &[], None),
        (664, InService, Some(Geo), Some("MS"), &[], None),
        (721, InService, Some(Geo), Some("SX"), &[], None),
        (758, InService, Some(Geo), Some("LC"), &[], None),
        (767, InService, Some(Geo), Some("DM"), &[], None),
        (784, InService, Some(Geo), Some("VC"), &[], None),
        (809, InService, Some(Geo), Some("DO"), &[], None),
        (868, InService, Some(Geo), Some("TT"), &[], None),
        (869, InService, Some(Geo), Some("KN"), &[], None),
        (876, InService, Some(Geo), Some("JM"), &[], None),
        // Non-geographic.
        (500, InService, Some(NonGeo), None, &[], None),
        (532, InService, Some(NonGeo), Some("US"), &[], None),
        (600, InService, Some(NonGeo), Some("CA"), &[], None),
        (633, InService, Some(NonGeo), Some("CA"), &[], None),
        (700, InService, Some(NonGeo), None, &[], None),
        (710, InService, Some(NonGeo), Some("US"), &[], None),
        (900, InService, Some(NonGeo), None, &[], None),
        // Toll-free, in service and reserved.
        (800, InService, Some(TollFree), None, &[], None),
        (833, InService, Some(TollFree), None, &[], None),
        (844, InService, Some(TollFree), None, &[], None),
        (855, InService, Some(TollFree), None, &[], None),
        (866, InService, Some(TollFree), None, &[], None),
        (877, InService, Some(TollFree), None, &[], None),
        (888, InService, Some(TollFree), None, &[], None),
        (880, Reserved, Some(TollFree), None, &[], None),
        // libphonenumber 9.0.43 rejects these; NANPA has them in service.
        (861, InService, Some(Geo), Some("US"), &["IL"], None),
        (679, InService, Some(Geo), Some("US"), &["MI"], None),
    ];

    #[test]
    fn area_codes() {
        for &(npa, status, service, country, regions, since) in CODES {
            let code = area_code(npa).unwrap_or_else(|| panic!("{npa}"));
            assert_eq!(
                (code.npa, code.status, code.service, code.country, code.regions.to_vec(), code.in_service_since),
                (npa, status, service, country, regions.to_vec(), since.map(day)),
                "{npa}"
            );
            assert_eq!(code.regions.len(), regions.len(), "{npa}");
            assert_eq!(code.regions.is_empty(), regions.is_empty(), "{npa}");
            assert_eq!(code.regions.first(), regions.first().copied(), "{npa}");
        }
    }

    #[test]
    fn outside_the_plan() {
        for npa in [0, 1, 100, 199, 1000, 1200, u16::MAX] {
            assert_eq!(area_code(npa), None, "{npa}");
        }
        assert!(area_code(200).is_some() && area_code(999).is_some());
    }

    #[test]
    fn npa_text() {
        for (text, want) in [
            ("919", Some(919)),
            ("000", Some(0)),
            ("199", Some(199)),
            ("999", Some(999)),
            ("", None),
            ("91", None),
            ("9190", None),
            (" 919", None),
            ("9a9", None),
            ("\u{0669}19", None),
            ("+91", None),
        ] {
            assert_eq!(parse_npa(text), want, "{text:?}");
        }
    }

    /// (npa, today, in service, portable to a US carrier).
    #[rustfmt::skip]
    const ON_DATES: &[(u16, Option<&str>, OnDate, OnDate)] = &[
        (919, None, OnDate::Yes, OnDate::Yes),
        (919, Some("2000-01-01"), OnDate::Yes, OnDate::Yes),
        (787, Some("2026-12-01"), OnDate::Yes, OnDate::Yes),
        (800, Some("2026-12-01"), OnDate::Yes, OnDate::Yes),
        (833, None, OnDate::Yes, OnDate::Yes),
        // The dated codes: the day before, the day of, and no today at all.
        (471, Some("2026-01-29"), OnDate::No, OnDate::No),
        (471, Some("2026-01-30"), OnDate::Yes, OnDate::Yes),
        (471, None, OnDate::Dated(ymd(2026, 1, 30)), OnDate::Dated(ymd(2026, 1, 30))),
        (483, Some("2026-02-22"), OnDate::No, OnDate::No),
        (483, Some("2026-02-23"), OnDate::Yes, OnDate::Yes),
        (465, Some("2026-06-17"), OnDate::No, OnDate::No),
        (465, Some("2026-06-18"), OnDate::Yes, OnDate::Yes),
        (465, None, OnDate::Dated(ymd(2026, 6, 18)), OnDate::Dated(ymd(2026, 6, 18))),
        // Canadian: portable (manual off-net) from its in-service date.
        (273, Some("2027-02-26"), OnDate::No, OnDate::No),
        (273, Some("2027-02-27"), OnDate::Yes, OnDate::Yes),
        (273, None, OnDate::Dated(ymd(2027, 2, 27)), OnDate::Dated(ymd(2027, 2, 27))),
        (416, Some("2026-12-01"), OnDate::Yes, OnDate::Yes),
        (613, None, OnDate::Yes, OnDate::Yes),
        // Assigned without a date: never, whatever the day.
        (565, Some("2030-01-01"), OnDate::No, OnDate::No),
        (761, None, OnDate::No, OnDate::No),
        (822, Some("2030-01-01"), OnDate::No, OnDate::No),
        // In service but not portable: the Caribbean, and the non-geographic codes (600 is Canada's).
        (876, Some("2026-12-01"), OnDate::Yes, OnDate::No),
        (441, None, OnDate::Yes, OnDate::No),
        (532, Some("2026-12-01"), OnDate::Yes, OnDate::No),
        (600, None, OnDate::Yes, OnDate::No),
        (700, None, OnDate::Yes, OnDate::No),
        (710, None, OnDate::Yes, OnDate::No),
        (900, None, OnDate::Yes, OnDate::No),
        // Never in service.
        (411, None, OnDate::No, OnDate::No),
        (555, Some("2026-12-01"), OnDate::No, OnDate::No),
        (237, Some("2026-12-01"), OnDate::No, OnDate::No),
        (988, None, OnDate::No, OnDate::No),
        (880, None, OnDate::No, OnDate::No),
    ];

    #[test]
    fn in_service_and_portable_on_a_day() {
        for &(npa, today, in_service, portable) in ON_DATES {
            let code = area_code(npa).unwrap();
            let today = today.map(day);
            assert_eq!((code.in_service_on(today), code.portable_on(today)), (in_service, portable), "{npa} {today:?}");
        }
    }

    #[test]
    fn kinds() {
        // (npa, is_us, is_canada, is_other_country, is_geographic, is_toll_free)
        for (npa, us, ca, other, geo, toll_free) in [
            (919, true, false, false, true, false),
            (670, true, false, false, true, false),
            (416, false, true, false, true, false),
            (600, false, true, false, false, false),
            (876, false, false, true, true, false),
            (441, false, false, true, true, false),
            (888, false, false, false, false, true),
            (411, false, false, false, false, false),
        ] {
            let c = area_code(npa).unwrap();
            assert_eq!(
                (c.is_us(), c.is_canada(), c.is_other_country(), c.is_geographic(), c.is_toll_free()),
                (us, ca, other, geo, toll_free),
                "{npa}"
            );
        }
        assert!(area_code(902).unwrap().regions.contains("PE"));
        assert!(!area_code(902).unwrap().regions.contains("pe"));
        assert!(!area_code(919).unwrap().regions.contains("SC"));
    }

    #[test]
    fn names() {
        for (code, want) in [
            ("NC", Some("North Carolina")),
            ("AL", Some("Alabama")),
            ("DC", Some("District of Columbia")),
            ("PR", Some("Puerto Rico")),
            ("MP", Some("Northern Mariana Islands")),
            ("PW", Some("Palau")),
            ("ON", Some("Ontario")),
            ("QC", Some("Quebec")),
            ("YT", Some("Yukon")),
            ("nc", None),
            ("N", None),
            ("NCX", None),
            ("", None),
            ("ZZ", None),
            ("JM", None),
        ] {
            assert_eq!(region_name(code), want, "{code}");
        }
        for (iso, want) in [
            ("US", Some("United States")),
            ("CA", Some("Canada")),
            ("JM", Some("Jamaica")),
            ("DO", Some("the Dominican Republic")),
            ("BS", Some("the Bahamas")),
            ("KN", Some("Saint Kitts and Nevis")),
            ("NC", None),
            ("", None),
            ("C", None),
        ] {
            assert_eq!(country_name(iso), want, "{iso}");
        }
        // Every country and region a code names has a name.
        for npa in 200..=999 {
            let c = area_code(npa).unwrap();
            assert!(c.country.is_none_or(|iso| country_name(iso).is_some()), "{npa}");
            assert!(c.regions.iter().all(|r| region_name(r).is_some()), "{npa}");
        }
    }

    #[test]
    fn zips() {
        use ZipPlace::*;
        for (zip, want) in [
            ("27601", Some(State("NC"))),
            ("90025", Some(State("CA"))),
            ("00501", Some(State("NY"))),
            ("00601", Some(State("PR"))),
            ("00802", Some(State("VI"))),
            ("96910", Some(State("GU"))),
            // Exceptions: their own state, not their prefix's.
            ("06390", Some(State("NY"))),
            ("06391", Some(State("CT"))),
            ("20588", Some(State("MD"))),
            ("20500", Some(State("DC"))),
            ("96799", Some(State("AS"))),
            ("96701", Some(State("HI"))),
            ("96950", Some(State("MP"))),
            ("96941", Some(State("FM"))),
            // Military.
            ("09001", Some(Military)),
            ("09905", Some(Military)),
            ("34001", Some(Military)),
            ("96201", Some(Military)),
            ("96601", Some(Military)),
            // Prefixes USPS does not use.
            ("00000", Some(Unused)),
            ("00100", Some(Unused)),
            ("21300", Some(Unused)),
            ("98700", Some(Unused)),
            ("99999", Some(State("AK"))),
            // Not five ASCII digits.
            ("", None),
            ("2760", None),
            ("276011", None),
            ("27601-1234", None),
            (" 2760", None),
            ("2760a", None),
            ("\u{0662}7601", None),
        ] {
            assert_eq!(zip_place(zip), want, "{zip:?}");
        }
    }

    #[test]
    fn us_regions_and_api_names() {
        let us: Vec<&str> = (0..=u8::MAX).map_while(region_code).filter(|c| is_us_region(c)).collect();
        assert_eq!(us.len(), 56);
        assert_eq!(us.first(), Some(&"AL"));
        assert_eq!(us.last(), Some(&"MP"));
        for code in ["NC", "DC", "PR", "VI", "GU", "AS", "MP", "WY"] {
            assert!(is_us_region(code), "{code}");
        }
        for code in ["PW", "FM", "MH", "ON", "AE", "nc", "", "N"] {
            assert!(!is_us_region(code), "{code}");
        }
        for npa in 200..=999 {
            let c = area_code(npa).unwrap();
            let canadian = c.is_canada() && c.is_geographic();
            assert_eq!(province_of(npa).is_some(), canadian && !c.regions.is_empty(), "{npa}");
            // Every Canadian code in service or announced has its province (387, reserved, has none).
            assert!(!canadian || c.status == NpaStatus::Reserved || province_of(npa).is_some(), "{npa}");
        }
        assert_eq!(
            (province_of(613), province_of(902), province_of(600), province_of(919)),
            (Some("ON"), Some("NS"), None, None)
        );
        let canadian: Vec<&str> = (0..=u8::MAX).map_while(region_code).filter(|c| is_canadian_region(c)).collect();
        assert_eq!(canadian, ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]);
        for code in ["NC", "PW", "on", "", "O"] {
            assert!(!is_canadian_region(code), "{code}");
        }
        assert_eq!(
            [InService, Assigned, Reserved, Unassigned, N11, Unavailable].map(NpaStatus::as_str),
            ["inService", "assigned", "reserved", "unassigned", "n11", "unavailable"]
        );
        assert_eq!([Geo, TollFree, NonGeo].map(NpaService::as_str), ["geographic", "tollFree", "nonGeographic"]);
    }

    #[test]
    fn data_date_is_the_file_date() {
        assert_eq!(DATA_DATE, "2025-11-26");
        assert_eq!(data_date(), day(DATA_DATE));
    }
}
