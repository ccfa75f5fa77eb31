#!/usr/bin/env bash
# Everything `npm test` needs on a fresh machine (Debian, root, Node 20 + npm):
# the Node dependencies (node@24 among them, so npm scripts run on Node 24), then a
# Docker engine and the test images when the sandbox setup script is present.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

# GitHub's Markdown renderer for the tests that check rendered summaries and comments.
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
  sudo bash .ci/render-setup.sh
else
  bash .ci/render-setup.sh
fi

# A real redis-server for the Redis budget store's tests (they start and stop their own).
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
  sudo bash .ci/redis-setup.sh
else
  bash .ci/redis-setup.sh
fi

if [ -f .ci/docker-setup.sh ]; then
  # Installing packages and starting dockerd need root (GitHub runners: passwordless sudo).
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
    sudo bash .ci/docker-setup.sh
  else
    bash .ci/docker-setup.sh
  fi
fi
