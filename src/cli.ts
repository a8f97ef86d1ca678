import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { maybeLoadConfig } from './config/find.js'
import { UserError, isUserError, oneLine } from './errors.js'
import { CHECK_OPTIONS, flagsToRaw, SOURCE_OPTIONS, SOURCES_HELP } from './cli-flags.js'
import { FACTS_USAGE } from './facts-cmd.js'
import { runCheck } from './pipeline.js'
import { redact } from './redact.js'
import { render } from './report/render.js'
import { workflowFile } from './report/where.js'
import { DEFAULT_CONFIG, resolveSettings } from './settings.js'
import { inert, neutraliseCommands, type OutputSyntax } from './text.js'
import { VERSION } from './version.js'

const USAGE = `vm-image-policy ${VERSION} — would this Packer-built VM image pass Azure Marketplace certification?

Usage:
  vm-image-policy check [sources] [options]
  vm-image-policy facts [sources] [--output FILE]     merged facts and their provenance, as JSON
  vm-image-policy rules [--format text|json]
  vm-image-policy compile --out DIR [--config FILE | --policies PATH…]   custom rules → policy bundle
  vm-image-policy probe [--root DIR | --ssh USER@HOST[:PORT] --key FILE --host-key SHA256:…]
                        [--stage build|deployed] [--timeout SECONDS] > facts.json
  vm-image-policy --help | --version

Sources (at least one; rules whose facts no source gives report "unknown"):
${SOURCES_HELP}

Options:
  --profile guide|current  thresholds: the guide's (default) or later certification tooling's
  --config FILE          configuration file (default .github/vm-image-policy.yml when it exists):
                         profile, thresholds, severity, fail-on, unknown, waivers, custom policies
  --policy-bundle PATH   prebuilt ruleset (folder or .tar.gz from "compile") instead of the built-in one
  --mode pr|release      release fails on unknown facts (default: pr)
  --fail-on LEVEL        error (default) | warning | notice | never
  --format FORMAT        text (default) | json | sarif | junit | markdown
  --output FILE          write the report there (stdout still gets the text report)
  --now RFC3339          evaluation time (default: now); makes runs reproducible
  --all                  list every rule of every image (default: failures, unknowns grouped, counts)
  --verbose              show what each passing rule observed (with --all)
  --quiet                print no report on stdout (the exit status and --output still tell)
  --no-color             plain output (also NO_COLOR=1)

SKU version (guide §5.3.8; see README "Releasing a SKU version"):
  --sku OFFER/SKU        the SKU whose version is checked (default: the manifest's custom_data offer/sku)
  --version X.Y.Z        the proposed version (also read from custom_data and the template's image_version)
  --ledger FILE          version ledger (default .github/skus.yml; used when it exists)
  --history ledger|tags  published versions from the ledger (default) or from git tags
  --tag-pattern P        tag pattern for --history tags (default <sku>/v<X.Y.Z>)
  --base-ref BRANCH      PR mode: judge against the ledger on this branch (default: $GITHUB_BASE_REF)
  --update-ledger        release mode: add the approved version to the ledger (atomic write)

Flags override the configuration file's values.

Exit status: 0 no failing finding at or above --fail-on; 1 policy failure; 2 usage or input error.`

type Stream = NodeJS.WritableStream & { isTTY?: boolean }

/**
 * Everything the CLI writes goes through here: secrets redacted (registered ones and every `sig=` form)
 * and workflow commands neutralised, for stdout (in the syntax of what is written there) and stderr alike.
 */
