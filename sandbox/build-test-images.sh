#!/usr/bin/env bash
# Builds the local images the sandbox tests use, without a registry (TESTING.md):
# a root filesystem made on the host and `docker import`ed.
#   wflo-test/busybox:1  busybox-static with its applets linked in /bin
# Skips an image that already exists; FORCE=1 rebuilds.
set -euo pipefail

image=wflo-test/busybox:1
if [ "${FORCE:-}" = 1 ] || ! docker image inspect "$image" >/dev/null 2>&1; then
  busybox=$(command -v busybox || true)
  if [ -z "$busybox" ] || ldd "$busybox" >/dev/null 2>&1; then
    echo "a static busybox is needed: apt-get install -y busybox-static" >&2
    exit 1
  fi
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root/bin" "$root/tmp" "$root/workspace" "$root/etc"
  cp "$busybox" "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  # A setuid-root `id` (coreutils, with its libraries): busybox drops setuid by itself, this
  # one does not, so the escape tests can see no-new-privileges keep euid non-root.
  mkdir -p "$root/opt/probe"
  cp /usr/bin/id "$root/opt/probe/suid-id"
  for lib in $(ldd /usr/bin/id | grep -o '/[^ ]*'); do cp --parents -L "$lib" "$root"; done
  chmod 4755 "$root/opt/probe/suid-id"
  chmod 1777 "$root/tmp"
  tar -C "$root" --numeric-owner -c . | docker import -c 'ENV PATH=/bin' -c 'WORKDIR /workspace' - "$image" >/dev/null
  echo "built $image"
fi
