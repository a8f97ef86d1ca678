/**
 * The verdict, decided once. Severity and status ranks, the order findings are listed in, the counts, and
 * whether a finding fails the run (honouring mode, the `unknown` configuration and fail-on) live here and
 * nowhere else. The pipeline stamps every finding with its `level` and `fails`; every reporter, the
 * check-run conclusion, the exit status and the action's outputs read those stamps and decide nothing.
 *
 * The level is what the finding means for this run: `error` exactly when it fails the run; a problem that
 * does not fail the run (a failure below fail-on, an unknown where unknowns warn) is at most a `warning`;
 * pass, waived and not applicable have no level.
 */
import type { Finding, Mode, Severity, Status } from './types.js'
import type { ImageReport, Report } from './report/types.js'
import { compareNatural } from './text.js'

export type FailOn = Severity | 'never'
export type UnknownPolicy = 'fail' | 'warn'

/** What decides the verdict: the mode, what unknowns do, and the lowest severity that fails the run. */
export interface VerdictSettings {
  mode: Mode
  failOn: FailOn
  unknown: UnknownPolicy
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { notice: 1, warning: 2, error: 3 }
/** Worst status first. */
export const STATUS_RANK: Readonly<Record<Status, number>> = {
  fail: 0,
  unknown: 1,
  waived: 2,
  pass: 3,
  not_applicable: 4
}
const LEVEL_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 }

/** Compares rule IDs (and image names) naturally: AZMP-LNX-2 before AZMP-LNX-10. */
export const compareRules = compareNatural

/** The default of `unknown` for a mode: unknowns fail in release mode and warn in PR mode. */
export function defaultUnknown(mode: Mode): UnknownPolicy {
  return mode === 'release' ? 'fail' : 'warn'
}

/** Whether a finding makes the run fail. */
export function failing(f: Pick<Finding, 'status' | 'severity'>, s: VerdictSettings): boolean {
  if (s.failOn === 'never') return false
  const atLevel = SEVERITY_RANK[f.severity] >= SEVERITY_RANK[s.failOn]
  if (f.status === 'fail') return atLevel
  if (f.status === 'unknown') return s.unknown === 'fail' && atLevel
  return false
}

/** The level a finding is reported at (see the module comment); undefined when it is not a problem. */
export function levelOf(f: Pick<Finding, 'status' | 'severity'>, s: VerdictSettings): Severity | undefined {
  if (f.status !== 'fail' && f.status !== 'unknown') return undefined
  if (failing(f, s)) return 'error'
  return f.severity === 'notice' ? 'notice' : 'warning'
}

/** Stamps a finding with its level and whether it fails the run (in place; returns it). */
export function stamp(f: Finding, s: VerdictSettings): Finding {
  const level = levelOf(f, s)
  if (level) f.level = level
  else delete f.level
  f.fails = failing(f, s)
  return f
}

/** The settings a report was judged with (reports written before the stamps: the mode's defaults). */
export function settingsOf(report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>): VerdictSettings {
  return {
    mode: report.mode,
    failOn: report.fail_on ?? 'error',
    unknown: report.unknown ?? defaultUnknown(report.mode)
  }
}

/** A finding's verdict: its stamps, or (for a hand-made finding without them) decided by the same rule. */
export function verdictOf(
  f: Finding,
  report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>
): { level: Severity | undefined; fails: boolean } {
  if (f.fails !== undefined) return { level: f.level, fails: f.fails }
  const s = settingsOf(report)
  return { level: levelOf(f, s), fails: failing(f, s) }
}

/** Whether a report (or one of its images) fails: an evaluation error, or any finding that fails. */
export function reportFails(report: Report, images: ImageReport[] = report.images): boolean {
  if (report.errors?.length) return true
  return images.some(i => i.findings.some(f => verdictOf(f, report).fails))
}

/** Counts by status. */
export function countByStatus(findings: Iterable<Finding>): Record<Status, number> {
  const c: Record<Status, number> = { fail: 0, unknown: 0, waived: 0, pass: 0, not_applicable: 0 }
  for (const f of findings) c[f.status]++
  return c
}

/** Counts by status over every image. */
export function countImages(images: ImageReport[]): Record<Status, number> {
  return countByStatus(images.flatMap(i => i.findings))
}

/**
 * Worst first: what fails the run, then by level, then by status, then severity, then rule ID (natural).
 */
export function compareFindings(
  a: Finding,
  b: Finding,
  report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>
): number {
  const va = verdictOf(a, report)
  const vb = verdictOf(b, report)
  return (
    Number(vb.fails) - Number(va.fails) ||
    (va.level ? LEVEL_RANK[va.level] : 3) - (vb.level ? LEVEL_RANK[vb.level] : 3) ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareRules(a.rule, b.rule)
  )
}

/** Findings in catalog order (natural rule ID). */
export function byRule(a: Finding, b: Finding): number {
  return compareRules(a.rule, b.rule)
}

export interface Placed {
  image: ImageReport
  finding: Finding
  level: Severity | undefined
  fails: boolean
}

/** Every finding of every image, worst first (ties: image order). */
export function worstFirst(report: Report): Placed[] {
  const all: (Placed & { order: number })[] = []
  report.images.forEach((image, order) =>
    image.findings.forEach(finding => all.push({ image, finding, ...verdictOf(finding, report), order }))
  )
  return all
    .sort((a, b) => compareFindings(a.finding, b.finding, report) || a.order - b.order)
    .map(({ order: _order, ...p }) => p)
}
