import { UserError } from '../../errors.js'
import { inert } from '../../text.js'

/** A template the user gave us is wrong: one line, `file:line:column: reason`, exit 2, no stack. */
export class TemplateError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${inert(file)}:${line}:${column}: ${reason}`)
    this.name = 'TemplateError'
  }
}
