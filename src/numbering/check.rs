//! R-TN-COUNTRY and R-TN-AREA-CODE on a TN that passed the numbering syntax (R-TN-NANP): is its
//! area code a US (or toll-free) code, and is it in service on `today`?
//!
//! The checks depend on the caller's day and `extraAreaCodes`, so they sit on top of [`Tn`]
//! (which stays "10 digits that pass the syntax"). A pasted list asks once per number: the
//! [`Cache`] keeps one byte per area code, so a number costs an index into an 800-byte table.

use chrono::NaiveDate;

use super::{area_code, country_name, AreaCode, NpaService, OnDate, DATA_DATE};
use crate::code::Code;
use crate::date::ymd_text;
use crate::issue::Params;
use crate::text::msg;
use crate::text::quote;
use crate::tn::Tn;

/// Why a TN's area code cannot be ported, in check order: country, then in service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// A code of a NANP country the provider does not cover: the Caribbean ones and Bermuda
    /// (R-TN-COUNTRY; Canadian numbers port in, as manual off-net).
    Country(u16),
    /// A NANP-wide code that is neither toll-free nor a place's (532, 710...: R-TN-COUNTRY).
    NonGeographic(u16),
    /// Not in service and not announced: unassigned, reserved (R-TN-AREA-CODE).
    NotInService(u16),
    /// Assigned but not in service on `today`: from a date after it, or with no date yet
    /// (R-TN-AREA-CODE).
    NotYet(u16, Option<NaiveDate>),
}

impl PlanError {
    pub fn code(self) -> Code {
        match self {
            PlanError::Country(_) => Code::TnAreaCodeCountry,
            PlanError::NonGeographic(_) => Code::TnAreaCodeNonGeographic,
            PlanError::NotInService(_) => Code::TnAreaCodeNotInService,
            PlanError::NotYet(..) => Code::TnAreaCodeNotYet,
        }
    }

    /// One sentence about the number `typed` (as the person typed it) and what to do.
    pub fn message(self, typed: &str) -> String {
        msg![quote(typed.trim()), self.after_quote().0]
    }

    /// The message without the typed text, which it starts with, and the values it states
    /// (`areaCode`; `country`, `inServiceSince` or `dataDate` where it names them): the same
    /// for every number with this error, so a long list builds them once.
    pub fn after_quote(self) -> (String, Params) {
        let data_date = DATA_DATE;
        let data = msg!["NANPA's area-code data of ", data_date];
        let newer = " If the area code is newer than that data, add it to the extraAreaCodes option.";
        let (Self::Country(npa) | Self::NonGeographic(npa) | Self::NotInService(npa) | Self::NotYet(npa, _)) = self;
        let code = npa3(npa);
        let params = Params::default().and("areaCode", code.as_str());
        match self {
            PlanError::Country(_) => {
                let name = area_code(npa).and_then(|c| c.country).and_then(country_name).unwrap_or("another country");
                let message = msg![": ", code, " is an area code of ", name, ": the provider ports in numbers of the US and Canada only. Check the number."];
                (message, params.and("country", name))
            }
            PlanError::NonGeographic(_) => (
                msg![": ", code, " is a non-geographic area code (personal or service numbers, not a place's), whose numbers cannot be ported here. Check the area code."],
                params,
            ),
            PlanError::NotInService(_) => (
                msg![": area code ", code, " is not in service (", data, "). Check the number.", newer],
                params.and("dataDate", data_date),
            ),
            PlanError::NotYet(_, Some(since)) => {
                let since = ymd_text(since);
                let message =
                    msg![": area code ", code, " enters service on ", since.as_str(), "; its numbers cannot be ported before then."];
                (message, params.and("inServiceSince", since))
            }
            PlanError::NotYet(_, None) => (
                msg![": area code ", code, " is assigned but not yet in service (", data, ").", newer],
                params.and("dataDate", data_date),
            ),
        }
    }
}

/// The message of a number accepted without a day to check it on: its area code enters service
/// on `since`, after the data's date; and the values it states (`areaCode`, `inServiceSince`).
pub fn dated_message(typed: &str, npa: u16, since: NaiveDate) -> (String, Params) {
    let (code, since) = (npa3(npa), ymd_text(since));
    let message = msg![
        quote(typed.trim()),
        ": area code ",
        code.as_str(),
        " enters service on ",
        since.as_str(),
        "; without today's date it is not known whether it is in service yet. Pass options.today or options.now."
    ];
    (message, Params::default().and("areaCode", code).and("inServiceSince", since))
}

fn npa3(npa: u16) -> String {
    msg![u32::from(npa)]
}

/// The answer for one area code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaVerdict {
    Ok,
    /// In service from this date, and no today to decide: accepted, with a warning.
    Dated(NaiveDate),
    Rejected(PlanError),
}

/// What the area-code checks need from the options: the day, and the codes to accept anyway.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AreaRules {
    pub today: Option<NaiveDate>,
    /// `extraAreaCodes`, read: three digits, geographic in form.
    pub extra: Vec<u16>,
}

impl AreaRules {
    pub fn new(today: Option<NaiveDate>, extra: &[u16]) -> Self {
        AreaRules { today, extra: extra.to_vec() }
    }

