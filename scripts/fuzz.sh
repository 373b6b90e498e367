#!/usr/bin/env bash
# `npm run fuzz`: the property tests of `npm test`, run long (PORTIN_CASES per entry point,
# default 1,000,000), each printing "property <name>: <cases> cases, <failures> failures".
# tests/properties.rs covers the XML reader and writer (xml::parse, xml round trip) and the shape
# reader (read_order, toLnpOrderXml round trip), the supplement merge (applySupp on any input) and
# the supplement writer (written, applied, the edited order back); tests/node/hostile.test.mjs the same readers
# through the built package (readOrder, toLnpOrderXml, validateOrder with shapes, XML, DOCTYPEs);
# tests/node/reentrancy.test.mjs the guard against nested calls (every export inside every export).
# A failure prints fast-check's seed and counterexample, to replay it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORTIN_CASES="${PORTIN_CASES:-1000000}"
bash scripts/setup.sh
node scripts/build.mjs >/dev/null
echo "==> core entry points (proptest, native, release)"
cargo test --release --test properties -- --nocapture --test-threads 2 2>&1 | grep -E "^property|test result|panicked"
echo "==> the built package with any JS value (fast-check, Node)"
node --test tests/node/hostile.test.mjs 2>&1 | grep -E "property|^# (pass|fail)|not ok|Counterexample|seed:"
echo "==> calls nested through getters, Proxy traps and Date methods: refused, the outer call stands (fast-check, Node)"
node --test tests/node/reentrancy.test.mjs 2>&1 | grep -E "property|^# (pass|fail)|not ok|Counterexample|seed:"
