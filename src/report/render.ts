import type { CheckResult } from '../pipeline.js'
import type { Format } from '../settings.js'
import { renderText } from './text.js'

/**
 * Renders the report in one of the file formats. Text is for terminals; the others are for machines.
 * Reporters other than text are loaded only when asked for (the CLI's cold start is benchmarked).
 */
export async function render(
  format: Format,
  result: CheckResult,
  opts: {
    color: boolean
    verbose: boolean
    all?: boolean
    manifest?: string
    /** Repository files SARIF results without a file of their own are reported on, after the manifest. */
    fallbacks?: string[]
  }
): Promise<string> {
  switch (format) {
    case 'text':
      return renderText(result.report, opts)
    case 'json':
      return JSON.stringify(result.report, null, 2) + '\n'
    case 'sarif': {
      const { renderSarif } = await import('./sarif.js')
      return (
        JSON.stringify(
          renderSarif(result.report, result.rules, {
            defaultFile: opts.manifest,
            fallbackFiles: opts.fallbacks,
            workspace: process.cwd()
          }),
          null,
          2
        ) + '\n'
      )
    }
    case 'junit': {
      const { renderJunit } = await import('./junit.js')
      return renderJunit(result.report)
    }
    case 'markdown': {
      const { renderSummary } = await import('./summary.js')
      const { ruleDocsOf } = await import('./links.js')
      return renderSummary(result.report, { ruleDocs: ruleDocsOf(result.rules) })
    }
  }
}
