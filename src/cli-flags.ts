/**
 * The CLI's flags, once: the options `check` and `facts` share (the sources and what changes gathering),
 * those only `check` takes, and the one mapping from parsed flags to raw settings. resolveSettings
 * (settings.ts) applies the configuration and the mode defaults; nothing here decides a default.
 */
import { UserError } from './errors.js'
import { rawSku } from './release/settings.js'
import type { RawSettings } from './settings.js'

/** The help lines of the source flags, shown by `check --help` and `facts --help`. */
export const SOURCES_HELP = `  --manifest FILE        Packer manifest (packer-manifest.json); azure-arm builds of the last run
  --build NAME           only this build of the manifest
  --facts FILE           facts document(s) (probe output or hand-written); repeatable
  --template PATH        Packer template file or directory (HCL2 *.pkr.hcl or legacy JSON)
  --var-file FILE        Packer variable file for the template; repeatable
  --var NAME=VALUE       Packer variable for the template; repeatable
  --vhd [os=|lunN=]PATH|URL   a VHD file or blob (footer read: last 512 bytes); repeatable
  --sas os=URL|lunN=URL  the SAS URI handed to the marketplace for that disk; repeatable
  --network-checks       read each SAS URI's blob (default in release mode; --no-network-checks to skip)`

/** The sources and the settings that change what is gathered: `facts` takes exactly these. */
export const SOURCE_OPTIONS = {
  manifest: { type: 'string' },
  build: { type: 'string' },
  facts: { type: 'string', multiple: true },
  template: { type: 'string' },
  'var-file': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  vhd: { type: 'string', multiple: true },
  sas: { type: 'string', multiple: true },
  'network-checks': { type: 'boolean' },
  'no-network-checks': { type: 'boolean' },
  sku: { type: 'string' },
  version: { type: 'string' },
  ledger: { type: 'string' },
  history: { type: 'string' },
  'tag-pattern': { type: 'string' },
  'base-ref': { type: 'string' },
  mode: { type: 'string' },
  now: { type: 'string' },
  output: { type: 'string' }
} as const

/** `check`: the sources, evaluation and output. */
export const CHECK_OPTIONS = {
  ...SOURCE_OPTIONS,
  profile: { type: 'string' },
  config: { type: 'string' },
  'policy-bundle': { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  verbose: { type: 'boolean' },
  all: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean' },
  'update-ledger': { type: 'boolean' }
} as const

export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>

/** Parsed flags as raw settings, one to one. */
export function flagsToRaw(v: FlagValues): RawSettings {
  const str = (k: string) => v[k] as string | undefined
  const list = (k: string) => v[k] as string[] | undefined
  if (v['network-checks'] && v['no-network-checks'])
    throw new UserError('--network-checks and --no-network-checks exclude each other')
  return {
    manifest: str('manifest'),
    build: str('build'),
    facts: list('facts'),
    template: str('template'),
    varFiles: list('var-file'),
    vars: list('var'),
    vhd: list('vhd'),
    sas: list('sas'),
    networkChecks: v['no-network-checks'] ? false : v['network-checks'] ? true : undefined,
    profile: str('profile'),
    config: str('config'),
    policyBundle: str('policy-bundle'),
    mode: str('mode'),
    failOn: str('fail-on'),
    now: str('now'),
    format: str('format'),
    output: str('output'),
    verbose: Boolean(v.verbose),
    sku: rawSku(str, Boolean(v['update-ledger']))
  }
}
