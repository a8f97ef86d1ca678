#!/usr/bin/env node
// npm run bench: figures measured side by side in one run, on the same inputs.
//   1. cold CLI vs `node -e 0`            (median of alternating runs)
//   2. throughput at 1/100/1,000/10,000 documents: our engine (one process) vs conftest and `opa eval`
//      evaluating the same Rego rules (bench/adapter) on the same documents
//   3. probe wall time on each Debian recipe root (base, nm, ci; when built)
//   4. peak RSS of our 1,000- and 10,000-document runs
//   5. size of dist/ and its load time
//   6. Linux facts read from the OS disk (bench/vhd.mjs): a 30 GiB fixed VHD of the Debian test root
// Prints a table and writes bench/out/results.json. Set BENCH_QUICK=1 for fewer repetitions.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './gen.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'bench/out')
fs.mkdirSync(out, { recursive: true })
const quick = process.env.BENCH_QUICK === '1'
const REPS = quick ? 5 : 15
const COUNTS = quick ? [1, 100, 1000] : [1, 100, 1000, 10000]
const opa = path.join(root, '.tools/bin/opa')
const conftest = path.join(root, '.tools/bin/conftest')
const NOW = '2026-11-25T12:00:00Z'

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function timed(cmd, args, opts = {}) {
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.error) throw r.error
  return { ms, r }
}
/** Peak RSS (KiB) of a child, read from /proc while it runs (GNU time is not assumed). */
function peakRss(cmd, args) {
  const script = `
    const { spawn } = require('node:child_process'); const fs = require('node:fs')
    const c = spawn(${JSON.stringify(cmd)}, ${JSON.stringify(args)}, { stdio: 'ignore' })
    let peak = 0
    const poll = () => { try { const m = /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/' + c.pid + '/status', 'utf8')); if (m) peak = Math.max(peak, +m[1]) } catch {} }
    const iv = setInterval(poll, 5)
    c.on('exit', () => { clearInterval(iv); console.log(peak) })`
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  return Number(r.stdout.trim())
}

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
  node: process.version
}
const rows = []

// 1. Cold CLI: the manifest-only check, and the README's first example (a manifest and a Linux facts file,
// two images), each against a bare `node -e 0`, runs alternating. The CLI compiles its bundle through V8's
// compile cache (src/compile-cache.ts), here in a folder of the bench's own: warm (the cache of the run
// before, as every run after a user's first) and, for the README example, without a cache (a first run, or
// VMIP_COMPILE_CACHE=off).
{
  const now = ['--now', NOW, '--quiet']
  const cacheDir = path.join(out, 'compile-cache')
  fs.rmSync(cacheDir, { recursive: true, force: true })
  const warm = { env: { ...process.env, VMIP_COMPILE_CACHE: cacheDir } }
  const off = { env: { ...process.env, VMIP_COMPILE_CACHE: 'off' } }
  const readme = [
    'check',
    '--manifest',
    'examples/failing/packer-manifest.json',
    '--facts',
    'examples/failing/linux.facts.json'
  ]
  const cases = [
    [
      'cold',
      'cold CLI (1 image) vs node -e 0',
      ['check', '--manifest', 'examples/compliant/packer-manifest.json'],
      warm
    ],
    ['cold_readme', "cold CLI, README's first example vs node -e 0", readme, warm],
    ['cold_readme_nocache', "cold CLI, README's first example, no compile cache", readme, off]
  ]
  const bare = []
  const ours = cases.map(() => [])
  for (const [, , args, o] of cases)
    timed(process.execPath, ['dist/cli.js', ...args, ...now], { cwd: root, ...o })
  for (let i = 0; i < REPS; i++) {
    bare.push(timed(process.execPath, ['-e', '0']).ms)
    cases.forEach(([, , args, o], k) =>
      ours[k].push(timed(process.execPath, ['dist/cli.js', ...args, ...now], { cwd: root, ...o }).ms)
    )
  }
  cases.forEach(([key, label, , o], k) => {
    results[key] = {
      node_ms: median(bare),
      cli_ms: median(ours[k]),
      ratio: median(ours[k]) / median(bare),
      budget: o === warm ? 2.0 : undefined
    }
    rows.push([
      label,
      `${results[key].cli_ms.toFixed(0)} ms vs ${results[key].node_ms.toFixed(0)} ms`,
      `${results[key].ratio.toFixed(2)}×`,
      o === warm ? '≤ 2.0×' : ''
    ])
  })
  fs.rmSync(cacheDir, { recursive: true, force: true })
}

