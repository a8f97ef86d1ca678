import fs from 'node:fs'
import path from 'node:path'
import type { Config } from './types.js'
import { DEFAULT_CONFIG } from '../settings.js'

/**
 * Reads the configuration only when there is one (explicit, or the default file): the YAML reader (load.ts)
 * is loaded then.
 */
export async function maybeLoadConfig(
  explicit: string | undefined,
  cwd = process.cwd()
): Promise<Config | undefined> {
  // Not path.resolve(cwd, DEFAULT_CONFIG): the bundler would take that constant path for an asset of its own.
  const file = explicit ?? DEFAULT_CONFIG
  if (explicit === undefined && !fs.existsSync(path.resolve(cwd, file))) return undefined
  const { loadConfig } = await import('./load.js')
  return loadConfig(explicit, cwd)
}
