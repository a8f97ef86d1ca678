/** The sticky PR comment: found by its marker among all the PR's comments, updated in place, never duplicated. */
import { isOurComment } from '../report/comment.js'
import type { GitHubApi, IssueComment } from './api.js'

export interface CommentResult {
  id: number
  url?: string
  action: 'created' | 'updated' | 'unchanged'
  /** Comments read while looking for ours. */
  scanned: number
}

/** Finds our comment for the key, paging through every comment (the oldest of ours wins). */
export async function findComment(
  api: GitHubApi,
  issue: number,
  key: string | undefined
): Promise<{ comment?: IssueComment; scanned: number }> {
  let scanned = 0
  for await (const page of api.listComments(issue)) {
    for (const c of page) {
      scanned++
      if (isOurComment(c.body, key)) return { comment: c, scanned }
    }
  }
  return { scanned }
}

export async function upsertComment(
  api: GitHubApi,
  issue: number,
  key: string | undefined,
  body: string
): Promise<CommentResult> {
  const { comment, scanned } = await findComment(api, issue, key)
  if (comment) {
    if (comment.body === body) return { id: comment.id, url: comment.html_url, action: 'unchanged', scanned }
    const c = await api.updateComment(comment.id, body)
    return { id: c.id, url: c.html_url, action: 'updated', scanned }
  }
  const c = await api.createComment(issue, body)
  return { id: c.id, url: c.html_url, action: 'created', scanned }
}