    /// Listed in `extraAreaCodes` and not already portable by the data: treated as a US
    /// geographic code in service, with no state.
    pub fn is_extra(&self, npa: u16) -> bool {
        self.extra.contains(&npa) && area_code(npa).is_none_or(|c| c.portable_on(self.today) != OnDate::Yes)
    }

    /// The first check that fails for `npa`: country, then in service.
    pub fn judge(&self, npa: u16) -> AreaVerdict {
        if self.extra.contains(&npa) {
            return AreaVerdict::Ok;
        }
        let Some(code) = area_code(npa) else { return AreaVerdict::Rejected(PlanError::NotInService(npa)) };
        judge_code(&code, self.today)
    }

    /// Whether `tn` passes, through `cache`.
    #[inline(always)]
    pub fn judge_tn(&self, tn: &Tn, cache: &mut Cache) -> AreaVerdict {
        let index = tn.npa_index();
        match cache.0.get(index).copied() {
            Some(OK) => AreaVerdict::Ok,
            _ => self.judge_slow(index, cache),
        }
    }

    #[inline(never)]
    fn judge_slow(&self, index: usize, cache: &mut Cache) -> AreaVerdict {
        let npa = index as u16 + 200;
        let verdict = self.judge(npa);
        if let (Some(slot), AreaVerdict::Ok) = (cache.0.get_mut(index), verdict) {
            *slot = OK;
        }
        verdict
    }
}

fn judge_code(code: &AreaCode, today: Option<NaiveDate>) -> AreaVerdict {
    let npa = code.npa;
    if code.is_other_country() {
        return AreaVerdict::Rejected(PlanError::Country(npa));
    }
    if code.service == Some(NpaService::NonGeographic) {
        return AreaVerdict::Rejected(PlanError::NonGeographic(npa));
    }
    match code.in_service_on(today) {
        OnDate::Yes => AreaVerdict::Ok,
        OnDate::Dated(since) => AreaVerdict::Dated(since),
        OnDate::No if code.status == super::NpaStatus::Assigned => {
            AreaVerdict::Rejected(PlanError::NotYet(npa, code.in_service_since))
        }
        OnDate::No => AreaVerdict::Rejected(PlanError::NotInService(npa)),
    }
}

const UNKNOWN: u8 = 0;
const OK: u8 = 1;

/// One byte per area code 200-999: known to pass, or not looked at yet (anything else is
/// looked up again, which only numbers that are reported do).
pub struct Cache([u8; 800]);

impl Default for Cache {
    /// Nothing known yet.
    fn default() -> Self {
        Cache([UNKNOWN; 800])
    }
}

impl Cache {
    /// Every area code passes: the syntax alone.
    pub fn passing() -> Self {
        Cache([OK; 800])
    }

    /// `tn`'s area code is known to pass.
    #[inline(always)]
    pub fn passes(&self, tn: &Tn) -> bool {
        self.0.get(tn.npa_index()) == Some(&OK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Option<NaiveDate> {
        crate::date::parse_day(text).ok()
    }

    #[test]
    fn verdicts() {
        let at = |today: Option<&str>, extra: &[u16]| AreaRules::new(today.and_then(day), extra);
        let on = at(Some("2026-12-01"), &[]);
        assert_eq!(on.judge(919), AreaVerdict::Ok);
        // Canada ports in (manual off-net); the Caribbean does not; 600 is Canada's non-geographic code.
        assert_eq!(on.judge(416), AreaVerdict::Ok);
        assert_eq!(on.judge(876), AreaVerdict::Rejected(PlanError::Country(876)));
        assert_eq!(on.judge(600), AreaVerdict::Rejected(PlanError::NonGeographic(600)));
        assert_eq!(on.judge(273), AreaVerdict::Rejected(PlanError::NotYet(273, day("2027-02-27"))));
        assert_eq!(at(Some("2027-02-27"), &[]).judge(273), AreaVerdict::Ok);
        assert_eq!(on.judge(532), AreaVerdict::Rejected(PlanError::NonGeographic(532)));
        assert_eq!(on.judge(237), AreaVerdict::Rejected(PlanError::NotInService(237)));
        assert_eq!(on.judge(565), AreaVerdict::Rejected(PlanError::NotYet(565, None)));
        assert_eq!(on.judge(471), AreaVerdict::Ok);
        assert_eq!(
            at(Some("2026-01-29"), &[]).judge(471),
            AreaVerdict::Rejected(PlanError::NotYet(471, day("2026-01-30")))
        );
        assert_eq!(at(None, &[]).judge(471), AreaVerdict::Dated(day("2026-01-30").unwrap()));
        assert_eq!(at(None, &[237]).judge(237), AreaVerdict::Ok);
        assert!(at(None, &[237]).is_extra(237) && !at(None, &[919]).is_extra(919));
        let mut cache = Cache::default();
        let tn = Tn::parse("876-246-0142").unwrap();
        for _ in 0..2 {
            assert_eq!(on.judge_tn(&tn, &mut cache), AreaVerdict::Rejected(PlanError::Country(876)));
        }
    }

    #[test]
    fn messages_name_the_place_and_the_data() {
        let m = PlanError::Country(876).message("876-246-0142");
        assert!(m.contains("of Jamaica") && m.contains("US and Canada only"), "{m}");
        let m = PlanError::NotInService(237).message("237-246-0142");
        assert!(m.contains("2025-11-26") && m.contains("extraAreaCodes"), "{m}");
    }
}
