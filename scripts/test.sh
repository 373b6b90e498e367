#!/usr/bin/env bash
# `npm test`: set-up (including the browser), then every test, each runner with its own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

bash scripts/setup.sh --browser
export PATH="$PWD/.tools/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json"

step() { printf '\n==> %s\n' "$1"; shift; "$@"; }

step "formatting (cargo fmt --check)" cargo fmt --all --check
step "the core has no JS dependency (cargo tree)" bash -c '! cargo tree -p portin-validator -e normal --target all | grep -E "wasm-bindgen|js-sys|web-sys"'
step "native tests of the core (cargo test)" cargo test --quiet
step "the native example validates an order file (cargo run --example check)" cargo run --quiet --example check -- tests/fixtures/port_in.json --today 2026-11-23
step "the crate's documentation builds without a warning (cargo doc)" env RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps
step "lints (cargo clippy, warnings are errors)" cargo clippy --quiet --all-targets -- -D warnings
step "lints of the wasm crate and its tests" cargo clippy --quiet -p portin-validator-wasm --lib --tests --target wasm32-unknown-unknown -- -D warnings
step "build the package (pkg/) and the site (dist/)" node scripts/build.mjs
step "build them again with the test hooks (.test-hooks/)" node scripts/build.mjs --test-hooks
step "wasm-bindgen-test in Node" cargo test -p portin-validator-wasm --target wasm32-unknown-unknown --tests
step "wasm-bindgen-test in headless Chromium" env WASM_BINDGEN_USE_BROWSER=1 cargo test -p portin-validator-wasm --target wasm32-unknown-unknown --tests
step "the published types are js/api.d.ts and js/entry.d.ts" node scripts/check-types.mjs
step "the browser payload within size-budget.json" node scripts/size-budget.mjs
step "the built package in Node (node --test)" node --test tests/node/
step "the packed tarball in every kind of consumer (node --test)" node --test tests/consumers/
step "the demo page in headless Chromium (node --test)" node --test tests/e2e/

printf '\nAll tests passed in %ss.\n' "$(( $(date +%s) - start ))"
