/** From evaluated HCL blocks to the model: azure-arm sources, builds and their ordered provisioners. */
import type { Attribute, Block, Body, Expr, Span } from './ast.js'
import { attr, blocks } from './ast.js'
import { evaluate, findError, findUnknown, toStr, Unknown, type Scope, type Value } from './evaluate.js'
import {
  AZURE_ATTRIBUTES,
  GALLERY_ATTRIBUTES,
  type AzureSource,
  type Build,
  type BuildSource,
  type InlineLine,
  type Provisioner,
  type ProvisionerSettings,
  type ScriptRef,
  type TemplateLocation,
  type TemplateValue
} from './types.js'
import { TemplateError } from './errors.js'
import { inert } from '../../text.js'

export function loc(span: Span): TemplateLocation {
  const l: TemplateLocation = { source: 'template', file: span.file, line: span.line, column: span.column }
  if (span.end_line !== span.line) l.end_line = span.end_line
  return l
}

/** Evaluates an expression to a TemplateValue located at `at` (the attribute, usually). */
export function valueOf(expr: Expr, scope: Scope, at: Span): TemplateValue {
  const v = evaluate(expr, scope)
  // What Packer itself refuses rejects the template, at the expression (as Packer reports it).
  const err = findError(v)
  if (err) throw new TemplateError(expr.span.file, expr.span.line, expr.span.column, err.reason)
  const u = findUnknown(v)
  if (u) return { unresolved: true, expr: expr.text, reason: u.reason || 'unresolved', location: loc(at) }
  return { value: v, expr: expr.text, location: loc(at) }
}

function attrValue(a: Attribute, scope: Scope): TemplateValue {
  return valueOf(a.expr, scope, a.span)
}

function azureSource(block: Block, scope: Scope): AzureSource {
  const name = block.labels[1] ?? ''
  const src: AzureSource = { type: 'azure-arm', name, location: loc(block.span), attributes: {} }
  applyAttributes(src, block.body, scope)
  return src
}

function applyAttributes(src: AzureSource, body: Body, scope: Scope): void {
  for (const a of body.attributes) {
    if ((AZURE_ATTRIBUTES as readonly string[]).includes(a.name))
      src.attributes[a.name as (typeof AZURE_ATTRIBUTES)[number]] = attrValue(a, scope)
  }
  const sig = blocks(body, 'shared_image_gallery_destination')[0]
  if (sig) {
    const dest: NonNullable<AzureSource['shared_image_gallery_destination']> = {
      location: loc(sig.span),
      attributes: {}
    }
    for (const a of sig.body.attributes) {
      if ((GALLERY_ATTRIBUTES as readonly string[]).includes(a.name))
        dest.attributes[a.name as (typeof GALLERY_ATTRIBUTES)[number]] = attrValue(a, scope)
    }
    src.shared_image_gallery_destination = dest
  }
}

/** All `source` blocks: azure-arm ones are returned, the rest noted. */
export function extractSources(top: Block[], scope: Scope, notes: string[]): AzureSource[] {
  const out: AzureSource[] = []
  for (const b of top) {
    if (b.type !== 'source') continue
    const [type = '', name = ''] = b.labels
    if (type !== 'azure-arm') {
      notes.push(`${b.span.file}:${b.span.line}: source "${type}" "${name}" ignored (not azure-arm)`)
      continue
    }
    if (out.some(s => s.name === name))
      throw new TemplateError(
        b.span.file,
        b.span.line,
        b.span.column,
        `duplicate source "azure-arm" "${inert(name)}"`
      )
    out.push(azureSource(b, scope))
  }
  return out
}

function stringList(a: Attribute | undefined, scope: Scope): string[] | undefined {
  if (!a) return undefined
  const v = evaluate(a.expr, scope)
  if (!Array.isArray(v)) return undefined
  const out: string[] = []
  for (const x of v) {
    const s = x === null ? undefined : toStr(x, a.expr.text)
    if (typeof s === 'string') out.push(s)
  }
  return out
}

/** A template's own source text without its quotes (for showing an unresolved command as written). */
function rawString(e: Expr): string {
  const t = e.text
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1)
  return t
}

