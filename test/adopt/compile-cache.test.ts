/**
 * The compile cache (src/compile-cache.ts) run as users run it: the committed dist/cli.js as a process, under
 * Node 20 (the vm.Script path) and Node 24 (Node's module.enableCompileCache), with a private cache folder per
 * test. What it must hold: the same output with a cold, a warm and no cache; a cache only in a folder of this
 * user's that no one else can write; a damaged or stale cache never used as is.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cacheDirFor, cacheName, readOwnFile, unusableDir } from '../../src/compile-cache.js'
import { requireReal } from '../support/real.js'
import { node24, repoRoot } from '../support/run-cli.js'

const built = fs.existsSync(path.join(repoRoot, 'dist', 'cli', 'index.cjs'))
const run = requireReal('dist/ (npm run build)', built) ? test : test.skip
const isRoot = process.getuid?.() === 0
const NOW = ['--now', '2026-11-25T12:00:00Z']
const README = [
  'check',
  '--manifest',
  'examples/failing/packer-manifest.json',
  '--facts',
  'examples/failing/linux.facts.json',
  '--format',
  'json',
  ...NOW
]
const TEMPLATE = ['check', '--template', 'examples/compliant/debian.pkr.hcl', '--format', 'json', ...NOW]

let tmp = ''
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-cc-'))
})
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

function cli(args: string[], cache: string, opts: { node?: string; cli?: string } = {}) {
  const r = spawnSync(
    opts.node ?? process.execPath,
    [opts.cli ?? path.join(repoRoot, 'dist/cli.js'), ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', VMIP_COMPILE_CACHE: cache, VMIP_COMPILE_CACHE_TRACE: '1' },
      encoding: 'utf8',
      timeout: 60_000
    }
  )
  const trace = r.stderr
    .split('\n')
    .filter(l => l.startsWith('compile cache: '))
    .map(l => l.slice('compile cache: '.length))
  const stderr = r.stderr
    .split('\n')
    .filter(l => !l.startsWith('compile cache: '))
    .join('\n')
  return { code: r.status, stdout: r.stdout, stderr, trace }
}

/** The JSON report, parsed (--now pins its date, so runs compare equal). */
const report = (stdout: string) => JSON.parse(stdout) as unknown

run(
  'cold, warm and no cache give the same report; the warm run reads every bundle file from the cache',
  () => {
    const dir = path.join(tmp, 'cache')
    const off = cli(README, 'off')
    expect(off.trace).toEqual(['off (VMIP_COMPILE_CACHE=off)'])
    expect(off.code).toBe(1)
    const cold = cli(README, dir)
    expect(cold.trace[0]).toBe(`vm in ${dir}`)
    expect(cold.trace.filter(t => t.endsWith(' missing')).length).toBeGreaterThan(0)
    expect(cold.trace.filter(t => t.endsWith(' written')).length).toBe(
      cold.trace.filter(t => t.endsWith(' missing')).length
    )
    const warm = cli(README, dir)
    const states = warm.trace.slice(1)
    expect(states.length).toBeGreaterThan(0)
    for (const s of states) expect([s, s.endsWith(' accepted')]).toEqual([s, true])
    for (const r of [cold, warm]) {
      expect(r.code).toBe(off.code)
      expect(report(r.stdout)).toEqual(report(off.stdout))
      expect(r.stderr).toBe(off.stderr)
    }
    // The folder and the files are this user's alone.
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    const files = fs.readdirSync(dir)
    expect(files.length).toBe(states.length)
    for (const f of files) {
      expect(f).toMatch(/^[\w.]+\.[0-9a-f]{16}\.v8cache$/)
      expect(fs.statSync(path.join(dir, f)).mode & 0o777).toBe(0o600)
    }
  }
)

