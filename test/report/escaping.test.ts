/** Escaping of fact text for Markdown and for workflow commands. */
import {
  escapeCell,
  escapeMarkdown,
  inlineCode,
  markerKey,
  truncate
} from '../../src/report/markdown-escape.js'
import {
  escapeData,
  escapeProperty,
  renderAnnotations,
  workflowCommand
} from '../../src/report/annotations.js'
import {
  HOSTILE,
  finding,
  hostileReport,
  image,
  manyFailures,
  mixedReport,
  report
} from '../support/report-fixtures.js'

/** The runner's decoding of a workflow command line (what ends up in the annotation). */
function decodeCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line)
  if (!m) throw new Error(`not a workflow command: ${line}`)
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))
  const props: Record<string, string> = {}
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=')
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1))
  }
  return { command: m[1]!, props, message: unData(m[3]!) }
}

describe('Markdown escaping', () => {
  test('no HTML, mentions, links, table breaks or marker survive', () => {
    const s = escapeMarkdown(HOSTILE)
    expect(s).not.toMatch(/<(?!br>)/)
    expect(s).not.toContain('<!--')
    expect(s).not.toMatch(/(^|[^\\])\|/)
    expect(s).not.toMatch(/@octocat/)
    expect(s).toContain('@\u200doctocat')
    expect(s).not.toMatch(/\n|\r/)
    expect(s).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(s).toContain('\\[link\\](http:\u200d//evil)')
    expect(s).toContain('\\`code\\`')
    expect(s).toContain('\\#1')
  })
  test('list markers only escaped at line start; empty cells become a dash', () => {
    expect(escapeMarkdown('- a - b')).toBe('\\- a - b')
    expect(escapeMarkdown('1. x')).toBe('1\\. x')
    expect(escapeCell('')).toBe('–')
  })
  test('inline code fences with enough backticks and keeps tables intact', () => {
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('a|b')).not.toContain('|')
    expect(inlineCode('`x`')).toBe('`` `x` ``')
  })
  test('marker keys are restricted', () => {
    expect(markerKey('ubuntu 22.04 / gen2 -->')).toBe('ubuntu-22.04-/-gen2----')
    expect(markerKey('')).toBe('default')
  })
  test('truncate keeps the suffix within the limit and does not split surrogates', () => {
    const t = truncate('😀'.repeat(100), 51, '!')
    expect(t.length).toBeLessThanOrEqual(51)
    expect(t.endsWith('!')).toBe(true)
    expect(t).not.toMatch(/[\ud800-\udbff]!$/)
  })
})

describe('workflow-command annotations', () => {
  test('escaping of data and properties', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
    expect(workflowCommand('error', { file: 'a,b.tf', line: 3, title: 'T: x' }, 'm')).toBe(
      '::error file=a%2Cb.tf,line=3,title=T%3A x::m'
    )
  })

  test('hostile facts cannot inject commands or properties; they round-trip as text', () => {
    const { lines } = renderAnnotations(hostileReport())
    expect(lines).toHaveLength(1)
    const line = lines[0]!
    expect(line).not.toMatch(/[\r\n]/)
    // one line; the properties hold no ':' (so the message starts where the runner expects) and
    // '::' inside the message is only text: commands are recognised at the start of a line
    expect(line).toMatch(/^::error [^:]*::Found x%0A::error::owned %250A::warning::also/)
    const d = decodeCommand(line)
    expect(d.command).toBe('error')
    expect(Object.keys(d.props).sort()).toEqual(['file', 'line', 'title'])
    expect(d.props.file).toBe('packer/a,b:c %0A.pkr.hcl')
    expect(d.props.title).toContain(`Title ${HOSTILE}`)
    expect(d.message).toContain(`Found ${HOSTILE.trim()}`)
  })

  test('worst first; at most 10 of each level; counts the rest', () => {
    const r = manyFailures(45)
    const { lines, omitted } = renderAnnotations(r)
    const levels = lines.map(l => decodeCommand(l).command)
    expect(levels).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice')
    ])
    expect(omitted).toEqual({ error: 5, warning: 5, notice: 5 })
  })

  test('unknowns warn in PR mode and keep severity in release mode; pass, waived and n/a are not annotated', () => {
    const pr = renderAnnotations(mixedReport()).lines.map(decodeCommand)
    expect(pr.map(d => `${d.command} ${d.props.title!.split(' ')[0]}`)).toEqual([
      'error AZMP-DSK-001',
      'warning AZMP-LNX-014',
      'warning AZMP-LNX-001',
      'notice AZMP-LNX-011'
    ])
    const rel = renderAnnotations(mixedReport({ mode: 'release' })).lines.map(decodeCommand)
    expect(rel.map(d => d.command)).toEqual(['error', 'error', 'warning', 'notice'])
    expect(pr[0]!.props).toMatchObject({ file: 'packer/ubuntu.pkr.hcl', line: '12', endLine: '14' })
    expect(pr[0]!.message).toMatch(/Fix: Declare exactly one OS disk/)
    expect(pr[2]!.props.file).toBeUndefined()
    expect(pr[2]!.message).toMatch(/Facts not gathered: linux\.agent\.path/)
  })

  test('absolute files are made relative to the workspace; several images are named', () => {
    const r = report([
      image('a', [
        finding({ location: { source: 't', file: '/home/runner/work/r/r/packer/x.pkr.hcl', line: 2 } })
      ]),
      image('b', [finding()])
    ])
    const d = renderAnnotations(r, { workspace: '/home/runner/work/r/r' }).lines.map(decodeCommand)
    expect(d[0]!.props.file).toBe('packer/x.pkr.hcl')
    expect(d.map(x => x.props.title!.endsWith('[a]') || x.props.title!.endsWith('[b]'))).toEqual([true, true])
  })
})
