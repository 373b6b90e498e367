//! Validates an order file natively, as a Rust service would:
//!
//! ```text
//! cargo run --example check -- tests/fixtures/port_in.json [--today YYYY-MM-DD]
//! ```
//!
//! Prints one line per issue and exits 1 when the order has an error. Without `--today`, the
//! system clock says when it is: reading the clock is the caller's job, never the core's.
use std::process::ExitCode;

use portin_validator::{validate_order, Json};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (file, today) = match args.as_slice() {
        [file] => (file, None),
        [file, flag, day] if flag == "--today" => (file, Some(day.clone())),
        _ => {
            eprintln!("usage: check ORDER.json [--today YYYY-MM-DD]");
            return ExitCode::from(2);
        }
    };
    let order: serde_json::Value = match std::fs::read_to_string(file).map(|t| serde_json::from_str(&t)) {
        Ok(Ok(order)) => order,
        Ok(Err(e)) => {
            eprintln!("{file}: not JSON: {e}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let options = serde_json::json!({ "today": today });
    let now = || {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
        Some(chrono::DateTime::from_timestamp(i64::try_from(secs).ok()?, 0)?.to_rfc3339())
    };
    let report = validate_order(&Json::new(&order), &Json::new(&options), now);
    for issue in &report.issues {
        let severity = issue.severity.as_str();
        let path: Vec<String> = issue.path.iter().map(|s| serde_json::to_string(s).unwrap_or_default()).collect();
        println!("[{}] {severity} {}: {}", path.join(","), issue.code, issue.message);
    }
    println!("{} issues, ok: {}", report.issues.len(), report.ok);
    if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
