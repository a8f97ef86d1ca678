/**
 * Honest evaluation of HCL expressions: literals, var.x, local.x, path.root, interpolation, operators,
 * conditionals, indexing and the common functions, over known values. Anything else yields an Unknown that
 * carries the expression text and why; nothing is guessed.
 */
import type { Expr } from './ast.js'

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value } | Unknown

export class Unknown {
  constructor(
    readonly reason: string,
    readonly expr: string
  ) {}
}

/**
 * An expression Packer itself refuses (a function it does not have, wrong arguments, a negative element
 * index…): the template is rejected with this reason, as Packer rejects it. Carried like an Unknown.
 */
export class EvalError extends Unknown {}

/** The first EvalError inside a value (deeply), if any. */
export function findError(v: Value): EvalError | undefined {
  if (v instanceof EvalError) return v
  if (v instanceof Unknown) return undefined
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findError(x)
      if (u) return u
    }
  } else if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) {
      const u = findError(x)
      if (u) return u
    }
  }
  return undefined
}

/**
 * Packer 1.11.2's function set (hcl2template/functions.go, plus env()). A call to any other name is an error
 * in Packer ("There is no function named …"); a name here that we do not evaluate stays unresolved.
 */
export const PACKER_FUNCTIONS = new Set([
  'abs',
  'abspath',
  'aws_secretsmanager',
  'basename',
  'base64decode',
  'base64encode',
  'bcrypt',
  'can',
  'ceil',
  'chomp',
  'chunklist',
  'cidrhost',
  'cidrnetmask',
  'cidrsubnet',
  'cidrsubnets',
  'coalesce',
  'coalescelist',
  'compact',
  'concat',
  'consul_key',
  'contains',
  'convert',
  'csvdecode',
  'dirname',
  'distinct',
  'element',
  'env',
  'file',
  'fileexists',
  'fileset',
  'flatten',
  'floor',
  'format',
  'formatdate',
  'formatlist',
  'indent',
  'index',
  'join',
  'jsondecode',
  'jsonencode',
  'keys',
  'legacy_isotime',
  'legacy_strftime',
  'length',
  'log',
  'lookup',
  'lower',
  'max',
  'md5',
  'merge',
  'min',
  'parseint',
  'pathexpand',
  'pow',
  'range',
  'reverse',
  'replace',
  'regex',
  'regexall',
  'regex_replace',
  'rsadecrypt',
  'setintersection',
  'setproduct',
  'setunion',
  'sha1',
  'sha256',
  'sha512',
  'signum',
  'slice',
  'sort',
  'split',
  'strrev',
  'substr',
  'templatefile',
  'textdecodebase64',
  'textencodebase64',
  'timestamp',
  'timeadd',
  'title',
  'trim',
  'trimprefix',
  'trimspace',
  'trimsuffix',
  'try',
  'upper',
  'urlencode',
  'uuidv4',
  'uuidv5',
  'values',
  'vault',
  'yamldecode',
  'yamlencode',
  'zipmap'
])

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown
}

/** The first Unknown inside a value (deeply), if any. */
export function findUnknown(v: Value): Unknown | undefined {
  if (v instanceof Unknown) return v
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findUnknown(x)
      if (u) return u
    }
  } else if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) {
      const u = findUnknown(x)
      if (u) return u
    }
  }
  return undefined
}

export interface Scope {
  /** var.NAME */
  variable(name: string, expr: string): Value
  /** local.NAME */
  local(name: string, expr: string): Value
  /** path.root: the template's directory as the user named it. */
  pathRoot?: string
  /** Environment for env(): only what the caller passes; without it env() is unresolved. */
  env?: Record<string, string | undefined>
  /** A variable default: env() is the only function Packer allows there. */
  onlyEnv?: boolean
}

type Obj = { [k: string]: Value }

function isObj(v: Value): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown)
}

export function typeName(v: Value): string {
  if (v === null) return 'null'
  if (v instanceof Unknown) return 'unknown'
  if (Array.isArray(v)) return 'list'
  if (typeof v === 'object') return 'map'
  return typeof v
}

