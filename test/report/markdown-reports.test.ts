/** The sticky comment and the job summary. */
import { VERSION_DOCS_URL } from '../../src/report/links.js'
import { COMMENT_LIMIT, commentMarker, isOurComment, renderComment } from '../../src/report/comment.js'
import { SUMMARY_LIMIT, renderSummary } from '../../src/report/summary.js'
import {
  HOSTILE,
  finding,
  hostileReport,
  image,
  manyFailures,
  mixedReport,
  report
} from '../support/report-fixtures.js'

/** Rows of the Markdown tables in a text: every row has the header's number of unescaped pipes. */
function tablesAreWellFormed(md: string): void {
  const lines = md.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\| --- /.test(lines[i]!)) continue
    const cols = (lines[i - 1]!.match(/(?<!\\)\|/g) ?? []).length
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
      expect([j, (lines[j]!.match(/(?<!\\)\|/g) ?? []).length]).toEqual([j, cols])
    }
  }
}

/** The text outside code spans (inside them GitHub shows everything literally: no HTML, no mentions). */
function outsideCode(md: string): string {
  return md.replace(/(?<!\\)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

describe('sticky comment', () => {
  test('marker first, failures first, passes folded in <details>', () => {
    const md = renderComment(mixedReport(), {
      key: 'ubuntu',
      docsUrl: 'https://example.test/docs/rules.md',
      blobUrl: 'https://github.com/o/r/blob/abc'
    })
    const lines = md.split('\n')
    expect(lines[0]).toBe('<!-- vm-image-policy:ubuntu -->')
    expect(isOurComment(md, 'ubuntu')).toBe(true)
    expect(isOurComment(md, 'other')).toBe(false)
    expect(isOurComment(`> ${md}`, 'ubuntu')).toBe(false)
    expect(lines[1]).toMatch(/^### ❌ VM image policy: 1 error, 2 warnings/)
    const dsk = md.indexOf('AZMP-DSK-001')
    const details = md.indexOf('<details>')
    expect(dsk).toBeGreaterThan(0)
    expect(details).toBeGreaterThan(dsk)
    expect(md.indexOf('AZMP-LNX-018')).toBeLessThan(details) // waived is listed with the problems
    expect(md.indexOf('AZMP-DSK-005')).toBeGreaterThan(details) // pass inside details
    expect(md).toContain('[AZMP-DSK-001](https://example.test/docs/rules.md#azmp-dsk-001)')
    expect(md).toContain('(https://github.com/o/r/blob/abc/packer/ubuntu.pkr.hcl#L12-L14)')
    expect(md).toContain('<summary>✅ 1 passed · ➖ 1 not applicable</summary>')
    tablesAreWellFormed(md)
  })

  test('a passing report says so', () => {
    const md = renderComment(report([image('a', [finding({ status: 'pass' })])]))
    expect(md).toMatch(/### ✅ VM image policy: passed/)
    expect(md).toContain('No failures.')
  })

  test('hostile facts are inert', () => {
    const md = renderComment(hostileReport(), { key: 'k' })
    const text = outsideCode(md)
    expect(text.match(/<!--/g)).toHaveLength(1) // only our marker
    expect(text).not.toMatch(/<img/i)
    expect(text).not.toMatch(/@octocat/)
    expect(md).not.toMatch(/^::/m)
    tablesAreWellFormed(md)
  })

  test('too long: passes dropped, then rows; ≤ 65,536 characters, pointing to the job summary', () => {
    const long = 'x'.repeat(500)
    const r = manyFailures(400, { message: long })
    const md = renderComment(r, { key: 'big', summaryUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(md.startsWith(commentMarker('big') + '\n')).toBe(true)
    expect(md).toMatch(
      /…and \d+ more findings not shown here .*\[job summary\]\(https:\/\/github.com\/o\/r\/actions\/runs\/1\)/
    )
    tablesAreWellFormed(md)
    const small = renderComment(r, { maxLength: 3000 })
    expect(small.length).toBeLessThanOrEqual(3000)
  })
})

describe('job summary', () => {
  test('every rule for every image, grouped by area, with icons, guide and doc links', () => {
    const md = renderSummary(mixedReport(), { docsUrl: 'docs/rules.md' })
    const disks = md.indexOf('#### Disks and VHDs')
    const linux = md.indexOf('#### Linux')
    const windows = md.indexOf('#### Windows')
    expect(disks).toBeGreaterThan(0)
    expect(linux).toBeGreaterThan(disks)
    expect(windows).toBeGreaterThan(linux)
    for (const id of [
      'AZMP-DSK-001',
      'AZMP-DSK-005',
      'AZMP-LNX-001',
      'AZMP-LNX-011',
      'AZMP-LNX-014',
      'AZMP-LNX-018',
      'AZMP-WIN-001'
    ])
      // A relative docs URL is never used (it breaks in the user's repository): the version's docs are.
      expect(md).toContain(`[${id}](${VERSION_DOCS_URL}#${id.toLowerCase()})`)
    expect(md).toMatch(/\| ❌ \| \[AZMP-DSK-001\].*\| failed \(error\) \|/)
    expect(md).toMatch(/\| ✅ \| \[AZMP-DSK-005\].*\| passed \|/)
    expect(md).toMatch(/\| 🔕 \| \[AZMP-LNX-018\].*\*\*Waived\*\* until 2026-06-30/)
    // The unknown is grouped by what is missing; its rule listed (collapsed) with the facts not gathered.
    expect(md).toContain("- ❔ AZMP-LNX-001 needs the Linux probe's output")
    expect(md).toMatch(
      /^ {2}- \[AZMP-LNX-001\]\(.*\) Azure Linux Agent installed — not gathered: `linux.agent.path`$/m
    )
    expect(md).toContain('| §2.6 |')
    tablesAreWellFormed(md)
  })

  test('several images get an overview table', () => {
    const md = renderSummary(report([image('a', [finding()]), image('b', [finding({ status: 'pass' })])]))
    expect(md).toContain('| a | 1 | 0 | 0 | 0 | 0 |')
    expect(md).toContain('| b | 0 | 0 | 0 | 1 | 0 |')
  })

  test('hostile facts are inert', () => {
    const md = renderSummary(hostileReport())
    const text = outsideCode(md)
    expect(text).not.toMatch(/<img/i)
    expect(text).not.toContain('<!--')
    expect(text).not.toMatch(/@octocat/)
    expect(md).toContain(escapeForSearch(HOSTILE))
    tablesAreWellFormed(md)
  })

  test('at most 1 MiB, cut at a row with a note', () => {
    const r = manyFailures(3000, { message: 'y'.repeat(400) })
    const md = renderSummary(r)
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(md).toMatch(/more lines of the report cut: the job summary is limited to 1048576 bytes/)
    tablesAreWellFormed(md)
  })
})

/** A fragment that must appear after escaping: the @mention with its zero-width joiner. */
function escapeForSearch(_s: string): string {
  return '@\u200doctocat'
}
