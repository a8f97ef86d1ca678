/**
 * Legacy JSON templates: `variables`, `builders[]`, `provisioners[]`, with Go-template interpolation
 * ({{user `x`}}, {{template_dir}}, {{build_name}}, {{build_type}}); any other function stays unresolved.
 * Positions come from the located JSON parser (file:line:column of every value).
 */
import path from 'node:path'
import { UserError } from '../../errors.js'
import { inert } from '../../text.js'
import { JsonSyntaxError, parseLocated, type LocatedJson } from '../json-file.js'
import { TemplateError } from './errors.js'
import { Unknown, findUnknown, type Value } from './evaluate.js'
import {
  AZURE_ATTRIBUTES,
  GALLERY_ATTRIBUTES,
  type AzureSource,
  type Build,
  type InlineLine,
  type Provisioner,
  type ProvisionerSettings,
  type ReadOptions,
  type ScriptRef,
  type TemplateLocation,
  type TemplateModel,
  type TemplateValue,
  type TemplateVariable
} from './types.js'
import { displayPath, parseCliVars, readText } from './input.js'

function parse(abs: string, shown: string, what: string): LocatedJson {
  const text = readText(abs, shown, what)
  try {
    return parseLocated(text)
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      throw new TemplateError(shown, e.line, e.column, `invalid JSON: ${e.message}`)
    throw e
  }
}

type Json = unknown
const isRecord = (v: Json): v is Record<string, Json> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Values of a JSON var file ({"name": value, …}). */
export function readJsonVarFile(abs: string, shown: string): Array<[string, TemplateValue]> {
  const { value, positions } = parse(abs, shown, 'var file')
  if (!isRecord(value))
    throw new TemplateError(shown, 1, 1, 'a JSON var file must be an object of variable values')
  return Object.entries(value).map(([k, v]) => {
    const p = positions.get(k) ?? { line: 1, column: 1 }
    return [
      k,
      {
        value: v as Value,
        expr: JSON.stringify(v),
        location: { source: 'template', file: shown, line: p.line, column: p.column }
      }
    ]
  })
}

interface Ctx {
  vars: Record<string, TemplateVariable>
  templateDir: string
  buildName?: string
  buildType?: string
  env?: Record<string, string | undefined>
  inVariables?: boolean
  /** Keep the provisioner's own fields ({{ .Path }}, {{ .Vars }}) as written (execute_command). */
  keepDot?: boolean
}

/** Go-template interpolation of a legacy template string. */
export function interpolate(s: string, ctx: Ctx): string | Unknown {
  let out = ''
  let last = 0
  const re = /\{\{-?\s*(.*?)\s*-?\}\}/gs
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out += s.slice(last, m.index)
    last = re.lastIndex
    const body = m[1] ?? ''
    if (ctx.keepDot && /^\.\w+$/.test(body)) {
      out += m[0]
      continue
    }
    const call = /^(\w+)(?:\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)"))?$/.exec(body)
    const fn = call?.[1]
    const arg = call?.[2] ?? call?.[3]
    if (fn === 'user' && arg !== undefined) {
      const v = ctx.vars[arg]
      if (!v) return new Unknown(`variable "${arg}" is not declared`, m[0])
      if (v.value.unresolved) return new Unknown(v.value.reason, m[0])
      const x = v.value.value
      if (typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')
        return new Unknown(`variable "${arg}" has no string value`, m[0])
      out += String(x)
    } else if (fn === 'template_dir' && arg === undefined) out += ctx.templateDir
    else if (fn === 'build_name' && arg === undefined && ctx.buildName !== undefined) out += ctx.buildName
    else if (fn === 'build_type' && arg === undefined && ctx.buildType !== undefined) out += ctx.buildType
    else if (fn === 'env' && arg !== undefined && ctx.inVariables) {
      const v = ctx.env?.[arg]
      if (v === undefined) return new Unknown(`env \`${arg}\` depends on the build environment`, m[0])
      out += v
    } else return new Unknown(`{{${body}}} is not evaluated`, m[0])
  }
  return out + s.slice(last)
}

function resolveJson(v: Json, ctx: Ctx): Value {
  if (typeof v === 'string') return interpolate(v, ctx)
  if (Array.isArray(v)) return v.map(x => resolveJson(x, ctx))
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveJson(x, ctx)]))
  return v as Value
}

