/**
 * The SKU version ledger: a YAML file in the publisher's repository (default `.github/skus.yml`,
 * schemas/ledger.schema.json) listing offers → SKUs → published versions, with optional listing data.
 *
 * Read with the `yaml` package's Document API: every value keeps its source range (for line-accurate
 * errors and provenance, and for minimal edits when a release writes the ledger back), and scalars are
 * taken as their SOURCE TEXT wherever YAML would resolve them to a number, so `1.10` stays "1.10" and is
 * never compared as 1.1. Aliases are bounded (`maxAliasCount`) and files over 1 MiB are refused.
 */
import fs from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import {
  Document,
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode
} from 'yaml'
import path from 'node:path'
import { schemaDir } from '../assets.js'
import { UserError } from '../errors.js'
import type { Location } from '../types.js'
import { inert } from '../text.js'
import { errorPath, typeName } from '../schema-words.js'
import { readUserText } from '../user-file.js'
import type { PartialFacts } from './types.js'
import { PRIORITY } from './types.js'

import { DEFAULT_LEDGER, parseSkuRef, type SkuRef } from '../release/settings.js'

export { DEFAULT_LEDGER, parseSkuRef, type SkuRef }

/** The largest ledger read (working tree, base branch, contents API). */
export const MAX_LEDGER_BYTES = 1024 * 1024
/** yaml's own guard against alias expansion ("billion laughs"), and our walk's budget of values. */
export const MAX_ALIAS_COUNT = 100
const MAX_NODES = 100_000

export interface SkuEntry {
  versions: string[]
  os_family?: string
  os_description?: string
  recommended_vm_sizes?: string[]
  [k: string]: unknown
}

export interface LedgerData {
  offers: Record<string, { skus: Record<string, SkuEntry>; [k: string]: unknown }>
  [k: string]: unknown
}

/** A parsed, validated ledger with what is needed to point at its lines and to edit it. */
export interface Ledger {
  /** The name used in messages and provenance (a path relative to the checkout, or as given). */
  file: string
  text: string
  doc: Document
  lines: LineCounter
  data: LedgerData
  /** Where the text came from when not the working tree, e.g. "origin/main". */
  ref?: string
}

export interface Position {
  line: number
  column: number
}

/** Parses ledger text; throws a one-line UserError `file:line:col: what` for anything wrong. */
export function parseLedger(text: string, file: string, ref?: string): Ledger {
  const shown = ref ? `${file} (at ${ref})` : file
  if (Buffer.byteLength(text, 'utf8') > MAX_LEDGER_BYTES)
    throw new UserError(`${inert(shown)}: the ledger is larger than 1 MiB; refusing to read it`)
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: true,
    uniqueKeys: true,
    keepSourceTokens: false
  })
  const first = doc.errors[0]
  if (first) {
    const pos = first.linePos?.[0]
    const msg = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '')
    throw new UserError(`${inert(shown)}:${pos ? `${pos.line}:${pos.col}` : '1:1'}: ${inert(msg)}`)
  }
  // yaml's guard: an alias that expands to too many nodes is refused before anything is built from it.
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    if (e instanceof ReferenceError || /alias/i.test((e as Error).message))
      throw new UserError(
        `${inert(shown)}: YAML aliases expand too much (more than ${MAX_ALIAS_COUNT} nodes per alias); refusing the ledger`
      )
    throw new UserError(`${inert(shown)}: ${inert((e as Error).message)}`)
  }
  const budget = { nodes: 0, shown }
  const data = toText(doc.contents, doc, budget)
  const ledger: Ledger = { file, text, doc, lines, data: data as LedgerData, ref }
  validate(ledger, shown)
  return ledger
}

export function readLedgerFile(file: string, shownAs = file): Ledger {
  const { text } = readUserText(file, 'ledger', MAX_LEDGER_BYTES, shownAs, {
    notFound: `ledger ${inert(shownAs)} not found: create it (see examples/ledger/skus.yml) or use the git tag history (--history tags)`,
    tooLarge: size =>
      `${inert(shownAs)}: the ledger is larger than 1 MiB (${size} bytes); refusing to read it`
  })
  return parseLedger(text, shownAs)
}

/**
 * A YAML value as plain data, with every scalar that YAML would resolve to a number taken as its source
 * text (versions and IDs are text). Booleans and null stay what they are, so the schema can say
 * "must be a string" about them.
 */
