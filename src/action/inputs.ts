import { loadConfig } from '../config/load.js'
import type { PublishInputs } from '../github/action-report.js'
import { rawSku } from '../release/settings.js'
import { parseBool, resolveSettings, type RawSettings, type Settings } from '../settings.js'

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

const named = (n: string) => `input ${n}`

/** A boolean input: absent when empty, else parsed by the one boolean parser (settings.ts). */
function bool(input: InputReader, name: string): boolean | undefined {
  const v = input(name)
  return v === '' ? undefined : parseBool(named(name), v)
}

/** The check's inputs as raw settings, one to one (an empty input is absent). */
export function actionRaw(input: InputReader): RawSettings {
  const str = (n: string) => input(n) || undefined
  return {
    manifest: str('manifest'),
    build: str('build'),
    facts: lines(input('facts')),
    template: str('template'),
    varFiles: lines(input('var-files')),
    vars: lines(input('vars')),
    vhd: lines(input('vhd')),
    sas: lines(input('sas-uris')),
    networkChecks: bool(input, 'network-checks'),
    profile: str('profile'),
    config: str('config'),
    policyBundle: str('policy-bundle'),
    mode: str('mode'),
    failOn: str('fail-on'),
    now: str('now'),
    format: 'json',
    verbose: false,
    sku: rawSku(str, bool(input, 'update-ledger') === true),
    githubApi: { token: str('github-token') }
  }
}

/** Inputs are parsed once, here, into typed settings; nothing else reads them. */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const raw = actionRaw(input)
  // Read first: a bad configuration stops the run (exit 2) before anything else happens.
  const cfg = loadConfig(raw.config, env.GITHUB_WORKSPACE || process.cwd())
  return {
    ...resolveSettings(raw, cfg, env, named),
    reportPath: input('report-path') || 'vm-image-policy-report.json'
  }
}

/** Reads the publishing inputs (`input` returns the trimmed value of `INPUT_<NAME>`, '' when unset). */
export function readPublishInputs(input: InputReader, env: NodeJS.ProcessEnv = process.env): PublishInputs {
  return {
    token: input('github-token') || env.GITHUB_TOKEN || undefined,
    comment: bool(input, 'comment') ?? true,
    key: input('comment-key') || undefined,
    checks: bool(input, 'checks') ?? true,
    checkName: input('check-name') || undefined,
    sarif: input('sarif') || undefined,
    junit: input('junit') || undefined,
    sarifCategory: input('sarif-category') || undefined
  }
}
