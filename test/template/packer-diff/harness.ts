/**
 * The differential test's two sides. Each case is a folder under cases/ with a template (HCL2 files, or one
 * legacy JSON file) and an optional case.json: { vars, var_files, env, mode }.
 *
 *  - mode "console" (default, HCL2): Packer's answer is `packer console` evaluating, one at a time, every
 *    variable, every local and the expression of every azure-arm source attribute our reader found, as
 *    `jsonencode(EXPR)`; the verdict is whether `packer console` accepts the template at all.
 *  - mode "build" (HCL2 with `null` sources): `packer validate`, then `packer build`, whose shell-local
 *    provisioners echo markers: which provisioners (and which override) run for which image. Our side reads
 *    the same template with the `null` sources named azure-arm.
 *  - mode "json" (legacy JSON): the azure-arm builders are replaced by `null` builders whose shell-local
 *    provisioner echoes each string attribute as Packer interpolates it.
 *
 * Recording (writes cases/X/expected.json): VMIP_PACKER_RECORD=1 npm test -- test/template/packer-diff
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readTemplate, templateFacts, TemplateError } from '../../../src/facts/template/index.js'
import type { TemplateModel, TemplateValue } from '../../../src/facts/template/types.js'
import { UserError } from '../../../src/errors.js'

export interface CaseSpec {
  vars?: Record<string, string>
  var_files?: string[]
  env?: Record<string, string>
  mode?: 'console' | 'build' | 'json'
}

/** One recorded answer: the JSON value Packer gave, or its error summary. */
export type Answer = { value: unknown } | { error: string }

export interface Expected {
  verdict: 'accepted' | 'rejected'
  error?: string
  /** console/json modes: key → Packer's answer. */
  values?: Record<string, { expr: string; answer: Answer }>
  /** build mode: image name → markers of the provisioners that ran, in order. */
  runs?: Record<string, string[]>
}

export const PACKER = path.resolve('.tools/bin/packer')
export const CASES = path.resolve('test/template/packer-diff/cases')

export function listCases(): string[] {
  return fs
    .readdirSync(CASES)
    .filter(n => fs.statSync(path.join(CASES, n)).isDirectory())
    .sort()
}

export function spec(dir: string): CaseSpec {
  const f = path.join(dir, 'case.json')
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as CaseSpec) : {}
}

function templateTarget(dir: string, s: CaseSpec): string {
  if (s.mode === 'json') return path.join(dir, 'template.json')
  return dir
}

/** The folder our reader reads: the case itself, or (build mode) a copy whose `null` sources are azure-arm. */
function ourDir(dir: string, s: CaseSpec): string {
  if (s.mode !== 'build') return dir
  const tmp = tempDir('vmip-diff-')
  for (const n of fs.readdirSync(dir)) {
    const t = fs.readFileSync(path.join(dir, n), 'utf8')
    fs.writeFileSync(
      path.join(tmp, n),
      n.endsWith('.hcl') ? t.replace(/"null"/g, '"azure-arm"').replace(/\bnull\.(\w)/g, 'azure-arm.$1') : t
    )
  }
  return tmp
}

export interface Ours {
  rejected?: string
  model?: TemplateModel
  /** key → expression and our value */
  values: Record<string, { expr: string; ours: TemplateValue }>
  runs: Record<string, string[]>
}

const MARK = /VMIP-(P\d+[A-Za-z0-9_-]*)/g

export async function ours(dir: string): Promise<Ours> {
  const s = spec(dir)
  const od = ourDir(dir, s)
  const out: Ours = { values: {}, runs: {} }
  let model: TemplateModel
  try {
    model = await readTemplate(templateTarget(od, s), {
      cwd: od,
      ...(s.vars ? { vars: s.vars } : {}),
      ...(s.var_files ? { varFiles: s.var_files.map(f => path.join(od, f)) } : {}),
      env: s.env ?? {}
    })
    out.model = model
    const images = templateFacts(model)
    for (const img of images) {
      const name = s.mode === 'build' ? img.name.replace('azure-arm.', 'null.') : img.name
      out.runs[name] = img.provisioners.flatMap(p =>
        (p.inline ?? []).flatMap(l => [...l.text.matchAll(MARK)].map(m => m[1]!))
      )
    }
  } catch (e) {
    if (e instanceof TemplateError || e instanceof UserError) {
      out.rejected = e.message
      return out
    }
    throw e
  }
  if (s.mode === 'build') return out
  for (const [n, v] of Object.entries(model.variables))
    out.values[`var.${n}`] = { expr: `var.${n}`, ours: v.value }
  for (const [n, v] of Object.entries(model.locals))
    out.values[`local.${n}`] = { expr: `local.${n}`, ours: v }
  for (const src of model.sources) {
    for (const [k, v] of Object.entries(src.attributes))
      out.values[`source.${src.name}.${k}`] = { expr: v.expr, ours: v }
    for (const [k, v] of Object.entries(src.shared_image_gallery_destination?.attributes ?? {}))
      out.values[`source.${src.name}.shared_image_gallery_destination.${k}`] = { expr: v.expr, ours: v }
  }
  if (s.mode === 'json') {
    for (const k of Object.keys(out.values)) if (k.startsWith('local.')) delete out.values[k]
  }
  return out
}

