//! R-EDIT-FIELDS: which fields an edit may change once a port-in is submitted, by port type, as
//! one table of data ([`MATRIX`], laid out exactly like domain.md's table, so the two can be
//! compared line by line). Nothing else in the crate decides what a port type may change.
//!
//! The automated off-net port type has two columns: before and after the order has a FOC (S1
//! is newer than Bandwidth's matrix: after FOC only the requested date may change). The last
//! rows are the provider's SUPP rules (`bw-apidocs-docs-update-portin-supp.mdx`, its field
//! notes: "can always be updated"): the account's own references and the TN attributes change
//! in every port type that takes edits, the customer order ID after FOC too (S1's "only the
//! requested FOC date" is about the order's details).

use crate::order_type::PortType;

/// A row of the matrix: one field, or a group of fields that change together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Btn,
    NewBtn,
    PartialPort,
    /// Subscriber type and names.
    SubscriberName,
    ServiceAddress,
    Loa,
    AccountNumber,
    Pin,
    RequestedDate,
    Tns,
    CustomerOrderId,
    SiteId,
    PeerId,
    TnAttributes,
}

/// A column of the matrix: a port type, with automated off-net split by FOC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    ManualOffNet,
    ManualOnNet,
    ManualTollFree,
    AutomatedOnNet,
    AutomatedOnNetWireless,
    AutomatedOffNetBeforeFoc,
    AutomatedOffNetAfterFoc,
    Internal,
}

const E: bool = true;
const D: bool = false;

/// E = editable, D = not, in the column order of [`Column::ALL`] (domain.md's order).
#[rustfmt::skip]
pub const MATRIX: [(Row, [bool; 8]); 14] = [
    //                       man-off man-on man-tf auto-on wireless off-pre off-post internal
    (Row::Btn,             [E,      E,     D,     E,      D,       E,      D,       E]),
    (Row::NewBtn,          [E,      E,     D,     E,      D,       E,      D,       E]),
    (Row::PartialPort,     [E,      E,     D,     E,      D,       E,      D,       E]),
    (Row::SubscriberName,  [E,      E,     E,     E,      D,       D,      D,       E]),
    (Row::ServiceAddress,  [E,      E,     E,     E,      D,       E,      D,       E]),
    (Row::Loa,             [E,      E,     E,     E,      D,       D,      D,       E]),
    (Row::AccountNumber,   [E,      E,     E,     E,      E,       E,      D,       E]),
    (Row::Pin,             [E,      E,     D,     E,      E,       E,      D,       E]),
    (Row::RequestedDate,   [E,      E,     E,     E,      E,       E,      E,       E]),
    (Row::Tns,             [D,      D,     D,     E,      E,       E,      D,       D]),
    (Row::CustomerOrderId, [E,      E,     E,     E,      E,       E,      E,       E]),
    (Row::SiteId,          [E,      E,     E,     E,      E,       E,      E,       E]),
    (Row::PeerId,          [E,      E,     E,     E,      E,       E,      E,       E]),
    (Row::TnAttributes,    [E,      E,     E,     E,      E,       E,      E,       E]),
];

impl Row {
    pub const ALL: [Row; 14] = [
        Row::Btn,
        Row::NewBtn,
        Row::PartialPort,
        Row::SubscriberName,
        Row::ServiceAddress,
        Row::Loa,
        Row::AccountNumber,
        Row::Pin,
        Row::RequestedDate,
        Row::Tns,
        Row::CustomerOrderId,
        Row::SiteId,
        Row::PeerId,
        Row::TnAttributes,
    ];
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::ManualOffNet,
        Column::ManualOnNet,
        Column::ManualTollFree,
        Column::AutomatedOnNet,
        Column::AutomatedOnNetWireless,
        Column::AutomatedOffNetBeforeFoc,
        Column::AutomatedOffNetAfterFoc,
        Column::Internal,
    ];

    /// The column for a port type; `has_foc` only matters for automated off-net.
    pub fn of(port_type: PortType, has_foc: bool) -> Column {
        match port_type {
            PortType::ManualOffNet => Column::ManualOffNet,
            PortType::ManualOnNet => Column::ManualOnNet,
            PortType::ManualTollFree => Column::ManualTollFree,
            PortType::AutomatedOnNet => Column::AutomatedOnNet,
            PortType::AutomatedOnNetWireless => Column::AutomatedOnNetWireless,
            PortType::AutomatedOffNet if has_foc => Column::AutomatedOffNetAfterFoc,
            PortType::AutomatedOffNet => Column::AutomatedOffNetBeforeFoc,
            PortType::Internal => Column::Internal,
        }
    }

    /// The columns an order of unknown port type may be in: every port type, with the off-net
    /// column that matches whether it has FOC.
    pub fn candidates(has_foc: bool) -> impl Iterator<Item = Column> {
        PortType::ALL.into_iter().map(move |p| Column::of(p, has_foc))
    }

    fn index(self) -> usize {
        match self {
            Column::ManualOffNet => 0,
            Column::ManualOnNet => 1,
            Column::ManualTollFree => 2,
            Column::AutomatedOnNet => 3,
            Column::AutomatedOnNetWireless => 4,
            Column::AutomatedOffNetBeforeFoc => 5,
            Column::AutomatedOffNetAfterFoc => 6,
            Column::Internal => 7,
        }
    }
}

/// May an edit change `row` on a submitted port-in of `column`?
pub fn allows(row: Row, column: Column) -> bool {
    MATRIX.iter().find(|(r, _)| *r == row).and_then(|(_, cells)| cells.get(column.index())).copied().unwrap_or(false)
}

/// How far an edit may change `row` when the port type is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowance {
    /// Every port type allows it.
    Always,
    /// Some port types allow it, others not.
    Depends,
    Never,
}

pub fn allowance_without_port_type(row: Row, has_foc: bool) -> Allowance {
    let allowed = Column::candidates(has_foc).filter(|&c| allows(row, c)).count();
    match allowed {
        0 => Allowance::Never,
        n if n == PortType::ALL.len() => Allowance::Always,
        _ => Allowance::Depends,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_and_column_is_in_the_table_once() {
        for row in Row::ALL {
            assert_eq!(MATRIX.iter().filter(|(r, _)| *r == row).count(), 1, "{row:?}");
        }
        let indices: Vec<usize> = Column::ALL.iter().map(|c| c.index()).collect();
        assert_eq!(indices, (0..8).collect::<Vec<_>>());
        // Of the order's details, only the requested date may change on an off-net order that
        // has FOC; the account's own references may.
        let after: Vec<Row> = Row::ALL.into_iter().filter(|&r| allows(r, Column::AutomatedOffNetAfterFoc)).collect();
        assert_eq!(after, [Row::RequestedDate, Row::CustomerOrderId, Row::SiteId, Row::PeerId, Row::TnAttributes]);
        assert_eq!(allowance_without_port_type(Row::RequestedDate, true), Allowance::Always);
        assert_eq!(allowance_without_port_type(Row::AccountNumber, true), Allowance::Depends);
        assert_eq!(allowance_without_port_type(Row::AccountNumber, false), Allowance::Always);
        assert_eq!(allowance_without_port_type(Row::Tns, false), Allowance::Depends);
    }
}
