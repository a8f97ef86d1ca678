#!/usr/bin/env bash
# Policy checks: opa fmt, opa check --strict, opa test (with coverage figure), and Regal (mandatory in CI).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-opa.sh" 2>/dev/null
export PATH="$root/.tools/bin:$PATH"
cd "$root"
echo "== opa fmt"; opa fmt --fail --list policies >/dev/null || { echo "opa fmt: these files need 'opa fmt -w':"; opa fmt --list policies; exit 1; }
echo "== opa check --strict"; opa check --strict policies
echo "== opa test"; opa test policies
cov="$(opa test --coverage policies --ignore 'wasm-builtins.txt' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).coverage.toFixed(1)))')"
echo "policy coverage: ${cov}%"
# Regal (the Rego linter, configured in .regal/config.yaml) is mandatory in CI (CI=true or VMIP_REQUIRE_REAL=1):
# built there if missing; elsewhere it runs when installed (bash scripts/install-regal.sh).
if [ "${CI:-}" = true ] || [ "${VMIP_REQUIRE_REAL:-}" = 1 ]; then bash "$root/scripts/install-regal.sh"; fi
if [ -x "$root/.tools/bin/regal" ]; then
  echo "== regal lint"; regal lint --fail-level error policies
else
  echo "== regal lint skipped: not installed (bash scripts/install-regal.sh builds it)"
fi
