import { actionRaw, readPublishInputs, readSettings } from '../../src/action/inputs.js'
import { checkSettings } from '../../src/cli.js'
import { parseBool, type Settings } from '../../src/settings.js'
import { tmpDir, writeConfig } from './support.js'

/**
 * The CLI and the action map their flags and inputs to the same raw settings, and resolveSettings
 * (src/settings.ts) applies the precedence once: for the same values both give the same Settings.
 */
const dir = tmpDir()
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

interface Case {
  name: string
  cli: string[]
  action: Record<string, string>
  env?: NodeJS.ProcessEnv
  config?: string
}

/** Settings without what only one entry point has (format, report path, the API context of the action). */
function comparable(s: Settings): unknown {
  const { configuration, format: _f, ...rest } = s as Settings & { reportPath?: string }
  delete (rest as { reportPath?: string }).reportPath
  if (rest.sku) rest.sku = { ...rest.sku, baseApi: undefined }
  return { ...rest, configuration: configuration && { ...configuration, where: undefined } }
}

const cfgFile = writeConfig(dir, 'profile: current\nfail-on: warning\nunknown: {pr: fail, release: warn}\n')
const NOW = '2026-11-25T12:00:00Z'

const cases: Case[] = [
  { name: 'nothing given', cli: ['--now', NOW], action: { now: NOW } },
  {
    name: 'release mode defaults (unknown fails, network checks on)',
    cli: ['--mode', 'release', '--now', NOW],
    action: { mode: 'release', now: NOW }
  },
  {
    name: 'the configuration file sets profile, fail-on and unknown',
    cli: ['--config', cfgFile, '--now', NOW],
    action: { config: cfgFile, now: NOW }
  },
  {
    name: 'flags and inputs override the configuration file',
    cli: ['--config', cfgFile, '--profile', 'guide', '--fail-on', 'never', '--mode', 'release', '--now', NOW],
    action: { config: cfgFile, profile: 'guide', 'fail-on': 'never', mode: 'release', now: NOW }
  },
  {
    name: 'network checks off in release mode',
    cli: ['--mode', 'release', '--no-network-checks', '--now', NOW],
    action: { mode: 'release', 'network-checks': 'false', now: NOW }
  },
  {
    name: 'network checks on in PR mode',
    cli: ['--network-checks', '--now', NOW],
    action: { 'network-checks': 'True', now: NOW }
  },
  {
    name: 'every source',
    cli: [
      ...['--manifest', 'm.json', '--build', 'b', '--facts', 'a.json', '--facts', 'b.json'],
      ...['--template', 't.pkr.hcl', '--var-file', 'v.pkrvars.hcl', '--var', 'x=1', '--var', 'y=2'],
      ...['--vhd', 'os=disk.vhd', '--sas', 'os=https://a.invalid/x.vhd?sig=s', '--policy-bundle', 'bundle/'],
      ...['--now', NOW]
    ],
    action: {
      manifest: 'm.json',
      build: 'b',
      facts: 'a.json\nb.json',
      template: 't.pkr.hcl',
      'var-files': 'v.pkrvars.hcl',
      vars: 'x=1\n# a comment\ny=2',
      vhd: 'os=disk.vhd',
      'sas-uris': 'os=https://a.invalid/x.vhd?sig=s',
      'policy-bundle': 'bundle/',
      now: NOW
    }
  },
  {
    name: 'a SKU release with the ledger written back',
    cli: ['--mode', 'release', '--sku', 'offer/sku', '--version', '1.2.3', '--update-ledger', '--now', NOW],
    action: { mode: 'release', sku: 'offer/sku', version: '1.2.3', 'update-ledger': 'true', now: NOW }
  },
  {
    name: 'a SKU in PR mode: the base ref from GITHUB_BASE_REF',
    cli: ['--sku', 'offer/sku', '--history', 'tags', '--tag-pattern', 'v<X.Y.Z>', '--now', NOW],
    action: { sku: 'offer/sku', history: 'tags', 'tag-pattern': 'v<X.Y.Z>', now: NOW },
    env: { GITHUB_BASE_REF: 'main' }
  }
]

