//! Every issue code, declared once: its name (the stable contract callers translate by), the
//! domain rule it comes from, and the severities it can have. Rules emit [`Code`]s, never text,
//! so a misspelt code does not compile; the README's rules table, the published `IssueCode` type
//! and the codes the rules can emit are each tested against [`Code::ALL`].

use crate::severity::Severity;

/// Declares [`Code`] from one table: `Variant = "code", rule, severities;`.
macro_rules! codes {
    ($($variant:ident = $name:literal, $rule:expr, $($severity:ident)|+;)*) => {
        /// An issue code: `tn.duplicate`, `date.too_soon`, ...
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the table's order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as callers see it: dotted, lowercase, stable.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The domain rule (`R-…`) the code comes from, when it comes from one. A few codes
            /// also serve another rule where they are emitted (a BTN that is not a valid TN has the
            /// TN codes under R-TN-BTN); the issue says so.
            pub fn rule(self) -> Option<&'static str> {
                match self {
                    $(Code::$variant => $rule,)*
                }
            }

            /// The severities an issue of this code can have, the usual one first (required
            /// fields are warnings on a draft, errors otherwise).
            pub fn severities(self) -> &'static [Severity] {
                match self {
                    $(Code::$variant => &[$(Severity::$severity),+],)*
                }
            }
        }
    };
}

