//! The calendar against an independent oracle: every US federal holiday 2000-2100 from Python's
//! `holidays` package, and the America/New_York offset around every daylight-saving change
//! 2000-2100 from `zoneinfo` + `tzdata`. The fixtures are written by `tests/oracle/generate.py`
//! and committed; this test reads them and needs no Python.
//!
//! Where `holidays` and domain.md differ, domain.md is the spec, and each difference is listed
//! here and checked one by one, so a new one fails the test instead of hiding.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};
use portin_validator::internal::calendar::{federal_holidays, Calendar};
use portin_validator::internal::date::{parse, parse_day, push_day, Written};
use portin_validator::internal::eastern::from_instant;

const HOLIDAYS: &str = include_str!("oracle/us_federal_holidays.tsv");
const OFFSETS: &str = include_str!("oracle/eastern_offsets.tsv");

const FIRST: i32 = 2000;
const LAST: i32 = 2100;

/// Names `holidays` gives (OPM's full names) where ours are the short ones domain.md uses.
const NAMES: &[(&str, &str)] = &[
    ("Birthday of Martin Luther King, Jr.", "Martin Luther King Jr. Day"),
    ("Juneteenth National Independence Day", "Juneteenth"),
];

/// Difference 1: one-off closures of the federal government by executive order, which
/// `holidays` lists in its "government" category. They are not federal holidays in law
/// (5 U.S.C. 6103, the list domain.md gives), are declared days or weeks ahead, and porting
/// desks do not all close for them: here they are business days, and a carrier that closes adds
/// them with `extraHolidays`. Every one must be in the fixture, and nothing else may differ.
const ONE_OFF_CLOSURES: &[(&str, &str)] = &[
    ("2001-12-24", "Christmas Eve"),
    ("2002-12-24", "Christmas Eve (half-day closing)"),
    ("2003-12-26", "Day After Christmas"),
    ("2004-06-11", "National Day of Mourning for former President Ronald Reagan"),
    ("2007-01-02", "National Day of Mourning for former President Gerald R. Ford"),
    ("2007-12-24", "Christmas Eve"),
    ("2008-12-26", "Day After Christmas"),
    ("2009-12-24", "Christmas Eve (half-day closing)"),
    ("2012-12-24", "Christmas Eve"),
    ("2014-12-26", "Day After Christmas"),
    ("2015-12-24", "Christmas Eve (half-day closing)"),
    ("2018-12-05", "National Day of Mourning for former President George H. W. Bush"),
    ("2018-12-24", "Christmas Eve"),
    ("2019-12-24", "Christmas Eve"),
    ("2020-12-24", "Christmas Eve"),
    ("2024-12-24", "Christmas Eve"),
    ("2025-01-09", "National Day of Mourning for former President Jimmy Carter"),
    ("2025-12-24", "Christmas Eve"),
    ("2025-12-26", "Day After Christmas"),
];

/// Data rows of a fixture, split on tabs (comments and the header line skipped).
fn rows(tsv: &str) -> Vec<Vec<&str>> {
    tsv.lines().filter(|l| !l.starts_with('#')).skip(1).map(|l| l.split('\t').collect()).collect()
}

fn day(text: &str) -> NaiveDate {
    parse_day(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

fn weekday_abbr(d: NaiveDate) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday().num_days_from_monday() as usize]
}

fn ours(name: &str) -> &str {
    NAMES.iter().find(|(theirs, _)| *theirs == name).map_or(name, |(_, mine)| mine)
}

/// (date, our name, observed?) for every federal holiday the calendar knows in 2000-2100, both
/// the day itself and, when it moves, the day it is observed.
fn our_holidays() -> BTreeSet<(NaiveDate, String, bool)> {
    let range = day("2000-01-01")..=day("2100-12-31");
    let mut all = BTreeSet::new();
    for year in FIRST - 1..=LAST + 1 {
        for h in federal_holidays(year) {
            if range.contains(&h.date) {
                all.insert((h.date, h.name.to_string(), false));
            }
            if h.observed != h.date && range.contains(&h.observed) {
                all.insert((h.observed, h.name.to_string(), true));
            }
        }
    }
    all
}

