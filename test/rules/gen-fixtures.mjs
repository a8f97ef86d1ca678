#!/usr/bin/env node
// Derives test/fixtures/rules/<ID>.json from the rules' own _test.rego cases (the authors' intended
// inputs), for test/rules/wasm-table.test.ts, which runs the compiled dist/policy.wasm over them.
//
//   node test/rules/gen-fixtures.mjs            (needs OPA: .tools/bin/opa or OPA_BIN; run `npm run build` first)
//
// How: the policies are copied to a temporary folder where data.vmimage.test.finding (the helper every rule
// test calls) also prints its input, data.config and the finding; `opa test` then yields, per test, the
// documents and the findings OPA asserted. Each document gets schema_version 1 when it lacks one, SAS times
// are moved to the fixed "now" (2026-11-25T12:00:00Z), and it is reduced to the facts the rule's METADATA
// names (plus schema_version, stage, os) when `opa eval` gives the very same finding for the reduced document.
// Documents the facts schema rejects, or whose finding changes under the engine's configuration, are not
// written and are listed on stderr.
//
// Generated cases are named "<file>_test.rego: test_<name>"; they are replaced on every run. Cases with any
// other name were written by hand and are kept.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateFacts } from '../../src/generated/validate-facts.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const opa = process.env.OPA_BIN ?? path.join(root, '.tools/bin/opa')
const outDir = path.join(root, 'test/fixtures/rules')
export const NOW = 1795608000 // 2026-11-25T12:00:00Z
const GENERATED = /^[a-z0-9_]+_test\.rego: /

const rules = JSON.parse(fs.readFileSync(path.join(root, 'dist/rules.json'), 'utf8'))
const byPath = new Map(rules.map(r => [r.path, r]))
const SEV = { notice: 0, warning: 1, error: 2 }

// 1. Capture what every rule test evaluates.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-rule-fixtures-'))
fs.cpSync(path.join(root, 'policies'), path.join(tmp, 'policies'), { recursive: true })
fs.writeFileSync(
  path.join(tmp, 'policies/lib/helpers_test.rego'),
  `package vmimage.test

import data.vmimage.main

default cfg := {}

cfg := data.config

finding(area, name) := f if {
	f := object.remove(main.finding(area, name, data.vmimage.rules[area][name]), ["path"])
	print(json.marshal({"area": area, "name": name, "input": input, "config": cfg, "finding": f}))
}
`
)
const testRun = spawnSync(opa, ['test', path.join(tmp, 'policies'), '--format', 'json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28
})
const results = JSON.parse(testRun.stdout)
const problems = []
const captures = []
for (const t of results) {
  const file = path.basename(t.location.file)
  if (t.fail || t.error) {
    problems.push(`opa test fails: ${file} ${t.name} (its cases are not used)`)
    continue
  }
  const lines = Buffer.from(t.output ?? '', 'base64')
    .toString('utf8')
    .split('\n')
    .filter(l => l.startsWith('{'))
  lines.forEach((l, k) =>
    captures.push({ file, test: t.name, row: t.location.row, k, n: lines.length, ...JSON.parse(l) })
  )
}
captures.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row || a.k - b.k)

// 2. Cases: engine-compatible configuration, schema-valid documents.
const get = (o, parts) => parts.reduce((v, p) => (v && typeof v === 'object' ? v[p] : undefined), o)
function put(o, parts, v) {
  let cur = o
  for (const p of parts.slice(0, -1)) cur = cur[p] ??= {}
  cur[parts.at(-1)] = structuredClone(v)
}
// The document reduced to schema_version, image, stage, os and the rule's METADATA facts: at depth 0 the
// facts themselves, at depth 1 their parent objects, at depth 2 their top two levels (linux.python, ...).
function reduce(doc, rule, depth) {
  const out = { schema_version: doc.schema_version }
  for (const k of ['image', 'stage', 'os']) if (k in doc) out[k] = structuredClone(doc[k])
  for (const f of rule.facts) {
    let parts = f.split('.')
    if (parts[0] === 'config') continue
    if (depth === 1 && parts.length > 2) parts = parts.slice(0, -1)
    if (depth === 2) parts = parts.slice(0, 2)
    const v = get(doc, parts)
    if (v !== undefined) put(out, parts, v)
  }
  return out
}
const LEVELS = ['facts', 'parents', 'areas', 'full']
const variants = c => [0, 1, 2].map(d => reduce(c.facts, c.rule, d)).concat([c.facts])
const candidates = []
for (const c of captures) {
  const rule = byPath.get(`${c.area}.${c.name}`)
  const where = `${c.file} ${c.test}`
  if (!rule) continue
  const extra = Object.keys(c.config).filter(k => !['profile', 'now_unix'].includes(k))
  if (extra.length) {
    problems.push(
      `skipped ${where}: sets data.config.${extra.join(', data.config.')} (configuration, not facts)`
    )
    continue
  }
  if (c.finding.missing.includes('config.now_unix')) {
    problems.push(`skipped ${where}: evaluates without a "now", which the engine always sets`)
    continue
  }
  const facts = { schema_version: 1, ...structuredClone(c.input) }
  let shifted = false
  if (c.config.now_unix !== undefined && c.config.now_unix !== NOW) {
    const delta = NOW - c.config.now_unix
    for (const s of Array.isArray(facts.sas) ? facts.sas : [])
      for (const k of ['st_unix', 'se_unix']) if (Number.isInteger(s[k])) s[k] += delta
    shifted = true
  }
  if (!validateFacts(facts)) {
    const errs = validateFacts.errors.slice(0, 3).map(e => `${e.instancePath || '/'} ${e.message}`)
    problems.push(`skipped ${where}: not valid against the facts schema: ${errs.join('; ')}`)
    continue
  }
  const base = `${c.file}: ${c.test}`
  const name = c.n > 1 ? `${base} #${c.k + 1}` : base
  candidates.push({
    rule,
    name,
    profile: c.config.profile ?? 'guide',
    facts,
    want: c.finding,
    shifted,
    where
  })
}

