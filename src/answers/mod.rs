//! The answers to single questions, asked without a whole validation: what an area code is
//! (`areaCode`), which fields an order may change (`editableFields`), the dates a form offers
//! (`earliestRequestedDate`, `isBusinessDay`, `focExpiry`) and what a pasted list holds
//! (`parseTnList`). They sit over the data and the rules and use the same tables, so an answer
//! and a validation never disagree.

pub mod area_code;
pub mod dates;
pub mod editable;
pub mod tn_list;
