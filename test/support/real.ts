/**
 * Gate for tests that need a real component (root, a Debian package, a service).
 * Returns true when the test should run; false (with a one-line warning) to skip; throws when
 * VMIP_REQUIRE_REAL=1 (CI) so that a missing component fails the run instead of silently skipping.
 */
export function requireReal(what: string, available: boolean): boolean {
  if (available) return true
  if (process.env.VMIP_REQUIRE_REAL === '1') {
    throw new Error(`required real component missing: ${what} (VMIP_REQUIRE_REAL=1)`)
  }
  console.warn(`skipped: ${what} is not available`)
  return false
}
