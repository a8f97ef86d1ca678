import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { repoRoot, runCli } from '../support/run-cli.js'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-cli-'))
const NOW = ['--now', '2026-11-25T12:00:00Z']

describe('bundled CLI (dist/cli.js), no install', () => {
  it('prints --version and --help', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version)
    const h = runCli(['--help'])
    expect(h.code).toBe(0)
    expect(h.stdout).toMatch(/vm-image-policy check/)
  })

  it('hands every byte to a pipe before it leaves (it exits at once only when stdout and stderr are empty)', () => {
    // The README example, every finding of both images as JSON: 87 KB through a pipe, parsed whole.
    const args = [
      'check',
      '--manifest',
      'examples/failing/packer-manifest.json',
      '--facts',
      'examples/failing/linux.facts.json'
    ]
    const r = runCli([...args, '--format', 'json', '--all', ...NOW])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as { images: Array<{ findings: unknown[] }> }
    expect(report.images.map(i => i.findings.length)).toEqual([64, 64])
    // --quiet: nothing on either stream, the verdict in the exit status.
    expect(runCli([...args, '--quiet', ...NOW])).toEqual({ code: 1, stdout: '', stderr: '' })
  })

  it('passes the compliant example (exit 0)', () => {
    const r = runCli(['check', '--manifest', 'examples/compliant/packer-manifest.json', ...NOW])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // The manifest alone leaves most rules unjudged: no failures, but not a PASS.
    expect(r.stdout).toMatch(/Result: no failures; 42 rules not evaluated \(9 judged\)/)
    // With the probe's facts and the ledger (README) it is a PASS.
    const full = runCli([
      'check',
      '--manifest',
      'examples/compliant/packer-manifest.json',
      '--facts',
      'examples/compliant/linux.facts.json',
      '--ledger',
      'examples/compliant/skus.yml',
      ...NOW
    ])
    expect(full.code).toBe(0)
    expect(full.stdout).toMatch(/Result: PASS/)
  })

  it('fails the failing example (exit 1) and names the failing rules', () => {
    const r = runCli(['check', '--manifest', 'examples/failing/packer-manifest.json', ...NOW])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/✗ FAIL\s+AZMP-DSK-\d{3}/)
    expect(r.stdout).toMatch(/Result: FAIL/)
  })

  it('README: the compliant example with probe facts and ledger passes; the failing one points at the line', () => {
    const ok = runCli([
      'check',
      '--manifest',
      'examples/compliant/packer-manifest.json',
      '--facts',
      'examples/compliant/linux.facts.json',
      '--ledger',
      'examples/compliant/skus.yml',
      ...NOW
    ])
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.stdout).not.toMatch(/FAIL/)
    const bad = runCli([
      'check',
      '--manifest',
      'examples/failing/packer-manifest.json',
      '--facts',
      'examples/failing/linux.facts.json',
      ...NOW
    ])
    expect(bad.code).toBe(1)
    // Messages wrap at 100 columns: compare with the line breaks joined.
    expect(bad.stdout.replace(/\s*\n\s*/g, ' ')).toContain(
      'ClientAliveInterval is 600 in /etc/ssh/sshd_config.d/50-azure.conf:2; the guide accepts 30–235 and recommends 180 (§2.6)'
    )
  })

  it('default terminal report: failures, one line per group of unknowns, counts; at most 100 columns', () => {
    const r = runCli([
      'check',
      '--manifest',
      'examples/failing/packer-manifest.json',
      '--facts',
      'examples/failing/linux.facts.json',
      ...NOW
    ])
    const lines = r.stdout.trimEnd().split('\n')
    for (const l of lines) expect([l, l.length <= 100]).toEqual([l, true])
    // The Windows-declared image is not held to the Linux rules (applicability from the declared OS).
    const win = r.stdout.slice(0, r.stdout.indexOf('debian-12-legacy'))
    expect(win).toMatch(/\? 5 Windows rules need the Windows probe's output: run probes\/windows\/probe\.ps1/)
    expect(win).not.toMatch(/Linux probe|AZMP-LNX/)
    expect(r.stdout).toMatch(/\? 7 Linux rules need the Linux probe's output: run probes\/linux\/probe\.sh/)
    expect(r.stdout).not.toMatch(/\? unknown/)
    expect(lines.at(-1)).toMatch(/^Result: FAIL/)
    // --all lists every rule.
    const all = runCli(['check', '--all', '--manifest', 'examples/failing/packer-manifest.json', ...NOW])
    expect(all.stdout).toMatch(/- n\/a +AZMP-LNX-001 /)
    expect(all.stdout).toMatch(/\? unknown +AZMP-WIN-001 /)
    // Nothing judged: the last line says so, never PASS.
    const none = runCli(['check', '--sas', 'os=https://a.invalid/x.vhd', '--no-network-checks', ...NOW])
    expect(none.stdout.trimEnd().split('\n').at(-1)).not.toMatch(/PASS/)
  })

  it('--help for each subcommand', () => {
    for (const cmd of ['check', 'rules', 'compile', 'probe']) {
      const h = runCli([cmd, '--help'])
      expect([cmd, h.code]).toEqual([cmd, 0])
      expect(h.stdout).toMatch(new RegExp(`^Usage: vm-image-policy ${cmd}`))
    }
    expect(runCli(['check', '--help']).stdout).toContain('--fail-on LEVEL')
  })

  it('--template: findings from a Packer template point at its lines', () => {
    const r = runCli(['check', '--template', 'examples/templates/failing', '--format', 'json', ...NOW])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    const dsk = JSON.parse(r.stdout).images[0].findings.find((f: any) => f.rule === 'AZMP-DSK-002')
    expect(dsk).toMatchObject({
      status: 'fail',
      location: { source: 'template', file: 'examples/templates/failing/ubuntu.pkr.hcl', line: 20 }
    })
  })

  it('writes a JSON report that validates against schemas/report.schema.json', () => {
    const out = path.join(tmp, 'r.json')
    const r = runCli([
      'check',
      '--manifest',
      'examples/failing/packer-manifest.json',
      '--format',
      'json',
      '--output',
      out,
      ...NOW
    ])
    expect(r.code).toBe(1)
    const report = JSON.parse(fs.readFileSync(out, 'utf8'))
    const ajv = new Ajv({ allErrors: true })
    addFormats.default(ajv)
    const validate = ajv.compile(
      JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas/report.schema.json'), 'utf8'))
    )
    expect(validate.errors ?? validate(report)).toBe(true)
    expect(report.generated_at).toBe('2026-11-25T12:00:00.000Z')
    const rules = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist/rules.json'), 'utf8')) as {
      id: string
    }[]
    for (const img of report.images)
      expect(img.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(rules.map(r => r.id).sort())
  })

  it.each([
    [['check'], /nothing to check/],
    [['check', '--bogus'], /unknown option --bogus; see --help/],
    [['check', '--manfest', 'x'], /unknown option --manfest; did you mean --manifest\?/],
    [['chek'], /unknown command "chek"; did you mean "check"\?/],
    [
      ['check', '--manifest', 'examples/compliant/packer-manifest.json', '--mode', 'ship'],
      /--mode must be one of pr, release/
    ],
    [
      ['check', '--manifest', 'examples/compliant/packer-manifest.json', '--now', 'yesterday'],
      /--now must be an RFC 3339 time/
    ],
    [
      ['check', '--manifest', 'examples/compliant/packer-manifest.json', '--profile', 'strict'],
      /unknown profile "strict"/
    ],
    [['frobnicate'], /unknown command "frobnicate"/]
  ])('usage errors exit 2 with one line: %j', (args, re) => {
    const r = runCli(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(re)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it.each([
    [
      'truncated',
      '{"schema_version": 1, "os": {',
      /f\.json:1:30: invalid JSON in facts file: unexpected end of input/
    ],
    [
      'wrong type',
      '{"schema_version": 1, "disks": {"os": {"size_gb": "30"}}}',
      /disks\.os\.size_gb must be number/
    ],
    ['unknown fact', '{"schema_version": 1, "disk": {}}', /disk is not a known fact/],
    ['newer schema', '{"schema_version": 2}', /schema_version 2 is not supported/],
    ['a manifest', '{"builds": []}', /not a facts document/]
  ])('bad facts file (%s) exits 2 with one line', (_n, body, re) => {
    const f = path.join(tmp, 'f.json')
    fs.writeFileSync(f, body)
    const r = runCli(['check', '--facts', f])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(re)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('never prints a control character from a hostile build name', () => {
    const f = path.join(tmp, 'hostile.json')
    fs.writeFileSync(
      f,
      JSON.stringify({
        builds: [
          {
            name: 'img\n::error file=x::injected\u001b[2J',
            builder_type: 'azure-arm',
            custom_data: { os_type: 'Linux' }
          }
        ]
      })
    )
    const r = runCli(['check', '--manifest', f, ...NOW])
    expect(r.stdout).not.toMatch(/^::/m)
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).toContain('img\\n::error file=x::injected\\u001b[2J')
  })

  it('reports unknown (never pass) for rules whose facts are absent, and fails closed in release mode', () => {
    const f = path.join(tmp, 'empty-facts.json')
    fs.writeFileSync(f, JSON.stringify({ schema_version: 1, image: { name: 'bare' } }))
    const pr = runCli(['check', '--facts', f, '--format', 'json', ...NOW])
    const report = JSON.parse(pr.stdout)
    expect(report.summary.pass).toBe(0)
    expect(report.summary.unknown).toBeGreaterThan(0)
    expect(pr.code).toBe(0)
    expect(runCli(['check', '--facts', f, '--mode', 'release', ...NOW]).code).toBe(1)
  })
})
