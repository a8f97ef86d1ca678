/**
 * The sources of facts, in the order they are read: each says whether these settings want it and loads its
 * module only then (cold start reads only what a run needs). A source may look at what the earlier ones
 * read: the template joins the manifest's images, the SKU history joins every image.
 */
import type { Settings } from '../settings.js'
import type { PartialFacts, SourceRead } from './types.js'

type Read = (s: Settings, earlier: readonly PartialFacts[]) => Promise<SourceRead>

export interface Source {
  readonly name: string
  wanted(s: Settings): boolean
  load(): Promise<Read>
}

export const SOURCES: readonly Source[] = [
  {
    name: 'manifest',
    wanted: s => Boolean(s.manifest),
    load: async () => (await import('./manifest.js')).readSource
  },
  {
    name: 'template',
    wanted: s => Boolean(s.template),
    load: async () => (await import('./template/partials.js')).readSource
  },
  {
    name: 'facts',
    wanted: s => s.facts.length > 0,
    load: async () => (await import('./facts-file.js')).readSource
  },
  {
    name: 'disks',
    wanted: s => (s.vhd?.length ?? 0) + (s.sas?.length ?? 0) > 0,
    load: async () => (await import('./disks.js')).readSource
  },
  {
    name: 'sku',
    wanted: s => Boolean(s.sku),
    load: async () => (await import('./sku.js')).readSource
  }
]

/** Reads every source the settings want, in order. */
export async function readSources(s: Settings): Promise<SourceRead> {
  const partials: PartialFacts[] = []
  const notes: string[] = []
  for (const source of SOURCES) {
    if (!source.wanted(s)) continue
    const read = await (await source.load())(s, partials)
    partials.push(...read.partials)
    notes.push(...read.notes)
  }
  return { partials, notes }
}
