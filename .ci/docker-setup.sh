#!/usr/bin/env bash
# Installs and starts a Docker engine for the sandbox tests (TESTING.md "Docker"),
# then builds the local test images. Idempotent: each part is skipped when already done.
# Never creates bridge networks: containers here run with --network none only.
set -euo pipefail

log() { printf '[docker-setup] %s\n' "$*"; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v dockerd >/dev/null 2>&1; then
  log "installing docker.io"
  apt_install docker.io
fi
# The image needs a static busybox: a dynamic one (package busybox) would find no libc inside.
if [ ! -x /bin/busybox ] || ldd /bin/busybox >/dev/null 2>&1; then
  log "installing busybox-static"
  apt_install busybox-static
fi

# gVisor is optional: configure it only if the package installs, and before dockerd starts.
if [ "${WFLO_SKIP_RUNSC:-}" != 1 ] && ! command -v runsc >/dev/null 2>&1; then
  log "installing runsc (optional)"
  apt_install runsc || log "runsc unavailable; continuing without gVisor"
fi
if command -v runsc >/dev/null 2>&1 && [ ! -s /etc/docker/daemon.json ]; then
  mkdir -p /etc/docker
  printf '{"runtimes":{"runsc":{"path":"%s","runtimeArgs":["--network=none"]}}}\n' "$(command -v runsc)" >/etc/docker/daemon.json
fi

if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  nohup dockerd --bridge=none --iptables=false --ip6tables=false >/var/log/wflo-dockerd.log 2>&1 &
  for _ in $(seq 1 120); do
    if [ -S /var/run/docker.sock ] && docker info >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  docker info >/dev/null 2>&1 || { log "dockerd did not start; see /var/log/wflo-dockerd.log"; tail -20 /var/log/wflo-dockerd.log; exit 1; }
fi

"$(dirname "$0")/../sandbox/build-test-images.sh"
log "ready: $(docker version --format '{{.Server.Version}}') runtimes: $(docker info --format '{{range $k, $v := .Runtimes}}{{$k}} {{end}}')"
