#!/usr/bin/env bash
# Installs (when missing) the tools the test suite drives besides the servers: a non-.NET AMQP client
# for the interoperability tests. Idempotent; as a normal user it only says what is missing.
set -euo pipefail

missing=()
command -v amqp-publish >/dev/null || missing+=(amqp-tools)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "eventnews: the tests need ${missing[*]}; install them with apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "eventnews: installing ${missing[*]} ..." >&2
DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