run(
  'a template check runs warm too (web-tree-sitter is required by path, never import()ed from cached code)',
  () => {
    const dir = path.join(tmp, 'cache')
    const off = cli(TEMPLATE, 'off')
    expect(off.code).toBe(0)
    cli(TEMPLATE, dir)
    const warm = cli(TEMPLATE, dir)
    expect(warm.trace.some(t => t.endsWith(' accepted'))).toBe(true)
    expect([warm.code, warm.stderr]).toEqual([off.code, off.stderr])
    expect(report(warm.stdout)).toEqual(report(off.stdout))
  }
)

run(
  'no bundle file calls import() itself: Node 20 loses the import callback of code compiled from a cache',
  () => {
    for (const bundle of ['cli', 'action']) {
      const dir = path.join(repoRoot, 'dist', bundle)
      for (const f of fs.readdirSync(dir)) {
        const code = fs
          .readFileSync(path.join(dir, f), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '')
        expect([`dist/${bundle}/${f}`, /(^|[^\w$.])import\s*\(/.test(code)]).toEqual([
          `dist/${bundle}/${f}`,
          false
        ])
      }
    }
  }
)

run('a damaged cache file is rejected by V8, the run is unchanged and the file is rewritten', () => {
  const dir = path.join(tmp, 'cache')
  const off = cli(README, 'off')
  cli(README, dir)
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f)
    const size = fs.statSync(file).size
    fs.writeFileSync(file, Buffer.alloc(size, 0x5a))
  }
  const damaged = cli(README, dir)
  expect(damaged.trace.slice(1).filter(t => !/ (rejected|written)$/.test(t))).toEqual([])
  expect(damaged.trace.some(t => t.endsWith(' rejected'))).toBe(true)
  expect(damaged.code).toBe(off.code)
  expect(report(damaged.stdout)).toEqual(report(off.stdout))
  const again = cli(README, dir)
  for (const s of again.trace.slice(1)) expect(s).toMatch(/ accepted$/)
})

run("a rebuilt bundle never meets the old bundle's cache (the file's identity names its cache)", () => {
  const copy = path.join(tmp, 'dist')
  fs.cpSync(path.join(repoRoot, 'dist'), copy, { recursive: true })
  const dir = path.join(tmp, 'cache')
  const cliJs = path.join(copy, 'cli.js')
  cli(README, dir, { cli: cliJs })
  const before = fs.readdirSync(dir).sort()
  // Same bytes, new mtime: a new name, so a new cache (V8 alone checks only the source's length).
  for (const f of fs.readdirSync(path.join(copy, 'cli'))) {
    const p = path.join(copy, 'cli', f)
    fs.utimesSync(p, new Date(), new Date(Date.now() + 5000))
  }
  const rebuilt = cli(README, dir, { cli: cliJs })
  for (const s of rebuilt.trace.slice(1)) expect(s).toMatch(/ (missing|written)$/)
  expect(fs.readdirSync(dir).filter(f => !before.includes(f)).length).toBe(before.length)
})