describe('one settings builder: CLI flags and action inputs give the same Settings', () => {
  for (const c of cases)
    it(c.name, async () => {
      const env = { ...c.env, GITHUB_WORKSPACE: dir }
      const { s: cli } = await checkSettings(c.cli, env, dir)
      const saved = process.env.GITHUB_WORKSPACE
      const action = readSettings(reader(c.action), env)
      expect(process.env.GITHUB_WORKSPACE).toBe(saved)
      expect(comparable(action)).toEqual(comparable(cli))
      expect(cli.format).toBe('text')
      expect(action.format).toBe('json')
    })

  it('resolves the precedence flag → configuration → mode default the same way', async () => {
    const env = { GITHUB_WORKSPACE: dir }
    const { s } = await checkSettings(['--config', cfgFile, '--now', NOW], env, dir)
    expect(s).toMatchObject({ profile: 'current', failOn: 'warning', unknown: 'fail', networkChecks: false })
    const r = await checkSettings(['--config', cfgFile, '--mode', 'release', '--now', NOW], env, dir)
    expect(r.s).toMatchObject({ unknown: 'warn', networkChecks: true })
  })

  it('names the option the way each entry point spells it', async () => {
    await expect(checkSettings(['--fail-on', 'sometimes'], {}, dir)).rejects.toThrow(
      '--fail-on must be one of error, warning, notice, never; got "sometimes"'
    )
    expect(() => readSettings(reader({ 'fail-on': 'sometimes' }), { GITHUB_WORKSPACE: dir })).toThrow(
      'input fail-on must be one of error, warning, notice, never; got "sometimes"'
    )
    expect(() => readSettings(reader({ now: 'yesterday' }), { GITHUB_WORKSPACE: dir })).toThrow(
      /^input now must be an RFC 3339 time/
    )
  })

  it('the action maps inputs to raw settings and nothing more (empty is absent)', () => {
    const raw = actionRaw(reader({ profile: '', mode: 'pr' }))
    expect(raw.profile).toBeUndefined()
    expect(raw.mode).toBe('pr')
    expect(raw.networkChecks).toBeUndefined()
  })
})

describe('one boolean parser (the words core.getBooleanInput accepts)', () => {
  it('accepts true/True/TRUE and false/False/FALSE only', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(parseBool('input x', t)).toBe(true)
    for (const f of ['false', 'False', 'FALSE']) expect(parseBool('input x', f)).toBe(false)
    for (const bad of ['yes', 'no', '1', '0', 'on', 'off', 'tRUE', ''])
      expect(() => parseBool('input x', bad)).toThrow(`input x must be true or false; got "${bad}"`)
  })

  it('every boolean input goes through it: network-checks, update-ledger, comment, checks', () => {
    const ws = { GITHUB_WORKSPACE: dir }
    expect(readSettings(reader({ 'network-checks': 'FALSE', mode: 'release' }), ws).networkChecks).toBe(false)
    expect(() => readSettings(reader({ 'network-checks': 'yes' }), ws)).toThrow(
      'input network-checks must be true or false; got "yes"'
    )
    expect(() => readSettings(reader({ 'update-ledger': 'on' }), ws)).toThrow(
      'input update-ledger must be true or false; got "on"'
    )
    expect(readPublishInputs(reader({ comment: 'False', checks: 'TRUE' }), {})).toMatchObject({
      comment: false,
      checks: true
    })
    expect(() => readPublishInputs(reader({ comment: 'no' }), {})).toThrow(
      'input comment must be true or false; got "no"'
    )
  })

  it('CLI switches take no value; --x and --no-x together are a usage error', async () => {
    await expect(checkSettings(['--network-checks=false'], {}, dir)).rejects.toThrow(/network-checks/)
    await expect(checkSettings(['--network-checks', '--no-network-checks'], {}, dir)).rejects.toThrow(
      '--network-checks and --no-network-checks exclude each other'
    )
  })
})

describe('facts uses the same builder', () => {
  it('the facts command gets the sources and mode defaults check gets (no configuration)', async () => {
    const { factsSettings } = await import('../../src/facts-cmd.js')
    const f = factsSettings({ mode: 'release', facts: ['a.json'], sku: 'offer/sku', now: NOW }, {})
    const { s } = await checkSettings(
      ['--mode', 'release', '--facts', 'a.json', '--sku', 'offer/sku', '--now', NOW],
      {},
      dir
    )
    expect(comparable({ ...f, verbose: false })).toEqual(comparable(s))
  })
})
