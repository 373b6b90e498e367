//! The TN list: every entry valid (R-TN-PARSE, R-TN-NANP), no repeats (R-TN-DUPLICATE), a count
//! the port type allows (R-TN-COUNT), toll-free numbers only where they belong (R-TN-TOLLFREE),
//! and Canadian numbers on manual off-net port-ins of their own (R-TN-COUNTRY).

use super::field::{add, make, required};
use super::{Cx, Facts};
use crate::code::Code;
use std::sync::Arc;

use crate::issue::{Hole, Issue, Message, Path, Severity, Template};
use crate::limits::MAX_LIST_ENTRIES;
use crate::numbering::check::{dated_message, PlanError};
use crate::numbering::{province_of, region_name};
use crate::options::Options;
use crate::order::Field;
use crate::order_type::{OrderKind, PortType};
use crate::text::msg;
use crate::text::{quote, quoted_part, QUOTE_CLOSE, QUOTE_CUT, QUOTE_OPEN};
use crate::tn::{Tn, TnError};
use crate::tn_list::{EntryError, Invalid};

fn list_path() -> Path {
    Field::Tns.path()
}

/// The list-wide rules; the entries' own issues ([`entries`]) are worked out with the list, once
/// per list (`crate::live::ListMemo` keeps them between keystrokes), and go before these.
pub fn check_rest(cx: &Cx, out: &mut Vec<Issue>) {
    let (facts, opts) = (cx.facts, cx.options);
    count(facts, opts, out);
    toll_free(facts, out);
    canada(facts, out);
}

/// An issue for a TN field that does not hold a valid number (also used for the BTN fields).
pub fn tn_issue(path: Path, prefix: &str, typed: &str, error: EntryError) -> Issue {
    let (quoted, rest, params) = error.after_quote();
    let message = if quoted { msg![prefix, quote(typed.trim()), rest] } else { msg![prefix, rest] };
    Issue::error(path, error.code(), message).with_params(params)
}

/// Issues for the entries: each invalid one, each accepted without a day to check its area
/// code on, each repeat, and a list too long to read whole.
pub fn entries(facts: &Facts, out: &mut Vec<Issue>) {
    let mut messages = EntryMessages::new(facts);
    out.extend(facts.tns.invalid.iter().map(|bad| messages.invalid(bad)));
    out.extend(dated_issues(facts));
    messages.repeats(out);
    out.extend(truncated_issue(facts));
}

/// The issues of a list's entries, their messages as [`Template`]s built once per kind of
/// problem: what a message says of an entry depends on its kind (the error, and whether its
/// quote is shortened), and only its line and text fill holes. 60,000 bad entries of a pasted
/// spreadsheet make a handful of templates, and no text per entry. The words are those of
/// [`tn_issue`] (`Line N: ` and [`EntryError::message`]), which the tests compare. The line is
/// the hole named `line`, so it is also the issue's param; what the rest states (an area code)
/// is the template's own.
pub struct EntryMessages<'a> {
    facts: &'a Facts,
    /// Each kind's template, and whether it quotes the entry: the first [`KINDS`] kinds (a list
    /// has a handful; past that, as in a list made to have thousands, each entry builds its own).
    made: Vec<(Kind, Arc<Template>, bool)>,
    /// The last kind asked for: a pasted list often has runs of the same problem.
    last: Option<(Kind, Arc<Template>, bool)>,
}

/// How many kinds of invalid entry [`EntryMessages`] keeps the template of.
const KINDS: usize = 64;

/// What a message of an invalid entry depends on besides its line and text: the error (without
/// the number, for an area code's error) and whether the quote is shortened.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Kind {
    error: Result<TnError, PlanError>,
    cut: bool,
}

impl<'a> EntryMessages<'a> {
    pub fn new(facts: &'a Facts) -> Self {
        EntryMessages { facts, made: Vec::new(), last: None }
    }

    /// The issue for an entry that is not a valid TN, at its position, naming its line.
    pub fn invalid(&mut self, bad: &Invalid) -> Issue {
        let (shown, cut) = quoted_part(bad.text.as_str());
        let (template, quoted) = self.template(bad.error, cut);
        let text = if quoted { Hole::Text(bad.text.prefix(shown.len())) } else { Hole::None };
        let message = Message::filled(template, [Hole::Number(bad.line), text, Hole::None]);
        Issue::with_message(Severity::Error, Field::Tns.at(bad.index), bad.error.code(), message)
    }

