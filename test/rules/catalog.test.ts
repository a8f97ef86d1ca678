/**
 * The rule catalog (../shared/RULES.md, beside the clone) and the ruleset agree: every ID of the catalog's
 * tables is the custom.id of exactly one rule's METADATA (in the Rego sources and in the generated
 * dist/rules.json) and is documented in docs/rules.md (index row and section), and no rule or doc carries an
 * AZMP- ID the catalog does not have. Needs `npm run build` (dist/rules.json, docs/rules.md).
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'

const ID = /AZMP-[A-Z]{3}-\d{3}/g
const catalogFile = path.resolve(repoRoot, '..', 'shared', 'RULES.md')
// CI has a copy of shared/ beside the clone (VMIP_REQUIRE_REAL=1 turns its absence into a failure).
const haveCatalog = requireReal(
  `the rule catalog ${catalogFile} (shared/ beside the clone)`,
  fs.existsSync(catalogFile)
)
const maybe = haveCatalog ? describe : describe.skip

function read(rel: string): string {
  const file = path.join(repoRoot, rel)
  if (!fs.existsSync(file)) throw new Error(`${rel} is missing: run "npm run build" first`)
  return fs.readFileSync(file, 'utf8')
}

/** IDs in the first column of Markdown table rows ("| AZMP-XXX-NNN |" or "| [AZMP-XXX-NNN](#…) |"). */
function tableIds(md: string): string[] {
  return md
    .split('\n')
    .map(l => /^\|\s*\[?(AZMP-[A-Z]{3}-\d{3})\b/.exec(l)?.[1])
    .filter((x): x is string => Boolean(x))
}

function counts(ids: string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1)
  return m
}

function regoFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter(f => f.endsWith('.rego') && !f.endsWith('_test.rego'))
    .map(f => path.join(dir, f))
}

maybe('RULES.md, the rules METADATA and docs/rules.md list the same IDs', () => {
  const catalog = haveCatalog ? tableIds(fs.readFileSync(catalogFile, 'utf8')) : []
  const catalogSet = [...new Set(catalog)].sort()

  it('the catalog lists each ID once', () => {
    expect(catalog.length).toBeGreaterThan(50)
    expect([...counts(catalog)].filter(([, n]) => n > 1)).toEqual([])
  })

  it('each catalog ID is the custom.id of exactly one rule in the Rego METADATA, and no other AZMP- ID is', () => {
    const ids = regoFiles(path.join(repoRoot, 'policies')).flatMap(f =>
      [...fs.readFileSync(f, 'utf8').matchAll(/^#\s+id:\s*(AZMP-[A-Z]{3}-\d{3})\s*$/gm)].map(
        m => m[1] as string
      )
    )
    const n = counts(ids)
    expect(catalogSet.filter(id => n.get(id) !== 1).map(id => `${id}: ${n.get(id) ?? 0} rules`)).toEqual([])
    expect([...n.keys()].filter(id => !catalogSet.includes(id))).toEqual([])
  })

  it('dist/rules.json has one rule per catalog ID and nothing else under AZMP-', () => {
    const rules = JSON.parse(read('dist/rules.json')) as Array<{ id: string }>
    const ids = rules.map(r => r.id).filter(id => id.startsWith('AZMP-'))
    const n = counts(ids)
    expect(catalogSet.filter(id => n.get(id) !== 1).map(id => `${id}: ${n.get(id) ?? 0} rules`)).toEqual([])
    expect([...n.keys()].filter(id => !catalogSet.includes(id))).toEqual([])
  })

  it('docs/rules.md has an index row and a section for each catalog ID, and no other ID', () => {
    const doc = read('docs/rules.md')
    const rows = counts(tableIds(doc))
    const sections = counts([...doc.matchAll(/^#+\s+(AZMP-[A-Z]{3}-\d{3})\b/gm)].map(m => m[1] as string))
    expect(catalogSet.filter(id => rows.get(id) !== 1).map(id => `${id}: ${rows.get(id) ?? 0} rows`)).toEqual(
      []
    )
    expect(
      catalogSet.filter(id => sections.get(id) !== 1).map(id => `${id}: ${sections.get(id) ?? 0} sections`)
    ).toEqual([])
    const mentioned = new Set(doc.match(ID) ?? [])
    expect([...mentioned].filter(id => !catalogSet.includes(id))).toEqual([])
  })
})