/** HCL's conversion of a primitive to string (for interpolation and string functions). */
export function toStr(v: Value, expr: string): string | Unknown {
  if (v instanceof Unknown) return v
  if (typeof v === 'string') return v
  if (typeof v === 'number') return numStr(v, expr)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  return new Unknown(`cannot use a ${typeName(v)} value as a string`, expr)
}

/**
 * A number as Packer's strings show it. Packer's numbers are 512-bit floats: a JavaScript double gives the
 * same text only for safe integers and for fractions written as literals (no exponent form); anything else
 * is left unresolved rather than printed differently.
 */
function numStr(n: number, expr = ''): string | Unknown {
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return n.toFixed(0)
  const s = String(n)
  if (!Number.isInteger(n) && !/e/i.test(s)) return s
  return new Unknown(`the number ${s} is printed with Packer's 512-bit precision`, expr)
}

/** Arithmetic whose exact result a double may not hold (fractions, beyond 2^53) stays unresolved. */
function exact(n: number, expr: string): number | Unknown {
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return n
  return new Unknown("fractional or very large arithmetic is computed with Packer's 512-bit numbers", expr)
}

function toNum(v: Value, expr: string): number | Unknown {
  if (v instanceof Unknown) return v
  if (typeof v === 'number') return v
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(v)) return Number(v)
  return new Unknown(`not a number: ${typeName(v)}`, expr)
}

function toBool(v: Value, expr: string): boolean | Unknown {
  if (v instanceof Unknown) return v
  if (typeof v === 'boolean') return v
  if (v === 'true') return true
  if (v === 'false') return false
  return new Unknown(`not a bool: ${typeName(v)}`, expr)
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!))
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every(k => k in b && equal(a[k]!, b[k]!))
  }
  return a === b
}

export function evaluate(e: Expr, scope: Scope): Value {
  const u = (reason: string) => new Unknown(reason, e.text)
  switch (e.kind) {
    case 'literal':
      return e.value
    case 'template': {
      if (e.parts.length === 1 && typeof e.parts[0] !== 'string') return evaluate(e.parts[0]!, scope)
      let out = ''
      for (const p of e.parts) {
        if (typeof p === 'string') {
          out += p
          continue
        }
        const v = evaluate(p, scope)
        if (v === null) return u(`${p.text} is null and cannot be interpolated`)
        const s = toStr(v, p.text)
        if (s instanceof Unknown) return s
        out += s
      }
      return out
    }
    case 'variable':
      if (e.name === 'true' || e.name === 'false') return e.name === 'true'
      if (e.name === 'null') return null
      return u(`${e.name} cannot be used on its own here`)
    case 'getattr': {
      if (e.object.kind === 'variable') {
        const ns = e.object.name
        if (ns === 'var') return scope.variable(e.name, e.text)
        if (ns === 'local') return scope.local(e.name, e.text)
        if (ns === 'path') {
          if (e.name === 'root' && scope.pathRoot !== undefined) return scope.pathRoot
          return u(`path.${e.name} depends on where Packer runs`)
        }
        if (ns === 'env') return u('env values depend on the build environment')
        return u(`${ns}.${e.name} is only known while Packer builds`)
      }
      const obj = evaluate(e.object, scope)
      if (obj instanceof Unknown) return obj
      if (isObj(obj))
        return e.name in obj
          ? obj[e.name]!
          : new EvalError(`Unsupported attribute: ${e.object.text} has no attribute "${e.name}"`, e.text)
      return u(`${e.object.text} is a ${typeName(obj)}, not an object`)
    }
    case 'index': {
      const obj = evaluate(e.object, scope)
      if (obj instanceof Unknown) return obj
      const key = evaluate(e.key, scope)
      if (key instanceof Unknown) return key
      return indexValue(obj, key, e.text, e.object.text)
    }
    case 'call':
      return call(e, scope)
    case 'tuple':
      return e.items.map(x => evaluate(x, scope))
    case 'object': {
      const out: Obj = {}
      for (const it of e.items) {
        const k = evaluate(it.key, scope)
        const ks = k === null ? u('an object key is null') : toStr(k, it.key.text)
        if (ks instanceof Unknown) return ks
        out[ks] = evaluate(it.value, scope)
      }
      return out
    }
    case 'conditional': {
      const c = toBool(evaluate(e.cond, scope), e.cond.text)
      if (c instanceof Unknown) return c
      return evaluate(c ? e.then : e.else, scope)
    }
    case 'unary': {
      const v = evaluate(e.operand, scope)
      if (e.op === '!') {
        const b = toBool(v, e.operand.text)
        return b instanceof Unknown ? b : !b
      }
      const n = toNum(v, e.operand.text)
      return n instanceof Unknown ? n : -n
    }
    case 'binary':
      return binary(e.op, evaluate(e.left, scope), evaluate(e.right, scope), e)
    case 'unsupported':
      return u(`${e.what} is not evaluated`)
  }
}