function toText(node: unknown, doc: Document, budget: { nodes: number; shown: string }): unknown {
  if (++budget.nodes > MAX_NODES)
    throw new UserError(`${inert(budget.shown)}: the ledger has more than ${MAX_NODES} values; refusing it`)
  if (node === null || node === undefined) return null
  if (isAlias(node)) return toText(node.resolve(doc), doc, budget)
  if (isScalar(node)) return scalarText(node)
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      const k = keyText(pair.key, doc)
      Object.defineProperty(out, k, {
        value: toText(pair.value, doc, budget),
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
    return out
  }
  if (isSeq(node)) return node.items.map(i => toText(i, doc, budget))
  return null
}

function scalarText(node: { value: unknown; source?: string }): unknown {
  const v = node.value
  if (typeof v === 'number' || typeof v === 'bigint') return node.source ?? String(v)
  return v
}

/** A mapping key as text: its source text for numbers, so `2024:` and `1.10:` keep their spelling. */
export function keyText(key: unknown, doc?: Document): string {
  const k = doc && isAlias(key) ? key.resolve(doc) : key
  if (isScalar(k)) {
    const v = scalarText(k)
    return typeof v === 'string' ? v : String(v)
  }
  return typeof k === 'string' ? k : JSON.stringify(k)
}

let compiled: ValidateFunction | undefined
function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemaDir(), 'ledger.schema.json'), 'utf8')) as object
    compiled = new Ajv({ allErrors: true, strict: false }).compile(schema)
  }
  return compiled
}

/** `offers.x.skus.y.versions[2]` from path segments. */
export function dottedPath(segs: Array<string | number>): string {
  let out = ''
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`
    else if (/^[A-Za-z0-9_-]+$/.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(s)}]`
  }
  return out || '(document)'
}

function describe(e: ErrorObject, value: unknown): string {
  switch (e.keyword) {
    case 'type':
      return `must be ${typeName((e.params as { type: string | string[] }).type)}`
    case 'required':
      return `must have "${(e.params as { missingProperty: string }).missingProperty}"`
    case 'pattern':
      return `"${inert(value, 40)}" is not a version X.Y.Z (three integers, no leading zeros, no "v" or suffix)`
    case 'uniqueItems':
      return `lists a version twice (items ${(e.params as { j: number }).j} and ${(e.params as { i: number }).i})`
    default:
      return e.message ?? e.keyword
  }
}

function validate(l: Ledger, shown: string): void {
  const v = validator()
  if (v(l.data)) return
  const errs = (v.errors ?? []).filter(e => e.keyword !== 'if')
  const e = errs[0]!
  const segs = errorPath(e, l.data)
  let value: unknown = l.data
  for (const s of segs) value = (value as Record<string | number, unknown>)?.[s]
  // A missing key is reported on the line of the mapping's own key; anything else at its value.
  const pos =
    (e.keyword === 'required' && segs.length > 0 ? keyPosition(l, segs) : undefined) ?? positionOf(l, segs)
  const more = errs.length > 1 ? ` (and ${errs.length - 1} more problem${errs.length > 2 ? 's' : ''})` : ''
  throw new UserError(
    `${inert(shown)}:${pos.line}:${pos.column}: ${inert(dottedPath(segs))} ${describe(e, value)}${more}`
  )
}

/** The YAML node at a path of keys / indexes (aliases followed), or the deepest node found on the way. */
export function nodeAt(
  l: Pick<Ledger, 'doc'>,
  segs: Array<string | number>
): { node: YamlNode | null; keyNode?: YamlNode; depth: number } {
  let node = l.doc.contents as YamlNode | null
  let keyNode: YamlNode | undefined
  let depth = 0
  for (const s of segs) {
    if (node && isAlias(node)) node = (node.resolve(l.doc) as YamlNode | undefined) ?? null
    if (node && isMap(node) && typeof s === 'string') {
      const pair = node.items.find(p => isPair(p) && keyText(p.key, l.doc) === s)
      if (!pair) break
      keyNode = pair.key as YamlNode
      node = (pair.value as YamlNode | null) ?? null
      if (node === null) return { node: null, keyNode, depth: depth + 1 }
    } else if (node && isSeq(node) && typeof s === 'number') {
      const item = node.items[s] as YamlNode | undefined
      if (!item) break
      keyNode = undefined
      node = item
    } else break
    depth++
  }
  return { node, keyNode, depth }
}

function offsetPosition(l: Pick<Ledger, 'lines'>, offset: number): Position {
  const p = l.lines.linePos(offset)
  return { line: p.line, column: p.col }
}

/** Line and column of the value at a path (or its key when the value is empty), for messages. */
export function positionOf(l: Pick<Ledger, 'doc' | 'lines'>, segs: Array<string | number>): Position {
  const { node, keyNode } = nodeAt(l, segs)
  const at = node?.range?.[0] ?? keyNode?.range?.[0] ?? 0
  return offsetPosition(l, at)
}

