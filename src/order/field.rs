//! One declaration per order field ([`Field`]): its path, the name people know it by, its element
//! in the provider's XML, its letter in the rejection catalog, the order kinds that carry it, how
//! it is held in [`Order`], and how an edit of it is judged. The reader, the labels, the edit list,
//! the edit matrix's paths, the catalog's field letters and the rules' paths all come from here, so
//! a rule cannot name a field that does not exist.

use super::edit_matrix::Row;
use super::Order;
use crate::issue::{Path, Seg};
use crate::order_type::OrderKind;

/// Where a field's value lives in an [`Order`], by the kind of value it holds.
#[derive(Clone, Copy)]
pub enum Slot {
    /// Text kept as typed; `compare` says how an edit compares it with the saved copy.
    Text {
        get: fn(&Order) -> &Option<String>,
        set: fn(&mut Order) -> &mut Option<String>,
        compare: Compare,
        /// What else than text the reader takes for it (SDKs send numbers and `Date`s).
        coerce: Coerce,
    },
    Flag {
        get: fn(&Order) -> &Option<bool>,
        set: fn(&mut Order) -> &mut Option<bool>,
    },
    Number {
        get: fn(&Order) -> &Option<f64>,
        set: fn(&mut Order) -> &mut Option<f64>,
    },
    /// A list of text (`tnAttributes`): an array, the SDKs' `{ tnAttribute: [...] }`, or
    /// repeated elements in XML.
    List {
        get: fn(&Order) -> &Option<Vec<String>>,
        set: fn(&mut Order) -> &mut Option<Vec<String>>,
        /// The element of one entry (`TnAttribute`), also its key in the SDKs' wrapping object
        /// in any casing.
        item: &'static str,
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
    /// A date or date-time: the same day, or the same moment whatever the offset it is written in
    /// (a GET's `21:15:00.000Z` is a form's `17:15:00-04:00`).
    Date,
}

/// What a text field accepts besides text, as the SDKs send it. Numbers lose what makes them
/// text (leading zeros, the leading `+`), so each kind says how it is written back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coerce {
    /// Text only: anything else is `input.type`.
    No,
    /// An identifier the schema types as an integer (`SiteId`, `PeerId`): a whole number is
    /// its digits, without an issue.
    Id,
    /// A house number: a whole number is its digits, with an info.
    House,
    /// A ZIP code: a whole number is its digits padded back to 5 (`6390` is `06390`: the Node
    /// SDK's parser drops the zero), with an info.
    Zip,
    /// A telephone number: a 10- or 11-digit whole number is its digits, with an info.
    Tn,
    /// A date: a JS `Date` is its ISO instant.
    Date,
}