    /// The template of `error`'s message, and whether it quotes the entry.
    fn template(&mut self, error: EntryError, cut: bool) -> (Arc<Template>, bool) {
        let kind = Kind {
            error: match error {
                EntryError::Syntax(e) => Ok(e),
                EntryError::Plan(_, e) => Err(e),
            },
            cut,
        };
        if let Some((k, t, quoted)) = &self.last {
            if *k == kind {
                return (t.clone(), *quoted);
            }
        }
        let (template, quoted) = match self.made.iter().find(|(k, ..)| *k == kind) {
            Some((_, t, quoted)) => (t.clone(), *quoted),
            None => {
                let (t, quoted) = self::template(self.facts, error, cut);
                if self.made.len() < KINDS {
                    self.made.push((kind, t.clone(), quoted));
                }
                (t, quoted)
            }
        };
        self.last = Some((kind, template.clone(), quoted));
        (template, quoted)
    }

    /// R-TN-DUPLICATE: an issue for each repeat, naming the line of the first.
    fn repeats(&mut self, out: &mut Vec<Issue>) {
        let facts = self.facts;
        let Some(_) = facts.tns.duplicates.first() else { return };
        let place = facts.place_word();
        let first = if facts.from_text { " is already on line " } else { " is already on item " };
        let template = Template::new(
            vec![String::from(place), String::from(": "), String::from(first), String::from("; remove the repeat.")],
            &["line", "tn", "firstLine"],
        );
        for dup in &facts.tns.duplicates {
            let Some(&(_, first_line)) = dup.at.first() else { continue };
            for &(index, line) in dup.at.iter().skip(1) {
                let holes = [Hole::Number(line), Hole::Tn(dup.tn), Hole::Number(first_line)];
                let message = Message::filled(template.clone(), holes);
                out.push(Issue::with_message(Severity::Error, Field::Tns.at(index), Code::TnDuplicate, message));
            }
        }
    }
}

/// The template of an invalid entry's message (`Line `, the line, `: `, the quoted text, what
/// is wrong), and whether it quotes the entry. Its holes: `line`, and the text (not a param).
fn template(facts: &Facts, error: EntryError, cut: bool) -> (Arc<Template>, bool) {
    let place = String::from(facts.place_word());
    let (quoted, rest, params) = error.after_quote();
    let parts = if quoted {
        vec![place, msg![": ", QUOTE_OPEN], msg![if cut { QUOTE_CUT } else { "" }, QUOTE_CLOSE, rest]]
    } else {
        vec![place, msg![": ", rest]]
    };
    (Template::with_params(parts, &["line", ""], params), quoted)
}

/// R-TN-AREA-CODE's warnings: TNs whose area code enters service on a date after the data's,
/// accepted because no today was given to decide (natively, without a clock).
pub fn dated_issues(facts: &Facts) -> impl Iterator<Item = Issue> + '_ {
    facts.tns.dated.iter().map(|d| {
        let (message, params) = dated_message(&d.tn.formatted(), d.tn.npa(), d.since);
        Issue::warning(Field::Tns.at(d.index), Code::TnAreaCodeNotYet, msg![facts.place(d.line), ": ", message])
            .param("line", d.line)
            .with_params(params)
    })
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
        .param("limit", MAX_LIST_ENTRIES)
    })
}

