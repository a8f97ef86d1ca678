#!/usr/bin/env node
// Bundles the action (dist/action/) and the CLI (dist/cli/) with @vercel/ncc, writes the entry stubs
// dist/index.js and dist/cli.js, and copies the schemas and probes the bundles read at run time.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const ncc = path.join(root, 'node_modules/.bin/ncc')

for (const [entry, out] of [
  // The action's bundle exports run() (src/main.ts), for the stub below and for @github/local-action.
  ['src/main.ts', 'action'],
  ['src/cli-main.ts', 'cli']
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
      '-q'
    ],
    {
      stdio: 'inherit',
      cwd: root
    }
  )
  fs.rmSync(path.join(dir, 'package.json'), { force: true })
}
fs.writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n')
// The stubs turn on Node's on-disk compile cache where the runtime has it (Node >= 22.1; the action runs on
// node24), before the bundle is parsed.
const stub = (target, call = '') =>
  `import module from 'node:module'\nmodule.enableCompileCache?.()\n${call ? 'const m = ' : ''}await import('./${target}/index.js')\n${call}`
fs.writeFileSync(path.join(dist, 'index.js'), stub('action', 'await m.run()\n'))
fs.writeFileSync(path.join(dist, 'cli.js'), `#!/usr/bin/env node\n${stub('cli')}`, { mode: 0o755 })

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
  ['node_modules/web-tree-sitter/web-tree-sitter.js', 'web-tree-sitter.js']
])
  fs.copyFileSync(path.join(root, from), path.join(dist, name))
console.error('bundle: dist/index.js, dist/cli.js written')
