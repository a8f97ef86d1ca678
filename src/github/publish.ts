/**
 * Publishes a report to the pull request: check runs with annotations, the sticky comment, and — when the
 * token may not create check runs (fork PRs, `checks` not granted) or the API keeps failing —
 * workflow-command annotations instead.
 *
 * It never throws because of GitHub: a missing permission is one notice, an API that still fails after
 * retries is one warning, and the step's outcome stays with the findings. Output lines (workflow commands)
 * go through `out`, so this module does not depend on `@actions/core`.
 */
import type { Report } from '../report/types.js'
import { renderAnnotations, warningCommand, workflowCommand } from '../report/annotations.js'
import { renderComment } from '../report/comment.js'
import { inert } from '../text.js'
import { isNetworkError, networkErrorText } from '../net-error.js'
import { type GitHubApi, octokitApi } from './api.js'
import { type CheckRunResult, planCheckRuns, publishCheckRun } from './checks.js'
import { createClient, type ClientOptions } from './client.js'
import { type CommentResult, upsertComment } from './comment.js'
import { type GitHubContext, PR_EVENTS, contextLinks } from './context.js'

export interface PublishOptions {
  /** Token (the `github-token` input, by default the job's GITHUB_TOKEN). Without one, only workflow commands. */
  token?: string
  /** Post the sticky comment on pull_request / pull_request_target events (default true). */
  comment?: boolean
  /** Key that keeps parallel (matrix) jobs' comments and check runs apart. */
  key?: string
  /** Create check runs (default true). */
  checks?: boolean
  /** Base name of the check runs (default `vm-image-policy`). */
  checkName?: string
  /** Repository-relative file for findings without a location (e.g. the Packer manifest). */
  defaultFile?: string
  /** Client tuning (retries, back-off); tests shorten the waits. */
  client?: Omit<ClientOptions, 'token'>
  /** Custom rules' documentation by rule ID (src/report/links.ts). */
  ruleDocs?: Record<string, string>
}

export interface PublishDeps {
  /** Swaps the transport (tests); default Octokit against the context's API URL. */
  api?: GitHubApi
  /** Writes one line to the step's log (workflow commands); default stdout. */
  out?: (line: string) => void
}

export interface PublishResult {
  checkRuns: CheckRunResult[]
  comment?: CommentResult
  /** True when findings were annotated with workflow commands instead of (or besides) check runs. */
  fallback: boolean
  /** Permission problems (notices) and API failures (warnings), one line each, already written to `out`. */
  notices: string[]
  warnings: string[]
}

interface ApiError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

function describe(e: unknown): { permission: boolean; text: string } {
  // No answer at all (connection refused, DNS, timeout): Octokit reports it as status 500; say what it is.
  if (isNetworkError(e)) return { permission: false, text: `GitHub API not reached: ${networkErrorText(e)}` }
  const err = (e ?? {}) as ApiError
  const status = typeof err.status === 'number' ? err.status : undefined
  const data = err.response?.data as { message?: string } | undefined
  const message = inert(data?.message ?? err.message ?? String(e), 200).replace(/ - https?:\S+$/, '')
  const needs = err.response?.headers?.['x-accepted-github-permissions']
  // 403 "Resource not accessible by integration" (fork PRs, permission not granted); 404 when the token
  // cannot see the repository at all. A 403 that is a rate limit is not about permissions.
  const permission = (status === 403 && !/rate limit/i.test(message)) || status === 404 || status === 401
  const text = `${status ? `HTTP ${status}: ` : ''}${message}${needs ? ` (needs ${inert(needs, 80)})` : ''}`
  return { permission, text }
}

export async function publish(
  report: Report,
  ctx: GitHubContext,
  options: PublishOptions = {},
  deps: PublishDeps = {}
): Promise<PublishResult> {
  const out = deps.out ?? ((line: string) => void process.stdout.write(line + '\n'))
  const links = { ...contextLinks(ctx), ruleDocs: options.ruleDocs }
  const result: PublishResult = { checkRuns: [], fallback: false, notices: [], warnings: [] }
  const permissionProblems: string[] = []
  const failures: string[] = []

  let api = deps.api
  if (!api && options.token && ctx.owner && ctx.repo) {
    const client = createClient({
      ...options.client,
      token: options.token,
      baseUrl: options.client?.baseUrl ?? ctx.apiUrl
    })
    api = octokitApi(client, ctx.owner, ctx.repo)
  }

  // Check runs.
  let annotated = false
  if (options.checks !== false) {
    if (!api) permissionProblems.push('no GitHub token, so no check run')
    else if (!ctx.sha) permissionProblems.push('no commit SHA (GITHUB_SHA), so no check run')
    else {
      const plans = planCheckRuns(report, {
        ...links,
        name: options.checkName,
        key: options.key,
        defaultFile: options.defaultFile
      })
      annotated = true
      for (const plan of plans) {
        try {
          result.checkRuns.push(await publishCheckRun(api, plan, ctx.sha, links.summaryUrl))
        } catch (e) {
          annotated = false
          const d = describe(e)
          if (d.permission)
            permissionProblems.push(
              `check run not created (${d.text}); grant "checks: write" to annotate the changed lines`
            )
          else failures.push(`check run "${plan.name}": ${d.text}`)
          break
        }
      }
    }
  }

  if (!annotated) {
    result.fallback = true
    const { lines, omitted } = renderAnnotations(report, { workspace: ctx.workspace })
    for (const l of lines) out(l)
    const more = omitted.error + omitted.warning + omitted.notice
    if (more > 0)
      out(
        workflowCommand(
          'notice',
          { title: 'vm-image-policy' },
          `${more} more finding${more === 1 ? '' : 's'} than GitHub shows as annotations in one step: see the job summary.`
        )
      )
  }

  // The sticky comment.
  const wantComment =
    options.comment !== false && PR_EVENTS.includes(ctx.eventName) && ctx.pullNumber !== undefined
  if (wantComment) {
    if (!api) permissionProblems.push('no GitHub token, so no pull request comment')
    else {
      try {
        const body = renderComment(report, { ...links, key: options.key })
        result.comment = await upsertComment(api, ctx.pullNumber!, options.key, body)
      } catch (e) {
        const d = describe(e)
        if (d.permission)
          permissionProblems.push(
            `pull request comment not posted (${d.text})${ctx.fork ? '; pull requests from forks get a read-only token' : '; grant "pull-requests: write"'}`
          )
        else failures.push(`pull request comment: ${d.text}`)
      }
    }
  }

  if (permissionProblems.length) {
    const line = `vm-image-policy: ${permissionProblems.join('; ')}. The findings are in the job summary${result.fallback ? ' and the annotations above' : ''}.`
    result.notices.push(line)
    out(workflowCommand('notice', { title: 'vm-image-policy: missing permission' }, line))
  }
  if (failures.length) {
    const line = `vm-image-policy could not publish to GitHub after retries: ${failures.join('; ')}. The report files and the job summary are complete${result.fallback ? ', and the findings are annotated above' : ''}.`
    result.warnings.push(line)
    out(warningCommand(line))
  }
  return result
}
