/**
 * Reading a template's files: size-bounded text, display paths and --var values. Its own module so that
 * read.ts (HCL) and json.ts (JSON templates) share it without importing each other.
 */
import path from 'node:path'
import { UserError } from '../../errors.js'
import { inert } from '../../text.js'
import { readUserText } from '../../user-file.js'
import type { ReadOptions } from './types.js'

const MAX_BYTES = 8 * 1024 * 1024

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs)
  return rel === '' ? '.' : rel.split(path.sep).join('/')
}

export function readText(abs: string, shown: string, what: string): string {
  // A regular file only (a FIFO or device is refused without blocking), at most MAX_BYTES.
  return readUserText(abs, what, MAX_BYTES, shown).text
}

export function parseCliVars(vars: ReadOptions['vars']): Array<[string, string]> {
  if (!vars) return []
  if (!Array.isArray(vars)) return Object.entries(vars)
  return vars.map(kv => {
    const i = kv.indexOf('=')
    if (i <= 0) throw new UserError(`--var ${inert(kv)}: expected NAME=VALUE`)
    return [kv.slice(0, i).trim(), kv.slice(i + 1)] as [string, string]
  })
}
