import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_CONFIG, loadConfig, parseConfig } from '../../src/config/load.js'
import { tmpDir, writeConfig } from './support.js'

const dir = tmpDir()

function problem(text: string): string {
  try {
    parseConfig(text, 'cfg.yml', dir)
  } catch (e) {
    expect((e as Error).name).toBe('UserError')
    expect((e as Error).message).not.toMatch(/\n/)
    return (e as Error).message
  }
  throw new Error('expected a configuration error')
}

describe('configuration file: parsing and validation', () => {
  it('reads every key', () => {
    fs.mkdirSync(path.join(dir, 'rego'), { recursive: true })
    const cfg = parseConfig(
      [
        'profile: current',
        'fail-on: warning',
        'unknown: {pr: fail, release: warn}',
        'thresholds:',
        '  disks: {linux_os_min_gb: 20}',
        'severity:',
        '  AZMP-DSK-008: warning',
        'waivers:',
        '  - rule: AZMP-DSK-002',
        '    images: ["web-*"]',
        '    skus: [gen2]',
        '    reason: approved',
        '    expires: 2027-01-31',
        '    ticket: CASE-1',
        'policies: [rego]'
      ].join('\n'),
      'cfg.yml',
      dir
    )
    expect(cfg.profile).toBe('current')
    expect(cfg.failOn).toBe('warning')
    expect(cfg.unknown).toEqual({ pr: 'fail', release: 'warn' })
    expect(cfg.thresholds).toEqual({ disks: { linux_os_min_gb: 20 } })
    expect(cfg.severity).toEqual({ 'AZMP-DSK-008': 'warning' })
    expect(cfg.waivers).toEqual([
      {
        index: 0,
        rule: 'AZMP-DSK-002',
        images: ['web-*'],
        skus: ['gen2'],
        reason: 'approved',
        expires: '2027-01-31',
        ticket: 'CASE-1'
      }
    ])
    expect(cfg.policies).toEqual([path.join(dir, 'rego')])
    expect(cfg.where(['waivers', 0, 'expires'])).toBe('cfg.yml:13:14')
  })

  it('an empty file is an empty configuration', () => {
    const cfg = parseConfig('# nothing yet\n', 'cfg.yml', dir)
    expect(cfg.waivers).toEqual([])
    expect(cfg.profile).toBeUndefined()
  })

  it('unknown keys: file:line:col, key path and the known keys', () => {
    expect(problem('profile: guide\ncolour: blue\n')).toBe(
      'cfg.yml:2:1: colour is not a known key (known: profile, fail-on, unknown, thresholds, severity, waivers, policies)'
    )
    expect(
      problem('waivers:\n  - rule: AZMP-DSK-002\n    reason: r\n    expires: 2027-01-01\n    image: [x]\n')
    ).toMatch(/^cfg\.yml:5:5: waivers\[0\]\.image is not a known key \(known: rule, images, skus/)
    expect(problem('unknown: {pr: warn, push: fail}\n')).toMatch(
      /^cfg\.yml:1:21: unknown\.push is not a known key/
    )
  })

  it('wrong types and values', () => {
    expect(problem('profile: [guide]\n')).toBe('cfg.yml:1:10: profile must be a string; got a list')
    expect(problem('fail-on: critical\n')).toBe(
      'cfg.yml:1:10: fail-on must be one of error, warning, notice, never; got "critical"'
    )
    expect(problem('unknown: {pr: maybe}\n')).toBe(
      'cfg.yml:1:15: unknown.pr must be one of warn, fail; got "maybe"'
    )
    expect(problem('severity:\n  AZMP-DSK-001: fatal\n')).toBe(
      'cfg.yml:2:17: severity.AZMP-DSK-001 must be one of error, warning, notice; got "fatal"'
    )
    expect(problem('thresholds:\n  disks: 5\n')).toBe(
      'cfg.yml:2:10: thresholds.disks must be a mapping; got "5"'
    )
    // A mapping key that looks like a number stays a key (it was shown as a list index, [123]).
    expect(problem('thresholds:\n  "123": 5\n')).toBe(
      'cfg.yml:2:10: thresholds.123 must be a mapping; got "5"'
    )
    expect(problem('thresholds:\n  disks: {a: {b: 1}}\n')).toMatch(
      /^cfg\.yml:2:14: thresholds\.disks\.a must be a number, a string, true or false, a list or empty; got a mapping/
    )
    expect(problem('waivers: {rule: x}\n')).toBe('cfg.yml:1:10: waivers must be a list; got a mapping')
    expect(problem('policies: rego\n')).toBe('cfg.yml:1:11: policies must be a list; got "rego"')
    expect(problem('- a\n- b\n')).toBe('cfg.yml:1:1: (document) must be a mapping; got a list')
  })

  it('waivers need a rule, a reason and an expiry date', () => {
    expect(problem('waivers:\n  - rule: AZMP-DSK-002\n    expires: 2027-01-01\n')).toBe(
      'cfg.yml:2:5: waivers[0].reason is required'
    )
    expect(problem('waivers:\n  - rule: AZMP-DSK-002\n    reason: approved\n')).toBe(
      'cfg.yml:2:5: waivers[0].expires is required'
    )
    expect(problem('waivers:\n  - reason: r\n    expires: 2027-01-01\n')).toBe(
      'cfg.yml:2:5: waivers[0].rule is required'
    )
    expect(problem('waivers:\n  - rule: AZMP-DSK-002\n    reason: "  "\n    expires: 2027-01-01\n')).toMatch(
      /^cfg\.yml:3:13: waivers\[0\]\.reason must not be empty or blank/
    )
    expect(problem('waivers:\n  - rule: AZMP-DSK-002\n    reason: r\n    expires: next year\n')).toBe(
      'cfg.yml:4:14: waivers[0].expires must be a date YYYY-MM-DD; got "next year"'
    )
    expect(problem('waivers:\n  - rule: AZMP-DSK-002\n    reason: r\n    expires: 2027-02-30\n')).toBe(
      'cfg.yml:4:14: waivers[0].expires is not a calendar date: "2027-02-30"'
    )
    expect(
      problem('waivers:\n  - rule: AZMP-DSK-002\n    reason: r\n    expires: 2027-01-01\n    images: []\n')
    ).toBe('cfg.yml:5:13: waivers[0].images must not be empty')
  })

  it('several problems: the first by position, and how many more', () => {
    expect(problem('fail-on: x\nprofile: 3\n')).toBe(
      'cfg.yml:1:10: fail-on must be one of error, warning, notice, never; got "x" (and 1 more problem)'
    )
  })

  it('YAML syntax errors and duplicate keys have their position', () => {
    expect(problem('profile: guide\n  fail-on: [error\n')).toMatch(/^cfg\.yml:\d+:\d+: YAML: /)
    expect(problem('profile: guide\nprofile: current\n')).toMatch(
      /^cfg\.yml:2:1: YAML: Map keys must be unique/
    )
  })

  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'waivers: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'
    ].join('\n')
    expect(problem(bomb)).toMatch(/^cfg\.yml:2:8: b\[0\] uses YAML aliases that expand too much/)
  })

  it('a few plain aliases are fine', () => {
    const cfg = parseConfig(
      [
        'waivers:',
        '  - {rule: AZMP-DSK-002, images: &web ["web-*"], reason: r, expires: 2027-01-01}',
        '  - {rule: AZMP-DSK-004, images: *web, reason: r, expires: 2027-01-01}'
      ].join('\n'),
      'cfg.yml',
      dir
    )
    expect(cfg.waivers[1]?.images).toEqual(['web-*'])
  })

  it('refuses a 10 MB file before parsing it', () => {
    const f = writeConfig(
      dir,
      `waivers:\n${'  # padding padding padding padding padding padding padding\n'.repeat(170_000)}`,
      'big.yml'
    )
    expect(fs.statSync(f).size).toBeGreaterThan(10_000_000)
    expect(() => loadConfig(f)).toThrow(
      /big\.yml:1:1: \(document\) is \d+\.\d MiB; a configuration file may be at most 1 MiB/
    )
  })

  it('policies that do not exist are an error at their position', () => {
    expect(problem('policies:\n  - nowhere/\n')).toMatch(
      /^cfg\.yml:2:5: policies\[0\] "nowhere\/" does not exist/
    )
  })

  it('default file: used when present, none when absent; an explicit missing file is an error', () => {
    const repo = tmpDir()
    expect(loadConfig(undefined, repo)).toBeUndefined()
    expect(() => loadConfig('nope.yml', repo)).toThrow('configuration file nope.yml: not found')
    fs.mkdirSync(path.join(repo, '.github'))
    fs.mkdirSync(path.join(repo, 'rego'))
    fs.writeFileSync(path.join(repo, DEFAULT_CONFIG), 'profile: current\npolicies: [rego]\n')
    const cfg = loadConfig(undefined, repo)
    expect(cfg?.profile).toBe('current')
    // Paths in .github/vm-image-policy.yml are relative to the repository root.
    expect(cfg?.policies).toEqual([path.join(repo, 'rego')])
  })
})
