/** What every reporter shares: how a finding ranks, which level it is reported at, its icon and its place. */
import type { Finding, ImageReport, Mode, Report, Severity, Status } from './types.js'

/**
 * The level a finding is reported at, or undefined when it is not a problem (pass, waived, n/a). An unknown
 * keeps its rule's severity in release mode (where unknowns fail) and is at most a warning in PR mode.
 */
export function reportLevel(f: Finding, mode: Mode): Severity | undefined {
  if (f.status === 'fail') return f.severity
  if (f.status === 'unknown') return mode === 'release' || f.severity === 'notice' ? f.severity : 'warning'
  return undefined
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 }

/**
 * Whether a finding makes the run fail under the report's fail-on level (default error); unknowns fail only
 * in release mode. The same rule as the pipeline's, for parts of a report (one image's check run).
 */
export function isFailing(f: Finding, report: Pick<Report, 'mode' | 'fail_on'>): boolean {
  const failOn = report.fail_on ?? 'error'
  if (failOn === 'never') return false
  const atLevel = SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]
  if (f.status === 'fail') return atLevel
  if (f.status === 'unknown') return report.mode === 'release' && atLevel
  return false
}

const LEVEL_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
const STATUS_RANK: Record<Status, number> = { fail: 0, unknown: 1, waived: 2, pass: 3, not_applicable: 4 }

export interface Placed {
  image: ImageReport
  finding: Finding
  level: Severity | undefined
}

/** Every finding of every image, worst first: level, then status, then rule ID, then image order. */
export function worstFirst(report: Report): Placed[] {
  const all: (Placed & { order: number })[] = []
  report.images.forEach((image, i) =>
    image.findings.forEach(finding =>
      all.push({ image, finding, level: reportLevel(finding, report.mode), order: i })
    )
  )
  return all
    .sort(
      (a, b) =>
        (a.level ? LEVEL_RANK[a.level] : 3) - (b.level ? LEVEL_RANK[b.level] : 3) ||
        STATUS_RANK[a.finding.status] - STATUS_RANK[b.finding.status] ||
        a.finding.rule.localeCompare(b.finding.rule) ||
        a.order - b.order
    )
    .map(({ image, finding, level }) => ({ image, finding, level }))
}

/** The icon of a finding in Markdown reports. */
export function icon(f: Finding, mode: Mode): string {
  switch (f.status) {
    case 'fail':
      return f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'
    case 'unknown':
      return mode === 'release' ? '❓' : '❔'
    case 'waived':
      return '🔕'
    case 'pass':
      return '✅'
    case 'not_applicable':
      return '➖'
  }
}

export const STATUS_LABEL: Record<Status, string> = {
  fail: 'failed',
  unknown: 'unknown',
  waived: 'waived',
  pass: 'passed',
  not_applicable: 'not applicable'
}

/** `file:line` (or `file:line-end`) of a finding's location, the source when there is no file, or ''. */
export function locationText(f: Finding): string {
  const l = f.location
  if (!l) return ''
  if (!l.file) return l.source
  if (!l.line) return l.file
  return l.end_line && l.end_line > l.line ? `${l.file}:${l.line}-${l.end_line}` : `${l.file}:${l.line}`
}

/**
 * Rule prose from METADATA (remediation, description) is hard-wrapped YAML text: single newlines are soft
 * breaks. Joins them; keeps blank lines as paragraph breaks.
 */
export function unwrap(s: string): string {
  return s
    .trim()
    .split(/\r?\n[ \t]*\r?\n/)
    .map(p =>
      p
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean)
        .join(' ')
    )
    .filter(Boolean)
    .join('\n\n')
}

/** The finding's message with what is missing, for annotations and SARIF (plain text). */
export function problemText(f: Finding): string {
  const parts = [f.message.trim()]
  if (f.status === 'unknown' && f.missing?.length) parts.push(`Facts not gathered: ${f.missing.join(', ')}.`)
  if (f.waiver)
    parts.push(
      `Waived until ${f.waiver.expires}: ${f.waiver.reason}${f.waiver.ticket ? ` (${f.waiver.ticket})` : ''}.`
    )
  if (f.remediation.trim() && f.status !== 'pass') parts.push(`Fix: ${unwrap(f.remediation)}`)
  if (f.guide) parts.push(`Guide ${f.guide}.`)
  return parts.join('\n')
}

/** Link to a rule's documentation. `base` is the URL (or relative path) of docs/rules.md. */
export function ruleDocUrl(rule: string, base = 'docs/rules.md'): string {
  return `${base}#${rule.toLowerCase()}`
}

/** Counts by status over every image. */
export function countByStatus(report: Report): Record<Status, number> {
  const c: Record<Status, number> = { fail: 0, unknown: 0, waived: 0, pass: 0, not_applicable: 0 }
  for (const img of report.images) for (const f of img.findings) c[f.status]++
  return c
}

/** Area names as headings: `disks` → `Disks`, `sku` → `Identity and SKU`. */
export function areaTitle(area: string): string {
  const known: Record<string, string> = {
    sku: 'Identity and SKU',
    disks: 'Disks and VHDs',
    linux: 'Linux',
    windows: 'Windows',
    registration: 'Registration',
    sas: 'SAS URIs',
    custom: 'Custom rules'
  }
  return known[area] ?? (area ? area[0]!.toUpperCase() + area.slice(1) : 'Other')
}

export const AREA_ORDER = ['sku', 'disks', 'linux', 'windows', 'registration', 'sas', 'custom']
