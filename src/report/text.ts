import { escapeControl } from '../text.js'
import type { Finding, Report, Status } from './types.js'

export interface TextOptions {
  color: boolean
  verbose: boolean
}

const ICON: Record<Status, string> = { fail: '✗', unknown: '?', waived: '~', pass: '✓', not_applicable: '-' }
const LABEL: Record<Status, string> = {
  fail: 'FAIL',
  unknown: 'unknown',
  waived: 'waived',
  pass: 'pass',
  not_applicable: 'n/a'
}

/** The terminal report: every rule of every image, one line each; failures with where and how to fix. */
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
  for (const img of report.images) {
    out.push('')
    out.push(`${c.bold(safe(img.name))} ${c.dim(`(${safe(img.source)})`)}`)
    for (const f of img.findings) {
      const head = `  ${paint[f.status](`${ICON[f.status]} ${LABEL[f.status].padEnd(7)}`)} ${f.rule.padEnd(idw)} ${sev(f, c)} ${c.dim((f.guide || '').padEnd(10))} ${safe(f.title)}`
      out.push(head)
      const pad = ' '.repeat(12)
      if (f.status === 'fail' || f.status === 'waived') {
        out.push(`${pad}${safe(f.message)}`)
        if (f.location?.file) out.push(`${pad}${c.dim('at')} ${safe(locationText(f))}`)
        if (f.waiver)
          out.push(`${pad}${c.dim('waived:')} ${safe(f.waiver.reason)} (until ${safe(f.waiver.expires)})`)
        else if (f.remediation)
          out.push(`${pad}${c.dim('fix:')} ${safe(f.remediation.replace(/\s*\n\s*/g, ' '))}`)
      } else if (opts.verbose || f.status === 'unknown') {
        if (f.status === 'unknown') out.push(`${pad}${c.dim(safe(f.message))}`)
        else if (opts.verbose) out.push(`${pad}${c.dim(safe(f.message))}`)
      }
    }
  }
  const s = report.summary
  out.push('')
  out.push(
    `Summary: ${c.red(`${s.fail} fail`)}, ${c.yellow(`${s.unknown} unknown`)}, ${s.waived} waived, ${c.green(`${s.pass} pass`)}, ${s.not_applicable} n/a`
  )
  if (report.result)
    out.push(
      `Result: ${report.result === 'fail' ? c.red(c.bold('FAIL')) : c.green(c.bold('PASS'))}${report.fail_on ? c.dim(` (fail-on: ${report.fail_on})`) : ''}`
    )
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
