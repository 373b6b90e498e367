//! Dates and times (domain.md section 3) through the whole pipeline, natively: every boundary on
//! both sides. Today is always given in the options; nothing here reads the real clock.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{pairs, validate};
use portin_validator::Report;
use serde_json::{json, Value as J};

/// A port-in that passes every TN rule, with a requested date and a port type.
fn port_in(date: &str, port_type: &str) -> J {
    json!({
        "portType": port_type,
        "listOfPhoneNumbers": ["919-200-0000"],
        "billingTelephoneNumber": "919-200-0000",
        "requestedFocDate": date,
    })
}

/// `order` with `triggered: true`: automated wireline and internal ports use the requested time
/// only so (R-TIME-TRIGGERED), so the window tests give it.
fn triggered(mut order: J) -> J {
    order["triggered"] = json!(true);
    order
}

fn lsr(extra: J) -> J {
    let mut o = json!({ "kind": "lsr", "pon": "ABC123", "listOfPhoneNumbers": ["919-200-0000"] });
    for (k, v) in extra.as_object().unwrap() {
        o[k] = v.clone();
    }
    o
}

fn today(day: &str) -> J {
    json!({ "today": day })
}

/// The codes of this family, so that a case can say "exactly these and no other".
const DATE_CODES: &[&str] = &[
    "date.format",
    "date.no_offset",
    "date.no_such_day",
    "time.invalid",
    "date.past",
    "date.too_soon",
    "date.short_notice",
    "date.not_business_day",
    "date.too_far",
    "date.today_unknown",
    "time.default",
    "time.manual_fixed",
    "time.not_triggered",
    "time.triggered_wireless",
    "time.outside_window",
    "time.outside_support_hours",
    "foc.valid_until",
    "foc.expiring",
    "foc.expired",
    "foc.no_early_activation",
    "foc.build_subscriptions",
    "options.invalid",
];

struct Case {
    name: &'static str,
    order: J,
    options: J,
    /// Exactly the date/time codes reported, with their paths (other families ignored).
    want: Vec<(&'static str, &'static str)>,
}

fn date_issues(report: &Report) -> Vec<(String, &'static str)> {
    pairs(report).into_iter().filter(|(_, code)| DATE_CODES.contains(code)).collect()
}

