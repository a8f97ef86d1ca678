/**
 * The repository's own automation is what the README says: CI runs .ci/run on Node 20 and 24, the
 * self-test runs `uses: ./` on both examples (the failing one under continue-on-error, its outcome checked),
 * dependabot watches npm and GitHub Actions, and every workflow we have or show pins the same, current,
 * major versions of the GitHub actions it uses.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-cli.js'

/** Current majors (late 2026): actions/checkout v7, actions/upload-artifact v7, github/codeql-action v4. */
const MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/upload-artifact': 'v7',
  'github/codeql-action/upload-sarif': 'v4',
  'actions/setup-node': 'v6',
  'actions/setup-go': 'v6'
}
const read = (p: string) => fs.readFileSync(path.join(repoRoot, p), 'utf8')
const files = [
  ...['.github/workflows', 'examples/workflows'].flatMap(d =>
    fs.readdirSync(path.join(repoRoot, d)).map(f => path.join(d, f))
  ),
  'README.md'
]

test.each(files)('%s pins the current major of every action it uses', file => {
  const uses = [...read(file).matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([\w.-]+)/g)].map(
    m => [m[1]!, m[2]!] as const
  )
  for (const [action, ref] of uses) {
    if (action.endsWith('/vm-image-policy')) expect([action, ref]).toEqual([action, 'v0'])
    else expect([action, ref]).toEqual([action, MAJORS[action]])
  }
})

test('ci.yml runs .ci/run on Node 20 and 24', () => {
  const ci = parse(read('.github/workflows/ci.yml')) as {
    jobs: Record<string, { strategy?: { matrix?: { node?: string[] } }; steps: { run?: string }[] }>
  }
  expect(ci.jobs.test!.strategy!.matrix!.node).toEqual(['20', '24'])
  expect(ci.jobs.test!.steps.some(s => /bash \.ci\/run$/.test(s.run ?? ''))).toBe(true)
  expect(Object.keys(ci.jobs).sort()).toEqual(['actionlint', 'dist', 'test'])
})

test('self-test.yml runs the action from the checkout on both examples; the failing one may not fail the job', () => {
  const wf = parse(read('.github/workflows/self-test.yml')) as {
    jobs: Record<
      string,
      {
        steps: { id?: string; uses?: string; with?: Record<string, string>; 'continue-on-error'?: boolean }[]
      }
    >
  }
  const steps = Object.values(wf.jobs).flatMap(j => j.steps.filter(s => s.uses === './'))
  expect(steps.map(s => [s.id, s.with?.manifest, s['continue-on-error'] ?? false])).toEqual([
    ['compliant', 'examples/compliant/packer-manifest.json', false],
    ['failing', 'examples/failing/packer-manifest.json', true]
  ])
})

test('dependabot updates npm and GitHub Actions', () => {
  const d = parse(read('.github/dependabot.yml')) as {
    version: number
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
  }
  expect(d.version).toBe(2)
  expect(d.updates.map(u => [u['package-ecosystem'], u.directory]).sort()).toEqual([
    ['github-actions', '/'],
    ['npm', '/']
  ])
})
