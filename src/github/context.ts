/**
 * What publishing needs to know about the run, read from the environment the Actions runner sets
 * (`GITHUB_REPOSITORY`, `GITHUB_SHA`, `GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH` …). Pure apart from reading
 * the event file; no `@actions/*` import.
 */
import fs from 'node:fs'

export interface GitHubContext {
  owner: string
  repo: string
  /** The commit the check run goes on: the PR head for pull_request events, else GITHUB_SHA. */
  sha: string
  eventName: string
  /** The pull request's number on pull_request / pull_request_target events. */
  pullNumber?: number
  /** True when the PR comes from another repository (its token is read-only on pull_request). */
  fork: boolean
  serverUrl: string
  apiUrl: string
  runId?: string
  runAttempt?: string
  workspace?: string
  /** The action's own repository and ref (for links to its docs), when it runs as an action. */
  actionRepository?: string
  actionRef?: string
}

export const PR_EVENTS = ['pull_request', 'pull_request_target']

export function contextFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  readFile: (p: string) => string = p => fs.readFileSync(p, 'utf8')
): GitHubContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  const pr = payload.pull_request as
    | {
        number?: number
        head?: { sha?: string; repo?: { full_name?: string } | null }
        base?: { repo?: { full_name?: string } }
      }
    | undefined
  const isPr = PR_EVENTS.includes(eventName) && pr !== undefined
  const headRepo = pr?.head?.repo?.full_name
  const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY
  return {
    owner,
    repo,
    sha: (isPr && pr?.head?.sha) || env.GITHUB_SHA || '',
    eventName,
    pullNumber: isPr && typeof pr?.number === 'number' ? pr.number : undefined,
    fork: isPr && headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID || undefined,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
    actionRepository: env.GITHUB_ACTION_REPOSITORY || undefined,
    actionRef: env.GITHUB_ACTION_REF || undefined
  }
}

/** Links the reports use: rule docs, files at the commit, this run's summary. */
export function contextLinks(ctx: GitHubContext): {
  docsUrl?: string
  blobUrl?: string
  summaryUrl?: string
  workspace?: string
} {
  const repoUrl = ctx.owner && ctx.repo ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}` : undefined
  return {
    docsUrl: ctx.actionRepository
      ? `${ctx.serverUrl}/${ctx.actionRepository}/blob/${ctx.actionRef || 'main'}/docs/rules.md`
      : undefined,
    blobUrl: repoUrl && ctx.sha ? `${repoUrl}/blob/${ctx.sha}` : undefined,
    summaryUrl:
      repoUrl && ctx.runId
        ? `${repoUrl}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`
        : undefined,
    workspace: ctx.workspace
  }
}
