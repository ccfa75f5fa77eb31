#!/usr/bin/env bash
# Rebuilds dist/ from the committed src/ (HEAD) in a fresh clone, and copies it here.
# For a shared working tree: `npm run build` bundles whatever src/ holds right now,
# uncommitted edits included; this bundles exactly what a fresh clone would.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/wflo-build-XXXXXX")
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-hardlinks "$repo" "$work/clone"
cd "$work/clone"
npm ci --no-audit --no-fund --silent
npm run --silent build
rm -rf "$repo/dist"
cp -a dist "$repo/dist"
echo "dist/ rebuilt from $(git rev-parse --short HEAD)"
