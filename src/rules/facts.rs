//! What the rules need to know about an order, worked out once per validation: its kind, status
//! and port type (each reported once, here, when it cannot be read), its TN list parsed and judged,
//! and the clock.

use crate::clock::Clock;
use crate::code::Code;
use crate::issue::{Issue, TnSummary};
use crate::numbering::check::AreaRules;
use crate::order::{Field, Order, TnInput};
use crate::order_type::{OrderKind, PortType};
use crate::status::Status;
use crate::text::{given, msg};
use crate::tn_list::{self, TnList};

/// What the rules need to know about an order, worked out once per validation.
pub struct Facts {
    pub kind: OrderKind,
    /// `None` when not given or not understood (reported once, here).
    pub port_type: Option<PortType>,
    /// The status, for the kind; `None` when not given or not understood (reported once, here).
    pub status: Option<Status>,
    pub tns: TnList,
    /// Items of an array list that were not text (reported when read).
    pub non_text_items: u32,
    /// The list was pasted text (entries have lines) rather than an array (entries are items).
    pub from_text: bool,
    /// Today (Eastern time) and the business-day calendar, from the options.
    pub clock: Clock,
    /// The order has its FOC: its status says so, or it carries an `actualFocDate`.
    pub has_foc: bool,
    /// The status is one the order never leaves: nothing on it can be fixed (R-STATUS-TERMINAL).
    pub terminal: bool,
    /// A supplement body checked on its own (R-EDIT-SUPP): what it leaves out stays as saved, so
    /// nothing is required of it.
    pub partial: bool,
    /// What the area-code rules (R-TN-COUNTRY, R-TN-AREA-CODE) judge a TN by: the day and
    /// `extraAreaCodes`.
    pub area: AreaRules,
}

impl Facts {
    /// The facts of `order`, its TNs judged by `area` (every list TN and the BTN fields).
    pub fn new(order: &Order, area: AreaRules, issues: &mut Vec<Issue>) -> Facts {
        let mut facts = Facts::header(order, issues);
        let judge = Some(area.clone());
        (facts.tns, facts.non_text_items, facts.from_text) = match &order.list_of_phone_numbers {
            None => (TnList::default(), 0, false),
            Some(TnInput::Text(text)) => (tn_list::parse_text_on(text, judge), 0, true),
            Some(TnInput::Items(items)) => (
                tn_list::parse_items_on(items.iter().map(Option::as_deref), judge),
                items.iter().filter(|i| i.is_none()).count() as u32,
                false,
            ),
        };
        facts.area = area;
        facts
    }

    /// The kind, status and port type alone, without reading the TN list (what `editableFields`
    /// needs, on every keystroke of a form).
    pub fn header(order: &Order, issues: &mut Vec<Issue>) -> Facts {
        let kind = match given(&order.kind) {
            None => OrderKind::PortIn,
            Some(k) => OrderKind::parse(k).unwrap_or_else(|message| {
                issues.push(Issue::error(Field::Kind.path(), Code::OrderKindUnknown, message));
                OrderKind::PortIn
            }),
        };
        let port_type = given(&order.port_type).and_then(|p| {
            PortType::parse(p)
                .map_err(|message| {
                    issues.push(Issue::error(Field::PortType.path(), Code::OrderPortTypeUnknown, message))
                })
                .ok()
        });
        let status = given(&order.status).and_then(|s| {
            Status::parse(kind, s)
                .map_err(|message| issues.push(Issue::error(Field::Status.path(), Code::StatusUnknown, message)))
                .ok()
        });
        Facts {
            kind,
            port_type,
            status,
            tns: TnList::default(),
            non_text_items: 0,
            from_text: false,
            clock: Clock::default(),
            has_foc: status.is_some_and(Status::is_foc) || given(&order.actual_foc_date).is_some(),
            terminal: status.is_some_and(|s| s.info().terminal),
            partial: false,
            area: AreaRules::default(),
        }
    }

    /// Where a list entry stands, in the person's terms: "Line 3" for pasted text, "Item 3" for
    /// arrays.
    pub fn place(&self, line: u32) -> String {
        msg![self.place_word(), line]
    }

    /// What [`Facts::place`] puts before the number: `"Line "` or `"Item "`.
    pub fn place_word(&self) -> &'static str {
        if self.from_text {
            "Line "
        } else {
            "Item "
        }
    }

    pub fn summary(&self) -> TnSummary {
        let t = &self.tns;
        let invalid = t.invalid.len() as u32 + self.non_text_items;
        let duplicates = t.repeats();
        TnSummary {
            count: t.entries + self.non_text_items,
            valid: t.tns.len() as u32,
            invalid,
            duplicates,
            toll_free: t.toll_free,
            places: Vec::new(),
        }
    }
}
