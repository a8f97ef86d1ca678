/**
 * The sticky pull-request comment: one per key (matrix jobs use one key each), found again by the hidden
 * marker on its first line and updated in place. Failures lead; passes collapse into `<details>`.
 * At most 65,536 characters (GitHub's limit for a comment body); beyond that it is cut and points to the
 * job summary, which has everything.
 */
import type { Finding } from '../types.js'
import type { Report } from './types.js'
import { type RuleDocOptions, ruleDocLink } from './links.js'
import { escapeCell, escapeHtml, escapeMarkdown, inlineCode, markerKey, truncate } from './markdown-escape.js'
import { STATUS_LABEL, countByStatus, icon, locationText } from './present.js'
import { type UnknownGroup, groupUnknowns, unknownGroupText } from './unknowns.js'
import { reportFails, worstFirst } from '../verdict.js'

export const COMMENT_LIMIT = 65536
const MARKER_PREFIX = 'vm-image-policy'

/** The hidden marker that identifies our comment for a key. */
export function commentMarker(key?: string): string {
  return `<!-- ${MARKER_PREFIX}:${markerKey(key)} -->`
}

/** True when a comment body is ours for this key (the marker must be its first line, so a quote of it is not). */
export function isOurComment(body: string | undefined | null, key?: string): boolean {
  if (!body) return false
  const marker = commentMarker(key)
  return body === marker || body.startsWith(marker + '\n') || body.startsWith(marker + '\r\n')
}

export interface LinkOptions {
  /** Absolute URL of docs/rules.md of the running version (see ./links.ts for the rest). */
  docsUrl?: string
  /** Custom rules' documentation by rule ID (METADATA related_resources). */
  ruleDocs?: RuleDocOptions['ruleDocs']
  /** Base URL of files at the commit (`https://github.com/o/r/blob/<sha>`); locations link to their line. */
  blobUrl?: string
  /** Workspace path, to make absolute locations relative. */
  workspace?: string
}

export interface CommentOptions extends LinkOptions {
  /** Matrix key (or other) that keeps parallel jobs' comments apart. */
  key?: string
  /** Where the full report is: the job summary of this run. */
  summaryUrl?: string
  maxLength?: number
  /** Start with the hidden marker (default true; false for check-run summaries). */
  marker?: boolean
  /** Longest finding message shown in a row (the job summary has the rest). */
  maxMessage?: number
}

/** Markdown link to a rule's doc (absolute, see ./links.ts), or the bare ID when it has none. */
export function ruleLink(rule: string, links: RuleDocOptions): string {
  const url = ruleDocLink(rule, links)
  return url ? `[${escapeMarkdown(rule)}](${url})` : escapeMarkdown(rule)
}

/** A location as Markdown: linked to the line at the commit when `blobUrl` is given. */
export function locationCell(f: Finding, links: LinkOptions): string {
  const text = locationText(f)
  if (!text) return '–'
  const file = f.location?.file
  if (links.blobUrl && file && !/^[a-z]+:\/\//i.test(file)) {
    let rel = file.replace(/\\/g, '/')
    if (links.workspace && rel.startsWith(links.workspace.replace(/\/+$/, '') + '/'))
      rel = rel.slice(links.workspace.replace(/\/+$/, '').length + 1)
    if (!rel.startsWith('/') && !rel.split('/').includes('..')) {
      const line = f.location?.line
        ? `#L${f.location.line}${f.location.end_line && f.location.end_line > f.location.line ? `-L${f.location.end_line}` : ''}`
        : ''
      const href = `${links.blobUrl.replace(/\/+$/, '')}/${rel.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/')}${line}`
      return `[${inlineCode(text)}](${href})`
    }
  }
  return inlineCode(text)
}

function clipText(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max) + '…'
}

/** The headline verdict of a report. */
export function verdict(report: Report): { icon: string; text: string } {
  const placed = worstFirst(report)
  const errors = placed.filter(p => p.level === 'error').length
  const warnings = placed.filter(p => p.level === 'warning').length
  const failed = report.result === 'fail' || (report.result === undefined && reportFails(report))
  if (failed)
    return {
      icon: '❌',
      text: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
    }
  if (warnings > 0) return { icon: '⚠️', text: `passed with ${warnings} warning${warnings === 1 ? '' : 's'}` }
  return { icon: '✅', text: 'passed' }
}

/** One line of counts: `3 failed · 1 unknown · 40 passed`. */
export function countsLine(report: Report): string {
  const c = countByStatus(report)
  return (['fail', 'unknown', 'waived', 'pass', 'not_applicable'] as const)
    .filter(s => c[s] > 0)
    .map(s => `${c[s]} ${STATUS_LABEL[s]}`)
    .join(' · ')
}

