import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import { repoRoot, runCli } from '../support/run-cli.js'
import { NOW, cli, findingOf, tmpDir, writeConfig } from './support.js'

// The pinned OPA (scripts/install-opa.sh); custom policies are compiled with it, as on a runner after setup-opa.
const opa = path.join(repoRoot, '.tools/bin/opa')
const haveOpa = requireReal(`pinned opa at ${opa} (run scripts/install-opa.sh)`, fs.existsSync(opa))
const it_ = haveOpa ? it : it.skip
const example = path.join(repoRoot, 'examples/custom-policy')
const dir = tmpDir('vmip-custom-')

function withOpa<T>(
  fn: () => Promise<T>,
  env: { OPA_BIN?: string; PATH?: string } = { OPA_BIN: opa }
): Promise<T> {
  const saved = { OPA_BIN: process.env.OPA_BIN, PATH: process.env.PATH }
  if (env.OPA_BIN === undefined) delete process.env.OPA_BIN
  else process.env.OPA_BIN = env.OPA_BIN
  if (env.PATH !== undefined) process.env.PATH = env.PATH
  return fn().finally(() => {
    if (saved.OPA_BIN === undefined) delete process.env.OPA_BIN
    else process.env.OPA_BIN = saved.OPA_BIN
    process.env.PATH = saved.PATH
  })
}

function customRule(id: string, pkg = 'vmimage.rules.custom.sample'): string {
  return [
    '# METADATA',
    '# title: Sample',
    '# scope: package',
    '# custom:',
    `#   id: ${id}`,
    '#   severity: warning',
    '#   remediation: Fix it.',
    `package ${pkg}`,
    '',
    'deny contains {"msg": "always"}',
    ''
  ].join('\n')
}

function policyConfig(file: string, text: string): string {
  const d = path.join(dir, path.basename(file, '.rego'))
  fs.mkdirSync(d, { recursive: true })
  fs.writeFileSync(path.join(d, path.basename(file)), text)
  return writeConfig(d, `policies: [${path.basename(file)}]\n`)
}

