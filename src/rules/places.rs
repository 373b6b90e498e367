//! Where the numbers of a list are: per state or country, with their area codes, for the page
//! to show next to the TN count ("NY (212, 646): 3, Canada, Ontario (416): 1") so a person sees
//! at once that a list does not belong to the address. Computed here, with the data, so that
//! every caller (the page, the form helper's users, Node) gets the same grouping.

use super::Facts;
use crate::issue::TnPlace;
use crate::numbering::{area_code, country_name, region_name};
use crate::text::msg;
use crate::tn::Tn;
use crate::tn_list::EntryError;

/// The place of an area code as a person reads it: a state's USPS code (`NY`), `Canada, Ontario`,
/// a country (`Jamaica`), `Toll-free`, `US` for an `extraAreaCodes` code, `Non-geographic`, or
/// `Not in service`. A code serving several regions is named by its first.
fn label(facts: &Facts, npa: u16) -> String {
    let Some(code) = area_code(npa) else { return String::from("Not in service") };
    if facts.area.is_extra(npa) {
        return String::from("US");
    }
    if code.is_toll_free() {
        return String::from("Toll-free");
    }
    let region = code.regions.first();
    match (code.country, region) {
        (Some("US"), Some(r)) if code.is_geographic() => String::from(r),
        (Some("CA"), Some(r)) => msg!["Canada, ", region_name(r).unwrap_or(r)],
        (Some("CA"), None) => String::from("Canada"),
        (Some(iso), _) if code.is_other_country() => String::from(country_name(iso).unwrap_or(iso)),
        _ if code.is_geographic() || code.service.is_none() => String::from("Not in service"),
        _ => String::from("Non-geographic"),
    }
}

/// The places of the list's numbers: every distinct valid TN, and every entry that was a number
/// but rejected for its area code, grouped by [`label`] in the order they first appear.
pub fn places(facts: &Facts) -> Vec<TnPlace> {
    const NONE: u16 = u16::MAX;
    // Area code -> its place's index, looked up once per area code.
    let mut group = [NONE; 800];
    let mut out: Vec<TnPlace> = Vec::new();
    let rejected = facts.tns.invalid.iter().filter_map(|i| match i.error {
        EntryError::Plan(tn, _) => Some(tn),
        EntryError::Syntax(_) => None,
    });
    let mut add = |tn: &Tn| {
        let Some(slot) = group.get_mut(tn.npa_index()) else { return };
        if *slot == NONE {
            let name = label(facts, tn.npa());
            let npa = msg![u32::from(tn.npa())];
            *slot = match out.iter().position(|p| p.place == name) {
                Some(i) => {
                    if let Some(p) = out.get_mut(i) {
                        p.area_codes.push(npa);
                    }
                    i as u16
                }
                None => {
                    out.push(TnPlace { place: name, area_codes: vec![npa], count: 0 });
                    (out.len() - 1) as u16
                }
            };
        }
        if let Some(p) = out.get_mut(usize::from(*slot)) {
            p.count += 1;
        }
    };
    facts.tns.tns.iter().for_each(&mut add);
    rejected.for_each(|tn| add(&tn));
    out
}
