// The one policy compiler: Rego → wasm with `opa build`, and Rego METADATA → rule metadata (rules.json).
// Plain JavaScript so that scripts/build-policy.mjs (the built-in ruleset, before anything is bundled) and
// src/policy/compile.ts (users' custom policies, at run time) both import it: built-in and custom bundles are
// built with the same capabilities, the same `opa build` arguments and the same checks, and their rules.json
// entries have one shape. Types: opa-build.d.ts beside this file.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import opaWasm from '@open-policy-agent/opa-wasm'

/**
 * Built-ins @open-policy-agent/opa-wasm implements in JavaScript (its src/builtins, version pinned in
 * package.json; test/policy/opa-build.test.ts checks this list against the installed SDK). Every other
 * built-in a compiled module imports would throw at evaluation time.
 */
export const SDK_BUILTINS = Object.freeze([
  'json.is_valid',
  'regex.split',
  'sprintf',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal'
])

export const SEVERITIES = Object.freeze(['error', 'warning', 'notice'])
/**
 * The entrypoint every ruleset is built with: the rule index (ruleIndex below), which hands each rule package's
 * four sets to vmimage.main.finding (policies/main.rego).
 */
export const ENTRYPOINT = 'vmimage/index/findings'
/** The built-in rule index, generated from the packages under policies/rules and committed (CI checks it). */
export const BUILTIN_INDEX = 'index.gen.rego'
const CUSTOM_INDEX = 'custom-index.gen.rego'
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const BUILTIN_ID = /^AZMP-[A-Z]{3}-\d{3}$/
const CUSTOM_ID = /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$/

/**
 * A problem with the policies being compiled; `problems` lists each one as "file:line: what". The message is
 * one line: with a `lead` (e.g. "opa build failed at") every problem after it, else the first one.
 */
export class PolicyError extends Error {
  constructor(problems, lead) {
    const list = Array.isArray(problems) ? problems : [problems]
    super(
      lead
        ? `${lead} ${list.join('; ')}`
        : list.length > 1
          ? `${list[0]} (and ${list.length - 1} more)`
          : list[0]
    )
    this.name = 'PolicyError'
    this.problems = list
    this.lead = lead
  }
}

/** The built-in names listed in a wasm-builtins.txt ("#" lines are comments, names separated by spaces). */
export function readBuiltinAllowList(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(l => !l.startsWith('#'))
    .flatMap(l => l.split(/\s+/))
    .filter(Boolean)
}

/** Every .rego file under the given files/folders, tests (*_test.rego) left out, in a stable order. */
export function regoFiles(paths) {
  const out = []
  const walk = p => {
    const st = fs.statSync(p)
    if (st.isDirectory()) for (const f of fs.readdirSync(p).sort()) walk(path.join(p, f))
    else if (p.endsWith('.rego') && !p.endsWith('_test.rego')) out.push(p)
  }
  for (const p of paths) walk(p)
  return [...new Set(out)]
}

