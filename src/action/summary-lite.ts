import type { Report } from '../report/types.js'
import { escapeControl } from '../text.js'

/** A plain job-summary table, used until the full summary reporter is wired. */
export function renderSummaryLite(r: Report): string {
  const cell = (s: string) => escapeControl(s).replace(/[|<>`@\\*_[\]]/g, c => `&#${c.charCodeAt(0)};`)
  const out = [`## vm-image-policy: ${r.result === 'fail' ? 'failed' : 'passed'}`, '']
  for (const img of r.images) {
    out.push(`### ${cell(img.name)}`, '', '| | rule | § | title | message |', '|---|---|---|---|---|')
    for (const f of img.findings)
      out.push(`| ${f.status} | ${f.rule} | ${cell(f.guide)} | ${cell(f.title)} | ${cell(f.message)} |`)
    out.push('')
  }
  return out.join('\n')
}
