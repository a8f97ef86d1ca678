import fs from 'node:fs'
import path from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { Document, LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml'
import { schemaDir } from '../assets.js'
import { UserError } from '../errors.js'
import { inert } from '../text.js'
import { errorPath, typeName } from '../schema-words.js'
import { readUserText } from '../user-file.js'
import type { Config, ConfigWaiver } from './types.js'

/** Used when present; an explicit --config / input config that is missing is an error. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** yaml's alias budget (aliases × size of what they expand to): enough for a few anchors, not for a bomb. */
export const MAX_ALIAS_COUNT = 50

import { DEFAULT_CONFIG } from '../settings.js'
import { expiresUnix, keyPath, type KeyPath } from './resolve.js'

export { DEFAULT_CONFIG, expiresUnix, keyPath }

let validator: ValidateFunction | undefined

function schema(): ValidateFunction {
  if (validator) return validator
  const ajv = new Ajv({ allErrors: true, strict: false, strictNumbers: true, verbose: true })
  const file = path.join(schemaDir(), 'config.schema.json')
  validator = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object)
  return validator
}

/**
 * Reads the configuration: the explicit file (missing → error), else the default file when it exists, else
 * none. Any problem throws one UserError line `file:line:col: <key path> <problem>`; nothing is applied
 * from a file that has one.
 */
export function loadConfig(explicit: string | undefined, cwd = process.cwd()): Config | undefined {
  const file = explicit ?? DEFAULT_CONFIG
  const abs = path.resolve(cwd, file)
  // The default file is optional; a named one must exist.
  if (explicit === undefined && !fs.existsSync(abs)) return undefined
  const text = readUserText(abs, 'configuration file', MAX_CONFIG_BYTES, file, {
    notFound: `configuration file ${inert(file)}: not found`,
    tooLarge: size =>
      `${inert(file)}:1:1: (document) is ${(size / MAX_CONFIG_BYTES).toFixed(1)} MiB; a configuration file may be at most 1 MiB`
  }).text
  const dir = path.dirname(abs)
  // A file in .github/ names paths from the repository root, which holds .github/.
  const base = path.basename(dir) === '.github' ? path.dirname(dir) : dir
  return parseConfig(text, file, base)
}

/** Parses and validates configuration text; `file` is only used in messages, `base` for relative paths. */
export function parseConfig(text: string, file: string, base: string): Config {
  const fname = inert(file)
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES)
    throw new UserError(
      `${fname}:1:1: (document) is larger than 1 MiB; a configuration file may be at most 1 MiB`
    )
  const lc = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: lc,
    prettyErrors: false,
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true
  })
  const at = (offset: number | undefined): string => {
    const p = lc.linePos(offset ?? 0)
    return `${fname}:${p.line}:${p.col}`
  }
  const err = doc.errors[0]
  if (err) {
    const first = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? err.code
    throw new UserError(`${at(err.pos[0])}: YAML: ${inert(first, 160)}`)
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    const alias = firstAlias(doc)
    throw new UserError(
      `${at(alias?.offset)}: ${keyPath(alias?.path ?? [])} uses YAML aliases that expand too much (${inert(e instanceof Error ? e.message : String(e), 100)}); write the values out`
    )
  }
  if (data === null || data === undefined) data = {}

  const where = (p: KeyPath): string => at(nodeAt(doc, p)?.range?.[0])
  const v = schema()
  if (!v(data)) {
    const errs = (v.errors ?? []).map(e => describe(doc, data, e, at))
    errs.sort((a, b) => a.offset - b.offset)
    const [first] = errs
    if (first) {
      const more =
        errs.length > 1 ? ` (and ${errs.length - 1} more problem${errs.length > 2 ? 's' : ''})` : ''
      throw new UserError(`${first.text}${more}`)
    }
  }
  const raw = data as {
    profile?: string
    'fail-on'?: Config['failOn']
    unknown?: Config['unknown']
    thresholds?: Config['thresholds']
    severity?: Config['severity']
    waivers?: Array<Omit<ConfigWaiver, 'index'>>
    policies?: string[]
  }
  const waivers: ConfigWaiver[] = (raw.waivers ?? []).map((w, index) => {
    if (expiresUnix(w.expires) === undefined)
      throw new UserError(
        `${where(['waivers', index, 'expires'])}: waivers[${index}].expires is not a calendar date: "${inert(w.expires, 20)}"`
      )
    return { index, ...w }
  })
  const policies = (raw.policies ?? []).map((p, i) => {
    const abs = path.resolve(base, p)
    if (!fs.existsSync(abs))
      throw new UserError(
        `${where(['policies', i])}: policies[${i}] "${inert(p, 120)}" does not exist (paths are relative to ${inert(base, 120)})`
      )
    return abs
  })
  const cfg: Config = { file, base, waivers, policies, where }
  if (raw.profile !== undefined) cfg.profile = raw.profile
  if (raw['fail-on'] !== undefined) cfg.failOn = raw['fail-on']
  if (raw.unknown !== undefined) cfg.unknown = raw.unknown
  if (raw.thresholds !== undefined) cfg.thresholds = raw.thresholds
  if (raw.severity !== undefined) cfg.severity = raw.severity
  return cfg
}