codes! {
    TnEmpty = "tn.empty", Some("R-TN-PARSE"), Error;
    TnCharacter = "tn.character", Some("R-TN-PARSE"), Error;
    TnLength = "tn.length", Some("R-TN-PARSE"), Error;
    TnCountryCode = "tn.country_code", Some("R-TN-PARSE"), Error;
    TnAreaCode = "tn.area_code", Some("R-TN-NANP"), Error;
    TnAreaCodeReserved = "tn.area_code_reserved", Some("R-TN-NANP"), Error;
    TnExchange = "tn.exchange", Some("R-TN-NANP"), Error;
    TnExchangeN11 = "tn.exchange_n11", Some("R-TN-NANP"), Error;
    TnFictitious = "tn.fictitious", Some("R-TN-NANP"), Error;
    TnDirectoryAssistance = "tn.directory_assistance", Some("R-TN-NANP"), Error;
    TnAreaCodeCountry = "tn.area_code_country", Some("R-TN-COUNTRY"), Error;
    TnAreaCodeNonGeographic = "tn.area_code_non_geographic", Some("R-TN-COUNTRY"), Error;
    TnCanada = "tn.canada", Some("R-TN-COUNTRY"), Info;
    TnCanadaPortType = "tn.canada_port_type", Some("R-TN-COUNTRY"), Error;
    TnMixedCountry = "tn.mixed_country", Some("R-TN-COUNTRY"), Error;
    TnAreaCodeNotInService = "tn.area_code_not_in_service", Some("R-TN-AREA-CODE"), Error;
    TnAreaCodeNotYet = "tn.area_code_not_yet", Some("R-TN-AREA-CODE"), Error | Warning;
    TnDuplicate = "tn.duplicate", Some("R-TN-DUPLICATE"), Error;
    TnNone = "tn.none", Some("R-TN-COUNT"), Error | Warning;
    TnTooMany = "tn.too_many", Some("R-TN-COUNT"), Error;
    TnProjectPort = "tn.project_port", Some("R-TN-COUNT"), Info;
    TnOnePerOrder = "tn.one_per_order", Some("R-TN-COUNT"), Error;
    TnMixedTollFree = "tn.mixed_toll_free", Some("R-TN-TOLLFREE"), Error;
    TnTollFreePortType = "tn.toll_free_port_type", Some("R-TN-TOLLFREE"), Error;
    TnPortTypeNotTollFree = "tn.port_type_not_toll_free", Some("R-TN-TOLLFREE"), Error;
    TnTollFreeLsr = "tn.toll_free_lsr", Some("R-TN-TOLLFREE"), Error;
    TnRespOrgRequired = "tn.resp_org_required", Some("R-TN-RESPORG"), Error | Warning;
    TnRespOrgFormat = "tn.resp_org_format", Some("R-TN-RESPORG"), Error;
    TnAttributeUnknown = "tn.attribute_unknown", Some("R-TN-ATTRIBUTES"), Error;
    TnAttributeRepeated = "tn.attribute_repeated", Some("R-TN-ATTRIBUTES"), Error;
    TnAttributeProtectedOffNet = "tn.attribute_protected_off_net", Some("R-TOLLFREE-FIELDS"), Error;
    TollfreeBtn = "tollfree.btn", Some("R-TOLLFREE-FIELDS"), Error;
    TollfreePartialPort = "tollfree.partial_port", Some("R-TOLLFREE-FIELDS"), Error;
    TollfreeWirelessInfo = "tollfree.wireless_info", Some("R-TOLLFREE-FIELDS"), Error;
    TollfreeProtected = "tollfree.protected", Some("R-TOLLFREE-FIELDS"), Error;
    BtnRequired = "btn.required", Some("R-TN-BTN"), Error | Warning;
    BtnReplacementInList = "btn.replacement_in_list", Some("R-TN-BTN"), Error;
    BtnReplacementSame = "btn.replacement_same", Some("R-TN-BTN"), Error;
    BtnReplacementRequired = "btn.replacement_required", Some("R-TN-BTN"), Error;
    BtnFullPortWithoutBtn = "btn.full_port_without_btn", Some("R-TN-BTN"), Warning;
    DateFormat = "date.format", Some("R-DATE-FORMAT"), Error;
    DateNoOffset = "date.no_offset", Some("R-DATE-FORMAT"), Error;
    DateNoSuchDay = "date.no_such_day", Some("R-DATE-FORMAT"), Error;
    TimeInvalid = "time.invalid", Some("R-DATE-FORMAT"), Error;
    DatePast = "date.past", Some("R-DATE-PAST"), Error;
    DateTodayUnknown = "date.today_unknown", None, Info;
    DateTooSoon = "date.too_soon", Some("R-DATE-LEAD"), Error;
    DateShortNotice = "date.short_notice", Some("R-DATE-LEAD"), Warning;
    DateNotBusinessDay = "date.not_business_day", Some("R-DATE-BUSINESS"), Error;
    DateTooFar = "date.too_far", Some("R-DATE-HORIZON"), Error;
    TimeOutsideWindow = "time.outside_window", Some("R-TIME-WINDOW"), Error;
    TimeOutsideSupportHours = "time.outside_support_hours", Some("R-TIME-WINDOW"), Warning;
    TimeDefault = "time.default", Some("R-TIME-WINDOW"), Info;
    TimeManualFixed = "time.manual_fixed", Some("R-TIME-WINDOW"), Info;
    TimeNotTriggered = "time.not_triggered", Some("R-TIME-TRIGGERED"), Warning;
    TimeTriggeredWireless = "time.triggered_wireless", Some("R-TIME-TRIGGERED"), Warning;
    FocValidUntil = "foc.valid_until", Some("R-FOC-VALIDITY"), Info;
    FocExpiring = "foc.expiring", Some("R-FOC-VALIDITY"), Warning;
    FocExpired = "foc.expired", Some("R-FOC-VALIDITY"), Error;
    FocNoEarlyActivation = "foc.no_early_activation", Some("R-EARLY-ACTIVATION"), Info;
    FocBuildSubscriptions = "foc.build_subscriptions", Some("R-EARLY-ACTIVATION"), Info;
    StatusUnknown = "status.unknown", None, Error;
    StatusNotEditable = "status.not_editable", Some("R-STATUS-EDITABLE"), Info;
    StatusException = "status.exception", Some("R-STATUS-EXCEPTION"), Info;
    StatusTerminal = "status.terminal", Some("R-STATUS-TERMINAL"), Info;
    EditNotEditable = "edit.not_editable", Some("R-EDIT-FIELDS"), Error;
    EditDependsOnPortType = "edit.depends_on_port_type", Some("R-EDIT-FIELDS"), Warning;
    EditPortTypeNeeded = "edit.port_type_needed", Some("R-EDIT-FIELDS"), Warning;
    EditCsrAgain = "edit.csr_again", Some("R-EDIT-FIELDS"), Info;
    EditLsrTnChange = "edit.lsr_tn_change", Some("R-LSR-TN-CHANGE"), Error;
    EditAlternateSpid = "edit.alternate_spid", Some("R-EDIT-ALTERNATE-SPID"), Error;
    EditFixed = "edit.fixed", Some("R-EDIT-FIXED"), Error;
    EditSuppWithoutOriginal = "edit.supp_without_original", Some("R-EDIT-SUPP"), Info;
    EditCustomerOrderIdDropped = "edit.customer_order_id_dropped", Some("R-EDIT-SUPP"), Warning;
    EditSuppStatus = "edit.supp_status", Some("R-EDIT-SUPP"), Error;
    EditMayDelay = "edit.may_delay", Some("R-STATUS-DELAY"), Warning;
    EditAfterSave = "edit.after_save", Some("R-STATUS-AFTER-SAVE"), Info;
    EditNearFoc = "edit.near_foc", Some("R-EDIT-NEAR-FOC"), Error;
    EditNearFocOffnet = "edit.near_foc_offnet", Some("R-EDIT-NEAR-FOC"), Warning;
    EditNearFocUnchecked = "edit.near_foc_unchecked", Some("R-EDIT-NEAR-FOC"), Warning | Info;
    SubscriberTypeRequired = "subscriber.type_required", Some("R-SUBSCRIBER"), Error | Warning;
    SubscriberTypeUnknown = "subscriber.type_unknown", Some("R-SUBSCRIBER"), Error;
    SubscriberBusinessNameRequired = "subscriber.business_name_required", Some("R-SUBSCRIBER"), Error | Warning;
    SubscriberLastNameRequired = "subscriber.last_name_required", Some("R-SUBSCRIBER"), Error | Warning;
    SubscriberFirstNameRequired = "subscriber.first_name_required", Some("R-SUBSCRIBER"), Error | Warning;
    SubscriberTooLong = "subscriber.too_long", Some("R-SUBSCRIBER"), Error;
    SubscriberBusinessNameResidential = "subscriber.business_name_residential", Some("R-SUBSCRIBER"), Error;
    SubscriberLastNameBusiness = "subscriber.last_name_business", Some("R-SUBSCRIBER"), Error;
    SubscriberTollFreeBusiness = "subscriber.toll_free_business", Some("R-SUBSCRIBER"), Error;
    AddressRequired = "address.required", Some("R-ADDRESS"), Error | Warning;
    AddressStateCode = "address.state_code", Some("R-ADDRESS"), Error;
    AddressZip = "address.zip", Some("R-ADDRESS"), Error;
    AddressPlusFour = "address.plus_four", Some("R-ADDRESS"), Error;
    AddressPlusFourConflict = "address.plus_four_conflict", Some("R-ADDRESS"), Error;
    AddressDirectional = "address.directional", Some("R-ADDRESS"), Error;
    AddressZipState = "address.zip_state", Some("R-ADDRESS-ZIP-STATE"), Error;
    AddressPostalCodeProvince = "address.postal_code_province", Some("R-ADDRESS-ZIP-STATE"), Error;
    AddressZipMilitary = "address.zip_military", Some("R-ADDRESS-ZIP-STATE"), Error;
    AddressZipUnused = "address.zip_unused", Some("R-ADDRESS-ZIP-STATE"), Warning;
    AddressAreaCodeState = "address.area_code_state", Some("R-ADDRESS-AREA-CODE-STATE"), Warning;
    AddressServiceNotBilling = "address.service_not_billing", Some("R-ADDRESS"), Info;
    LoaRequired = "loa.required", Some("R-LOA"), Error | Warning;
    LoaTruncated = "loa.truncated", Some("R-LOA"), Warning;
    LsrAuthorizingPersonTooLong = "lsr.authorizing_person_too_long", Some("R-LSR-SHAPE"), Error;
    LsrSpidFormat = "lsr.spid_format", Some("R-LSR-SHAPE"), Error;
    LsrSpidMissing = "lsr.spid_missing", Some("R-LSR-SHAPE"), Warning;
    AccountNumberCharacters = "account.number_characters", Some("R-ACCOUNT-PIN"), Error;
    AccountNumberTooLong = "account.number_too_long", Some("R-ACCOUNT-PIN"), Error;
    AccountNumberRequired = "account.number_required", Some("R-ACCOUNT-PIN"), Error | Warning;
    AccountPinCharacters = "account.pin_characters", Some("R-ACCOUNT-PIN"), Error;
    AccountPinTooLong = "account.pin_too_long", Some("R-ACCOUNT-PIN"), Error;
    AccountPinRequired = "account.pin_required", Some("R-ACCOUNT-PIN"), Error | Warning;
    AccountWrongPlace = "account.wrong_place", Some("R-ACCOUNT-PIN"), Error;
    AccountPinTogether = "account.pin_together", Some("R-ACCOUNT-PIN"), Error;
    IdsCustomerOrderIdCharacters = "ids.customer_order_id_characters", Some("R-IDS"), Error;
    IdsCustomerOrderIdTooLong = "ids.customer_order_id_too_long", Some("R-IDS"), Error;
    IdsPonRequired = "ids.pon_required", Some("R-IDS"), Error;
    IdsPonCharacters = "ids.pon_characters", Some("R-IDS"), Error;
    IdsPonTooLong = "ids.pon_too_long", Some("R-IDS"), Error;
    IdsPonVersion = "ids.pon_version", Some("R-IDS"), Error;
    IdsBillingType = "ids.billing_type", Some("R-BILLING-TYPE"), Error;
    InputType = "input.type", None, Error;
    InputUnreadable = "input.unreadable", None, Error;
    InputTooLong = "input.too_long", None, Error;
    InputTooMany = "input.too_many", None, Error;
    InputTooDeep = "input.too_deep", None, Error;
    InputNameTooLong = "input.name_too_long", None, Error;
    InputControlCharacter = "input.control_character", None, Error;
    InputUnknownField = "input.unknown_field", None, Warning;
    InputDuplicateField = "input.duplicate_field", None, Warning;
    InputCoerced = "input.coerced", None, Info;
    InputXml = "input.xml", None, Error;
    InputResponseOnly = "input.response_only", None, Warning;
    OptionsInvalid = "options.invalid", None, Error;
    OptionsUnknown = "options.unknown", None, Warning;
    OrderKindUnknown = "order.kind_unknown", None, Error;
    OrderPortTypeUnknown = "order.port_type_unknown", None, Error;
    RejectionCodeInvalid = "rejection.code_invalid", None, Error;
    RejectionTextRequired = "rejection.text_required", None, Error;
    RejectionFieldUnknown = "rejection.field_unknown", None, Error;
    RejectionFamilyInvalid = "rejection.family_invalid", None, Error;
    RejectionTooMany = "rejection.too_many", None, Error;
    XmlLsr = "xml.lsr", None, Error;
    XmlLeftOut = "xml.left_out", None, Warning | Info;
}

impl Code {
    /// The code named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Code> for &str {
    fn eq(&self, other: &Code) -> bool {
        *self == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_dotted_and_lowercase() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            let (family, rest) = name.split_once('.').unwrap();
            assert!(!family.is_empty() && !rest.is_empty() && !rest.contains('.'), "{name}");
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'),
                "{name}"
            );
            assert_eq!(Code::from_name(name), Some(*code));
            assert!(code.rule().is_none_or(|r| r.starts_with("R-")), "{name}");
            assert!(!code.severities().is_empty());
        }
        assert_eq!(Code::from_name("tn.nope"), None);
    }
}
