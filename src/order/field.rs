//! One declaration per order field ([`Field`]): its path, the name people know it by, its element
//! in the provider's XML, its letter in the rejection catalog, the order kinds that carry it, how
//! it is held in [`Order`], and how an edit of it is judged. The reader, the labels, the edit list,
//! the edit matrix's paths, the catalog's field letters and the rules' paths all come from here, so
//! a rule cannot name a field that does not exist.

use super::Order;
use crate::issue::{Path, Seg};
use crate::order_type::OrderKind;
use crate::rules::edit_matrix::Row;

/// Where a field's value lives in an [`Order`], by the kind of value it holds.
#[derive(Clone, Copy)]
pub enum Value {
    /// Text kept as typed; `compare` says how an edit compares it with the saved copy.
    Text {
        get: fn(&Order) -> &Option<String>,
        set: fn(&mut Order) -> &mut Option<String>,
        compare: Compare,
    },
    Flag {
        get: fn(&Order) -> &Option<bool>,
        set: fn(&mut Order) -> &mut Option<bool>,
    },
    Number {
        get: fn(&Order) -> &Option<f64>,
        set: fn(&mut Order) -> &mut Option<f64>,
    },
    /// A list of text (`tnAttributes`), read from an array of text.
    TextList {
        get: fn(&Order) -> &Option<Vec<String>>,
        set: fn(&mut Order) -> &mut Option<Vec<String>>,
    },
    /// The TN list (text or an array), read and compared on its own terms.
    Tns,
    /// An object holding other fields.
    Group,
}

/// How an edit compares a text field with the saved one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compare {
    /// Trimmed; blank is the same as absent.
    Text,
    /// The same number however it is written.
    Tn,
    /// An order kind; absent is a port-in.
    Kind,
    /// A port type, however spelled; absent means "as saved".
    PortType,
}

/// How a change to a field is judged once the order is submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judge {
    /// By the edit matrix row.
    Matrix(Row),
    /// Set when the order is placed; an edit never changes it.
    Fixed,
    /// Not compared: the provider sets it (`status`, `actualFocDate`), it is a group, or a
    /// supplement may change it on every port type that carries it (`siteId`, `peerId`,
    /// `tnAttributes`: docs/rules.md).
    Free,
}

/// The order kinds that carry a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kinds {
    Any,
    PortIn,
    Lsr,
}

macro_rules! value {
    (text $($m:ident).+) => { Value::Text { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+, compare: Compare::Text } };
    (tn $($m:ident).+) => { Value::Text { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+, compare: Compare::Tn } };
    (kind $($m:ident).+) => { Value::Text { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+, compare: Compare::Kind } };
    (port_type $($m:ident).+) => { Value::Text { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+, compare: Compare::PortType } };
    (flag $($m:ident).+) => { Value::Flag { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+ } };
    (text_list $($m:ident).+) => { Value::TextList { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+ } };
    (number $($m:ident).+) => { Value::Number { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+ } };
    (tns) => { Value::Tns };
    (group) => { Value::Group };
}

macro_rules! fields {
    ($(
        $variant:ident = [$first:literal $(, $rest:literal)*], $label:literal, $element:expr, $letter:expr,
        $kinds:ident, $judge:expr, $value:ident $($member:ident).*;
    )*) => {
        /// A field of the order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $($variant,)*
        }

        /// Everything declared of one field.
        pub struct Spec {
            pub segments: &'static [&'static str],
            pub dotted: &'static str,
            pub label: &'static str,
            /// The element in the provider's XML body, when the body carries the field.
            pub element: Option<&'static str>,
            /// The field's letter in the rejection catalog's data, when codes name it.
            pub letter: Option<u8>,
            pub kinds: Kinds,
            pub judge: Judge,
            pub value: Value,
        }

        impl Field {
            /// Every field, parents before their children, in the order they are read and reported.
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            pub fn spec(self) -> &'static Spec {
                match self {
                    $(Field::$variant => &Spec {
                        segments: &[$first $(, $rest)*],
                        dotted: concat!($first $(, ".", $rest)*),
                        label: $label,
                        element: $element,
                        letter: $letter,
                        kinds: Kinds::$kinds,
                        judge: $judge,
                        value: value!($value $($member).*),
                    },)*
                }
            }
        }
    };
}

use Judge::{Fixed, Free, Matrix};

