//! The kind of order and the port type (domain.md section 1), read forgivingly: case, spaces,
//! dashes and underscores do not matter, and Bandwidth's own spellings are accepted.

use crate::text::join_and;
use crate::text::msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum OrderKind {
    /// Numbers move into the provider.
    #[default]
    PortIn,
    /// Another carrier's Local Service Request: numbers move out of the provider.
    Lsr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortType {
    AutomatedOnNet,
    /// Wireless to wireless.
    AutomatedOnNetWireless,
    /// Through the partner vendor (Level 3/Lumen).
    AutomatedOffNet,
    ManualOnNet,
    ManualOffNet,
    ManualTollFree,
    Internal,
}

/// Uppercase letters and digits only: `"Requested Supp"`, `"requested_supp"` and
/// `"REQUESTED-SUPP"` all become `"REQUESTEDSUPP"`.
pub fn squash(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// A table of accepted names: (squashed spelling, value). Shared with [`crate::status`].
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], typed: &str) -> Option<T> {
    let key = squash(typed);
    table.iter().find(|(name, _)| *name == key).map(|(_, v)| *v)
}

const KINDS: &[(&str, OrderKind)] =
    &[("PORTIN", OrderKind::PortIn), ("LSR", OrderKind::Lsr), ("PORTOUT", OrderKind::Lsr)];

const PORT_TYPES: &[(&str, PortType)] = &[
    ("AUTOMATEDONNET", PortType::AutomatedOnNet),
    ("AUTOMATED", PortType::AutomatedOnNet),
    ("AUTOMATEDONNETWIRELESS", PortType::AutomatedOnNetWireless),
    ("AUTOMATEDOFFNET", PortType::AutomatedOffNet),
    ("MANUALONNET", PortType::ManualOnNet),
    ("MANUALOFFNET", PortType::ManualOffNet),
    ("MANUALTOLLFREE", PortType::ManualTollFree),
    ("INTERNAL", PortType::Internal),
];

impl OrderKind {
    pub fn parse(typed: &str) -> Result<OrderKind, String> {
        lookup(KINDS, typed)
            .ok_or_else(|| msg!["Unknown order kind ", crate::text::quote(typed), "; use \"portIn\" or \"lsr\"."])
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OrderKind::PortIn => "portIn",
            OrderKind::Lsr => "lsr",
        }
    }
}

impl PortType {
    pub const ALL: [PortType; 7] = [
        PortType::ManualOffNet,
        PortType::ManualOnNet,
        PortType::ManualTollFree,
        PortType::AutomatedOnNet,
        PortType::AutomatedOnNetWireless,
        PortType::AutomatedOffNet,
        PortType::Internal,
    ];

    pub fn parse(typed: &str) -> Result<PortType, String> {
        lookup(PORT_TYPES, typed).ok_or_else(|| {
            let names: Vec<&str> = PortType::ALL.iter().map(|p| p.as_str()).collect();
            msg!["Unknown port type ", crate::text::quote(typed), "; use one of ", join_and(&names), "."]
        })
    }

    /// The canonical name, as in Bandwidth's API.
    pub fn as_str(self) -> &'static str {
        match self {
            PortType::AutomatedOnNet => "AUTOMATED_ON_NET",
            PortType::AutomatedOnNetWireless => "AUTOMATED_ON_NET_WIRELESS",
            PortType::AutomatedOffNet => "AUTOMATED_OFF_NET",
            PortType::ManualOnNet => "MANUAL_ON_NET",
            PortType::ManualOffNet => "MANUAL_OFF_NET",
            PortType::ManualTollFree => "MANUAL_TOLL_FREE",
            PortType::Internal => "INTERNAL",
        }
    }

    pub fn is_automated_on_net(self) -> bool {
        matches!(self, PortType::AutomatedOnNet | PortType::AutomatedOnNetWireless)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgiving_spellings() {
        let cases: &[(&str, Option<PortType>)] = &[
            ("AUTOMATED_OFF_NET", Some(PortType::AutomatedOffNet)),
            ("automated off net", Some(PortType::AutomatedOffNet)),
            ("Automated-Off-Net", Some(PortType::AutomatedOffNet)),
            ("AUTOMATED", Some(PortType::AutomatedOnNet)),
            ("MANUALOFFNET", Some(PortType::ManualOffNet)),
            ("MANUALONNET", Some(PortType::ManualOnNet)),
            ("MANUALTOLLFREE", Some(PortType::ManualTollFree)),
            ("automated_on_net_wireless", Some(PortType::AutomatedOnNetWireless)),
            ("internal", Some(PortType::Internal)),
            ("AUTOMATIC", None),
            ("", None),
        ];
        for (typed, want) in cases {
            assert_eq!(PortType::parse(typed).ok(), *want, "{typed:?}");
        }
        for p in PortType::ALL {
            assert_eq!(PortType::parse(p.as_str()), Ok(p));
        }
        assert!(PortType::parse("AUTOMATIC").unwrap_err().contains("MANUAL_TOLL_FREE"));
        assert_eq!(OrderKind::parse("port-in"), Ok(OrderKind::PortIn));
        assert_eq!(OrderKind::parse("LSR"), Ok(OrderKind::Lsr));
        assert!(OrderKind::parse("portOut2").is_err());
    }
}
