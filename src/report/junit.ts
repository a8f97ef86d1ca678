/**
 * JUnit XML: one test suite per image, one test case per rule. fail → <failure>, unknown → <error>
 * (the test could not run), waived and not_applicable → <skipped> with the reason, pass → empty case.
 */
import type { Finding, Report } from './types.js'
import { locationText, reportLevel, unwrap } from './present.js'

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
}

function attr(name: string, value: string | number | undefined): string {
  return value === undefined
    ? ''
    : ` ${name}="${xmlEscape(String(value)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')}"`
}

function body(f: Finding): string {
  const lines = [f.message]
  const where = locationText(f)
  if (where) lines.push(`at ${where}`)
  if (f.missing?.length) lines.push(`facts not gathered: ${f.missing.join(', ')}`)
  if (f.remediation.trim()) lines.push(`fix: ${unwrap(f.remediation)}`)
  if (f.guide) lines.push(`guide: ${f.guide}`)
  return xmlEscape(lines.join('\n'))
}

export function renderJunit(report: Report): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  let tests = 0
  let failures = 0
  let errors = 0
  let skipped = 0
  const suites: string[] = []
  for (const image of report.images) {
    const cases: string[] = []
    let sf = 0
    let se = 0
    let ss = 0
    for (const f of [...image.findings].sort((a, b) => a.rule.localeCompare(b.rule))) {
      const open = `    <testcase${attr('name', `${f.rule} ${f.title}`)}${attr('classname', `vm-image-policy.${image.name}.${f.area}`)}${attr('file', f.location?.file)}${attr('line', f.location?.file ? f.location.line : undefined)} time="0"`
      const level = reportLevel(f, report.mode)
      if (f.status === 'fail') {
        sf++
        cases.push(
          `${open}>\n      <failure${attr('message', f.message)}${attr('type', f.severity)}>${body(f)}</failure>\n    </testcase>`
        )
      } else if (f.status === 'unknown') {
        se++
        cases.push(
          `${open}>\n      <error${attr('message', f.message)}${attr('type', `unknown (${level ?? 'warning'})`)}>${body(f)}</error>\n    </testcase>`
        )
      } else if (f.status === 'waived' || f.status === 'not_applicable') {
        ss++
        const why =
          f.status === 'waived' && f.waiver
            ? `waived until ${f.waiver.expires}: ${f.waiver.reason}`
            : f.message || 'not applicable'
        cases.push(`${open}>\n      <skipped${attr('message', why)}/>\n    </testcase>`)
      } else {
        cases.push(`${open}/>`)
      }
    }
    tests += image.findings.length
    failures += sf
    errors += se
    skipped += ss
    suites.push(
      `  <testsuite${attr('name', image.name)}${attr('tests', image.findings.length)}${attr('failures', sf)}${attr('errors', se)}${attr('skipped', ss)} time="0"${attr('timestamp', report.generated_at.replace(/Z$/, ''))}>\n` +
        `    <properties>\n      <property${attr('name', 'source')}${attr('value', image.source)}/>\n      <property${attr('name', 'profile')}${attr('value', report.profile)}/>\n      <property${attr('name', 'mode')}${attr('value', report.mode)}/>\n    </properties>\n` +
        (cases.length ? cases.join('\n') + '\n' : '') +
        '  </testsuite>'
    )
  }
  out.push(
    `<testsuites${attr('name', 'vm-image-policy')}${attr('tests', tests)}${attr('failures', failures)}${attr('errors', errors)}${attr('skipped', skipped)} time="0">`
  )
  out.push(...suites)
  out.push('</testsuites>', '')
  return out.join('\n')
}