function safeStream(s: Stream, syntax: () => OutputSyntax): Stream {
  const w = {
    write: (chunk: string | Uint8Array, ...rest: unknown[]) =>
      (s.write as (c: string, ...r: unknown[]) => boolean)(
        neutraliseCommands(
          redact(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')),
          syntax()
        ),
        ...rest
      ),
    get isTTY() {
      return s.isTTY
    }
  }
  return w as unknown as Stream
}

/** The syntax of a report format, for neutralising workflow commands without changing its data. */
export function syntaxOf(format: string): OutputSyntax {
  return format === 'json' || format === 'sarif' ? 'json' : format === 'junit' ? 'xml' : 'text'
}

/** process.stdout / process.stderr, created when first written to (creating both costs ~3 ms of a start). */
const created = new Set<'stdout' | 'stderr'>()
function stdio(name: 'stdout' | 'stderr'): Stream {
  const s = {
    write: (...a: unknown[]) => {
      created.add(name)
      return (process[name].write as (...x: unknown[]) => boolean)(...a)
    },
    get isTTY() {
      return process[name].isTTY
    }
  }
  return s as unknown as Stream
}

/** Whether stdout or stderr still holds output not yet handed to the OS (the entry waits for it, if so). */
export function outputPending(): boolean {
  return [...created].some(n => process[n].writableLength > 0)
}

export async function main(
  argv: string[],
  raw: { out: Stream; err: Stream } = { out: stdio('stdout'), err: stdio('stderr') }
): Promise<number> {
  const outSyntax: { v: OutputSyntax } = { v: 'text' }
  const io = {
    out: safeStream(raw.out, () => outSyntax.v),
    err: safeStream(raw.err, () => 'text'),
    outSyntax
  }
  try {
    const [cmd, ...rest] = argv
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out.write(USAGE + '\n')
      return cmd === undefined ? 2 : 0
    }
    if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
      io.out.write(`${VERSION}\n`)
      return 0
    }
    if (COMMANDS.includes(cmd) && (rest.includes('--help') || rest.includes('-h'))) {
      io.out.write(commandUsage(cmd) + '\n')
      return 0
    }
    if (cmd === 'check') return await check(rest, io)
    if (cmd === 'rules') return await rules(rest, io)
    if (cmd === 'compile') return await compile(rest, io)
    if (cmd === 'probe') return await probe(rest, io)
    if (cmd === 'facts') return await facts(rest, io)
    const near = closest(cmd, COMMANDS)
    throw new UserError(
      `unknown command "${inert(cmd, 40)}"${near ? `; did you mean "${near}"?` : ''}; see vm-image-policy --help`
    )
  } catch (e) {
    if (isUserError(e)) {
      io.err.write(`vm-image-policy: error: ${oneLine(e)}\n`)
      return 2
    }
    io.err.write(`vm-image-policy: internal error: ${oneLine(e)}\n`)
    if (process.env.VMIP_DEBUG) io.err.write(`${(e as Error).stack ?? ''}\n`)
    return 3
  }
}

const COMMANDS = ['check', 'rules', 'compile', 'probe', 'facts']

/** The usage of one subcommand: its line(s) of the synopsis, and for check every option. */
function commandUsage(cmd: string): string {
  const lines = USAGE.split('\n')
  const start = lines.findIndex(l => l.startsWith(`  vm-image-policy ${cmd}`))
  const synopsis: string[] = []
  if (start >= 0) {
    synopsis.push(lines[start]!.trim())
    for (let i = start + 1; i < lines.length && /^ {20,}/.test(lines[i]!); i++) synopsis.push(lines[i]!)
  }
  if (cmd === 'facts') return FACTS_USAGE
  const head = `Usage: ${synopsis.join('\n') || `vm-image-policy ${cmd} [options]`}`
  if (cmd !== 'check') return `${head}\n\nSee vm-image-policy --help for every command.`
  const from = lines.findIndex(l => l.startsWith('Sources'))
  return `${head}\n\n${lines.slice(from).join('\n')}`
}

