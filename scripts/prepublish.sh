#!/usr/bin/env bash
# `npm publish` runs this first (prepublishOnly): checks, a fresh build, and the whole suite.
# The package must hold the very dist/ the tagged commit holds (the action runs that one),
# so a build that changes dist/ stops the publish instead of shipping something untagged.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run typecheck
npm run lint
npm run build
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "prepublish: the build changed dist/; commit the rebuilt dist/ (and tag that commit) first" >&2
  exit 1
fi
npm test
