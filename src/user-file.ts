/**
 * Every file a user names (facts, manifest, template, var file, configuration, ledger, policy bundle, VHD)
 * is read here: opened without blocking (a FIFO never hangs the open), checked with fstat on the open
 * descriptor (no race with a rename), refused unless it is a regular file, and read up to a size limit
 * (a file that grows while it is read, or a /proc file that reports size 0, still stops at the limit).
 */
import fs from 'node:fs'
import path from 'node:path'
import { UserError, registerUnquotable } from './errors.js'
import { inert } from './text.js'

export interface UserFile {
  /** The bytes read (at most maxBytes). */
  data: Buffer
  /**
   * True when the file is a regular file inside the workspace ($GITHUB_WORKSPACE, else the working
   * directory) after every symlink is resolved: only then may an error message quote its content.
   */
  quotable: boolean
  size: number
}

const NONBLOCK = fs.constants.O_NONBLOCK ?? 0
const NOCTTY = fs.constants.O_NOCTTY ?? 0

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** The workspace whose files error messages may quote. */
export function workspaceRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd())
}

const PSEUDO = /^\/(?:proc|sys|dev)(?:\/|$)/

/**
 * True when an error message may quote `file`'s content: a regular file, not on a pseudo file system
 * (/proc, /sys, /dev), and either inside the workspace after every symlink is resolved, or (outside GitHub
 * Actions) named directly by the user, not reached through a symlink that leads elsewhere. In Actions
 * (GITHUB_ACTIONS=true: inputs may come from a pull request, logs may be public) only workspace files are
 * quoted.
 */
export function insideWorkspace(file: string, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    const real = fs.realpathSync(file)
    if (PSEUDO.test(real) || !fs.statSync(real).isFile()) return false
    let root = workspaceRoot(env)
    try {
      root = fs.realpathSync(root)
    } catch {
      // keep the resolved path
    }
    const rel = path.relative(root, real)
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return true
    if (env.GITHUB_ACTIONS === 'true') return false
    let named = path.resolve(file)
    try {
      named = path.join(fs.realpathSync(path.dirname(named)), path.basename(named))
    } catch {
      return false
    }
    return named === real
  } catch {
    return false
  }
}

function describeCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'not found'
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)'
  if (code === 'ELOOP') return 'a symlink loop'
  if (code === 'ENOTDIR') return 'not found (a path component is not a directory)'
  return `could not be read (${code ?? 'error'})`
}

/** A reader's own wording for the two failures users meet most (the rest keep the common wording). */
export interface UserFileMessages {
  /** The file does not exist. */
  notFound?: string
  /** The file is larger than maxBytes (`size`: as fstat reports it, or the bytes read so far). */
  tooLarge?: (size: number) => string
}

/**
 * Reads `file` (a `what`, e.g. "facts file") as described above; any failure is one UserError line
 * naming `shown` (default: the file). Never blocks on a FIFO or device. This is the one bounded reader of
 * user files: callers do not stat the file themselves first (that would race a swap); they pass
 * `messages` when they word the common failures their own way.
 */
export function readUserFile(
  file: string,
  what: string,
  maxBytes: number,
  shown: string = file,
  messages: UserFileMessages = {}
): UserFile {
  const tooLarge = (size: number, dflt: string) =>
    new UserError(messages.tooLarge ? messages.tooLarge(size) : dflt)
  let fd: number
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK | NOCTTY)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(messages.notFound ?? `${what} not found: ${inert(shown)}`)
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError(`${what} not readable (permission denied): ${inert(shown)}`)
    throw new UserError(`${what} ${inert(shown)}: ${describeCode(e)}`)
  }
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile()) throw new UserError(`${what} ${inert(shown)} is ${kindOf(st)}, not a regular file`)
    if (st.size > maxBytes)
      throw tooLarge(st.size, `${what} ${inert(shown)} is ${st.size} bytes; the limit is ${maxBytes}`)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total))
      let n: number
      try {
        n = fs.readSync(fd, buf, 0, buf.length, null)
      } catch (e) {
        throw new UserError(`${what} ${inert(shown)} ${describeCode(e)}`)
      }
      if (n === 0) break
      chunks.push(buf.subarray(0, n))
      total += n
      if (total > maxBytes)
        throw tooLarge(total, `${what} ${inert(shown)} is larger than the limit of ${maxBytes} bytes`)
    }
    return { data: Buffer.concat(chunks, total), quotable: insideWorkspace(file), size: total }
  } finally {
    fs.closeSync(fd)
  }
}

/** readUserFile as UTF-8 text. */
export function readUserText(
  file: string,
  what: string,
  maxBytes: number,
  shown: string = file,
  messages: UserFileMessages = {}
): { text: string; quotable: boolean } {
  const f = readUserFile(file, what, maxBytes, shown, messages)
  const text = f.data.toString('utf8')
  if (!f.quotable) registerUnquotable(text)
  return { text, quotable: f.quotable }
}

/** Async variant check for readers that open themselves (VHD): the open must not block on a FIFO. */
export const OPEN_NONBLOCK = fs.constants.O_RDONLY | NONBLOCK | NOCTTY
