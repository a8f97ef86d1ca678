import { UserError } from '../errors.js'
import { parseNow } from '../cli.js'
import { FAIL_ON, MODES, type FailOn, type Settings } from '../settings.js'
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

/** Inputs are parsed once, here, into typed settings; nothing else reads them. */
export function readSettings(input: InputReader): ActionSettings {
  const mode = choice<Mode>(input, 'mode', MODES, 'pr')
  const config = input('config')
  if (config !== '')
    throw new UserError('input config: configuration files are not supported by this version yet')
  return {
    manifest: input('manifest') || undefined,
    build: input('build') || undefined,
    facts: lines(input('facts')),
    profile: input('profile') || 'guide',
    mode,
    failOn: choice<FailOn>(input, 'fail-on', FAIL_ON, 'error'),
    unknown: mode === 'release' ? 'fail' : 'warn',
    now: parseNow(input('now') || undefined),
    format: 'json',
    reportPath: input('report-path') || 'vm-image-policy-report.json',
    verbose: false
  }
}