function indexValue(obj: Value, key: Value, text: string, objText: string): Value {
  if (Array.isArray(obj)) {
    const n = toNum(key, text)
    if (n instanceof Unknown) return n
    if (!Number.isInteger(n) || n < 0 || n >= obj.length)
      return new EvalError(`index ${String(n)} is out of range for ${objText} (${obj.length} elements)`, text)
    return obj[n]!
  }
  if (isObj(obj)) {
    const k = toStr(key, text)
    if (k instanceof Unknown) return k
    return k in obj
      ? obj[k]!
      : new EvalError(`Invalid index: ${objText} has no key ${JSON.stringify(k)}`, text)
  }
  return new Unknown(`${objText} is a ${typeName(obj)} and cannot be indexed`, text)
}

function binary(op: string, l: Value, r: Value, e: Expr): Value {
  const t = e.text
  if (op === '==' || op === '!=') {
    const un = findUnknown(l) ?? findUnknown(r)
    if (un) return un
    return op === '==' ? equal(l, r) : !equal(l, r)
  }
  if (op === '&&' || op === '||') {
    const a = toBool(l, t)
    const b = toBool(r, t)
    // A known short-circuit value decides even when the other side is unknown.
    if (op === '&&' && (a === false || b === false)) return false
    if (op === '||' && (a === true || b === true)) return true
    if (a instanceof Unknown) return a
    if (b instanceof Unknown) return b
    return op === '&&' ? a && b : a || b
  }
  const a = toNum(l, t)
  if (a instanceof Unknown) return a
  const b = toNum(r, t)
  if (b instanceof Unknown) return b
  switch (op) {
    case '+':
      return exact(a + b, t)
    case '-':
      return exact(a - b, t)
    case '*':
      return exact(a * b, t)
    case '/':
      return b === 0 ? new Unknown('division by zero', t) : exact(a / b, t)
    case '%':
      return b === 0 || !Number.isInteger(a) || !Number.isInteger(b)
        ? new Unknown("modulo is computed with Packer's 512-bit numbers", t)
        : exact(a % b, t)
    case '<':
      return a < b
    case '>':
      return a > b
    case '<=':
      return a <= b
    case '>=':
      return a >= b
    default:
      return new Unknown(`operator ${op} is not evaluated`, t)
  }
}

type Fn = (args: Value[], e: Expr & { kind: 'call' }, scope: Scope) => Value

const str1 =
  (f: (s: string) => string): Fn =>
  (args, e) => {
    const s = toStr(args[0] ?? null, e.text)
    return s instanceof Unknown ? s : f(s)
  }