export async function readJsonTemplate(
  abs: string,
  shown: string,
  cwd: string,
  opts: ReadOptions
): Promise<TemplateModel> {
  const { value, positions } = parse(abs, shown, 'template')
  if (!isRecord(value))
    throw new TemplateError(shown, 1, 1, 'a JSON template must be an object with "builders"')
  const at = (p: string): TemplateLocation => {
    const pos = positions.get(p) ?? { line: 1, column: 1 }
    return { source: 'template', file: shown, line: pos.line, column: pos.column }
  }
  const notes: string[] = []
  const templateDir = displayPath(path.dirname(abs), cwd)
  const vars: Record<string, TemplateVariable> = {}
  const ctx: Ctx = { vars, templateDir, ...(opts.env ? { env: opts.env } : {}) }

  const declared = isRecord(value.variables) ? value.variables : {}
  for (const [name, def] of Object.entries(declared)) {
    const location = at(`variables.${name}`)
    if (def === null) {
      vars[name] = {
        value: {
          unresolved: true,
          expr: `{{user \`${name}\`}}`,
          reason: `variable "${name}" is required and no value was given`,
          location
        },
        from: 'none'
      }
      continue
    }
    // Kept as written: interpolated below, once every value (var files, --var) is in, as Packer does.
    vars[name] = { value: { value: def as Value, expr: JSON.stringify(def), location }, from: 'default' }
  }
  const assign = (
    name: string,
    v: TemplateValue,
    from: TemplateVariable['from'],
    where: string,
    strict: boolean
  ) => {
    if (!(name in declared)) {
      if (strict)
        throw new UserError(`${where}: variable "${inert(name)}" is not declared in ${inert(shown)}`)
      notes.push(`${where}: value for undeclared variable "${name}" ignored`)
      return
    }
    vars[name] = { value: v, from }
  }
  for (const f of opts.varFiles ?? []) {
    const fabs = path.resolve(cwd, f)
    const fshown = displayPath(fabs, cwd)
    if (!/\.json$/i.test(fabs))
      throw new UserError(`${inert(fshown)}: a legacy JSON template takes JSON var files`)
    for (const [name, v] of readJsonVarFile(fabs, fshown)) assign(name, v, 'var-file', fshown, false)
  }
  for (const [name, raw] of parseCliVars(opts.vars)) {
    assign(
      name,
      { value: raw, expr: raw, location: { source: 'template', file: `--var ${name}`, line: 1, column: 1 } },
      'cli',
      `--var ${name}`,
      true
    )
  }

  // Variables may refer to other variables ({{user `a`}}) and to the environment ({{env `X`}}): resolved
  // recursively over the final values; a cycle stays unresolved.
  const raw = new Map(Object.entries(vars).map(([k, v]) => [k, v]))
  const done = new Set<string>()
  const active = new Set<string>()
  const resolveVar = (name: string): void => {
    if (done.has(name) || active.has(name)) return
    const v = raw.get(name)
    if (!v || v.value.unresolved || typeof v.value.value !== 'string' || !v.value.value.includes('{{')) {
      done.add(name)
      return
    }
    active.add(name)
    const text = v.value.value
    for (const m of text.matchAll(/\{\{-?\s*user\s+[`"]([^`"]*)[`"]\s*-?\}\}/g)) resolveVar(m[1]!)
    const cyc = [...text.matchAll(/\{\{-?\s*user\s+[`"]([^`"]*)[`"]\s*-?\}\}/g)].some(m => active.has(m[1]!))
    const r = cyc
      ? new Unknown(`variable "${name}" refers to itself`, text)
      : interpolate(text, { ...ctx, inVariables: true })
    active.delete(name)
    done.add(name)
    vars[name] =
      r instanceof Unknown
        ? {
            value: { unresolved: true, expr: v.value.expr, reason: r.reason, location: v.value.location },
            from: v.from
          }
        : { value: { ...v.value, value: r }, from: v.from }
  }
  for (const name of Object.keys(vars)) resolveVar(name)

  const builders = Array.isArray(value.builders) ? value.builders : []
  if (!Array.isArray(value.builders))
    throw new TemplateError(shown, 1, 1, 'a JSON template needs a "builders" array')
  const sources: AzureSource[] = []
  const build: Build = { location: at('builders'), sources: [], provisioners: [] }
  builders.forEach((b, i) => {
    if (!isRecord(b)) return
    const type = typeof b.type === 'string' ? b.type : ''
    const name = typeof b.name === 'string' ? b.name : type
    if (type !== 'azure-arm') {
      notes.push(`${shown}:${at(`builders.${i}`).line}: builder "${name}" ignored (not azure-arm)`)
      return
    }
    const bctx: Ctx = { ...ctx, buildName: name, buildType: type }
    const val = (p: string, raw: Json): TemplateValue => {
      const v = resolveJson(raw, bctx)
      const u = findUnknown(v)
      const expr = typeof raw === 'string' ? raw : JSON.stringify(raw)
      return u
        ? { unresolved: true, expr, reason: u.reason, location: at(p) }
        : { value: v, expr, location: at(p) }
    }
    const src: AzureSource = { type: 'azure-arm', name, location: at(`builders.${i}`), attributes: {} }
    for (const k of AZURE_ATTRIBUTES) if (k in b) src.attributes[k] = val(`builders.${i}.${k}`, b[k])
    const sig = b.shared_image_gallery_destination
    if (isRecord(sig)) {
      const dest: NonNullable<AzureSource['shared_image_gallery_destination']> = {
        location: at(`builders.${i}.shared_image_gallery_destination`),
        attributes: {}
      }
      for (const k of GALLERY_ATTRIBUTES)
        if (k in sig) dest.attributes[k] = val(`builders.${i}.shared_image_gallery_destination.${k}`, sig[k])
      src.shared_image_gallery_destination = dest
    }
    sources.push(src)
    build.sources.push({ ref: name, name, source: src, location: at(`builders.${i}`) })
  })

  const provs = Array.isArray(value.provisioners) ? value.provisioners : []
  provs.forEach((p, i) => {
    if (!isRecord(p)) return
    const prov: Provisioner = {
      index: i,
      type: typeof p.type === 'string' ? p.type : '',
      location: at(`provisioners.${i}`)
    }
    const text = (
      raw: Json,
      where: string,
      keepDot = false
    ): { text: string; unresolved?: true; reason?: string; location: TemplateLocation } => {
      const s =
        typeof raw === 'string'
          ? interpolate(raw, keepDot ? { ...ctx, keepDot } : ctx)
          : new Unknown('not a string', JSON.stringify(raw))
      return s instanceof Unknown
        ? {
            text: typeof raw === 'string' ? raw : JSON.stringify(raw),
            unresolved: true,
            reason: s.reason,
            location: at(where)
          }
        : { text: s, location: at(where) }
    }
    const settings = (o: Record<string, Json>, base: string): ProvisionerSettings => {
      const st: ProvisionerSettings = {}
      if (Array.isArray(o.inline))
        st.inline = o.inline.map((l, j): InlineLine => text(l, `${base}.inline.${j}`))
      const scripts: ScriptRef[] = []
      if ('script' in o) {
        const t = text(o.script, `${base}.script`)
        scripts.push({
          path: t.text,
          location: t.location,
          ...(t.unresolved ? { unresolved: true, reason: t.reason } : {})
        })
      }
      if (Array.isArray(o.scripts)) {
        o.scripts.forEach((s, j) => {
          const t = text(s, `${base}.scripts.${j}`)
          scripts.push({
            path: t.text,
            location: t.location,
            ...(t.unresolved ? { unresolved: true, reason: t.reason } : {})
          })
        })
      }
      if (scripts.length) st.scripts = scripts
      if ('execute_command' in o) {
        const t = text(o.execute_command, `${base}.execute_command`, true)
        // Packer's own {{ .Path }} / {{ .Vars }} are the provisioner's, not user variables.
        st.execute_command = t
      }
      if (typeof o.direction === 'string') st.direction = o.direction
      return st
    }
    Object.assign(prov, settings(p, `provisioners.${i}`))
    if (isRecord(p.override)) {
      const ov: Record<string, ProvisionerSettings> = {}
      for (const [k, v] of Object.entries(p.override))
        if (isRecord(v)) ov[k] = settings(v, `provisioners.${i}.override.${k}`)
      prov.override = ov
    }
    if (Array.isArray(p.only)) prov.only = p.only.filter((x): x is string => typeof x === 'string')
    if (Array.isArray(p.except)) prov.except = p.except.filter((x): x is string => typeof x === 'string')
    build.provisioners.push(prov)
  })
  for (const k of Object.keys(value)) {
    if (
      ![
        'variables',
        'builders',
        'provisioners',
        'post-processors',
        'sensitive-variables',
        'description',
        'min_packer_version'
      ].includes(k)
    )
      notes.push(`${shown}:${at(k).line}: "${k}" ignored`)
  }
  return {
    format: 'json',
    root: shown,
    files: [shown],
    variables: vars,
    locals: {},
    sources,
    builds: build.sources.length ? [build] : [],
    notes,
    cwd
  }
}