run('a folder others can write, a symlink or a file is not used, and nothing is written there', () => {
  const open = path.join(tmp, 'open')
  fs.mkdirSync(open, { mode: 0o700 })
  fs.chmodSync(open, 0o777)
  const link = path.join(tmp, 'link')
  const real = path.join(tmp, 'real')
  fs.mkdirSync(real, { mode: 0o700 })
  fs.symlinkSync(real, link)
  const file = path.join(tmp, 'file')
  fs.writeFileSync(file, '')
  const off = cli(README, 'off')
  for (const [dir, why] of [
    [open, 'is writable by others'],
    [link, 'is a symlink'],
    [file, 'cannot create']
  ] as const) {
    const r = cli(README, dir)
    expect(r.trace.length).toBe(1)
    expect(r.trace[0]).toMatch(/^off \(/)
    expect(r.trace[0]).toContain(why)
    expect([r.code, r.stderr]).toEqual([off.code, off.stderr])
    expect(report(r.stdout)).toEqual(report(off.stdout))
  }
  expect(fs.readdirSync(open)).toEqual([])
  expect(fs.readdirSync(real)).toEqual([])
})

const asRoot = requireReal('root (to hand a folder and a file to another user)', isRoot) ? run : test.skip
asRoot("a folder or a cache file of another user's is not used", () => {
  const theirs = path.join(tmp, 'theirs')
  fs.mkdirSync(theirs, { mode: 0o700 })
  fs.chownSync(theirs, 65534, 65534)
  const r = cli(README, theirs)
  expect(r.trace).toEqual([`off (${theirs} belongs to another user)`])
  expect(fs.readdirSync(theirs)).toEqual([])

  // A planted file in our own folder, not ours: never read (treated as missing, then replaced).
  const dir = path.join(tmp, 'cache')
  cli(README, dir)
  const planted = fs.readdirSync(dir).map(f => path.join(dir, f))
  for (const f of planted) fs.chownSync(f, 65534, 65534)
  expect(readOwnFile(planted[0] as string)).toBeUndefined()
  const next = cli(README, dir)
  for (const s of next.trace.slice(1)) expect(s).toMatch(/ (missing|written)$/)
  for (const f of planted) expect(fs.statSync(f).uid).toBe(0)
})

const n24 = built ? node24() : undefined
const on24 = requireReal('Node 24 (scripts/node24.sh)', Boolean(n24)) ? run : test.skip
on24("Node 24 uses Node's own compile cache in the same private folder, with the same report", () => {
  const dir = path.join(tmp, 'cache')
  const off = cli(README, 'off', { node: n24 })
  const cold = cli(README, dir, { node: n24 })
  expect(cold.trace[0]).toMatch(
    new RegExp(`^node's \\(status \\d+.*\\) in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  )
  const warm = cli(README, dir, { node: n24 })
  for (const r of [cold, warm]) {
    expect([r.code, r.stderr]).toEqual([off.code, off.stderr])
    expect(report(r.stdout)).toEqual(report(off.stdout))
  }
  expect(fs.readdirSync(dir).length).toBeGreaterThan(0)
})

test('cacheDirFor: off words, an explicit folder, XDG_CACHE_HOME, then the home folder', () => {
  for (const v of ['off', 'OFF', '0', 'false', 'no'])
    expect(cacheDirFor({ VMIP_COMPILE_CACHE: v })).toEqual({ why: `VMIP_COMPILE_CACHE=${v}` })
  expect(cacheDirFor({ NODE_DISABLE_COMPILE_CACHE: '1' }).dir).toBeUndefined()
  expect(cacheDirFor({ VMIP_COMPILE_CACHE: 'rel/dir' }).dir).toBe(path.resolve('rel/dir'))
  expect(cacheDirFor({ XDG_CACHE_HOME: '/x/cache' }).dir).toBe('/x/cache/vm-image-policy')
  // A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
  expect(cacheDirFor({ XDG_CACHE_HOME: 'x' }).dir).toBe(path.join(os.homedir(), '.cache', 'vm-image-policy'))
})

test('unusableDir creates a missing folder 0700 and refuses one others can write', () => {
  const dir = path.join(tmp, 'a', 'b')
  expect(unusableDir(dir)).toBeUndefined()
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
  fs.chmodSync(dir, 0o720)
  expect(unusableDir(dir)).toBe(`${dir} is writable by others`)
})

test('cacheName changes with the file (size, mtime) and keeps the file name readable', () => {
  const f = path.join(tmp, 'x.index.cjs.js')
  fs.writeFileSync(f, 'a')
  const a = cacheName(f, fs.statSync(f))
  fs.utimesSync(f, new Date(), new Date(Date.now() + 10_000))
  const b = cacheName(f, fs.statSync(f))
  fs.writeFileSync(f, 'ab')
  const c = cacheName(f, fs.statSync(f))
  expect(new Set([a, b, c]).size).toBe(3)
  expect(a).toMatch(/^x\.index\.cjs\.js\.[0-9a-f]{16}\.v8cache$/)
})