#[rustfmt::skip]
fields! {
    // Variant = [path], label, XML element, catalog letter, kinds, edit judge, value.
    Kind = ["kind"], "Order kind", None, None, Any, Fixed, kind kind;
    Status = ["status"], "Status", Some("ProcessingStatus"), None, Any, Free, text status;
    PortType = ["portType"], "Port type", None, Some(b'y'), PortIn, Fixed, port_type port_type;
    Tns = ["listOfPhoneNumbers"], "Numbers to port", Some("ListOfPhoneNumbers"), Some(b'a'), Any, Matrix(Row::Tns), tns;
    Btn = ["billingTelephoneNumber"], "Billing telephone number (BTN)", Some("BillingTelephoneNumber"), Some(b'b'), Any, Matrix(Row::Btn), tn billing_telephone_number;
    NewBtn = ["newBillingTelephoneNumber"], "Replacement BTN", Some("NewBillingTelephoneNumber"), Some(b'n'), Any, Matrix(Row::NewBtn), tn new_billing_telephone_number;
    PartialPort = ["partialPort"], "Partial port", Some("PartialPort"), Some(b'p'), Any, Matrix(Row::PartialPort), flag partial_port;
    RequestedFocDate = ["requestedFocDate"], "Requested FOC date", Some("RequestedFocDate"), Some(b'd'), Any, Matrix(Row::RequestedDate), text requested_foc_date;
    ActualFocDate = ["actualFocDate"], "Actual FOC date", Some("ActualFocDate"), Some(b'F'), Any, Free, text actual_foc_date;
    Loa = ["loaAuthorizingPerson"], "LOA authorizing person", Some("LoaAuthorizingPerson"), Some(b'l'), Any, Matrix(Row::Loa), text loa_authorizing_person;
    CustomerOrderId = ["customerOrderId"], "Customer order ID", Some("CustomerOrderId"), Some(b'o'), Any, Matrix(Row::CustomerOrderId), text customer_order_id;
    TargetRespOrgId = ["targetRespOrgId"], "Target RespOrg ID", Some("TargetRespOrgId"), None, PortIn, Fixed, text target_resp_org_id;
    Triggered = ["triggered"], "Triggered activation", Some("Triggered"), None, PortIn, Fixed, flag triggered;
    SiteId = ["siteId"], "Site ID", Some("SiteId"), None, PortIn, Free, text site_id;
    PeerId = ["peerId"], "Peer ID (location)", Some("PeerId"), None, PortIn, Free, text peer_id;
    BillingType = ["billingType"], "Billing type", Some("BillingType"), None, PortIn, Fixed, text billing_type;
    TnAttributes = ["tnAttributes"], "TN attributes", Some("TnAttributes"), None, PortIn, Free, text_list tn_attributes;
    AlternateSpid = ["alternateSpid"], "Alternate SPID", Some("AlternateSpid"), None, PortIn, Fixed, text alternate_spid;
    Pon = ["pon"], "PON", None, Some(b'P'), Lsr, Fixed, text pon;
    PonVersion = ["ponVersion"], "PON version", None, None, Lsr, Fixed, number pon_version;
    Subscriber = ["subscriber"], "Subscriber", Some("Subscriber"), Some(b'k'), Any, Free, group;
    SubscriberType = ["subscriber", "subscriberType"], "Subscriber type", Some("SubscriberType"), Some(b't'), Any, Matrix(Row::SubscriberName), text subscriber.subscriber_type;
    BusinessName = ["subscriber", "businessName"], "Business name", Some("BusinessName"), Some(b'B'), Any, Matrix(Row::SubscriberName), text subscriber.business_name;
    FirstName = ["subscriber", "firstName"], "First name", Some("FirstName"), Some(b'f'), Any, Matrix(Row::SubscriberName), text subscriber.first_name;
    MiddleInitial = ["subscriber", "middleInitial"], "Middle initial", Some("MiddleInitial"), Some(b'm'), Any, Matrix(Row::SubscriberName), text subscriber.middle_initial;
    LastName = ["subscriber", "lastName"], "Last name", Some("LastName"), Some(b'L'), Any, Matrix(Row::SubscriberName), text subscriber.last_name;
    LsrAccountNumber = ["subscriber", "accountNumber"], "Account number", None, Some(b'u'), Lsr, Matrix(Row::AccountNumber), text subscriber.account_number;
    LsrPin = ["subscriber", "pinNumber"], "PIN", None, Some(b'i'), Lsr, Matrix(Row::Pin), text subscriber.pin_number;
    ServiceAddress = ["subscriber", "serviceAddress"], "Service address", Some("ServiceAddress"), Some(b's'), Any, Matrix(Row::ServiceAddress), group;
    HouseNumber = ["subscriber", "serviceAddress", "houseNumber"], "House number", Some("HouseNumber"), Some(b'h'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.house_number;
    HousePrefix = ["subscriber", "serviceAddress", "housePrefix"], "House prefix", Some("HousePrefix"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.house_prefix;
    HouseSuffix = ["subscriber", "serviceAddress", "houseSuffix"], "House suffix", Some("HouseSuffix"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.house_suffix;
    PreDirectional = ["subscriber", "serviceAddress", "preDirectional"], "Street direction (before)", Some("PreDirectional"), Some(b'D'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.pre_directional;
    StreetName = ["subscriber", "serviceAddress", "streetName"], "Street name", Some("StreetName"), Some(b'r'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.street_name;
    StreetSuffix = ["subscriber", "serviceAddress", "streetSuffix"], "Street suffix", Some("StreetSuffix"), Some(b'x'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.street_suffix;
    PostDirectional = ["subscriber", "serviceAddress", "postDirectional"], "Street direction (after)", Some("PostDirectional"), Some(b'E'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.post_directional;
    AddressLine2 = ["subscriber", "serviceAddress", "addressLine2"], "Address line 2", Some("AddressLine2"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.address_line2;
    City = ["subscriber", "serviceAddress", "city"], "City", Some("City"), Some(b'c'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.city;
    StateCode = ["subscriber", "serviceAddress", "stateCode"], "State", Some("StateCode"), Some(b'S'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.state_code;
    Zip = ["subscriber", "serviceAddress", "zip"], "ZIP code", Some("Zip"), Some(b'z'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.zip;
    PlusFour = ["subscriber", "serviceAddress", "plusFour"], "ZIP+4 extension", Some("PlusFour"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.plus_four;
    County = ["subscriber", "serviceAddress", "county"], "County", Some("County"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.county;
    WirelessInfo = ["wirelessInfo"], "Wireless details", Some("WirelessInfo"), None, PortIn, Free, group;
    AccountNumber = ["wirelessInfo", "accountNumber"], "Account number", Some("AccountNumber"), Some(b'A'), PortIn, Matrix(Row::AccountNumber), text wireless_info.account_number;
    Pin = ["wirelessInfo", "pinNumber"], "PIN", Some("PinNumber"), Some(b'I'), PortIn, Matrix(Row::Pin), text wireless_info.pin_number;
}

impl Field {
    pub fn segments(self) -> &'static [&'static str] {
        self.spec().segments
    }

    /// `subscriber.serviceAddress.zip`.
    pub fn dotted(self) -> &'static str {
        self.spec().dotted
    }

    /// The name people know the field by.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// The key of the field in its parent object: `zip`.
    pub fn key(self) -> &'static str {
        self.segments().last().copied().unwrap_or_default()
    }

    /// The field's path for an issue.
    pub fn path(self) -> Path {
        self.segments().iter().map(|&k| Seg::Key(k)).collect()
    }

    /// The path of an entry of a list field: `["listOfPhoneNumbers", 3]`.
    pub fn at(self, index: u32) -> Path {
        let mut path = self.path();
        path.push(Seg::Index(index));
        path
    }

    /// The field's path in the saved copy of an edited order (`options.original`).
    pub fn in_original(self) -> Path {
        let mut path = vec![Seg::Key("original")];
        path.extend(self.segments().iter().map(|&k| Seg::Key(k)));
        path
    }

    /// The field holding this one (`subscriber.serviceAddress` for the ZIP), `None` at the top.
    pub fn parent(self) -> Option<Field> {
        let (_, up) = self.segments().split_last()?;
        Field::ALL.iter().copied().find(|f| f.segments() == up)
    }

    /// The field at `segments`, if there is one.
    pub fn at_segments(segments: &[&str]) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.segments() == segments)
    }

    /// The field whose dotted path is `dotted`.
    pub fn from_dotted(dotted: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.dotted() == dotted)
    }

    /// The field the rejection catalog names by `letter`.
    pub fn from_letter(letter: u8) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.spec().letter == Some(letter))
    }

    /// The edit matrix row that judges a change to the field, if one does.
    pub fn row(self) -> Option<Row> {
        match self.spec().judge {
            Judge::Matrix(row) => Some(row),
            Judge::Fixed | Judge::Free => None,
        }
    }

    /// The fields `editableFields` lists for a matrix row, for an order of `kind`: a group whose
    /// every field changes together (the service address) is listed as the group.
    pub fn listed_for(row: Row, kind: OrderKind) -> impl Iterator<Item = Field> {
        Field::ALL.iter().copied().filter(move |f| {
            f.row() == Some(row) && f.carried_by(kind) && f.parent().is_none_or(|p| p.row() != Some(row))
        })
    }

    /// Does an order of `kind` carry this field?
    pub fn carried_by(self, kind: OrderKind) -> bool {
        match self.spec().kinds {
            Kinds::Any => true,
            Kinds::PortIn => kind == OrderKind::PortIn,
            Kinds::Lsr => kind == OrderKind::Lsr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_unique_and_parents_come_first() {
        for (i, f) in Field::ALL.iter().enumerate() {
            assert_eq!(Field::from_dotted(f.dotted()), Some(*f));
            assert_eq!(f.dotted(), f.segments().join("."));
            if let Some(parent) = f.parent() {
                assert!(Field::ALL.iter().position(|p| *p == parent) < Some(i), "{f:?}");
                assert!(matches!(parent.spec().value, Value::Group), "{f:?}");
            } else {
                assert_eq!(f.segments().len(), 1, "{f:?} has no parent");
            }
            if let Some(letter) = f.spec().letter {
                assert_eq!(Field::from_letter(letter), Some(*f));
            }
        }
        assert_eq!(Field::Zip.parent(), Some(Field::ServiceAddress));
        assert_eq!(Field::Zip.key(), "zip");
        assert_eq!(Field::Tns.at(3), vec![Seg::Key("listOfPhoneNumbers"), Seg::Index(3)]);
    }
}