function lines<T>(
  a: Attribute,
  scope: Scope,
  make: (text: string, expr: Expr, at: Span, unknown?: Unknown) => T
): T[] {
  if (a.expr.kind === 'tuple') {
    return a.expr.items.map(item => {
      const v = evaluate(item, scope)
      const s = v === null ? new Unknown('null', item.text) : toStr(v, item.text)
      const u = s instanceof Unknown ? s : findUnknown(v)
      return u ? make(rawString(item), item, item.span, u) : make(s as string, item, item.span)
    })
  }
  const v = evaluate(a.expr, scope)
  if (Array.isArray(v)) {
    return v.map(x => {
      const s = x === null ? new Unknown('null', a.expr.text) : toStr(x, a.expr.text)
      return s instanceof Unknown ? make(a.expr.text, a.expr, a.span, s) : make(s, a.expr, a.span)
    })
  }
  if (typeof v === 'string') return [make(v, a.expr, a.span)]
  const u = findUnknown(v) ?? new Unknown(`not a list`, a.expr.text)
  return [make(rawString(a.expr), a.expr, a.span, u)]
}

/** inline, script(s), execute_command, direction from attributes (a provisioner's body or an override object). */
function settingsFrom(get: (name: string) => Attribute | undefined, scope: Scope): ProvisionerSettings {
  const p: ProvisionerSettings = {}
  const inline = get('inline')
  if (inline) {
    p.inline = lines<InlineLine>(inline, scope, (text, _e, at, u) => {
      const l: InlineLine = { text, location: loc(at) }
      if (u) {
        l.unresolved = true
        l.reason = u.reason
      }
      return l
    })
  }
  const scripts: ScriptRef[] = []
  for (const name of ['script', 'scripts']) {
    const a = get(name)
    if (!a) continue
    scripts.push(
      ...lines<ScriptRef>(a, scope, (text, _e, at, u) => {
        const s: ScriptRef = { path: text, location: loc(at) }
        if (u) {
          s.unresolved = true
          s.reason = u.reason
        }
        return s
      })
    )
  }
  if (scripts.length) p.scripts = scripts
  const ec = get('execute_command')
  if (ec) {
    const v = evaluate(ec.expr, scope)
    const s = typeof v === 'string' ? v : v instanceof Unknown ? v : new Unknown('not a string', ec.expr.text)
    p.execute_command =
      typeof s === 'string'
        ? { text: s, location: loc(ec.span) }
        : { text: rawString(ec.expr), unresolved: true, reason: s.reason, location: loc(ec.span) }
  }
  const dir = get('direction')
  if (dir) {
    const v = evaluate(dir.expr, scope)
    p.direction = typeof v === 'string' ? v : '(unresolved)'
  }
  return p
}

/** `override = { NAME = { inline = [...] } }`: each entry's settings, read from the expression's syntax. */
function overrideFrom(a: Attribute, scope: Scope): Record<string, ProvisionerSettings> | undefined {
  if (a.expr.kind !== 'object') return undefined
  const out: Record<string, ProvisionerSettings> = {}
  for (const it of a.expr.items) {
    const k = evaluate(it.key, scope)
    if (typeof k !== 'string' || it.value.kind !== 'object') continue
    const fields = new Map<string, Attribute>()
    for (const f of it.value.items) {
      const fk = evaluate(f.key, scope)
      if (typeof fk === 'string') fields.set(fk, { name: fk, expr: f.value, span: f.value.span })
    }
    out[k] = settingsFrom(n => fields.get(n), scope)
  }
  return out
}

export function provisionerFromHcl(b: Block, index: number, scope: Scope): Provisioner {
  const p: Provisioner = {
    index,
    type: b.labels[0] ?? '',
    location: loc(b.span),
    ...settingsFrom(n => attr(b.body, n), scope)
  }
  const only = stringList(attr(b.body, 'only'), scope)
  const except = stringList(attr(b.body, 'except'), scope)
  if (only) p.only = only
  if (except) p.except = except
  const ov = attr(b.body, 'override')
  if (ov) {
    const o = overrideFrom(ov, scope)
    if (o) p.override = o
  }
  return p
}

