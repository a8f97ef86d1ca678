/**
 * The Windows rules (AZMP-WIN-001..006) and DSK-003 judged from facts documents shaped like probe.ps1's output
 * (test/fixtures/windows, written by make-fixtures.mjs), through the policy compiled from the working tree;
 * and the examples through the bundled CLI as a user runs it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { validateFacts } from '../../src/facts/validate.js'
import { runCli } from '../support/run-cli.js'
import { findingsById, fixturesDir, readJson, repo } from './support.js'

interface Expectation {
  file: string
  expect: Record<string, Record<string, string>>
}

const expectations = readJson(path.join(fixturesDir, 'expectations.json')) as Expectation[]
const WIN = ['AZMP-WIN-001', 'AZMP-WIN-002', 'AZMP-WIN-003', 'AZMP-WIN-004', 'AZMP-WIN-005', 'AZMP-WIN-006']

test('the fixtures and examples are what make-fixtures.mjs writes', () => {
  execFileSync('node', [path.join(fixturesDir, 'make-fixtures.mjs'), '--check'], { stdio: 'pipe' })
})

test('every WIN rule has a pass, fail, unknown and not-applicable fixture', () => {
  for (const id of WIN) {
    const seen = new Set(expectations.flatMap(e => Object.values(e.expect).map(x => x[id])))
    expect([id, ...['pass', 'fail', 'unknown', 'not_applicable'].filter(s => seen.has(s))]).toEqual([
      id,
      'pass',
      'fail',
      'unknown',
      'not_applicable'
    ])
  }
})

const cases = expectations.flatMap(e =>
  Object.entries(e.expect).map(([profile, want]) => [e.file, profile, want] as const)
)

test.each(cases)('%s (%s profile)', async (file, profile, want) => {
  const doc = readJson(path.join(fixturesDir, file)) as Record<string, unknown>
  expect(() => validateFacts(doc, file)).not.toThrow()
  const findings = await findingsById(doc, profile)
  const got: Record<string, string> = {}
  for (const id of Object.keys(want)) got[id] = findings.get(id)?.status ?? 'missing'
  expect(got).toEqual(want)
})

// What the findings say, for the situations the probe produces (messages come from the rules; these pin that
// the probe's facts reach them as intended).
test('findings quote the facts the probe gathered', async () => {
  const at = async (file: string, id: string, profile = 'current') =>
    (await findingsById(readJson(path.join(fixturesDir, file)), profile)).get(id)
  const msgs = (f: Awaited<ReturnType<typeof at>>) => (f?.details ?? []).map(d => d.msg).join(' | ')

  expect(msgs(await at('compliant.facts.json', 'AZMP-WIN-001'))).toMatch(
    /built on MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition \(version 20348\.4405\.261014, published 2026-10-14\): approved/
  )
  expect(msgs(await at('compliant.facts.json', 'AZMP-WIN-002'))).toBe(
    'no Critical or Important update pending (1 other pending)'
  )
  expect(msgs(await at('compliant.facts.json', 'AZMP-WIN-003'))).toBe(
    'startup tasks that delete themselves: \\Contoso\\FirstBoot'
  )
  expect(msgs(await at('compliant.facts.json', 'AZMP-WIN-004'))).toMatch(/drives referenced: C:, D:/)
  expect(msgs(await at('updates-pending-critical.facts.json', 'AZMP-WIN-002'))).toMatch(
    /2 update\(s\) .*KB5065432 \(Unspecified, Critical Updates\); KB5070884 \(Critical, Security Updates\)/
  )
  expect(msgs(await at('drive-letters-other.facts.json', 'AZMP-WIN-004'))).toMatch(
    /HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run ContosoAgent refers to drive E:/
  )
  expect(msgs(await at('drive-letters-other.facts.json', 'AZMP-WIN-004'))).toMatch(
    /task \\Contoso\\FirstBoot refers to drive F:/
  )
  expect(msgs(await at('sysprep-blocked.facts.json', 'AZMP-WIN-005'))).toMatch(
    /sysprep is disabled \(HKLM\\SYSTEM\\Setup\\Status\\SysprepStatus GeneralizationState is 4, not 7/
  )
  expect(msgs(await at('roles-and-bitlocker.facts.json', 'AZMP-WIN-006'))).toMatch(
    /Failover-Clustering, Hyper-V.*\| .*|BitLocker protects the OS volume/
  )
  expect((await at('not-elevated.facts.json', 'AZMP-WIN-006'))?.missing).toEqual([
    'windows.bitlocker.os_volume_protection'
  ])
  expect((await at('deployed-no-base-record.facts.json', 'AZMP-WIN-001'))?.missing).toEqual([
    'windows.base_image.offer',
    'windows.base_image.publisher',
    'windows.base_image.sku'
  ])
  expect((await at('packer-before-sysprep.facts.json', 'AZMP-WIN-005'))?.missing).toEqual([
    'windows.sysprep.disabled',
    'windows.sysprep.image_state'
  ])
})

// ---------------------------------------------------------------------------------------------------------
// The bundled CLI (dist/, `npm run build`), as in the README
// ---------------------------------------------------------------------------------------------------------
const NOW = ['--now', '2026-11-25T12:00:00Z']
const built =
  fs.existsSync(path.join(repo, 'dist/cli.js')) && fs.existsSync(path.join(repo, 'dist/policy.wasm'))
const cli = built ? describe : describe.skip
if (!built) console.warn('skipped: dist/cli.js is not built (npm run build)')

interface Report {
  images: Array<{ name: string; findings: Array<{ rule: string; status: string; message: string }> }>
}

function check(args: string[]): { code: number | null; report: Report; stderr: string } {
  const r = runCli(['check', ...args, ...NOW, '--format', 'json'])
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr }
}

const statuses = (rep: Report, ids: string[]) => {
  const out: Record<string, string> = {}
  for (const f of rep.images[0]?.findings ?? []) if (ids.includes(f.rule)) out[f.rule] = f.status
  return out
}

cli('check --facts examples/windows/… (dist/cli.js)', () => {
  it('judges every WIN rule of the compliant example: pass (current profile)', () => {
    const { report, stderr } = check([
      '--facts',
      'examples/windows/compliant.facts.json',
      '--profile',
      'current'
    ])
    expect(stderr).toBe('')
    expect(statuses(report, [...WIN, 'AZMP-DSK-003'])).toEqual(
      Object.fromEntries([...WIN, 'AZMP-DSK-003'].map(id => [id, 'pass']))
    )
  })

  it('judges every WIN rule of the failing example: fail (current profile), exit 1', () => {
    const { code, report } = check(['--facts', 'examples/windows/failing.facts.json', '--profile', 'current'])
    expect(code).toBe(1)
    expect(statuses(report, WIN)).toEqual(Object.fromEntries(WIN.map(id => [id, 'fail'])))
  })

  it('guide profile: WIN-001..005 judged, WIN-006 off', () => {
    const { report } = check(['--facts', 'examples/windows/failing.facts.json'])
    expect(statuses(report, WIN)).toEqual({
      ...Object.fromEntries(WIN.map(id => [id, 'fail'])),
      'AZMP-WIN-006': 'not_applicable'
    })
  })

  it("the Packer build's two probe runs (before and after sysprep) merge into one image", () => {
    const { report, stderr } = check([
      '--facts',
      'test/fixtures/windows/packer-before-sysprep.facts.json',
      '--facts',
      'test/fixtures/windows/packer-after-sysprep.facts.json',
      '--profile',
      'current'
    ])
    expect(stderr).toBe('')
    expect(report.images).toHaveLength(1)
    expect(statuses(report, [...WIN, 'AZMP-DSK-003'])).toEqual(
      Object.fromEntries([...WIN, 'AZMP-DSK-003'].map(id => [id, 'pass']))
    )
  })
})