/** Line of the KEY of a path (e.g. the line `versions:`), where a finding should be annotated. */
export function keyPosition(
  l: Pick<Ledger, 'doc' | 'lines'>,
  segs: Array<string | number>
): Position | undefined {
  const r = nodeAt(l, segs)
  if (r.depth !== segs.length) return undefined
  const at = r.keyNode?.range?.[0] ?? r.node?.range?.[0]
  return at === undefined ? undefined : offsetPosition(l, at)
}

/** What the ledger says about one SKU. */
export interface SkuHistory {
  published: string[]
  other: Record<string, string[]>
  listing?: { os_family?: string; os_description?: string; recommended_vm_sizes?: string[] }
  /** No entry for the SKU (or no versions): a new SKU. */
  isNew: boolean
  offerKnown: boolean
}

export function skuHistory(l: Ledger, ref: SkuRef): SkuHistory {
  const offer = Object.hasOwn(l.data.offers, ref.offer) ? l.data.offers[ref.offer] : undefined
  const skus = offer?.skus ?? {}
  const entry = Object.hasOwn(skus, ref.sku) ? skus[ref.sku] : undefined
  const other: Record<string, string[]> = {}
  for (const [name, e] of Object.entries(skus)) if (name !== ref.sku) other[name] = [...e.versions]
  let listing: SkuHistory['listing']
  if (entry) {
    const keys = ['os_family', 'os_description', 'recommended_vm_sizes'] as const
    if (keys.some(k => entry[k] !== undefined)) {
      listing = {}
      if (entry.os_family !== undefined) listing.os_family = entry.os_family
      if (entry.os_description !== undefined) listing.os_description = entry.os_description
      if (entry.recommended_vm_sizes !== undefined)
        listing.recommended_vm_sizes = [...entry.recommended_vm_sizes]
    }
  }
  const published = entry ? [...entry.versions] : []
  return { published, other, listing, isNew: published.length === 0, offerKnown: offer !== undefined }
}

/**
 * The ledger as a facts source: sku.offer, sku.sku, sku.published_versions, sku.other_skus and
 * sku.listing, each with provenance pointing at its line in the ledger.
 */
export function ledgerFacts(
  l: Ledger,
  ref: SkuRef
): { facts: Record<string, unknown>; provenance: Record<string, Location>; history: SkuHistory } {
  const h = skuHistory(l, ref)
  const base = ['offers', ref.offer, 'skus', ref.sku]
  const loc = (segs: Array<string | number>): Location => {
    // The nearest existing key on the path, so a new SKU points at its offer (or the file's first line).
    for (let n = segs.length; n > 0; n--) {
      const p = keyPosition(l, segs.slice(0, n))
      if (p) return { source: 'ledger', file: l.file, line: p.line, column: p.column, ...detail(l) }
    }
    return { source: 'ledger', file: l.file, line: 1, ...detail(l) }
  }
  const sku: Record<string, unknown> = { offer: ref.offer, sku: ref.sku, published_versions: h.published }
  const provenance: Record<string, Location> = {
    'sku.published_versions': loc([...base, 'versions'])
  }
  if (Object.keys(h.other).length > 0) {
    sku.other_skus = h.other
    provenance['sku.other_skus'] = loc(['offers', ref.offer, 'skus'])
  }
  if (h.listing) {
    sku.listing = h.listing
    provenance['sku.listing'] = loc(base)
    for (const k of Object.keys(h.listing)) provenance[`sku.listing.${k}`] = loc([...base, k])
  }
  return { facts: { schema_version: 1, sku }, provenance, history: h }
}

function detail(l: Ledger): { detail?: string } {
  return l.ref ? { detail: `as on ${l.ref}` } : {}
}

/** The highest version numerically (1.0.10 > 1.0.9); undefined for none. */
export function latestVersion(versions: string[]): string | undefined {
  let best: string | undefined
  for (const v of versions) if (best === undefined || compareVersions(v, best) > 0) best = v
  return best
}

/** Compares X.Y.Z versions part by part as integers (BigInt: parts may exceed 2^53). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(p => (/^\d+$/.test(p) ? BigInt(p) : -1n))
  const pb = b.split('.').map(p => (/^\d+$/.test(p) ? BigInt(p) : -1n))
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n
    const y = pb[i] ?? 0n
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** Wraps ledger facts as a PartialFacts for the pipeline. */
export function ledgerPartial(l: Ledger, ref: SkuRef, image = ''): PartialFacts {
  const { facts, provenance } = ledgerFacts(l, ref)
  return {
    image,
    origin: { kind: 'ledger', file: l.file, ...(l.ref ? { detail: l.ref } : {}) },
    priority: PRIORITY.declared,
    facts,
    provenance
  }
}
