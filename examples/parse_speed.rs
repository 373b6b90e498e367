//! Time of the core's list parser on 100,000 numbers in five formats, natively (no JS boundary):
//! `cargo run --release --example parse_speed`. The side-by-side benchmark is `npm run bench`.
#![allow(clippy::indexing_slicing)]
fn main() {
    let areas = [201, 212, 305, 312, 404, 415, 512, 617, 702, 713, 803, 919, 972, 206, 303];
    let mut text = String::new();
    for i in 0..100_000u32 {
        let a = areas[(i % 15) as usize];
        let b = 200 + (i * 104_729) % 700;
        let b = if b % 100 == 11 || b == 555 { b + 1 } else { b };
        let c = i % 10_000;
        let s = match i % 5 {
            0 => format!("{a}{b}{c:04}"),
            1 => format!("({a}) {b}-{c:04}"),
            2 => format!("{a}.{b}.{c:04}"),
            3 => format!("+1 {a} {b} {c:04}"),
            _ => format!("{a}-{b}-{c:04}"),
        };
        text.push_str(&s);
        text.push('\n');
    }
    let mut best = f64::MAX;
    for _ in 0..std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(30) {
        let t = std::time::Instant::now();
        let list = portin_validator::internal::tn_list::parse_text(&text);
        let ns = t.elapsed().as_nanos() as f64 / 100_000.0;
        assert_eq!(list.entries, 100_000);
        best = best.min(ns);
    }
    println!("parse_text: {best:.1} ns/number (best of 30)");
}
