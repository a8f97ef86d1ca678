/**
 * SKU settings from CLI flags or action inputs (the entry points pass what they read; nothing here reads
 * the environment). The SKU source is on when any SKU flag is given or the ledger file exists.
 */
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import type { Mode } from '../types.js'
import { inert } from '../text.js'
import type { SkuSettings } from './types.js'

/** The ledger read when none is named, and the release tag scheme (--ledger, --tag-pattern). */
export const DEFAULT_LEDGER = '.github/skus.yml'
export const DEFAULT_TAG_PATTERN = '<sku>/v<X.Y.Z>'

export interface SkuRef {
  offer: string
  sku: string
}

/** "offer/sku" → {offer, sku}. */
export function parseSkuRef(v: string, what = '--sku'): SkuRef {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(v.trim())
  if (!m)
    throw new UserError(
      `${what} must be OFFER/SKU (e.g. contoso-appliance/standard-gen2); got "${inert(v, 80)}"`
    )
  return { offer: m[1]!, sku: m[2]! }
}

export interface RawSku {
  offer?: string
  /** SKU ID, or OFFER/SKU. */
  sku?: string
  version?: string
  ledger?: string
  history?: string
  tagPattern?: string
  baseRef?: string
  updateLedger?: boolean
  cwd?: string
}

/** The SKU options as raw settings; the CLI flags and the action inputs have the same names. */
export function rawSku(get: (name: string) => string | undefined, updateLedger: boolean): RawSku {
  return {
    offer: get('offer'),
    sku: get('sku'),
    version: get('version'),
    ledger: get('ledger'),
    history: get('history'),
    tagPattern: get('tag-pattern'),
    baseRef: get('base-ref'),
    updateLedger
  }
}

/** How the entry point names its options in messages (`--sku` or `input sku`). */
export type Namer = (
  name: 'sku' | 'offer' | 'version' | 'history' | 'update-ledger' | 'tag-pattern'
) => string

const empty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim())

export function skuSettings(raw: RawSku, mode: Mode, name: Namer): SkuSettings | undefined {
  const cwd = raw.cwd ?? process.cwd()
  let offer = empty(raw.offer)
  let sku = empty(raw.sku)
  if (sku?.includes('/')) {
    const r = parseSkuRef(sku, name('sku'))
    if (offer !== undefined && offer !== r.offer)
      throw new UserError(
        `${name('offer')} "${inert(offer, 60)}" differs from the offer in ${name('sku')} "${inert(sku, 80)}"`
      )
    ;({ offer, sku } = r)
  }
  const version = empty(raw.version)
  const history = empty(raw.history) ?? (empty(raw.tagPattern) ? 'tags' : 'ledger')
  if (history !== 'ledger' && history !== 'tags')
    throw new UserError(`${name('history')} must be one of ledger, tags; got "${inert(history, 40)}"`)
  const ledger = empty(raw.ledger) ?? DEFAULT_LEDGER
  const tagPattern = empty(raw.tagPattern) ?? DEFAULT_TAG_PATTERN
  const updateLedger = raw.updateLedger === true
  const asked =
    offer !== undefined ||
    sku !== undefined ||
    version !== undefined ||
    updateLedger ||
    history === 'tags' ||
    (empty(raw.ledger) !== undefined && empty(raw.ledger) !== DEFAULT_LEDGER)
  if (!asked && !fs.existsSync(path.resolve(cwd, ledger))) return undefined
  if (updateLedger && mode !== 'release')
    throw new UserError(`${name('update-ledger')} writes the ledger only in release mode (mode: release)`)
  if (updateLedger && history !== 'ledger')
    throw new UserError(
      `${name('update-ledger')} needs the ledger history, not git tags (tag the release instead)`
    )
  if (history === 'tags' && !tagPattern.includes('<X.Y.Z>'))
    throw new UserError(
      `${name('tag-pattern')} must contain <X.Y.Z> (e.g. ${DEFAULT_TAG_PATTERN}); got "${inert(tagPattern, 80)}"`
    )
  return {
    offer,
    sku,
    version,
    history,
    ledger,
    tagPattern,
    baseRef: empty(raw.baseRef),
    updateLedger,
    cwd
  }
}
