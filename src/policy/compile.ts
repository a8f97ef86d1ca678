import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { distDir, readJsonAsset } from '../assets.js'
import { UserError } from '../errors.js'
import type { RuleMeta } from '../types.js'
import { compareNatural, inert } from '../text.js'
import { readUserFile } from '../user-file.js'
import type { Profiles } from './engine.js'
import {
  MAX_BUNDLE_BYTES,
  PolicyError,
  SEVERITIES,
  compileRego,
  packageOf,
  readTarGz as readTar,
  regoFiles
} from './opa-build.js'

/**
 * Custom policies: users' Rego rules compiled together with the built-in ones (when `opa` is on PATH), or a
 * prebuilt bundle (a folder or .tar.gz with policy.wasm and rules.json). Compiled by opa-build.js, the same
 * compiler (capabilities, `opa build` arguments, METADATA and built-in checks) as the built-in ruleset.
 */
export interface Ruleset {
  wasm: Buffer
  rules: RuleMeta[]
  profiles?: Profiles
}

const here = path.dirname(fileURLToPath(import.meta.url))

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
    let rules: RuleMeta[]
    let wasm: Buffer
    try {
      // The same compiler and checks as the built-in ruleset (scripts/build-policy.mjs).
      ;({ wasm, rules } = compileRego({
        opa: opts.opa,
        allowList: path.join(builtin, 'wasm-builtins.txt'),
        roots: [builtin, cdir],
        rules: cdir,
        kind: 'custom',
        taken: builtinRules,
        display: f => back.get(f) ?? unmap(f)
      }))
    } catch (e) {
      if (e instanceof PolicyError)
        throw new UserError(inert(unmap(e.lead ? `policies: ${e.message}` : e.message), 600))
      throw e
    }
    return { wasm, rules: [...builtinRules, ...rules].sort((a, b) => compareNatural(a.id, b.id)) }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

/** Reads the named files from a .tar.gz (leading "/" or "./" ignored), each at most 64 MiB. */
export function readTarGz(file: string, names: string[]): Record<string, Buffer> {
  try {
    return readTar(file, names, readUserFile(file, 'policy bundle', MAX_BUNDLE_BYTES).data)
  } catch (e) {
    if (e instanceof PolicyError) throw new UserError(inert(e.message))
    throw e
  }
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
      (SEVERITIES as readonly string[]).includes(o.severity as string)
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
