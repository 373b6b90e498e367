//! The rules, one family per module, each a function of one signature ([`Rule`]) listed in
//! [`RULES`]. Each reads the order and the [`Facts`] derived from it once, and appends
//! [`Issue`]s; none of them reads a clock or knows about JS. What a form keeps between keystrokes
//! ([`crate::live`]) and the answers to single questions ([`crate::answers`]) sit on top.

mod account;
mod address;
mod btn;
pub mod dates;
pub mod edit;
pub mod editing;
mod facts;
pub mod field;
pub mod foc;
mod ids;
mod loa;
mod lsr;
pub mod near_foc;
pub mod numbers;
pub mod places;
mod provider;
mod requested;
mod subscriber;
pub mod supp;
mod time_window;
mod toll_free;

pub use facts::Facts;

use std::cell::OnceCell;

use crate::clock::Clock;
use crate::issue::{Issue, Report, TnSummary};
use crate::numbering::check::AreaRules;
use crate::options::Options;
use crate::order::{Field, Order};
use crate::order_type::{OrderKind, PortType};

/// What every rule reads: the order, the facts worked out once, the options; and the requested
/// date, read by the first rule that asks (so its format issue comes where that rule's would).
pub struct Cx<'a> {
    pub order: &'a Order,
    pub facts: &'a Facts,
    pub options: &'a Options,
    requested: OnceCell<Option<requested::Requested>>,
}

impl Cx<'_> {
    /// The requested date, read once; a date that cannot be read is reported on the first call.
    pub fn requested(&self, out: &mut Vec<Issue>) -> Option<&requested::Requested> {
        self.requested.get_or_init(|| requested::read(self.order, self.facts, out)).as_ref()
    }
}

/// A rule: reads the order through [`Cx`] and adds its issues.
pub type Rule = fn(&Cx, &mut Vec<Issue>);

/// Every rule, in the order their issues are reported.
pub const RULES: &[Rule] = &[
    numbers::check_rest,
    btn::check,
    dates::check,
    time_window::check,
    foc::check,
    subscriber::check,
    address::check,
    loa::check,
    lsr::check,
    account::check,
    ids::check,
    provider::check,
    toll_free::check,
    editing::check,
];

/// The names the rules accept for `field` when they are a closed set (an order kind, a status of
/// either kind, a port type, a subscriber type, a state code, a street direction, a billing type,
/// a TN attribute), canonical spellings only: what the order's JSON Schema lists as its `enum`.
/// Empty for a field that takes any text the rules then judge.
pub fn names_of(field: Field) -> Vec<&'static str> {
    let names: &[&str] = match field {
        Field::Kind => &OrderKind::NAMES,
        Field::Status => &crate::status::ALL_NAMES,
        Field::PortType => &PortType::NAMES,
        Field::SubscriberType => &subscriber::TYPE_NAMES,
        Field::StateCode => return crate::numbering::state_codes().collect(),
        Field::PreDirectional | Field::PostDirectional => &address::DIRECTIONALS,
        Field::BillingType => &provider::BILLING_TYPES,
        Field::TnAttributes => &provider::TN_ATTRIBUTES,
        _ => &[],
    };
    names.to_vec()
}

/// Every rule over one order: the order's facts (the header's issues first, then the clock's),
/// the TN list's entries, then [`RULES`]. A supplement (`options.supp`) is a change to
/// `options.original`, checked as [`supp::validate`] says.
pub fn validate(order: &Order, options: &Options) -> Report {
    if options.supp {
        return supp::validate(order, options);
    }
    check(order, options, false)
}

/// [`validate`] for a whole order, or (`partial`) a supplement body on its own, of which nothing
/// is required: what it leaves out is unknown, not missing.
fn check(order: &Order, options: &Options, partial: bool) -> Report {
    let mut issues = Vec::new();
    let (clock, mut clock_issues) = clock_of(options);
    let area = AreaRules::new(clock.today, &options.extra_area_codes);
    let mut facts = Facts::new(order, area, &mut issues);
    issues.append(&mut clock_issues);
    facts.clock = clock;
    facts.partial = partial;
    if !facts.terminal {
        numbers::entries(&facts, &mut issues);
    }
    run(order, &facts, options, &mut issues);
    let summary = TnSummary { places: places::places(&facts), ..facts.summary() };
    Report::new(issues, summary)
}

/// The clock the options give, and the issues reading it found (reported after the order's own).
pub fn clock_of(options: &Options) -> (Clock, Vec<Issue>) {
    let mut issues = Vec::new();
    let clock = Clock::from_options(options, &mut issues);
    (clock, issues)
}

/// Runs [`RULES`] over an order whose facts are worked out: everything but the list entries'
/// own issues ([`numbers::entries`]), which a caller may keep between validations.
///
/// R-STATUS-TERMINAL: nothing on a finished order can be fixed, so of the rules only the status
/// and editing ones run on it (the list entries' are left out by the callers too).
pub fn run(order: &Order, facts: &Facts, options: &Options, out: &mut Vec<Issue>) {
    let cx = Cx { order, facts, options, requested: OnceCell::new() };
    let rules: &[Rule] = if facts.terminal { &[editing::check] } else { RULES };
    for rule in rules {
        rule(&cx, out);
    }
}
