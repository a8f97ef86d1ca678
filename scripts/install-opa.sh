#!/usr/bin/env bash
# Installs the pinned OPA (and, on request, Regal and conftest) from the Go module proxy
# into .tools/bin (git-ignored). Reuses what is already there.
#   scripts/install-opa.sh            # opa only
#   scripts/install-opa.sh all        # opa, regal, conftest
set -euo pipefail
OPA_VERSION="${OPA_VERSION:-v1.22.3}"
REGAL_VERSION="${REGAL_VERSION:-}"
CONFTEST_VERSION="${CONFTEST_VERSION:-v0.71.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
mkdir -p "$bin"
export GOBIN="$bin" GOFLAGS="${GOFLAGS:--trimpath}" CGO_ENABLED=0
# Go's own module and build caches (shared across clones on this machine) make a rebuild quick.

have() { [ -x "$bin/$1" ] && [ -f "$bin/.$1.version" ] && [ "$(cat "$bin/.$1.version")" = "$2" ]; }

install_one() { # name module version
  if have "$1" "$3"; then return 0; fi
  echo "installing $1 $3 (go install $2@$3)" >&2
  go install "$2@$3"
  echo "$3" > "$bin/.$1.version"
}

install_one opa github.com/open-policy-agent/opa "$OPA_VERSION"
if [ "${1:-}" = all ]; then
  [ -n "$REGAL_VERSION" ] && install_one regal github.com/open-policy-agent/regal "$REGAL_VERSION"
  [ -n "$CONFTEST_VERSION" ] && install_one conftest github.com/open-policy-agent/conftest "$CONFTEST_VERSION"
fi
"$bin/opa" version | sed -n 1p >&2
