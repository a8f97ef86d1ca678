import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCheck } from '../../src/pipeline.js'
import { skuSettings, type RawSku } from '../../src/release/settings.js'
import type { Finding } from '../../src/types.js'
import type { Settings } from '../../src/settings.js'

export const NOW = new Date('2026-11-25T12:00:00Z')

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `vmip-${prefix}-`))
}

export function gitAvailable(): boolean {
  return spawnSync('git', ['--version']).status === 0
}

/** Runs git in a test repository (fixed identity and dates, no global config). */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid'
    }
  })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'commit.gpgsign', 'false')
}

export function writeLedger(dir: string, text: string, rel = '.github/skus.yml'): string {
  const f = path.join(dir, rel)
  fs.mkdirSync(path.dirname(f), { recursive: true })
  fs.writeFileSync(f, text)
  return f
}

/** A settings object as the CLI would build it, for a checkout at `dir`. */
export function settingsFor(
  dir: string,
  raw: RawSku,
  o: { mode?: 'pr' | 'release'; profile?: string; facts?: string[]; manifest?: string } = {}
): Settings {
  const mode = o.mode ?? 'pr'
  return {
    manifest: o.manifest,
    facts: o.facts ?? [],
    profile: o.profile ?? 'guide',
    mode,
    failOn: 'error',
    unknown: mode === 'release' ? 'fail' : 'warn',
    now: NOW,
    format: 'json',
    verbose: false,
    sku: skuSettings({ cwd: dir, ...raw }, mode, n => `--${n}`)
  }
}

/** The SKU findings of a run, by rule ID. */
export async function skuFindings(
  s: Settings
): Promise<{ byRule: Record<string, Finding>; notes: string[] }> {
  const r = await runCheck(s)
  const byRule: Record<string, Finding> = {}
  for (const i of r.report.images)
    for (const f of i.findings) if (f.rule.startsWith('AZMP-SKU')) byRule[f.rule] = f
  return { byRule, notes: r.notes }
}

export const LEDGER = `# SKU ledger
offers:
  contoso-appliance:              # offer ID
    skus:
      standard-gen2:              # SKU (plan) ID
        versions: [1.0.0, 1.0.1, 1.0.10, 1.0.9]   # published, any order
        os_family: Linux
        os_description: Debian 12
        recommended_vm_sizes: [Standard_D2s_v5, Standard_D4s_v5, Standard_E2s_v5]
      premium-gen2:
        versions:
          - 2.1.0
          - 2.1.1
`