export function renderComment(report: Report, options: CommentOptions = {}): string {
  const max = options.maxLength ?? COMMENT_LIMIT
  const maxMessage = options.maxMessage ?? 600
  const several = report.images.length > 1
  const v = verdict(report)
  const key = options.key ? markerKey(options.key) : undefined
  const head: string[] = [
    ...(options.marker === false ? [] : [commentMarker(options.key)]),
    `### ${v.icon} VM image policy: ${v.text}${key && key !== 'default' ? ` (${inlineCode(key)})` : ''}`,
    '',
    `Profile ${inlineCode(report.profile)}, ${report.mode} mode, ${report.images.length} image${report.images.length === 1 ? '' : 's'}: ${countsLine(report) || 'no findings'}.`
  ]
  if (report.errors?.length) {
    head.push('', '**Could not evaluate:**', '')
    for (const e of report.errors) head.push(`- ${escapeMarkdown(clipText(e, maxMessage))}`)
  }

  const placed = worstFirst(report)
  // Unknowns grouped by what is missing (src/report/unknowns.ts): one line per source per image, not one
  // row each; those that fail the run are shown, the others collapsed. Unknowns for their own reason keep
  // their row.
  const grouped = new Set<Finding>()
  const groups: Array<{ image: string; g: UnknownGroup }> = []
  for (const img of report.images) {
    const u = groupUnknowns(
      placed.filter(p => p.image === img).map(p => p.finding),
      report
    )
    for (const g of u.groups) {
      groups.push({ image: img.name, g })
      for (const f of g.findings) grouped.add(f)
    }
  }
  const problems = placed.filter(
    p => (p.level !== undefined || p.finding.status === 'waived') && !grouped.has(p.finding)
  )
  const groupLine = ({ image, g }: { image: string; g: UnknownGroup }): string =>
    `- ${g.fails ? '❓' : '❔'} ${several ? `${inlineCode(image)}: ` : ''}${escapeMarkdown(unknownGroupText(g))}`
  const failingGroups = groups.filter(x => x.g.fails)
  const quietGroups = groups.filter(x => !x.g.fails)
  const nFailing = failingGroups.reduce((n, x) => n + x.g.findings.length, 0)
  const nQuiet = quietGroups.reduce((n, x) => n + x.g.findings.length, 0)
  const unknownBlock = [
    ...(failingGroups.length
      ? [
          '',
          `**❓ ${nFailing} not evaluated, failing the run (facts missing):**`,
          '',
          ...failingGroups.map(groupLine)
        ]
      : []),
    ...(quietGroups.length
      ? [
          '',
          `<details><summary>❔ ${nQuiet} not evaluated (facts missing)</summary>`,
          '',
          ...quietGroups.map(groupLine),
          '',
          '</details>'
        ]
      : [])
  ]
  const rest = placed.filter(p => p.level === undefined && p.finding.status !== 'waived')

  const problemRows: string[] = problems.map(({ image, finding: f }) => {
    const cells = [
      icon(f, report),
      `${ruleLink(f.rule, options)} ${escapeCell(f.title)}`,
      ...(several ? [escapeCell(image.name)] : []),
      escapeCell(
        clipText(
          f.status === 'waived' && f.waiver ? `${f.message} — waived: ${f.waiver.reason}` : f.message,
          maxMessage
        )
      ),
      locationCell(f, options),
      escapeCell(f.guide)
    ]
    return `| ${cells.join(' | ')} |`
  })
  const problemHeader = [
    `| | Rule | ${several ? 'Image | ' : ''}Finding | Where | Guide |`,
    `| --- | --- | ${several ? '--- | ' : ''}--- | --- | --- |`
  ]

  const restRows = rest.map(({ image, finding: f }) => {
    const cells = [
      icon(f, report),
      `${ruleLink(f.rule, options)} ${escapeCell(f.title)}`,
      ...(several ? [escapeCell(image.name)] : []),
      escapeCell(clipText(f.message, 200))
    ]
    return `| ${cells.join(' | ')} |`
  })
  const passed = rest.filter(p => p.finding.status === 'pass').length
  const na = rest.length - passed
  const restSummary = [passed ? `✅ ${passed} passed` : '', na ? `➖ ${na} not applicable` : '']
    .filter(Boolean)
    .join(' · ')
  const restBlock = rest.length
    ? [
        '',
        `<details><summary>${escapeHtml(restSummary)}</summary>`,
        '',
        `| | Rule | ${several ? 'Image | ' : ''}Observed |`,
        `| --- | --- | ${several ? '--- | ' : ''}--- |`,
        ...restRows,
        '',
        '</details>'
      ]
    : []

  const summaryRef = options.summaryUrl ? `[job summary](${options.summaryUrl})` : 'job summary of this run'
  const foot = [
    '',
    `<sub>Every rule for every image is in the ${summaryRef}. vm-image-policy ${escapeMarkdown(report.version).replace(/^(\d+)\\\./, '$1.')}, ${escapeMarkdown(report.generated_at)}.</sub>`
  ]

  const problemBlock = problemRows.length
    ? ['', ...problemHeader, ...problemRows]
    : failingGroups.length
      ? []
      : ['', 'No failures.']
  const full = [...head, ...problemBlock, ...unknownBlock, ...restBlock, ...foot].join('\n')
  if (full.length <= max) return full

  // Too long: drop the passes, then as many problem rows as needed, and say where the rest is.
  const noRest = rest.length ? ['', `${escapeHtml(restSummary)}: listed in the ${summaryRef}.`] : []
  const build = (rows: string[], dropped: number): string =>
    [
      ...head,
      ...(rows.length ? ['', ...problemHeader, ...rows] : []),
      ...(dropped
        ? [
            '',
            `**…and ${dropped} more finding${dropped === 1 ? '' : 's'} not shown here (the comment is limited to ${max} characters): see the ${summaryRef}.**`
          ]
        : []),
      ...unknownBlock,
      ...noRest,
      ...foot
    ].join('\n')
  let candidate = build(problemRows, 0)
  if (candidate.length <= max) return candidate
  // Binary search for the largest number of rows that fits.
  let lo = 0
  let hi = problemRows.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (build(problemRows.slice(0, mid), problemRows.length - mid).length <= max) lo = mid
    else hi = mid - 1
  }
  candidate = build(problemRows.slice(0, lo), problemRows.length - lo)
  // Even the head alone may be too long (hundreds of evaluation errors): cut hard, keep the marker.
  return truncate(candidate, max, `\n\n**…truncated: see the ${summaryRef}.**`)
}
