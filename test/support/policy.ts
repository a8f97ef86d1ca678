/**
 * The ruleset compiled from the working tree's policies/ (not dist/, which may be stale while rules are being
 * changed), once per test process, and one configured engine per profile and evaluation time.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Engine, type Profiles } from '../../src/policy/engine.js'
import type { RuleMeta } from '../../src/types.js'
import { repoRoot } from './run-cli.js'

export interface CompiledPolicy {
  wasm: Buffer
  rules: RuleMeta[]
  profiles: Profiles
}

let compiled: CompiledPolicy | undefined

export function compileWorkingTreePolicy(): CompiledPolicy {
  if (compiled) return compiled
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-test-policy-'))
  try {
    // The pinned OPA when it is already installed (install-opa.sh is only needed the first time).
    const opa = path.join(repoRoot, '.tools/bin/opa')
    const env = !process.env.OPA_BIN && fs.existsSync(opa) ? { ...process.env, OPA_BIN: opa } : process.env
    execFileSync('node', [path.join(repoRoot, 'scripts/build-policy.mjs'), '--out', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env
    })
    const json = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')) as T
    compiled = {
      wasm: fs.readFileSync(path.join(out, 'policy.wasm')),
      rules: json('rules.json'),
      profiles: json('profiles.json')
    }
    return compiled
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
}

const engines = new Map<string, Engine>()

/** An engine over the working-tree policy, configured for `profile` at `now` in PR mode. */
export async function workingTreeEngine(profile: string, now: Date): Promise<Engine> {
  const key = `${profile}@${now.toISOString()}`
  let e = engines.get(key)
  if (!e) {
    e = await Engine.load(compileWorkingTreePolicy())
    e.configure({ profile, now, mode: 'pr' })
    engines.set(key, e)
  }
  return e
}
