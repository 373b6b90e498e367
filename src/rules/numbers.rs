//! The TN list: every entry valid (R-TN-PARSE, R-TN-NANP), no repeats (R-TN-DUPLICATE), a count
//! the port type allows (R-TN-COUNT), and toll-free numbers only where they belong
//! (R-TN-TOLLFREE).

use super::{Cx, Facts};
use crate::code::Code;
use crate::issue::{Issue, Path};
use crate::limits::MAX_LIST_ENTRIES;
use crate::msg;
use crate::numbering::check::dated_message;
use crate::options::Options;
use crate::order::Field;
use crate::order_type::{OrderKind, PortType};
use crate::tn::Tn;
use crate::tn_list::{EntryError, Invalid};

fn list_path() -> Path {
    Field::Tns.path()
}

/// The list-wide rules; the entries' own issues ([`entries`]) are worked out with the list, once
/// per list (`super::ListMemo`), and go before these.
pub fn check_rest(cx: &Cx, out: &mut Vec<Issue>) {
    let (facts, opts) = (cx.facts, cx.options);
    count(facts, opts, out);
    toll_free(facts, out);
}

/// An issue for a TN field that does not hold a valid number (also used for the BTN fields).
pub fn tn_issue(path: Path, prefix: &str, typed: &str, error: EntryError) -> Issue {
    Issue::error(path, error.code(), msg![prefix, error.message(typed)])
}

/// Issues for the entries: each invalid one, each accepted without a day to check its area
/// code on, each repeat, and a list too long to read whole.
pub fn entries(facts: &Facts, out: &mut Vec<Issue>) {
    out.extend(facts.tns.invalid.iter().map(|bad| invalid_issue(facts, bad)));
    out.extend(dated_issues(facts));
    repeats(facts, out);
    out.extend(truncated_issue(facts));
}

/// The issue for an entry that is not a valid TN, at its position, naming its line.
pub fn invalid_issue(facts: &Facts, bad: &Invalid) -> Issue {
    let prefix = msg![facts.place(bad.line), ": "];
    tn_issue(Field::Tns.at(bad.index), &prefix, &bad.text, bad.error)
}

/// R-TN-AREA-CODE's warnings: TNs whose area code enters service on a date after the data's,
/// accepted because no today was given to decide (natively, without a clock).
pub fn dated_issues(facts: &Facts) -> impl Iterator<Item = Issue> + '_ {
    facts.tns.dated.iter().map(|d| {
        Issue::warning(
            Field::Tns.at(d.index),
            Code::TnAreaCodeNotYet,
            msg![facts.place(d.line), ": ", dated_message(&d.tn.formatted(), d.tn.npa(), d.since)],
        )
    })
}

fn repeats(facts: &Facts, out: &mut Vec<Issue>) {
    for dup in &facts.tns.duplicates {
        let Some(&(_, first_line)) = dup.at.first() else { continue };
        for &(index, line) in dup.at.iter().skip(1) {
            out.push(Issue::error(
                Field::Tns.at(index),
                Code::TnDuplicate,
                msg![
                    facts.place(line),
                    ": ",
                    dup.tn.formatted(),
                    " is already on ",
                    if facts.from_text { "line " } else { "item " },
                    first_line,
                    "; remove the repeat."
                ],
            ));
        }
    }
}

/// The issue for a list cut off at [`MAX_LIST_ENTRIES`], if it was.
pub fn truncated_issue(facts: &Facts) -> Option<Issue> {
    facts.tns.truncated.then(|| {
        Issue::error(
            list_path(),
            Code::InputTooMany,
            msg![
                "The list has more than ",
                MAX_LIST_ENTRIES,
                " entries; only the first ",
                MAX_LIST_ENTRIES,
                " were checked. Split it into several orders."
            ],
        )
        .rule("R-TN-PARSE")
    })
}

