/** The template as a source of the pipeline: one PartialFacts per image, ranked as declared facts. */
import { PRIORITY, type PartialFacts } from '../types.js'
import { templateFacts, type TemplateImageFacts } from './facts.js'
import { readTemplate } from './read.js'
import type { ReadOptions, TemplateModel } from './types.js'

export interface TemplateSourceResult {
  model: TemplateModel
  images: TemplateImageFacts[]
  partials: PartialFacts[]
  /** Ignored blocks and unresolved attributes, one line each, for verbose output. */
  notes: string[]
}

export async function readTemplateSource(
  pathOrDir: string,
  opts: ReadOptions & { build?: string } = {}
): Promise<TemplateSourceResult> {
  const model = await readTemplate(pathOrDir, opts)
  const images = templateFacts(model, opts.build !== undefined ? { build: opts.build } : {})
  const notes = [...model.notes]
  for (const i of images)
    for (const u of i.unresolved)
      notes.push(
        `${u.location.file}:${u.location.line}: ${i.name}: ${u.attribute} = ${oneLine(u.expr)} is unresolved (${u.reason})`
      )
  const partials = images.map((i): PartialFacts => ({
    image: i.name,
    origin: `template ${model.root}`,
    priority: PRIORITY.declared,
    facts: i.facts,
    provenance: i.provenance
  }))
  return { model, images, partials, notes }
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ')
  return t.length > 80 ? `${t.slice(0, 80)}…` : t
}
