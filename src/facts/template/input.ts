/**
 * Reading a template's files: size-bounded text, display paths and --var values. Its own module so that
 * read.ts (HCL) and json.ts (JSON templates) share it without importing each other.
 */
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../../errors.js'
import { inert } from '../../text.js'
import type { ReadOptions } from './types.js'

const MAX_BYTES = 8 * 1024 * 1024

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs)
  return rel === '' ? '.' : rel.split(path.sep).join('/')
}

export function readText(abs: string, shown: string, what: string): string {
  try {
    const st = fs.statSync(abs)
    if (st.size > MAX_BYTES)
      throw new UserError(`${what} ${inert(shown)} is ${st.size} bytes; the limit is ${MAX_BYTES}`)
    return fs.readFileSync(abs, 'utf8')
  } catch (e) {
    if (e instanceof UserError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(`${what} not found: ${inert(shown)}`)
    if (code === 'EACCES') throw new UserError(`${what} not readable (permission denied): ${inert(shown)}`)
    throw new UserError(`${what} ${inert(shown)} could not be read: ${code ?? String(e)}`)
  }
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
