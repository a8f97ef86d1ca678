import { escapeControl } from '../text.js'
import type { Finding, Status } from '../types.js'
import type { Report } from './types.js'
import { byRule, compareFindings, countByStatus } from '../verdict.js'
import { unwrap } from './present.js'
import { groupUnknowns, unknownGroupText } from './unknowns.js'

export interface TextOptions {
  color: boolean
  verbose: boolean
  /** List every rule of every image (--all); default: failures, one line per group of unknowns, counts. */
  all?: boolean
}

/** The terminal report is at most this wide (continuation lines wrap). */
export const TEXT_WIDTH = 100

const ICON: Record<Status, string> = { fail: '✗', unknown: '?', waived: '~', pass: '✓', not_applicable: '-' }
const LABEL: Record<Status, string> = {
  fail: 'FAIL',
  unknown: 'unknown',
  waived: 'waived',
  pass: 'pass',
  not_applicable: 'n/a'
}

/** Word-wraps plain text to the width, every line after the first indented like the first. */
function wrap(text: string, indent: string, width = TEXT_WIDTH): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length > width - indent.length ? word.slice(0, width - indent.length - 1) + '…' : word
    if (line && indent.length + line.length + 1 + w.length > width) {
      out.push(indent + line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) out.push(indent + line)
  return out
}

/** One line, cut to the width (visible characters; colour codes are added after). */
function fit(s: string, width = TEXT_WIDTH): string {
  return s.length <= width ? s : s.slice(0, width - 1) + '…'
}

/**
 * The terminal report. By default, per image: the failures (with where and how to fix), then one line per
 * group of unknowns (what is missing and how to get it), then the counts; `all` lists every rule. At most
 * 100 columns. The result line never says PASS when nothing could be judged.
 */
export function renderText(report: Report, opts: TextOptions): string {
  const c = colors(opts.color)
  const paint: Record<Status, (s: string) => string> = {
    fail: c.red,
    unknown: c.yellow,
    waived: c.cyan,
    pass: c.green,
    not_applicable: c.dim
  }
  const out: string[] = []
  out.push(
    c.bold(`vm-image-policy ${report.version}`) +
      c.dim(` · profile ${report.profile} · mode ${report.mode} · ${report.images.length} image(s)`)
  )
  const idw = Math.max(12, ...report.images.flatMap(i => i.findings.map(f => f.rule.length)))
  const pad = ' '.repeat(12)
  const head = (f: Finding) => {
    const plain = `${ICON[f.status]} ${LABEL[f.status].padEnd(7)} ${f.rule.padEnd(idw)} ${f.severity.padEnd(7)} ${(f.guide || '').padEnd(10)} `
    const title = fit(safe(f.title), TEXT_WIDTH - 2 - plain.length)
    return `  ${paint[f.status](`${ICON[f.status]} ${LABEL[f.status].padEnd(7)}`)} ${f.rule.padEnd(idw)} ${sev(f, c)} ${c.dim((f.guide || '').padEnd(10))} ${title}`
  }
  const detail = (f: Finding) => {
    out.push(...wrap(safe(unwrap(f.message)), pad))
    const where = locationText(f)
    if (where) out.push(fit(`${pad}at ${safe(where)}`))
    if (f.waiver) out.push(...wrap(`waived: ${safe(f.waiver.reason)} (until ${safe(f.waiver.expires)})`, pad))
    else if (f.remediation && f.status === 'fail')
      out.push(...wrap(`fix: ${safe(unwrap(f.remediation))}`, pad))
  }
  for (const img of report.images) {
    out.push('')
    out.push(fit(`${safe(img.name)} (${safe(img.source)})`).replace(/^(\S+)/, m => c.bold(m)))
    const sorted = [...img.findings].sort((a, b) => compareFindings(a, b, report))
    if (opts.all) {
      for (const f of [...img.findings].sort(byRule)) {
        out.push(head(f))
        if (f.status === 'fail' || f.status === 'waived') detail(f)
        else if (opts.verbose || f.status === 'unknown') out.push(...wrap(c.dim(safe(f.message)), pad))
      }
      continue
    }
    const unknowns = groupUnknowns(sorted, report)
    // Failures and waivers, then the unknowns for their own reason (a row each), in verdict order.
    for (const f of sorted.filter(
      x => x.status === 'fail' || x.status === 'waived' || unknowns.own.includes(x)
    )) {
      out.push(head(f))
      if (f.status === 'unknown') out.push(...wrap(safe(unwrap(f.message)), pad))
      else detail(f)
    }
    // One line per missing source: what it is and how to get it.
    for (const g of unknowns.groups)
      out.push(
        ...wrap(safe(`${unknownGroupText(g)}${g.fails ? ' (they fail the run)' : ''}`), '    ').map((l, i) =>
          i === 0 ? `  ${(g.fails ? c.red : c.yellow)('?')} ${l.slice(4)}` : l
        )
      )
    const n = countByStatus(img.findings)
    const fmt = ([s, label]: [Status, string]) => (n[s] ? `${n[s]} ${label}` : '')
    out.push(
      c.dim(
        fit(
          `  ${
            (
              [
                ['fail', 'failed'],
                ['unknown', 'unknown'],
                ['waived', 'waived'],
                ['pass', 'passed'],
                ['not_applicable', 'n/a']
              ] as [Status, string][]
            )
              .map(fmt)
              .filter(Boolean)
              .join(' · ') || 'no rules'
          }`
        )
      )
    )
  }
  const s = report.summary
  out.push('')
  out.push(
    `Summary: ${c.red(`${s.fail} fail`)}, ${c.yellow(`${s.unknown} unknown`)}, ${s.waived} waived, ${c.green(`${s.pass} pass`)}, ${s.not_applicable} n/a`
  )
  if (report.result) {
    const judged = s.pass + s.fail + s.waived
    const failOn = report.fail_on ? c.dim(` (fail-on: ${report.fail_on})`) : ''
    if (report.result === 'fail') out.push(`Result: ${c.red(c.bold('FAIL'))}${failOn}`)
    // Not a PASS when most of what could be asked was not judged (e.g. only SAS URIs given).
    else if (judged === 0 || s.unknown >= judged)
      out.push(
        `Result: ${c.yellow(c.bold(`no failures; ${s.unknown} rule${s.unknown === 1 ? '' : 's'} not evaluated`))}${judged ? c.dim(` (${judged} judged)`) : ''}${failOn}`
      )
    else
      out.push(
        `Result: ${c.green(c.bold('PASS'))}${s.unknown ? c.dim(` (${s.unknown} not evaluated)`) : ''}${failOn}`
      )
  }
  return out.join('\n') + '\n'
}

export function locationText(f: Finding): string {
  const l = f.location
  if (!l?.file) return ''
  return `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ''}` : ''}`
}

function sev(f: Finding, c: ReturnType<typeof colors>): string {
  const t = f.severity.padEnd(7)
  if (f.status !== 'fail') return c.dim(t)
  return f.severity === 'error' ? c.red(t) : f.severity === 'warning' ? c.yellow(t) : t
}

/** Untrusted text (rule messages quote facts) never carries control characters to the terminal. */
function safe(s: string): string {
  return escapeControl(s)
}

function colors(on: boolean) {
  const w = (code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s)
  return { red: w('31'), green: w('32'), yellow: w('33'), cyan: w('36'), dim: w('2'), bold: w('1') }
}
