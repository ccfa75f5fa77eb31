#!/usr/bin/env bash
# GitHub's Markdown renderer for the tests that check what users see (job summary, PR
# comments): cmark-gfm from Debian's packages. Idempotent.
set -euo pipefail
if ! command -v cmark-gfm >/dev/null 2>&1; then
  printf '[render-setup] installing cmark-gfm\n'
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmark-gfm >/dev/null
fi
