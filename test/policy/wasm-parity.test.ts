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
