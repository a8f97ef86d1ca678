/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): every rule for every image. The unknowns grouped by what is
 * missing (src/report/unknowns.ts) come first, one line per source with its rules collapsed in `<details>`;
 * every other rule is in a table per area, with status icons, the guide section, and a link to the rule's
 * documentation. At most 1 MiB (GitHub's limit per step);
 * beyond that it is cut at a row and says so.
 */
import type { Finding } from '../types.js'
import type { ImageReport, Report } from './types.js'
import { escapeCell, escapeMarkdown, inlineCode, truncate } from './markdown-escape.js'
import { AREA_ORDER, STATUS_LABEL, areaTitle, icon, unwrap } from './present.js'
import { byRule, compareFindings } from '../verdict.js'
import { groupUnknowns, unknownGroupText } from './unknowns.js'
import { compareNatural } from '../text.js'
import { type LinkOptions, countsLine, locationCell, ruleLink, verdict } from './comment.js'

export const SUMMARY_LIMIT = 1024 * 1024

export interface SummaryOptions extends LinkOptions {
  /** Shown in the heading (matrix key, job name). */
  key?: string
  /** Byte limit (UTF-8); default 1 MiB. */
  maxBytes?: number
}

function details(f: Finding): string {
  const parts = [escapeMarkdown(f.message)]
  if (f.status === 'unknown' && f.missing?.length)
    parts.push(`**Not gathered:** ${f.missing.map(inlineCode).join(', ')}`)
  if (f.waiver)
    parts.push(
      `**Waived** until ${escapeMarkdown(f.waiver.expires)}: ${escapeMarkdown(f.waiver.reason)}${f.waiver.ticket ? ` (${escapeMarkdown(f.waiver.ticket)})` : ''}`
    )
  if ((f.status === 'fail' || f.status === 'unknown') && f.remediation.trim())
    parts.push(`**Fix:** ${escapeMarkdown(unwrap(f.remediation))}`)
  return parts.filter(Boolean).join('<br>') || '–'
}

function imageSection(image: ImageReport, report: Report, options: SummaryOptions): string[] {
  const lines: string[] = [
    '',
    `### Image ${inlineCode(image.name)}${image.source ? ` — ${inlineCode(image.source)}` : ''}`
  ]
  const unknowns = groupUnknowns(
    [...image.findings].sort((a, b) => compareFindings(a, b, report)),
    report
  )
  const grouped = new Set(unknowns.groups.flatMap(g => g.findings))
  if (unknowns.groups.length) {
    const n = grouped.size
    lines.push('', `**Not evaluated, facts missing (${n} rule${n === 1 ? '' : 's'}):**`, '')
    for (const g of unknowns.groups)
      lines.push(
        `- ${g.fails ? '❓' : '❔'} ${escapeMarkdown(unknownGroupText(g))}${g.fails ? ' (**fails the run**)' : ''}`,
        `  <details><summary>${g.findings.length === 1 ? 'the rule' : `the ${g.findings.length} rules`}</summary>`,
        '',
        ...[...g.findings]
          .sort(byRule)
          .map(
            f =>
              `  - ${ruleLink(f.rule, options)} ${escapeMarkdown(f.title)}${f.missing?.length ? ` — not gathered: ${f.missing.map(inlineCode).join(', ')}` : ''}`
          ),
        '',
        '  </details>'
      )
  }
  const listed = image.findings.filter(f => !grouped.has(f))
  const areas = [...new Set(listed.map(f => f.area))].sort((a, b) => {
    const ia = AREA_ORDER.indexOf(a)
    const ib = AREA_ORDER.indexOf(b)
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || compareNatural(a, b)
  })
  if (image.findings.length === 0) lines.push('', 'No rules were evaluated for this image.')
  for (const area of areas) {
    const findings = listed.filter(f => f.area === area).sort(byRule)
    lines.push(
      '',
      `#### ${escapeMarkdown(areaTitle(area))}`,
      '',
      '| | Rule | Result | Details | Where | Guide |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const f of findings) {
      const result = f.status === 'fail' ? `${STATUS_LABEL.fail} (${f.severity})` : STATUS_LABEL[f.status]
      lines.push(
        `| ${icon(f, report)} | ${ruleLink(f.rule, options)} ${escapeCell(f.title)} | ${result} | ${details(f)} | ${locationCell(f, options)} | ${escapeCell(f.guide)} |`
      )
    }
  }
  return lines
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT
  const v = verdict(report)
  const lines: string[] = [
    `## ${v.icon} VM image policy: ${v.text}${options.key ? ` (${inlineCode(options.key)})` : ''}`,
    '',
    `Profile ${inlineCode(report.profile)}, ${report.mode} mode: ${countsLine(report) || 'no findings'}.`
  ]
  if (report.errors?.length) {
    lines.push('', '**Could not evaluate:**', '')
    for (const e of report.errors) lines.push(`- ${escapeMarkdown(e)}`)
  }
  if (report.images.length > 1) {
    lines.push(
      '',
      '| Image | ❌ failed | ❔ unknown | 🔕 waived | ✅ passed | ➖ n/a |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const img of report.images) {
      const n = (s: Finding['status']): number => img.findings.filter(f => f.status === s).length
      lines.push(
        `| ${escapeCell(img.name)} | ${n('fail')} | ${n('unknown')} | ${n('waived')} | ${n('pass')} | ${n('not_applicable')} |`
      )
    }
  }
  for (const img of report.images) lines.push(...imageSection(img, report, options))
  const foot = [
    '',
    `<sub>vm-image-policy ${escapeMarkdown(report.version).replace(/^(\d+)\\\./, '$1.')}, ${escapeMarkdown(report.generated_at)}.</sub>`,
    ''
  ]

  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
  const full = [...lines, ...foot].join('\n')
  if (bytes(full) <= maxBytes) return full

  // Cut at a row boundary so tables stay whole, then say how much is missing.
  const note = (n: number): string =>
    `\n\n**…${n} more line${n === 1 ? '' : 's'} of the report cut: the job summary is limited to ${maxBytes} bytes. The JSON/SARIF report files have everything.**`
  const footText = foot.join('\n')
  let used = bytes(footText) + bytes(note(lines.length)) + 1
  let kept = 0
  for (const l of lines) {
    const b = bytes(l) + 1
    if (used + b > maxBytes) break
    used += b
    kept++
  }
  const out = lines.slice(0, kept).join('\n') + note(lines.length - kept) + footText
  // A single enormous line can still be too long: cut by characters (UTF-16 ≤ 3 bytes each in UTF-8).
  return bytes(out) <= maxBytes ? out : truncate(out, Math.floor(maxBytes / 3), note(1))
}