/** The package a Rego text declares, with its 1-based line. */
export function packageOf(text) {
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*package\s+([A-Za-z0-9_.[\]"]+)/.exec(lines[i] ?? '')
    if (m) return { name: m[1], line: i + 1 }
  }
  return undefined
}

/** `vmimage.rules.<area>.<name>` → its parts, else undefined (helpers, lib, main, tests' own packages). */
function rulePackage(parts) {
  return parts[0] === 'vmimage' && parts[1] === 'rules' && parts.length === 4 ? parts : undefined
}

/** The four sets a rule package may define (policies/main.rego). */
const RULE_SETS = ['deny', 'ok', 'missing', 'skip']

/**
 * The rule packages (vmimage.rules.<area>.<name>) the Rego files under `paths` declare, sorted, each once, with
 * where it is first declared ("file:line", through `display`) and the sets (deny, ok, missing, skip) its files
 * mention at all: a set no file of the package names cannot be defined by it. Throws PolicyError for a package under vmimage.rules that is not <area>.<name> with plain
 * identifiers: the index would leave its rules out.
 */
export function rulePackages(paths, display = f => f) {
  const found = new Map()
  const problems = []
  // What opa build loads: below each root, no `profiles` folder (data, not policy) and no rule index.
  const files = paths.flatMap(r =>
    regoFiles([r]).filter(f => !path.relative(r, f).split(path.sep).includes('profiles'))
  )
  for (const f of [...new Set(files)]) {
    if (path.basename(f) === BUILTIN_INDEX || path.basename(f) === CUSTOM_INDEX) continue
    const text = fs.readFileSync(f, 'utf8')
    const pkg = packageOf(text)
    if (!pkg) continue
    const parts = pkg.name.split('.')
    if (parts[0] !== 'vmimage' || !/^rules($|\[)/.test(parts[1] ?? '')) continue
    if (parts.length !== 4 || !parts.every(p => IDENT.test(p))) {
      problems.push(
        `${display(f)}:${pkg.line}: package ${pkg.name.slice(0, 80)}: a rule package is vmimage.rules.<area>.<name> (plain names)`
      )
      continue
    }
    const key = `${parts[2]}.${parts[3]}`
    const entry = found.get(key) ?? {
      area: parts[2],
      name: parts[3],
      where: `${display(f)}:${pkg.line}`,
      sets: []
    }
    for (const k of RULE_SETS)
      if (!entry.sets.includes(k) && new RegExp(`\\b${k}\\b`).test(text)) entry.sets.push(k)
    found.set(key, entry)
  }
  if (problems.length) throw new PolicyError(problems)
  return [...found.values()]
    .map(e => ({ ...e, sets: RULE_SETS.filter(k => e.sets.includes(k)) }))
    .sort((a, b) => `${a.area}.${a.name}`.localeCompare(`${b.area}.${b.name}`, 'en'))
}

/**
 * The rule index: package vmimage.index, whose `findings` calls vmimage.main.finding once per rule package
 * with that package's deny, ok, missing and skip sets (empty when the package does not define one). It is
 * what the wasm module evaluates: naming the four sets of each package evaluates only them, where iterating
 * over data.vmimage.rules (main.findings, kept for `opa test` and as the reference the index is tested
 * against) builds every rule of every package; the first evaluation, most of a cold start, is half as long.
 */
export function ruleIndex(packages) {
  const lines = [
    '# Generated from the rule packages by src/policy/opa-build.js (ruleIndex); do not edit:',
    '# `npm run build:policy` writes it. Each rule package once, with its four sets (see policies/main.rego).',
    'package vmimage.index',
    '',
    'import data.vmimage.main',
    '',
    '# METADATA',
    '# description: One finding per rule package (the same as main.findings; the engine sorts them).',
    '# entrypoint: true',
    'findings := ['
  ]
  const rules = []
  packages.forEach(({ area, name, sets }, i) => {
    const ref = k => {
      rules.push(`default ${k}_${i} := set()`, '', `${k}_${i} := data.vmimage.rules.${area}.${name}.${k}`, '')
      return `${k}_${i}`
    }
    const args = RULE_SETS.filter(k => k !== 'skip').map(
      k => `"${k}": ${sets.includes(k) ? ref(k) : 'set()'}`
    )
    const call = `main.finding("${area}", "${name}", {${args.join(', ')}, "skip": set()})`
    lines.push(`\tfinding_${i},`)
    if (!sets.includes('skip')) {
      rules.push(`finding_${i} := ${call}`, '')
      return
    }
    // A rule that does not apply is judged on its skip reasons alone (main.finding reports nothing else of
    // it): its deny, ok and missing sets are not evaluated.
    const skip = ref('skip')
    rules.push(
      `finding_${i} := main.finding("${area}", "${name}", {"skip": ${skip}}) if count(${skip}) > 0`,
      '',
      `finding_${i} := ${call} if count(${skip}) == 0`,
      ''
    )
  })
  lines.push(']', '', ...rules)
  return lines.join('\n').replace(/\n+$/, '') + '\n'
}

const run = (cmd, argv, cwd) =>
  execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'], cwd })

/** The names of the built-ins a compiled module calls (its `builtins()` export), read by loading it. */
export function importedBuiltins(wasm) {
  const policy = opaWasm.loadPolicySync(wasm, { initial: 16 })
  const ex = policy.wasmInstance.exports
  const addr = ex.opa_json_dump(ex.builtins())
  const mem = new Uint8Array(policy.mem.buffer)
  let end = addr
  while (mem[end] !== 0) end++
  return Object.keys(JSON.parse(Buffer.from(mem.subarray(addr, end)).toString('utf8'))).sort()
}

/** Where a built-in is first called in the given files ("file:line"), for naming it in a message. */
function firstCall(files, name, display) {
  const re = new RegExp(`(^|[^A-Za-z0-9_.])${name.replace(/\./g, '\\.')}\\s*\\(`)
  for (const f of files) {
    const lines = fs.readFileSync(f, 'utf8').split(/\r?\n/)
    const i = lines.findIndex(l => re.test(l.replace(/#.*$/, '')))
    if (i >= 0) return `${display(f)}:${i + 1}`
  }
  return undefined
}

/**
 * Compiles Rego to a wasm module (`opa build -t wasm`, entrypoint vmimage/index/findings, tests and profiles/
 * left out) with a capabilities file narrowed to the allow-list, checks that every built-in the module
 * imports is one the SDK provides, and collects the rule metadata of the packages under `rules`.
 * The rule index of every rule package in the roots is written to opts.index (the built-in ruleset: the
 * committed policies/index.gen.rego, inside the roots) or, without it, to a temporary file given to opa build
 * in place of the built-in one.
 *
 * opts.opa        the opa binary
 * opts.allowList  wasm-builtins.txt (the built-ins a policy may use)
 * opts.roots      files/folders given to opa build (relative ones against opts.cwd)
 * opts.rules      the folder whose rules are collected (the built-in policies, or the users' files)
 * opts.kind       'builtin' (IDs AZMP-XXX-000) or 'custom' (own prefix; AZMP- reserved)
 * opts.taken      rules already in the ruleset (the built-in ones, for custom rules): IDs must differ
 * opts.display    how a file opa names is shown in messages and in a rule's `file`
 * opts.cwd        working folder for opa (default: the process's)
 * opts.index      where the rule index goes (relative to opts.cwd); inside one of the roots
 * Throws PolicyError for problems in the policies; other errors are bugs or a broken opa.
 */
export function compileRego(opts) {
  const display = opts.display ?? (f => f)
  const cwd = opts.cwd ?? process.cwd()
  const allowed = new Set(readBuiltinAllowList(opts.allowList))
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-build-'))
  try {
    // 1. Capabilities: the running OPA's, with built-ins narrowed to the allow-list.
    const caps = JSON.parse(run(opts.opa, ['capabilities', '--current'], cwd))
    const known = new Set(caps.builtins.map(b => b.name))
    caps.builtins = caps.builtins.filter(b => allowed.has(b.name))
    const capsFile = path.join(tmp, 'capabilities.json')
    fs.writeFileSync(capsFile, JSON.stringify(caps))

    // 2. The rule index, then compile.
    const roots = [...opts.roots]
    const ignore = ['*_test.rego', 'profiles']
    const index = ruleIndex(
      rulePackages(
        roots.map(r => path.resolve(cwd, r)),
        display
      )
    )
    if (opts.index) {
      const file = path.resolve(cwd, opts.index)
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== index) fs.writeFileSync(file, index)
    } else {
      // opa build skips the built-in index by name: a user's file of that name would be skipped with it.
      const reserved = regoFiles([opts.rules]).filter(f =>
        [BUILTIN_INDEX, CUSTOM_INDEX].includes(path.basename(f))
      )
      if (reserved.length)
        throw new PolicyError(
          reserved.map(
            f => `${display(f)}: the file name ${path.basename(f)} is reserved for the rule index; rename it`
          )
        )
      fs.mkdirSync(path.join(tmp, 'index'))
      fs.writeFileSync(path.join(tmp, 'index', CUSTOM_INDEX), index)
      roots.push(path.join(tmp, 'index'))
      ignore.push(BUILTIN_INDEX)
    }
    const bundle = path.join(tmp, 'bundle.tar.gz')
    const argv = ['build', '-t', 'wasm', '--capabilities', capsFile, '-e', ENTRYPOINT]
    for (const i of ignore) argv.push('--ignore', i)
    argv.push('-o', bundle, ...roots)
    try {
      run(opts.opa, argv, cwd)
    } catch (e) {
      const text = `${e.stderr ?? ''}\n${e.stdout ?? ''}`.trim() || String(e.message)
      throw new PolicyError(buildProblems(text, { known, display, tmp }), 'opa build failed at')
    }
    const wasm = readTarGz(bundle, ['policy.wasm'])['policy.wasm']
    if (!wasm) throw new Error('opa build wrote no policy.wasm')

    // 3. Every built-in the module imports must be one the SDK implements (the others are compiled to wasm).
    const sdk = new Set(SDK_BUILTINS)
    const lacking = importedBuiltins(wasm).filter(b => !sdk.has(b))
    if (lacking.length) {
      const files = regoFiles([opts.rules, ...opts.roots.map(r => path.resolve(cwd, r))])
      throw new PolicyError(
        lacking.map(
          b =>
            `${firstCall(files, b, display) ?? 'policies'}: built-in ${b} is not provided by the wasm SDK (@open-policy-agent/opa-wasm), so a policy cannot call it (policies/wasm-builtins.txt must not list it)`
        )
      )
    }

    // 4. Rule metadata from the package METADATA.
    const rules = ruleMetadata({ ...opts, display, cwd })
    return { wasm, rules }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

/** opa build's error output as one problem per error, built-ins outside the allow-list said plainly. */
function buildProblems(text, { known, display, tmp }) {
  const out = []
  for (let l of text.split('\n')) {
    l = l
      .replace(/^error: /i, '')
      .replace(/^\d+ errors? occurred:?/i, '')
      .trim()
    if (!l) continue
    const m = /^(.+?):(\d+): (.*)$/.exec(l)
    if (!m) {
      out.push(l)
      continue
    }
    const fn = /^rego_type_error: undefined function (\S+)$/.exec(m[3])?.[1]
    const what =
      fn && known.has(fn)
        ? `built-in ${fn} is not available to policies compiled to wasm (those that are: policies/wasm-builtins.txt)`
        : m[3]
    out.push(`${display(m[1])}:${m[2]}: ${what}`)
  }
  return (out.length ? out : ['opa build failed']).map(p => p.split(tmp).join('<tmp>'))
}

/**
 * The rule metadata (rules.json entries) of the rule packages (vmimage.rules.<area>.<name>) under opts.rules,
 * from `opa inspect -a`: every rule package has package-scoped METADATA with a title and custom.id,
 * custom.severity (error|warning|notice) and custom.remediation; IDs are unique (case-insensitive) across
 * opts.taken and these. Sorted by ID. Throws PolicyError listing every problem.
 */
export function ruleMetadata(opts) {
  const display = opts.display ?? (f => f)
  const problems = []
  // The rule packages the sources declare (tests' packages are not rules), each with where it is declared.
  const declared = new Map(rulePackages([opts.rules], display).map(p => [`${p.area}.${p.name}`, p.where]))
  const inspected = JSON.parse(run(opts.opa, ['inspect', '-a', '--format', 'json', opts.rules], opts.cwd))
  const ids = new Map((opts.taken ?? []).map(r => [r.id.toUpperCase(), r.path]))
  const rules = []
  const str = v => (typeof v === 'string' ? v : '')
  for (const a of inspected.annotations ?? []) {
    if (a.annotations?.scope !== 'package') continue
    const parts = rulePackage(a.path.map(p => p.value).filter(v => v !== 'data'))
    if (!parts || !declared.has(`${parts[2]}.${parts[3]}`)) continue
    const file = display(a.location?.file ?? '')
    const where = `${file}:${a.location?.row ?? 1}`
    const an = a.annotations
    const c = an.custom ?? {}
    const rule = {
      id: str(c.id),
      path: `${parts[2]}.${parts[3]}`,
      area: parts[2],
      title: str(an.title),
      description: str(an.description).trim(),
      severity: str(c.severity),
      guide: str(c.guide),
      stage: str(c.stage) || 'any',
      facts: Array.isArray(c.facts) ? c.facts.map(String) : [],
      remediation: str(c.remediation).trim(),
      related: (Array.isArray(an.related_resources) ? an.related_resources : [])
        .map(r => str(r?.ref))
        .filter(Boolean),
      file
    }
    const lacks = ['id', 'title', 'severity', 'remediation'].filter(k => !rule[k])
    if (lacks.length) {
      problems.push(
        `${where}: METADATA of ${rule.path} lacks ${lacks.map(k => (k === 'title' ? k : `custom.${k}`)).join(', ')}`
      )
      continue
    }
    const p = idProblem(rule.id, opts.kind)
    if (p) problems.push(`${where}: ${p}`)
    if (!SEVERITIES.includes(rule.severity))
      problems.push(
        `${where}: custom.severity "${rule.severity.slice(0, 20)}" is not error, warning or notice`
      )
    const dup = ids.get(rule.id.toUpperCase())
    if (dup) problems.push(`${where}: rule ID ${rule.id} is already used by ${dup}`)
    ids.set(rule.id.toUpperCase(), rule.path)
    rules.push(rule)
  }
  for (const [p, where] of declared)
    if (!rules.some(r => r.path === p) && !problems.some(x => x.includes(` of ${p} lacks`)))
      problems.push(
        `${where}: package vmimage.rules.${p} has no package METADATA (# METADATA with title and custom.id, severity, remediation; scope: package)`
      )
  if (problems.length) throw new PolicyError(problems)
  return rules.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
}

function idProblem(id, kind) {
  const shown = id.slice(0, 40)
  if (kind === 'builtin')
    return BUILTIN_ID.test(id)
      ? undefined
      : `rule ID "${shown}": a built-in rule's ID looks like AZMP-ABC-001`
  if (/^AZMP-/i.test(id))
    return `rule ID ${shown}: the AZMP- prefix is reserved for built-in rules; use your own (e.g. ACME-001)`
  if (!CUSTOM_ID.test(id)) return `rule ID "${shown}" must look like PREFIX-NAME-001`
  return undefined
}

/** Largest file read from a .tar.gz. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/**
 * Reads the named files from a .tar.gz (leading "/" or "./" ignored), each at most 64 MiB. Throws PolicyError
 * for an archive it cannot read.
 */
export function readTarGz(file, names, raw) {
  let data
  try {
    data = zlib.gunzipSync(raw ?? fs.readFileSync(file), { maxOutputLength: 4 * MAX_BUNDLE_BYTES })
  } catch (e) {
    throw new PolicyError(`${file}: not a readable .tar.gz (${String(e.message).slice(0, 100)})`)
  }
  const want = new Set(names)
  const out = {}
  let off = 0
  let longName
  while (off + 512 <= data.length) {
    const h = data.subarray(off, off + 512)
    if (h.every(b => b === 0)) break
    const str = (a, b) => h.subarray(a, b).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(str(124, 136).trim() || '0', 8)
    const type = str(156, 157)
    const prefix = str(257, 263).startsWith('ustar') ? str(345, 500) : ''
    let name = longName ?? (prefix ? `${prefix}/${str(0, 100)}` : str(0, 100))
    longName = undefined
    const body = data.subarray(off + 512, off + 512 + size)
    if (!Number.isFinite(size) || size < 0 || off + 512 + size > data.length)
      throw new PolicyError(`${file}: truncated tar archive`)
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
