//! How serious an issue is: its own module, so that the issue type and the code table both use it
//! without depending on each other.

use serde::Serialize;

/// `error` blocks the order (`Report.ok` is false); `warning` and `info` inform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}
