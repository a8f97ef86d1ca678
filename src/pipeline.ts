import { resolveConfig, waiverNotes } from './config/resolve.js'
import { loadEngine } from './config/ruleset.js'
import { UserError } from './errors.js'
import { readFactsFile, defaultImageName } from './facts/facts-file.js'
import { readManifest } from './facts/manifest.js'
import { mergeFacts } from './facts/merge.js'
import type { FactsDoc, PartialFacts } from './facts/types.js'
import { validateFacts } from './facts/validate.js'
import { Engine, severityRank } from './policy/engine.js'
import type { Finding, ImageReport, Report, RuleMeta, Status } from './report/types.js'
import type { Settings } from './settings.js'
import { compareNatural, inert } from './text.js'
import { VERSION } from './version.js'

export interface CheckResult {
  report: Report
  /** True when a finding at or above the fail-on level fails (or, with unknown: fail, is unknown). */
  failed: boolean
  /** The findings that make the run fail, worst first. */
  failing: Finding[]
  notes: string[]
  docs: Array<{ name: string; facts: FactsDoc }>
  /** Metadata of every rule evaluated (built-in and custom), for reporters such as SARIF. */
  rules: RuleMeta[]
}

/** Gathers every source the settings name into one partial facts document per source and image. */
export async function gather(s: Settings): Promise<{ partials: PartialFacts[]; notes: string[] }> {
  const partials: PartialFacts[] = []
  const notes: string[] = []
  if (s.manifest) {
    const m = readManifest(s.manifest, { build: s.build })
    partials.push(...m.images)
    notes.push(...m.notes)
  }
  // The Packer template: declared facts located on template lines (loaded only when given).
  if (s.template) {
    const { readTemplateSource, alignTemplateImages } = await import('./facts/template/index.js')
    // PKR_VAR_* and env() read the environment, as Packer does (CLI and action alike).
    const t = await readTemplateSource(s.template, {
      varFiles: s.varFiles,
      vars: s.vars,
      build: s.build,
      env: process.env
    })
    partials.push(
      ...alignTemplateImages(
        t.partials,
        partials.map(p => p.image)
      )
    )
    if (s.verbose) notes.push(...t.notes)
  }
  for (const f of s.facts) {
    for (const p of readFactsFile(f)) partials.push(p.image ? p : { ...p, image: '' })
  }
  // VHD footers and SAS URIs (one source, combined per disk): reads bounded to 30 s and 512 bytes, never throw.
  // Modules for optional sources are loaded only when their input is present (cold start is benchmarked).
  const observed =
    (s.vhd?.length ?? 0) + (s.sas?.length ?? 0) === 0
      ? undefined
      : await (
          await import('./facts/sas.js')
        ).observedPartial({
          vhd: s.vhd,
          sas: s.sas,
          network: s.networkChecks === true,
          now: Math.floor(s.now.getTime() / 1000),
          timeoutMs: 30_000,
          inputName: 'sas'
        })
  if (observed) partials.push(observed)
  // SKU version history (ledger or git tags) and the proposed version; joins every image of the run.
  if (s.sku) {
    const { skuPartials } = await import('./release/source.js')
    const k = skuPartials(s.sku, s.mode, partials)
    partials.push(...k.partials)
    notes.push(...k.notes)
  }
  if (partials.length === 0)
    throw new UserError(
      'nothing to check: give at least one source (--manifest, --template, --facts, --vhd, --sas, --ledger/--sku)'
    )
  return { partials, notes }
}

/**
 * Joins sources into images: sources naming the same image merge; a facts document that names no image
 * joins the only image there is, or becomes its own image when there is none.
 */
