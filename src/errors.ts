/**
 * A problem with what the user gave us (a file, a flag, a config value). Printed as one line, exit code 2,
 * never with a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError
}

/**
 * Content of files that error messages must never quote: files that are not regular files inside the
 * workspace (a config symlinked to /proc/self/environ, a var file that is really a private key). Every
 * run of WINDOW characters of a message that also occurs in such content is cut out of the message.
 */
const unquotable: string[] = []
const WINDOW = 12
const MAX_KEPT = 256 * 1024

export function registerUnquotable(content: string): void {
  if (content.length >= WINDOW) unquotable.push(content.slice(0, MAX_KEPT))
}

/** Forget the unquotable contents (tests only). */
export function clearUnquotable(): void {
  unquotable.length = 0
}

/** `msg` with every excerpt (WINDOW characters or more) of an unquotable file replaced by "…". */
export function scrubUnquotable(msg: string): string {
  if (unquotable.length === 0 || msg.length < WINDOW) return msg
  const cut = new Uint8Array(msg.length)
  let any = false
  for (let i = 0; i + WINDOW <= msg.length; i++) {
    const w = msg.slice(i, i + WINDOW)
    if (unquotable.some(c => c.includes(w))) {
      cut.fill(1, i, i + WINDOW)
      any = true
    }
  }
  if (!any) return msg
  let out = ''
  for (let i = 0; i < msg.length; i++) {
    if (cut[i] === 1) {
      if (i === 0 || cut[i - 1] !== 1) out += '…'
    } else out += msg[i]
  }
  return out
}

/** One line for any error: the message of a UserError, or "internal error: …" for a bug. */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e)
  return scrubUnquotable(msg.replace(/\s*\n\s*/g, ' ').trim())
}
