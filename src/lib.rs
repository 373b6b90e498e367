//! portin-validator: checks US telephone-number port-in orders (and LSRs) before they are
//! submitted, with the same verdicts natively, in Node and in the browser.
//!
//! Start with [`validate_json`]: an order as a parsed `serde_json::Value` (any key casing, or the
//! provider's XML as a JSON string) and [`Options`] in, a [`Report`] out. The report's `issues`
//! each have a [`Path`] into the order, a stable [`Code`], a [`Severity`] and a message; all
//! three print with `{}`, and so does the [`Issue`] itself.
//!
//! ```
//! use portin_validator::{validate_json, Options};
//!
//! let order = serde_json::json!({
//!     "portType": "AUTOMATED_ON_NET",
//!     "listOfPhoneNumbers": "919-246-0142\n919-555-0100",
//!     "billingTelephoneNumber": "919-246-0142",
//! });
//! let options = Options { today: Some("2026-11-23".into()), ..Options::default() };
//! let report = validate_json(&order, &options);
//!
//! assert!(!report.ok);
//! let fictitious = &report.issues[0];
//! assert_eq!(fictitious.code.as_str(), "tn.fictitious");
//! assert_eq!(fictitious.to_string(), "listOfPhoneNumbers[1]: error tn.fictitious: Line 2: \
//!     “919-555-0100” is a fictitious number (555-0100 to 555-0199 are reserved for films and \
//!     examples) and cannot be ported.");
//! ```
//!
//! The core never reads the clock: give `today` (`YYYY-MM-DD`, US Eastern) or `now` (an ISO-8601
//! instant) in the options, or the date rules say they could not time the order
//! (`date.today_unknown`).
//!
//! The other functions mirror the npm package's exports one for one ([`parse_tn_list`],
//! [`editable_fields`], [`explain_rejection`], ...). They take loosely typed input through a
//! [`Source`] ([`Json`] for a `serde_json::Value`, [`Value`] built by hand) and, where the answer
//! depends on the time, a `now` closure asked for the current instant only when the options give
//! neither `today` nor `now` (`|| None` when there is no clock). The `portin-validator-wasm` crate
//! (`wasm/`) puts the `wasm-bindgen` API and the browser form helper on top of this crate.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

mod answers;
mod calendar;
mod clock;
mod code;
mod date;
mod eastern;
mod entry;
mod input;
mod issue;
#[cfg(feature = "serde")]
mod json;
mod limits;
mod live;
mod numbering;
mod options;
mod order;
mod order_type;
mod rejection;
mod rules;
mod severity;
mod status;
#[cfg(test)]
mod test_rng;
mod text;
mod tn;
mod tn_list;
mod xml;

pub use answers::area_code::AreaCodeAnswer;
pub use answers::dates::EarliestDates;
pub use answers::editable::EditableFields;
pub use answers::tn_list::{DuplicateEntry, InvalidEntry, ListReport};
pub use code::Code;
#[cfg(feature = "serde")]
pub use entry::validate_json;
pub use entry::{
    apply_supp, area_code, earliest_requested_date, editable_fields, explain_rejection, explain_status, foc_expiry,
    is_business_day, parse_tn_list, read_order, to_lnp_order_xml, validate_order, Applied, Now, ReadOrder,
};
pub use input::{Shape, Source, Unreadable, Value};
pub use issue::{DisplayPath, Issue, Message, Param, Params, Path, Report, Seg, Severity, TnPlace, TnSummary};
#[cfg(feature = "serde")]
pub use json::Json;
pub use options::Options;
pub use order::body::Body as XmlBody;
pub use order::{Address, Order, Subscriber, TnInput, WirelessInfo};
pub use rejection::{Details as RejectionDetails, Explanation as RejectionExplanation, Registered, Registry};
pub use status::Explanation as StatusExplanation;
pub use tn::{Tn, TnError};

/// Not part of the API: the modules the `portin-validator-wasm` crate and this crate's own tests
/// reach into (the form helper reads a form once and validates through a memo, for instance).
/// Hidden from the documentation; anything here may change in any release.
#[doc(hidden)]
pub mod internal {
    pub mod answers {
        pub use crate::answers::*;
    }
    pub mod calendar {
        pub use crate::calendar::*;
    }
    pub mod clock {
        pub use crate::clock::*;
    }
    pub mod date {
        pub use crate::date::*;
    }
    pub mod eastern {
        pub use crate::eastern::*;
    }
    pub mod entry {
        pub use crate::entry::*;
    }
    pub mod input {
        pub use crate::input::*;
    }
    pub mod issue {
        pub use crate::issue::*;
    }
    pub mod limits {
        pub use crate::limits::*;
    }
    pub mod live {
        pub use crate::live::*;
    }
    pub mod numbering {
        pub use crate::numbering::*;
    }
    pub mod options {
        pub use crate::options::*;
    }
    pub mod order {
        pub use crate::order::*;
    }
    pub mod rejection {
        pub use crate::rejection::*;
    }
    pub mod status {
        pub use crate::status::*;
    }
    pub mod text {
        pub use crate::text::*;
    }
    pub mod tn {
        pub use crate::tn::*;
    }
    pub mod tn_list {
        pub use crate::tn_list::*;
    }
    pub mod xml {
        pub use crate::xml::*;
    }
}
