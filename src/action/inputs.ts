import fs from 'node:fs'
import { loadConfig } from '../config/load.js'
import { UserError } from '../errors.js'
import { skuSettings } from '../release/settings.js'
import { FAIL_ON, MODES, parseNow, type FailOn, type Settings } from '../settings.js'
import type { Mode } from '../report/types.js'
import { inert } from '../text.js'

/** Reads an input the way the runner passes it (INPUT_<NAME>, upper-cased, spaces to underscores). */
export type InputReader = (name: string) => string

export function envInputs(env: NodeJS.ProcessEnv = process.env): InputReader {
  return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export interface ActionSettings extends Settings {
  reportPath: string
}

function lines(v: string): string[] {
  return v
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#'))
}

function choice<T extends string>(input: InputReader, name: string, allowed: readonly T[], dflt: T): T {
  const v = input(name)
  if (v === '') return dflt
  if (!(allowed as readonly string[]).includes(v))
    throw new UserError(`input ${name} must be one of ${allowed.join(', ')}; got "${inert(v, 40)}"`)
  return v as T
}

function bool(input: InputReader, name: string, dflt: boolean): boolean {
  const v = input(name)
  if (v === '') return dflt
  if (v !== 'true' && v !== 'false')
    throw new UserError(`input ${name} must be true or false; got "${inert(v, 40)}"`)
  return v === 'true'
}

/** Inputs are parsed once, here, into typed settings; nothing else reads them. */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const mode = choice<Mode>(input, 'mode', MODES, 'pr')
  const updateLedger = input('update-ledger')
  if (updateLedger !== '' && updateLedger !== 'true' && updateLedger !== 'false')
    throw new UserError(`input update-ledger must be true or false; got "${inert(updateLedger, 40)}"`)
  const config = input('config') || undefined
  // Read first: a bad configuration stops the run (exit 2) before anything else happens.
  const cfg = loadConfig(config, process.env.GITHUB_WORKSPACE || process.cwd())
  const failOn = input('fail-on')
  const settings: ActionSettings = {
    manifest: input('manifest') || undefined,
    build: input('build') || undefined,
    facts: lines(input('facts')),
    profile: input('profile') || cfg?.profile || 'guide',
    config,
    configuration: cfg,
    policyBundle: input('policy-bundle') || undefined,
    mode,
    failOn: failOn !== '' ? choice<FailOn>(input, 'fail-on', FAIL_ON, 'error') : (cfg?.failOn ?? 'error'),
    unknown: cfg?.unknown?.[mode] ?? (mode === 'release' ? 'fail' : 'warn'),
    now: parseNow(input('now') || undefined),
    format: 'json',
    reportPath: input('report-path') || 'vm-image-policy-report.json',
    verbose: false,
    template: input('template') || undefined,
    varFiles: lines(input('var-files')),
    vars: lines(input('vars')),
    vhd: lines(input('vhd')),
    sas: lines(input('sas-uris')),
    networkChecks: bool(input, 'network-checks', mode === 'release'),
    sku: skuSettings(
      {
        offer: input('offer'),
        sku: input('sku'),
        version: input('version'),
        ledger: input('ledger'),
        history: input('history'),
        tagPattern: input('tag-pattern'),
        baseRef: input('base-ref') || (mode === 'pr' ? env.GITHUB_BASE_REF : undefined),
        updateLedger: updateLedger === 'true'
      },
      mode,
      n => `input ${n}`
    )
  }
  if (settings.sku && mode === 'pr')
    settings.sku.baseApi = {
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      token: input('github-token') || env.GITHUB_TOKEN || undefined,
      repository: env.GITHUB_REPOSITORY || undefined,
      baseSha: eventBaseSha(env.GITHUB_EVENT_PATH),
      workspace: env.GITHUB_WORKSPACE || undefined
    }
  return settings
}

/** `pull_request.base.sha` of the event (undefined for other events or an unreadable event file). */
function eventBaseSha(file: string | undefined): string | undefined {
  if (!file) return undefined
  try {
    const e = JSON.parse(fs.readFileSync(file, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } }
    const sha = e.pull_request?.base?.sha
    return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
  } catch {
    return undefined
  }
}
