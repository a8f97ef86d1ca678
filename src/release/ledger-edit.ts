/**
 * Adds a published version to the ledger, keeping everything else byte for byte.
 *
 * The edit is located with the yaml Document (node source ranges) and applied to the source text as an
 * insertion — after the last version of a flow list `[…]`, as a new `- X.Y.Z` line after the last item
 * of a block list, or as a new SKU / offer entry after the last one — so comments, their alignment,
 * quoting and order stay exactly as written and the commit's diff is one line. When the layout is one
 * the insertion does not handle (e.g. an empty flow mapping `skus: {}`), the Document API rewrites the
 * file instead (comments and order kept, spacing normalised). Either way the result is parsed again and
 * must equal the old ledger plus the new version, or nothing is written.
 */
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml'
import { UserError } from '../errors.js'
import { keyText, nodeAt, parseLedger, type Ledger, type LedgerData, type SkuRef } from '../facts/ledger.js'
import { inert } from '../text.js'

export function addVersion(l: Ledger, ref: SkuRef, version: string): string {
  const expected = expectedData(l.data, ref, version)
  const spliced = splice(l, ref, version)
  if (spliced !== undefined && same(spliced, expected, l.file)) return spliced
  const rewritten = rewrite(l, ref, version)
  if (same(rewritten, expected, l.file)) return rewritten
  throw new UserError(
    `${inert(l.file)}: could not add ${inert(version)} to ${inert(ref.offer)}/${inert(ref.sku)} without changing other entries; add it by hand`
  )
}

function expectedData(d: LedgerData, ref: SkuRef, version: string): LedgerData {
  const copy = JSON.parse(JSON.stringify(d)) as LedgerData
  const offer = (copy.offers[ref.offer] ??= { skus: {} })
  const sku = (offer.skus[ref.sku] ??= { versions: [] })
  sku.versions.push(version)
  return copy
}

function same(text: string, expected: LedgerData, file: string): boolean {
  try {
    return JSON.stringify(parseLedger(text, file).data) === JSON.stringify(expected)
  } catch {
    return false
  }
}

const lineStart = (t: string, at: number) => t.lastIndexOf('\n', at - 1) + 1

/** Offset just after the end of the line holding `at` (after its newline), and whether a newline must be added. */
function afterLine(t: string, at: number): { at: number; needsNewline: boolean } {
  const nl = t.indexOf('\n', at)
  return nl === -1 ? { at: t.length, needsNewline: true } : { at: nl + 1, needsNewline: false }
}

function insert(t: string, at: number, s: string): string {
  return t.slice(0, at) + s + t.slice(at)
}

function splice(l: Ledger, ref: SkuRef, version: string): string | undefined {
  const t = l.text
  const skuPath = ['offers', ref.offer, 'skus', ref.sku]
  const versions = nodeAt(l, [...skuPath, 'versions'])
  if (versions.depth === 5) {
    const seq = versions.node
    if (!seq || isAlias(seq) || !isSeq(seq) || !seq.range)
      throw new UserError(
        `${inert(l.file)}: the versions of ${inert(ref.offer)}/${inert(ref.sku)} are not written out as a list (an alias?); write them out so a release can add to them`
      )
    const last = seq.items[seq.items.length - 1] as YamlNode | undefined
    if (seq.flow) {
      if (!last) return insert(t, seq.range[0] + 1, version)
      if (!last.range || !isScalar(last)) return undefined
      return insert(t, last.range[1], `, ${version}`)
    }
    if (!last?.range || !isScalar(last)) return undefined
    const start = lineStart(t, last.range[0])
    const prefix = t.slice(start, last.range[0])
    if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined
    const end = afterLine(t, last.range[1])
    return insert(t, end.at, `${end.needsNewline ? '\n' : ''}${prefix}${version}\n`)
  }
  // A new SKU in a known offer, or a new offer: a new entry after the last one of the block mapping.
  const skus = nodeAt(l, ['offers', ref.offer, 'skus'])
  if (skus.depth === 3) {
    if (!skus.node || !isMap(skus.node)) return undefined
    return appendEntry(t, skus.node, [`${ref.sku}:`, `  versions: [${version}]`])
  }
  const offers = nodeAt(l, ['offers'])
  if (offers.depth === 1 && offers.node && isMap(offers.node))
    return appendEntry(t, offers.node, [
      `${ref.offer}:`,
      '  skus:',
      `    ${ref.sku}:`,
      `      versions: [${version}]`
    ])
  return undefined
}

function appendEntry(t: string, map: YAMLMap, lines: string[]): string | undefined {
  if (map.flow || map.items.length === 0) return undefined
  const lastPair = map.items[map.items.length - 1]!
  const key = lastPair.key as YamlNode | null
  const value = lastPair.value as YamlNode | null
  if (!key?.range || !isScalar(key)) return undefined
  const indent = t.slice(lineStart(t, key.range[0]), key.range[0])
  if (!/^[ \t]*$/.test(indent)) return undefined
  const endOfValue = value?.range ? value.range[1] : key.range[1]
  const end = afterLine(t, Math.max(endOfValue - 1, key.range[1]))
  const block = lines.map(s => `${indent}${s}`).join('\n')
  return insert(t, end.at, `${end.needsNewline ? '\n' : ''}${block}\n`)
}

/** The Document API fallback: set the value in a copy of the document and print it. */
function rewrite(l: Ledger, ref: SkuRef, version: string): string {
  const doc = l.doc.clone()
  const skuPath = ['offers', ref.offer, 'skus', ref.sku]
  const found = nodeAt({ doc }, [...skuPath, 'versions'])
  if (found.depth === 5 && found.node && isSeq(found.node)) found.node.add(doc.createNode(version))
  else {
    // Walk with the real key nodes (a key written as 2024 is the number 2024 in the document).
    let cur = doc.contents as YamlNode
    for (const seg of skuPath) {
      if (!isMap(cur)) throw new UserError(`${inert(l.file)}: unexpected ledger layout at ${inert(seg)}`)
      const pair = cur.items.find(p => keyText(p.key, doc) === seg)
      if (pair) cur = pair.value as YamlNode
      else {
        const fresh = doc.createNode({}) as YAMLMap
        cur.set(doc.createNode(seg), fresh)
        cur = fresh
      }
    }
    if (!isMap(cur)) throw new UserError(`${inert(l.file)}: unexpected ledger layout at ${inert(ref.sku)}`)
    const list = doc.createNode([version])
    list.flow = true
    cur.set(doc.createNode('versions'), list)
  }
  const indentSeq = sequencesIndented(l.text)
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq })
}

/** Whether the file indents block lists under their key (`key:\n  - a`) or not (`key:\n- a`). */
function sequencesIndented(text: string): boolean {
  const lines = text.split('\n')
  for (let i = 0; i + 1 < lines.length; i++) {
    const key = /^([ \t]*)[^#\s-][^#]*:[ \t]*(#.*)?$/.exec(lines[i]!)
    const item = /^([ \t]*)-[ \t]/.exec(lines[i + 1]!)
    if (key && item) return item[1]!.length > key[1]!.length
  }
  return true
}
