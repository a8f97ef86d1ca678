import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../errors.js'
import { inert } from '../text.js'
import { validateFacts } from '../facts/validate.js'

export type Stage = 'build' | 'deployed'

/** probes/linux/probe.sh: beside the bundle (dist/probes) or in the repository (running from sources). */
export function probeScriptPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [
    path.join(here, 'probes/linux/probe.sh'),
    path.join(here, '..', 'probes/linux/probe.sh'),
    path.join(here, '..', '..', 'probes/linux/probe.sh'),
    path.join(here, '..', '..', 'dist/probes/linux/probe.sh')
  ]
  const found = candidates.find(c => fs.existsSync(c))
  if (!found) throw new Error(`probes/linux/probe.sh not found near ${here}`)
  return found
}

export function checkStage(stage: string | undefined): Stage | undefined {
  if (stage === undefined || stage === 'build' || stage === 'deployed') return stage
  throw new UserError(`--stage must be build or deployed, not "${inert(stage, 40)}"`)
}

/**
 * Parses what a probe printed. Truncated or non-JSON output, a newer schema version, or a document that is
 * not from the Linux probe is a one-line UserError naming `where`; the document must match the facts schema.
 */
export function parseProbeOutput(text: string, where: string): Record<string, unknown> {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    const t = text.trim()
    const hint = t === '' ? 'it printed nothing' : t.startsWith('{') ? 'it looks truncated' : 'it is not JSON'
    throw new UserError(`${inert(where)}: the probe output is not a JSON document (${hint})`)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new UserError(`${inert(where)}: the probe output is not a JSON object`)
  const d = doc as Record<string, unknown>
  if (typeof d.schema_version === 'number' && d.schema_version > 1)
    throw new UserError(
      `${inert(where)}: the probe output has schema_version ${d.schema_version}, newer than this version reads (1); upgrade vm-image-policy`
    )
  if (d.schema_version !== 1)
    throw new UserError(`${inert(where)}: the probe output has no supported schema_version (expected 1)`)
  const os = d.os as { type?: unknown } | undefined
  if (os?.type !== 'Linux' || typeof d.linux !== 'object')
    throw new UserError(
      `${inert(where)}: the probe output is not from the Linux probe (os.type is ${inert(os?.type ?? 'absent', 40)})`
    )
  validateFacts(d, where)
  return d
}

export interface Captured {
  stdout: string
  stderr: string
  code: number | null
  timedOut: boolean
}

/** Sends SIGKILL to the child's whole process group (it leads its own group), or to the child alone. */
function killGroup(pid: number | undefined, kill: () => void): void {
  try {
    if (pid !== undefined && process.platform !== 'win32') process.kill(-pid, 'SIGKILL')
    else kill()
  } catch {
    kill()
  }
}

/**
 * Runs a command with optional stdin in its own process group; after timeoutMs the whole group (the
 * probe and every child it started) is killed and the result is marked timedOut.
 */
export function capture(
  cmd: string,
  args: string[],
  opts: { input?: string; timeoutMs: number; env?: Record<string, string> }
): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
      detached: process.platform !== 'win32'
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timedOut = false
    let done = false
    const finish = (code: number | null): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        timedOut
      })
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid, () => child.kill('SIGKILL'))
      // a descendant that left the group may keep the pipes open: do not wait for them
      const drop = (code: number | null): void => {
        child.stdout.destroy()
        child.stderr.destroy()
        finish(code)
      }
      if (child.exitCode !== null || child.signalCode !== null) drop(child.exitCode)
      else child.once('exit', code => drop(code))
    }, opts.timeoutMs)
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', e => {
      if (done) return
      done = true
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', code => finish(code))
    child.stdin.on('error', () => undefined)
    child.stdin.end(opts.input ?? '')
  })
}

/**
 * Runs probe.sh on this machine (live) or offline on an image root (`root`). `env`: variables added to the
 * probe's environment (VMIP_PROBE_READ_LOG for the disk reader).
 */
export async function probeLocal(opts: {
  root?: string
  stage?: Stage
  timeoutMs?: number
  env?: Record<string, string>
}): Promise<Record<string, unknown>> {
  const stage = checkStage(opts.stage)
  if (opts.root !== undefined && !(fs.existsSync(opts.root) && fs.statSync(opts.root).isDirectory()))
    throw new UserError(`--root ${inert(opts.root)}: not a directory`)
  const args = [probeScriptPath()]
  if (opts.root !== undefined) args.push('--root', opts.root)
  if (stage) args.push('--stage', stage)
  const r = await capture('sh', args, {
    timeoutMs: opts.timeoutMs ?? 60_000,
    ...(opts.env ? { env: opts.env } : {})
  })
  const where = opts.root !== undefined ? `probe of ${opts.root}` : 'probe of this machine'
  if (r.timedOut)
    throw new UserError(
      `${inert(where)}: the probe did not finish within ${(opts.timeoutMs ?? 60_000) / 1000} s`
    )
  if (r.code !== 0)
    throw new UserError(
      `${inert(where)}: the probe exited ${r.code}: ${inert(r.stderr.trim() || '(no message)')}`
    )
  return parseProbeOutput(r.stdout, where)
}
