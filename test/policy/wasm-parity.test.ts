/**
 * The artefact that ships (dist/policy.wasm, run by @open-policy-agent/opa-wasm) must decide exactly what OPA
 * decides for the same Rego: `opa test` proves the rules, this proves the compiled module. Varied generated
 * documents (with failures) plus the examples go through both; every finding must agree.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Engine, type RawFinding } from '../../src/policy/engine.js'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'
// @ts-expect-error plain JS module shared with the benchmark
import { generate } from '../../bench/gen.mjs'

const opa = path.join(repoRoot, '.tools/bin/opa')
const NOW = Date.parse('2026-11-25T12:00:00Z') / 1000

function normalize(fs: RawFinding[]) {
  return fs
    .map(f => ({
      ...f,
      details: [...f.details].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    }))
    .sort((a, b) => a.path.localeCompare(b.path))
}

describe('dist/policy.wasm agrees with opa eval on the same policies', () => {
  const run = requireReal('OPA (scripts/install-opa.sh)', fs.existsSync(opa))
  const maybe = run ? it : it.skip

  maybe.each(['guide', 'current'])('profile %s', async profile => {
    const docs: unknown[] = generate(60, profile === 'guide' ? 7 : 8)
    for (const f of fs.readdirSync(path.join(repoRoot, 'examples'), { recursive: true }) as string[])
      if (f.endsWith('.facts.json')) {
        const d = JSON.parse(fs.readFileSync(path.join(repoRoot, 'examples', f), 'utf8'))
        docs.push(...(Array.isArray(d) ? d : [d]))
      }
    const engine = await Engine.load()
    engine.configure({ profile, now: new Date(NOW * 1000), mode: 'pr' })
    const ours = docs.map(d => normalize(engine.evaluateRaw(d as never)))

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-parity-'))
    fs.writeFileSync(path.join(tmp, 'input.json'), JSON.stringify(docs))
    fs.writeFileSync(
      path.join(tmp, 'config.json'),
      JSON.stringify({ config: { profile, thresholds: {}, now_unix: NOW, mode: 'pr' } })
    )
    const r = spawnSync(
      opa,
      [
        'eval',
        '--format',
        'raw',
        '-d',
        path.join(repoRoot, 'policies'),
        '-d',
        path.join(repoRoot, 'bench/adapter'),
        '-d',
        path.join(tmp, 'config.json'),
        '-i',
        path.join(tmp, 'input.json'),
        'data.main.all_findings'
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 }
    )
    expect(r.stderr).toBe('')
    const theirs = (JSON.parse(r.stdout) as RawFinding[][]).map(normalize)
    expect(theirs).toHaveLength(docs.length)
    for (let i = 0; i < docs.length; i++)
      expect({ doc: i, findings: ours[i] }).toEqual({ doc: i, findings: theirs[i] })
    // The corpus exercises every status, so agreement is not agreement on "unknown" alone.
    const statuses = new Set(ours.flat().map(f => f.status))
    expect([...statuses].sort()).toEqual(['fail', 'not_applicable', 'pass', 'unknown'])
  })
})

/**
 * The string built-ins that stand in for regexes (policies/lib: digits, only, version_parts, int_incr;
 * sku.well_formed) decide in the wasm module as OPA decides: built with the rules into a module of their own,
 * on the strings version_test.rego checks them against the regexes with (Unicode digits, newlines, signs).
 */
describe('the regex-free string helpers agree between the wasm module and opa eval', () => {
  const run = requireReal('OPA (scripts/install-opa.sh)', fs.existsSync(opa))
  const maybe = run ? it : it.skip
  maybe('on the samples of version_test.rego', async () => {
    const tests = fs.readFileSync(path.join(repoRoot, 'policies/lib/version_test.rego'), 'utf8')
    const samples = tests.slice(
      tests.indexOf('samples := ['),
      tests.indexOf(']\n', tests.indexOf('samples := [')) + 2
    )
    expect(samples.length).toBeGreaterThan(200)
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-helpers-'))
    try {
      fs.writeFileSync(
        path.join(tmp, 'q.rego'),
        `package q

import data.vmimage.lib
import data.vmimage.lib.sku

r := {
	"parts": [[s, lib.version_parts(s)] | some s in samples],
	"digits": sort([s | some s in samples; lib.digits(s)]),
	"only": sort([s | some s in samples; lib.only(s, "abcdefghijklmnopqrstuvwxyz0123456789_-")]),
	"well_formed": sort([s | some s in samples; sku.well_formed(s)]),
	"incr": [[s, lib.int_incr(s)] | some s in samples; lib.digits(s)],
}

${samples}`
      )
      const roots = [path.join(tmp, 'q.rego'), path.join(repoRoot, 'policies')]
      const ev = spawnSync(opa, ['eval', '--format', 'raw', ...roots.flatMap(r => ['-d', r]), 'data.q.r'], {
        encoding: 'utf8'
      })
      expect(ev.stderr).toBe('')
      const bundle = path.join(tmp, 'b.tar.gz')
      const b = spawnSync(
        opa,
        ['build', '-t', 'wasm', '-e', 'q/r', '--ignore', '*_test.rego', '-o', bundle, ...roots],
        {
          encoding: 'utf8'
        }
      )
      expect(b.stderr).toBe('')
      spawnSync('tar', ['-xzf', bundle, '-C', tmp, '/policy.wasm'])
      const sdk = (await import('@open-policy-agent/opa-wasm')) as unknown as {
        default?: { loadPolicySync(w: Buffer): { evaluate(i: unknown): Array<{ result: unknown }> } }
        loadPolicySync(w: Buffer): { evaluate(i: unknown): Array<{ result: unknown }> }
      }
      const policy = (sdk.default ?? sdk).loadPolicySync(fs.readFileSync(path.join(tmp, 'policy.wasm')))
      const wasm = policy.evaluate({})[0]?.result
      const want = JSON.parse(ev.stdout) as { digits: string[] }
      expect(want.digits.length).toBeGreaterThan(5)
      expect(wasm).toEqual(want)
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
