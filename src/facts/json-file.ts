import { UserError } from '../errors.js'
import { inert } from '../text.js'
import { readUserText } from '../user-file.js'

export interface Pos {
  line: number
  column: number
}

export interface LocatedJson {
  value: unknown
  /** Position of each value, keyed by its JSON path joined with "." ("builds.0.custom_data.sku"). */
  positions: Map<string, Pos>
}

const MAX_BYTES = 64 * 1024 * 1024
/** Deeper nesting than this is refused (with its position) before any recursive reader sees it. */
export const MAX_DEPTH = 256

/**
 * Reads a JSON file; every failure is a UserError naming the file (and line:column for syntax errors).
 * The file must be a regular file of at most 64 MiB (see readUserFile). The JSON is stricter than
 * JSON.parse: duplicate keys, numbers outside the double range (1e309), lone surrogate escapes and nesting
 * deeper than MAX_DEPTH are errors with a position. With `positions: false` no per-value map is kept
 * (facts files can hold thousands of documents). A file outside the workspace is never quoted.
 */
export function readJsonFile(file: string, what: string, opts: { positions?: boolean } = {}): LocatedJson {
  const { text, quotable } = readUserText(file, what, MAX_BYTES)
  if (text.trim() === '') throw new UserError(`${what} ${inert(file)} is empty`)
  try {
    return parseLocated(text, { positions: opts.positions !== false, quote: quotable })
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      throw new UserError(`${inert(file)}:${e.line}:${e.column}: invalid JSON in ${what}: ${e.message}`)
    throw e
  }
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number
  ) {
    super(message)
  }
}

export interface ParseOptions {
  /** Keep the position of every value (default true). */
  positions?: boolean
  /** Quote the offending character in messages (default true; false for a file outside the workspace). */
  quote?: boolean
}

/**
 * A small JSON parser that records the line and column of every value (JSON.parse records none) and
 * refuses what JSON.parse lets through silently: duplicate keys (both positions named), numbers that are
 * not finite doubles, lone surrogate escapes, nesting deeper than MAX_DEPTH. Keys such as `__proto__` are
 * own data properties, never a prototype.
 */
export function parseLocated(text: string, opts: ParseOptions = {}): LocatedJson {
  const keep = opts.positions !== false
  const quote = opts.quote !== false
  const positions = new Map<string, Pos>()
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = 0

  const fail = (msg: string, at: Pos = { line, column: i - lineStart + 1 }): never => {
    throw new JsonSyntaxError(msg, at.line, at.column)
  }
  const here = (): Pos => ({ line, column: i - lineStart + 1 })
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 10) {
        line++
        i++
        lineStart = i
      } else if (c === 32 || c === 9 || c === 13) i++
      else break
    }
  }
  const describe = () =>
    i >= text.length
      ? 'unexpected end of input'
      : quote
        ? `unexpected ${inert(JSON.stringify(text[i]), 12)}`
        : 'unexpected character'

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`)
    ws()
    if (keep) positions.set(path, here())
    const c = text[i]
    if (c === '{') {
      i++
      const obj: Record<string, unknown> = {}
      const seen = new Map<string, Pos>()
      ws()
      if (text[i] === '}') {
        i++
        return obj
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail(`${describe()}, expected a property name`)
        const at = here()
        const key = str()
        const first = seen.get(key)
        if (first)
          fail(`duplicate key ${inert(JSON.stringify(key), 80)} (first at ${first.line}:${first.column})`, at)
        seen.set(key, at)
        ws()
        if (text[i] !== ':') fail(`${describe()}, expected ':'`)
        i++
        Object.defineProperty(obj, key, {
          value: value(keep ? (path === '' ? key : `${path}.${key}`) : '', depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        })
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return obj
        }
        fail(`${describe()}, expected ',' or '}'`)
      }
    }
    if (c === '[') {
      i++
      const arr: unknown[] = []
      ws()
      if (text[i] === ']') {
        i++
        return arr
      }
      for (;;) {
        arr.push(value(keep ? (path === '' ? String(arr.length) : `${path}.${arr.length}`) : '', depth + 1))
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return arr
        }
        fail(`${describe()}, expected ',' or ']'`)
      }
    }
    if (c === '"') return str()
    NUMBER.lastIndex = i
    const m = NUMBER.exec(text)
    if (m) {
      const n = Number(m[0])
      if (!Number.isFinite(n))
        fail(`number ${inert(m[0], 40)} is outside the range of a double (it would read as Infinity)`)
      i += m[0].length
      return n
    }
    for (const [lit, v] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const) {
      if (text.startsWith(lit, i)) {
        i += lit.length
        return v
      }
    }
    return fail(describe())
  }

  const hex4 = (at: number): number =>
    /^[0-9a-fA-F]{4}$/.test(text.slice(at, at + 4)) ? parseInt(text.slice(at, at + 4), 16) : -1

  const str = (): string => {
    i++ // opening quote
    let out = ''
    let start = i
    for (;;) {
      if (i >= text.length) fail('unterminated string')
      const c = text.charCodeAt(i)
      if (c === 34) {
        out += text.slice(start, i)
        i++
        return out
      }
      if (c < 0x20) fail('control character in string')
      if (c >= 0xd800 && c <= 0xdfff) {
        // Raw surrogates only arrive in pairs from UTF-8; a lone one is refused like a lone escape.
        const next = text.charCodeAt(i + 1)
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          i += 2
          continue
        }
        fail('lone surrogate in string')
      }
      if (c === 92) {
        out += text.slice(start, i)
        const e = text[i + 1]
        const map: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t'
        }
        if (e !== undefined && Object.prototype.hasOwnProperty.call(map, e)) {
          out += map[e]
          i += 2
        } else if (e === 'u' && hex4(i + 2) >= 0) {
          const u = hex4(i + 2)
          if (u >= 0xdc00 && u <= 0xdfff) fail('lone surrogate escape in string (a low surrogate first)')
          if (u >= 0xd800 && u <= 0xdbff) {
            const lo = text[i + 6] === '\\' && text[i + 7] === 'u' ? hex4(i + 8) : -1
            if (lo < 0xdc00 || lo > 0xdfff)
              fail('lone surrogate escape in string (a high surrogate without its low half)')
            out += String.fromCharCode(u, lo)
            i += 12
          } else {
            out += String.fromCharCode(u)
            i += 6
          }
        } else fail('invalid escape in string')
        start = i
        continue
      }
      i++
    }
  }

  const v = value('', 0)
  ws()
  if (i < text.length) fail(`${describe()} after the end of the document`)
  return { value: v, positions }
}