export function groupImages(partials: PartialFacts[]): Map<string, PartialFacts[]> {
  const named = new Map<string, PartialFacts[]>()
  const anonymous: PartialFacts[] = []
  for (const p of partials) {
    if (p.image) {
      const l = named.get(p.image)
      if (l) l.push(p)
      else named.set(p.image, [p])
    } else anonymous.push(p)
  }
  for (const p of anonymous) {
    if (named.size === 1) [...named.values()][0]?.push(p)
    else if (named.size === 0) {
      const name = defaultImageName(p.origin.replace(/^facts /, '')) || `image-${named.size + 1}`
      named.set(name, [p])
    } else
      throw new UserError(
        `${inert(p.origin.replace(/^facts /, ''))}: the facts do not name their image (image.name) and there are ${named.size} images (${[...named.keys()].map(k => inert(k, 40)).join(', ')}); add image.name or select one build with --build`
      )
  }
  return named
}

export interface RunOptions {
  /**
   * Keep each image's merged facts in the result (tests, tooling). The CLI and the action keep only what
   * the release flow reads (sku), so memory does not grow with the facts of thousands of images.
   */
  keepFacts?: boolean
}

export async function runCheck(s: Settings, engine?: Engine, opts: RunOptions = {}): Promise<CheckResult> {
  const keepFacts = opts.keepFacts ?? true
  // The ruleset and the configuration first: a bad config stops the run before anything is read or reported.
  const loaded = engine ? { engine, notes: [] } : await loadEngine(s)
  const eng = loaded.engine
  const policyConfig = resolveConfig(s.configuration, eng, s.profile)
  eng.configure({ profile: s.profile, now: s.now, mode: s.mode, ...policyConfig })
  const gathered: { partials?: PartialFacts[]; notes: string[] } = await gather(s)
  const notes = gathered.notes
  notes.unshift(...loaded.notes)
  const images = groupImages(gathered.partials ?? [])
  delete gathered.partials // each image's sources are released once it is evaluated

  const reports: ImageReport[] = []
  const docs: CheckResult['docs'] = []
  for (const name of [...images.keys()]) {
    const parts = images.get(name) ?? []
    images.delete(name)
    const doc = mergeFacts(parts)
    const image = (doc.image as Record<string, unknown> | undefined) ?? {}
    if (image.name === undefined) doc.image = { ...image, name }
    validateFacts(doc, `merged facts of image ${name}`)
    docs.push({ name, facts: keepFacts ? doc : { schema_version: 1, ...(doc.sku ? { sku: doc.sku } : {}) } })
    reports.push({ name, source: parts.map(p => p.origin).join(' + '), findings: eng.evaluate(doc) })
  }
  notes.push(...waiverNotes(s.configuration, eng.waiverUses))
  return { ...finish(s, reports, notes, docs), rules: eng.rules }
}

export function summarize(images: ImageReport[]): Record<Status, number> {
  const summary: Record<Status, number> = { pass: 0, fail: 0, unknown: 0, waived: 0, not_applicable: 0 }
  for (const i of images) for (const f of i.findings) summary[f.status]++
  return summary
}

export function isFailing(f: Finding, s: Pick<Settings, 'failOn' | 'unknown'>): boolean {
  if (s.failOn === 'never') return false
  const atLevel = severityRank(f.severity) >= severityRank(s.failOn)
  if (f.status === 'fail') return atLevel
  if (f.status === 'unknown') return s.unknown === 'fail' && atLevel
  return false
}

const STATUS_ORDER: Record<Status, number> = { fail: 0, unknown: 1, waived: 2, pass: 3, not_applicable: 4 }

/** Worst first: failures before unknowns, errors before warnings, then by rule ID. */
export function worstFirst(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareNatural(a.rule, b.rule)
  )
}

function finish(
  s: Settings,
  images: ImageReport[],
  notes: string[],
  docs: CheckResult['docs']
): Omit<CheckResult, 'rules'> {
  const report: Report = {
    version: VERSION,
    generated_at: s.now.toISOString(),
    profile: s.profile,
    mode: s.mode,
    images,
    summary: summarize(images)
  }
  const failing = images.flatMap(i => i.findings.filter(f => isFailing(f, s))).sort(worstFirst)
  return { report, failed: failing.length > 0, failing, notes, docs }
}