// 2 + 4. Throughput and memory
results.throughput = []
const dataFile = path.join(out, 'data.json')
const profiles = JSON.parse(fs.readFileSync(path.join(root, 'dist/profiles.json'), 'utf8'))
const config = { profile: 'guide', thresholds: {}, now_unix: Date.parse(NOW) / 1000, mode: 'pr' }
fs.writeFileSync(dataFile, JSON.stringify({ profiles, config }))
// opa eval loads the profiles from policies/ itself; it gets only the run's config.
const configFile = path.join(out, 'config.json')
fs.writeFileSync(configFile, JSON.stringify({ config }))
const haveConftest = fs.existsSync(conftest)
const haveOpa = fs.existsSync(opa)
for (const n of COUNTS) {
  const docs = generate(n)
  const arr = path.join(out, `docs-${n}.json`)
  fs.writeFileSync(arr, JSON.stringify(docs))
  const ours = timed(process.execPath, ['dist/cli.js', 'check', '--facts', arr, '--now', NOW, '--quiet'], {
    cwd: root
  })
  if (ours.r.status !== 0 && ours.r.status !== 1)
    throw new Error(`our CLI failed on ${n} docs: ${ours.r.stderr}`)
  const row = { docs: n, ours_ms: ours.ms, ours_docs_per_s: (n / ours.ms) * 1000 }
  if (n >= 1000)
    row.ours_peak_rss_mib =
      peakRss(process.execPath, [
        path.join(root, 'dist/cli.js'),
        'check',
        '--facts',
        arr,
        '--now',
        NOW,
        '--quiet'
      ]) / 1024
  if (haveConftest) {
    const dir = path.join(out, `files-${n}`)
    if (!fs.existsSync(dir)) {
      fs.mkdirSync(dir)
      docs.forEach((d, i) => fs.writeFileSync(path.join(dir, `doc-${i}.json`), JSON.stringify(d)))
    }
    const c = timed(
      conftest,
      [
        'test',
        '--no-color',
        '--policy',
        path.join(root, 'policies'),
        '--policy',
        path.join(root, 'bench/adapter'),
        '--data',
        dataFile,
        '--ignore',
        '.*_test.rego',
        dir
      ],
      { cwd: out }
    )
    row.conftest_ms = c.ms
    row.conftest_docs_per_s = (n / c.ms) * 1000
  }
  if (haveOpa) {
    const o = timed(opa, [
      'eval',
      '--format',
      'raw',
      '-d',
      path.join(root, 'policies'),
      '-d',
      path.join(root, 'bench/adapter'),
      '-d',
      configFile,
      '-i',
      arr,
      'count(data.main.all_findings)'
    ])
    if (o.r.status !== 0) throw new Error(`opa eval failed: ${o.r.stderr}`)
    row.opa_ms = o.ms
    row.opa_docs_per_s = (n / o.ms) * 1000
  }
  results.throughput.push(row)
  const vs = [
    row.conftest_docs_per_s && `conftest ${(row.ours_docs_per_s / row.conftest_docs_per_s).toFixed(1)}×`,
    row.opa_docs_per_s && `opa eval ${(row.ours_docs_per_s / row.opa_docs_per_s).toFixed(1)}×`
  ]
    .filter(Boolean)
    .join(', ')
  rows.push([
    `throughput, ${n} docs`,
    `${row.ours_docs_per_s.toFixed(0)} docs/s (${row.ours_ms.toFixed(0)} ms)`,
    vs || '—',
    n === 10000 ? '≥ 3× conftest' : ''
  ])
  if (row.ours_peak_rss_mib)
    rows.push([
      `peak RSS, ${n} docs`,
      `${row.ours_peak_rss_mib.toFixed(0)} MiB`,
      '',
      n === 10000 ? '≤ 256 MiB' : ''
    ])
}

