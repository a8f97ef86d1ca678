/**
 * The CLI as a package: `npm pack` makes the tarball, which installs offline into an empty folder (it has
 * no runtime dependencies: dist/ is bundled) and runs as `npx vm-image-policy`; installed with --global
 * (into a temporary prefix), `vm-image-policy` is on PATH. This is what the README's "Installing the CLI" says.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  name: string
  version: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  engines: { node: string }
}
const built = fs.existsSync(path.join(repoRoot, 'dist', 'cli', 'index.cjs'))
const run = requireReal('dist/ (npm run build)', built) ? test : test.skip
const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...env, npm_config_update_notifier: 'false' } })

let work: string
let tarball: string
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-pack-'))
  if (!built) return
  const out = JSON.parse(
    npm(['pack', '--json', '--pack-destination', work, '--loglevel=error'], repoRoot)
  ) as {
    filename: string
    files: { path: string }[]
  }[]
  tarball = path.join(work, out[0]!.filename)
  packed = out[0]!.files.map(f => f.path)
}, 120_000)
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))
let packed: string[] = []

test('the package has no runtime dependencies to fetch (everything it runs is bundled in dist/)', () => {
  expect(pkg.dependencies ?? {}).toEqual({})
  expect(pkg.optionalDependencies ?? {}).toEqual({})
  expect(pkg.peerDependencies ?? {}).toEqual({})
})

run('npm pack ships the bundles, their assets, the licences and the docs, not the sources or tests', () => {
  expect(path.basename(tarball)).toBe(`${pkg.name}-${pkg.version}.tgz`)
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'action.yml',
    'dist/cli.js',
    'dist/cli/index.cjs',
    'dist/index.js',
    'dist/policy.wasm',
    'dist/rules.json',
    'dist/licenses.txt',
    'dist/probes/linux/probe.sh',
    'docs/rules.md'
  ])
    expect([f, packed.includes(f)]).toEqual([f, true])
  expect(
    packed.filter(f => /^(src|test|bench|scripts|policies)\//.test(f) || f.includes('node_modules'))
  ).toEqual([])
})

run(
  'the tarball installs offline into an empty folder and `npx vm-image-policy check` judges an example (exit 1)',
  () => {
    const dir = path.join(work, 'project')
    fs.mkdirSync(dir)
    npm(['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir)
    expect(fs.readdirSync(path.join(dir, 'node_modules')).filter(d => !d.startsWith('.'))).toEqual([pkg.name])
    const version = spawnSync('npx', ['--offline', 'vm-image-policy', '--version'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect([version.status, version.stdout.trim()]).toEqual([0, expect.stringContaining(pkg.version)])
    const ex = path.join(repoRoot, 'examples', 'failing')
    const r = spawnSync(
      'npx',
      [
        '--offline',
        'vm-image-policy',
        'check',
        '--manifest',
        path.join(ex, 'packer-manifest.json'),
        '--facts',
        path.join(ex, 'linux.facts.json'),
        '--format',
        'json'
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }
    )
    expect([r.status, r.stderr]).toEqual([1, ''])
    const report = JSON.parse(r.stdout) as { images: { findings: { rule: string; status: string }[] }[] }
    expect(report.images[0]!.findings.some(f => f.status === 'fail' && /^AZMP-/.test(f.rule))).toBe(true)
  },
  180_000
)

run(
  'installed with --global, `vm-image-policy` is on PATH (README: Installing the CLI)',
  () => {
    const prefix = path.join(work, 'prefix')
    npm(
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        tarball
      ],
      work
    )
    const env = { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` }
    const r = spawnSync('vm-image-policy', ['rules', '--format', 'json'], {
      cwd: work,
      encoding: 'utf8',
      env
    })
    expect(r.status).toBe(0)
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(40)
  },
  180_000
)

test('engines names the Node versions CI tests (20 and 24); action.yml runs on node24', () => {
  expect(pkg.engines.node).toMatch(/^\^20\.\d+\.\d+ \|\| \^24\.\d+\.\d+$/)
  const ci = fs.readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8')
  expect(ci).toMatch(/node: \['20', '24'\]/)
  expect(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')).toMatch(/using: node24/)
})