/** The functions evaluated here; everything else (timestamp, uuidv4, file, templatefile, …) stays unresolved. */
const FUNCTIONS: Record<string, { min: number; max: number; fn: Fn; lazy?: boolean }> = {
  coalesce: {
    min: 1,
    max: Infinity,
    fn: (args, e) => {
      for (const a of args) {
        if (a instanceof Unknown) return a // an unknown earlier argument could be the non-null one
        if (a !== null && a !== '') return a
      }
      return new Unknown('coalesce: no non-null, non-empty argument', e.text)
    }
  },
  coalescelist: {
    min: 1,
    max: Infinity,
    fn: (args, e) => {
      for (const a of args) {
        if (a instanceof Unknown) return a
        if (Array.isArray(a) && a.length > 0) return a
      }
      return new Unknown('coalescelist: no non-empty list argument', e.text)
    }
  },
  lookup: {
    min: 3,
    max: 3,
    fn: (args, e) => {
      const [m, k, d] = args as [Value, Value, Value | undefined]
      if (m instanceof Unknown) return m
      const ks = toStr(k, e.text)
      if (ks instanceof Unknown) return ks
      if (!isObj(m)) return new Unknown(`lookup: ${typeName(m)} is not a map`, e.text)
      if (ks in m) return m[ks]!
      if (d !== undefined) return d
      return new Unknown(`lookup: no key ${JSON.stringify(ks)} and no default`, e.text)
    }
  },
  element: {
    min: 2,
    max: 2,
    fn: (args, e) => {
      const [l, i] = args as [Value, Value]
      if (l instanceof Unknown) return l
      const n = toNum(i, e.text)
      if (n instanceof Unknown) return n
      if (!Array.isArray(l) || l.length === 0) return new Unknown('element: not a non-empty list', e.text)
      if (n < 0) return new EvalError('cannot use element function with a negative index', e.text)
      if (!Number.isInteger(n)) return new Unknown('element: a fractional index', e.text)
      return l[n % l.length]!
    }
  },
  split: {
    min: 2,
    max: 2,
    fn: (args, e) => {
      const sep = toStr(args[0]!, e.text)
      const s = toStr(args[1]!, e.text)
      if (sep instanceof Unknown) return sep
      if (s instanceof Unknown) return s
      return s.split(sep)
    }
  },
  join: {
    min: 2,
    max: Infinity,
    fn: (args, e) => {
      const sep = toStr(args[0]!, e.text)
      if (sep instanceof Unknown) return sep
      const items: string[] = []
      for (const l of args.slice(1)) {
        if (l instanceof Unknown) return l
        if (!Array.isArray(l)) return new Unknown('join: not a list', e.text)
        for (const x of l) {
          const s = toStr(x, e.text)
          if (s instanceof Unknown) return s
          items.push(s)
        }
      }
      return items.join(sep)
    }
  },
  format: { min: 1, max: Infinity, fn: (args, e) => format(args, e.text) },
  lower: { min: 1, max: 1, fn: str1(s => s.toLowerCase()) },
  upper: { min: 1, max: 1, fn: str1(s => s.toUpperCase()) },
  trimspace: { min: 1, max: 1, fn: str1(s => s.trim()) },
  chomp: { min: 1, max: 1, fn: str1(s => s.replace(/(\r\n|\n|\r)+$/, '')) },
  title: { min: 1, max: 1, fn: str1(s => s.replace(/\b\w/g, c => c.toUpperCase())) },
  trimprefix: {
    min: 2,
    max: 2,
    fn: (args, e) => {
      const [s, p] = [toStr(args[0]!, e.text), toStr(args[1]!, e.text)]
      if (s instanceof Unknown) return s
      if (p instanceof Unknown) return p
      return s.startsWith(p) ? s.slice(p.length) : s
    }
  },
  trimsuffix: {
    min: 2,
    max: 2,
    fn: (args, e) => {
      const [s, p] = [toStr(args[0]!, e.text), toStr(args[1]!, e.text)]
      if (s instanceof Unknown) return s
      if (p instanceof Unknown) return p
      return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s
    }
  },
  replace: {
    min: 3,
    max: 3,
    fn: (args, e) => {
      const [s, f, r] = [toStr(args[0]!, e.text), toStr(args[1]!, e.text), toStr(args[2]!, e.text)]
      if (s instanceof Unknown) return s
      if (f instanceof Unknown) return f
      if (r instanceof Unknown) return r
      if (f.length > 1 && f.startsWith('/') && f.endsWith('/'))
        return new Unknown('replace with a regular expression is not evaluated', e.text)
      return s.split(f).join(r)
    }
  },
  substr: {
    min: 3,
    max: 3,
    fn: (args, e) => {
      const s = toStr(args[0]!, e.text)
      const o = toNum(args[1]!, e.text)
      const l = toNum(args[2]!, e.text)
      if (s instanceof Unknown) return s
      if (o instanceof Unknown) return o
      if (l instanceof Unknown) return l
      const chars = [...s]
      const start = o < 0 ? chars.length + o : o
      return chars.slice(start, l < 0 ? undefined : start + l).join('')
    }
  },
  length: {
    min: 1,
    max: 1,
    fn: (args, e) => {
      const v = args[0]!
      if (v instanceof Unknown) return v
      if (typeof v === 'string') return [...v].length
      if (Array.isArray(v)) return v.length
      if (isObj(v)) return Object.keys(v).length
      return new Unknown(`length of a ${typeName(v)}`, e.text)
    }
  },
  concat: {
    min: 1,
    max: Infinity,
    fn: (args, e) => {
      const out: Value[] = []
      for (const a of args) {
        if (a instanceof Unknown) return a
        if (!Array.isArray(a)) return new Unknown('concat: not a list', e.text)
        out.push(...a)
      }
      return out
    }
  },
  contains: {
    min: 2,
    max: 2,
    fn: (args, e) => {
      const [l, v] = args as [Value, Value]
      if (l instanceof Unknown) return l
      if (!Array.isArray(l)) return new Unknown('contains: not a list', e.text)
      const un = findUnknown(v) ?? findUnknown(l)
      if (un) return un
      return l.some(x => equal(x, v))
    }
  },
  keys: {
    min: 1,
    max: 1,
    fn: (args, e) => {
      const m = args[0]!
      if (m instanceof Unknown) return m
      return isObj(m) ? Object.keys(m).sort() : new Unknown('keys: not a map', e.text)
    }
  },
  values: {
    min: 1,
    max: 1,
    fn: (args, e) => {
      const m = args[0]!
      if (m instanceof Unknown) return m
      return isObj(m)
        ? Object.keys(m)
            .sort()
            .map(k => m[k]!)
        : new Unknown('values: not a map', e.text)
    }
  },
  merge: {
    min: 0,
    max: Infinity,
    fn: (args, e) => {
      const out: Obj = {}
      for (const a of args) {
        if (a instanceof Unknown) return a
        if (a === null) continue
        if (!isObj(a)) return new Unknown('merge: not a map', e.text)
        Object.assign(out, a)
      }
      return out
    }
  },
  flatten: {
    min: 1,
    max: 1,
    fn: (args, e) => {
      const flat = (v: Value): Value[] | Unknown => {
        if (v instanceof Unknown) return v
        if (!Array.isArray(v)) return [v]
        const out: Value[] = []
        for (const x of v) {
          const f = Array.isArray(x) || x instanceof Unknown ? flat(x) : [x]
          if (f instanceof Unknown) return f
          out.push(...f)
        }
        return out
      }
      const a = args[0]!
      if (!Array.isArray(a) && !(a instanceof Unknown)) return new Unknown('flatten: not a list', e.text)
      return flat(a)
    }
  },
  distinct: {
    min: 1,
    max: 1,
    fn: (args, e) => {
      const a = args[0]!
      if (a instanceof Unknown) return a
      if (!Array.isArray(a)) return new Unknown('distinct: not a list', e.text)
      const out: Value[] = []
      for (const x of a) if (!out.some(y => equal(x, y))) out.push(x)
      return out
    }
  },
  min: { min: 1, max: Infinity, fn: (args, e) => numFold(args, e.text, Math.min) },
  max: { min: 1, max: Infinity, fn: (args, e) => numFold(args, e.text, Math.max) },
  abs: { min: 1, max: 1, fn: (args, e) => numFold(args, e.text, Math.abs) },
  ceil: { min: 1, max: 1, fn: (args, e) => numFold(args, e.text, Math.ceil) },
  floor: { min: 1, max: 1, fn: (args, e) => numFold(args, e.text, Math.floor) },
  env: {
    min: 1,
    max: 1,
    fn: (args, e, scope) => {
      const name = toStr(args[0]!, e.text)
      if (name instanceof Unknown) return name
      const v = scope.env?.[name]
      return v === undefined ? new Unknown(`env("${name}") depends on the build environment`, e.text) : v
    }
  }
}