export function extractBuilds(top: Block[], sources: AzureSource[], scope: Scope, notes: string[]): Build[] {
  const out: Build[] = []
  for (const b of top) {
    if (b.type !== 'build') continue
    const nameAttr = attr(b.body, 'name')
    let name: string | undefined
    if (nameAttr) {
      const v = evaluate(nameAttr.expr, scope)
      if (typeof v === 'string') name = v
      else
        notes.push(
          `${nameAttr.span.file}:${nameAttr.span.line}: build name ${nameAttr.expr.text} is not a known string`
        )
    }
    const build: Build = { location: loc(b.span), sources: [], provisioners: [] }
    if (name !== undefined) build.name = name
    const refs: Array<{ ref: string; span: Span; override?: Body }> = []
    const srcAttr = attr(b.body, 'sources')
    if (srcAttr) {
      const items = srcAttr.expr.kind === 'tuple' ? srcAttr.expr.items : [srcAttr.expr]
      for (const it of items) {
        const v = evaluate(it, scope)
        if (typeof v === 'string') refs.push({ ref: v, span: it.span })
        else if (Array.isArray(v))
          for (const x of v) {
            if (typeof x === 'string') refs.push({ ref: x, span: it.span })
          }
        else notes.push(`${it.span.file}:${it.span.line}: build source ${it.text} is not a known string`)
      }
    }
    for (const sb of blocks(b.body, 'source')) {
      refs.push({ ref: sb.labels[0] ?? '', span: sb.span, override: sb.body })
    }
    for (const r of refs) {
      const m = /^(?:source\.)?([^.]+)\.(.+)$/.exec(r.ref)
      if (!m) {
        notes.push(
          `${r.span.file}:${r.span.line}: build source "${r.ref}" is not of the form source.TYPE.NAME`
        )
        continue
      }
      const [, type, sname] = m as unknown as [string, string, string]
      if (type !== 'azure-arm') {
        notes.push(`${r.span.file}:${r.span.line}: build source "${r.ref}" ignored (not azure-arm)`)
        continue
      }
      const base = sources.find(s => s.name === sname)
      if (!base)
        throw new TemplateError(
          r.span.file,
          r.span.line,
          r.span.column,
          `build refers to ${inert(r.ref)}, which no source block defines`
        )
      let source = base
      if (r.override) {
        // Packer merges the build's source block into the source's body: an argument set in both is an error.
        const def = top.find(t => t.type === 'source' && t.labels[0] === 'azure-arm' && t.labels[1] === sname)
        for (const a of r.override.attributes) {
          if (a.name === 'name') continue
          const prev = def && attr(def.body, a.name)
          if (prev)
            throw new TemplateError(
              a.span.file,
              a.span.line,
              a.span.column,
              `Duplicate argument: "${inert(a.name)}" was already set at ${prev.span.file}:${prev.span.line}; a build's source block may only add arguments`
            )
        }
        source = structuredCloneSource(base)
        applyAttributes(source, r.override, scope)
        const n = attr(r.override, 'name')
        if (n) {
          const v = evaluate(n.expr, scope)
          if (typeof v === 'string') source.name = v
        }
      }
      const full = `${name !== undefined ? `${name}.` : ''}azure-arm.${source.name}`
      if (out.some(b => b.sources.some(x => x.name === full)) || build.sources.some(x => x.name === full))
        throw new TemplateError(
          r.span.file,
          r.span.line,
          r.span.column,
          `the image ${inert(full)} is built twice; give each build a distinct name`
        )
      build.sources.push({ ref: r.ref, name: full, source, location: loc(r.span) } satisfies BuildSource)
    }
    let index = 0
    for (const pb of b.body.blocks) {
      if (pb.type === 'provisioner') build.provisioners.push(provisionerFromHcl(pb, index++, scope))
      else if (pb.type !== 'source')
        notes.push(`${pb.span.file}:${pb.span.line}: ${pb.type} block in build ignored`)
    }
    out.push(build)
  }
  return out
}

function structuredCloneSource(s: AzureSource): AzureSource {
  return {
    ...s,
    attributes: { ...s.attributes },
    ...(s.shared_image_gallery_destination
      ? {
          shared_image_gallery_destination: {
            ...s.shared_image_gallery_destination,
            attributes: { ...s.shared_image_gallery_destination.attributes }
          }
        }
      : {})
  }
}

/**
 * Does provisioner `p` run for the image `b` of a build (only/except)? As Packer matches them: HCL2 compares
 * each name with "TYPE.NAME" (NAME: the build's `name` for the source, else the source's), nothing else;
 * legacy JSON with the builder's name.
 */
export function appliesTo(p: Provisioner, b: BuildSource, format: 'hcl2' | 'json' = 'hcl2'): boolean {
  const name = format === 'json' ? b.name : `azure-arm.${b.source.name}`
  if (p.only && p.only.length > 0) return p.only.includes(name)
  if (p.except && p.except.length > 0) return !p.except.includes(name)
  return true
}

export type { Value }
