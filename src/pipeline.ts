import { resolveConfig, waiverNotes } from './config/resolve.js'
import { loadEngine } from './config/ruleset.js'
import { UserError } from './errors.js'
import { defaultImageName } from './facts/facts-file.js'
import { mergeFacts } from './facts/merge.js'
import { readSources } from './facts/sources.js'
import { originText, type FactsDoc, type PartialFacts } from './facts/types.js'
import { validateFacts } from './facts/validate.js'
import type { Engine } from './policy/engine.js'
import type { Finding, RuleMeta, Status } from './types.js'
import type { ImageReport, Report } from './report/types.js'
import type { Settings } from './settings.js'
import { inert } from './text.js'
import { compareFindings, countImages, failing, stamp, type VerdictSettings } from './verdict.js'
import { VERSION } from './version.js'

export interface CheckResult {
  report: Report
  /** True when any finding fails the run (src/verdict.ts decides; the same as report.result). */
  failed: boolean
  /** The findings that make the run fail, worst first. */
  failing: Finding[]
  notes: string[]
  docs: Array<{ name: string; facts: FactsDoc }>
  /** Metadata of every rule evaluated (built-in and custom), for reporters such as SARIF. */
  rules: RuleMeta[]
}

/** Gathers every source the settings name (src/facts/sources.ts) into one partial facts document per source and image. */
export async function gather(s: Settings): Promise<{ partials: PartialFacts[]; notes: string[] }> {
  const { partials, notes } = await readSources(s)
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
      const name = defaultImageName(p.origin.file ?? '') || `image-${named.size + 1}`
      named.set(name, [p])
    } else
      throw new UserError(
        `${inert(p.origin.file ?? originText(p.origin))}: the facts do not name their image (image.name) and there are ${named.size} images (${[...named.keys()].map(k => inert(k, 40)).join(', ')}); add image.name or select one build with --build`
      )
  }
  return named
}

/** One image's sources merged into its facts document (named, schema-validated): what the rules judge. */
export function mergeImage(name: string, parts: PartialFacts[]): FactsDoc {
  const doc = mergeFacts(parts)
  const image = (doc.image as Record<string, unknown> | undefined) ?? {}
  if (image.name === undefined) doc.image = { ...image, name }
  validateFacts(doc, `merged facts of image ${name}`)
  return doc
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
    const doc = mergeImage(name, parts)
    docs.push({ name, facts: keepFacts ? doc : { schema_version: 1, ...(doc.sku ? { sku: doc.sku } : {}) } })
    reports.push({
      name,
      source: parts.map(p => originText(p.origin)).join(' + '),
      findings: eng.evaluate(doc)
    })
  }
  notes.push(...waiverNotes(s.configuration, eng.waiverUses))
  return { ...finish(s, reports, notes, docs), rules: eng.rules }
}

export function summarize(images: ImageReport[]): Record<Status, number> {
  return countImages(images)
}

/** Whether a finding fails the run under these settings (src/verdict.ts). */
export function isFailing(f: Finding, s: Pick<Settings, 'mode' | 'failOn' | 'unknown'>): boolean {
  return failing(f, verdictSettings(s))
}

export function verdictSettings(s: Pick<Settings, 'mode' | 'failOn' | 'unknown'>): VerdictSettings {
  return { mode: s.mode, failOn: s.failOn, unknown: s.unknown }
}

function finish(
  s: Settings,
  images: ImageReport[],
  notes: string[],
  docs: CheckResult['docs']
): Omit<CheckResult, 'rules'> {
  // The verdict, decided once: every finding is stamped with its level and whether it fails the run.
  const vs = verdictSettings(s)
  for (const i of images) for (const f of i.findings) stamp(f, vs)
  const failing = images.flatMap(i => i.findings.filter(f => f.fails))
  const report: Report = {
    version: VERSION,
    generated_at: s.now.toISOString(),
    profile: s.profile,
    mode: s.mode,
    result: failing.length > 0 ? 'fail' : 'pass',
    fail_on: s.failOn,
    unknown: s.unknown,
    images,
    summary: summarize(images)
  }
  failing.sort((a, b) => compareFindings(a, b, report))
  return { report, failed: failing.length > 0, failing, notes, docs }
}