function numFold(args: Value[], text: string, f: (...n: number[]) => number): Value {
  const ns: number[] = []
  for (const a of args) {
    const n = toNum(a, text)
    if (n instanceof Unknown) return n
    ns.push(n)
  }
  return f(...ns)
}

function call(e: Expr & { kind: 'call' }, scope: Scope): Value {
  if (!PACKER_FUNCTIONS.has(e.name))
    return new EvalError(
      `Call to unknown function: there is no function named "${e.name}" in Packer 1.11.2`,
      e.text
    )
  if (scope.onlyEnv && e.name !== 'env')
    return new EvalError(`Call to unknown function: "${e.name}" cannot be used in a variable default`, e.text)
  const def = FUNCTIONS[e.name]
  if (!def) return new Unknown(`function ${e.name}() is not evaluated`, e.text)
  let args = e.args.map(a => evaluate(a, scope))
  if (e.expand) {
    const last = args[args.length - 1]
    if (last instanceof Unknown) return last
    if (!Array.isArray(last))
      return new Unknown(`${e.name}: the argument expanded with ... is not a list`, e.text)
    args = [...args.slice(0, -1), ...last]
  }
  if (args.length < def.min || args.length > def.max)
    return e.expand
      ? new Unknown(`${e.name}() called with ${args.length} arguments`, e.text)
      : new EvalError(
          `${e.name}() takes ${def.min === def.max ? def.min : `${def.min} or more`} arguments, not ${args.length}`,
          e.text
        )
  return def.fn(args, e, scope)
}

