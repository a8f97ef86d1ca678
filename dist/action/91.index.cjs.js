"use strict";
exports.id = 91;
exports.ids = [91];
exports.modules = {

/***/ 8091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compilePolicies: () => (/* binding */ compilePolicies),
  findOpa: () => (/* binding */ findOpa),
  readPolicyBundle: () => (/* binding */ readPolicyBundle)
});

// UNUSED EXPORTS: builtinPoliciesDir, readTarGz, writePolicyBundle

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/assets.ts
var assets = __webpack_require__(5462);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/user-file.ts
var user_file = __webpack_require__(3207);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var src = __webpack_require__(7774);
;// CONCATENATED MODULE: ./src/policy/opa-build.js
// The one policy compiler: Rego → wasm with `opa build`, and Rego METADATA → rule metadata (rules.json).
// Plain JavaScript so that scripts/build-policy.mjs (the built-in ruleset, before anything is bundled) and
// src/policy/compile.ts (users' custom policies, at run time) both import it: built-in and custom bundles are
// built with the same capabilities, the same `opa build` arguments and the same checks, and their rules.json
// entries have one shape. Types: opa-build.d.ts beside this file.







/**
 * Built-ins @open-policy-agent/opa-wasm implements in JavaScript (its src/builtins, version pinned in
 * package.json; test/policy/opa-build.test.ts checks this list against the installed SDK). Every other
 * built-in a compiled module imports would throw at evaluation time.
 */
const SDK_BUILTINS = Object.freeze([
  'json.is_valid',
  'regex.split',
  'sprintf',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal'
])

const SEVERITIES = Object.freeze(['error', 'warning', 'notice'])
/**
 * The entrypoint every ruleset is built with: the rule index (ruleIndex below), which hands each rule package's
 * four sets to vmimage.main.finding (policies/main.rego).
 */
const ENTRYPOINT = 'vmimage/index/findings'
/** The built-in rule index, generated from the packages under policies/rules and committed (CI checks it). */
const BUILTIN_INDEX = 'index.gen.rego'
const CUSTOM_INDEX = 'custom-index.gen.rego'
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const BUILTIN_ID = /^AZMP-[A-Z]{3}-\d{3}$/
const CUSTOM_ID = /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$/

/**
 * A problem with the policies being compiled; `problems` lists each one as "file:line: what". The message is
 * one line: with a `lead` (e.g. "opa build failed at") every problem after it, else the first one.
 */
