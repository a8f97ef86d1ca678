/**
 * The release example end to end: dist/index.js (after `npm run build`) run as a process with the
 * runner's environment (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) in release mode on a temporary git
 * repository; outputs and the updated ledger checked, and a refused release leaves the ledger alone.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../support/run-cli.js'
import { LEDGER, git, gitAvailable, initRepo, tempDir, writeLedger } from '../ledger/support.js'
import { requireReal } from '../support/real.js'

const dist = path.join(repoRoot, 'dist', 'index.js')
const facts = path.join(repoRoot, 'test/release/fixtures/compliant-image.facts.json')
const template = path.join(repoRoot, 'examples/compliant/debian.pkr.hcl')

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!
  return out
}

function repo(version: string): string {
  const dir = tempDir('release')
  initRepo(dir)
  writeLedger(dir, LEDGER)
  const m = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'examples/compliant/packer-manifest.json'), 'utf8')
  )
  m.builds[0].custom_data.version = version
  m.builds[0].artifact_id = m.builds[0].artifact_id.replace(/[^/]+$/, version)
  fs.writeFileSync(path.join(dir, 'packer-manifest.json'), JSON.stringify(m, null, 2))
  fs.copyFileSync(facts, path.join(dir, 'image.facts.json'))
  const hcl = fs.readFileSync(template, 'utf8').replace('default = "1.0.3"', `default = "${version}"`)
  fs.writeFileSync(path.join(dir, 'debian.pkr.hcl'), hcl)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'init')
  return dir
}

function runAction(dir: string, inputs: Record<string, string>) {
  const files = {
    out: path.join(dir, '..', `${path.basename(dir)}.out`),
    summary: path.join(dir, '..', `${path.basename(dir)}.md`)
  }
  fs.writeFileSync(files.out, '')
  fs.writeFileSync(files.summary, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'contoso/images',
    'INPUT_GITHUB-TOKEN': '',
    INPUT_CHECKS: 'false',
    INPUT_COMMENT: 'false',
    INPUT_LEDGER: '.github/skus.yml',
    INPUT_HISTORY: 'ledger',
    'INPUT_TAG-PATTERN': '<sku>/v<X.Y.Z>',
    'INPUT_FAIL-ON': 'error',
    INPUT_PROFILE: 'guide',
    INPUT_NOW: '2026-11-25T12:00:00Z',
    INPUT_MODE: 'release',
    INPUT_MANIFEST: 'packer-manifest.json',
    INPUT_FACTS: 'image.facts.json',
    INPUT_TEMPLATE: 'debian.pkr.hcl',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  const r = spawnSync(process.execPath, [dist], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 })
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(fs.readFileSync(files.out, 'utf8')),
    summary: fs.readFileSync(files.summary, 'utf8')
  }
}

const run = requireReal('git', gitAvailable()) ? describe : describe.skip

run('release mode end to end (dist/index.js)', () => {
  beforeAll(() => {
    if (!fs.existsSync(dist)) throw new Error('dist/index.js is missing: run "npm run build" first')
  })

  it('approves 1.0.11, sets the outputs and writes it into the ledger (one line changed)', () => {
    const dir = repo('1.0.11')
    const r = runAction(dir, {
      sku: 'contoso-appliance/standard-gen2',
      version: '1.0.11',
      'update-ledger': 'true'
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      result: 'pass',
      version: '1.0.11',
      'previous-version': '1.0.10',
      sku: 'standard-gen2',
      offer: 'contoso-appliance'
    })
    expect(r.stdout).toContain('release approved: contoso-appliance/standard-gen2 1.0.11 (previous 1.0.10)')
    expect(git(dir, 'diff', '--numstat')).toBe('1\t1\t.github/skus.yml\n')
    expect(fs.readFileSync(path.join(dir, '.github/skus.yml'), 'utf8')).toBe(
      LEDGER.replace('1.0.9]   # published', '1.0.9, 1.0.11]   # published')
    )
    expect(r.summary.length).toBeGreaterThan(0)
  })

  it('refuses a duplicate: exit 1, no version output, ledger untouched', () => {
    const dir = repo('1.0.10')
    const r = runAction(dir, {
      offer: 'contoso-appliance',
      sku: 'standard-gen2',
      version: '1.0.10',
      'update-ledger': 'true'
    })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs.version).toBe('')
    expect(r.outputs.sku).toBe('standard-gen2')
    expect(r.stdout).toContain('AZMP-SKU-003')
    expect(git(dir, 'status', '--porcelain', '--', '.github')).toBe('')
  })

  it('fails closed on unknown facts in release mode (no probe facts), ledger untouched', () => {
    const dir = repo('1.0.11')
    const r = runAction(dir, {
      sku: 'contoso-appliance/standard-gen2',
      version: '1.0.11',
      'update-ledger': 'true',
      facts: ''
    })
    expect(r.code).toBe(1)
    expect(r.outputs.version).toBe('')
    expect(git(dir, 'status', '--porcelain', '--', '.github')).toBe('')
  })
})
