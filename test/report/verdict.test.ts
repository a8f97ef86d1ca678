/**
 * One verdict everywhere: every combination of mode × `unknown` (configuration) × fail-on, run through the
 * action (src/main.ts run(), in process, against the loopback GitHub server that checks requests against
 * GitHub's OpenAPI description) and the CLI. For each, the step outcome, the CLI's exit status, each image's
 * check-run conclusion, the JUnit file and the SARIF levels must all tell the same thing; every SARIF file is
 * validated with Microsoft's SARIF validator (GitHub rule set) and every JUnit file with xmllint against
 * the Jenkins JUnit schema.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { XMLParser } from 'fast-xml-parser'
import { jest } from '@jest/globals'
import { main as cliMain } from '../../src/cli.js'
import { run } from '../../src/main.js'
import { GitHubServer } from '../support/github-server.js'
import { pullRequestEvent } from '../support/github-event.js'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'
import {
  junitXsd,
  multitoolAvailable,
  validateJunit,
  validateSarif,
  xmllintAvailable
} from '../support/validators.js'
import { compareRules, failing, levelOf } from '../../src/verdict.js'

jest.setTimeout(600_000)

const NOW = '2026-11-25T12:00:00Z'
const TOKEN = 'ghs_VerdictTestToken0123456789'
const rel = (p: string) => path.relative(repoRoot, p)
const work = path.join(repoRoot, '.cache', 'verdict-test', String(process.pid))
// Two images: debian-12-gen2 has only unknowns (no SAS, no VHD); debian-12-legacy has error failures.
const SOURCES = {
  manifest: 'examples/compliant/packer-manifest.json',
  facts: ['examples/compliant/linux.facts.json', 'examples/failing/linux.facts.json']
}
const ONLY_UNKNOWN = 'debian-12-gen2'
const FAILING = 'debian-12-legacy'

type Mode = 'pr' | 'release'
type Unknown = 'fail' | 'warn'
type FailOn = 'error' | 'warning' | 'notice' | 'never'
const combos: Array<{ mode: Mode; unknown: Unknown; failOn: FailOn }> = []
for (const mode of ['pr', 'release'] as const)
  for (const unknown of ['fail', 'warn'] as const)
    for (const failOn of ['error', 'warning', 'notice', 'never'] as const)
      combos.push({ mode, unknown, failOn })

let server: GitHubServer
const sarifFiles: string[] = []
const junitFiles: string[] = []

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  server = await GitHubServer.start({ token: TOKEN })
})
afterAll(async () => {
  await server.close()
  fs.rmSync(work, { recursive: true, force: true })
})

const sink = () =>
  new Writable({
    write(_c, _e, cb) {
      cb()
    }
  })

/** Runs the action in process with the runner's environment; returns whether the step failed. */
async function runAction(
  dir: string,
  inputs: Record<string, string>
): Promise<{ failed: boolean; outputs: string }> {
  const event = path.join(dir, 'event.json')
  fs.writeFileSync(event, JSON.stringify(pullRequestEvent({ number: 5 })))
  for (const f of ['summary.md', 'output']) fs.writeFileSync(path.join(dir, f), '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'contoso/images',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_WORKSPACE: repoRoot,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7',
    RUNNER_TEMP: dir
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const saved = { ...process.env }
  Object.assign(process.env, env)
  const write = process.stdout.write
  process.stdout.write = (() => true) as typeof process.stdout.write
  process.exitCode = undefined
  try {
    await run()
    return { failed: process.exitCode === 1, outputs: fs.readFileSync(env.GITHUB_OUTPUT!, 'utf8') }
  } finally {
    process.stdout.write = write
    process.exitCode = undefined
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
}

interface Suite {
  name: string
  failures: string
  errors: string
  testcase: Array<Record<string, unknown>>
}

test.each(combos)('mode $mode, unknown $unknown, fail-on $failOn: one verdict everywhere', async c => {
  const dir = path.join(work, `${c.mode}-${c.unknown}-${c.failOn}`)
  fs.mkdirSync(dir, { recursive: true })
  const config = path.join(dir, 'config.yml')
  fs.writeFileSync(config, `unknown:\n  pr: ${c.unknown}\n  release: ${c.unknown}\n`)
  const sarif = path.join(dir, 'out.sarif')
  const junit = path.join(dir, 'out.xml')
  const before = new Set(server.checkRuns.keys())

  const step = await runAction(dir, {
    manifest: SOURCES.manifest,
    facts: SOURCES.facts.join('\n'),
    mode: c.mode,
    'fail-on': c.failOn,
    config: rel(config),
    now: NOW,
    'report-path': rel(path.join(dir, 'report.json')),
    sarif: rel(sarif),
    junit: rel(junit),
    'github-token': TOKEN,
    comment: 'false',
    'network-checks': 'false'
  })
  const code = await cliMain(
    [
      'check',
      '--manifest',
      SOURCES.manifest,
      ...SOURCES.facts.flatMap(f => ['--facts', f]),
      '--mode',
      c.mode,
      '--fail-on',
      c.failOn,
      '--config',
      config,
      '--now',
      NOW,
      '--no-network-checks',
      '--quiet'
    ],
    { out: sink() as unknown as typeof process.stdout, err: sink() as unknown as typeof process.stderr }
  )

  // What the rule says, from the rule itself (src/verdict.ts), per image.
  const s = { mode: c.mode, unknown: c.unknown, failOn: c.failOn }
  const expectImage: Record<string, boolean> = {
    [ONLY_UNKNOWN]: failing({ status: 'unknown', severity: 'error' }, s),
    [FAILING]: failing({ status: 'fail', severity: 'error' }, s)
  }
  const expected = expectImage[ONLY_UNKNOWN] || expectImage[FAILING]

  // Step outcome == exit status.
  expect(step.failed).toBe(expected)
  expect(code).toBe(expected ? 1 : 0)
  expect(step.outputs).toMatch(new RegExp(`^result<<.*\\n${expected ? 'fail' : 'pass'}\\n`, 'm'))

  // One check run per image, each concluding as its image's findings say.
  const runs = [...server.checkRuns.values()].filter(r => !before.has(r.id))
  expect(runs.map(r => r.name).sort(compareRules)).toEqual([
    `vm-image-policy / ${ONLY_UNKNOWN}`,
    `vm-image-policy / ${FAILING}`
  ])
  for (const r of runs) {
    const image = r.name.split(' / ')[1]!
    expect([image, r.conclusion]).toEqual([image, expectImage[image] ? 'failure' : 'success'])
    // Annotation levels: failure exactly for what fails the run.
    for (const a of r.annotations) expect(a.annotation_level === 'failure').toBe(expectImage[image])
  }

  // JUnit: failures/errors exactly in the images that fail; a rule that does not fail is never either.
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: n => n === 'testsuite' || n === 'testcase'
  }).parse(fs.readFileSync(junit, 'utf8')) as { testsuites: { testsuite: Suite[] } }
  for (const suite of doc.testsuites.testsuite) {
    const bad = Number(suite.failures) + Number(suite.errors)
    expect([suite.name, bad > 0]).toEqual([suite.name, expectImage[suite.name]])
    for (const tc of suite.testcase) {
      if (c.mode === 'pr' && c.unknown === 'warn') expect(tc.error).toBeUndefined()
    }
  }

  // SARIF: a result at level error exactly where a finding fails the run; levels match the rule.
  const log = JSON.parse(fs.readFileSync(sarif, 'utf8')) as {
    runs: Array<{
      results: Array<{ level: string; properties: { image: string; status: string; fails: boolean } }>
    }>
  }
  for (const image of [ONLY_UNKNOWN, FAILING]) {
    const results = log.runs[0]!.results.filter(r => r.properties.image === image)
    expect([image, results.some(r => r.level === 'error')]).toEqual([image, expectImage[image]])
    for (const r of results) expect(r.level === 'error').toBe(r.properties.fails)
  }
  const lvl = levelOf({ status: 'unknown', severity: 'error' }, s)
  expect(lvl === 'error').toBe(expectImage[ONLY_UNKNOWN])

  sarifFiles.push(sarif)
  junitFiles.push(junit)
})

test('every SARIF file passes Microsoft’s SARIF validator with the GitHub rule set: zero errors', () => {
  if (!requireReal('@microsoft/sarif-multitool (npm devDependency, Linux x64)', multitoolAvailable())) return
  expect(sarifFiles.length).toBe(combos.length)
  const problems = validateSarif(sarifFiles).filter(p => p.level === 'error')
  expect(problems).toEqual([])
})

test('every JUnit file is valid against the Jenkins JUnit schema (xmllint)', () => {
  if (!requireReal('xmllint (Debian libxml2-utils)', xmllintAvailable())) return
  expect(junitFiles.length).toBe(combos.length)
  expect(validateJunit(junitFiles, junitXsd())).toBe('')
})