class PolicyError extends Error {
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
function readBuiltinAllowList(file) {
  return external_node_fs_.readFileSync(file, 'utf8')
    .split('\n')
    .filter(l => !l.startsWith('#'))
    .flatMap(l => l.split(/\s+/))
    .filter(Boolean)
}

/** Every .rego file under the given files/folders, tests (*_test.rego) left out, in a stable order. */
function regoFiles(paths) {
  const out = []
  const walk = p => {
    const st = external_node_fs_.statSync(p)
    if (st.isDirectory()) for (const f of external_node_fs_.readdirSync(p).sort()) walk(external_node_path_.join(p, f))
    else if (p.endsWith('.rego') && !p.endsWith('_test.rego')) out.push(p)
  }
  for (const p of paths) walk(p)
  return [...new Set(out)]
}

/** The package a Rego text declares, with its 1-based line. */
function packageOf(text) {
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
function rulePackages(paths, display = f => f) {
  const found = new Map()
  const problems = []
  // What opa build loads: below each root, no `profiles` folder (data, not policy) and no rule index.
  const files = paths.flatMap(r =>
    regoFiles([r]).filter(f => !external_node_path_.relative(r, f).split(external_node_path_.sep).includes('profiles'))
  )
  for (const f of [...new Set(files)]) {
    if (external_node_path_.basename(f) === BUILTIN_INDEX || external_node_path_.basename(f) === CUSTOM_INDEX) continue
    const text = external_node_fs_.readFileSync(f, 'utf8')
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
function ruleIndex(packages) {
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
  (0,external_node_child_process_.execFileSync)(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'], cwd })

/** The names of the built-ins a compiled module calls (its `builtins()` export), read by loading it. */
function importedBuiltins(wasm) {
  const policy = src["default"].loadPolicySync(wasm, { initial: 16 })
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
    const lines = external_node_fs_.readFileSync(f, 'utf8').split(/\r?\n/)
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
function compileRego(opts) {
  const display = opts.display ?? (f => f)
  const cwd = opts.cwd ?? process.cwd()
  const allowed = new Set(readBuiltinAllowList(opts.allowList))
  const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'vmip-build-'))
  try {
    // 1. Capabilities: the running OPA's, with built-ins narrowed to the allow-list.
    const caps = JSON.parse(run(opts.opa, ['capabilities', '--current'], cwd))
    const known = new Set(caps.builtins.map(b => b.name))
    caps.builtins = caps.builtins.filter(b => allowed.has(b.name))
    const capsFile = external_node_path_.join(tmp, 'capabilities.json')
    external_node_fs_.writeFileSync(capsFile, JSON.stringify(caps))

    // 2. The rule index, then compile.
    const roots = [...opts.roots]
    const ignore = ['*_test.rego', 'profiles']
    const index = ruleIndex(
      rulePackages(
        roots.map(r => external_node_path_.resolve(cwd, r)),
        display
      )
    )
    if (opts.index) {
      const file = external_node_path_.resolve(cwd, opts.index)
      if (!external_node_fs_.existsSync(file) || external_node_fs_.readFileSync(file, 'utf8') !== index) external_node_fs_.writeFileSync(file, index)
    } else {
      // opa build skips the built-in index by name: a user's file of that name would be skipped with it.
      const reserved = regoFiles([opts.rules]).filter(f =>
        [BUILTIN_INDEX, CUSTOM_INDEX].includes(external_node_path_.basename(f))
      )
      if (reserved.length)
        throw new PolicyError(
          reserved.map(
            f => `${display(f)}: the file name ${external_node_path_.basename(f)} is reserved for the rule index; rename it`
          )
        )
      external_node_fs_.mkdirSync(external_node_path_.join(tmp, 'index'))
      external_node_fs_.writeFileSync(external_node_path_.join(tmp, 'index', CUSTOM_INDEX), index)
      roots.push(external_node_path_.join(tmp, 'index'))
      ignore.push(BUILTIN_INDEX)
    }
    const bundle = external_node_path_.join(tmp, 'bundle.tar.gz')
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
      const files = regoFiles([opts.rules, ...opts.roots.map(r => external_node_path_.resolve(cwd, r))])
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
    external_node_fs_.rmSync(tmp, { recursive: true, force: true })
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
function ruleMetadata(opts) {
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
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/**
 * Reads the named files from a .tar.gz (leading "/" or "./" ignored), each at most 64 MiB. Throws PolicyError
 * for an archive it cannot read.
 */
function readTarGz(file, names, raw) {
  let data
  try {
    data = external_node_zlib_.gunzipSync(raw ?? external_node_fs_.readFileSync(file), { maxOutputLength: 4 * MAX_BUNDLE_BYTES })
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

;// CONCATENATED MODULE: ./src/policy/compile.ts









const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href));
/** `opa` to compile with: $OPA_BIN, else the first `opa` on PATH; undefined when there is none. */
function findOpa(env = process.env) {
    if (env.OPA_BIN)
        return external_node_fs_default().existsSync(env.OPA_BIN) ? env.OPA_BIN : undefined;
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
        const f = external_node_path_default().join(dir, process.platform === 'win32' ? 'opa.exe' : 'opa');
        try {
            external_node_fs_default().accessSync(f, (external_node_fs_default()).constants.X_OK);
            if (external_node_fs_default().statSync(f).isFile())
                return f;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
/** The built-in Rego sources: the repository's policies/ (from source) or dist/policies (the bundle). */
function builtinPoliciesDir() {
    const candidates = [external_node_path_default().resolve(here, '..', '..', 'policies'), external_node_path_default().resolve(here, '..', 'policies')];
    try {
        candidates.push(external_node_path_default().join((0,assets/* distDir */.YP)(), 'policies'));
    }
    catch {
        /* no dist */
    }
    const d = candidates.find(c => external_node_fs_default().existsSync(external_node_path_default().join(c, 'main.rego')));
    if (!d)
        throw new Error(`built-in policies (main.rego) not found near ${here}`);
    return d;
}
/**
 * Compiles the built-in policies with the user's Rego files into one wasm module and returns it with the
 * rule metadata of both. Problems (wrong package, AZMP- IDs, missing METADATA, compile errors) throw one
 * UserError line naming the user's file.
 */
function compilePolicies(custom, opts) {
    const display = (f) => (0,src_text/* inert */.tJ)(opts.base ? external_node_path_default().relative(opts.base, f) || f : f, 160);
    const files = regoFiles(custom);
    if (files.length === 0)
        throw new errors/* UserError */.yo(`policies: no .rego files in ${custom.map(c => display(c)).join(', ')}`);
    const builtinRules = (0,assets/* readJsonAsset */.bD)('rules.json');
    const builtinPaths = new Set(builtinRules.map(r => r.path));
    for (const f of files) {
        const pkg = packageOf(external_node_fs_default().readFileSync(f, 'utf8'));
        if (!pkg)
            throw new errors/* UserError */.yo(`${display(f)}:1: no package declaration`);
        const parts = pkg.name.split('.');
        const isRule = parts[0] === 'vmimage' && parts[1] === 'rules' && parts.length === 4;
        const isHelper = parts[0] === 'vmimage' && parts[1] === 'custom' && parts.length >= 3;
        if (!isRule && !isHelper)
            throw new errors/* UserError */.yo(`${display(f)}:${pkg.line}: package ${(0,src_text/* inert */.tJ)(pkg.name, 80)}: a custom rule's package is vmimage.rules.<area>.<name> (e.g. vmimage.rules.custom.image_prefix), a helper's vmimage.custom.<name>`);
        if (isRule) {
            const p = `${parts[2]}.${parts[3]}`;
            if (builtinPaths.has(p))
                throw new errors/* UserError */.yo(`${display(f)}:${pkg.line}: package ${(0,src_text/* inert */.tJ)(pkg.name, 80)} is a built-in rule's; give the custom rule its own name`);
        }
    }
    const tmp = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'vmip-policy-'));
    try {
        // The user's files are copied (only .rego: a data.json beside them must not become policy data).
        const cdir = external_node_path_default().join(tmp, 'custom');
        external_node_fs_default().mkdirSync(cdir);
        const back = new Map();
        files.forEach((f, i) => {
            const to = external_node_path_default().join(cdir, `${i}_${external_node_path_default().basename(f)}`);
            external_node_fs_default().copyFileSync(f, to);
            back.set(to, display(f));
        });
        const unmap = (s) => {
            let out = s;
            for (const [t, f] of back)
                out = out.split(t).join(f);
            return out.split(tmp).join('<tmp>');
        };
        const builtin = builtinPoliciesDir();
        let rules;
        let wasm;
        try {
            // The same compiler and checks as the built-in ruleset (scripts/build-policy.mjs).
            ;
            ({ wasm, rules } = compileRego({
                opa: opts.opa,
                allowList: external_node_path_default().join(builtin, 'wasm-builtins.txt'),
                roots: [builtin, cdir],
                rules: cdir,
                kind: 'custom',
                taken: builtinRules,
                display: f => back.get(f) ?? unmap(f)
            }));
        }
        catch (e) {
            if (e instanceof PolicyError)
                throw new errors/* UserError */.yo((0,src_text/* inert */.tJ)(unmap(e.lead ? `policies: ${e.message}` : e.message), 600));
            throw e;
        }
        return { wasm, rules: [...builtinRules, ...rules].sort((a, b) => (0,src_text/* compareNatural */.dk)(a.id, b.id)) };
    }
    finally {
        external_node_fs_default().rmSync(tmp, { recursive: true, force: true });
    }
}
/** Reads the named files from a .tar.gz (leading "/" or "./" ignored), each at most 64 MiB. */
function compile_readTarGz(file, names) {
    try {
        return readTarGz(file, names, (0,user_file/* readUserFile */.E1)(file, 'policy bundle', MAX_BUNDLE_BYTES).data);
    }
    catch (e) {
        if (e instanceof PolicyError)
            throw new errors/* UserError */.yo((0,src_text/* inert */.tJ)(e.message));
        throw e;
    }
}
/**
 * A prebuilt bundle (`vm-image-policy compile --out DIR`, or that folder as .tar.gz): policy.wasm and
 * rules.json, optionally profiles.json (else the built-in profiles are used).
 */
function readPolicyBundle(p) {
    let files;
    const names = ['policy.wasm', 'rules.json', 'profiles.json'];
    let st;
    try {
        st = external_node_fs_default().statSync(p);
    }
    catch {
        throw new errors/* UserError */.yo(`policy bundle ${(0,src_text/* inert */.tJ)(p)}: not found`);
    }
    if (st.isDirectory()) {
        files = {};
        for (const n of names) {
            const f = external_node_path_default().join(p, n);
            if (!external_node_fs_default().existsSync(f))
                continue;
            files[n] = (0,user_file/* readUserFile */.E1)(f, 'policy bundle file', MAX_BUNDLE_BYTES).data;
        }
    }
    else
        files = compile_readTarGz(p, names);
    for (const n of ['policy.wasm', 'rules.json'])
        if (!files[n])
            throw new errors/* UserError */.yo(`policy bundle ${(0,src_text/* inert */.tJ)(p)}: has no ${n} (build one with: vm-image-policy compile)`);
    const wasm = files['policy.wasm'];
    if (wasm.subarray(0, 4).toString('latin1') !== '\0asm')
        throw new errors/* UserError */.yo(`policy bundle ${(0,src_text/* inert */.tJ)(p)}: policy.wasm is not a WebAssembly module`);
    let rules;
    let profiles;
    try {
        rules = JSON.parse(files['rules.json'].toString('utf8'));
        if (files['profiles.json'])
            profiles = JSON.parse(files['profiles.json'].toString('utf8'));
    }
    catch (e) {
        throw new errors/* UserError */.yo(`policy bundle ${(0,src_text/* inert */.tJ)(p)}: ${(0,src_text/* inert */.tJ)(e.message, 120)}`);
    }
    const ok = (r) => {
        const o = r;
        return (typeof o === 'object' &&
            o !== null &&
            ['id', 'path', 'title'].every(k => typeof o[k] === 'string' && o[k] !== '') &&
            SEVERITIES.includes(o.severity));
    };
    if (!Array.isArray(rules) || !rules.every(ok))
        throw new errors/* UserError */.yo(`policy bundle ${(0,src_text/* inert */.tJ)(p)}: rules.json must be a list of rules with id, path, title and severity`);
    const norm = rules.map(r => ({
        ...r,
        area: r.area || (r.path.split('.')[0] ?? ''),
        description: r.description ?? '',
        guide: r.guide ?? '',
        remediation: r.remediation ?? '',
        stage: r.stage ?? 'any',
        facts: Array.isArray(r.facts) ? r.facts : []
    }));
    const out = { wasm, rules: norm };
    if (profiles !== undefined) {
        if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles))
            throw new errors/* UserError */.yo(`policy bundle ${(0,src_text/* inert */.tJ)(p)}: profiles.json must map profile names to thresholds`);
        out.profiles = profiles;
    }
    return out;
}
/** Writes a ruleset as a bundle folder that --policy-bundle / input policy-bundle accepts. */
function writePolicyBundle(r, dir) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'policy.wasm'), r.wasm);
    fs.writeFileSync(path.join(dir, 'rules.json'), JSON.stringify(r.rules, null, 2) + '\n');
    fs.writeFileSync(path.join(dir, 'profiles.json'), JSON.stringify(r.profiles ?? readJsonAsset('profiles.json'), null, 2) + '\n');
}


/***/ })

};
;