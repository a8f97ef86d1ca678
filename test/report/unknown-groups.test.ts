/** Unknowns grouped by what is missing: one line per source per image, collapsed in the comment. */
import { renderComment } from '../../src/report/comment.js'
import { groupUnknowns, unknownGroupText } from '../../src/report/present.js'
import { finding, mixedReport } from '../support/report-fixtures.js'

test('one group per missing source; the most specific fact decides (linux.* over os.type)', () => {
  const u = (rule: string, missing: string[], area = 'linux') =>
    finding({ rule, status: 'unknown', area, missing, location: undefined })
  const groups = groupUnknowns([
    u('AZMP-LNX-001', ['linux.waagent.installed', 'os.type']),
    u('AZMP-LNX-002', ['linux.python.present']),
    u('AZMP-SAS-001', ['sas'], 'sas'),
    u('AZMP-X-1', ['custom.thing'], 'custom')
  ])
  expect(groups.map(unknownGroupText)).toEqual([
    "2 Linux rules need the Linux probe's output: run probes/linux/probe.sh (vm-image-policy probe), see docs/linux-probe.md",
    '1 SAS URIs rule needs the SAS URIs: give --sas os=URL (input sas-uris)',
    expect.stringMatching(/^AZMP-X-1 not evaluated: /)
  ])
})

test('the comment lists unknowns that do not fail the run in a collapsed group, not one row each', () => {
  const pr = renderComment(mixedReport())
  expect(pr).toContain('<details><summary>❔ 1 not evaluated (facts missing)</summary>')
  expect(pr).not.toMatch(/^\| ❔ \| \[AZMP-LNX-001\]/m)
  // Release mode: the unknown fails the run, so it is a row of its own.
  const rel = renderComment(mixedReport({ mode: 'release' }))
  expect(rel).toMatch(/^\| ❓ \| \[AZMP-LNX-001\]/m)
  expect(rel).not.toContain('not evaluated (facts missing)')
})