/** Edit distance (for "did you mean"). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!
    d[0] = i
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = t
    }
  }
  return d[b.length]!
}

/** The closest name within a few edits, if any. */
function closest(word: string, names: readonly string[]): string | undefined {
  let best: { n: string; d: number } | undefined
  for (const n of names) {
    const d = distance(word, n)
    if (!best || d < best.d) best = { n, d }
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.n : undefined
}

function parse(
  args: string[],
  options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false })
  } catch (e) {
    const code = (e as { code?: string }).code
    const m = /^Unknown option '(-{1,2}[^']+)'/.exec((e as Error).message)
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && m) {
      const given = m[1]!.replace(/^-+/, '').split('=')[0]!
      const near = closest(given, Object.keys(options))
      throw new UserError(
        `unknown option ${inert(m[1], 40)}${near ? `; did you mean --${near}?` : ''}; see --help`
      )
    }
    throw new UserError(
      `${oneLine(e).replace(/\. To specify a positional argument.*$/, '')}; see vm-image-policy --help`
    )
  }
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt
  if (!(allowed as readonly string[]).includes(v))
    throw new UserError(`--${name} must be one of ${allowed.join(', ')}; got "${inert(v, 40)}"`)
  return v as T
}

/** `check`'s flags → Settings: the flags mapped to raw settings, the configuration file, resolveSettings. */
export async function checkSettings(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd()
) {
  const { values: v } = parse(args, { ...CHECK_OPTIONS })
  const raw = flagsToRaw(v)
  const cfg = await maybeLoadConfig(v.config as string | undefined, cwd)
  const s = resolveSettings(raw, cfg, env, n => `--${n}`)
  return { v, s }
}

async function check(
  args: string[],
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; outSyntax: { v: OutputSyntax } }
): Promise<number> {
  const { v, s } = await checkSettings(args)
  const result = await runCheck(s, undefined, { keepFacts: false })
  // The release flow (ledger write-back) is loaded only when a SKU is being released.
  const release = s.sku ? (await import('./release/release.js')).finishRelease(s, result) : undefined
  for (const n of [...result.notes, ...(release?.notes ?? [])]) io.err.write(`vm-image-policy: note: ${n}\n`)
  if (v.quiet && !s.output) return result.failed ? 1 : 0
  const color = !v['no-color'] && !process.env.NO_COLOR && Boolean((io.out as NodeJS.WriteStream).isTTY)
  io.outSyntax.v = s.output ? 'text' : syntaxOf(s.format)
  const body = await render(s.format, result, {
    color: s.output ? false : color,
    verbose: s.verbose,
    all: Boolean(v.all),
    manifest: s.manifest,
    // SARIF results need a repository file (code scanning drops the others): the configuration file, else
    // the workflow file when run in GitHub Actions.
    fallbacks: [
      s.config ?? (fs.existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined),
      workflowFile(process.env)
    ].filter((f): f is string => Boolean(f))
  })
  if (s.output) {
    try {
      fs.writeFileSync(s.output, neutraliseCommands(redact(body), syntaxOf(s.format)))
    } catch (e) {
      throw new UserError(
        `cannot write --output ${inert(s.output)}: ${(e as NodeJS.ErrnoException).code ?? oneLine(e)}`
      )
    }
    if (s.format !== 'text' && !v.quiet)
      io.out.write(await render('text', result, { color, verbose: s.verbose, all: Boolean(v.all) }))
  } else io.out.write(body)
  return result.failed ? 1 : 0
}

/** Compiles custom policies with the built-in ruleset into a bundle folder for --policy-bundle. */
async function compile(args: string[], io: { err: NodeJS.WritableStream }): Promise<number> {
  const { values: v } = parse(args, {
    out: { type: 'string' },
    config: { type: 'string' },
    policies: { type: 'string', multiple: true }
  })
  if (v.out === undefined) throw new UserError('compile needs --out DIR')
  const { compilePolicies, findOpa, writePolicyBundle } = await import('./policy/compile.js')
  const cfg = v.policies === undefined ? await maybeLoadConfig(v.config as string | undefined) : undefined
  const paths = (v.policies as string[] | undefined)?.map(p => path.resolve(p)) ?? cfg?.policies ?? []
  for (const p of paths) if (!fs.existsSync(p)) throw new UserError(`--policies ${inert(p)}: not found`)
  if (paths.length === 0)
    throw new UserError('compile: no custom policies (give --policies PATH or a configuration with policies)')
  const opa = findOpa()
  if (!opa) throw new UserError('compile needs opa on PATH (or OPA_BIN)')
  const r = compilePolicies(paths, { opa, base: cfg?.base ?? process.cwd() })
  writePolicyBundle(r, v.out as string)
  const custom = r.rules.filter(x => !x.id.startsWith('AZMP-')).map(x => x.id)
  io.err.write(`vm-image-policy: ${inert(v.out)}: ${r.rules.length} rules (custom: ${custom.join(', ')})\n`)
  return 0
}