/** Go-style format verbs as HCL's format() knows them: %s %d %f %v %q %t %%, with widths. */
function format(args: Value[], text: string): Value {
  const f = toStr(args[0]!, text)
  if (f instanceof Unknown) return f
  let i = 1
  let out = ''
  const re = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g
  let last = 0
  for (let m = re.exec(f); m; m = re.exec(f)) {
    out += f.slice(last, m.index)
    last = re.lastIndex
    const [, flags = '', width, prec, verb] = m
    if (verb === '%') {
      out += '%'
      continue
    }
    if (i >= args.length) return new Unknown('format: too few arguments', text)
    const a = args[i++]!
    if (a instanceof Unknown) return a
    let s: string
    switch (verb) {
      case 's':
      case 'v': {
        if (verb === 'v' && typeof a === 'number' && !Number.isInteger(a))
          return new Unknown('format: %v of a fraction', text)
        const t = a === null ? 'null' : toStr(a, text)
        if (t instanceof Unknown) return t
        s = t
        break
      }
      case 'q': {
        const t = toStr(a, text)
        if (t instanceof Unknown) return t
        s = JSON.stringify(t)
        break
      }
      case 'd': {
        const n = toNum(a, text)
        if (n instanceof Unknown) return n
        if (!Number.isInteger(n)) return new Unknown('format: %d of a fraction', text)
        s = n.toFixed(0)
        if (flags.includes('+') && n >= 0) s = `+${s}`
        break
      }
      case 'f': {
        const n = toNum(a, text)
        if (n instanceof Unknown) return n
        if (!Number.isInteger(n))
          return new Unknown("format: %f of a fraction is rounded with Packer's 512-bit numbers", text)
        s = n.toFixed(prec === undefined ? 6 : Number(prec))
        break
      }
      case 't': {
        const b = toBool(a, text)
        if (b instanceof Unknown) return b
        s = String(b)
        break
      }
      default:
        return new Unknown(`format: verb %${verb} is not evaluated`, text)
    }
    if (width) {
      const w = Number(width)
      if (flags.includes('-')) s = s.padEnd(w)
      else s = s.padStart(w, flags.includes('0') && /[df]/.test(verb ?? '') ? '0' : ' ')
    }
    out += s
  }
  out += f.slice(last)
  return out
}
