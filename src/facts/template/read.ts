/**
 * readTemplate(): a template file or directory read the way Packer reads it. A directory: every *.pkr.hcl
 * (sorted), then *.auto.pkrvars.hcl; variable values in Packer's order of precedence: defaults < PKR_VAR_*
 * (only from the env passed in) < auto var files < -var-file (in order) < --var (in order).
 */
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../../errors.js'
import { inert } from '../../text.js'
import type { Block, Body, Expr, Span } from './ast.js'
import { attr } from './ast.js'
import { TemplateError } from './errors.js'
import { EvalError, evaluate, findUnknown, toStr, Unknown, type Scope, type Value } from './evaluate.js'
import { extractBuilds, extractSources, loc, valueOf } from './extract.js'
import { parseHcl, parseHclExpression } from './hcl.js'
import { readJsonTemplate, readJsonVarFile } from './json.js'
import { displayPath, parseCliVars, readText } from './input.js'
import type { ReadOptions, TemplateModel, TemplateValue, TemplateVariable } from './types.js'

export async function readTemplate(pathOrDir: string, opts: ReadOptions = {}): Promise<TemplateModel> {
  const cwd = opts.cwd ?? process.cwd()
  const abs = path.resolve(cwd, pathOrDir)
  const shown = displayPath(abs, cwd)
  let st: fs.Stats
  try {
    st = fs.statSync(abs)
  } catch {
    throw new UserError(`template not found: ${inert(pathOrDir)}`)
  }
  if (!st.isDirectory() && /\.json$/i.test(abs) && !/\.pkr\.json$/i.test(abs))
    return readJsonTemplate(abs, shown, cwd, opts)
  if (/\.pkr\.json$/i.test(abs))
    throw new UserError(
      `${inert(shown)}: HCL in JSON syntax (*.pkr.json) is not supported; use *.pkr.hcl or a legacy JSON template`
    )

  const notes: string[] = []
  let files: string[]
  let autoVarFiles: string[] = []
  if (st.isDirectory()) {
    const names = fs.readdirSync(abs).sort()
    files = names.filter(n => n.endsWith('.pkr.hcl')).map(n => path.join(abs, n))
    autoVarFiles = names
      .filter(n => n.endsWith('.auto.pkrvars.hcl') || n.endsWith('.auto.pkrvars.json'))
      .map(n => path.join(abs, n))
    for (const n of names)
      if (n.endsWith('.pkr.json'))
        notes.push(`${displayPath(path.join(abs, n), cwd)}: HCL-in-JSON file ignored`)
    if (files.length === 0) throw new UserError(`no *.pkr.hcl files in ${inert(shown)}`)
  } else files = [abs]

  const bodies: Array<{ file: string; body: Body }> = []
  for (const f of files) {
    const name = displayPath(f, cwd)
    bodies.push({ file: name, body: await parseHcl(readText(f, name, 'template'), name) })
  }
  const top: Block[] = bodies.flatMap(b => b.body.blocks)
  for (const b of bodies) {
    for (const a of b.body.attributes)
      notes.push(`${a.span.file}:${a.span.line}: top-level attribute ${a.name} ignored`)
  }
  const KNOWN = new Set(['variable', 'variables', 'locals', 'local', 'source', 'build', 'packer', 'data'])
  for (const b of top)
    if (!KNOWN.has(b.type)) notes.push(`${b.span.file}:${b.span.line}: ${b.type} block ignored`)
  for (const b of top)
    if (b.type === 'data')
      notes.push(
        `${b.span.file}:${b.span.line}: data "${b.labels.join('" "')}" is not evaluated (data.* stays unresolved)`
      )

  // ---- variables
  interface Decl {
    name: string
    type?: string
    span: Span
  }
  const decls = new Map<string, Decl>()
  const sensitive = new Set<string>()
  const variables: Record<string, TemplateVariable> = {}
  // Variable defaults and var files: Packer evaluates them with no variables and (defaults) only env().
  const emptyScope: Scope = {
    variable: (n, e) => new EvalError(`Variables not allowed: var.${n} cannot be used here`, e),
    local: (n, e) => new EvalError(`Variables not allowed: local.${n} cannot be used here`, e),
    onlyEnv: true,
    ...(opts.env ? { env: opts.env } : {})
  }
  for (const b of top) {
    if (b.type === 'variable') {
      const name = b.labels[0] ?? ''
      if (decls.has(name))
        throw new TemplateError(
          b.span.file,
          b.span.line,
          b.span.column,
          `duplicate variable "${inert(name)}"`
        )
      const typeAttr = attr(b.body, 'type')
      const d: Decl = { name, span: b.span }
      if (typeAttr) d.type = typeAttr.expr.text.replace(/\s+/g, '')
      decls.set(name, d)
      const sens = attr(b.body, 'sensitive')
      if (sens && evaluate(sens.expr, emptyScope) === true) sensitive.add(name)
      const def = attr(b.body, 'default')
      const dv = def ? convertTo(valueOf(def.expr, emptyScope, def.span), d.type, def.expr.span) : undefined
      // Without a type, Packer gives the variable its default's type (a -var value is then converted to it).
      if (!typeAttr && dv && !dv.unresolved) {
        const x = dv.value
        d.type =
          typeof x === 'number'
            ? 'number'
            : typeof x === 'boolean'
              ? 'bool'
              : typeof x === 'string'
                ? 'string'
                : x === null
                  ? undefined
                  : 'any'
      }
      variables[name] = dv
        ? { value: dv, from: 'default' }
        : {
            value: {
              unresolved: true,
              expr: `var.${name}`,
              reason: `var.${name} has no default and no value was given`,
              location: loc(b.span)
            },
            from: 'none'
          }
    } else if (b.type === 'variables') {
      // Legacy `variables { name = default }` block.
      for (const a of b.body.attributes) {
        decls.set(a.name, { name: a.name, span: a.span })
        variables[a.name] = { value: valueOf(a.expr, emptyScope, a.span), from: 'default' }
      }
    }
  }
  const assign = (
    name: string,
    v: TemplateValue,
    from: TemplateVariable['from'],
    where: string,
    strict: boolean
  ) => {
    const d = decls.get(name)
    if (!d) {
      if (strict)
        throw new UserError(`${where}: variable "${inert(name)}" is not declared in ${inert(shown)}`)
      notes.push(`${where}: value for undeclared variable "${name}" ignored`)
      return
    }
    variables[name] = { value: convertTo(v, d.type, v.location), from }
  }
  if (opts.env) {
    for (const [k, v] of Object.entries(opts.env)) {
      if (!k.startsWith('PKR_VAR_') || v === undefined) continue
      const name = k.slice('PKR_VAR_'.length)
      if (!decls.has(name)) continue
      assign(name, await cliValue(name, v, decls.get(name)!, k), 'env', k, false)
    }
  }
  const varFile = async (f: string, from: 'auto-var-file' | 'var-file') => {
    const fabs = path.resolve(cwd, f)
    if (!/\.(hcl|json)$/i.test(fabs))
      throw new UserError(`-var-file ${inert(f)}: a var file must be suffixed with .hcl or .json`)
    const fshown = displayPath(fabs, cwd)
    if (/\.json$/i.test(fabs)) {
      for (const [name, v] of readJsonVarFile(fabs, fshown)) assign(name, v, from, fshown, false)
      return
    }
    const body = await parseHcl(readText(fabs, fshown, 'var file'), fshown)
    for (const b of body.blocks)
      notes.push(`${b.span.file}:${b.span.line}: ${b.type} block in a var file ignored`)
    for (const a of body.attributes)
      assign(a.name, valueOf(a.expr, emptyScope, a.span), from, `${fshown}:${a.span.line}`, false)
  }
  // Packer's order: HCL var files (auto, in lexical order, then -var-file in order), then JSON var files
  // (auto, then -var-file); the last value set wins.
  const isJson = (f: string) => /\.json$/i.test(f)
  for (const f of autoVarFiles.filter(f => !isJson(f))) await varFile(f, 'auto-var-file')
  for (const f of (opts.varFiles ?? []).filter(f => !isJson(f))) await varFile(f, 'var-file')
  for (const f of autoVarFiles.filter(isJson)) await varFile(f, 'auto-var-file')
  for (const f of (opts.varFiles ?? []).filter(isJson)) await varFile(f, 'var-file')
  for (const [name, raw] of parseCliVars(opts.vars)) {
    if (!decls.has(name))
      throw new UserError(
        `--var ${inert(name)}: variable "${inert(name)}" is not declared in ${inert(shown)}`
      )
    assign(name, await cliValue(name, raw, decls.get(name)!, `--var ${name}`), 'cli', `--var ${name}`, true)
  }

  // ---- locals (lazy, memoised, cycle-checked)
  const localExprs = new Map<string, { expr: Expr; span: Span }>()
  for (const b of top) {
    if (b.type === 'locals') {
      for (const a of b.body.attributes) {
        if (localExprs.has(a.name))
          throw new TemplateError(
            a.span.file,
            a.span.line,
            a.span.column,
            `duplicate local "${inert(a.name)}"`
          )
        localExprs.set(a.name, { expr: a.expr, span: a.span })
      }
    } else if (b.type === 'local') {
      const e = attr(b.body, 'expression')
      const name = b.labels[0] ?? ''
      if (e) localExprs.set(name, { expr: e.expr, span: e.span })
    }
  }
  const localValues = new Map<string, Value>()
  const evaluating = new Set<string>()
  const pathRoot = st.isDirectory() ? shown : displayPath(path.dirname(abs), cwd)
  const scope: Scope = {
    variable: (n, e) => {
      const v = variables[n]
      if (!v) return new EvalError(`Unsupported attribute: var.${n} is not declared`, e)
      if (sensitive.has(n)) return new Unknown(`var.${n} is sensitive; its value is never read into facts`, e)
      if (!v.value.unresolved) return v.value.value
      return new Unknown(
        v.value.reason.startsWith(`var.${n}`) ? v.value.reason : `var.${n}: ${v.value.reason}`,
        e
      )
    },
    local: (n, e) => {
      const known = localValues.get(n)
      if (known !== undefined) return known
      const def = localExprs.get(n)
      if (!def) return new EvalError(`Unsupported attribute: local.${n} is not defined`, e)
      if (evaluating.has(n)) return new Unknown(`local.${n} refers to itself`, e)
      evaluating.add(n)
      const v = evaluate(def.expr, scope)
      evaluating.delete(n)
      localValues.set(n, v)
      return v
    },
    pathRoot,
    ...(opts.env ? { env: opts.env } : {})
  }
  const locals: Record<string, TemplateValue> = {}
  for (const [name, def] of localExprs) locals[name] = valueOf(def.expr, scope, def.span)

  const sources = extractSources(top, scope, notes)
  const builds = extractBuilds(top, sources, scope, notes)
  const used = new Set(builds.flatMap(b => b.sources.map(s => s.source.name)))
  for (const s of sources)
    if (!used.has(s.name))
      notes.push(`${s.location.file}:${s.location.line}: source "azure-arm" "${s.name}" is used by no build`)
  return {
    format: 'hcl2',
    root: shown,
    files: files.map(f => displayPath(f, cwd)),
    variables,
    locals,
    sources,
    builds,
    notes,
    cwd
  }
}

