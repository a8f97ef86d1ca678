/**
 * Unknowns grouped by what is missing (src/report/unknowns.ts, decided once): one line per source per
 * image in the terminal, the job summary and the comment; unknowns for their own reason keep their row.
 */
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderText } from '../../src/report/text.js'
import { groupUnknowns, unknownGroupText, unknownSource } from '../../src/report/unknowns.js'
import type { Finding } from '../../src/types.js'
import { finding, image, mixedReport, report } from '../support/report-fixtures.js'

const u = (rule: string, missing: string[], area = 'linux', over: Partial<Finding> = {}): Finding =>
  finding({
    rule,
    path: `${area}.${rule}`,
    status: 'unknown',
    area,
    missing,
    message: `not evaluated: facts not gathered: ${missing.join(', ')}`,
    location: undefined,
    ...over
  })

const linux = Array.from({ length: 27 }, (_, i) =>
  u(`AZMP-LNX-${String(i + 1).padStart(3, '0')}`, ['linux.waagent.installed', 'os.type'])
)

test('one group per missing source; the most specific fact decides (linux.* over os.type)', () => {
  const { groups, own } = groupUnknowns(
    [
      u('AZMP-LNX-001', ['linux.waagent.installed', 'os.type']),
      u('AZMP-LNX-002', ['linux.python.present']),
      u('AZMP-SAS-001', ['sas'], 'sas'),
      u('AZMP-REG-002', ['os.type'], 'registration'),
      u('AZMP-X-1', ['custom.thing'], 'custom'),
      // A missing entry that says why: unknown for its own reason.
      u('AZMP-LNX-003', ['linux.ssh.settings (not understood: /etc/ssh/sshd_config:3: Include glob)'])
    ],
    { mode: 'pr' }
  )
  expect(groups.map(unknownGroupText)).toEqual([
    "2 Linux rules need the Linux probe's output: run probes/linux/probe.sh (vm-image-policy probe), see docs/linux-probe.md",
    expect.stringMatching(/^AZMP-REG-002 needs the OS type: a probe's output observes it/),
    'AZMP-SAS-001 needs the SAS URIs: give --sas os=URL (input sas-uris)'
  ])
  expect(own.map(f => f.rule)).toEqual(['AZMP-X-1', 'AZMP-LNX-003'])
  expect(unknownSource({ missing: [] })).toBeUndefined()
  expect(unknownSource({ missing: ['template.provisioners'] })).toMatch(/--template/)
  // Facts from two sources: both named (the version rules need the version and the history).
  expect(unknownSource({ missing: ['sku.published_versions', 'sku.version'] })).toBe(
    "the SKU's published versions: give --ledger (input ledger) or --history tags; and the proposed version: give --version (input version), or custom_data version"
  )
  expect(unknownSource({ missing: ['os.type', 'stage'] })).toMatch(/^the OS type: .*; and the stage/)
})

test('a group never mixes unknowns that fail the run with unknowns that warn', () => {
  const r = { mode: 'release' as const, fail_on: 'error' as const, unknown: 'fail' as const }
  const { groups } = groupUnknowns(
    [u('AZMP-LNX-001', ['linux.a']), u('AZMP-LNX-002', ['linux.b'], 'linux', { severity: 'warning' })],
    r
  )
  expect(groups.map(g => [g.fails, g.findings.map(f => f.rule)])).toEqual([
    [true, ['AZMP-LNX-001']],
    [false, ['AZMP-LNX-002']]
  ])
})

test('terminal: one line for 27 Linux unknowns, own-reason unknowns keep their row, 100 columns', () => {
  const own = u('AZMP-X-1', ['custom.thing'], 'custom', { message: 'the custom fact is not there' })
  const r = report([image('img', [finding(), ...linux, own])], { result: 'fail', fail_on: 'error' })
  const text = renderText(r, { color: false, verbose: false })
  const lines = text.split('\n')
  expect(lines.filter(l => /AZMP-LNX-0\d\d/.test(l))).toEqual([])
  expect(lines).toContain(
    "  ? 27 Linux rules need the Linux probe's output: run probes/linux/probe.sh (vm-image-policy probe),"
  )
  expect(text).toMatch(/^ {2}\? unknown +AZMP-X-1 /m)
  expect(text).toContain('the custom fact is not there')
  for (const l of lines) expect(l.length).toBeLessThanOrEqual(100)
  // --all lists every rule.
  const all = renderText(r, { color: false, verbose: false, all: true })
  expect(all.split('\n').filter(l => /AZMP-LNX-0\d\d/.test(l))).toHaveLength(27)
})

test('terminal: nothing judged is never a PASS', () => {
  const r = report([image('img', linux)], { result: 'pass', fail_on: 'error' })
  const last = renderText(r, { color: false, verbose: false }).trimEnd().split('\n').pop()
  expect(last).toBe('Result: no failures; 27 rules not evaluated (fail-on: error)')
})

test('comment: unknowns that warn collapse into one line per source; failing ones are shown', () => {
  const pr = renderComment(mixedReport())
  expect(pr).toContain('<details><summary>❔ 1 not evaluated (facts missing)</summary>')
  expect(pr).toContain('- ❔ AZMP-LNX-001 needs the Linux probe')
  expect(pr).not.toMatch(/^\| ❔ \| \[AZMP-LNX-001\]/m)

  // Release mode: the unknown fails the run: shown (not collapsed), still one line per source.
  const rel = renderComment(report([image('img', [finding(), ...linux])], { mode: 'release' }))
  expect(rel).toContain('**❓ 27 not evaluated, failing the run (facts missing):**')
  expect(rel).toContain("- ❓ 27 Linux rules need the Linux probe's output")
  expect(rel).not.toMatch(/^\| ❓ \|/m)
  expect(rel).not.toContain('<details><summary>❔')

  // Several images: one line per source per image, named.
  const two = renderComment(report([image('a', linux), image('b', linux.slice(0, 3))]))
  expect(two).toContain('- ❔ `a`: 27 Linux rules need')
  expect(two).toContain('- ❔ `b`: 3 Linux rules need')
})

test('job summary: grouped unknowns first (rules collapsed), the other rules in the area tables', () => {
  const own = u('AZMP-X-1', ['custom.thing'], 'custom')
  const md = renderSummary(report([image('img', [finding(), ...linux, own])]))
  expect(md).toContain('**Not evaluated, facts missing (27 rules):**')
  expect(md).toContain("- ❔ 27 Linux rules need the Linux probe's output")
  expect(md).toContain('<details><summary>the 27 rules</summary>')
  // Every rule is still in the summary, once: the grouped ones in the collapsed list.
  for (const f of linux) expect(md.split(f.rule).length - 1).toBe(1)
  expect(md).not.toMatch(/^\| .*\[AZMP-LNX-001\]/m)
  expect(md).toMatch(/^\| ❔ \| \[AZMP-X-1\]/m)
  expect(md).toMatch(/^#### Disks and VHDs$/m)
  expect(md).not.toMatch(/^#### Linux$/m)
})
