#!/usr/bin/env bash
# Installs (when missing) the tools the test suite drives besides the servers: a non-.NET AMQP client
# for the interoperability tests, and Debian's Chromium with npm's playwright-core for the browser
# tests (never a downloaded browser). Idempotent; as a normal user it only says what is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

missing=()
command -v amqp-publish >/dev/null || missing+=(amqp-tools)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "eventnews: the tests need ${missing[*]}; install them with apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "eventnews: installing ${missing[*]} ..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

browser=$root/tests/browser
if [ ! -f "$browser/node_modules/playwright-core/package.json" ] \
    || [ "$browser/package-lock.json" -nt "$browser/node_modules/.package-lock.json" ]; then
  echo "eventnews: installing playwright-core (no browser download) ..." >&2
  (cd "$browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
