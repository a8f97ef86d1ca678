import type { Location } from '../types.js'

/** A facts document (schemas/facts.schema.json). Deliberately loose here: the schema is the contract. */
export type FactsDoc = Record<string, unknown> & {
  schema_version: 1
  provenance?: Record<string, Location>
  conflicts?: Array<{ fact: string; values: Array<{ value: unknown; source: Location }> }>
}

/**
 * What one source knows about one image. `priority` orders sources when they disagree: observed facts
 * (probe, VHD footer, SAS) outrank declared ones (manifest custom_data, template).
 */
export interface PartialFacts {
  /** Image key used to join sources (a Packer build name, or the name given by the facts file). */
  image: string
  origin: Origin
  priority: number
  facts: Record<string, unknown>
  provenance: Record<string, Location>
}

export const PRIORITY = {
  declared: 10, // manifest custom_data, template, ledger
  file: 20, // a facts file the user hands us
  observed: 30 // probe, VHD footer, SAS URI
} as const

/**
 * Where a partial came from: what kind of source, which file, and a qualifier (the ledger's ref, why it
 * could not be read). Code decides on `kind` and `file`; `originText` is only for people.
 */
export interface Origin {
  kind: 'manifest' | 'template' | 'facts' | 'vhd' | 'sas' | 'disks' | 'ledger' | 'git-tags'
  /** The file (or tag pattern for git-tags) the source read, as the user named it. */
  file?: string
  detail?: string
}

export function originText(o: Origin): string {
  const kind = o.kind === 'git-tags' ? 'git tags' : o.kind === 'disks' ? 'vhd + sas' : o.kind
  return [kind, o.file, o.detail === undefined ? undefined : `(${o.detail})`].filter(Boolean).join(' ')
}

/** What one source read: partial facts (one per image it knows) and notes for the run. */
export interface SourceRead {
  partials: PartialFacts[]
  notes: string[]
}