/// Where the provider's XML carries a field, and which bodies may.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XmlPlace {
    /// Not in a port-in's XML (`kind`, the LSR's fields, whose `<LsrOrder>` names are the
    /// reader's).
    Unsent,
    /// In request and response bodies, under this element.
    Body(&'static str),
    /// Read from any body but never written: the provider decides it (`PortType`), or the
    /// request may not carry it there (an account number in the subscriber, BW 7481), which
    /// the rules report.
    Read(&'static str),
    /// Only in responses, not part of a request body (`OrderId`, `userId`, ...): clients that copy
    /// a GET into a PUT send it, and it is not written.
    Response(&'static str),
    /// In responses and in `<LnpOrder>`, not part of a `<LnpOrderSupp>` (`ActualFocDate`).
    NotInSupp(&'static str),
    /// Only in a `<LnpOrderSupp>`: an instruction to the provider, not part of the order
    /// (`ResetAddressFields`).
    OnlyInSupp(&'static str),
}

impl XmlPlace {
    /// The element, wherever it may stand.
    pub fn element(self) -> Option<&'static str> {
        match self {
            XmlPlace::Unsent => None,
            XmlPlace::Body(e)
            | XmlPlace::Read(e)
            | XmlPlace::Response(e)
            | XmlPlace::NotInSupp(e)
            | XmlPlace::OnlyInSupp(e) => Some(e),
        }
    }

    /// May a request body carry it (`supp`: an `<LnpOrderSupp>`)? Fields the writer writes and
    /// the reader warns about when missing from this answer.
    pub fn in_request(self, supp: bool) -> bool {
        match self {
            XmlPlace::Body(_) => true,
            XmlPlace::NotInSupp(_) => !supp,
            XmlPlace::OnlyInSupp(_) => supp,
            XmlPlace::Unsent | XmlPlace::Read(_) | XmlPlace::Response(_) => false,
        }
    }

    /// Is it not part of a request body (a warning when read from one; no published rule says the
    /// provider refuses it, and the provider recommends copying a GET into a PUT)?
    pub fn refused_in_request(self, supp: bool) -> bool {
        match self {
            XmlPlace::Response(_) => true,
            XmlPlace::NotInSupp(_) => supp,
            XmlPlace::Unsent | XmlPlace::Body(_) | XmlPlace::Read(_) | XmlPlace::OnlyInSupp(_) => false,
        }
    }
}

/// How a change to a field is judged once the order is submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judge {
    /// By the edit matrix row.
    Matrix(Row),
    /// What the order is (its kind, port type, PON): an edit never changes it (R-EDIT-FIELDS).
    Identity,
    /// R-EDIT-FIXED: set when the order is placed; a supplement may repeat it, never change it
    /// (a draft's edits are open).
    Fixed,
    /// Not compared: the provider sets it (`status`, `actualFocDate`), or it is a group.
    Free,
}

/// The order kinds that carry a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kinds {
    Any,
    PortIn,
    Lsr,
}

macro_rules! slot {
    (@text $compare:ident $coerce:ident $($m:ident).+) => {
        Slot::Text { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+, compare: Compare::$compare, coerce: Coerce::$coerce }
    };
    (text $($m:ident).+) => { slot!(@text Text No $($m).+) };
    (id $($m:ident).+) => { slot!(@text Text Id $($m).+) };
    (house $($m:ident).+) => { slot!(@text Text House $($m).+) };
    (zip $($m:ident).+) => { slot!(@text Text Zip $($m).+) };
    (date $($m:ident).+) => { slot!(@text Date Date $($m).+) };
    (tn $($m:ident).+) => { slot!(@text Tn Tn $($m).+) };
    (kind $($m:ident).+) => { slot!(@text Kind No $($m).+) };
    (port_type $($m:ident).+) => { slot!(@text PortType No $($m).+) };
    (list $item:literal $($m:ident).+) => { Slot::List { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+, item: $item } };
    (flag $($m:ident).+) => { Slot::Flag { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+ } };
    (number $($m:ident).+) => { Slot::Number { get: |o| &o.$($m).+, set: |o| &mut o.$($m).+ } };
    (tns) => { Slot::Tns };
    (group) => { Slot::Group };
}

macro_rules! fields {
    ($(
        $variant:ident = [$first:literal $(, $rest:literal)*], $label:literal, $element:expr, $letter:expr,
        $kinds:ident, $judge:expr, $value:ident $($item:literal)? $($member:ident).*;
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
            /// Where the provider's XML carries the field.
            pub xml: XmlPlace,
            /// The field's letter in the rejection catalog's data, when codes name it.
            pub letter: Option<u8>,
            pub kinds: Kinds,
            pub judge: Judge,
            pub slot: Slot,
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
                        xml: $element,
                        letter: $letter,
                        kinds: Kinds::$kinds,
                        judge: $judge,
                        slot: slot!($value $($item)? $($member).*),
                    },)*
                }
            }
        }
    };
}

use Judge::{Fixed, Free, Identity, Matrix};
use XmlPlace::{Body, NotInSupp, OnlyInSupp, Read, Response, Unsent};

