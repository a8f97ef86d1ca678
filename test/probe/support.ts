/**
 * Helpers for the Linux probe tests: the cached Debian roots (scripts/make-debian-roots.sh), cheap mutated
 * copies of them (hard links: every change unlinks first so the cached root is never touched), running
 * probes/linux/probe.sh, and judging its output with a policy compiled from the working tree.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Engine, RawFinding } from '../../src/policy/engine.js'
import { compileWorkingTreePolicy, workingTreeEngine } from '../support/policy.js'
import { validateFacts } from '../../src/facts/validate.js'
import type { FactsDoc } from '../../src/facts/types.js'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const probeScript = path.join(repo, 'probes/linux/probe.sh')
const rootsDir = process.env.VMIP_ROOTS_DIR ?? path.join(repo, '.cache/roots')

export function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** Builds (or reuses) the cached roots; returns their paths. */
export function ensureRoots(): { base: string; nm: string } {
  execFileSync('bash', [path.join(repo, 'scripts/make-debian-roots.sh')], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  return { base: path.join(rootsDir, 'base'), nm: path.join(rootsDir, 'nm') }
}

/** A writable copy of `src` made of hard links; use the Mutator to change it. */
export function copyRoot(src: string, name: string): Mutator {
  const dir = path.join(rootsDir, 'mut', name)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  execFileSync('cp', ['-al', src, dir])
  return new Mutator(dir)
}

export class Mutator {
  constructor(readonly root: string) {}
  p(rel: string): string {
    return path.join(this.root, rel)
  }
  exists(rel: string): boolean {
    try {
      fs.lstatSync(this.p(rel))
      return true
    } catch {
      return false
    }
  }
  read(rel: string): string {
    return fs.readFileSync(this.p(rel), 'latin1')
  }
  /** Replaces (never edits in place: the file may be a hard link into the cached root). */
  write(rel: string, content: string | Buffer, mode = 0o644): void {
    this.rm(rel)
    fs.mkdirSync(path.dirname(this.p(rel)), { recursive: true })
    fs.writeFileSync(this.p(rel), content, { mode })
    fs.chmodSync(this.p(rel), mode)
  }
  edit(rel: string, fn: (s: string) => string, mode?: number): void {
    const st = fs.statSync(this.p(rel))
    this.write(rel, Buffer.from(fn(this.read(rel)), 'latin1'), mode ?? st.mode & 0o7777)
  }
  rm(rel: string): void {
    fs.rmSync(this.p(rel), { recursive: true, force: true })
  }
  symlink(target: string, rel: string): void {
    this.rm(rel)
    fs.mkdirSync(path.dirname(this.p(rel)), { recursive: true })
    fs.symlinkSync(target, this.p(rel))
  }
}

export function cleanupCopies(): void {
  fs.rmSync(path.join(rootsDir, 'mut'), { recursive: true, force: true })
}

export interface ProbeRun {
  stdout: string
  stderr: string
  status: number | null
  ms: number
}

export function runProbe(args: string[], opts: { asUser?: string } = {}): ProbeRun {
  const argv = opts.asUser
    ? [
        'setpriv',
        `--reuid=${opts.asUser}`,
        `--regid=${opts.asUser}`,
        '--clear-groups',
        'sh',
        probeScript,
        ...args
      ]
    : ['sh', probeScript, ...args]
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0] as string, argv.slice(1), { encoding: 'utf8', maxBuffer: 64 << 20 })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, ms }
}

/** probe.sh --root DIR, parsed and validated against the facts schema. */
export function probeRoot(root: string, extra: string[] = [], opts: { asUser?: string } = {}): FactsDoc {
  const r = runProbe(['--root', root, ...extra], opts)
  if (r.status !== 0) throw new Error(`probe.sh exited ${r.status}: ${r.stderr}`)
  const doc = JSON.parse(r.stdout) as FactsDoc
  validateFacts(doc, `probe of ${root}`)
  return doc
}

/** Compiles policies/ of the working tree (so the tests judge the rules as they are now). */
export function compilePolicy(): void {
  compileWorkingTreePolicy()
}

const engine = (profile: string): Promise<Engine> => workingTreeEngine(profile, new Date())

/** The Linux findings by rule name ("ssh_client_alive_interval" → finding). */
export async function linuxFindings(doc: FactsDoc, profile = 'guide'): Promise<Map<string, RawFinding>> {
  const e = await engine(profile)
  const m = new Map<string, RawFinding>()
  // AZMP-LNX-031 (generalization_last) is judged from the Packer template, not from the probe's facts:
  // test/template covers it.
  for (const f of e.evaluateRaw(doc)) {
    if (f.path.startsWith('linux.') && f.path !== 'linux.generalization_last') {
      m.set(f.path.slice('linux.'.length), f)
    }
  }
  return m
}

/** Names of rules whose status is not pass / not_applicable. */
export function notPassing(fs_: Map<string, RawFinding>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, f] of fs_) if (f.status !== 'pass' && f.status !== 'not_applicable') out[k] = f.status
  return out
}
