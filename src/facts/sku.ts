/**
 * The SKU version source of the pipeline: selects the SKU (--sku / inputs offer+sku, else the manifest's
 * custom_data), reads its published versions (the ledger — on the PR's base branch in PR mode — or git
 * tags), and adds the proposed version from the input. Emits `sku.*` facts with provenance.
 */
import path from 'node:path'
import { UserError } from '../errors.js'
import type { SkuSettings } from '../release/types.js'
import type { Settings } from '../settings.js'
import type { Location, Mode } from '../types.js'
import { inert } from '../text.js'
import { DEFAULT_TAG_PATTERN, readBaseLedger, resolveBaseRef, showAtRef, tagHistory } from './git-history.js'
import { ledgerFacts, parseLedger, readLedgerFile, type Ledger, type SkuRef } from './ledger.js'
import { PRIORITY, type Origin, type PartialFacts, type SourceRead } from './types.js'

export { DEFAULT_TAG_PATTERN }

/** The offer and SKU the other sources declare (manifest custom_data, facts files), when they agree. */
function declaredRef(others: PartialFacts[]): { offer?: string; sku?: string } {
  const offers = new Set<string>()
  const skus = new Set<string>()
  for (const p of others) {
    const s = p.facts.sku as Record<string, unknown> | undefined
    if (typeof s?.offer === 'string') offers.add(s.offer)
    if (typeof s?.sku === 'string') skus.add(s.sku)
  }
  return {
    offer: offers.size === 1 ? [...offers][0] : undefined,
    sku: skus.size === 1 ? [...skus][0] : undefined
  }
}

/** Reads the ledger the run judges against: the base branch's in PR mode (when known), else the working tree's. */
export function loadLedger(
  k: SkuSettings,
  mode: Mode
): { ledger?: Ledger; notes: string[]; missingAt?: string; unreadable?: string } {
  const notes: string[] = []
  if (mode === 'pr' && k.baseRef && k.baseLedger) {
    const b = k.baseLedger
    if ('unknown' in b) {
      notes.push(
        `the ledger on the base branch ${inert(k.baseRef)} could not be read (${b.unknown}): the SKU version rules are unknown`
      )
      return { notes, unreadable: b.unknown }
    }
    if (b.text === undefined) {
      notes.push(
        `ledger ${inert(k.ledger)} does not exist on the base branch ${inert(b.ref)}: every SKU is new there`
      )
      return { notes, missingAt: b.ref }
    }
    notes.push(`versions judged against the ledger on the base branch ${inert(b.ref)}`)
    return { ledger: parseLedger(b.text, k.ledger, b.ref), notes }
  }
  if (mode === 'pr' && k.baseRef) {
    const ref = resolveBaseRef(k.cwd, k.baseRef)
    const text = showAtRef(k.cwd, ref, k.ledger)
    if (text === undefined) {
      notes.push(
        `ledger ${inert(k.ledger)} does not exist on the base branch ${inert(ref)}: every SKU is new there`
      )
      return { notes, missingAt: ref }
    }
    notes.push(`versions judged against the ledger on the base branch ${inert(ref)}`)
    return { ledger: parseLedger(text, k.ledger, ref), notes }
  }
  return { ledger: readLedgerFile(path.resolve(k.cwd, k.ledger), k.ledger), notes }
}

/** The only SKU of the ledger, when it has exactly one. */
function onlySku(l: Ledger): SkuRef | undefined {
  const all = Object.entries(l.data.offers).flatMap(([offer, o]) =>
    Object.keys(o.skus).map(sku => ({ offer, sku }))
  )
  return all.length === 1 ? all[0] : undefined
}

export interface SkuGathered {
  partials: PartialFacts[]
  notes: string[]
  ref?: SkuRef
}

