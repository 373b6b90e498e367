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

    /// A toll-free port-in created for the provider's automated toll-free validation
    /// (R-TOLLFREE-AUTOMATED): it carries no subscriber and no service address, whose rules do not
    /// run on it. Decision: it is known by its toll-free validation state (`*_TFNS`), or by giving
    /// no end-user detail at all, as the provider's sample body does.
    pub fn automated_toll_free(&self, order: &Order) -> bool {
        self.toll_free_port_in() && (self.status.is_some_and(Status::is_toll_free_validation) || !has_subscriber(order))
    }

    /// A toll-free port-in: port type `MANUAL_TOLL_FREE`, or a list of toll-free numbers only.
    pub fn toll_free_port_in(&self) -> bool {
        let t = &self.tns;
        self.kind == OrderKind::PortIn
            && (self.port_type == Some(PortType::ManualTollFree)
                || (t.toll_free > 0 && t.toll_free as usize == t.tns.len()))
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

/// Does the order give any end-user detail (the subscriber's type, names, service address)?
fn has_subscriber(order: &Order) -> bool {
    let (s, a) = (&order.subscriber, &order.subscriber.service_address);
    [
        &s.subscriber_type,
        &s.business_name,
        &s.first_name,
        &s.last_name,
        &a.house_number,
        &a.street_name,
        &a.city,
        &a.state_code,
        &a.zip,
    ]
    .into_iter()
    .any(|v| given(v).is_some())
}
