import fs from 'node:fs'
import path from 'node:path'
import { NOW, cli, findingOf, smallDiskManifest, tmpDir, writeConfig } from './support.js'

const dir = tmpDir()
const manifest = smallDiskManifest(dir)
const waiver = (extra = '') =>
  `waivers:\n  - rule: AZMP-DSK-002\n    reason: approved by Marketplace case 42\n    expires: 2027-06-30\n${extra}`

async function check(config: string | undefined, more: string[] = []) {
  const args = ['check', '--manifest', manifest, '--format', 'json', ...NOW, ...more]
  if (config !== undefined) args.push('--config', writeConfig(dir, config, `c${Math.random()}.yml`))
  return cli(args)
}

describe('configuration applied to a run', () => {
  it('without configuration the small OS disk fails the run', async () => {
    const r = await check(undefined)
    expect(r.code).toBe(1)
    expect(findingOf(r.stdout, 'AZMP-DSK-002')).toMatchObject({ status: 'fail', severity: 'error' })
  })

  it('a matching waiver: status waived with reason, expiry and ticket; the run passes', async () => {
    const r = await check(waiver('    ticket: CASE-42\n    images: ["debian-*"]\n'))
    expect(r.code).toBe(0)
    const f = findingOf(r.stdout, 'AZMP-DSK-002')
    expect(f.status).toBe('waived')
    expect(f.message).toMatch(/OS disk is 20 GB/)
    expect(f.waiver).toEqual({
      reason: 'approved by Marketplace case 42',
      expires: '2027-06-30',
      ticket: 'CASE-42'
    })
    expect(JSON.parse(r.stdout).summary.waived).toBe(1)
    expect(r.stderr).toBe('')
  })

  it('a waiver whose image glob or SKU does not match waives nothing and is stale', async () => {
    const r = await check(waiver('    images: ["rhel-*"]\n'))
    expect(r.code).toBe(1)
    expect(findingOf(r.stdout, 'AZMP-DSK-002').status).toBe('fail')
    expect(r.stderr).toMatch(
      /note: .*c[0-9.]+\.yml:2:5: waiver for AZMP-DSK-002 \(images rhel-\*\) is stale: it matched no failing or unknown finding/
    )
    const s = await check(waiver('    skus: ["premium-*"]\n'))
    expect(findingOf(s.stdout, 'AZMP-DSK-002').status).toBe('fail')
    const t = await check(waiver('    skus: ["standard-*"]\n'))
    expect(findingOf(t.stdout, 'AZMP-DSK-002').status).toBe('waived')
  })

  it('a waiver for a rule that passes is stale', async () => {
    const r = await check(`waivers:\n  - rule: AZMP-DSK-001\n    reason: r\n    expires: 2027-01-01\n`)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/waiver for AZMP-DSK-001 is stale/)
  })

  it('an expired waiver (relative to --now) no longer waives and the finding says when it expired', async () => {
    const r = await check(waiver(), ['--now', '2027-06-30T00:00:00Z'])
    expect(r.code).toBe(1)
    const f = findingOf(r.stdout, 'AZMP-DSK-002')
    expect(f.status).toBe('fail')
    expect(f.waiver).toBeUndefined()
    expect(f.message).toMatch(
      /; the waiver \(approved by Marketplace case 42\) expired on 2027-06-30, so this finding is no longer waived$/
    )
    const before = await check(waiver(), ['--now', '2027-06-29T23:59:59Z'])
    expect(findingOf(before.stdout, 'AZMP-DSK-002').status).toBe('waived')
  })

  it('a waiver expiring within 14 days gives a notice; 15 days ahead it does not', async () => {
    const r = await check(waiver(), ['--now', '2027-06-20T08:00:00Z'])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /note: .*:2:5: waiver for AZMP-DSK-002: the waiver \(approved by Marketplace case 42\) expires on 2027-06-30, in 10 days \(debian-12-gen2\)/
    )
    const later = await check(waiver(), ['--now', '2027-06-15T08:00:00Z'])
    expect(later.stderr).toBe('')
  })

  it('malformed waivers stop the run with exit 2 and file:line', async () => {
    const unknownRule = await check(
      `waivers:\n  - rule: AZMP-DSK-999\n    reason: r\n    expires: 2027-01-01\n`
    )
    expect(unknownRule.code).toBe(2)
    expect(unknownRule.stderr).toMatch(
      /^vm-image-policy: error: .*\.yml:2:11: waivers\[0\]\.rule "AZMP-DSK-999" is not a rule ID; list them with: vm-image-policy rules\n$/
    )
    expect(unknownRule.stdout).toBe('')
    const lower = await check(`waivers:\n  - rule: azmp-dsk-002\n    reason: r\n    expires: 2027-01-01\n`)
    expect(lower.stderr).toMatch(/is not a rule ID \(did you mean AZMP-DSK-002\?\)/)
    const noReason = await check(`waivers:\n  - rule: AZMP-DSK-002\n    expires: 2027-01-01\n`)
    expect(noReason.code).toBe(2)
    expect(noReason.stderr).toMatch(/\.yml:2:5: waivers\[0\]\.reason is required/)
    const noExpiry = await check(`waivers:\n  - rule: AZMP-DSK-002\n    reason: r\n`)
    expect(noExpiry.code).toBe(2)
    expect(noExpiry.stderr).toMatch(/\.yml:2:5: waivers\[0\]\.expires is required/)
  })

  it('a severity override from error to warning changes the exit code', async () => {
    const r = await check('severity:\n  AZMP-DSK-002: warning\n')
    expect(r.code).toBe(0)
    expect(findingOf(r.stdout, 'AZMP-DSK-002')).toMatchObject({ status: 'fail', severity: 'warning' })
    // ... and fails again at fail-on warning, from the flag or from the file.
    expect((await check('severity:\n  AZMP-DSK-002: warning\n', ['--fail-on', 'warning'])).code).toBe(1)
    expect((await check('fail-on: warning\nseverity:\n  AZMP-DSK-002: warning\n')).code).toBe(1)
    const bad = await check('severity:\n  NOPE-001: warning\n')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/\.yml:2:13: severity\.NOPE-001 "NOPE-001" is not a rule ID/)
  })

  it('a threshold override changes the verdict', async () => {
    // Below the minimum is an error; below the recommended minimum only a warning.
    const r = await check('thresholds:\n  disks:\n    linux_os_min_gb: 16\n')
    expect(r.code).toBe(0)
    expect(findingOf(r.stdout, 'AZMP-DSK-002')).toMatchObject({ status: 'fail', severity: 'warning' })
    const both = await check(
      'thresholds:\n  disks:\n    linux_os_min_gb: 16\n    linux_os_recommended_min_gb: 20\n'
    )
    expect(both.code).toBe(0)
    expect(findingOf(both.stdout, 'AZMP-DSK-002').status).toBe('pass')
    const unknownKey = await check('thresholds:\n  disks:\n    linux_os_min_size: 16\n')
    expect(unknownKey.code).toBe(2)
    expect(unknownKey.stderr).toMatch(
      /\.yml:3:24: thresholds\.disks\.linux_os_min_size is not a threshold of profile "guide"/
    )
    const wrongType = await check('thresholds:\n  disks:\n    linux_os_min_gb: "16"\n')
    expect(wrongType.code).toBe(2)
    expect(wrongType.stderr).toMatch(
      /\.yml:3:22: thresholds\.disks\.linux_os_min_gb must be a number like the profile's value; got string/
    )
    const area = await check('thresholds:\n  disk:\n    linux_os_min_gb: 16\n')
    expect(area.stderr).toMatch(/\.yml:3:5: thresholds\.disk is not a threshold area; areas: disks,/)
    // A null threshold in the profile ("no limit") accepts a number.
    const max = await check('thresholds:\n  disks:\n    linux_os_max_gb: 10\n    linux_os_min_gb: 5\n')
    expect(findingOf(max.stdout, 'AZMP-DSK-002')).toMatchObject({ status: 'fail' })
    expect(findingOf(max.stdout, 'AZMP-DSK-002').message).toMatch(/10 GB/)
  })

  it('profile from the file; the --profile flag overrides it; an unknown profile is an error at its line', async () => {
    const r = await check('profile: current\n')
    expect(JSON.parse(r.stdout).profile).toBe('current')
    const flag = await check('profile: current\n', ['--profile', 'guide'])
    expect(JSON.parse(flag.stdout).profile).toBe('guide')
    const bad = await check('fail-on: error\nprofile: newest\n')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/\.yml:2:10: profile "newest" does not exist; profiles: current, guide/)
  })

  it('fail-on from the file; the --fail-on flag overrides it', async () => {
    expect((await check('fail-on: never\n')).code).toBe(0)
    expect((await check('fail-on: never\n', ['--fail-on', 'error'])).code).toBe(1)
  })

  it('unknown: per mode', async () => {
    // The compliant example has unknown findings (no probe): they warn in pr mode unless configured to fail.
    const compliant = [
      'check',
      '--manifest',
      'examples/compliant/packer-manifest.json',
      '--format',
      'json',
      ...NOW
    ]
    expect((await cli(compliant)).code).toBe(0)
    const f = writeConfig(dir, 'unknown:\n  pr: fail\n', 'unknown.yml')
    const r = await cli([...compliant, '--config', f])
    expect(r.code).toBe(1)
    const rel = writeConfig(dir, 'unknown:\n  release: warn\n', 'unknown-rel.yml')
    const ok = await cli([...compliant, '--mode', 'release', '--config', rel])
    expect(JSON.parse(ok.stdout).summary.unknown).toBeGreaterThan(0)
    expect(ok.code).not.toBe(2)
  })

  it('no partial application: a valid waiver beside a bad key applies nothing and writes no report', async () => {
    const out = path.join(dir, 'partial.json')
    const r = await check(`${waiver()}colour: blue\n`, ['--output', out])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.yml:5:1: colour is not a known key/)
    expect(fs.existsSync(out)).toBe(false)
    expect(r.stdout).toBe('')
  })

  it('waived findings in SARIF (suppression), JUnit (skipped) and Markdown', async () => {
    const sarif = JSON.parse((await check(waiver(), ['--format', 'sarif'])).stdout)
    const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'AZMP-DSK-002')
    expect(res.suppressions[0]).toMatchObject({
      kind: 'external',
      justification: expect.stringMatching(/approved by Marketplace case 42.*2027-06-30/)
    })
    const junit = (await check(waiver(), ['--format', 'junit'])).stdout
    expect(junit).toMatch(/waived until 2027-06-30: approved by Marketplace case 42/)
    const md = (await check(waiver(), ['--format', 'markdown'])).stdout
    expect(md).toMatch(/Waived\*\* until 2027-06-30: approved by Marketplace case 42/)
  })
})