export function skuPartials(k: SkuSettings, mode: Mode, others: PartialFacts[]): SkuGathered {
  const notes: string[] = []
  const declared = declaredRef(others)
  let offer = k.offer ?? declared.offer
  let sku = k.sku ?? declared.sku

  const facts: Record<string, unknown> = {}
  const provenance: Record<string, Location> = {}
  let origin: Origin

  if (k.history === 'ledger') {
    const loaded = loadLedger(k, mode)
    notes.push(...loaded.notes)
    // Which SKU: from the ledger read, or (base unreadable) the working tree's, when it has only one.
    let selectFrom = loaded.ledger
    if (!selectFrom && loaded.unreadable && (!offer || !sku)) {
      try {
        selectFrom = readLedgerFile(path.resolve(k.cwd, k.ledger), k.ledger)
      } catch {
        selectFrom = undefined
      }
    }
    if ((!offer || !sku) && selectFrom) {
      const only = onlySku(selectFrom)
      if (only && (!offer || offer === only.offer) && (!sku || sku === only.sku)) {
        ;({ offer, sku } = only)
        notes.push(`SKU ${inert(offer)}/${inert(sku)} selected: it is the only one in the ledger`)
      }
    }
    if (!offer || !sku)
      throw new UserError(
        `which SKU? name it with --sku OFFER/SKU (inputs offer and sku), or set offer and sku in the manifest's custom_data`
      )
    const ref = { offer, sku }
    if (loaded.ledger) {
      const lf = ledgerFacts(loaded.ledger, ref)
      Object.assign(facts, lf.facts)
      Object.assign(provenance, lf.provenance)
      if (lf.history.isNew)
        notes.push(
          `${inert(offer)}/${inert(sku)} has no published versions in ${inert(k.ledger)}${lf.history.offerKnown ? '' : ' (the offer is not in the ledger either)'}: judged as a new SKU`
        )
      origin = { kind: 'ledger', file: k.ledger, ...(loaded.ledger.ref ? { detail: loaded.ledger.ref } : {}) }
    } else if (loaded.unreadable) {
      // What was published is not known: the version rules report unknown, never "a new SKU", and say why.
      facts.sku = { offer, sku }
      provenance['sku.published_versions'] = {
        source: 'ledger',
        file: k.ledger,
        // The provenance of an absent fact says why it is absent (the finding names it).
        detail: `the ledger on the base branch could not be read: ${loaded.unreadable}`
      }
      origin = { kind: 'ledger', file: k.ledger, detail: 'base branch unreadable' }
    } else {
      facts.sku = { offer, sku, published_versions: [] }
      provenance['sku.published_versions'] = {
        source: 'ledger',
        file: k.ledger,
        detail: `not on ${loaded.missingAt}`
      }
      origin = { kind: 'ledger', file: k.ledger, detail: `not on ${loaded.missingAt}` }
    }
  } else {
    if (!sku)
      throw new UserError(
        'which SKU? name it with --sku OFFER/SKU (inputs offer and sku) to read its release tags'
      )
    if (k.tagPattern.includes('<offer>') && !offer)
      throw new UserError(`the tag pattern ${inert(k.tagPattern)} names the offer: give --sku OFFER/SKU`)
    const h = tagHistory(k.cwd, k.tagPattern, offer ?? '', sku)
    const s: Record<string, unknown> = { sku, published_versions: h.published }
    if (offer) s.offer = offer
    if (Object.keys(h.other).length > 0) s.other_skus = h.other
    facts.sku = s
    const where: Location = { source: 'ledger', detail: `git tags matching ${k.tagPattern}` }
    provenance['sku.published_versions'] = where
    if (s.other_skus) provenance['sku.other_skus'] = where
    if (h.published.length === 0)
      notes.push(
        `no tag of ${inert(sku)} matches ${inert(k.tagPattern)} (${h.tags} tags in the checkout): judged as a new SKU`
      )
    origin = { kind: 'git-tags', file: k.tagPattern }
  }

  if (k.version !== undefined) {
    const s = facts.sku as Record<string, unknown>
    s.version = k.version
    s.version_sources = [{ source: 'input', value: k.version }]
    provenance['sku.version'] = { source: 'input', detail: 'version' }
  }

  // The history belongs to every image of the run.
  const names = [...new Set(others.map(p => p.image).filter(n => n !== ''))]
  const partials = (names.length > 0 ? names : ['']).map(image => ({
    image,
    origin,
    priority: PRIORITY.declared,
    facts: structuredClone(facts),
    provenance: { ...provenance }
  }))
  return { partials, notes, ref: offer && sku ? { offer, sku } : undefined }
}

/**
 * The SKU source: the version history joins every image the earlier sources read. In PR mode the base
 * branch's ledger comes from the checkout, or (shallow clone) GitHub's contents API.
 */
export async function readSource(s: Settings, earlier: readonly PartialFacts[]): Promise<SourceRead> {
  let sku = s.sku as SkuSettings
  if (s.mode === 'pr' && sku.baseRef && sku.history === 'ledger' && !sku.baseLedger)
    sku = { ...sku, baseLedger: await readBaseLedger(sku.cwd, sku.baseRef, sku.ledger, sku.baseApi) }
  const k = skuPartials(sku, s.mode, [...earlier])
  return { partials: k.partials, notes: k.notes }
}