// 3. Evaluate the full and the reduced document of each case with OPA under the engine's configuration.
function opaFindings(profile, docs) {
  fs.writeFileSync(path.join(tmp, 'input.json'), JSON.stringify(docs))
  fs.writeFileSync(
    path.join(tmp, 'config.json'),
    JSON.stringify({
      config: { profile, thresholds: {}, now_unix: NOW, mode: 'pr', severity: {}, waivers: [] }
    })
  )
  fs.writeFileSync(
    path.join(tmp, 'all.rego'),
    'package fixtures\n\nimport data.vmimage.main\n\nall := [fs | some d in input; fs := main.findings with input as d]\n'
  )
  const out = execFileSync(
    opa,
    [
      'eval',
      '--format',
      'raw',
      '-d',
      path.join(root, 'policies'),
      '-d',
      path.join(tmp, 'all.rego'),
      '-d',
      path.join(tmp, 'config.json'),
      '-i',
      path.join(tmp, 'input.json'),
      '--ignore',
      '*_test.rego',
      'data.fixtures.all'
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 }
  )
  return JSON.parse(out)
}
const canon = f => {
  const { path: _p, ...rest } = f
  return JSON.stringify({ ...rest, details: [...rest.details].map(d => JSON.stringify(d)).sort() })
}
const same = (a, b, shifted) =>
  shifted
    ? a.status === b.status &&
      JSON.stringify(a.missing) === JSON.stringify(b.missing) &&
      JSON.stringify(a.skip) === JSON.stringify(b.skip) &&
      a.details.length === b.details.length
    : canon(a) === canon(b)

const chosen = []
const depthUsed = new Map()
for (const profile of ['guide', 'current']) {
  const mine = candidates.filter(c => c.profile === profile)
  const V = LEVELS.length
  const docs = mine.flatMap(variants)
  const found = docs.length ? opaFindings(profile, docs) : []
  mine.forEach((c, i) => {
    const at = j => found[V * i + j].find(x => x.path === c.rule.path)
    const pick = LEVELS.map((_, j) => j).find(j => {
      const f = at(j)
      return f && same(f, c.want, c.shifted) && validateFacts(docs[V * i + j])
    })
    if (pick === undefined) {
      const f = at(V - 1)
      problems.push(
        `skipped ${c.where}: under the engine's configuration OPA finds ${f?.status} (${JSON.stringify(f?.details ?? [])}), the test asserts ${c.want.status}`
      )
      return
    }
    if (pick > 0) depthUsed.set(c.rule.id, [...(depthUsed.get(c.rule.id) ?? []), `${LEVELS[pick]}`])
    chosen.push({ ...c, facts: docs[V * i + pick], got: at(pick) })
  })
}
for (const [id, levels] of depthUsed)
  console.error(
    `${id}: METADATA facts alone do not reproduce ${levels.length} case(s); kept ${[...new Set(levels)].join(', ')}`
  )

// 4. Expected outcome, as the engine reports it (src/policy/engine.ts toFinding).
function expectation(c) {
  const f = c.got
  const out = { name: c.name, profile: c.profile, facts: c.facts, status: c.want.status }
  const msgs = f.details.map(d => d.msg).sort()
  if (f.status === 'fail') {
    out.severity = f.details
      .map(d => d.severity ?? c.rule.severity)
      .reduce((a, b) => (SEV[b] > SEV[a] ? b : a), 'notice')
    out.message = msgs[0]
  } else if (f.status === 'not_applicable') out.message = [...f.skip].sort()[0]
  else if (f.status === 'unknown') out.message = f.missing.join(', ')
  else if (msgs.length) out.message = msgs[0]
  return out
}

fs.mkdirSync(outDir, { recursive: true })
const seen = new Set()
const perRule = new Map(rules.map(r => [r.id, []]))
for (const c of chosen) {
  const key = JSON.stringify([c.rule.id, c.profile, c.facts])
  if (seen.has(key)) continue
  seen.add(key)
  perRule.get(c.rule.id).push(expectation(c))
}
for (const [id, cases] of perRule) {
  const file = path.join(outDir, `${id}.json`)
  const kept = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8')).filter(c => !GENERATED.test(c.name))
    : []
  const all = [...cases, ...kept]
  fs.writeFileSync(file, JSON.stringify(all, null, 2) + '\n')
  const statuses = new Set(all.map(c => c.status))
  const lacking = ['pass', 'fail', 'unknown', 'not_applicable'].filter(s => !statuses.has(s))
  console.log(
    `${id}: ${all.length} cases (${kept.length} by hand)${lacking.length ? `; no ${lacking.join(', ')}` : ''}`
  )
}
execFileSync(path.join(root, 'node_modules/.bin/prettier'), ['--log-level', 'warn', '--write', outDir])
for (const p of problems) console.error(p)
fs.rmSync(tmp, { recursive: true, force: true })
