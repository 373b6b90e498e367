//! Prints the rejection catalog's data as compiled into the `.wasm`, so that `npm run bench` can
//! report the catalog's share of the payload (its gzip -9 size).
fn main() {
    print!("{}", portin_validator::internal::rejection::catalog::DATA);
}
