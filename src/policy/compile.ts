import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { distDir, readJsonAsset } from '../assets.js'
import { UserError } from '../errors.js'
import type { RuleMeta, Severity } from '../report/types.js'
import { compareNatural, inert } from '../text.js'
import { readUserFile } from '../user-file.js'
import type { Profiles } from './engine.js'

/**
 * Custom policies: users' Rego rules compiled together with the built-in ones (when `opa` is on PATH), or a
 * prebuilt bundle (a folder or .tar.gz with policy.wasm and rules.json). The same checks as
 * scripts/build-policy.mjs: a capabilities file limited to policies/wasm-builtins.txt, METADATA on every rule.
 */
export interface Ruleset {
  wasm: Buffer
  rules: RuleMeta[]
  profiles?: Profiles
}

const here = path.dirname(fileURLToPath(import.meta.url))
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']
/** Largest policy.wasm / rules.json accepted from a bundle. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/** `opa` to compile with: $OPA_BIN, else the first `opa` on PATH; undefined when there is none. */
export function findOpa(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OPA_BIN) return fs.existsSync(env.OPA_BIN) ? env.OPA_BIN : undefined
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const f = path.join(dir, process.platform === 'win32' ? 'opa.exe' : 'opa')
    try {
      fs.accessSync(f, fs.constants.X_OK)
      if (fs.statSync(f).isFile()) return f
    } catch {
      /* not here */
    }
  }
  return undefined
}

/** The built-in Rego sources: the repository's policies/ (from source) or dist/policies (the bundle). */
export function builtinPoliciesDir(): string {
  const candidates = [path.resolve(here, '..', '..', 'policies'), path.resolve(here, '..', 'policies')]
  try {
    candidates.push(path.join(distDir(), 'policies'))
  } catch {
    /* no dist */
  }
  const d = candidates.find(c => fs.existsSync(path.join(c, 'main.rego')))
  if (!d) throw new Error(`built-in policies (main.rego) not found near ${here}`)
  return d
}

/** Every .rego file under the given files/folders, tests (*_test.rego) left out, in a stable order. */
export function regoFiles(paths: string[]): string[] {
  const out: string[] = []
  const walk = (p: string) => {
    const st = fs.statSync(p)
    if (st.isDirectory()) for (const f of fs.readdirSync(p).sort()) walk(path.join(p, f))
    else if (p.endsWith('.rego') && !p.endsWith('_test.rego')) out.push(p)
  }
  for (const p of paths) walk(p)
  return [...new Set(out)]
}

function packageOf(text: string): { name: string; line: number } | undefined {
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*package\s+([A-Za-z0-9_.[\]"]+)/.exec(lines[i] ?? '')
    if (m) return { name: m[1] as string, line: i + 1 }
  }
  return undefined
}

const run = (cmd: string, argv: string[]): string =>
  execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] })

/**
 * Compiles the built-in policies with the user's Rego files into one wasm module and returns it with the
 * rule metadata of both. Problems (wrong package, AZMP- IDs, missing METADATA, compile errors) throw one
 * UserError line naming the user's file.
 */
