import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../errors.js'
import { inert } from '../text.js'
import { capture, checkStage, parseProbeOutput, probeScriptPath, type Stage } from './run.js'

export { probeLocal, parseProbeOutput } from './run.js'

export interface SshProbeOptions {
  host: string
  port?: number
  user: string
  /** Private key file for the login (never logged). */
  keyFile: string
  /** The host key fingerprint the server must present, as `ssh-keygen -lf` prints it: `SHA256:…`. */
  hostKey: string
  stage?: Stage
  /** Overall limit for the key scan and for the probe run, each (default 60 s). */
  timeoutMs?: number
  /** OpenSSH client binaries (default: from PATH). */
  sshBin?: string
  keyscanBin?: string
}

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}=?$/

/** `SHA256:…` fingerprint of a base64 public key blob, as OpenSSH prints it. */
export function fingerprint(blobBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(blobBase64, 'base64')).digest('base64')
  return `SHA256:${digest.replace(/=+$/, '')}`
}

/** The host key algorithms to offer for a key type, so that the server proves exactly the pinned key. */
function algorithms(keyType: string): string {
  return keyType === 'ssh-rsa' ? 'rsa-sha2-512,rsa-sha2-256,ssh-rsa' : keyType
}

function checkHost(host: string): void {
  if (!/^[A-Za-z0-9._:-]+$/.test(host) || host.startsWith('-'))
    throw new UserError(`probe host "${inert(host, 80)}" is not a host name or address`)
}

/**
 * Runs probes/linux/probe.sh on a host over SSH (OpenSSH client) and returns its facts document.
 *
 * Trust: the host key must match the pinned `hostKey` fingerprint. The server's keys are scanned first;
 * only the key whose fingerprint matches is written to a private known_hosts, and the session runs with
 * StrictHostKeyChecking=yes limited to that key's algorithm, so a server that cannot prove that exact key
 * is refused. No pin, a malformed pin, or a mismatch: refused before any login.
 */
export async function probeOverSsh(opts: SshProbeOptions): Promise<Record<string, unknown>> {
  const port = opts.port ?? 22
  const timeoutMs = opts.timeoutMs ?? 60_000
  const stage = checkStage(opts.stage)
  const target = `${opts.user}@${opts.host}${port === 22 ? '' : `:${port}`}`
  if (!opts.hostKey)
    throw new UserError(
      `refusing to probe ${inert(target)} without a pinned host key: pass the server's key fingerprint (SHA256:…, from ssh-keygen -lf)`
    )
  if (!FINGERPRINT.test(opts.hostKey))
    throw new UserError(
      `the pinned host key "${inert(opts.hostKey, 80)}" is not a SHA256:… fingerprint (ssh-keygen -lf prints one)`
    )
  checkHost(opts.host)
  if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(opts.user))
    throw new UserError(`probe user "${inert(opts.user, 80)}" is not a user name`)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UserError(`probe port ${port} is not a TCP port`)
  if (!fs.existsSync(opts.keyFile))
    throw new UserError(`probe key file ${inert(opts.keyFile)} does not exist`)

  const wanted = opts.hostKey.replace(/=$/, '')
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000))
  const scan = await capture(
    opts.keyscanBin ?? 'ssh-keyscan',
    ['-p', String(port), '-T', String(seconds), '-t', 'ed25519,ecdsa,rsa', opts.host],
    { timeoutMs: timeoutMs + 2000 }
  )
  const keys = scan.stdout
    .split('\n')
    .map(l => l.trim().split(/\s+/))
    .filter(f => f.length >= 3 && !(f[0] ?? '').startsWith('#'))
    .map(f => ({ type: f[1] as string, blob: f[2] as string, fp: fingerprint(f[2] as string) }))
  if (keys.length === 0)
    throw new UserError(
      `${inert(target)}: no SSH host key could be read (${scan.timedOut ? 'timed out' : 'connection failed'}); is the host reachable on port ${port}?`
    )
  const match = keys.find(k => k.fp === wanted)
  if (!match)
    throw new UserError(
      `${inert(target)}: host key mismatch: the server presents ${keys.map(k => `${k.type} ${k.fp}`).join(', ')}, but ${inert(opts.hostKey, 80)} is pinned; refusing to connect`
    )

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-ssh-'))
  try {
    const knownHosts = path.join(dir, 'known_hosts')
    const hostPattern = port === 22 ? opts.host : `[${opts.host}]:${port}`
    fs.writeFileSync(knownHosts, `${hostPattern} ${match.type} ${match.blob}\n`, { mode: 0o600 })
    const args = [
      '-F',
      '/dev/null',
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      `UserKnownHostsFile=${knownHosts}`,
      '-o',
      'GlobalKnownHostsFile=/dev/null',
      '-o',
      'UpdateHostKeys=no',
      '-o',
      `HostKeyAlgorithms=${algorithms(match.type)}`,
      '-o',
      `ConnectTimeout=${seconds}`,
      '-o',
      'IdentitiesOnly=yes',
      '-o',
      'PasswordAuthentication=no',
      '-o',
      'KbdInteractiveAuthentication=no',
      '-o',
      'LogLevel=ERROR',
      '-i',
      opts.keyFile,
      '-p',
      String(port),
      '-l',
      opts.user,
      '--',
      opts.host,
      stage ? `sh -s -- --stage ${stage}` : 'sh -s'
    ]
    const r = await capture(opts.sshBin ?? 'ssh', args, {
      input: fs.readFileSync(probeScriptPath(), 'utf8'),
      timeoutMs
    })
    if (r.timedOut)
      throw new UserError(`${inert(target)}: the probe over SSH did not finish within ${seconds} s`)
    if (r.code === 255)
      throw new UserError(
        `${inert(target)}: SSH failed: ${inert(r.stderr.trim() || 'connection or authentication failed')}`
      )
    if (r.code !== 0)
      throw new UserError(
        `${inert(target)}: the probe exited ${r.code}: ${inert(r.stderr.trim() || '(no message)')}`
      )
    return parseProbeOutput(r.stdout, `probe of ${target}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
