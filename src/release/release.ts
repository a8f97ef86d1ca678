/**
 * The end of a release run (`mode: release`): the outputs (`version`, `previous-version`, `sku`, `offer`)
 * and, with update-ledger, the approved version written into the ledger — atomically, only when the gate
 * passed, and only when the ledger is still the one the gate judged.
 */
import path from 'node:path'
import { UserError } from '../errors.js'
import { latestVersion, readLedgerFile, skuHistory } from '../facts/ledger.js'
import type { CheckResult } from '../pipeline.js'
import type { Settings } from '../settings.js'
import { inert } from '../text.js'
import { writeFileAtomic, type AtomicHooks } from './atomic.js'
import { addVersion } from './ledger-edit.js'

export interface ReleaseOutcome {
  outputs: { offer: string; sku: string; version: string; 'previous-version': string }
  notes: string[]
  /** The ledger file written, when update-ledger wrote it. */
  ledgerWritten?: string
}

interface SkuFacts {
  offer?: string
  sku?: string
  version?: string
  published_versions?: string[]
}

function one<T>(what: string, values: Array<T | undefined>): T | undefined {
  const set = [...new Set(values.filter((v): v is T => v !== undefined))]
  if (set.length > 1)
    throw new UserError(
      `the images of this run give different ${what}s (${set.map(v => inert(v, 40)).join(', ')}); release one SKU version per run`
    )
  return set[0]
}

/** Outputs and the ledger write-back of a release run; undefined outside release mode or without SKU settings. */
export function finishRelease(
  s: Settings,
  result: CheckResult,
  hooks: AtomicHooks = {}
): ReleaseOutcome | undefined {
  const k = s.sku
  if (s.mode !== 'release' || !k) return undefined
  const facts = result.docs.map(d => (d.facts.sku ?? {}) as SkuFacts)
  const offer =
    one(
      'offer',
      facts.map(f => f.offer)
    ) ?? ''
  const sku =
    one(
      'SKU',
      facts.map(f => f.sku)
    ) ?? ''
  const version = one(
    'version',
    facts.map(f => f.version)
  )
  const published = facts[0]?.published_versions ?? []
  const previous = latestVersion(published) ?? ''
  const notes: string[] = []
  const approved = !result.failed && version !== undefined
  const outcome: ReleaseOutcome = {
    outputs: { offer, sku, version: approved ? version : '', 'previous-version': approved ? previous : '' },
    notes
  }
  if (!approved) {
    notes.push(
      `release of ${inert(offer || '?')}/${inert(sku || '?')} ${inert(version ?? '(no version)')} not approved${k.updateLedger ? '; the ledger was not changed' : ''}`
    )
    return outcome
  }
  notes.push(
    `release approved: ${inert(offer)}/${inert(sku)} ${inert(version)}${previous ? ` (previous ${inert(previous)})` : ' (first version of a new SKU)'}`
  )
  if (k.updateLedger) {
    const file = path.resolve(k.cwd, k.ledger)
    // Read again: the ledger must still list exactly what the gate judged against.
    const ledger = readLedgerFile(file, k.ledger)
    const now = skuHistory(ledger, { offer, sku }).published
    if (JSON.stringify([...now].sort()) !== JSON.stringify([...published].sort()))
      throw new UserError(
        `${inert(k.ledger)} changed while the gate ran (${inert(offer)}/${inert(sku)} now lists ${inert(now.join(', ') || 'nothing')}); run the release again`
      )
    const text = addVersion(ledger, { offer, sku }, version)
    try {
      writeFileAtomic(file, text, hooks)
    } catch (e) {
      if (e instanceof UserError) throw e
      throw new UserError(
        `cannot write ${inert(k.ledger)}: ${(e as NodeJS.ErrnoException).code ?? inert((e as Error).message)}`
      )
    }
    outcome.ledgerWritten = k.ledger
    notes.push(`${inert(k.ledger)}: ${inert(offer)}/${inert(sku)} now lists ${inert(version)}; commit it`)
  }
  return outcome
}
