#!/usr/bin/env bash
# The screenshots in docs/images/: the pages of __tests__/pages-render.int.test.ts (job
# summaries of each way a run ends, the gate comment with held changes), rendered by cmark-gfm
# as GitHub renders them, styled with GitHub's stylesheet (github-markdown-css, installed in a
# temp dir, not a dependency) and photographed by headless Chromium.
# Needs: apt-get install -y cmark-gfm chromium fonts-noto-color-emoji
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --no-save --silent --prefix "$work/css" github-markdown-css >/dev/null
WFLO_PAGES_DIR="$work/md" npx vitest run __tests__/pages-render.int.test.ts >/dev/null
css="$work/css/node_modules/github-markdown-css/github-markdown-light.css"
for md in "$work"/md/*.md; do
  name=$(basename "$md" .md)
  # Shown expanded, as after a reader's click: the tests check that they render collapsed.
  body=$(cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$md" |
    sed 's/<details>/<details open>/g')
  cat >"$work/$name.html" <<HTML
<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="file://$css">
<style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;max-width:980px;padding:32px}</style>
<article class="markdown-body">$body</article>
HTML
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --hide-scrollbars --screenshot="$PWD/docs/images/$name.png" --window-size=1000,1400 \
    "file://$work/$name.html" 2>/dev/null
  printf 'docs/images/%s.png\n' "$name"
done
