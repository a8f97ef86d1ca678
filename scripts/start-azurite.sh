#!/usr/bin/env bash
# Starts Azurite (npm devDependency `azurite`, blob service only) on 127.0.0.1 for manual checks:
#   scripts/start-azurite.sh          start (or report the one already running); prints its blob endpoint
#   scripts/start-azurite.sh stop     stop the one this script started (by its recorded pid)
# In-memory storage, API version check skipped, loose mode. State: .cache/azurite/{pid,port,log}.
# The jest tests (test/sas/azurite.test.ts) do not need this: they start their own Azurite on a free port.
# Env: AZURITE_PORT (default 10000; 0 = any free port). Azurite's development account is devstoreaccount1 with its public key.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$root/.cache/azurite"
main="$root/node_modules/azurite/dist/src/blob/main.js"
mkdir -p "$state"

running() { [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; }

if [[ "${1:-}" == "stop" ]]; then
  if running; then
    kill "$(cat "$state/pid")"
    echo "azurite: stopped pid $(cat "$state/pid")"
  else
    echo "azurite: not running"
  fi
  rm -f "$state/pid" "$state/port"
  exit 0
fi

if running; then
  echo "azurite: already running (pid $(cat "$state/pid")): http://127.0.0.1:$(cat "$state/port")/devstoreaccount1"
  exit 0
fi

if [[ ! -f "$main" ]]; then
  echo "azurite: not installed; run npm ci first" >&2
  exit 3
fi

port="${AZURITE_PORT:-10000}"
work="$state/work"
mkdir -p "$work"
(cd "$work" && exec node "$main" --blobHost 127.0.0.1 --blobPort "$port" --inMemoryPersistence \
  --skipApiVersionCheck --loose --disableTelemetry >"$state/log" 2>&1) &
echo $! >"$state/pid"
for _ in $(seq 1 100); do
  if grep -q "successfully listens" "$state/log" 2>/dev/null; then
    port="$(grep -o 'listens on http://127.0.0.1:[0-9]*' "$state/log" | head -1 | sed 's/.*://')"
    echo "$port" >"$state/port"
    echo "azurite: http://127.0.0.1:$port/devstoreaccount1 (pid $(cat "$state/pid"))"
    exit 0
  fi
  if ! running; then break; fi
  sleep 0.1
done
echo "azurite: did not start; log:" >&2
cat "$state/log" >&2
exit 1