// 3. Probe: wall time of probe.sh --root on each recipe of scripts/make-debian-roots.sh
{
  const probe = path.join(root, 'probes/linux/probe.sh')
  const roots = process.env.VMIP_ROOTS_DIR ?? path.join(root, '.cache/roots')
  results.probe = {}
  for (const recipe of ['base', 'nm', 'ci']) {
    const rootfs = path.join(roots, recipe)
    const label = `probe.sh --root (${recipe} recipe)`
    if (!fs.existsSync(probe) || !fs.existsSync(rootfs)) {
      rows.push([label, 'not measured: run scripts/make-debian-roots.sh first', '', '≤ 1 s'])
      continue
    }
    const times = []
    for (let i = 0; i < REPS; i++) {
      const { ms, r } = timed('sh', [probe, '--root', rootfs, '--stage', 'build'])
      if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr}`)
      times.push(ms)
    }
    results.probe[recipe] = { ms: median(times), budget_ms: 1000 }
    rows.push([label, `${median(times).toFixed(0)} ms`, '', '≤ 1 s'])
  }
}

// 5. Bundle
{
  const size = dir =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .reduce(
        (s, e) =>
          s + (e.isDirectory() ? size(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size),
        0
      )
  const load = []
  for (let i = 0; i < REPS; i++)
    load.push(timed(process.execPath, ['dist/cli.js', '--version'], { cwd: root }).ms)
  results.bundle = {
    dist_bytes: size(path.join(root, 'dist')),
    cli_bytes: size(path.join(root, 'dist/cli')),
    action_bytes: size(path.join(root, 'dist/action')),
    load_ms: median(load)
  }
  rows.push([
    'dist/ size (cli bundle, action bundle)',
    `${(results.bundle.dist_bytes / 2 ** 20).toFixed(2)} MiB (${(results.bundle.cli_bytes / 2 ** 10).toFixed(0)} KiB, ${(results.bundle.action_bytes / 2 ** 10).toFixed(0)} KiB)`,
    '',
    ''
  ])
  rows.push(['dist/cli.js --version (load time)', `${results.bundle.load_ms.toFixed(0)} ms`, '', ''])
}

// 6. Linux facts read from the OS disk: the Debian test root in a 30 GiB fixed VHD
{
  const { benchVhd } = await import('./vhd.mjs')
  const v = await benchVhd(root, timed, median, quick ? 1 : 3)
  results.vhd = v
  if (v.skipped) rows.push(['Linux facts from a 30 GiB VHD', `skipped: ${v.skipped}`, '', ''])
  else {
    rows.push([
      'VHD read: bytes read (30 GiB disk)',
      `${(v.bytes_read / 2 ** 20).toFixed(1)} MiB`,
      '',
      '<= 64 MiB'
    ])
    rows.push(['VHD read: range requests', String(v.reads), '', '<= 2000'])
    rows.push([
      'check --vhd os= vs probe.sh --root',
      `${v.check_ms.toFixed(0)} ms vs ${v.probe_ms.toFixed(0)} ms`,
      `${v.ratio.toFixed(2)}x`,
      '<= 3x'
    ])
  }
}

fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n')
const w = [0, 1, 2, 3].map(i =>
  Math.max(...rows.map(r => String(r[i]).length), ['figure', 'value', 'ratio', 'budget'][i].length)
)
const line = r => `| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`
console.log(`vm-image-policy benchmark — ${results.date} — ${results.machine}, node ${results.node}\n`)
console.log(line(['figure', 'value', 'ratio', 'budget']))
console.log(`| ${w.map(n => '-'.repeat(n)).join(' | ')} |`)
for (const r of rows) console.log(line(r))
console.log(`\nwritten: bench/out/results.json`)
