/** What every reporter shares: how a finding ranks, which level it is reported at, its icon and its place. */
import type { Finding, Severity, Status } from '../types.js'
import type { Report } from './types.js'
import { imageLocationText } from './where.js'
import { countImages, verdictOf, worstFirst, type Placed } from '../verdict.js'

/**
 * The level a finding is reported at, or undefined when it is not a problem (pass, waived, n/a): its stamp
 * (src/verdict.ts), `error` exactly when it fails the run.
 */
export function reportLevel(
  f: Finding,
  report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>
): Severity | undefined {
  return verdictOf(f, report).level
}

/** Whether a finding makes the run fail: its stamp (src/verdict.ts). */
export function isFailing(f: Finding, report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>): boolean {
  return verdictOf(f, report).fails
}

export type { Placed }
export { worstFirst }

/** The icon of a finding in Markdown reports. */
export function icon(f: Finding, report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>): string {
  const v = verdictOf(f, report)
  switch (f.status) {
    case 'fail':
      return v.fails ? '❌' : v.level === 'warning' ? '⚠️' : 'ℹ️'
    case 'unknown':
      return v.fails ? '❓' : '❔'
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
  const inImage = imageLocationText(f.location)
  if (inImage && !f.message.includes(f.location!.file!)) parts.push(`In the image: ${inImage}.`)
  if (f.status === 'unknown' && f.missing?.length && !/not gathered/i.test(f.message))
    parts.push(`Facts not gathered: ${f.missing.join(', ')}.`)
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
  return countImages(report.images)
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