/** A --var or PKR_VAR_ value: a string for string (and untyped) variables, else an HCL expression (as Packer). */
async function cliValue(
  name: string,
  raw: string,
  d: { type?: string; span: Span },
  where: string
): Promise<TemplateValue> {
  const location = { source: 'template' as const, file: where, line: 1, column: 1 }
  const type = d.type
  const bad = (why: string) =>
    new TemplateError(
      d.span.file,
      d.span.line,
      d.span.column,
      `${where}=${inert(raw, 80)}: ${why} (variable ${inert(name)} is declared here)`
    )
  if (type === undefined || type === 'string' || type === 'number') {
    const v = convertTo({ value: raw, expr: raw, location }, type, location, bad)
    return v
  }
  const e = await parseHclExpression(raw, where).catch(() => {
    throw bad(`not a valid ${type} value`)
  })
  const v = evaluate(e, {
    variable: (n, t) => new EvalError(`var.${n} cannot be used in --var`, t),
    local: (n, t) => new EvalError(`local.${n} cannot be used in --var`, t),
    onlyEnv: true
  })
  if (v instanceof Unknown) throw bad(`cannot read it as a ${type}`)
  return convertTo({ value: v, expr: raw, location }, type, location, bad)
}

const NUM = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/

/**
 * Converts a value to its declared type the way Packer (cty) does: primitives, and list/map of primitives;
 * a value that does not fit is an error, as in Packer. Other complex types are kept (object/tuple types stay
 * unresolved: cty's conversion may add or drop attributes).
 */