/** Temp folders this process made (an empty plugin folder, build-mode copies); removed by cleanup(). */
const temps: string[] = []
function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(d)
  return d
}
export function cleanup(): void {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true })
}
let pluginDir: string | undefined

function packerEnv(s: CaseSpec): NodeJS.ProcessEnv {
  const plugins = (pluginDir ??= tempDir('vmip-pkp-'))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    // Hermetic: no user configuration, plugins or checkpoint file from the machine's HOME.
    HOME: plugins,
    CHECKPOINT_DISABLE: '1',
    PACKER_PLUGIN_PATH: plugins,
    PACKER_NO_COLOR: '1',
    ...(s.env ?? {})
  }
  return env
}

function args(dir: string, s: CaseSpec): string[] {
  const a: string[] = []
  for (const [k, v] of Object.entries(s.vars ?? {})) a.push('-var', `${k}=${v}`)
  for (const f of s.var_files ?? []) a.push('-var-file', path.join(dir, f))
  return a
}

/** Every "Error: …" summary with its "on FILE line N". */
function errorsOf(out: string, dir: string): string[] {
  const lines = out.split('\n')
  const res: string[] = []
  lines.forEach((l, i) => {
    if (!/^Error: /.test(l.trim())) return
    const on = lines.slice(i + 1, i + 4).find(x => /^\s*on /.test(x))
    res.push(`${l.trim()}${on ? ` (${on.trim().replace(dir + '/', '')})` : ''}`.replace(/:$/, ''))
  })
  return res
}

/** First "Error: …" summary and its "on FILE line N" (file made relative to the case). */
function errorOf(stderr: string, dir: string): string {
  const lines = stderr.split('\n')
  const i = lines.findIndex(l => /^Error: /.test(l.trim()))
  if (i < 0) return stderr.trim().split('\n')[0] ?? 'error'
  const on = lines.slice(i + 1, i + 4).find(l => /^\s*on /.test(l))
  const where = on ? ` (${on.trim().replace(dir + '/', '')})` : ''
  return `${lines[i]!.trim()}${where}`.replace(/:$/, '')
}

