import type { CheckResult } from '../pipeline.js'
import type { Format } from '../settings.js'
import { renderText } from './text.js'

/** Renders the report in one of the file formats. Text is for terminals; the others are for machines. */
export async function render(
  format: Format,
  result: CheckResult,
  opts: { color: boolean; verbose: boolean }
): Promise<string> {
  switch (format) {
    case 'text':
      return renderText(result.report, opts)
    case 'json':
      return JSON.stringify(result.report, null, 2) + '\n'
    default:
      throw new Error(`format ${format} is not available`)
  }
}
