/**
 * The few GitHub operations publishing needs, behind a small interface so tests can swap the transport.
 * The real one is Octokit (with retry and throttling) against `GITHUB_API_URL`.
 */
import type { GitHubClient } from './client.js'

export type AnnotationLevel = 'notice' | 'warning' | 'failure'
export type Conclusion = 'success' | 'failure' | 'neutral'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: AnnotationLevel
  message: string
  title?: string
  raw_details?: string
}

export interface CheckOutput {
  title: string
  summary: string
  text?: string
  annotations?: CheckAnnotation[]
}

export interface CheckRunCreate {
  name: string
  head_sha: string
  external_id?: string
  details_url?: string
  status?: 'in_progress' | 'completed'
  conclusion?: Conclusion
  completed_at?: string
  output: CheckOutput
}

export interface CheckRunUpdate {
  status?: 'in_progress' | 'completed'
  conclusion?: Conclusion
  completed_at?: string
  output: CheckOutput
}

export interface IssueComment {
  id: number
  body?: string
  html_url?: string
  user?: { login: string; type?: string } | null
}

export interface GitHubApi {
  createCheckRun(run: CheckRunCreate): Promise<{ id: number; html_url?: string | null }>
  updateCheckRun(id: number, update: CheckRunUpdate): Promise<void>
  /** Every comment on an issue or pull request, page by page (oldest first). */
  listComments(issue: number): AsyncIterable<IssueComment[]>
  createComment(issue: number, body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
}

export function octokitApi(octokit: GitHubClient, owner: string, repo: string): GitHubApi {
  return {
    async createCheckRun(run) {
      const { data } = await octokit.rest.checks.create({ owner, repo, ...run })
      return { id: data.id, html_url: data.html_url }
    },
    async updateCheckRun(id, update) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...update })
    },
    async *listComments(issue) {
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100
      })) {
        yield page.data.map(c => ({
          id: c.id,
          body: c.body,
          html_url: c.html_url,
          user: c.user ? { login: c.user.login, type: c.user.type } : null
        }))
      }
    },
    async createComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
      return { id: data.id, body: data.body, html_url: data.html_url }
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
      return { id: data.id, body: data.body, html_url: data.html_url }
    }
  }
}
