import fs from 'node:fs'
import { UserError } from './errors.js'
import { skuSettings, type RawSku } from './release/settings.js'
import { inert } from './text.js'
import type { SkuSettings } from './release/types.js'
import type { Config } from './config/types.js'
import type { Mode, Severity } from './types.js'

/** The configuration file read when none is named (--config / input `config`). */
export const DEFAULT_CONFIG = '.github/vm-image-policy.yml'

export type Format = 'text' | 'json' | 'sarif' | 'junit' | 'markdown'
export type FailOn = Severity | 'never'

/** Everything a run needs, parsed once from CLI flags or action inputs. */
export interface Settings {
  manifest?: string
  build?: string
  facts: string[]
  /** --vhd / input `vhd`: local paths or http(s) URLs, optionally prefixed `os=` / `lunN=`. */
  /** --template / input `template`: a Packer template file or directory (HCL2 or legacy JSON). */
  template?: string
  /** --var-file (Packer -var-file), --var k=v (Packer -var). */
  varFiles?: string[]
  vars?: string[]
  vhd?: string[]
  /** --sas / input `sas-uris`: `os=URL`, `lunN=URL` lines. */
  sas?: string[]
  /** Read each blob's footer through its SAS URI (input `network-checks`). */
  networkChecks?: boolean
  profile: string
  config?: string
  /** The parsed configuration file (--config / input config, or .github/vm-image-policy.yml when present). */
  configuration?: Config
  /** A prebuilt policy: folder or .tar.gz with policy.wasm and rules.json (--policy-bundle / input policy-bundle). */
  policyBundle?: string
  mode: Mode
  failOn: FailOn
  /** What an unknown finding does: fail (release default) or warn (PR default). */
  unknown: 'fail' | 'warn'
  now: Date
  format: Format
  output?: string
  verbose: boolean
  /** SKU version history and the proposed version (--ledger, --sku, --version …); absent when not asked for. */
  sku?: SkuSettings
}

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'junit', 'markdown']
export const MODES: readonly Mode[] = ['pr', 'release']
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never']

/** The evaluation time from --now / input `now` (RFC 3339); the current time when absent. */
export function parseNow(v: string | undefined, option = '--now'): Date {
  if (v === undefined) return new Date()
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(v)
  const d = new Date(v)
  if (!ok || Number.isNaN(d.getTime()))
    throw new UserError(`${option} must be an RFC 3339 time like 2026-11-25T12:00:00Z; got "${inert(v, 40)}"`)
  return d
}

/**
 * What an entry point read, before any default or the configuration file applies: CLI flags
 * (src/cli.ts) or action inputs (src/action/inputs.ts), mapped one to one. Absent means "not given";
 * the entry points map an empty action input to absent.
 */
export interface RawSettings extends Partial<
  Pick<
    Settings,
    | 'manifest'
    | 'build'
    | 'facts'
    | 'template'
    | 'varFiles'
    | 'vars'
    | 'vhd'
    | 'sas'
    | 'networkChecks'
    | 'profile'
    | 'config'
    | 'policyBundle'
    | 'output'
    | 'verbose'
  >
> {
  /** Validated by resolveSettings (the words, and how the option is named in the message). */
  mode?: string
  failOn?: string
  now?: string
  format?: string
  sku?: RawSku
  /**
   * PR mode, action only: read the base branch's ledger through GitHub's API with this token
   * (the rest — API URL, repository, the event's base SHA, workspace — comes from `env`).
   */
  githubApi?: { token?: string }
}

/** How the entry point names an option in messages: `--fail-on` (CLI) or `input fail-on` (action). */
export type OptionName = (option: string) => string

function oneOf<T extends string>(
  name: OptionName,
  option: string,
  v: string | undefined,
  allowed: readonly T[],
  dflt: T
): T {
  if (v === undefined) return dflt
  if (!(allowed as readonly string[]).includes(v))
    throw new UserError(`${name(option)} must be one of ${allowed.join(', ')}; got "${inert(v, 40)}"`)
  return v as T
}

/**
 * The one boolean parser for action inputs, with the words GitHub's `core.getBooleanInput` accepts
 * (YAML 1.2 core schema): true, True, TRUE, false, False, FALSE. Anything else is a usage error.
 * CLI switches take no value (`--x` on, `--no-x` off), so they never come through here.
 */
export function parseBool(what: string, v: string): boolean {
  if (v === 'true' || v === 'True' || v === 'TRUE') return true
  if (v === 'false' || v === 'False' || v === 'FALSE') return false
  throw new UserError(`${what} must be true or false; got "${inert(v, 40)}"`)
}

/**
 * The one place where the precedence "flag or input, then configuration file, then mode default" is
 * applied: for profile, fail-on, unknown and network checks (and the SKU settings through skuSettings).
 * `config` is the configuration file the entry point loaded (or undefined when there is none); `env`
 * supplies GITHUB_BASE_REF (PR mode) and, with `raw.githubApi`, the API context.
 */
export function resolveSettings(
  raw: RawSettings,
  config: Config | undefined,
  env: NodeJS.ProcessEnv,
  name: OptionName
): Settings {
  const mode = oneOf<Mode>(name, 'mode', raw.mode, MODES, 'pr')
  const settings: Settings = {
    manifest: raw.manifest,
    build: raw.build,
    facts: raw.facts ?? [],
    profile: raw.profile ?? config?.profile ?? 'guide',
    config: raw.config,
    configuration: config,
    policyBundle: raw.policyBundle,
    mode,
    failOn: oneOf<FailOn>(name, 'fail-on', raw.failOn, FAIL_ON, config?.failOn ?? 'error'),
    unknown: config?.unknown?.[mode] ?? (mode === 'release' ? 'fail' : 'warn'),
    now: parseNow(raw.now, name('now')),
    format: oneOf<Format>(name, 'format', raw.format, FORMATS, 'text'),
    output: raw.output,
    verbose: raw.verbose === true,
    template: raw.template,
    varFiles: raw.varFiles ?? [],
    vars: raw.vars ?? [],
    vhd: raw.vhd ?? [],
    sas: raw.sas ?? [],
    networkChecks: raw.networkChecks ?? mode === 'release',
    sku: skuSettings(
      { ...raw.sku, baseRef: raw.sku?.baseRef ?? (mode === 'pr' ? env.GITHUB_BASE_REF : undefined) },
      mode,
      name
    )
  }
  if (settings.sku && mode === 'pr' && raw.githubApi)
    settings.sku.baseApi = {
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      token: raw.githubApi.token || env.GITHUB_TOKEN || undefined,
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
