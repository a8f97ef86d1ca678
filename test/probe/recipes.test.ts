/**
 * The three Debian bookworm recipes of scripts/make-debian-roots.sh, each configured the way a family of real
 * marketplace images is (base: ifupdown + agent provisioning; ci: cloud-init + netplan + systemd-networkd +
 * the systemd-resolved stub; nm: NetworkManager), judged through probe.sh → schema → compiled policy:
 *
 *  - zero false failures: each correct recipe passes every rule it can judge at the build stage (guide and
 *    current profile), nothing unknown;
 *  - a table of mutations, one row per (recipe, mechanism): each breaks one setting the way real image builders
 *    do, on a throw-away overlay of the root (the cached root is the read-only lower layer, never written),
 *    and must fail exactly its rule(s) on top of what the correct recipe reports (which the clean tests pin to
 *    the baseline). A new mechanism is one row.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import type { RawFinding } from '../../src/policy/engine.js'
import { compilePolicy, has, isRoot, linuxFindings, notPassing, probeRoot, repo } from './support.js'
import { overlay, recipes, release, rootsDir, rows, type Recipe, type Row } from './rows.js'

const run =
  requireReal('root (debootstrap, chroot and overlay mounts need it)', isRoot) &&
  requireReal('debootstrap (Debian package)', has('debootstrap')) &&
  requireReal('mkswap (util-linux)', has('mkswap'))
const maybe = run ? describe : describe.skip

const roots: Record<Recipe, string> = { base: '', nm: '', ci: '' }

beforeAll(() => {
  if (!run) return
  execFileSync('bash', [path.join(repo, 'scripts/make-debian-roots.sh')], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  for (const r of recipes) roots[r] = path.join(rootsDir, r)
  compilePolicy()
}, 1_800_000)

/** What each correct recipe reports beyond pass / not_applicable: the only finding is a true one (the guide
 * finds NetworkManager best disabled, a warning), never an unknown. */
const baseline: Record<Recipe, Record<'guide' | 'current', Record<string, string>>> = {
  base: { guide: {}, current: {} },
  ci: { guide: {}, current: {} },
  nm: { guide: { network_manager: 'fail' }, current: { network_manager: 'fail' } }
}

afterAll(() => release())

/** One line per finding: its status, messages and missing facts (shown only when a row does not hold). */
function explain(f: RawFinding | undefined): string {
  if (!f) return 'no finding'
  const msgs = f.details.map(d => d.msg).join(' | ')
  return `${f.status}${msgs ? `: ${msgs}` : ''}${f.missing.length ? ` (missing ${f.missing.join(', ')})` : ''}`
}

/** Asserts the rules not passing are exactly `want`; on a mismatch, the reasons of each differing rule. */
function expectNotPassing(f: Map<string, RawFinding>, want: Record<string, string>): void {
  const got = notPassing(f)
  const differing = [...new Set([...Object.keys(got), ...Object.keys(want)])].filter(k => got[k] !== want[k])
  const why = Object.fromEntries(differing.map(k => [k, explain(f.get(k))]))
  expect({ notPassing: got, why }).toEqual({ notPassing: want, why: {} })
}

const label = (r: Row) => `${r.recipe} / ${r.area}: ${r.mechanism}`

maybe('the three recipes on Debian bookworm', () => {
  test.each(recipes)('%s: no false failure (guide and current profile, build stage)', async recipe => {
    const doc = probeRoot(roots[recipe])
    expect(doc.stage).toBe('build')
    for (const profile of ['guide', 'current'] as const)
      expectNotPassing(await linuxFindings(doc, profile), baseline[recipe][profile])
  })

  test('the table covers at least three mechanisms of each area the OS offers several for', () => {
    const per = new Map<string, Set<string>>()
    for (const r of rows) per.set(r.area, (per.get(r.area) ?? new Set()).add(r.mechanism))
    for (const area of ['swap', 'hyperv', 'kernel_cmdline', 'network', 'resolv_conf', 'keys', 'firewall'])
      expect([area, (per.get(area)?.size ?? 0) >= 3]).toEqual([area, true])
    expect(new Set(rows.map(label)).size).toBe(rows.length)
  })
})

/** What the correct recipe itself reports (probed once per recipe and profile). The clean tests above assert it
 * is the baseline; each row asserts its change on top of it, so a gap of the probe on the correct recipe shows
 * up once there, not in every row. */
const cleanCache = new Map<string, Promise<Record<string, string>>>()
function clean(recipe: Recipe, profile: 'guide' | 'current'): Promise<Record<string, string>> {
  const k = `${recipe}/${profile}`
  let v = cleanCache.get(k)
  if (!v) {
    v = linuxFindings(probeRoot(roots[recipe]), profile).then(notPassing)
    cleanCache.set(k, v)
  }
  return v
}

maybe.each(rows.map(r => [label(r), r] as const))('mutation %s', (_name, row) => {
  afterAll(() => release())
  test('fails exactly its rule(s)', async () => {
    const profile = row.profile ?? 'guide'
    const before = await clean(row.recipe, profile)
    const m = overlay(roots[row.recipe], `${row.recipe}-${row.area}`)
    row.mutate(m)
    const doc = probeRoot(m.root)
    const want = {
      ...before,
      ...Object.fromEntries(row.fails.map(r => [r, 'fail'])),
      ...Object.fromEntries((row.unknown ?? []).map(r => [r, 'unknown']))
    }
    expectNotPassing(await linuxFindings(doc, profile), want)
    release()
  })
})
