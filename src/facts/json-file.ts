import fs from 'node:fs'
import { UserError } from '../errors.js'
import { inert } from '../text.js'

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

/**
 * Reads a JSON file; every failure is a UserError naming the file (and line:column for syntax errors).
 * With `positions: false` the file is parsed by JSON.parse (fast, no per-value map: facts files can hold
 * thousands of documents) and the positional parser runs only to locate a syntax error.
 */
export function readJsonFile(file: string, what: string, opts: { positions?: boolean } = {}): LocatedJson {
  let text: string
  try {
    const st = fs.statSync(file)
    if (st.isDirectory()) throw new UserError(`${what} ${inert(file)} is a directory, not a file`)
    if (st.size > MAX_BYTES)
      throw new UserError(`${what} ${inert(file)} is ${st.size} bytes; the limit is ${MAX_BYTES}`)
    text = fs.readFileSync(file, 'utf8')
  } catch (e) {
    if (e instanceof UserError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(`${what} not found: ${inert(file)}`)
    if (code === 'EACCES') throw new UserError(`${what} not readable (permission denied): ${inert(file)}`)
    throw new UserError(`${what} ${inert(file)} could not be read: ${code ?? String(e)}`)
  }
  if (text.trim() === '') throw new UserError(`${what} ${inert(file)} is empty`)
  if (opts.positions === false) {
    try {
      return { value: JSON.parse(text) as unknown, positions: new Map() }
    } catch {
      // fall through: the positional parser says where the syntax error is
    }
  }
  try {
    return parseLocated(text)
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

/** A small JSON parser that records the line and column of every value (JSON.parse records none). */
export function parseLocated(text: string): LocatedJson {
  const positions = new Map<string, Pos>()
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = 0

  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, line, i - lineStart + 1)
  }
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
    i >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text[i])}`

  const value = (path: string, depth: number): unknown => {
    if (depth > 512) fail('nesting deeper than 512 levels')
    ws()
    positions.set(path, { line, column: i - lineStart + 1 })
    const c = text[i]
    if (c === '{') {
      i++
      const obj: Record<string, unknown> = {}
      ws()
      if (text[i] === '}') {
        i++
        return obj
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail(`${describe()}, expected a property name`)
        const key = str()
        ws()
        if (text[i] !== ':') fail(`${describe()}, expected ':'`)
        i++
        Object.defineProperty(obj, key, {
          value: value(path === '' ? key : `${path}.${key}`, depth + 1),
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
        arr.push(value(path === '' ? String(arr.length) : `${path}.${arr.length}`, depth + 1))
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
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (m) {
      i += m[0].length
      return Number(m[0])
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
        if (e !== undefined && e in map) {
          out += map[e]
          i += 2
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
          i += 6
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