fn count(facts: &Facts, opts: &Options, out: &mut Vec<Issue>) {
    let n = facts.tns.tns.len() as u32;
    let summary = facts.summary();
    let too_many = |message: String| Issue::error(list_path(), Code::TnTooMany, message);
    if summary.count == 0 {
        out.push(Issue::error(list_path(), Code::TnNone, msg!["Add at least one number to port."]));
        return;
    }
    if opts.one_tn_per_order && n > 1 {
        out.push(Issue::error(
            list_path(),
            Code::TnOnePerOrder,
            msg![
                "This carrier takes one number per request, and the order has ",
                n,
                "; submit each number on its own order with its own PON."
            ],
        ));
    }
    match facts.kind {
        OrderKind::Lsr if n > opts.on_net_max_tns => out.push(too_many(msg![
            "This LSR has ", n, " numbers; at most ", opts.on_net_max_tns,
            " fit in one request. For more, email the porting team with the subject \u{201c}Project Port Out\u{201d}."
        ])),
        OrderKind::Lsr => {}
        OrderKind::PortIn if n > opts.order_max_tns => out.push(too_many(msg![
            "This order has ", n, " numbers; at most ", opts.order_max_tns,
            " fit in one port-in order. Split it into several orders, or ask the porting team for a project port."
        ])),
        OrderKind::PortIn => match facts.port_type {
            Some(p) if p.is_automated_on_net() && n > opts.on_net_max_tns => out.push(too_many(msg![
                "This order has ", n, " numbers; an automated on-net port-in takes at most ", opts.on_net_max_tns,
                ". Submit it as a project port, or split it into orders of ", opts.on_net_max_tns, " or fewer."
            ])),
            Some(PortType::AutomatedOffNet) if n > opts.off_net_automated_max_tns => out.push(
                Issue::info(
                    list_path(),
                    Code::TnProjectPort,
                    msg![
                        "With ", n, " numbers (more than ", opts.off_net_automated_max_tns,
                        ") this off-net order becomes a project port automatically; nothing to do, but porting takes longer."
                    ],
                ),
            ),
            _ => {}
        },
    }
}

/// Names a few TNs for a message: "800-246-0142, 888-246-0142 and 3 more".
fn some_tns<'a>(tns: impl Iterator<Item = &'a Tn>) -> String {
    const SHOWN: usize = 3;
    let all: Vec<&Tn> = tns.collect();
    let mut items: Vec<String> = all.iter().take(SHOWN).map(|tn| tn.formatted()).collect();
    if all.len() > SHOWN {
        items.push(msg![all.len() - SHOWN, " more"]);
    }
    crate::text::join_and(&items.iter().map(String::as_str).collect::<Vec<_>>())
}

fn toll_free(facts: &Facts, out: &mut Vec<Issue>) {
    let list = &facts.tns;
    let toll_free = list.toll_free as usize;
    let geographic = list.tns.len() - toll_free;
    let issue = |path: Path, code, message| Issue::error(path, code, message);
    if toll_free == 0 {
        if facts.kind == OrderKind::PortIn && facts.port_type == Some(PortType::ManualTollFree) && geographic > 0 {
            out.push(issue(
                Field::PortType.path(),
                Code::TnPortTypeNotTollFree,
                msg!["Port type MANUAL_TOLL_FREE is only for toll-free numbers, and this order has none; choose the port type for ordinary numbers."],
            ));
        }
        return;
    }
    let named = some_tns(list.toll_free_tns());
    if facts.kind == OrderKind::Lsr {
        out.push(issue(
            list_path(),
            Code::TnTollFreeLsr,
            msg!["An LSR cannot contain toll-free numbers (", named, "); remove them from this request."],
        ));
    } else if geographic > 0 {
        out.push(issue(
            list_path(),
            Code::TnMixedTollFree,
            msg![
                "Toll-free and ordinary numbers cannot share an order: move ",
                named,
                " to a separate toll-free order."
            ],
        ));
    } else if facts.port_type.is_some_and(|p| p != PortType::ManualTollFree) {
        out.push(issue(
            Field::PortType.path(),
            Code::TnTollFreePortType,
            msg!["Toll-free numbers port only with port type MANUAL_TOLL_FREE; change the port type."],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn naming_a_few_tns() {
        let tns: Vec<Tn> = ["8002460142", "8882460142", "8772460142", "8662460142", "8552460142"]
            .iter()
            .map(|t| Tn::parse(t).unwrap())
            .collect();
        assert_eq!(some_tns(tns.iter().take(1)), "800-246-0142");
        assert_eq!(some_tns(tns.iter().take(2)), "800-246-0142 and 888-246-0142");
        assert_eq!(some_tns(tns.iter().take(3)), "800-246-0142, 888-246-0142 and 877-246-0142");
        assert_eq!(some_tns(tns.iter()), "800-246-0142, 888-246-0142, 877-246-0142 and 2 more");
    }
}
