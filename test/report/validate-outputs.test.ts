/**
 * SARIF and JUnit from every kind of run the other tests make (besides the mode × unknown × fail-on
 * combinations of verdict.test.ts): facts only, template only, SAS URIs only, a Windows-declared manifest, a
 * release run, hostile text, a capped run, no images. Each SARIF file passes Microsoft's validator with the
 * GitHub rule set (zero errors), each JUnit file xmllint against the Jenkins JUnit schema.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { jest } from '@jest/globals'
import { main as cliMain } from '../../src/cli.js'
import { renderJunit } from '../../src/report/junit.js'
import { renderSarif } from '../../src/report/sarif.js'
import { requireReal } from '../support/real.js'
import { hostileReport, manyFailures, mixedReport, report, rules } from '../support/report-fixtures.js'
import {
  junitXsd,
  multitoolAvailable,
  validateJunit,
  validateSarif,
  xmllintAvailable
} from '../support/validators.js'

jest.setTimeout(600_000)

const NOW = ['--now', '2026-11-25T12:00:00Z', '--no-network-checks', '--quiet']
const RUNS: Record<string, string[]> = {
  'facts-only': ['--facts', 'examples/failing/linux.facts.json'],
  'template-only': ['--template', 'examples/templates/failing'],
  'sas-only': ['--sas', 'os=https://acct.blob.core.windows.net/c/os.vhd?sv=2022-11-02&sp=rl&sig=abc'],
  'windows-manifest': ['--manifest', 'examples/failing/packer-manifest.json'],
  'windows-facts': ['--facts', 'examples/windows/failing.facts.json'],
  'release-compliant': [
    '--manifest',
    'examples/compliant/packer-manifest.json',
    '--facts',
    'examples/compliant/linux.facts.json',
    '--mode',
    'release'
  ]
}

let dir: string
const sarif: string[] = []
const junit: string[] = []

const sink = (): Writable =>
  new Writable({
    write(_c, _e, cb) {
      cb()
    }
  })

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-validate-'))
  // As in a workflow: results without a file of their own are reported on the workflow file.
  process.env.GITHUB_WORKFLOW_REF = 'contoso/images/.github/workflows/image.yml@refs/heads/main'
  for (const [name, args] of Object.entries(RUNS))
    for (const format of ['sarif', 'junit'] as const) {
      const out = path.join(dir, `${name}.${format === 'sarif' ? 'sarif' : 'xml'}`)
      const code = await cliMain(['check', ...args, ...NOW, '--format', format, '--output', out], {
        out: sink() as unknown as typeof process.stdout,
        err: sink() as unknown as typeof process.stderr
      })
      expect([name, format, code === 0 || code === 1]).toEqual([name, format, true])
      ;(format === 'sarif' ? sarif : junit).push(out)
    }
  delete process.env.GITHUB_WORKFLOW_REF
  const fixtures = {
    mixed: mixedReport(),
    'mixed-release': mixedReport({ mode: 'release' }),
    hostile: hostileReport(),
    many: manyFailures(40),
    empty: report([])
  }
  for (const [name, r] of Object.entries(fixtures)) {
    const s = path.join(dir, `fixture-${name}.sarif`)
    fs.writeFileSync(s, JSON.stringify(renderSarif(r, rules(), {})))
    sarif.push(s)
    const j = path.join(dir, `fixture-${name}.xml`)
    fs.writeFileSync(j, renderJunit(r))
    junit.push(j)
  }
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

test('every SARIF file passes Microsoft’s SARIF validator with the GitHub rule set: zero errors', () => {
  if (!requireReal('@microsoft/sarif-multitool (npm devDependency, Linux x64)', multitoolAvailable())) return
  expect(sarif).toHaveLength(Object.keys(RUNS).length + 5)
  const problems = validateSarif(sarif).filter(p => p.level === 'error')
  expect(problems).toEqual([])
})

test('every result of every run has a repository file as its physical location', () => {
  for (const file of sarif.filter(f => !path.basename(f).startsWith('fixture-'))) {
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      runs: Array<{
        results: Array<{ locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>
      }>
    }
    const uris = log.runs[0]!.results.map(r => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)
    expect([path.basename(file), uris.filter(u => !u || u.startsWith('/') || u.includes('..'))]).toEqual([
      path.basename(file),
      []
    ])
  }
})

test('every JUnit file is valid against the Jenkins JUnit schema (xmllint)', () => {
  if (!requireReal('xmllint (Debian libxml2-utils)', xmllintAvailable())) return
  expect(validateJunit(junit, junitXsd())).toBe('')
})
