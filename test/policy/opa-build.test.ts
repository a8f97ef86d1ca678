import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  PolicyError,
  SDK_BUILTINS,
  compileRego,
  readBuiltinAllowList,
  ruleIndex,
  rulePackages,
  ruleMetadata
} from '../../src/policy/opa-build.js'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'

// The one policy compiler (src/policy/opa-build.js), used by scripts/build-policy.mjs and custom policies.
const opa = path.join(repoRoot, '.tools/bin/opa')
const haveOpa = requireReal(`pinned opa at ${opa} (run scripts/install-opa.sh)`, fs.existsSync(opa))
const it_ = haveOpa ? it : it.skip
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-opa-build-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

function rule(dir: string, file: string, meta: string[], pkg: string, body = 'deny contains {"msg": "x"}') {
  fs.mkdirSync(dir, { recursive: true })
  const head = meta.length ? ['# METADATA', '# scope: package', ...meta] : []
  fs.writeFileSync(path.join(dir, file), [...head, `package ${pkg}`, '', body, ''].join('\n'))
}
const meta = (id: string, severity = 'error') => [
  '# title: Sample',
  '# custom:',
  `#   id: ${id}`,
  `#   severity: ${severity}`,
  '#   remediation: Fix it.'
]

describe('one policy compiler', () => {
  it('SDK_BUILTINS is exactly what the installed @open-policy-agent/opa-wasm implements in JavaScript', async () => {
    const index = path.join(repoRoot, 'node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js')
    const mod = (await import(pathToFileURL(index).href)) as { default: Record<string, unknown> }
    expect([...SDK_BUILTINS].sort()).toEqual(Object.keys(mod.default).sort())
  })

  it_(
    'a built-in the allow-list admits but the SDK lacks is rejected at compile time, naming file:line',
    () => {
      // policies/wasm-builtins.txt holds only built-ins that work; a list that also admits semver.compare
      // shows the check after opa build: the module would import it and fail at evaluation time.
      const allowList = path.join(tmp, 'wasm-builtins.txt')
      fs.writeFileSync(
        allowList,
        `${fs.readFileSync(path.join(repoRoot, 'policies/wasm-builtins.txt'), 'utf8')}\nsemver.compare\n`
      )
      const dir = path.join(tmp, 'semver')
      rule(
        dir,
        'semver.rego',
        meta('ACME-001'),
        'vmimage.rules.custom.semver',
        'deny contains {"msg": "old"} if semver.compare("1.0.0", "2.0.0") < 0'
      )
      const run = () =>
        compileRego({
          opa,
          allowList,
          roots: [path.join(repoRoot, 'policies'), dir],
          rules: dir,
          kind: 'custom',
          display: f => path.relative(tmp, f)
        })
      expect(run).toThrow(PolicyError)
      expect(run).toThrow(
        /^semver\/semver\.rego:\d+: built-in semver\.compare is not provided by the wasm SDK \(@open-policy-agent\/opa-wasm\)[^\n]*$/
      )
    }
  )

  it_('built-in rules are checked like custom ones: METADATA, ID form, severity, unique IDs', () => {
    const dir = path.join(tmp, 'builtin')
    rule(dir, 'a.rego', meta('AZMP-TST-001'), 'vmimage.rules.test.a')
    rule(dir, 'b.rego', meta('ACME-001'), 'vmimage.rules.test.b')
    rule(dir, 'c.rego', meta('AZMP-TST-003', 'fatal'), 'vmimage.rules.test.c')
    rule(dir, 'd.rego', meta('azmp-tst-001'), 'vmimage.rules.test.d')
    rule(dir, 'e.rego', [], 'vmimage.rules.test.e')
    rule(dir, 'helper.rego', [], 'vmimage.lib.helper', 'x := 1')
    let err: PolicyError | undefined
    try {
      ruleMetadata({ opa, rules: dir, kind: 'builtin', display: f => path.basename(f) })
    } catch (e) {
      err = e as PolicyError
    }
    expect(err?.problems).toEqual([
      'b.rego:8: rule ID "ACME-001": a built-in rule\'s ID looks like AZMP-ABC-001',
      'c.rego:8: custom.severity "fatal" is not error, warning or notice',
      'd.rego:8: rule ID "azmp-tst-001": a built-in rule\'s ID looks like AZMP-ABC-001',
      'd.rego:8: rule ID azmp-tst-001 is already used by test.a',
      'e.rego:1: package vmimage.rules.test.e has no package METADATA (# METADATA with title and custom.id, severity, remediation; scope: package)'
    ])
  })

  it_('rules.json has one shape: built-in and custom rules carry the same fields, file included', () => {
    const builtin = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist/rules.json'), 'utf8')) as Array<
      Record<string, unknown>
    >
    const dir = path.join(tmp, 'shape')
    rule(dir, 'mine.rego', meta('ACME-002', 'notice'), 'vmimage.rules.custom.mine')
    const [custom] = ruleMetadata({ opa, rules: dir, kind: 'custom', display: f => path.basename(f) })
    expect(Object.keys(custom ?? {}).sort()).toEqual(Object.keys(builtin[0] ?? {}).sort())
    expect(custom).toMatchObject({ id: 'ACME-002', path: 'custom.mine', file: 'mine.rego', stage: 'any' })
    expect(builtin.every(r => typeof r.file === 'string' && fs.existsSync(path.join(repoRoot, r.file)))).toBe(
      true
    )
  })

  it('the allow-list reader skips comments', () => {
    const f = path.join(tmp, 'list.txt')
    fs.writeFileSync(f, '# a comment sprintf\ncount  sum\n\nconcat\n')
    expect(readBuiltinAllowList(f)).toEqual(['count', 'sum', 'concat'])
  })

  it('the rule index names every rule package once, with the sets its files mention', () => {
    const dir = path.join(tmp, 'index-pkgs')
    rule(dir, 'a.rego', meta('ACME-A-001'), 'vmimage.rules.acme.a')
    rule(
      dir,
      'b.rego',
      meta('ACME-B-001'),
      'vmimage.rules.acme.b',
      'ok contains "fine"\nskip contains "never" if false'
    )
    rule(path.join(dir, 'profiles'), 'c.rego', [], 'vmimage.rules.acme.c')
    const pkgs = rulePackages([dir])
    expect(pkgs.map(({ area, name, sets }) => ({ area, name, sets }))).toEqual([
      { area: 'acme', name: 'a', sets: ['deny'] },
      { area: 'acme', name: 'b', sets: ['ok', 'skip'] }
    ])
    const text = ruleIndex(pkgs)
    expect(text).toContain(
      'main.finding("acme", "a", {"deny": deny_0, "ok": set(), "missing": set(), "skip": set()})'
    )
    expect(text).toContain('deny_0 := data.vmimage.rules.acme.a.deny')
    expect(text).toContain('default skip_1 := set()')
  })

  it('a package under vmimage.rules that is not <area>.<name> is refused (the index would leave it out)', () => {
    const dir = path.join(tmp, 'index-bad')
    rule(dir, 'x.rego', [], 'vmimage.rules.acme', 'x.deny contains {"msg": "x"}')
    expect(() => rulePackages([dir])).toThrow(/a rule package is vmimage.rules.<area>.<name>/)
  })

  it_('the committed built-in index is the one the policies give (npm run build:policy writes it)', () => {
    const policies = path.join(repoRoot, 'policies')
    expect(fs.readFileSync(path.join(policies, 'index.gen.rego'), 'utf8')).toBe(
      ruleIndex(rulePackages([policies]))
    )
  })

  it_('a custom file named like the rule index is refused, not silently skipped', () => {
    const dir = path.join(tmp, 'index-name')
    rule(dir, 'index.gen.rego', meta('ACME-IDX-001'), 'vmimage.rules.acme.idx')
    expect(() =>
      compileRego({
        opa,
        allowList: path.join(repoRoot, 'policies/wasm-builtins.txt'),
        roots: [path.join(repoRoot, 'policies'), dir],
        rules: dir,
        kind: 'custom'
      })
    ).toThrow(/index.gen.rego is reserved for the rule index/)
  })
})
