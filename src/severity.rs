//! How serious an issue is: its own module, so that the issue type and the code table both use it
//! without depending on each other.

use serde::Serialize;

/// `error` blocks the order (`Report.ok` is false); `warning` and `info` inform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// `"error"`, `"warning"`, `"info"`: the one spelling, for results and pages alike.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl Severity {
    /// What a page puts before a message of this severity: `"Error: "`, `"Warning: "`, `"Note: "`.
    pub fn prefix(self) -> &'static str {
        match self {
            Severity::Error => "Error: ",
            Severity::Warning => "Warning: ",
            Severity::Info => "Note: ",
        }
    }
}

/// Prints as [`Severity::as_str`]: `error`, `warning`, `info`.
impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