fn check(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in &cases {
        let report = validate(c.order.clone(), c.options.clone());
        let mut got = date_issues(&report);
        let mut want: Vec<(String, &str)> = c.want.iter().map(|(p, k)| ((*p).to_string(), *k)).collect();
        got.sort();
        want.sort();
        if got != want {
            failures.push(format!("{}: want {want:?}, got {got:?}\n  {:#?}", c.name, report.issues));
        }
        for issue in &report.issues {
            assert!(issue.message.ends_with('.') && !issue.message.contains(".."), "{}: {:?}", c.name, issue.message);
            assert!(
                issue.code.as_str().starts_with("options.")
                    || issue.rule.is_some()
                    || issue.code == "date.today_unknown",
                "{}: {} has no rule",
                c.name,
                issue.code
            );
        }
        assert_eq!(report.ok, !report.issues.iter().any(|i| i.is_error()), "{}", c.name);
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

const RFD: &str = "requestedFocDate";
const AFD: &str = "actualFocDate";
const DEFAULT_TIME: (&str, &str) = (RFD, "time.default");
const TRG: &str = "triggered";

/// Today is Monday 2026-11-23. Business days after it: Tue 24 (1), Wed 25 (2), [Thu 26
/// Thanksgiving], Fri 27 (3), Mon 30 (4), Tue Dec 1 (5). Day 30 is Wed Dec 23, day 31 Thu Dec 24.
#[test]
fn lead_time_business_days_and_horizon() {
    let t = || today("2026-11-23");
    let on = |d| port_in(d, "AUTOMATED_ON_NET");
    check(vec![
        Case {
            name: "yesterday",
            order: on("2026-11-22"),
            options: t(),
            want: vec![(RFD, "date.past"), (RFD, "date.not_business_day"), DEFAULT_TIME],
        },
        Case {
            name: "last Friday",
            order: on("2026-11-20"),
            options: t(),
            want: vec![(RFD, "date.past"), DEFAULT_TIME],
        },
        Case { name: "today", order: on("2026-11-23"), options: t(), want: vec![(RFD, "date.too_soon"), DEFAULT_TIME] },
        Case {
            name: "1st business day",
            order: on("2026-11-24"),
            options: t(),
            want: vec![(RFD, "date.too_soon"), DEFAULT_TIME],
        },
        Case {
            name: "2nd business day (holiday next)",
            order: on("2026-11-25"),
            options: t(),
            want: vec![(RFD, "date.too_soon"), DEFAULT_TIME],
        },
        Case {
            name: "Thanksgiving",
            order: on("2026-11-26"),
            options: t(),
            want: vec![(RFD, "date.too_soon"), (RFD, "date.not_business_day"), DEFAULT_TIME],
        },
        Case {
            name: "3rd business day (after the holiday)",
            order: on("2026-11-27"),
            options: t(),
            want: vec![(RFD, "date.short_notice"), DEFAULT_TIME],
        },
        Case {
            name: "a Saturday",
            order: on("2026-11-28"),
            options: t(),
            want: vec![(RFD, "date.short_notice"), (RFD, "date.not_business_day"), DEFAULT_TIME],
        },
        Case {
            name: "a Sunday",
            order: on("2026-11-29"),
            options: t(),
            want: vec![(RFD, "date.short_notice"), (RFD, "date.not_business_day"), DEFAULT_TIME],
        },
        Case {
            name: "4th business day",
            order: on("2026-11-30"),
            options: t(),
            want: vec![(RFD, "date.short_notice"), DEFAULT_TIME],
        },
        Case { name: "5th business day", order: on("2026-12-01"), options: t(), want: vec![DEFAULT_TIME] },
        Case { name: "day 30", order: on("2026-12-23"), options: t(), want: vec![DEFAULT_TIME] },
        Case { name: "day 31", order: on("2026-12-24"), options: t(), want: vec![(RFD, "date.too_far"), DEFAULT_TIME] },
        Case {
            name: "next year",
            order: on("2027-11-23"),
            options: t(),
            want: vec![(RFD, "date.too_far"), DEFAULT_TIME],
        },
        // Configurable numbers, both sides.
        Case {
            name: "minLead 2: 2nd day ok",
            order: on("2026-11-25"),
            options: json!({ "today": "2026-11-23", "minLeadBusinessDays": 2 }),
            want: vec![(RFD, "date.short_notice"), DEFAULT_TIME],
        },
        Case {
            name: "minLead 2: 1st day too soon",
            order: on("2026-11-24"),
            options: json!({ "today": "2026-11-23", "minLeadBusinessDays": 2 }),
            want: vec![(RFD, "date.too_soon"), DEFAULT_TIME],
        },
        Case {
            name: "recommended 4: 4th day ok",
            order: on("2026-11-30"),
            options: json!({ "today": "2026-11-23", "recommendedLeadBusinessDays": 4 }),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "minLead 0: today ok",
            order: on("2026-11-23"),
            options: json!({ "today": "2026-11-23", "minLeadBusinessDays": 0, "recommendedLeadBusinessDays": 0 }),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "maxDaysAhead 7: day 7",
            order: on("2026-11-30"),
            options: json!({ "today": "2026-11-23", "maxDaysAhead": 7, "recommendedLeadBusinessDays": 3 }),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "maxDaysAhead 7: day 8",
            order: on("2026-12-01"),
            options: json!({ "today": "2026-11-23", "maxDaysAhead": 7 }),
            want: vec![(RFD, "date.too_far"), DEFAULT_TIME],
        },
        // Extra holidays close a day and push the count.
        Case {
            name: "extra holiday on the day (and only 4 business days to it)",
            order: on("2026-12-01"),
            options: json!({ "today": "2026-11-23", "extraHolidays": ["2026-12-01"] }),
            want: vec![(RFD, "date.not_business_day"), (RFD, "date.short_notice"), DEFAULT_TIME],
        },
        Case {
            name: "extra holiday before: 5th becomes 4th",
            order: on("2026-12-01"),
            options: json!({ "today": "2026-11-23", "extraHolidays": ["2026-11-24"] }),
            want: vec![(RFD, "date.short_notice"), DEFAULT_TIME],
        },
        Case {
            name: "bad extra holiday reported, rest used",
            order: on("2026-12-01"),
            options: json!({ "today": "2026-11-23", "extraHolidays": ["12/01/2026", "2026-12-01"] }),
            want: vec![
                ("", "options.invalid"),
                (RFD, "date.not_business_day"),
                (RFD, "date.short_notice"),
                DEFAULT_TIME,
            ],
        },
    ]);
}

/// Dec 24 to Jan 4 across Christmas and New Year, in a year where they fall on Fridays (2026)
/// and one where they fall on Saturdays, observed on Fridays Dec 24 and Dec 31 (2021).
#[test]
fn christmas_and_new_year() {
    let on = |d| port_in(d, "AUTOMATED_ON_NET");
    // Today Mon 2026-12-21: Tue 22 (1), Wed 23 (2), Thu 24 (3), Mon 28 (4), Tue 29 (5).
    let t26 = || today("2026-12-21");
    // Today Mon 2021-12-20: Tue 21 (1), Wed 22 (2), Thu 23 (3), Mon 27 (4), Tue 28 (5).
    let t21 = || today("2021-12-20");
    let nbd = (RFD, "date.not_business_day");
    let short = (RFD, "date.short_notice");
    check(vec![
        Case { name: "2026-12-24 Thu", order: on("2026-12-24"), options: t26(), want: vec![short, DEFAULT_TIME] },
        Case {
            name: "2026-12-25 Christmas",
            order: on("2026-12-25"),
            options: t26(),
            want: vec![short, nbd, DEFAULT_TIME],
        },
        Case { name: "2026-12-26 Sat", order: on("2026-12-26"), options: t26(), want: vec![short, nbd, DEFAULT_TIME] },
        Case { name: "2026-12-27 Sun", order: on("2026-12-27"), options: t26(), want: vec![short, nbd, DEFAULT_TIME] },
        Case { name: "2026-12-28 Mon", order: on("2026-12-28"), options: t26(), want: vec![short, DEFAULT_TIME] },
        Case { name: "2026-12-29 Tue", order: on("2026-12-29"), options: t26(), want: vec![DEFAULT_TIME] },
        Case { name: "2026-12-30 Wed", order: on("2026-12-30"), options: t26(), want: vec![DEFAULT_TIME] },
        Case { name: "2026-12-31 Thu", order: on("2026-12-31"), options: t26(), want: vec![DEFAULT_TIME] },
        Case {
            name: "2027-01-01 New Year's Day",
            order: on("2027-01-01"),
            options: t26(),
            want: vec![nbd, DEFAULT_TIME],
        },
        Case { name: "2027-01-02 Sat", order: on("2027-01-02"), options: t26(), want: vec![nbd, DEFAULT_TIME] },
        Case { name: "2027-01-03 Sun", order: on("2027-01-03"), options: t26(), want: vec![nbd, DEFAULT_TIME] },
        Case { name: "2027-01-04 Mon", order: on("2027-01-04"), options: t26(), want: vec![DEFAULT_TIME] },
        Case { name: "2021-12-23 Thu", order: on("2021-12-23"), options: t21(), want: vec![short, DEFAULT_TIME] },
        Case {
            name: "2021-12-24 Fri, Christmas observed",
            order: on("2021-12-24"),
            options: t21(),
            want: vec![short, nbd, DEFAULT_TIME],
        },
        Case { name: "2021-12-27 Mon", order: on("2021-12-27"), options: t21(), want: vec![short, DEFAULT_TIME] },
        Case { name: "2021-12-28 Tue", order: on("2021-12-28"), options: t21(), want: vec![DEFAULT_TIME] },
        Case { name: "2021-12-30 Thu", order: on("2021-12-30"), options: t21(), want: vec![DEFAULT_TIME] },
        Case {
            name: "2021-12-31 Fri, New Year's Day observed",
            order: on("2021-12-31"),
            options: t21(),
            want: vec![nbd, DEFAULT_TIME],
        },
        Case { name: "2022-01-01 Sat", order: on("2022-01-01"), options: t21(), want: vec![nbd, DEFAULT_TIME] },
        Case { name: "2022-01-03 Mon", order: on("2022-01-03"), options: t21(), want: vec![DEFAULT_TIME] },
        Case { name: "2022-01-04 Tue", order: on("2022-01-04"), options: t21(), want: vec![DEFAULT_TIME] },
    ]);
}

/// Activation windows in Eastern time, both ends, in standard time (today 2026-11-23, requested
/// Tue 2026-12-01, EST = UTC-5) and in daylight time (today 2027-06-01, requested Thu
/// 2027-06-10, EDT = UTC-4), written with Eastern offsets and in UTC.
#[test]
fn activation_time_windows() {
    let w = || today("2026-11-23");
    let s = || today("2027-06-01");
    let off = |d| triggered(port_in(d, "AUTOMATED_OFF_NET"));
    let on = |d| triggered(port_in(d, "AUTOMATED_ON_NET"));
    let out = (RFD, "time.outside_window");
    let support = (RFD, "time.outside_support_hours");
    check(vec![
        // Automated off-net, winter: 06:00-22:00.
        Case { name: "off-net 05:59 EST", order: off("2026-12-01T05:59:00-05:00"), options: w(), want: vec![out] },
        Case { name: "off-net 06:00 EST", order: off("2026-12-01T06:00:00-05:00"), options: w(), want: vec![support] },
        Case { name: "off-net 22:00 EST", order: off("2026-12-01T22:00:00-05:00"), options: w(), want: vec![support] },
        Case { name: "off-net 22:00:01 EST", order: off("2026-12-01T22:00:01-05:00"), options: w(), want: vec![out] },
        Case { name: "off-net 22:01 EST", order: off("2026-12-01T22:01:00-05:00"), options: w(), want: vec![out] },
        Case { name: "off-net 05:59 EST as UTC", order: off("2026-12-01T10:59:00Z"), options: w(), want: vec![out] },
        Case {
            name: "off-net 06:00 EST as UTC",
            order: off("2026-12-01T11:00:00Z"),
            options: w(),
            want: vec![support],
        },
        Case {
            name: "off-net 22:00 EST as UTC (next day in UTC)",
            order: off("2026-12-02T03:00:00Z"),
            options: w(),
            want: vec![support],
        },
        Case {
            name: "off-net 22:01 EST as UTC (next day in UTC)",
            order: off("2026-12-02T03:01:00Z"),
            options: w(),
            want: vec![out],
        },
        // Automated on-net, winter: 05:00-22:00.
        Case { name: "on-net 04:59 EST", order: on("2026-12-01T04:59:00-05:00"), options: w(), want: vec![out] },
        Case { name: "on-net 05:00 EST", order: on("2026-12-01T05:00:00-05:00"), options: w(), want: vec![support] },
        Case { name: "on-net 04:59 EST as UTC", order: on("2026-12-01T09:59:00Z"), options: w(), want: vec![out] },
        Case { name: "on-net 05:00 EST as UTC", order: on("2026-12-01T10:00:00Z"), options: w(), want: vec![support] },
        Case { name: "on-net 22:00 EST", order: on("2026-12-01T22:00:00-05:00"), options: w(), want: vec![support] },
        Case { name: "on-net 22:01 EST", order: on("2026-12-01T22:01:00-05:00"), options: w(), want: vec![out] },
        Case {
            name: "wireless 04:59 EST",
            order: port_in("2026-12-01T04:59:00-05:00", "AUTOMATED_ON_NET_WIRELESS"),
            options: w(),
            want: vec![out],
        },
        Case {
            name: "internal 05:00 EST",
            order: triggered(port_in("2026-12-01T05:00:00-05:00", "INTERNAL")),
            options: w(),
            want: vec![support],
        },
        Case {
            name: "internal 04:59 EST",
            order: triggered(port_in("2026-12-01T04:59:00-05:00", "INTERNAL")),
            options: w(),
            want: vec![out],
        },
        // The same in summer time.
        Case { name: "off-net 05:59 EDT", order: off("2027-06-10T05:59:00-04:00"), options: s(), want: vec![out] },
        Case { name: "off-net 06:00 EDT", order: off("2027-06-10T06:00:00-04:00"), options: s(), want: vec![support] },
        Case { name: "off-net 05:59 EDT as UTC", order: off("2027-06-10T09:59:00Z"), options: s(), want: vec![out] },
        Case {
            name: "off-net 06:00 EDT as UTC (05:00 were it EST)",
            order: off("2027-06-10T10:00:00Z"),
            options: s(),
            want: vec![support],
        },
        Case {
            name: "off-net 22:00 EDT as UTC",
            order: off("2027-06-11T02:00:00Z"),
            options: s(),
            want: vec![support],
        },
        Case { name: "off-net 22:01 EDT as UTC", order: off("2027-06-11T02:01:00Z"), options: s(), want: vec![out] },
        Case { name: "on-net 04:59 EDT as UTC", order: on("2027-06-10T08:59:00Z"), options: s(), want: vec![out] },
        Case { name: "on-net 05:00 EDT as UTC", order: on("2027-06-10T09:00:00Z"), options: s(), want: vec![support] },
        Case { name: "on-net 22:00 EDT", order: on("2027-06-10T22:00:00-04:00"), options: s(), want: vec![support] },
        Case { name: "on-net 22:01 EDT", order: on("2027-06-10T22:01:00-04:00"), options: s(), want: vec![out] },
        // Support hours 08:00-20:00, both ends.
        Case {
            name: "07:59 outside support hours",
            order: on("2026-12-01T07:59:00-05:00"),
            options: w(),
            want: vec![support],
        },
        Case { name: "08:00 inside support hours", order: on("2026-12-01T08:00:00-05:00"), options: w(), want: vec![] },
        Case { name: "20:00 inside support hours", order: on("2026-12-01T20:00:00-05:00"), options: w(), want: vec![] },
        Case {
            name: "20:01 outside support hours",
            order: on("2026-12-01T20:01:00-05:00"),
            options: w(),
            want: vec![support],
        },
        Case { name: "20:00 EDT as UTC", order: on("2027-06-11T00:00:00Z"), options: s(), want: vec![] },
        Case { name: "20:01 EDT as UTC", order: on("2027-06-11T00:01:00Z"), options: s(), want: vec![support] },
        // Manual ports: 11:30 whatever is asked.
        Case {
            name: "manual off-net at 03:00",
            order: port_in("2026-12-01T03:00:00-05:00", "MANUAL_OFF_NET"),
            options: w(),
            want: vec![(RFD, "time.manual_fixed")],
        },
        Case {
            name: "manual on-net date only",
            order: port_in("2026-12-01", "MANUAL_ON_NET"),
            options: w(),
            want: vec![DEFAULT_TIME],
        },
        // No port type: no window to check, support hours still apply.
        Case {
            name: "no port type at 03:00",
            order: port_in("2026-12-01T03:00:00-05:00", ""),
            options: w(),
            want: vec![support],
        },
    ]);
}

/// R-TIME-TRIGGERED: automated wireline and internal ports use a time other than 11:30 only with
/// `triggered: true`; without it 11:30 applies (a warning, and no window check). 11:30 itself,
/// to the second, needs nothing. Wireless ports use the time and refuse `triggered: true`; manual
/// ports ignore both.
#[test]
fn triggered_activation() {
    let w = || today("2026-11-23");
    let not = (TRG, "time.not_triggered");
    let out = (RFD, "time.outside_window");
    let support = (RFD, "time.outside_support_hours");
    let wireless = (TRG, "time.triggered_wireless");
    let manual = (RFD, "time.manual_fixed");
    let pt = |d, p| port_in(d, p);
    let with_flag = |d, p, flag: bool| {
        let mut o = port_in(d, p);
        o["triggered"] = json!(flag);
        o
    };
    let mut cases = Vec::new();
    for p in ["AUTOMATED_ON_NET", "AUTOMATED_OFF_NET", "INTERNAL"] {
        let named = |c: Case| Case { name: Box::leak(format!("{p} {}", c.name).into_boxed_str()), ..c };
        cases.extend(
            [
                // The last times that need it, and the first that does not: 11:29:59, 11:30:00, 11:30:01.
                Case {
                    name: "11:29:59 untriggered",
                    order: pt("2026-12-01T11:29:59-05:00", p),
                    options: w(),
                    want: vec![not],
                },
                Case {
                    name: "11:30:00 untriggered",
                    order: pt("2026-12-01T11:30:00-05:00", p),
                    options: w(),
                    want: vec![],
                },
                Case { name: "11:30 as UTC", order: pt("2026-12-01T16:30:00Z", p), options: w(), want: vec![] },
                Case {
                    name: "11:30:01 untriggered",
                    order: pt("2026-12-01T11:30:01-05:00", p),
                    options: w(),
                    want: vec![not],
                },
                // Outside the window without `triggered`: 11:30 applies, so no window error.
                Case {
                    name: "03:00 untriggered",
                    order: pt("2026-12-01T03:00:00-05:00", p),
                    options: w(),
                    want: vec![not],
                },
                Case {
                    name: "03:00 triggered false",
                    order: with_flag("2026-12-01T03:00:00-05:00", p, false),
                    options: w(),
                    want: vec![not],
                },
                Case {
                    name: "03:00 triggered",
                    order: with_flag("2026-12-01T03:00:00-05:00", p, true),
                    options: w(),
                    want: vec![out],
                },
                Case {
                    name: "15:00 triggered",
                    order: with_flag("2026-12-01T15:00:00-05:00", p, true),
                    options: w(),
                    want: vec![],
                },
                Case {
                    name: "07:59 triggered",
                    order: with_flag("2026-12-01T07:59:00-05:00", p, true),
                    options: w(),
                    want: vec![support],
                },
                Case {
                    name: "date only untriggered",
                    order: pt("2026-12-01", p),
                    options: w(),
                    want: vec![DEFAULT_TIME],
                },
                Case {
                    name: "date only triggered",
                    order: with_flag("2026-12-01", p, true),
                    options: w(),
                    want: vec![DEFAULT_TIME],
                },
            ]
            .map(named),
        );
    }
    let wl = "AUTOMATED_ON_NET_WIRELESS";
    cases.extend([
        // Wireless: the time counts without `triggered`, which it refuses.
        Case { name: "wireless 15:00", order: pt("2026-12-01T15:00:00-05:00", wl), options: w(), want: vec![] },
        Case { name: "wireless 04:59", order: pt("2026-12-01T04:59:00-05:00", wl), options: w(), want: vec![out] },
        Case {
            name: "wireless 15:00 triggered",
            order: with_flag("2026-12-01T15:00:00-05:00", wl, true),
            options: w(),
            want: vec![wireless],
        },
        Case {
            name: "wireless triggered false",
            order: with_flag("2026-12-01T15:00:00-05:00", wl, false),
            options: w(),
            want: vec![],
        },
        Case {
            name: "wireless triggered, no date",
            order: with_flag("", wl, true),
            options: w(),
            want: vec![wireless],
        },
        // Manual: both ignored, said once.
        Case {
            name: "manual on-net triggered, date only",
            order: with_flag("2026-12-01", "MANUAL_ON_NET", true),
            options: w(),
            want: vec![manual],
        },
        Case {
            name: "manual toll-free triggered at 15:00",
            order: with_flag("2026-12-01T15:00:00-05:00", "MANUAL_TOLL_FREE", true),
            options: w(),
            want: vec![manual],
        },
        Case {
            name: "manual off-net triggered false, date only",
            order: with_flag("2026-12-01", "MANUAL_OFF_NET", false),
            options: w(),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "manual off-net triggered, no date",
            order: with_flag("", "MANUAL_OFF_NET", true),
            options: w(),
            want: vec![manual],
        },
        // No port type: whether the time counts cannot be told; support hours as before.
        Case { name: "no port type at 15:00", order: pt("2026-12-01T15:00:00-05:00", ""), options: w(), want: vec![] },
    ]);
    check(cases);
}

/// Eastern time decides the day: a UTC instant on a Saturday can be a Friday evening in New York,
/// and a Monday in UTC a Sunday evening.
#[test]
fn the_day_is_the_day_in_new_york() {
    let w = || today("2026-11-23");
    let on = |d| triggered(port_in(d, "AUTOMATED_ON_NET"));
    check(vec![
        Case {
            name: "Sat 02:30 UTC = Fri 21:30 ET",
            order: on("2026-12-05T02:30:00Z"),
            options: w(),
            want: vec![(RFD, "time.outside_support_hours")],
        },
        Case {
            name: "Sat 05:00 UTC = Sat 00:00 ET",
            order: on("2026-12-05T05:00:00Z"),
            options: w(),
            want: vec![(RFD, "time.outside_window"), (RFD, "date.not_business_day")],
        },
        Case {
            name: "Mon 03:00 UTC = Sun 22:00 ET",
            order: on("2026-12-07T03:00:00Z"),
            options: w(),
            want: vec![(RFD, "date.not_business_day"), (RFD, "time.outside_support_hours")],
        },
        Case {
            name: "Tue 04:30 UTC = Mon 23:30 ET: 4 business days, not 5",
            order: on("2026-12-01T04:30:00Z"),
            options: w(),
            want: vec![(RFD, "date.short_notice"), (RFD, "time.outside_window")],
        },
        // `now` is turned into today in Eastern time: 04:30 UTC on the 24th is still the 23rd.
        Case {
            name: "now 2026-11-24T04:30Z is Monday the 23rd",
            order: on("2026-11-27"),
            options: json!({ "now": "2026-11-24T04:30:00Z" }),
            want: vec![(RFD, "date.short_notice"), DEFAULT_TIME],
        },
        Case {
            name: "now 2026-11-24T05:00Z is Tuesday the 24th",
            order: on("2026-11-27"),
            options: json!({ "now": "2026-11-24T05:00:00Z" }),
            want: vec![(RFD, "date.too_soon"), DEFAULT_TIME],
        },
        Case {
            name: "today wins over now",
            order: on("2026-11-27"),
            options: json!({ "today": "2026-11-23", "now": "2026-11-25T12:00:00Z" }),
            want: vec![(RFD, "date.short_notice"), DEFAULT_TIME],
        },
    ]);
}

#[test]
fn formats_and_missing_clock() {
    let w = || today("2026-11-23");
    let on = |d| port_in(d, "AUTOMATED_ON_NET");
    check(vec![
        Case { name: "US style", order: on("12/01/2026"), options: w(), want: vec![(RFD, "date.format")] },
        Case { name: "no offset", order: on("2026-12-01T15:00:00"), options: w(), want: vec![(RFD, "date.no_offset")] },
        Case { name: "no such day", order: on("2026-02-30"), options: w(), want: vec![(RFD, "date.no_such_day")] },
        Case {
            name: "no such time",
            order: on("2026-12-01T24:00:00Z"),
            options: w(),
            want: vec![(RFD, "time.invalid")],
        },
        Case { name: "blank is no date", order: on("  "), options: w(), want: vec![] },
        Case {
            name: "no date at all",
            order: json!({ "listOfPhoneNumbers": ["919-200-0000"], "billingTelephoneNumber": "919-200-0000" }),
            options: w(),
            want: vec![],
        },
        // Read as 15:00 Eastern: not 11:30, so without `triggered` it is ignored.
        Case {
            name: "spaces and RFC 3339 space",
            order: on(" 2026-12-01 15:00:00-05:00 "),
            options: w(),
            want: vec![(TRG, "time.not_triggered")],
        },
        // A native caller without a clock: the checks that need today are skipped, and said so.
        Case {
            name: "no today natively",
            order: on("2026-11-28"),
            options: json!({}),
            want: vec![(RFD, "date.today_unknown"), (RFD, "date.not_business_day"), DEFAULT_TIME],
        },
        Case {
            name: "bad today",
            order: on("2026-11-24"),
            options: json!({ "today": "23/11/2026" }),
            want: vec![("", "options.invalid"), (RFD, "date.today_unknown"), DEFAULT_TIME],
        },
        Case {
            name: "bad now",
            order: on("2026-11-24"),
            options: json!({ "now": "now" }),
            want: vec![("", "options.invalid"), (RFD, "date.today_unknown"), DEFAULT_TIME],
        },
        // Finished orders (R-STATUS-TERMINAL): nothing on them can be fixed, so no date rule
        // runs, not even the format's.
        Case {
            name: "complete port-in, past date",
            order: json!({ "status": "COMPLETE", "requestedFocDate": "2026-01-05", "listOfPhoneNumbers": ["919-200-0000"], "billingTelephoneNumber": "919-200-0000" }),
            options: w(),
            want: vec![],
        },
        Case {
            name: "cancelled port-in, a date that cannot be read",
            order: json!({ "status": "Cancelled", "requestedFocDate": "01/05/2026", "listOfPhoneNumbers": ["919-200-0000"], "billingTelephoneNumber": "919-200-0000" }),
            options: w(),
            want: vec![],
        },
    ]);
}

/// A port-in with FOC: its requested date is the confirmed one, timed again only when an edit
/// reschedules it (issue 20: a supplement that changes the LOA person the day before the FOC is
/// not refused for the FOC's own date). Monday 2026-11-30 is 1 business day after Sunday the 29th.
#[test]
fn a_confirmed_foc_date_is_timed_only_when_rescheduled() {
    let foc = |date: &str| {
        let mut o = port_in(date, "AUTOMATED_ON_NET");
        o["status"] = json!("FOC");
        o
    };
    let saved = foc("2026-11-30");
    let mut new_id = saved.clone();
    new_id["customerOrderId"] = json!("X-2");
    check(vec![
        Case {
            name: "FOC tomorrow, no edit",
            order: foc("2026-11-30"),
            options: today("2026-11-29"),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "FOC tomorrow, another field edited",
            order: new_id,
            options: json!({ "today": "2026-11-26", "original": saved.clone() }),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "FOC rescheduled to 2 business days away",
            order: foc("2026-12-01"),
            options: json!({ "today": "2026-11-27", "original": saved.clone() }),
            want: vec![(RFD, "date.too_soon"), DEFAULT_TIME],
        },
        Case {
            name: "FOC in the past, no edit: the order's own business",
            order: foc("2026-11-30"),
            options: today("2026-12-02"),
            want: vec![DEFAULT_TIME],
        },
        Case {
            name: "without FOC the same date is timed",
            order: port_in("2026-11-30", "AUTOMATED_ON_NET"),
            options: today("2026-11-29"),
            want: vec![(RFD, "date.too_soon"), DEFAULT_TIME],
        },
    ]);
}

/// LSRs: the date alone, a business day, not past; FOC valid for 10 business days, the FOC date
/// being day 1. FOC Mon 2026-11-16: day 7 is Tue 24, day 8 Wed 25, [Thu 26 Thanksgiving], day 9
/// Fri 27, day 10 Mon 30.
#[test]
fn lsr_dates_and_foc_validity() {
    let foc = |status: &str| {
        lsr(json!({ "status": status, "requestedFocDate": "2026-11-16", "actualFocDate": "2026-11-16" }))
    };
    let early = [(AFD, "foc.no_early_activation"), (AFD, "foc.build_subscriptions")];
    let with_early = |first: (&'static str, &'static str)| vec![first, early[0], early[1]];
    check(vec![
        Case {
            name: "the day before FOC",
            order: foc("FOC"),
            options: today("2026-11-13"),
            want: with_early((AFD, "foc.valid_until")),
        },
        Case {
            name: "day 1",
            order: foc("FOC"),
            options: today("2026-11-16"),
            want: with_early((AFD, "foc.valid_until")),
        },
        Case { name: "day 7", order: foc("FOC"), options: today("2026-11-24"), want: vec![(AFD, "foc.valid_until")] },
        Case { name: "day 8", order: foc("FOC"), options: today("2026-11-25"), want: vec![(AFD, "foc.valid_until")] },
        Case {
            name: "Thanksgiving: 2 business days left",
            order: foc("FOC"),
            options: today("2026-11-26"),
            want: vec![(AFD, "foc.expiring")],
        },
        Case { name: "day 9", order: foc("FOC"), options: today("2026-11-27"), want: vec![(AFD, "foc.expiring")] },
        Case {
            name: "Saturday before day 10",
            order: foc("FOC"),
            options: today("2026-11-28"),
            want: vec![(AFD, "foc.expiring")],
        },
        Case { name: "day 10", order: foc("FOC"), options: today("2026-11-30"), want: vec![(AFD, "foc.expiring")] },
        Case { name: "day 11", order: foc("FOC"), options: today("2026-12-01"), want: vec![(AFD, "foc.expired")] },
        Case {
            name: "extra holiday moves day 10",
            order: foc("FOC"),
            options: json!({ "today": "2026-12-01", "extraHolidays": ["2026-11-27"] }),
            want: vec![(AFD, "foc.expiring")],
        },
        Case {
            name: "no today: the last day is still said",
            order: foc("FOC"),
            options: json!({}),
            want: with_early((AFD, "foc.valid_until")),
        },
        Case { name: "complete: nothing", order: foc("COMPLETE"), options: today("2026-12-01"), want: vec![] },
        Case { name: "failed: nothing", order: foc("FAILED"), options: today("2026-12-01"), want: vec![] },
        Case {
            name: "bad FOC date",
            order: lsr(json!({ "status": "FOC", "actualFocDate": "11/16/2026" })),
            options: today("2026-11-20"),
            want: vec![(AFD, "date.format")],
        },
        Case {
            name: "FOC status, no FOC date: the requested date",
            order: lsr(json!({ "status": "FOC", "requestedFocDate": "2026-11-30" })),
            options: today("2026-11-20"),
            want: vec![(RFD, "foc.no_early_activation"), (RFD, "foc.build_subscriptions")],
        },
        // Before FOC: the requested date rules that apply to LSRs.
        Case {
            name: "LSR date only",
            order: lsr(json!({ "status": "PENDING", "requestedFocDate": "2026-11-24" })),
            options: today("2026-11-23"),
            want: vec![],
        },
        Case {
            name: "LSR with a time",
            order: lsr(json!({ "requestedFocDate": "2026-11-24T15:00:00Z" })),
            options: today("2026-11-23"),
            want: vec![(RFD, "date.format")],
        },
        Case {
            name: "LSR with a time and no offset",
            order: lsr(json!({ "requestedFocDate": "2026-11-24T15:00" })),
            options: today("2026-11-23"),
            want: vec![(RFD, "date.format")],
        },
        Case {
            name: "LSR on a holiday",
            order: lsr(json!({ "requestedFocDate": "2026-11-26" })),
            options: today("2026-11-23"),
            want: vec![(RFD, "date.not_business_day")],
        },
        Case {
            name: "LSR in the past",
            order: lsr(json!({ "requestedFocDate": "2026-11-20" })),
            options: today("2026-11-23"),
            want: vec![(RFD, "date.past")],
        },
        Case {
            name: "LSR far ahead: no horizon",
            order: lsr(json!({ "requestedFocDate": "2027-03-01" })),
            options: today("2026-11-23"),
            want: vec![],
        },
    ]);
}

/// The words people read: the fix, in their terms.
#[test]
fn messages_say_the_fix() {
    let msg = |order: J, options: J, code: &str| -> String {
        let report = validate(order, options);
        report
            .issues
            .iter()
            .find(|i| i.code == code)
            .unwrap_or_else(|| panic!("{code}: {:?}", report.issues))
            .message
            .to_string()
    };
    let t = || today("2026-11-23");
    let on = |d| port_in(d, "AUTOMATED_ON_NET");
    let foc = || lsr(json!({ "status": "FOC", "actualFocDate": "2026-11-16" }));
    let cases = [
        (msg(on("2026-11-25"), t(), "date.too_soon"), "Requested FOC date 2026-11-25 is only 2 business days away, too soon for the losing carrier (the order would likely stay in exception): pick 2026-11-27 or later; 2026-12-01 or later is recommended."),
        (msg(on("2026-11-23"), t(), "date.too_soon"), "Requested FOC date 2026-11-23 is today, too soon for the losing carrier (the order would likely stay in exception): pick 2026-11-27 or later; 2026-12-01 or later is recommended."),
        (msg(on("2026-11-24"), t(), "date.too_soon"), "Requested FOC date 2026-11-24 is only 1 business day away, too soon for the losing carrier (the order would likely stay in exception): pick 2026-11-27 or later; 2026-12-01 or later is recommended."),
        (msg(on("2026-11-20"), t(), "date.past"), "Requested FOC date 2026-11-20 is in the past (today is 2026-11-23 in US Eastern time): pick 2026-11-27 or later; 2026-12-01 or later is recommended."),
        (msg(on("2026-11-30"), t(), "date.short_notice"), "Requested FOC date 2026-11-30 is only 4 business days away, which risks a rejection: 2026-12-01 or later is recommended."),
        (msg(on("2026-11-26"), t(), "date.not_business_day"), "Requested FOC date 2026-11-26 is Thanksgiving Day, a federal holiday: pick a business day such as Friday 2026-11-27."),
        (msg(on("2026-12-05"), t(), "date.not_business_day"), "Requested FOC date 2026-12-05 is a Saturday: pick a business day such as Monday 2026-12-07."),
        (msg(on("2026-11-28"), today("2026-11-25"), "date.not_business_day"), "Requested FOC date 2026-11-28 is a Saturday: pick a business day such as Tuesday 2026-12-01."),
        (msg(on("2026-12-01"), json!({ "today": "2026-11-23", "extraHolidays": ["2026-12-01"] }), "date.not_business_day"), "Requested FOC date 2026-12-01 is a holiday in the list of extra holidays: pick a business day such as Wednesday 2026-12-02."),
        (msg(on("2026-12-07T03:00:00Z"), t(), "date.not_business_day"), "Requested FOC date 2026-12-06 (in US Eastern time) is a Sunday: pick a business day such as Monday 2026-12-07."),
        (msg(on("2026-12-24"), t(), "date.too_far"), "Requested FOC date 2026-12-24 is 31 days ahead, more than the 30 allowed: pick 2026-12-23 or earlier."),
        (msg(on("2027-01-25"), today("2026-11-26"), "date.too_far"), "Requested FOC date 2027-01-25 is 60 days ahead, more than the 30 allowed: pick 2026-12-24 or earlier."),
        (msg(triggered(port_in("2026-12-01T10:59:00Z", "AUTOMATED_OFF_NET")), t(), "time.outside_window"), "The requested activation time is 05:59 Eastern time, outside the window for automated off-net ports: pick a time from 06:00 to 22:00 Eastern time."),
        (msg(on("2026-12-01T15:00:00-05:00"), t(), "time.not_triggered"), "The requested time 15:00 Eastern is used only with triggered activation (triggered: true); without it the numbers activate at 11:30 Eastern time. Turn on triggered activation, or leave the time out."),
        (msg(triggered(port_in("2026-12-01T15:00:00-05:00", "AUTOMATED_ON_NET_WIRELESS")), t(), "time.triggered_wireless"), "Wireless ports activate at their requested time and do not offer on-demand (triggered) activation: leave triggered activation off."),
        (msg(triggered(port_in("2026-12-01T15:00:00-05:00", "MANUAL_OFF_NET")), t(), "time.manual_fixed"), "Manual ports (MANUAL_OFF_NET) activate at 11:30 Eastern time whatever time is requested, so 15:00 and triggered activation will not be used."),
        (msg(triggered(port_in("2026-12-01", "MANUAL_TOLL_FREE")), t(), "time.manual_fixed"), "Manual ports (MANUAL_TOLL_FREE) activate at 11:30 Eastern time whatever time is requested, so triggered activation will not be used."),
        (msg(on("12/01/2026"), t(), "date.format"), "Requested FOC date \u{201c}12/01/2026\u{201d} is not in a format that can be read: write it as YYYY-MM-DD (2026-12-01), or as a date and time with its offset from UTC (2026-12-01T15:00:00-05:00)."),
        (msg(on("2026-12-01T15:00"), t(), "date.no_offset"), "Requested FOC date \u{201c}2026-12-01T15:00\u{201d} has a time but no offset from UTC, so the moment is ambiguous: add one, as in 2026-12-01T15:00:00-05:00 (Eastern standard time), or Z for UTC."),
        (msg(foc(), today("2026-11-24"), "foc.valid_until"), "The FOC of 2026-11-16 is valid through 2026-11-30, its 10th business day: activate by then, or the LSR fails."),
        (msg(foc(), today("2026-11-27"), "foc.expiring"), "The FOC of 2026-11-16 is valid through 2026-11-30 and only 2 business days are left, today included: activate by then, or the LSR fails and a new order is needed."),
        (msg(foc(), today("2026-11-30"), "foc.expiring"), "The FOC of 2026-11-16 is valid through 2026-11-30 and today is its last business day: activate by then, or the LSR fails and a new order is needed."),
        (msg(foc(), today("2026-12-01"), "foc.expired"), "The FOC of 2026-11-16 expired after 2026-11-30, its 10th business day, so the LSR fails: submit a new order."),
        (msg(foc(), today("2026-11-12"), "foc.no_early_activation"), "There is no early concurrence: to activate before 2026-11-16, supp the LSR with an earlier requested date."),
        (msg(foc(), today("2026-11-16"), "foc.build_subscriptions"), "Build the subscriptions before 2026-11-16 and at least 6 hours before activating: auto-concurrence happens 6 hours after they are built."),
        (msg(on("2026-11-28"), json!({}), "date.today_unknown"), "Today's date was not given, so the requested date was not checked against it; pass the option today (YYYY-MM-DD, Eastern time) or now."),
    ];
    let wrong: Vec<_> = cases.iter().filter(|(got, want)| got != want).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The 10th business day of a FOC, the FOC date being day 1 (`focExpiry`).
#[test]
fn foc_expiry_is_the_10th_business_day() {
    use portin_validator::foc_expiry;
    use portin_validator::Value;
    let none = Value::Missing;
    let cases = [
        // Mon Nov 2 (1) .. Tue 10 (7), [Wed 11 Veterans Day], Thu 12 (8), Fri 13 (9), Mon 16 (10).
        ("2026-11-02", none.clone(), "2026-11-16"),
        ("2026-11-16", none.clone(), "2026-11-30"),
        // Day 1 of a FOC on a Saturday is the Monday after.
        ("2026-11-14", none.clone(), "2026-11-30"),
        // Across Christmas: Thu 17 (1) .. Thu 24 (6), [Fri 25], Mon 28 (7) .. Thu 31 (10).
        ("2026-12-17", none.clone(), "2026-12-31"),
        ("2026-12-18", none.clone(), "2027-01-04"),
        ("2026-11-16T15:00:00Z", none.clone(), "2026-11-30"),
        ("2026-11-16", common::v(json!({ "extraHolidays": ["2026-11-27"] })), "2026-12-01"),
        ("16 Nov 2026", none.clone(), ""),
    ];
    for (foc, opts, want) in cases {
        assert_eq!(foc_expiry(&Value::text(foc), &opts), want, "{foc} {opts:?}");
    }
}
