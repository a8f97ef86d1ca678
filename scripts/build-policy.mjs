#!/usr/bin/env node
// Compiles policies/ to dist/policy.wasm with a capabilities file limited to what the wasm SDK can run,
// extracts rule metadata (dist/rules.json) from the Rego METADATA, and merges the profiles (dist/profiles.json).
//   node scripts/build-policy.mjs [--policies DIR] [--out DIR]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = name => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const policies = path.resolve(opt('--policies') ?? path.join(root, 'policies'))
const out = path.resolve(opt('--out') ?? path.join(root, 'dist'))
const opa = process.env.OPA_BIN ?? path.join(root, '.tools/bin/opa')

if (!process.env.OPA_BIN)
  execFileSync('bash', [path.join(root, 'scripts/install-opa.sh')], { stdio: 'inherit' })

const run = (cmd, argv) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20, cwd: root })
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-build-'))
fs.mkdirSync(out, { recursive: true })

// 1. Capabilities: the running OPA's, with built-ins narrowed to the allow-list.
const allowed = new Set(
  fs
    .readFileSync(path.join(root, 'policies/wasm-builtins.txt'), 'utf8')
    .split('\n')
    .filter(l => !l.startsWith('#'))
    .flatMap(l => l.split(/\s+/))
    .filter(Boolean)
)
const caps = JSON.parse(run(opa, ['capabilities', '--current']))
caps.builtins = caps.builtins.filter(b => allowed.has(b.name))
const capsFile = path.join(tmp, 'capabilities.json')
fs.writeFileSync(capsFile, JSON.stringify(caps))

// 2. Compile.
const bundle = path.join(tmp, 'bundle.tar.gz')
try {
  run(opa, [
    'build',
    '-t',
    'wasm',
    '--capabilities',
    capsFile,
    '-e',
    'vmimage/main/findings',
    '--ignore',
    '*_test.rego',
    '--ignore',
    'profiles',
    '-o',
    bundle,
    // Relative: the module records source file names, and dist/ must not depend on where the clone is.
    path.relative(root, policies) || '.'
  ])
} catch (e) {
  process.stderr.write(String(e.stderr || e.message))
  process.stderr.write(
    '\nbuild-policy: opa build failed (a built-in outside policies/wasm-builtins.txt is a build error by design)\n'
  )
  process.exit(1)
}
run('tar', ['-xzf', bundle, '-C', tmp, '/policy.wasm'])
const wasm = fs.readFileSync(path.join(tmp, 'policy.wasm'))

// 3. Every built-in the module imports must be one the SDK (or our engine) implements.
const require = createRequire(import.meta.url)
const { loadPolicy } = require('@open-policy-agent/opa-wasm')
const sdkBuiltins = new Set([
  'sprintf',
  'regex.split',
  'json.is_valid',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal'
])
const policy = await loadPolicy(wasm)
const ex = policy.wasmInstance.exports
const addr = ex.opa_json_dump(ex.builtins())
const mem = new Uint8Array(policy.mem.buffer)
let end = addr
while (mem[end] !== 0) end++
const imported = Object.keys(JSON.parse(Buffer.from(mem.subarray(addr, end)).toString('utf8')))
const unsupported = imported.filter(b => !sdkBuiltins.has(b))
if (unsupported.length) {
  console.error(`build-policy: the wasm module needs built-ins the SDK lacks: ${unsupported.join(', ')}`)
  process.exit(1)
}
fs.writeFileSync(path.join(out, 'policy.wasm'), wasm)

// 4. Rule metadata from METADATA annotations.
const inspected = JSON.parse(run(opa, ['inspect', '-a', '--format', 'json', policies]))
const rules = []
const problems = []
for (const a of inspected.annotations ?? []) {
  if (a.annotations?.scope !== 'package') continue
  const pkg = a.path.map(p => p.value).filter(v => v !== 'data')
  if (pkg[0] !== 'vmimage' || pkg[1] !== 'rules' || pkg.length !== 4) continue
  const an = a.annotations
  const c = an.custom ?? {}
  const rule = {
    id: c.id,
    path: `${pkg[2]}.${pkg[3]}`,
    area: pkg[2],
    title: an.title,
    description: (an.description ?? '').trim(),
    severity: c.severity,
    guide: c.guide ?? '',
    stage: c.stage ?? 'any',
    facts: c.facts ?? [],
    remediation: (c.remediation ?? '').trim(),
    file: path.relative(root, a.location?.file ?? '')
  }
  for (const k of ['id', 'title', 'severity', 'remediation'])
    if (!rule[k]) problems.push(`${rule.path}: METADATA lacks ${k}`)
  if (rule.severity && !['error', 'warning', 'notice'].includes(rule.severity))
    problems.push(`${rule.path}: severity "${rule.severity}" is not error|warning|notice`)
  rules.push(rule)
}
const seen = new Map()
for (const r of rules) {
  if (seen.has(r.id)) problems.push(`${r.id} is declared by both ${seen.get(r.id)} and ${r.path}`)
  seen.set(r.id, r.path)
}
if (problems.length) {
  console.error(problems.map(p => `build-policy: ${p}`).join('\n'))
  process.exit(1)
}
rules.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
fs.writeFileSync(path.join(out, 'rules.json'), JSON.stringify(rules, null, 2) + '\n')

// 5. Profiles: policies/profiles/<profile>/<area>/data.json -> { <profile>: { <area>: {...} } }
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
fs.rmSync(tmp, { recursive: true, force: true })
console.error(
  `build-policy: ${rules.length} rules, ${wasm.length} bytes of wasm, profiles: ${Object.keys(profiles).join(', ')}`
)