function convertTo(
  v: TemplateValue,
  type: string | undefined,
  at: { file: string; line: number; column: number },
  fail?: (why: string) => Error
): TemplateValue {
  if (v.unresolved || type === undefined || type === 'any' || v.value === null) return v
  const err = (why: string) =>
    fail ? fail(why) : new TemplateError(at.file, at.line, at.column, `Invalid value for variable: ${why}`)
  const conv = (x: Value, t: string): Value => {
    if (t === 'any') return x
    if (t === 'number') {
      if (typeof x === 'number') return x
      if (typeof x === 'string' && NUM.test(x)) return Number(x)
      throw err(`${inert(JSON.stringify(x), 60)} is not a number`)
    }
    if (t === 'bool') {
      if (typeof x === 'boolean') return x
      if (x === 'true' || x === 'false') return x === 'true'
      throw err(`${inert(JSON.stringify(x), 60)} is not a bool`)
    }
    if (t === 'string') {
      if (typeof x === 'string') return x
      if (typeof x === 'number') {
        const s = toStr(x, '')
        if (s instanceof Unknown) return s
        return s
      }
      if (typeof x === 'boolean') return x ? 'true' : 'false'
      throw err(`a ${Array.isArray(x) ? 'list' : 'map'} is not a string`)
    }
    const m = /^(list|map|set)\((.*)\)$/.exec(t)
    if (m) {
      const [, kind, inner] = m as unknown as [string, string, string]
      if (kind === 'map') {
        if (x === null || typeof x !== 'object' || Array.isArray(x) || x instanceof Unknown)
          throw err('a map is required')
        return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, conv(y, inner)]))
      }
      if (!Array.isArray(x)) throw err(`a ${kind} is required`)
      if (kind === 'set') return new Unknown('a set is ordered and deduplicated by Packer', v.expr)
      return x.map(y => conv(y, inner))
    }
    return new Unknown(`the conversion to ${t} is not evaluated`, v.expr)
  }
  const out = conv(v.value, type)
  const u = findUnknown(out)
  if (u) return { unresolved: true, expr: v.expr, reason: u.reason, location: v.location }
  return { ...v, value: out }
}