#[rustfmt::skip]
fields! {
    // Variant = [path], label, where the XML carries it, catalog letter, kinds, edit judge, value.
    Kind = ["kind"], "Order kind", Unsent, None, Any, Identity, kind kind;
    Status = ["status"], "Status", Body("ProcessingStatus"), None, Any, Free, text status;
    PortType = ["portType"], "Port type", Read("PortType"), Some(b'y'), PortIn, Identity, port_type port_type;
    Tns = ["listOfPhoneNumbers"], "Numbers to port", Body("ListOfPhoneNumbers"), Some(b'a'), Any, Matrix(Row::Tns), tns;
    Btn = ["billingTelephoneNumber"], "Billing telephone number (BTN)", Body("BillingTelephoneNumber"), Some(b'b'), Any, Matrix(Row::Btn), tn billing_telephone_number;
    NewBtn = ["newBillingTelephoneNumber"], "Replacement BTN", Body("NewBillingTelephoneNumber"), Some(b'n'), Any, Matrix(Row::NewBtn), tn new_billing_telephone_number;
    PartialPort = ["partialPort"], "Partial port", Body("PartialPort"), Some(b'p'), Any, Matrix(Row::PartialPort), flag partial_port;
    RequestedFocDate = ["requestedFocDate"], "Requested FOC date", Body("RequestedFocDate"), Some(b'd'), Any, Matrix(Row::RequestedDate), date requested_foc_date;
    ActualFocDate = ["actualFocDate"], "Actual FOC date", NotInSupp("ActualFocDate"), Some(b'F'), Any, Free, date actual_foc_date;
    Loa = ["loaAuthorizingPerson"], "LOA authorizing person", Body("LoaAuthorizingPerson"), Some(b'l'), Any, Matrix(Row::Loa), text loa_authorizing_person;
    CustomerOrderId = ["customerOrderId"], "Customer order ID", Body("CustomerOrderId"), Some(b'o'), Any, Matrix(Row::CustomerOrderId), text customer_order_id;
    Pon = ["pon"], "PON", Unsent, Some(b'P'), Lsr, Identity, text pon;
    PonVersion = ["ponVersion"], "PON version", Unsent, None, Lsr, Identity, number pon_version;
    Spid = ["spid"], "SPID", Unsent, Some(b'q'), Lsr, Free, text spid;
    Subscriber = ["subscriber"], "Subscriber", Body("Subscriber"), Some(b'k'), Any, Free, group;
    SubscriberType = ["subscriber", "subscriberType"], "Subscriber type", Body("SubscriberType"), Some(b't'), Any, Matrix(Row::SubscriberName), text subscriber.subscriber_type;
    BusinessName = ["subscriber", "businessName"], "Business name", Body("BusinessName"), Some(b'B'), Any, Matrix(Row::SubscriberName), text subscriber.business_name;
    FirstName = ["subscriber", "firstName"], "First name", Body("FirstName"), Some(b'f'), Any, Matrix(Row::SubscriberName), text subscriber.first_name;
    MiddleInitial = ["subscriber", "middleInitial"], "Middle initial", Body("MiddleInitial"), Some(b'm'), Any, Matrix(Row::SubscriberName), text subscriber.middle_initial;
    LastName = ["subscriber", "lastName"], "Last name", Body("LastName"), Some(b'L'), Any, Matrix(Row::SubscriberName), text subscriber.last_name;
    LsrAccountNumber = ["subscriber", "accountNumber"], "Account number", Read("AccountNumber"), Some(b'u'), Lsr, Matrix(Row::AccountNumber), text subscriber.account_number;
    LsrPin = ["subscriber", "pinNumber"], "PIN", Read("PinNumber"), Some(b'i'), Lsr, Matrix(Row::Pin), text subscriber.pin_number;
    ServiceAddress = ["subscriber", "serviceAddress"], "Service address", Body("ServiceAddress"), Some(b's'), Any, Matrix(Row::ServiceAddress), group;
    // R-EDIT-SUPP: `true` in a supplement removes the subscriber's elements the body leaves out;
    // first in its group, where the provider's PUT sample writes it.
    ResetAddressFields = ["subscriber", "serviceAddress", "resetAddressFields"], "Reset address fields", OnlyInSupp("ResetAddressFields"), None, PortIn, Free, flag subscriber.service_address.reset_address_fields;
    HouseNumber = ["subscriber", "serviceAddress", "houseNumber"], "House number", Body("HouseNumber"), Some(b'h'), Any, Matrix(Row::ServiceAddress), house subscriber.service_address.house_number;
    HousePrefix = ["subscriber", "serviceAddress", "housePrefix"], "House prefix", Body("HousePrefix"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.house_prefix;
    HouseSuffix = ["subscriber", "serviceAddress", "houseSuffix"], "House suffix", Body("HouseSuffix"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.house_suffix;
    PreDirectional = ["subscriber", "serviceAddress", "preDirectional"], "Street direction (before)", Body("PreDirectional"), Some(b'D'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.pre_directional;
    StreetName = ["subscriber", "serviceAddress", "streetName"], "Street name", Body("StreetName"), Some(b'r'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.street_name;
    StreetSuffix = ["subscriber", "serviceAddress", "streetSuffix"], "Street suffix", Body("StreetSuffix"), Some(b'x'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.street_suffix;
    PostDirectional = ["subscriber", "serviceAddress", "postDirectional"], "Street direction (after)", Body("PostDirectional"), Some(b'E'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.post_directional;
    AddressLine2 = ["subscriber", "serviceAddress", "addressLine2"], "Address line 2", Body("AddressLine2"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.address_line2;
    City = ["subscriber", "serviceAddress", "city"], "City", Body("City"), Some(b'c'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.city;
    StateCode = ["subscriber", "serviceAddress", "stateCode"], "State", Body("StateCode"), Some(b'S'), Any, Matrix(Row::ServiceAddress), text subscriber.service_address.state_code;
    Zip = ["subscriber", "serviceAddress", "zip"], "ZIP code", Body("Zip"), Some(b'z'), Any, Matrix(Row::ServiceAddress), zip subscriber.service_address.zip;
    PlusFour = ["subscriber", "serviceAddress", "plusFour"], "ZIP+4 extension", Body("PlusFour"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.plus_four;
    County = ["subscriber", "serviceAddress", "county"], "County", Body("County"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.county;
    Country = ["subscriber", "serviceAddress", "country"], "Country", Body("Country"), None, Any, Matrix(Row::ServiceAddress), text subscriber.service_address.country;
    AddressType = ["subscriber", "serviceAddress", "addressType"], "Address type", Read("AddressType"), None, Any, Free, text subscriber.service_address.address_type;
    WirelessInfo = ["wirelessInfo"], "Wireless details", Body("WirelessInfo"), None, PortIn, Free, group;
    AccountNumber = ["wirelessInfo", "accountNumber"], "Account number", Body("AccountNumber"), Some(b'A'), PortIn, Matrix(Row::AccountNumber), text wireless_info.account_number;
    Pin = ["wirelessInfo", "pinNumber"], "PIN", Body("PinNumber"), Some(b'I'), PortIn, Matrix(Row::Pin), text wireless_info.pin_number;
    // The account's plumbing and the API's other fields: carried, and checked where a rule
    // says. Judges from the provider's SUPP rules (R-EDIT-FIXED, R-EDIT-FIELDS' last rows):
    // `Triggered` and `Immediately` "may be included in the PUT payload, but cannot be
    // changed"; `BillingType` is in no supp body; `TargetRespOrgId` is fixed once the toll-free
    // port-in is submitted (7534) and `AlternateSpid` once it is no longer a draft (7708), which
    // is when every fixed field is judged (a draft's edits are open); `SiteId`, `PeerId` and
    // `TnAttributes` "can always be updated".
    TargetRespOrgId = ["targetRespOrgId"], "Target RespOrg ID", Body("TargetRespOrgId"), Some(b'R'), PortIn, Fixed, text target_resp_org_id;
    Triggered = ["triggered"], "Triggered activation", Body("Triggered"), None, PortIn, Fixed, flag triggered;
    Immediately = ["immediately"], "Immediate activation", Body("Immediately"), None, PortIn, Fixed, flag immediately;
    SiteId = ["siteId"], "Site ID", Body("SiteId"), None, PortIn, Matrix(Row::SiteId), id site_id;
    PeerId = ["peerId"], "SIP peer ID", Body("PeerId"), None, PortIn, Matrix(Row::PeerId), id peer_id;
    BillingType = ["billingType"], "Billing type", Body("BillingType"), None, PortIn, Fixed, text billing_type;
    TnAttributes = ["tnAttributes"], "TN attributes", Body("TnAttributes"), None, PortIn, Matrix(Row::TnAttributes), list "TnAttribute" tn_attributes;
    AlternateSpid = ["alternateSpid"], "Alternate SPID", Body("AlternateSpid"), Some(b'Q'), PortIn, Fixed, text alternate_spid;
    // Response only: set by the provider, described by a GET, not part of a request body.
    OrderId = ["orderId"], "Order ID", Response("OrderId"), None, Any, Free, text order_id;
    OrderCreateDate = ["orderCreateDate"], "Order created", Response("OrderCreateDate"), None, Any, Free, date order_create_date;
    LastModifiedDate = ["lastModifiedDate"], "Last modified", Response("LastModifiedDate"), None, Any, Free, date last_modified_date;
    LastModifiedBy = ["lastModifiedBy"], "Last modified by", Response("LastModifiedBy"), None, Any, Free, text last_modified_by;
    UserId = ["userId"], "User ID", Response("userId"), None, Any, Free, text user_id;
    CountOfTns = ["countOfTns"], "Count of TNs", Response("CountOfTNs"), None, Any, Free, number count_of_tns;
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
            Judge::Identity | Judge::Fixed | Judge::Free => None,
        }
    }

    /// R-EDIT-FIXED: set when the order is placed, never changed by a supplement.
    pub fn fixed(self) -> bool {
        self.spec().judge == Judge::Fixed
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
                assert!(matches!(parent.spec().slot, Slot::Group), "{f:?}");
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