async function rules(
  args: string[],
  io: { out: NodeJS.WritableStream; outSyntax: { v: OutputSyntax } }
): Promise<number> {
  const { values: v } = parse(args, { format: { type: 'string' } })
  const format = oneOf('format', v.format as string | undefined, ['text', 'json'] as const, 'text')
  const { Engine } = await import('./policy/engine.js')
  const eng = await Engine.load()
  if (format === 'json') {
    io.outSyntax.v = 'json'
    io.out.write(JSON.stringify(eng.rules, null, 2) + '\n')
  } else
    for (const r of eng.rules)
      io.out.write(`${r.id.padEnd(14)} ${r.severity.padEnd(8)} ${(r.guide || '').padEnd(12)} ${r.title}\n`)
  return 0
}

/** Runs the Linux probe (this machine, an image root, or a host over SSH) and prints its facts document. */
async function probe(
  args: string[],
  io: { out: NodeJS.WritableStream; outSyntax: { v: OutputSyntax } }
): Promise<number> {
  const { values: v } = parse(args, {
    root: { type: 'string' },
    ssh: { type: 'string' },
    key: { type: 'string' },
    'host-key': { type: 'string' },
    stage: { type: 'string' },
    timeout: { type: 'string' }
  })
  const stage =
    oneOf('stage', v.stage as string | undefined, ['build', 'deployed', ''] as const, '') || undefined
  const t = v.timeout === undefined ? 60 : Number(v.timeout)
  if (!Number.isFinite(t) || t <= 0)
    throw new UserError(`--timeout must be a number of seconds; got "${inert(v.timeout, 20)}"`)
  const { probeLocal, probeOverSsh } = await import('./probe/ssh.js')
  let doc: Record<string, unknown>
  if (v.ssh !== undefined) {
    if (v.root !== undefined) throw new UserError('--root and --ssh exclude each other')
    const m = /^([^@\s]+)@([^:\s]+|\[[0-9a-fA-F:]+\])(?::(\d+))?$/.exec(v.ssh as string)
    if (!m) throw new UserError(`--ssh must be USER@HOST or USER@HOST:PORT; got "${inert(v.ssh, 80)}"`)
    if (v.key === undefined) throw new UserError('--ssh needs --key FILE (the private key to log in with)')
    doc = await probeOverSsh({
      user: m[1] as string,
      host: (m[2] as string).replace(/^\[|\]$/g, ''),
      port: m[3] === undefined ? 22 : Number(m[3]),
      keyFile: v.key as string,
      hostKey: (v['host-key'] as string | undefined) ?? '',
      stage,
      timeoutMs: t * 1000
    })
  } else {
    if (v.key !== undefined || v['host-key'] !== undefined)
      throw new UserError('--key and --host-key go with --ssh')
    doc = await probeLocal({ root: v.root as string | undefined, stage, timeoutMs: t * 1000 })
  }
  io.outSyntax.v = 'json'
  io.out.write(JSON.stringify(doc, null, 2) + '\n')
  return 0
}

/** `facts`: the merged facts check would judge, with provenance (src/facts-cmd.ts). */
async function facts(
  args: string[],
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; outSyntax: { v: OutputSyntax } }
): Promise<number> {
  const { values } = parse(args, { ...SOURCE_OPTIONS })
  const { factsCommand } = await import('./facts-cmd.js')
  return factsCommand(values, io)
}
