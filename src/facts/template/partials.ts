/** The template as a source of the pipeline: one PartialFacts per image, ranked as declared facts. */
import type { Settings } from '../../settings.js'
import { PRIORITY, type PartialFacts, type SourceRead } from '../types.js'
import { templateFacts, type TemplateImageFacts } from './facts.js'
import { readTemplate } from './read.js'
import { inert } from '../../text.js'
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
    origin: { kind: 'template', file: model.root },
    priority: PRIORITY.declared,
    facts: i.facts,
    provenance: i.provenance
  }))
  // Notes quote the template (names, expressions): made inert before they reach a terminal or a log.
  return { model, images, partials, notes: notes.map(n => inert(n, 400)) }
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ')
  return t.length > 80 ? `${t.slice(0, 80)}…` : t
}

/**
 * Joins template images to images other sources already name (a Packer manifest names them by build):
 * a template image takes the other key when it is the same name, or one is the dotted tail of the other
 * ("ubuntu-22_04.azure-arm.image" and "image"), and exactly one key matches. A joined template image leaves
 * `image.name` to the other source (the template's is the managed image name, not the build's).
 */
export function alignTemplateImages(partials: PartialFacts[], otherImages: string[]): PartialFacts[] {
  const others = [...new Set(otherImages.filter(Boolean))]
  return partials.map(p => {
    const tail = (a: string, b: string) => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`)
    const exact = others.filter(o => o === p.image)
    const matches = exact.length ? exact : others.filter(o => tail(p.image, o))
    if (matches.length !== 1) return p
    const facts = { ...p.facts }
    const image = { ...(facts.image as Record<string, unknown> | undefined) }
    delete image.name
    facts.image = image
    const provenance = { ...p.provenance }
    delete provenance['image.name']
    return { ...p, image: matches[0]!, facts, provenance }
  })
}

/**
 * The template source: declared facts located on template lines, joined to the images earlier sources
 * named. PKR_VAR_* and env() read the environment, as Packer does (CLI and action alike).
 */
export async function readSource(s: Settings, earlier: readonly PartialFacts[]): Promise<SourceRead> {
  const t = await readTemplateSource(s.template as string, {
    varFiles: s.varFiles,
    vars: s.vars,
    build: s.build,
    env: process.env
  })
  return {
    partials: alignTemplateImages(
      t.partials,
      earlier.map(p => p.image)
    ),
    notes: s.verbose ? t.notes : []
  }
}
