/**
 * Differential test: our template evaluation against real Packer (v1.11.2), case by case, zero differences.
 * Where we cannot evaluate, the value must be unresolved (the rule reports unknown), never different; a
 * template Packer rejects we reject too. The recorded answers (cases/X/expected.json) are compared always;
 * when .tools/bin/packer exists (CI builds it: scripts/install-packer.sh) every case is also re-recorded live
 * and compared. Record: VMIP_PACKER_RECORD=1 npm test -- test/template/packer-diff
 */
import fs from 'node:fs'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import {
  CASES,
  cleanup,
  compare,
  listCases,
  ours,
  PACKER,
  record,
  spec,
  type Expected
} from './packer-diff/harness.js'

const cases = listCases()
afterAll(() => cleanup())
const recording = process.env.VMIP_PACKER_RECORD === '1'
const live = requireReal('Packer (.tools/bin/packer; scripts/install-packer.sh)', fs.existsSync(PACKER))

test('the corpus has at least 40 cases, HCL2 and legacy JSON', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40)
  expect(cases.filter(c => spec(path.join(CASES, c)).mode === 'json').length).toBeGreaterThan(0)
})

describe.each(cases)('%s', name => {
  const dir = path.join(CASES, name)
  const expFile = path.join(dir, 'expected.json')

  test('agrees with the recorded Packer answer', async () => {
    const mine = await ours(dir)
    if (recording) {
      const exp = record(dir, mine)
      fs.writeFileSync(expFile, `${JSON.stringify(exp, null, 2)}\n`)
    }
    expect(fs.existsSync(expFile)).toBe(true)
    const exp = JSON.parse(fs.readFileSync(expFile, 'utf8')) as Expected
    expect(compare(mine, exp, spec(dir).mode).diffs).toEqual([])
  })

  const liveTest = live && !recording ? test : test.skip
  liveTest(
    'agrees with Packer run now',
    async () => {
      const mine = await ours(dir)
      expect(compare(mine, record(dir, mine), spec(dir).mode).diffs).toEqual([])
      // One `packer console` per value, in series: minutes on a loaded 2-core runner, not jest's default 60 s.
    },
    600_000
  )
})