export function compilePolicies(custom: string[], opts: { opa: string; base?: string }): Ruleset {
  const display = (f: string) => inert(opts.base ? path.relative(opts.base, f) || f : f, 160)
  const files = regoFiles(custom)
  if (files.length === 0)
    throw new UserError(`policies: no .rego files in ${custom.map(c => display(c)).join(', ')}`)
  const builtinRules = readJsonAsset<RuleMeta[]>('rules.json')
  const builtinPaths = new Set(builtinRules.map(r => r.path))
  const rulePackages = new Map<string, string>()
  for (const f of files) {
    const pkg = packageOf(fs.readFileSync(f, 'utf8'))
    if (!pkg) throw new UserError(`${display(f)}:1: no package declaration`)
    const parts = pkg.name.split('.')
    const isRule = parts[0] === 'vmimage' && parts[1] === 'rules' && parts.length === 4
    const isHelper = parts[0] === 'vmimage' && parts[1] === 'custom' && parts.length >= 3
    if (!isRule && !isHelper)
      throw new UserError(
        `${display(f)}:${pkg.line}: package ${inert(pkg.name, 80)}: a custom rule's package is vmimage.rules.<area>.<name> (e.g. vmimage.rules.custom.image_prefix), a helper's vmimage.custom.<name>`
      )
    if (isRule) {
      const p = `${parts[2]}.${parts[3]}`
      if (builtinPaths.has(p))
        throw new UserError(
          `${display(f)}:${pkg.line}: package ${inert(pkg.name, 80)} is a built-in rule's; give the custom rule its own name`
        )
      rulePackages.set(p, `${display(f)}:${pkg.line}`)
    }
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-policy-'))
  try {
    // The user's files are copied (only .rego: a data.json beside them must not become policy data).
    const cdir = path.join(tmp, 'custom')
    fs.mkdirSync(cdir)
    const back = new Map<string, string>()
    files.forEach((f, i) => {
      const to = path.join(cdir, `${i}_${path.basename(f)}`)
      fs.copyFileSync(f, to)
      back.set(to, display(f))
    })
    const unmap = (s: string) => {
      let out = s
      for (const [t, f] of back) out = out.split(t).join(f)
      return out.split(tmp).join('<tmp>')
    }
    const builtin = builtinPoliciesDir()
    const allowed = new Set(
      fs
        .readFileSync(path.join(builtin, 'wasm-builtins.txt'), 'utf8')
        .split('\n')
        .filter(l => !l.startsWith('#'))
        .flatMap(l => l.split(/\s+/))
        .filter(Boolean)
    )
    const caps = JSON.parse(run(opts.opa, ['capabilities', '--current'])) as {
      builtins: Array<{ name: string }>
    }
    caps.builtins = caps.builtins.filter(b => allowed.has(b.name))
    const capsFile = path.join(tmp, 'capabilities.json')
    fs.writeFileSync(capsFile, JSON.stringify(caps))
    const bundle = path.join(tmp, 'bundle.tar.gz')
    try {
      run(opts.opa, [
        'build',
        '-t',
        'wasm',
        '--capabilities',
        capsFile,
        '-e',
        'vmimage/main/findings',
        '--ignore',
        '*_test.rego',
        '--ignore',
        'profiles',
        '-o',
        bundle,
        builtin,
        cdir
      ])
    } catch (e) {
      const x = e as { stderr?: string; stdout?: string; message?: string }
      const err = `${x.stderr ?? ''} ${x.stdout ?? ''}`.trim() || String(x.message)
      throw new UserError(
        `policies: opa build failed (built-ins outside policies/wasm-builtins.txt are not available): ${inert(unmap(err).replace(/\s+/g, ' ').trim(), 600)}`
      )
    }
    const wasm = readTarGz(bundle, ['policy.wasm'])['policy.wasm']
    if (!wasm) throw new Error('opa build wrote no policy.wasm')

    const inspected = JSON.parse(run(opts.opa, ['inspect', '-a', '--format', 'json', cdir])) as {
      annotations?: Array<{
        path: Array<{ value: string }>
        location?: { file?: string; row?: number }
        annotations?: {
          scope?: string
          title?: string
          description?: string
          custom?: Record<string, unknown>
        }
      }>
    }
    const rules: RuleMeta[] = []
    const ids = new Map(builtinRules.map(r => [r.id.toUpperCase(), r.path]))
    for (const a of inspected.annotations ?? []) {
      if (a.annotations?.scope !== 'package') continue
      const pkg = a.path.map(p => p.value).filter(v => v !== 'data')
      if (pkg[0] !== 'vmimage' || pkg[1] !== 'rules' || pkg.length !== 4) continue
      const where = `${back.get(a.location?.file ?? '') ?? '?'}:${a.location?.row ?? 1}`
      const an = a.annotations
      const c = an.custom ?? {}
      const rulePath = `${pkg[2]}.${pkg[3]}`
      const str = (v: unknown) => (typeof v === 'string' ? v : '')
      const rule: RuleMeta = {
        id: str(c.id),
        path: rulePath,
        area: pkg[2] as string,
        title: str(an.title),
        description: str(an.description).trim(),
        severity: str(c.severity) as Severity,
        guide: str(c.guide),
        stage: str(c.stage) || 'any',
        facts: Array.isArray(c.facts) ? c.facts.map(String) : [],
        remediation: str(c.remediation).trim()
      }
      for (const k of ['id', 'title', 'severity', 'remediation'] as const)
        if (!rule[k])
          throw new UserError(`${where}: METADATA of ${rulePath} lacks ${k === 'title' ? k : `custom.${k}`}`)
      if (!SEVERITIES.includes(rule.severity))
        throw new UserError(
          `${where}: custom.severity "${inert(rule.severity, 20)}" is not error, warning or notice`
        )
      if (/^AZMP-/i.test(rule.id))
        throw new UserError(
          `${where}: rule ID ${inert(rule.id, 40)}: the AZMP- prefix is reserved for built-in rules; use your own (e.g. ACME-001)`
        )
      if (!/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$/.test(rule.id))
        throw new UserError(`${where}: rule ID "${inert(rule.id, 40)}" must look like PREFIX-NAME-001`)
      const dup = ids.get(rule.id.toUpperCase())
      if (dup) throw new UserError(`${where}: rule ID ${rule.id} is already used by ${dup}`)
      ids.set(rule.id.toUpperCase(), rulePath)
      rules.push(rule)
    }
    for (const [p, where] of rulePackages)
      if (!rules.some(r => r.path === p))
        throw new UserError(
          `${where}: package vmimage.rules.${p} has no package METADATA (# METADATA with title and custom.id, severity, remediation; scope: package)`
        )
    return { wasm, rules: [...builtinRules, ...rules].sort((a, b) => compareNatural(a.id, b.id)) }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

/** Reads the named files from a .tar.gz (leading "/" or "./" ignored), each at most 64 MiB. */
export function readTarGz(file: string, names: string[]): Record<string, Buffer> {
  let data: Buffer
  try {
    data = zlib.gunzipSync(readUserFile(file, 'policy bundle', MAX_BUNDLE_BYTES).data, {
      maxOutputLength: 4 * MAX_BUNDLE_BYTES
    })
  } catch (e) {
    if (e instanceof UserError) throw e
    throw new UserError(`${inert(file)}: not a readable .tar.gz (${inert((e as Error).message, 100)})`)
  }
  const want = new Set(names)
  const out: Record<string, Buffer> = {}
  let off = 0
  let longName: string | undefined
  while (off + 512 <= data.length) {
    const h = data.subarray(off, off + 512)
    if (h.every(b => b === 0)) break
    const str = (a: number, b: number) => h.subarray(a, b).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(str(124, 136).trim() || '0', 8)
    const type = str(156, 157)
    const prefix = str(257, 263).startsWith('ustar') ? str(345, 500) : ''
    let name = longName ?? (prefix ? `${prefix}/${str(0, 100)}` : str(0, 100))
    longName = undefined
    const body = data.subarray(off + 512, off + 512 + size)
    if (!Number.isFinite(size) || size < 0 || off + 512 + size > data.length)
      throw new UserError(`${inert(file)}: truncated tar archive`)
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '')
    else if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))
      if (m) longName = m[1]
    } else if (type === '0' || type === '') {
      name = name.replace(/^(\.?\/)+/, '')
      if (want.has(name)) out[name] = Buffer.from(body)
    }
    off += 512 + Math.ceil(size / 512) * 512
  }
  return out
}

