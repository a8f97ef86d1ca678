#!/usr/bin/env node
// Compiles policies/ to dist/policy.wasm and its rule metadata (dist/rules.json) with src/policy/opa-build.js
// (the compiler custom policies use too), and merges the profiles (dist/profiles.json).
//   node scripts/build-policy.mjs [--policies DIR] [--out DIR]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUILTIN_INDEX, PolicyError, compileRego } from '../src/policy/opa-build.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = name => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const policies = path.resolve(opt('--policies') ?? path.join(root, 'policies'))
const out = path.resolve(opt('--out') ?? path.join(root, 'dist'))
const opa = process.env.OPA_BIN || path.join(root, '.tools/bin/opa')

if (!process.env.OPA_BIN)
  execFileSync('bash', [path.join(root, 'scripts/install-opa.sh')], { stdio: 'inherit' })

// Built like users' custom policies (src/policy/compile.ts): one compiler, src/policy/opa-build.js.
let wasm, rules
try {
  ;({ wasm, rules } = compileRego({
    opa,
    allowList: path.join(policies, 'wasm-builtins.txt'),
    // Relative: the module records source file names, and dist/ must not depend on where the clone is.
    roots: [path.relative(root, policies) || '.'],
    rules: policies,
    kind: 'builtin',
    display: f => path.relative(root, path.resolve(root, f)),
    cwd: root,
    // Committed beside the rules (the module records file names; a temporary one would differ each build).
    index: path.join(path.relative(root, policies) || '.', BUILTIN_INDEX)
  }))
} catch (e) {
  if (!(e instanceof PolicyError)) throw e
  console.error(e.problems.map(p => `build-policy: ${p}`).join('\n'))
  process.exit(1)
}
fs.mkdirSync(out, { recursive: true })
fs.writeFileSync(path.join(out, 'policy.wasm'), wasm)
fs.writeFileSync(path.join(out, 'rules.json'), JSON.stringify(rules, null, 2) + '\n')

// Profiles: policies/profiles/<profile>/<area>/data.json -> { <profile>: { <area>: {...} } }
const profiles = {}
const pdir = path.join(policies, 'profiles')
for (const p of fs.existsSync(pdir) ? fs.readdirSync(pdir).sort() : []) {
  profiles[p] = {}
  for (const area of fs.readdirSync(path.join(pdir, p)).sort()) {
    const f = path.join(pdir, p, area, 'data.json')
    if (fs.existsSync(f)) profiles[p][area] = JSON.parse(fs.readFileSync(f, 'utf8'))
  }
}
fs.writeFileSync(path.join(out, 'profiles.json'), JSON.stringify(profiles, null, 2) + '\n')
console.error(
  `build-policy: ${rules.length} rules, ${wasm.length} bytes of wasm, profiles: ${Object.keys(profiles).join(', ')}`
)
