#!/usr/bin/env bash
# redis-server from Debian's packages for the Redis budget store's tests (docs/budgets.md):
# the tests start their own server on a free port and stop it, so nothing is started here.
# Idempotent.
set -euo pipefail
if ! command -v redis-server >/dev/null 2>&1; then
  printf '[redis-setup] installing redis-server\n'
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
fi
