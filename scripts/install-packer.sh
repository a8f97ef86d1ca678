#!/usr/bin/env bash
# Builds the pinned Packer from the Go module proxy into .tools/bin/packer (git-ignored). Reuses it when the
# version file says it is already there. `go install …@version` does not work for Packer through the proxy
# (the version list is refused), so the module is downloaded and built inside its module folder.
#   scripts/install-packer.sh
set -euo pipefail
PACKER_VERSION="${PACKER_VERSION:-v1.11.2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
mkdir -p "$bin"

if [ -x "$bin/packer" ] && [ -f "$bin/.packer.version" ] && [ "$(cat "$bin/.packer.version")" = "$PACKER_VERSION" ]; then
  "$bin/packer" version | sed -n 1p >&2
  exit 0
fi

echo "building packer $PACKER_VERSION (go mod download + go build; several minutes on a small machine)" >&2
dir="$(go mod download -json "github.com/hashicorp/packer@$PACKER_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
  echo "install-packer: go mod download did not give a module folder for packer $PACKER_VERSION" >&2
  exit 1
fi
tmp="$bin/.packer.tmp.$$"
trap 'rm -f "$tmp"' EXIT
(cd "$dir" && CGO_ENABLED=0 GOFLAGS="-mod=mod -trimpath -buildvcs=false" go build -o "$tmp" .)
mv "$tmp" "$bin/packer"
echo "$PACKER_VERSION" > "$bin/.packer.version"
"$bin/packer" version | sed -n 1p >&2
