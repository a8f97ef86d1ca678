#!/usr/bin/env bash
# Builds the pinned Regal (the Rego linter) into .tools/bin/regal (git-ignored); reuses it when the version matches.
# `go install github.com/open-policy-agent/regal@vX` does not work here (the module proxy refuses version lists),
# but an exact version downloads, so: download the module, then build it inside the module folder.
# Go's module and build caches are shared across clones on this machine, so a rebuild is quick once built.
set -euo pipefail
REGAL_VERSION="${REGAL_VERSION:-v0.38.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
mkdir -p "$bin"
if [ -x "$bin/regal" ] && [ "$(cat "$bin/.regal.version" 2>/dev/null)" = "$REGAL_VERSION" ]; then
  exit 0
fi
module="github.com/open-policy-agent/regal@$REGAL_VERSION"
echo "building regal $REGAL_VERSION (go mod download $module, then go build)" >&2
dir="$(go mod download -json "$module" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);if(m.Error){console.error(m.Error);process.exit(1)}console.log(m.Dir)})')"
(
  cd "$dir"
  CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath \
    -ldflags "-X github.com/open-policy-agent/regal/pkg/version.Version=$REGAL_VERSION" -o "$bin/regal.tmp" .
)
mv "$bin/regal.tmp" "$bin/regal"
echo "$REGAL_VERSION" > "$bin/.regal.version"
"$bin/regal" version | sed -n 1p >&2