describe('custom Rego policies', () => {
  it_('the worked example passes its own tests with the pinned OPA', () => {
    const out = execFileSync(
      opa,
      ['test', path.join(repoRoot, 'policies'), path.join(example, 'policies'), '-r', 'image_prefix'],
      {
        encoding: 'utf8'
      }
    )
    expect(out).toMatch(/PASS: 3\/3/)
  })

  it_(
    'compiled at check time: the house rule fails like a built-in one, in JSON, SARIF and Markdown',
    async () => {
      const config = path.join(example, '.github/vm-image-policy.yml')
      const manifest = path.join(example, 'packer-manifest.json')
      const r = await withOpa(() =>
        cli(['check', '--config', config, '--manifest', manifest, '--format', 'json', ...NOW])
      )
      expect(r.stderr).toBe('')
      expect(r.code).toBe(1)
      const f = findingOf(r.stdout, 'CONTOSO-001')
      expect(f).toMatchObject({
        status: 'fail',
        severity: 'error',
        path: 'custom.image_prefix',
        area: 'custom'
      })
      expect(f.message).toBe('image "debian-12-gen2" does not start with the team prefix "contoso-"')
      const sarif = JSON.parse(
        (
          await withOpa(() =>
            cli(['check', '--config', config, '--manifest', manifest, '--format', 'sarif', ...NOW])
          )
        ).stdout
      )
      const rules = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)
      expect(rules).toContain('CONTOSO-001')
      expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'CONTOSO-001')).toBe(true)
      const md = (
        await withOpa(() =>
          cli(['check', '--config', config, '--manifest', manifest, '--format', 'markdown', ...NOW])
        )
      ).stdout
      expect(md).toMatch(/CONTOSO-001/)
    }
  )

  it_('custom rules see the configuration: waivers and severity overrides apply to them', async () => {
    const d = path.join(dir, 'waived')
    fs.mkdirSync(d)
    const config = writeConfig(
      d,
      [
        `policies: [${path.join(example, 'policies')}]`,
        'waivers:',
        '  - {rule: CONTOSO-001, images: ["debian-*"], reason: legacy name until the rename, expires: 2027-01-31}'
      ].join('\n')
    )
    const r = await withOpa(() =>
      cli([
        'check',
        '--config',
        config,
        '--manifest',
        path.join(example, 'packer-manifest.json'),
        '--format',
        'json',
        ...NOW
      ])
    )
    expect(findingOf(r.stdout, 'CONTOSO-001')).toMatchObject({
      status: 'waived',
      waiver: { reason: 'legacy name until the rename' }
    })
  })

  it_('a prebuilt bundle (folder or .tar.gz from "compile") works without opa', async () => {
    const bundle = path.join(dir, 'bundle')
    const c = await withOpa(() =>
      cli(['compile', '--policies', path.join(example, 'policies'), '--out', bundle])
    )
    expect(c.code).toBe(0)
    expect(c.stderr).toMatch(/rules \(custom: CONTOSO-001\)/)
    const tgz = path.join(dir, 'bundle.tar.gz')
    execFileSync('tar', ['-czf', tgz, '-C', bundle, '.'])
    for (const b of [bundle, tgz]) {
      const r = await withOpa(
        () =>
          cli([
            'check',
            '--policy-bundle',
            b,
            '--manifest',
            path.join(example, 'packer-manifest.json'),
            '--format',
            'json',
            ...NOW
          ]),
        { PATH: '/nonexistent' }
      )
      expect(r.code).toBe(1)
      expect(findingOf(r.stdout, 'CONTOSO-001').status).toBe('fail')
    }
    const bad = await cli([
      'check',
      '--policy-bundle',
      path.join(dir, 'nothing'),
      '--manifest',
      path.join(example, 'packer-manifest.json')
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/policy bundle .*nothing: not found/)
  })

  it_('the AZMP- prefix is reserved: a custom rule using it is rejected (exit 2, file:line)', async () => {
    const config = policyConfig('steal.rego', customRule('AZMP-XYZ-001'))
    const r = await withOpa(() =>
      cli(['check', '--config', config, '--manifest', path.join(example, 'packer-manifest.json')])
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /steal\.rego:8: rule ID AZMP-XYZ-001: the AZMP- prefix is reserved for built-in rules/
    )
  })

  it_(
    "wrong packages, missing METADATA and compile errors are rejected with the user's file name",
    async () => {
      const outside = policyConfig('outside.rego', customRule('ACME-001', 'vmimage.main'))
      let r = await withOpa(() =>
        cli(['check', '--config', outside, '--manifest', path.join(example, 'packer-manifest.json')])
      )
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(
        /outside\.rego:8: package vmimage\.main: a custom rule's package is vmimage\.rules\.<area>\.<name>/
      )
      const builtin = policyConfig('shadow.rego', customRule('ACME-002', 'vmimage.rules.disks.os_disk_count'))
      r = await withOpa(() =>
        cli(['check', '--config', builtin, '--manifest', path.join(example, 'packer-manifest.json')])
      )
      expect(r.stderr).toMatch(
        /shadow\.rego:8: package vmimage\.rules\.disks\.os_disk_count is a built-in rule's/
      )
      const nometa = policyConfig(
        'nometa.rego',
        'package vmimage.rules.custom.nometa\n\ndeny contains {"msg": "x"}\n'
      )
      r = await withOpa(() =>
        cli(['check', '--config', nometa, '--manifest', path.join(example, 'packer-manifest.json')])
      )
      expect(r.stderr).toMatch(
        /nometa\.rego:1: package vmimage\.rules\.custom\.nometa has no package METADATA/
      )
      const clock = policyConfig(
        'clock.rego',
        customRule('ACME-003').replace(
          'deny contains {"msg": "always"}',
          'deny contains {"msg": "late"} if time.now_ns() > 0'
        )
      )
      r = await withOpa(() =>
        cli(['check', '--config', clock, '--manifest', path.join(example, 'packer-manifest.json')])
      )
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/opa build failed .*clock\.rego:\d+: .*time\.now_ns/)
      expect(r.stderr).not.toMatch(/vmip-policy-/)
    }
  )

  it_(
    'a custom policy calling a built-in the wasm SDK lacks: exit 2, one line naming file:line and built-in',
    async () => {
      const config = policyConfig(
        'semver.rego',
        customRule('ACME-004').replace(
          'deny contains {"msg": "always"}',
          'deny contains {"msg": "old"} if semver.compare("1.0.0", "2.0.0") < 0'
        )
      )
      const r = await withOpa(() =>
        cli(['check', '--config', config, '--manifest', path.join(example, 'packer-manifest.json')])
      )
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      const lines = r.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        /semver\.rego:10: built-in semver\.compare is not available to policies compiled to wasm \(those that are: policies\/wasm-builtins\.txt\)$/
      )
      expect(r.stderr).not.toMatch(/vmip-|rego_type_error|\/tmp\//)
    }
  )

  it('policies without opa on PATH and without a bundle: exit 2, saying how to get one', async () => {
    const config = policyConfig('needsopa.rego', customRule('ACME-009'))
    const r = await withOpa(
      () => cli(['check', '--config', config, '--manifest', path.join(example, 'packer-manifest.json')]),
      {
        PATH: '/nonexistent'
      }
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /vm-image-policy\.yml:1:11: policies need opa on PATH to be compiled .*--policy-bundle/
    )
  })

  it_('bundled CLI (dist/cli.js) picks up .github/vm-image-policy.yml from the working folder', () => {
    const r = runCli(['check', '--manifest', 'packer-manifest.json', '--format', 'json', ...NOW], {
      cwd: example,
      env: { PATH: `${path.dirname(opa)}:${process.env.PATH}` }
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).profile).toBe('current')
    expect(findingOf(r.stdout, 'CONTOSO-001').status).toBe('fail')
  })
})