/**
 * A prebuilt bundle (`vm-image-policy compile --out DIR`, or that folder as .tar.gz): policy.wasm and
 * rules.json, optionally profiles.json (else the built-in profiles are used).
 */
export function readPolicyBundle(p: string): Ruleset {
  let files: Record<string, Buffer>
  const names = ['policy.wasm', 'rules.json', 'profiles.json']
  let st: fs.Stats
  try {
    st = fs.statSync(p)
  } catch {
    throw new UserError(`policy bundle ${inert(p)}: not found`)
  }
  if (st.isDirectory()) {
    files = {}
    for (const n of names) {
      const f = path.join(p, n)
      if (!fs.existsSync(f)) continue
      files[n] = readUserFile(f, 'policy bundle file', MAX_BUNDLE_BYTES).data
    }
  } else files = readTarGz(p, names)
  for (const n of ['policy.wasm', 'rules.json'])
    if (!files[n])
      throw new UserError(`policy bundle ${inert(p)}: has no ${n} (build one with: vm-image-policy compile)`)
  const wasm = files['policy.wasm'] as Buffer
  if (wasm.subarray(0, 4).toString('latin1') !== '\0asm')
    throw new UserError(`policy bundle ${inert(p)}: policy.wasm is not a WebAssembly module`)
  let rules: unknown
  let profiles: unknown
  try {
    rules = JSON.parse((files['rules.json'] as Buffer).toString('utf8'))
    if (files['profiles.json']) profiles = JSON.parse(files['profiles.json'].toString('utf8'))
  } catch (e) {
    throw new UserError(`policy bundle ${inert(p)}: ${inert((e as Error).message, 120)}`)
  }
  const ok = (r: unknown): r is RuleMeta => {
    const o = r as Record<string, unknown>
    return (
      typeof o === 'object' &&
      o !== null &&
      ['id', 'path', 'title'].every(k => typeof o[k] === 'string' && o[k] !== '') &&
      SEVERITIES.includes(o.severity as Severity)
    )
  }
  if (!Array.isArray(rules) || !rules.every(ok))
    throw new UserError(
      `policy bundle ${inert(p)}: rules.json must be a list of rules with id, path, title and severity`
    )
  const norm = rules.map(r => ({
    ...r,
    area: r.area || (r.path.split('.')[0] ?? ''),
    description: r.description ?? '',
    guide: r.guide ?? '',
    remediation: r.remediation ?? '',
    stage: r.stage ?? 'any',
    facts: Array.isArray(r.facts) ? r.facts : []
  }))
  const out: Ruleset = { wasm, rules: norm }
  if (profiles !== undefined) {
    if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles))
      throw new UserError(`policy bundle ${inert(p)}: profiles.json must map profile names to thresholds`)
    out.profiles = profiles as Profiles
  }
  return out
}

/** Writes a ruleset as a bundle folder that --policy-bundle / input policy-bundle accepts. */
export function writePolicyBundle(r: Ruleset, dir: string): void {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'policy.wasm'), r.wasm)
  fs.writeFileSync(path.join(dir, 'rules.json'), JSON.stringify(r.rules, null, 2) + '\n')
  fs.writeFileSync(
    path.join(dir, 'profiles.json'),
    JSON.stringify(r.profiles ?? readJsonAsset<Profiles>('profiles.json'), null, 2) + '\n'
  )
}
