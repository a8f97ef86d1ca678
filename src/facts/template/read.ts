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
import { evaluate, Unknown, type Scope, type Value } from './evaluate.js'
import { extractBuilds, extractSources, loc, valueOf } from './extract.js'
import { parseHcl, parseHclExpression } from './hcl.js'
import { readJsonTemplate, readJsonVarFile } from './json.js'
import type { ReadOptions, TemplateModel, TemplateValue, TemplateVariable } from './types.js'

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
  const emptyScope: Scope = {
    variable: (n, e) => new Unknown(`var.${n} cannot be used here`, e),
    local: (n, e) => new Unknown(`local.${n} cannot be used here`, e),
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
      variables[name] = def
        ? { value: convertTo(valueOf(def.expr, emptyScope, def.span), d.type), from: 'default' }
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
    variables[name] = { value: convertTo(v, d.type), from }
  }
  if (opts.env) {
    for (const [k, v] of Object.entries(opts.env)) {
      if (!k.startsWith('PKR_VAR_') || v === undefined) continue
      const name = k.slice('PKR_VAR_'.length)
      if (!decls.has(name)) continue
      assign(name, await cliValue(name, v, decls.get(name)?.type, k), 'env', k, false)
    }
  }
  const varFile = async (f: string, from: 'auto-var-file' | 'var-file') => {
    const fabs = path.resolve(cwd, f)
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
  for (const f of autoVarFiles) await varFile(f, 'auto-var-file')
  for (const f of opts.varFiles ?? []) await varFile(f, 'var-file')
  for (const [name, raw] of parseCliVars(opts.vars)) {
    if (!decls.has(name))
      throw new UserError(
        `--var ${inert(name)}: variable "${inert(name)}" is not declared in ${inert(shown)}`
      )
    assign(
      name,
      await cliValue(name, raw, decls.get(name)?.type, `--var ${name}`),
      'cli',
      `--var ${name}`,
      true
    )
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
      if (!v) return new Unknown(`var.${n} is not declared`, e)
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
      if (!def) return new Unknown(`local.${n} is not defined`, e)
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

/** A --var or PKR_VAR_ value: a string for string variables, else parsed as an HCL expression (as Packer does). */
async function cliValue(
  name: string,
  raw: string,
  type: string | undefined,
  where: string
): Promise<TemplateValue> {
  const location = { source: 'template' as const, file: where, line: 1, column: 1 }
  if (type === undefined || type === 'string') return { value: raw, expr: raw, location }
  if (type === 'number') {
    if (!/^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(raw))
      throw new UserError(`${where}: ${inert(raw)} is not a number (variable ${inert(name)} is a number)`)
    return { value: Number(raw), expr: raw, location }
  }
  if (type === 'bool') {
    if (raw !== 'true' && raw !== 'false')
      throw new UserError(`${where}: ${inert(raw)} is not true or false (variable ${inert(name)} is a bool)`)
    return { value: raw === 'true', expr: raw, location }
  }
  const e = await parseHclExpression(raw, where)
  const v = evaluate(e, {
    variable: (n, t) => new Unknown(`var.${n} cannot be used in --var`, t),
    local: (n, t) => new Unknown(`local.${n} cannot be used in --var`, t)
  })
  if (v instanceof Unknown)
    throw new UserError(`${where}: cannot read ${inert(raw)} as a ${type} for variable ${inert(name)}`)
  return { value: v, expr: raw, location }
}

/** Converts a value to a declared primitive type (number, bool, string) the way HCL does; complex types pass. */
function convertTo(v: TemplateValue, type: string | undefined): TemplateValue {
  if (v.unresolved || type === undefined || v.value === null) return v
  const x = v.value
  if (type === 'number') {
    if (typeof x === 'number') return v
    if (typeof x === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(x))
      return { ...v, value: Number(x) }
    return {
      unresolved: true,
      expr: v.expr,
      reason: `${JSON.stringify(x)} is not a number`,
      location: v.location
    }
  }
  if (type === 'bool') {
    if (typeof x === 'boolean') return v
    if (x === 'true' || x === 'false') return { ...v, value: x === 'true' }
    return {
      unresolved: true,
      expr: v.expr,
      reason: `${JSON.stringify(x)} is not a bool`,
      location: v.location
    }
  }
  if (type === 'string') {
    if (typeof x === 'string') return v
    if (typeof x === 'number' || typeof x === 'boolean')
      return { ...v, value: typeof x === 'number' ? String(x) : x ? 'true' : 'false' }
  }
  return v
}