fn count(facts: &Facts, opts: &Options, out: &mut Vec<Issue>) {
    let n = facts.tns.tns.len() as u32;
    let summary = facts.summary();
    let too_many = |message: String, limit: u32| {
        Issue::error(list_path(), Code::TnTooMany, message).param("limit", limit).param("actual", n)
    };
    if summary.count == 0 {
        required(out, facts, Field::Tns, Code::TnNone, msg!["Add at least one number to port."]);
        return;
    }
    if opts.one_tn_per_order && n > 1 {
        out.push(
            Issue::error(
                list_path(),
                Code::TnOnePerOrder,
                msg![
                    "This carrier takes one number per request, and the order has ",
                    n,
                    "; submit each number on its own order with its own PON."
                ],
            )
            .param("actual", n),
        );
    }
    let (on_net, order_max, off_net) = (opts.on_net_max_tns, opts.order_max_tns, opts.off_net_automated_max_tns);
    match facts.kind {
        OrderKind::Lsr if n > on_net => out.push(too_many(msg![
            "This LSR has ", n, " numbers; at most ", on_net,
            " fit in one request. For more, email the porting team with the subject \u{201c}Project Port Out\u{201d}."
        ], on_net)),
        OrderKind::Lsr => {}
        OrderKind::PortIn if n > order_max => out.push(too_many(msg![
            "This order has ", n, " numbers; at most ", order_max,
            " fit in one port-in order. Split it into several orders, or ask the porting team for a project port."
        ], order_max)),
        OrderKind::PortIn => match facts.port_type {
            Some(p) if p.is_automated_on_net() && n > on_net => out.push(too_many(msg![
                "This order has ", n, " numbers; an automated on-net port-in takes at most ", on_net,
                ". Submit it as a project port, or split it into orders of ", on_net, " or fewer."
            ], on_net)),
            Some(PortType::AutomatedOffNet) if n > off_net => out.push(
                Issue::info(
                    list_path(),
                    Code::TnProjectPort,
                    msg![
                        "With ", n, " numbers (more than ", off_net,
                        ") this off-net order becomes a project port automatically; nothing to do, but porting takes longer."
                    ],
                )
                .param("limit", off_net)
                .param("actual", n),
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

/// R-TN-COUNTRY: Canadian numbers port in through the provider's Canadian partner, as
/// `MANUAL_OFF_NET` port-ins (no automated port type covers Canada), and one port-in has one
/// port type and one losing carrier, so they never share it with US numbers. Decision: an LSR
/// with Canadian numbers gets none of this (the rule is about port-ins); toll-free numbers among
/// them are R-TN-TOLLFREE's to report.
fn canada(facts: &Facts, out: &mut Vec<Issue>) {
    let list = &facts.tns;
    if list.canadian == 0 || facts.kind != OrderKind::PortIn {
        return;
    }
    let mut provinces: Vec<&str> = Vec::new();
    for province in list.tns.iter().filter_map(|tn| province_of(tn.npa())).filter_map(region_name) {
        if !provinces.contains(&province) {
            provinces.push(province);
        }
    }
    if list.tns.len() > (list.toll_free + list.canadian) as usize {
        let canadian = list.canadian;
        let message = msg![
            "Canadian and US numbers cannot share a port-in: move the ",
            canadian,
            " Canadian numbers to a MANUAL_OFF_NET order of their own."
        ];
        out.push(make(Severity::Error, Field::Tns, Code::TnMixedCountry, message).param("count", canadian));
    } else if list.toll_free == 0 && facts.port_type.is_some_and(|p| p != PortType::ManualOffNet) {
        let message = msg!["Canadian numbers port in only as MANUAL_OFF_NET; change the port type."];
        add(out, Severity::Error, Field::PortType, Code::TnCanadaPortType, message);
    }
    let message = msg![
        "Canadian numbers (",
        crate::text::join_and(&provinces),
        ") port in as MANUAL_OFF_NET, through the provider's Canadian partner."
    ];
    add(out, Severity::Info, Field::Tns, Code::TnCanada, message);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbering::check::AreaRules;
    use crate::order::{Order, TnInput};

    /// Lists of every kind: valid, fictitious, junk, repeats, mixed, non-ASCII, long entries,
    /// entries with no digit, area codes that fail (R-TN-COUNTRY, R-TN-AREA-CODE).
    const LISTS: &[&str] = &[
        "9192460142\n(919) 246-0143\n+1 919 246 0144",
        "212-555-0100\n212-555-0199\n919-411-0142\n919-555-1212\n019-246-0142\n919-046-0142\n500-246-0142",
        "word1\nword2, word3;hello world\tx",
        "9192460142\n9192460142\n919.246.0142\n+19192460142\n9192460143\n9192460143",
        "9192460142\nfoo\n919-246-014\n2125550123\n9192460142\n416-246-0142\n237-246-0142\n876-246-0142\n532-246-0142\n565-246-0142",
        "９１９５５５０１４２\n919\u{a0}246\u{2013}0142\nCafé 9192460142\n\u{1f4de} 919 246 0145\n919\u{2016}246",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\néééééééééééééééééééééééééééééééééééééééééé\n1234567890123456789012345678901234567890123456",
        "+\n+44 20 7946 0958\n1\n--\n()",
        "Customer 1, 100 Main St, Raleigh, (212) 246-0142, active\nCustomer 2, 100 Main St, Raleigh, 212.246.0142, active",
    ];

    /// The facts of `list`, as text and as an array of its lines.
    fn facts_of(list: &str, text: bool) -> Facts {
        let input = if text {
            TnInput::Text(list.to_owned())
        } else {
            TnInput::Items(list.split('\n').map(|l| Some(l.to_owned())).collect())
        };
        let order = Order { list_of_phone_numbers: Some(input), ..Order::default() };
        let day = crate::date::parse_day("2026-11-23").ok();
        Facts::new(&order, AreaRules::new(day, &[]), &mut Vec::new())
    }

    /// The messages as they were built before templates: the whole sentence with `msg!`, per
    /// entry, and the params given one by one. The templates must give exactly these.
    fn reference(facts: &Facts) -> Vec<Issue> {
        let mut out: Vec<Issue> = facts
            .tns
            .invalid
            .iter()
            .map(|bad| {
                let mut issue =
                    tn_issue(Field::Tns.at(bad.index), &msg![facts.place(bad.line), ": "], &bad.text, bad.error);
                let stated = std::mem::take(&mut issue.given_params);
                issue.param("line", bad.line).with_params(stated)
            })
            .collect();
        for dup in &facts.tns.duplicates {
            let first_line = dup.at[0].1;
            for &(index, line) in dup.at.iter().skip(1) {
                let on = if facts.from_text { "line " } else { "item " };
                let message = msg![
                    facts.place(line),
                    ": ",
                    dup.tn.formatted(),
                    " is already on ",
                    on,
                    first_line,
                    "; remove the repeat."
                ];
                let issue = Issue::error(Field::Tns.at(index), Code::TnDuplicate, message);
                out.push(issue.param("line", line).param("tn", dup.tn.formatted()).param("firstLine", first_line));
            }
        }
        out
    }

    #[test]
    fn templates_give_the_messages_written_out() {
        for list in LISTS {
            for text in [true, false] {
                let facts = facts_of(list, text);
                let mut messages = EntryMessages::new(&facts);
                let mut got: Vec<Issue> = facts.tns.invalid.iter().map(|bad| messages.invalid(bad)).collect();
                messages.repeats(&mut got);
                let want = reference(&facts);
                assert_eq!(got.len(), want.len(), "{list:?}");
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!(g, w, "{list:?}");
                    // Through the template, and written out, the same words.
                    let (template, holes) = g.message.template().unwrap();
                    assert_eq!(template.fill(holes), w.message.as_str());
                    assert_eq!(String::from(g.message.clone()), w.message.as_str());
                }
            }
        }
    }

    /// The same on random lists (a fixed seed): every character class the parser treats apart,
    /// long and short entries.
    #[test]
    fn templates_agree_on_random_lists() {
        const ALPHABET: &[&str] = &[
            "0",
            "1",
            "2",
            "5",
            "5",
            "8",
            "9",
            "4",
            " ",
            "-",
            ".",
            "(",
            ")",
            "+",
            "x",
            "w",
            ",",
            "\t",
            "\n",
            "\u{a0}",
            "\u{2013}",
            "é",
            "\u{1f4de}",
            "212555010",
            "919411",
            "237246",
        ];
        let mut next = crate::test_rng::xorshift(0x9e37_79b9_7f4a_7c15_u64);
        for _ in 0..2_000 {
            let len = next(120);
            let list: String = (0..len).map(|_| ALPHABET[next(ALPHABET.len())]).collect();
            let facts = facts_of(&list, next(2) == 0);
            let mut messages = EntryMessages::new(&facts);
            let mut got: Vec<Issue> = facts.tns.invalid.iter().map(|bad| messages.invalid(bad)).collect();
            messages.repeats(&mut got);
            assert_eq!(got, reference(&facts), "{list:?}");
        }
    }

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
