/**
 * Everything the action does with a finished report besides the JSON file and its outputs: the job summary,
 * the SARIF and JUnit files, and publishing to the pull request (check runs, sticky comment, fallback
 * annotations). The action entry reads them once (`readPublishInputs` in src/action/inputs.ts) and `reportToGitHub` after the pipeline.
 * No `@actions/core` here: files are written with `fs`, log lines go through `out`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { RuleMeta } from '../types.js'
import type { Report } from '../report/types.js'
import { ruleDocsOf } from '../report/links.js'
import { renderSummary } from '../report/summary.js'
import { renderSarif } from '../report/sarif.js'
import { renderJunit } from '../report/junit.js'
import { contextFromEnv, contextLinks } from './context.js'
import { workflowFile } from '../report/where.js'
import { publish, type PublishDeps, type PublishOptions, type PublishResult } from './publish.js'

export interface PublishInputs {
  /** `github-token` (default: the job's token, `${{ github.token }}`). */
  token?: string
  /** `comment`: post the sticky comment on pull requests (default true). */
  comment: boolean
  /** `comment-key`: one comment (and check run) per key, for matrix jobs. */
  key?: string
  /** `checks`: create check runs with annotations (default true). */
  checks: boolean
  /** `check-name` (default `vm-image-policy`). */
  checkName?: string
  /** `sarif`: where to write SARIF 2.1.0 (empty: none). */
  sarif?: string
  /** `junit`: where to write JUnit XML (empty: none). */
  junit?: string
  /** `sarif-category`: the SARIF run's automationDetails.id (empty: none; upload-sarif's category applies). */
  sarifCategory?: string
}

export interface ReportToGitHubOptions {
  env?: NodeJS.ProcessEnv
  /** Repository-relative file for findings without a location (the Packer manifest, when given). */
  defaultFile?: string
  /** Write the job summary to `GITHUB_STEP_SUMMARY` (default true). */
  summary?: boolean
  deps?: PublishDeps
  client?: PublishOptions['client']
}

export interface ReportToGitHubResult extends PublishResult {
  /** Files written (summary, SARIF, JUnit). */
  files: string[]
}

function writeFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  fs.writeFileSync(file, text)
}

export async function reportToGitHub(
  report: Report,
  rules: RuleMeta[],
  inputs: PublishInputs,
  options: ReportToGitHubOptions = {}
): Promise<ReportToGitHubResult> {
  const env = options.env ?? process.env
  const ctx = contextFromEnv(env)
  const links = contextLinks(ctx)
  const defaultFile =
    options.defaultFile && !path.isAbsolute(options.defaultFile)
      ? options.defaultFile.replace(/^\.\//, '')
      : undefined
  const files: string[] = []

  // Files first: whatever GitHub's API does later, these are complete.
  if (options.summary !== false && env.GITHUB_STEP_SUMMARY) {
    fs.appendFileSync(
      env.GITHUB_STEP_SUMMARY,
      renderSummary(report, { ...links, key: inputs.key, ruleDocs: ruleDocsOf(rules) })
    )
    files.push(env.GITHUB_STEP_SUMMARY)
  }
  if (inputs.sarif) {
    writeFile(
      inputs.sarif,
      JSON.stringify(
        renderSarif(report, rules, {
          ...links,
          informationUri: ctx.actionRepository ? `${ctx.serverUrl}/${ctx.actionRepository}` : undefined,
          defaultFile,
          fallbackFiles: [workflowFile(env)].filter((f): f is string => Boolean(f)),
          category: inputs.sarifCategory
        }),
        null,
        2
      ) + '\n'
    )
    files.push(inputs.sarif)
  }
  if (inputs.junit) {
    writeFile(inputs.junit, renderJunit(report))
    files.push(inputs.junit)
  }

  const result = await publish(
    report,
    ctx,
    {
      token: inputs.token,
      comment: inputs.comment,
      key: inputs.key,
      checks: inputs.checks,
      checkName: inputs.checkName,
      defaultFile,
      client: options.client,
      ruleDocs: ruleDocsOf(rules)
    },
    options.deps
  )
  return { ...result, files }
}
