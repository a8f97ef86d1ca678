import type { Severity } from '../types.js'

export type UnknownAction = 'warn' | 'fail'

/** One waiver as written in the configuration file (validated: reason and expiry present, date valid). */
export interface ConfigWaiver {
  /** Position in the file's `waivers` list (0-based); the policy reports it back. */
  index: number
  rule: string
  images?: string[]
  skus?: string[]
  reason: string
  /** YYYY-MM-DD: from 00:00 UTC of that day the waiver no longer applies. */
  expires: string
  ticket?: string
}

/** A parsed, schema-valid configuration file. Nothing of it applies until all of it is valid. */
export interface Config {
  /** The file as the user named it (for messages). */
  file: string
  /** Folder that relative paths in the file (policies) are resolved against. */
  base: string
  profile?: string
  /** The same words as Settings.failOn. */
  failOn?: Severity | 'never'
  unknown?: { pr?: UnknownAction; release?: UnknownAction }
  thresholds?: Record<string, Record<string, unknown>>
  /** Rule ID → severity of its failures. */
  severity?: Record<string, Severity>
  waivers: ConfigWaiver[]
  /** Custom Rego files or folders, resolved to absolute paths. */
  policies: string[]
  /** "file:line:col" of the value at a key path, for problems found after parsing (unknown rule IDs …). */
  where(path: ReadonlyArray<string | number>): string
}

/** A waiver as the policy gets it (data.config.waivers): rule ID resolved to its package path. */
export interface PolicyWaiver {
  index: number
  rule: string
  path: string
  images?: string[]
  skus?: string[]
  reason: string
  expires: string
  expires_unix: number
  ticket?: string
}
