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

/** One line for any error: the message of a UserError, or "internal error: …" for a bug. */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e)
  return msg.replace(/\s*\n\s*/g, ' ').trim()
}
