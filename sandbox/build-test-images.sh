#!/usr/bin/env bash
# Builds the local images the sandbox tests use, without a registry (TESTING.md):
# a root filesystem made on the host and `docker import`ed.
#   wflo-test/busybox:1  busybox-static with its applets linked in /bin
#   wflo-test/mcp-fs:1   the same, plus the host's Node (Debian's nodejs package, with the
#                        libraries it links) and @modelcontextprotocol/server-filesystem from
#                        npm in /opt/mcp (the version package-lock.json pins), for the MCP tests
# Skips an image that already exists (mcp-fs: built from the same Node and server version);
# FORCE=1 rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."

# A busybox root filesystem in $1: sh and the usual tools, /tmp, /workspace, users.
busybox_root() {
  local root=$1 busybox
  busybox=$(command -v busybox || true)
  if [ -z "$busybox" ] || ldd "$busybox" >/dev/null 2>&1; then
    echo "a static busybox is needed: apt-get install -y busybox-static" >&2
    exit 1
  fi
  mkdir -p "$root/bin" "$root/tmp" "$root/workspace" "$root/etc"
  cp "$busybox" "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  chmod 1777 "$root/tmp"
}

# Copies a dynamically linked program and every library it loads into the root filesystem $1.
with_libraries() {
  local root=$1 program=$2 lib
  cp --parents -L "$program" "$root"
  for lib in $(ldd "$program" | grep -o '/[^ ]*'); do cp --parents -L "$lib" "$root"; done
}

roots=()
trap 'rm -rf "${roots[@]}"' EXIT

image=wflo-test/busybox:1
if [ "${FORCE:-}" = 1 ] || ! docker image inspect "$image" >/dev/null 2>&1; then
  root=$(mktemp -d)
  roots+=("$root")
  busybox_root "$root"
  # A setuid-root `id` (coreutils, with its libraries): busybox drops setuid by itself, this
  # one does not, so the escape tests can see no-new-privileges keep euid non-root.
  mkdir -p "$root/opt/probe"
  cp /usr/bin/id "$root/opt/probe/suid-id"
  for lib in $(ldd /usr/bin/id | grep -o '/[^ ]*'); do cp --parents -L "$lib" "$root"; done
  chmod 4755 "$root/opt/probe/suid-id"
  tar -C "$root" --numeric-owner -c . | docker import -c 'ENV PATH=/bin' -c 'WORKDIR /workspace' - "$image" >/dev/null
  echo "built $image"
fi

image=wflo-test/mcp-fs:1
# `nodejs`, not `node`: under npm scripts `node` may be the npm package's Node 24 wrapper.
node_bin=$(readlink -f "$(command -v nodejs || command -v node)")
if ! ldd "$node_bin" >/dev/null 2>&1; then
  echo "a dynamically linked Node is needed for $image (Debian: apt-get install -y nodejs); $node_bin is not one" >&2
  exit 1
fi
server_version=$(node -p "require('./package-lock.json').packages['node_modules/@modelcontextprotocol/server-filesystem'].version")
key="node-$("$node_bin" --version)-server-filesystem-$server_version"
built=$(docker image inspect --format '{{index .Config.Labels "wflo.test.key"}}' "$image" 2>/dev/null || true)
if [ "${FORCE:-}" = 1 ] || [ "$built" != "$key" ]; then
  root=$(mktemp -d)
  roots+=("$root")
  busybox_root "$root"
  with_libraries "$root" "$node_bin"
  mkdir -p "$root/usr/local/bin"
  ln -sf "$node_bin" "$root/usr/local/bin/node"
  # From npm's cache when `npm ci` has filled it (the version is the lockfile's).
  npm install --prefix "$root/opt/mcp" --omit=dev --no-audit --no-fund --no-package-lock \
    --prefer-offline --loglevel=error "@modelcontextprotocol/server-filesystem@$server_version" >/dev/null
  ln -s node_modules/@modelcontextprotocol/server-filesystem "$root/opt/mcp/server-filesystem"
  tar -C "$root" --numeric-owner -c . | docker import -c 'ENV PATH=/usr/local/bin:/bin' -c 'ENV HOME=/tmp' \
    -c 'WORKDIR /workspace' -c "LABEL wflo.test.key=$key" - "$image" >/dev/null
  echo "built $image ($key)"
fi
