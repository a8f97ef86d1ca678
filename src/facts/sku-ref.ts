import { UserError } from '../errors.js'
import { inert } from '../text.js'

/** SKU references and ledger constants that need no YAML parser (kept out of the CLI's cold start). */
export const DEFAULT_LEDGER = '.github/skus.yml'
export const MAX_LEDGER_BYTES = 1024 * 1024
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