/** Seconds since the epoch of 00:00 UTC of a YYYY-MM-DD date; undefined for a date that does not exist. */

function nodeAt(doc: Document, p: KeyPath): Node | undefined {
  if (p.length === 0) return (doc.contents as Node | null) ?? undefined
  const n = doc.getIn(p as Array<string | number>, true)
  return n && typeof n === 'object' && 'range' in (n as object) ? (n as Node) : undefined
}

/** The node of the key `key` in the map at p (for "not a known key", which points at the key itself). */
function keyNodeAt(doc: Document, p: KeyPath, key: string): Node | undefined {
  const parent = nodeAt(doc, p)
  if (!isMap(parent)) return undefined
  const pair = parent.items.find(it => isScalar(it.key) && String(it.key.value) === key)
  return pair && isScalar(pair.key) ? pair.key : undefined
}

function firstAlias(doc: Document): { offset: number; path: Array<string | number> } | undefined {
  let found: { offset: number; path: Array<string | number> } | undefined
  visit(doc, {
    Alias(_key, node, ancestors) {
      const keys: Array<string | number> = []
      for (let i = 0; i < ancestors.length; i++) {
        const a = ancestors[i]
        const next = ancestors[i + 1] ?? node
        if (isPair(a) && isScalar(a.key)) keys.push(String(a.key.value))
        else if (isSeq(a)) keys.push(a.items.indexOf(next as never))
      }
      found = { offset: node.range?.[0] ?? 0, path: keys }
      return visit.BREAK
    }
  })
  return found
}

function shown(v: unknown): string {
  if (v === null) return 'empty'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  return `"${inert(String(v), 60)}"`
}

function describe(
  doc: Document,
  data: unknown,
  e: ErrorObject,
  at: (offset: number | undefined) => string
): { offset: number; text: string } {
  const p = errorPath(e, data)
  const node = nodeAt(doc, p)
  let offset = node?.range?.[0] ?? 0
  let kp = keyPath(p)
  let problem: string
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty
      const keyNode = keyNodeAt(doc, p, extra)
      offset = keyNode?.range?.[0] ?? offset
      kp = keyPath([...p, extra])
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      problem = `is not a known key${known.length ? ` (known: ${known.join(', ')})` : ''}`
      break
    }
    case 'required': {
      kp = keyPath([...p, (e.params as { missingProperty: string }).missingProperty])
      problem = 'is required'
      break
    }
    case 'type':
      problem = `must be ${typeName((e.params as { type: string | string[] }).type)}; got ${shown(e.data)}`
      break
    case 'enum':
      problem = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}; got ${shown(e.data)}`
      break
    case 'pattern':
      problem =
        p[p.length - 1] === 'expires'
          ? `must be a date YYYY-MM-DD; got ${shown(e.data)}`
          : `must not be empty or blank; got ${shown(e.data)}`
      break
    case 'minLength':
    case 'minItems':
      problem = 'must not be empty'
      break
    case 'maxItems':
      problem = `has more than ${(e.params as { limit: number }).limit} entries`
      break
    default:
      problem = e.message ?? e.keyword
  }
  return { offset, text: `${at(offset)}: ${kp} ${problem}` }
}
