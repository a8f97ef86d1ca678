import type { Location } from '../types.js'
import { originText, type FactsDoc, type PartialFacts } from './types.js'

/** Arrays whose entries accumulate across sources instead of replacing each other. */
const ACCUMULATE = new Set(['sku.version_sources', 'sas'])

/** Arrays of objects merged element by element, matched on a key (a data disk is the same disk by LUN). */
const KEYED: Record<string, string> = { 'disks.data': 'lun' }
const KEYED_MARK = '\u0000keyed'

type Leaf = { value: unknown; partial: PartialFacts }

/**
 * Merges what several sources know about one image. Higher priority wins leaf by leaf (observed facts
 * outrank declared ones); when two sources give different values for the same fact, the loser is kept in
 * `conflicts` so a finding can say "the template declares X, the probe found Y".
 */
export function mergeFacts(partials: PartialFacts[]): FactsDoc {
  const ordered = [...partials].sort((a, b) => a.priority - b.priority)
  const leaves = new Map<string, Leaf[]>()
  for (const p of ordered)
    flatten(keyArrays(p.facts), '', (path, value) => push(leaves, path, { value, partial: p }))

  const doc: Record<string, unknown> = {}
  const provenance: Record<string, Location> = {}
  const conflicts: NonNullable<FactsDoc['conflicts']> = []
  for (const [path, list] of leaves) {
    if (path === 'schema_version' || path === 'provenance' || path === 'conflicts') continue
    if (ACCUMULATE.has(path)) {
      const all = list.flatMap(l => (Array.isArray(l.value) ? l.value : []))
      setPath(doc, path, dedupe(all))
      continue
    }
    const winner = list[list.length - 1] as Leaf
    setPath(doc, path, winner.value)
    const distinct = list.filter(l => !sameValue(l.value, winner.value))
    if (distinct.length > 0)
      conflicts.push({
        fact: path,
        values: [winner, ...distinct].map(l => ({ value: l.value, source: where(l.partial, path) }))
      })
  }
  unkeyArrays(doc)
  for (const p of ordered) for (const [k, v] of Object.entries(p.provenance)) provenance[k] = v
  const out: FactsDoc = { schema_version: 1, ...doc }
  if (Object.keys(provenance).length > 0) out.provenance = provenance
  if (conflicts.length > 0) out.conflicts = conflicts
  return out
}

/** Copies facts with each keyed array turned into an object keyed by its key ("disks.data" by LUN). */
function keyArrays(facts: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(facts)
  for (const [path, key] of Object.entries(KEYED)) {
    const arr = getPath(out, path)
    if (!Array.isArray(arr)) continue
    const ok = arr.every(
      x => typeof x === 'object' && x !== null && Number.isInteger((x as Record<string, unknown>)[key])
    )
    if (!ok) continue
    const keyed: Record<string, unknown> = { [KEYED_MARK]: true }
    for (const x of arr) keyed[String((x as Record<string, unknown>)[key])] = x
    setPath(out, path, keyed)
  }
  return out
}

function unkeyArrays(doc: Record<string, unknown>): void {
  for (const [path, key] of Object.entries(KEYED)) {
    const v = getPath(doc, path)
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !(KEYED_MARK in v)) continue
    const entries = Object.entries(v as Record<string, unknown>).filter(([k]) => k !== KEYED_MARK)
    setPath(
      doc,
      path,
      entries
        .map(([, x]) => x)
        .sort(
          (a, b) => Number((a as Record<string, number>)[key]) - Number((b as Record<string, number>)[key])
        )
    )
  }
}

function getPath(obj: unknown, path: string): unknown {
  let cur = obj
  for (const k of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined
    cur = own(cur as Record<string, unknown>, k)
  }
  return cur
}

function where(p: PartialFacts, path: string): Location {
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const loc = p.provenance[parts.slice(0, n).join('.')]
    if (loc) return loc
  }
  return { source: p.origin.kind === 'manifest' ? 'manifest' : 'facts', detail: originText(p.origin) }
}

function flatten(v: unknown, prefix: string, emit: (path: string, value: unknown) => void): void {
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && !ACCUMULATE.has(prefix)) {
    const entries = Object.entries(v)
    if (entries.length === 0 && prefix !== '') emit(prefix, {})
    for (const [k, x] of entries) flatten(x, prefix === '' ? k : `${prefix}.${k}`, emit)
  } else if (prefix !== '') emit(prefix, v)
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function dedupe(xs: unknown[]): unknown[] {
  const seen = new Set<string>()
  return xs.filter(x => {
    const k = JSON.stringify(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Own data properties only: a key "__proto__" or "constructor" is a key, never the prototype. */
function own(o: Record<string, unknown>, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined
}

function define(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
}

function setPath(obj: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.')
  let cur = obj
  for (const k of keys.slice(0, -1)) {
    const next = own(cur, k)
    if (typeof next !== 'object' || next === null || Array.isArray(next)) define(cur, k, {})
    cur = own(cur, k) as Record<string, unknown>
  }
  define(cur, keys[keys.length - 1] as string, v)
}
