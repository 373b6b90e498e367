//! Validates an order file natively, as a Rust service would:
//!
//! ```text
//! cargo run --example check -- tests/fixtures/port_in.json [--today YYYY-MM-DD]
//! ```
//!
//! Prints one line per issue and exits 1 when the order has an error. Without `--today`, the
//! system clock says when it is: reading the clock is the caller's job, never the core's.
//! Needs `portin-validator` (its default `serde` feature) and `serde_json`, nothing else.
use std::process::ExitCode;

use portin_validator::{validate_json, Options};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (file, options) = match args.as_slice() {
        [file] => (file, Options::at(std::time::SystemTime::now())),
        [file, flag, day] if flag == "--today" => (file, Options { today: Some(day.clone()), ..Options::default() }),
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
    let report = validate_json(&order, &options);
    for issue in &report.issues {
        println!("{issue}");
    }
    println!("{} issues, ok: {}", report.issues.len(), report.ok);
    if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