function run(cmd: string[], dir: string, s: CaseSpec, input = '') {
  const r = spawnSync(PACKER, cmd, {
    cwd: dir,
    input,
    env: packerEnv(s),
    encoding: 'utf8',
    timeout: 120_000
  })
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

/** Packer's answers for a case (needs .tools/bin/packer). */
export function record(dir: string, mine: Ours): Expected {
  const s = spec(dir)
  const target = templateTarget(dir, s)
  if (s.mode === 'build' || s.mode === 'json') return recordBuild(dir, s, target, mine)
  // The verdict: `packer validate` with every error but the missing azure-arm plugin's.
  const v = run(['validate', ...args(dir, s), target], dir, s)
  const errs = errorsOf(v.stderr + v.stdout, dir).filter(e => !/Unknown source type azure-arm/.test(e))
  if (v.status !== 0 && errs.length > 0) return { verdict: 'rejected', error: errs[0]! }
  const probe = run(['console', ...args(dir, s), target], dir, s, 'jsonencode(1)\n')
  if (probe.status !== 0) return { verdict: 'rejected', error: errorOf(probe.stderr + probe.stdout, dir) }
  const values: NonNullable<Expected['values']> = {}
  for (const [k, { expr }] of Object.entries(mine.values)) {
    const r = run(
      ['console', ...args(dir, s), target],
      dir,
      s,
      `jsonencode(${expr.replace(/\n\s*/g, ' ')})\n`
    )
    const line = r.stdout.trim().split('\n').pop() ?? ''
    if (r.status === 0 && line !== '') {
      try {
        values[k] = { expr, answer: { value: JSON.parse(line) } }
        continue
      } catch {
        // not JSON: fall through to an error
      }
    }
    values[k] = { expr, answer: { error: errorOf(r.stderr + r.stdout, dir) } }
  }
  return { verdict: 'accepted', values }
}

function recordBuild(dir: string, s: CaseSpec, target: string, mine: Ours): Expected {
  let buildDir = dir
  let tpl = target
  const values: NonNullable<Expected['values']> = {}
  if (s.mode === 'json') {
    // A null-builder copy whose shell-local provisioner prints every string attribute as Packer interpolates it.
    const t = JSON.parse(fs.readFileSync(target, 'utf8')) as Record<string, unknown>
    const builders = (t.builders as Array<Record<string, unknown>>) ?? []
    const echo: string[] = []
    const keys: string[] = []
    for (const [k, { expr }] of Object.entries(mine.values)) {
      if (!k.startsWith('source.')) continue
      keys.push(k)
      echo.push(`echo 'VMIV ${keys.length - 1} '${shq(expr)}`)
    }
    for (const [k] of Object.entries(mine.values))
      if (k.startsWith('var.')) {
        keys.push(k)
        echo.push(`echo 'VMIV ${keys.length - 1} '${shq(`{{user \`${k.slice(4)}\`}}`)}`)
      }
    t.builders = builders.map(b => ({ type: 'null', name: b.name ?? b.type, communicator: 'none' }))
    t.provisioners = [{ type: 'shell-local', inline: echo.length ? echo : ['true'] }]
    delete t['post-processors']
    buildDir = tempDir('vmip-diffjson-')
    tpl = path.join(buildDir, 'template.json')
    fs.writeFileSync(tpl, JSON.stringify(t, null, 2))
    for (const f of s.var_files ?? []) fs.copyFileSync(path.join(dir, f), path.join(buildDir, f))
    const r = run(['build', ...args(buildDir, s), tpl], buildDir, s)
    if (r.status !== 0) return { verdict: 'rejected', error: errorOf(r.stderr + r.stdout, buildDir) }
    const got = new Map<number, string>()
    for (const m of r.stdout.matchAll(/VMIV (\d+) (.*)$/gm)) got.set(Number(m[1]), m[2]!)
    keys.forEach((k, i) => {
      const v = got.get(i)
      values[k] = {
        expr: mine.values[k]!.expr,
        answer: v === undefined ? { error: 'not printed' } : { value: v }
      }
    })
    return { verdict: 'accepted', values }
  }
  const v = run(['validate', ...args(buildDir, s), tpl], buildDir, s)
  if (v.status !== 0) return { verdict: 'rejected', error: errorOf(v.stderr + v.stdout, buildDir) }
  const r = run(['build', ...args(buildDir, s), tpl], buildDir, s)
  if (r.status !== 0) return { verdict: 'rejected', error: errorOf(r.stderr + r.stdout, buildDir) }
  const runs: Record<string, string[]> = {}
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*(?:==> )?([\w.-]+): (.*)$/.exec(line)
    if (!m) continue
    for (const mk of m[2]!.matchAll(/^VMIP-(P\d+[A-Za-z0-9_-]*)$/g)) (runs[m[1]!] ??= []).push(mk[1]!)
  }
  return { verdict: 'accepted', runs }
}

function shq(s: string): string {
  return `'${s.replace(/'/g, `'"'"'`)}'`
}

/** Differences between our reading and Packer's recorded answer ([] when they agree). */
export function compare(
  mine: Ours,
  exp: Expected,
  mode: CaseSpec['mode']
): { diffs: string[]; unresolved: string[] } {
  const diffs: string[] = []
  const unresolved: string[] = []
  if (exp.verdict === 'rejected') {
    if (!mine.rejected) diffs.push(`Packer rejects the template (${exp.error}); we accept it`)
    return { diffs, unresolved }
  }
  if (mine.rejected) {
    diffs.push(`Packer accepts the template; we reject it: ${mine.rejected}`)
    return { diffs, unresolved }
  }
  if (mode === 'build') {
    const names = new Set([...Object.keys(exp.runs ?? {}), ...Object.keys(mine.runs)])
    for (const n of names) {
      const a = JSON.stringify(mine.runs[n] ?? [])
      const b = JSON.stringify(exp.runs?.[n] ?? [])
      if (a !== b) diffs.push(`${n}: we run ${a}, Packer runs ${b}`)
    }
    return { diffs, unresolved }
  }
  for (const [k, { ours: v }] of Object.entries(mine.values)) {
    const rec = exp.values?.[k]
    if (!rec) {
      diffs.push(`${k}: no recorded answer (re-record: VMIP_PACKER_RECORD=1)`)
      continue
    }
    if (v.unresolved) {
      unresolved.push(`${k}: ${v.reason}`)
      continue
    }
    if ('value' in rec.answer && rec.answer.value === '<sensitive>') {
      unresolved.push(`${k}: sensitive (Packer does not show it either)`)
      continue
    }
    if ('error' in rec.answer) {
      diffs.push(`${k} = ${JSON.stringify(v.value)}, but Packer fails: ${rec.answer.error}`)
      continue
    }
    const want = mode === 'json' ? rec.answer.value : rec.answer.value
    const got = mode === 'json' && typeof v.value !== 'string' ? String(v.value) : v.value
    if (JSON.stringify(canon(got)) !== JSON.stringify(canon(want)))
      diffs.push(`${k} = ${JSON.stringify(got)}, Packer: ${JSON.stringify(want)}`)
  }
  return { diffs, unresolved }
}

function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon)
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map(k => [k, canon((v as Record<string, unknown>)[k])])
    )
  return v
}
