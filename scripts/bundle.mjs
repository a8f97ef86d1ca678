#!/usr/bin/env node
// Bundles the action (dist/action/) and the CLI (dist/cli/) with @vercel/ncc, writes the entry stubs
// dist/index.js and dist/cli.js, and copies the schemas and probes the bundles read at run time.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const ncc = path.join(root, 'node_modules/.bin/ncc')
// Third-party packages compiled into each bundle (from ncc's webpack stats), for dist/licenses.txt.
const bundled = new Map() // package folder -> Set of bundles
const statsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-bundle-'))

for (const [entry, out] of [
  // CommonJS bundles (the entries are .cjs): Node 20 can cache the bytecode only of CommonJS (src/compile-cache.ts).
  ['src/index.cjs', 'action'],
  ['src/cli-main.cjs', 'cli']
]) {
  const dir = path.join(dist, out)
  fs.rmSync(dir, { recursive: true, force: true })
  execFileSync(
    ncc,
    [
      'build',
      path.join(root, entry),
      '-o',
      dir,
      '-m',
      '--target',
      'es2022',
      '--no-source-map-register',
      '-q',
      '--stats-out',
      path.join(statsDir, `${out}.json`)
    ],
    {
      stdio: 'inherit',
      cwd: root
    }
  )
  fs.rmSync(path.join(dir, 'package.json'), { force: true })
  const stats = JSON.parse(fs.readFileSync(path.join(statsDir, `${out}.json`), 'utf8'))
  const walk = modules => {
    for (const m of modules ?? []) {
      const file = m.nameForCondition ?? ''
      const pkg = file.match(/^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/)?.[1]
      if (pkg) bundled.set(pkg, (bundled.get(pkg) ?? new Set()).add(`dist/${out}`))
      walk(m.modules)
    }
  }
  walk(stats.modules)
}
fs.rmSync(statsDir, { recursive: true, force: true })
// dist/ is CommonJS: the bundles, their stubs and web-tree-sitter's CommonJS build.
fs.writeFileSync(path.join(dist, 'package.json'), '{ "type": "commonjs" }\n')
fs.writeFileSync(path.join(dist, 'index.js'), "'use strict'\nrequire('./action/index.cjs')\n")
fs.writeFileSync(
  path.join(dist, 'cli.js'),
  "#!/usr/bin/env node\n'use strict'\nrequire('./cli/index.cjs')\n",
  {
    mode: 0o755
  }
)

const copyDir = (from, to, filter = () => true) => {
  fs.rmSync(to, { recursive: true, force: true })
  if (!fs.existsSync(from)) return
  fs.mkdirSync(to, { recursive: true })
  for (const f of fs.readdirSync(from)) {
    const src = path.join(from, f)
    if (fs.statSync(src).isDirectory()) copyDir(src, path.join(to, f), filter)
    else if (filter(f)) fs.copyFileSync(src, path.join(to, f))
  }
}
copyDir(path.join(root, 'schemas'), path.join(dist, 'schemas'), f => f.endsWith('.json'))
copyDir(path.join(root, 'probes'), path.join(dist, 'probes'))
// The built-in Rego (no tests, no profiles: those are in profiles.json), compiled with users' custom policies.
copyDir(
  path.join(root, 'policies'),
  path.join(dist, 'policies'),
  f => f === 'wasm-builtins.txt' || (f.endsWith('.rego') && !f.endsWith('_test.rego'))
)
// Packer templates: web-tree-sitter is loaded by path at run time (see src/facts/template/grammar.ts), with
// its runtime wasm and the HCL grammar wasm beside it.
for (const [from, name] of [
  ['node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm', 'tree-sitter-hcl.wasm'],
  ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'web-tree-sitter.wasm'],
  ['node_modules/web-tree-sitter/web-tree-sitter.cjs', 'web-tree-sitter.cjs']
])
  fs.copyFileSync(path.join(root, from), path.join(dist, name))
// dist/licenses.txt: the licence texts of everything third-party that dist/ ships — the packages compiled
// into the bundles, the tree-sitter files copied beside them, and OPA, whose WebAssembly runtime is compiled
// into dist/policy.wasm (scripts/build-policy.mjs). Checked by test/adopt/licenses.test.ts.
const opaVersion = fs
  .readFileSync(path.join(root, 'scripts/install-opa.sh'), 'utf8')
  .match(/OPA_VERSION:-(v[\d.]+)/)[1]
const goModCache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
const shipped = [
  ...[...bundled].map(([dir, where]) => ({ dir, where: [...where].sort() })),
  {
    dir: path.join(root, 'node_modules/web-tree-sitter'),
    where: ['dist/web-tree-sitter.cjs', 'dist/web-tree-sitter.wasm']
  },
  {
    dir: path.join(root, 'node_modules/@tree-sitter-grammars/tree-sitter-hcl'),
    where: ['dist/tree-sitter-hcl.wasm']
  }
]
const licenceFiles = dir =>
  fs
    .readdirSync(dir)
    .filter(f => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(f))
    .sort()
const entries = []
for (const { dir, where } of shipped) {
  const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  entries.push({ name: pj.name, version: pj.version, license: pj.license ?? '(none declared)', where, dir })
}
const opaDir = path.join(goModCache, `github.com/open-policy-agent/opa@${opaVersion}`)
entries.push({
  name: 'github.com/open-policy-agent/opa',
  version: opaVersion,
  license: 'Apache-2.0',
  where: ['dist/policy.wasm'],
  dir: opaDir
})
entries.sort(
  (a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en', { numeric: true })
)
const missing = []
const rule = '='.repeat(100)
let text = `Third-party software in dist/ of vm-image-policy, with the licence texts it is distributed under.\n(vm-image-policy itself: see LICENSE.) Generated by scripts/bundle.mjs.\n`
for (const e of entries) {
  const files = fs.existsSync(e.dir) ? licenceFiles(e.dir) : []
  if (!files.length) missing.push(`${e.name}@${e.version} (${e.dir})`)
  text += `\n${rule}\n${e.name} ${e.version} — ${e.license}\nin: ${e.where.join(', ')}\n${rule}\n`
  for (const f of files)
    text += `\n--- ${f}\n\n${fs.readFileSync(path.join(e.dir, f), 'utf8').replace(/\r\n/g, '\n').trimEnd()}\n`
}
if (missing.length) {
  console.error(`bundle: no licence file found for ${missing.join(', ')}`)
  process.exit(1)
}
fs.writeFileSync(path.join(dist, 'licenses.txt'), text)
console.error('bundle: dist/index.js, dist/cli.js, dist/licenses.txt written')
