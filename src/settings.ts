import { UserError } from './errors.js'
import { inert } from './text.js'
import type { SkuSettings } from './release/types.js'
import type { Config } from './config/types.js'
import type { Mode, Severity } from './report/types.js'

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
export function parseNow(v: string | undefined): Date {
  if (v === undefined) return new Date()
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(v)
  const d = new Date(v)
  if (!ok || Number.isNaN(d.getTime()))
    throw new UserError(`--now must be an RFC 3339 time like 2026-11-25T12:00:00Z; got "${inert(v, 40)}"`)
  return d
}
