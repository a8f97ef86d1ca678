import path from 'node:path'
import { UserError } from '../errors.js'
import { inert } from '../text.js'
import type { Location } from '../types.js'
import { readJsonFile } from './json-file.js'
import { kind } from './manifest.js'
import type { Settings } from '../settings.js'
import { PRIORITY, type PartialFacts, type SourceRead } from './types.js'
import { validateFacts } from './validate.js'

/**
 * A facts file: one facts document (probe output, or hand-written) or an array of them. Validated against
 * the facts schema before anything else looks at it. Probe output counts as observed; other files as given.
 */
export function readFactsFile(file: string): PartialFacts[] {
  const { value } = readJsonFile(file, 'facts file', { positions: false })
  const docs = Array.isArray(value) ? value : [value]
  if (docs.length === 0)
    throw new UserError(`${inert(file)}: the facts file holds an empty array; nothing to check`)
  return docs.map((doc, i) => {
    const where = Array.isArray(value) ? `${file} [${i}]` : file
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw new UserError(`${inert(where)}: a facts document is a JSON object, found ${kind(doc)}`)
    const d = doc as Record<string, unknown>
    if (d.schema_version === undefined)
      throw new UserError(
        `${inert(where)}: not a facts document (no "schema_version"); a Packer manifest goes to --manifest`
      )
    if (d.schema_version !== 1)
      throw new UserError(
        `${inert(where)}: facts schema_version ${inert(d.schema_version, 20)} is not supported by this version (it reads 1); upgrade vm-image-policy`
      )
    validateFacts(d, where)
    const image = d.image as { name?: string } | undefined
    // Probe output (observed) outranks hand-written facts; each probe records itself in its OS section.
    const probe = (d.probe ??
      (d.linux as { probe?: unknown } | undefined)?.probe ??
      (d.windows as { probe?: unknown } | undefined)?.probe) as object | undefined
    const provenance = { ...((d.provenance as Record<string, Location> | undefined) ?? {}) }
    const facts = { ...d }
    delete facts.provenance
    delete facts.conflicts
    return {
      image: image?.name ?? '',
      origin: { kind: 'facts', file },
      priority: probe ? PRIORITY.observed : PRIORITY.file,
      facts,
      provenance
    } satisfies PartialFacts
  })
}

export function defaultImageName(file: string): string {
  return path.basename(file).replace(/\.json$/i, '')
}

/** The facts-file source: every --facts file, in order. */
export async function readSource(s: Settings): Promise<SourceRead> {
  const partials: PartialFacts[] = []
  for (const f of s.facts) partials.push(...readFactsFile(f))
  return { partials, notes: [] }
}
