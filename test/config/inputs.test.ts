import fs from 'node:fs'
import path from 'node:path'
import { readSettings } from '../../src/action/inputs.js'
import { tmpDir, writeConfig } from './support.js'

const dir = tmpDir()
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('action inputs: config and policy-bundle', () => {
  it('the config file sets profile, fail-on and unknown; inputs override them', () => {
    const f = writeConfig(dir, 'profile: current\nfail-on: warning\nunknown: {pr: fail}\n')
    const s = readSettings(reader({ config: f, 'policy-bundle': 'bundle/' }))
    expect(s).toMatchObject({
      profile: 'current',
      failOn: 'warning',
      unknown: 'fail',
      policyBundle: 'bundle/'
    })
    expect(s.configuration?.file).toBe(f)
    const o = readSettings(reader({ config: f, profile: 'guide', 'fail-on': 'error' }))
    expect(o).toMatchObject({ profile: 'guide', failOn: 'error' })
  })

  it('the default file is read from the workspace; a named file that is missing is an error', () => {
    const ws = tmpDir()
    fs.mkdirSync(path.join(ws, '.github'))
    fs.writeFileSync(path.join(ws, '.github/vm-image-policy.yml'), 'fail-on: never\n')
    const saved = process.env.GITHUB_WORKSPACE
    process.env.GITHUB_WORKSPACE = ws
    try {
      expect(readSettings(reader({})).failOn).toBe('never')
      expect(() => readSettings(reader({ config: 'missing.yml' }))).toThrow(
        'configuration file missing.yml: not found'
      )
      fs.writeFileSync(path.join(ws, '.github/vm-image-policy.yml'), 'fail-on: sometimes\n')
      expect(() => readSettings(reader({}))).toThrow(
        /^\.github\/vm-image-policy\.yml:1:10: fail-on must be one of error, warning, notice, never; got "sometimes"$/
      )
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = saved
    }
  })
})