#[test]
fn federal_holidays_2000_to_2100_match_the_holidays_package() {
    let rows = rows(HOLIDAYS);
    let mut theirs = BTreeSet::new();
    let mut one_offs = Vec::new();
    for row in &rows {
        let [date, weekday, name] = row[..] else { panic!("bad row {row:?}") };
        let d = day(date);
        assert_eq!(weekday_abbr(d), weekday, "{date}: the fixture's weekday");
        assert!((FIRST..=LAST).contains(&d.year()), "{date}");
        if ONE_OFF_CLOSURES.iter().any(|(od, on)| *od == date && *on == name) {
            one_offs.push((date, name));
            continue;
        }
        let (base, observed) = match name.strip_suffix(" (observed)") {
            Some(base) => (base, true),
            None => (name, false),
        };
        theirs.insert((d, ours(base).to_string(), observed));
    }
    // Difference 1, entry by entry: listed in the fixture, and business days here.
    assert_eq!(one_offs, ONE_OFF_CLOSURES.to_vec(), "the one-off closures in the fixture");
    let cal = Calendar::default();
    for (date, name) in ONE_OFF_CLOSURES {
        assert!(
            cal.is_business_day(day(date)),
            "{date} {name} must stay a business day (domain.md lists no one-off closures)"
        );
    }
    // Every other entry, both ways: the same days, the same names, the same observed days.
    let mine = our_holidays();
    let missing: Vec<_> = theirs.difference(&mine).collect();
    let extra: Vec<_> = mine.difference(&theirs).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "holidays the calendar lacks: {missing:?}\nholidays only the calendar has: {extra:?}"
    );
    assert_eq!(theirs.len() + one_offs.len(), rows.len());

    // And day by day, 2000-01-01 to 2100-12-31: a business day exactly when it is a weekday and
    // the oracle lists no holiday on it (other than the one-off closures).
    let closed: BTreeSet<NaiveDate> = theirs.iter().map(|(d, _, _)| *d).collect();
    let mut d = day("2000-01-01");
    let mut days = 0;
    while d <= day("2100-12-31") {
        let weekday = !matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        assert_eq!(cal.is_business_day(d), weekday && !closed.contains(&d), "{d:?}");
        d = d.succ_opt().unwrap();
        days += 1;
    }
    assert_eq!(days, 36_890);
    println!(
        "oracle: {} holiday rows checked ({} one-off closures as documented differences), {days} days",
        rows.len(),
        one_offs.len()
    );
}

/// Difference 2, not in the fixture: `holidays` lists Inauguration Day (January 20 after a
/// presidential election, the 21st when the 20th is a Sunday) only for the DC, MD and VA
/// subdivisions, not as a federal holiday; domain.md does not list it either. It is a business
/// day here unless it falls on another holiday.
#[test]
fn inauguration_day_is_not_a_federal_holiday() {
    let cal = Calendar::default();
    for (date, business) in [
        ("2001-01-19", true),
        ("2005-01-20", true),
        ("2009-01-20", true),
        ("2013-01-21", false),
        ("2017-01-20", true),
        ("2021-01-20", true),
        ("2025-01-20", false),
    ] {
        assert_eq!(cal.is_business_day(day(date)), business, "{date}");
    }
    // The two that are not business days are Martin Luther King Jr. Day.
    assert!(rows(HOLIDAYS).iter().any(|r| r[0] == "2025-01-20" && r[2] == "Birthday of Martin Luther King, Jr."));
}

/// `2007-03-11T03:00:00` and `-04:00` for an Eastern wall clock.
fn wall(instant: i64) -> (String, String) {
    let e = from_instant(instant).unwrap();
    let mut text = String::new();
    push_day(&mut text, e.date);
    let s = e.seconds;
    text.push_str(&format!("T{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60));
    let off = e.offset_minutes;
    (text, format!("{}{:02}:{:02}", if off < 0 { '-' } else { '+' }, off.abs() / 60, off.abs() % 60))
}

#[test]
fn eastern_time_around_every_change_2000_to_2100_matches_zoneinfo() {
    let rows = rows(OFFSETS);
    assert_eq!(rows.len(), (LAST - FIRST + 1) as usize * 2 * 6, "6 instants around 2 changes a year");
    let mut differences = Vec::new();
    for row in &rows {
        let [utc, eastern, offset] = row[..] else { panic!("bad row {row:?}") };
        let Ok(Written::Instant(t)) = parse(utc) else { panic!("{utc}") };
        let got = wall(t);
        if (got.0.as_str(), got.1.as_str()) != (eastern, offset) {
            differences.push((utc, eastern, offset, got));
        }
    }
    assert!(differences.is_empty(), "{} differences: {differences:#?}", differences.len());
    println!("oracle: {} Eastern-time instants checked", rows.len());
}
