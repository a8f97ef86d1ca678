/**
 * The artefact that ships, per rule: dist/policy.wasm run by @open-policy-agent/opa-wasm through the engine
 * (no OPA involved) gives every rule the expected status on table fixtures, one file per rule ID in
 * test/fixtures/rules/<ID>.json. The cases come from the rules' own _test.rego inputs (regenerate the
 * generated ones with `node test/rules/gen-fixtures.mjs`); a rule without fixtures fails here.
 * Needs `npm run build` (dist/policy.wasm, dist/rules.json).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { FactsDoc } from '../../src/facts/types.js'
import { validateFacts } from '../../src/facts/validate.js'
import { Engine } from '../../src/policy/engine.js'
import type { RuleMeta, Severity, Status } from '../../src/types.js'
import { repoRoot } from '../support/run-cli.js'

/** The fixed evaluation time of every case (what the SAS cases are written against). */
const NOW = new Date('2026-11-25T12:00:00Z')
const fixtureDir = path.join(repoRoot, 'test/fixtures/rules')
const STATUSES: Status[] = ['pass', 'fail', 'unknown', 'not_applicable']

/** Rules that define no `deny`: they can never fail, so they need a pass and some other status instead. */
const NEVER_FAILS: Record<string, string> = {
  'AZMP-SKU-006': 'behaviour rule (RULES.md): never flag a version for differing from another SKU'
}

interface Case {
  name: string
  profile: 'guide' | 'current'
  facts: FactsDoc
  status: Status
  severity?: Severity
  message?: string
}

const rulesFile = path.join(repoRoot, 'dist/rules.json')
if (!fs.existsSync(rulesFile)) throw new Error(`${rulesFile} is missing: run "npm run build" first`)
const rules = JSON.parse(fs.readFileSync(rulesFile, 'utf8')) as Array<RuleMeta & { file: string }>

function readCases(id: string): Case[] {
  const file = path.join(fixtureDir, `${id}.json`)
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Case[]) : []
}

/** What the rule's Rego defines at the top level (skip, missing, deny, ok), as `opa fmt` writes it. */
function defines(rule: { file: string }): Set<string> {
  const src = fs.readFileSync(path.join(repoRoot, rule.file), 'utf8')
  return new Set([...src.matchAll(/^(skip|missing|deny|ok) contains\b/gm)].map(m => m[1] as string))
}

const table: Array<[string, string, Case]> = rules.flatMap(r =>
  readCases(r.id).map((c): [string, string, Case] => [`${r.id} ${c.name}`, r.id, c])
)

describe('fixtures cover every rule', () => {
  it('dist/rules.json lists the rules', () => {
    expect(rules.length).toBeGreaterThan(0)
  })

  it.each(rules.map(r => [r.id, r] as const))(
    '%s has pass and fail cases, and each status it can give',
    (id, r) => {
      const cases = readCases(id)
      const got = new Set(cases.map(c => c.status))
      const has = defines(r)
      const need = new Set<Status>(['pass'])
      if (has.has('deny')) need.add('fail')
      if (has.has('skip')) need.add('not_applicable')
      if (has.has('missing')) need.add('unknown')
      if (NEVER_FAILS[id]) expect({ id, deny: has.has('deny') }).toEqual({ id, deny: false })
      else need.add('fail')
      expect({ id, missing: [...need].filter(s => !got.has(s)) }).toEqual({ id, missing: [] })
    }
  )

  it('every fixture file is a rule ID and holds well-formed, uniquely named cases', () => {
    const ids = new Set(rules.map(r => r.id))
    for (const f of fs.readdirSync(fixtureDir)) {
      expect({ file: f, known: ids.has(f.replace(/\.json$/, '')) }).toEqual({ file: f, known: true })
      const cases = JSON.parse(fs.readFileSync(path.join(fixtureDir, f), 'utf8')) as Case[]
      expect(Array.isArray(cases)).toBe(true)
      const names = cases.map(c => c.name)
      expect({ file: f, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({
        file: f,
        duplicates: []
      })
      for (const c of cases) {
        expect({ file: f, name: c.name, profile: c.profile, status: c.status }).toEqual({
          file: f,
          name: c.name,
          profile: expect.stringMatching(/^(guide|current)$/),
          status: expect.stringMatching(new RegExp(`^(${STATUSES.join('|')})$`))
        })
      }
    }
  })
})

describe('dist/policy.wasm over the rule fixtures', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await Engine.load()
  })

  it.each(table)('%s', (_title, id, c) => {
    const where = `test/fixtures/rules/${id}.json "${c.name}"`
    expect(() => validateFacts(c.facts, where)).not.toThrow()
    engine.configure({ profile: c.profile, now: NOW, mode: 'pr' })
    const found = engine.evaluate(structuredClone(c.facts)).filter(f => f.rule === id)
    expect(found).toHaveLength(1)
    const f = found[0]!
    // Compared together, so a failure shows the message that explains the status.
    expect({ status: f.status, message: f.message }).toEqual({
      status: c.status,
      message: c.message === undefined ? expect.any(String) : expect.stringContaining(c.message)
    })
    if (c.severity) expect(f.severity).toBe(c.severity)
  })
})
