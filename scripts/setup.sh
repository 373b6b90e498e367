#!/usr/bin/env bash
# One-time set-up, safe to run every time: installs only what is missing.
#   scripts/setup.sh           toolchain + npm packages (enough to build and serve)
#   scripts/setup.sh --browser also Debian's chromium and chromedriver (browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

# 1. The wasm target for the Rust toolchain.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the version wasm/Cargo.toml pins (a mismatch stops the build
#    with a schema-version error), installed into the project-local .tools/.
want=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' wasm/Cargo.toml | head -n1)
[ -n "$want" ] || { say "cannot read the pinned wasm-bindgen version from wasm/Cargo.toml"; exit 1; }
have=$(.tools/bin/wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want into .tools/ (about 3 minutes, once)"
  # --locked first; the registry mirror here lacks some locked versions (webpki-roots 1.0.11 for 0.2.130),
  # so fall back to the newest versions the registry holds that satisfy the CLI's own requirements.
  cargo install wasm-bindgen-cli --version "$want" --locked --root .tools --quiet 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "$want" --root .tools --quiet
fi

# 3. npm packages from the lock file; reinstall only when the lock file changed.
stamp=node_modules/.setup-lock-hash
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$hash" > "$stamp"
fi

# 4. Browser tests: Debian's chromium and chromedriver (tools that download their own browser fail here).
if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian's chromium and chromium-driver"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      say "browser tests need chromium and chromedriver on PATH: install Debian's 'chromium' and 'chromium-driver' (as root: apt-get install -y chromium chromium-driver)"
      exit 1
    fi
  fi
fi
