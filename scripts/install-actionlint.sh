#!/usr/bin/env bash
# Builds the pinned actionlint (github.com/rhysd/actionlint) from the Go module proxy into .tools/bin
# (git-ignored); reuses the binary when it is already that version. Prints its path on stdout.
#   scripts/install-actionlint.sh
# The module is fetched with `go mod download` and built inside its folder of the module cache, with the
# dependency versions of its own go.mod and go.sum.
set -euo pipefail
ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
mkdir -p "$bin"
if [ -x "$bin/actionlint" ] && [ "$(cat "$bin/.actionlint.version" 2>/dev/null)" = "$ACTIONLINT_VERSION" ]; then
  echo "$bin/actionlint"
  exit 0
fi
echo "installing actionlint $ACTIONLINT_VERSION (go mod download + go build)" >&2
# From / (outside any module), so that no go.mod is consulted or changed.
dir="$(cd / && go mod download -json "github.com/rhysd/actionlint@$ACTIONLINT_VERSION" |
  node -e 'let s = ""; process.stdin.on("data", d => (s += d)).on("end", () => { const j = JSON.parse(s); if (j.Error) { console.error(j.Error); process.exit(1) } console.log(j.Dir) })')"
(cd "$dir" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath \
  -ldflags "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION" -o "$bin/actionlint" ./cmd/actionlint)
echo "$ACTIONLINT_VERSION" > "$bin/.actionlint.version"
"$bin/actionlint" -version | sed -n 1p >&2
echo "$bin/actionlint"
