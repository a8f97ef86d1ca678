/**
 * The facts probe.ps1 prints, read from its source (it cannot run here), against the facts schema:
 *  - every Set-Fact path and every key of the hashtables it emits exists in schemas/facts*.schema.json;
 *  - every fact the Windows rules (and DSK-003, REG-002) read is one the script sets;
 *  - every fact in the fixtures and examples is one the script sets (the fixtures mirror its output).
 * Hashtable literals are tied to the schema by a comment on the line before: `# facts: <path>` (`[]` = the
 * items of an array, `*` = any key, `(root)` = the document) or `# not facts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Node as TsNode } from 'web-tree-sitter'
import {
  descendants,
  fixturesDir,
  lineOf,
  literalValue,
  parsePs,
  probeScript,
  readJson,
  repo,
  ruleMeta,
  schemaAt
} from './support.js'

const rel = path.relative(repo, probeScript)
const source = fs.readFileSync(probeScript, 'utf8')
const lines = source.split('\n')

/** "windows.updates.pending[]" -> "windows.updates.pending.*"; "(root)" -> "". */
const annotationPath = (a: string): string => (a === '(root)' ? '' : a.replace(/\[\]/g, '.*'))
const join = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`)

/** The `# facts: <path> [<path>…]` / `# not facts` comment on the hashtable's line or the two lines above. */
function annotation(line: number): string[] | null | undefined {
  for (let l = line; l >= Math.max(1, line - 2); l--) {
    const text = lines[l - 1] ?? ''
    const m = /#\s*facts:\s*(.+)$/.exec(text)
    if (m) return (m[1] as string).trim().split(/[\s,]+/)
    if (/#\s*not facts\b/.test(text)) return null
  }
  return undefined
}

function hashKeys(h: TsNode): Array<{ key: string; line: number }> {
  const out: Array<{ key: string; line: number }> = []
  const body = h.namedChildren.find(c => c?.type === 'hash_literal_body')
  for (const e of body?.namedChildren ?? []) {
    if (!e || e.type !== 'hash_entry') continue
    const k = e.namedChildren[0]
    if (!k) continue
    const key = literalValue(k) ?? k.text
    out.push({ key, line: lineOf(e) })
  }
  return out
}

interface Emitted {
  path: string
  where: string
}

/** String argument of a command: after -Name, else the positional argument at `index`. */
function commandArg(cmd: TsNode, param: string, index: number): TsNode | undefined {
  const els = cmd.namedChildren.find(c => c?.type === 'command_elements')
  const items = (els?.namedChildren ?? []).filter(
    (c): c is TsNode => !!c && c.type !== 'command_argument_sep'
  )
  const named = items.findIndex(
    c => c.type === 'command_parameter' && c.text.toLowerCase() === param.toLowerCase()
  )
  if (named >= 0) return items[named + 1]
  const positional: TsNode[] = []
  for (let i = 0; i < items.length; i++) {
    const c = items[i] as TsNode
    if (c.type === 'command_parameter') {
      if (!/^-(array)$/i.test(c.text)) i++ // a named parameter with a value
      continue
    }
    positional.push(c)
  }
  return positional[index]
}

/** A path literal with `$i` segments written as `*`. */
function pathLiteral(n: TsNode | undefined): string | undefined {
  if (!n) return undefined
  const t = n.text
  if (/^'[^']*'$/.test(t)) return t.slice(1, -1)
  if (/^"[^"`]*"$/.test(t)) return t.slice(1, -1).replace(/\$\w+/g, '*')
  return undefined
}

let emitted: Emitted[] = []
const problems: string[] = []

beforeAll(async () => {
  const tree = await parsePs(source)
  const out: Emitted[] = []

  // 1. Set-Fact PATH and Add-ProbeError FACT.
  for (const cmd of descendants(tree.rootNode, 'command')) {
    const name = cmd.namedChildren.find(c => c?.type === 'command_name')?.text.toLowerCase()
    if (name !== 'set-fact' && name !== 'add-probeerror') continue
    const arg = commandArg(cmd, name === 'set-fact' ? '-Path' : '-Fact', 0)
    const p = pathLiteral(arg)
    if (p === undefined) {
      // Set-Fact is only called with literal paths: a computed one could not be checked here.
      if (name === 'set-fact' && !/^\$Path$/i.test(arg?.text ?? ''))
        problems.push(`${rel}:${lineOf(cmd)}: Set-Fact with a computed path ${arg?.text}`)
      continue
    }
    if (name === 'set-fact') out.push({ path: p, where: `${rel}:${lineOf(cmd)}` })
    else if (!schemaAt(p))
      problems.push(`${rel}:${lineOf(cmd)}: Add-ProbeError names ${p}, not a fact of the schema`)
  }

  // 2. Hashtable literals and index assignments to the variables that hold them.
  const varPaths = new Map<string, string[]>()
  for (const h of descendants(tree.rootNode, 'hash_literal_expression')) {
    const keys = hashKeys(h)
    const a = annotation(lineOf(h))
    const assigned = /\$(\w+)\s*=\s*(\[ordered\])?@\{/.exec(lines[lineOf(h) - 1] ?? '')
    if (a === undefined) {
      if (keys.length > 0) problems.push(`${rel}:${lineOf(h)}: hashtable without a "# facts: <path>" comment`)
      continue
    }
    if (a === null) continue
    const bases = a.map(annotationPath)
    if (assigned) {
      const v = (assigned[1] as string).toLowerCase()
      const prev = varPaths.get(v)
      if (prev !== undefined && prev.join() !== bases.join())
        problems.push(`${rel}:${lineOf(h)}: $${v} holds both ${prev} and ${bases}: use another name`)
      varPaths.set(v, bases)
    }
    for (const base of bases)
      for (const { key, line } of keys) out.push({ path: join(base, key), where: `${rel}:${line}` })
  }
  lines.forEach((l, i) => {
    for (const m of l.matchAll(/\$(\w+)\['(\w+)'\]\s*=(?!=)/g)) {
      for (const base of varPaths.get((m[1] as string).toLowerCase()) ?? [])
        out.push({ path: join(base, m[2] as string), where: `${rel}:${i + 1}` })
    }
  })
  emitted = out
})

const norm = (p: string): string => p.replace(/\.\d+(?=\.|$)/g, '.*')

function isEmitted(p: string): boolean {
  const n = norm(p)
  return emitted.some(e => {
    const ep = norm(e.path)
    // provenance.* stands for any key; a whole-value fact covers its items.
    return (
      ep === n ||
      (ep.endsWith('.*') && n.startsWith(ep.slice(0, -1)) && !n.slice(ep.length - 1).includes('.'))
    )
  })
}

test('the annotations and Set-Fact calls could all be read', () => {
  expect(problems).toEqual([])
  expect(emitted.length).toBeGreaterThan(50)
})

test('every fact the script emits exists in the facts schema', () => {
  const unknown = emitted.filter(e => !e.path.startsWith('provenance.*.') && !schemaAt(e.path))
  expect(unknown.map(e => `${e.where}: ${e.path}`)).toEqual([])
  // provenance entries are locations (schemas/facts.schema.json#/definitions/location)
  const loc = Object.keys(schemaAt('provenance.*')?.properties ?? {})
  expect(loc).toContain('source')
  const bad = emitted
    .filter(x => x.path.startsWith('provenance.*.'))
    .filter(x => !loc.includes(x.path.slice('provenance.*.'.length)))
  expect(bad.map(e => `${e.where}: ${e.path}`)).toEqual([])
})

test('every fact the Windows rules, DSK-003 and REG-002 read is one the script sets', () => {
  const rules = ruleMeta().filter(
    r => r.area === 'windows' || ['AZMP-DSK-003', 'AZMP-REG-002'].includes(r.id)
  )
  expect(rules.map(r => r.id).filter(id => id.startsWith('AZMP-WIN-'))).toHaveLength(7)
  // Declared facts (template, manifest), the template's provisioners (AZMP-WIN-007) and VHD footers are
  // other sources' business.
  const notProbed = new Set(['os.declared_type', 'disks.os.vhd.current_size', 'template.provisioners'])
  const covered = (f: string): boolean =>
    emitted.some(e => e.path === f || e.path.startsWith(`${f}.`) || e.path.startsWith(`${f}.*`))
  const uncovered = rules.flatMap(r =>
    r.facts.filter(f => !notProbed.has(f) && !covered(f)).map(f => `${r.id}: ${f}`)
  )
  expect(uncovered).toEqual([])
  for (const f of ['stage', 'os.type', 'probe.kind', 'disks.os.size_gb', 'windows.sysprep.image_state'])
    expect(covered(f)).toBe(true)
})

function leaves(v: unknown, prefix: string, out: string[]): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) out.push(prefix)
    v.forEach((x, i) => leaves(x, `${prefix}.${i}`, out))
  } else if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v)
    if (entries.length === 0) out.push(prefix)
    for (const [k, x] of entries) leaves(x, prefix ? `${prefix}.${k}` : k, out)
  } else out.push(prefix)
  return out
}

const windowsDocs = [
  ...fs
    .readdirSync(fixturesDir)
    .filter(f => f.endsWith('.facts.json'))
    .map(f => path.join(fixturesDir, f)),
  path.join(repo, 'examples/windows/compliant.facts.json'),
  path.join(repo, 'examples/windows/failing.facts.json')
].filter(f => (readJson(f) as { os?: { type?: string } }).os?.type === 'Windows')

test.each(windowsDocs.map(f => [path.relative(repo, f)]))(
  '%s holds only facts the script emits, with provenance for emitted facts',
  file => {
    const doc = readJson(path.join(repo, file)) as Record<string, unknown>
    const facts = { ...doc }
    delete facts.provenance
    // A leaf is emitted itself, or is an item of a list the script sets whole (features_installed.3).
    const notEmitted = leaves(facts, '', []).filter(p => !isEmitted(p) && !isEmitted(p.replace(/\.\d+$/, '')))
    expect(notEmitted).toEqual([])
    const provKeys = Object.keys((doc.provenance as Record<string, unknown>) ?? {})
    expect(
      provKeys.filter(k => !isEmitted(k) && !emitted.some(e => norm(e.path).startsWith(`${norm(k)}.`)))
    ).toEqual([])
    for (const v of Object.values((doc.provenance as Record<string, Record<string, unknown>>) ?? {}))
      expect(Object.keys(v).filter(k => !emitted.some(e => e.path === `provenance.*.${k}`))).toEqual([])
  }
)
