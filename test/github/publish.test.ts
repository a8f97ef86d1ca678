/**
 * Publishing scenarios of issue 5, in-process, against the loopback server that rejects any request that
 * does not match GitHub's OpenAPI description.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { publish, type PublishOptions } from '../../src/github/publish.js'
import { contextFromEnv, type GitHubContext } from '../../src/github/context.js'
import { commentMarker, isOurComment } from '../../src/report/comment.js'
import type { Report } from '../../src/report/types.js'
import { GitHubServer } from '../support/github-server.js'
import { pullRequestEvent, pushEvent } from '../support/github-event.js'
import { HOSTILE, hostileReport, manyFailures, mixedReport } from '../support/report-fixtures.js'

const TOKEN = 'ghs_0123456789abcdef'
const HEAD = 'a'.repeat(40)

let server: GitHubServer
let tmp: string

beforeEach(async () => {
  server = await GitHubServer.start({ token: TOKEN })
})
afterEach(async () => {
  expect(server.rejections().map(r => r.rejection)).toEqual([])
  await server.close()
})
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-publish-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

function ctxFor(event: Record<string, unknown>, eventName: string): GitHubContext {
  const file = path.join(tmp, `event-${Math.random().toString(36).slice(2)}.json`)
  fs.writeFileSync(file, JSON.stringify(event))
  return contextFromEnv({
    GITHUB_REPOSITORY: 'contoso/images',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server.url,
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: '/home/runner/work/images/images'
  })
}

async function run(report: Report, ctx: GitHubContext, options: PublishOptions = {}) {
  const lines: string[] = []
  const result = await publish(
    report,
    ctx,
    { token: TOKEN, client: { retryAfterBaseMs: 20 }, ...options },
    { out: l => lines.push(l) }
  )
  return { result, lines }
}

test('context from a pull_request event: head SHA, number, not a fork', () => {
  const ctx = ctxFor(pullRequestEvent({ number: 7 }), 'pull_request')
  expect(ctx).toMatchObject({
    owner: 'contoso',
    repo: 'images',
    sha: HEAD,
    pullNumber: 7,
    fork: false,
    apiUrl: server.url
  })
  expect(ctxFor(pullRequestEvent({ forkOwner: 'someone' }), 'pull_request').fork).toBe(true)
  expect(ctxFor(pushEvent(), 'push')).toMatchObject({ sha: 'f'.repeat(40), pullNumber: undefined })
})

test('PR with failures: one check run with annotations on the lines, one sticky comment', async () => {
  const ctx = ctxFor(pullRequestEvent({ number: 42 }), 'pull_request')
  const { result, lines } = await run(mixedReport({ result: 'fail' }), ctx)
  expect(lines).toEqual([])
  expect(result).toMatchObject({ fallback: false, notices: [], warnings: [] })
  expect(result.checkRuns).toHaveLength(1)
  const runs = [...server.checkRuns.values()]
  expect(runs).toHaveLength(1)
  const cr = runs[0]!
  expect(cr).toMatchObject({
    name: 'vm-image-policy',
    head_sha: HEAD,
    status: 'completed',
    conclusion: 'failure'
  })
  expect(cr.output.title).toBe('❌ 1 error, 2 warnings')
  expect(
    cr.annotations.map(a => [a.annotation_level, a.path, a.start_line, a.end_line, a.title?.split(' ')[0]])
  ).toEqual([
    ['failure', 'packer/ubuntu.pkr.hcl', 12, 14, 'AZMP-DSK-001'],
    ['warning', 'scripts/harden.sh', 41, 41, 'AZMP-LNX-014'],
    // No location of its own: on the file the image's facts came from (the manifest), line 1.
    ['notice', 'packer-manifest.json', 1, 1, 'AZMP-LNX-011']
  ])
  expect(cr.annotations[0]!.message).toMatch(/declares 2 OS disks.*\nFix: Declare exactly one OS disk/s)
  const comments = server.comments(42)
  expect(comments).toHaveLength(1)
  expect(comments[0]!.body.startsWith(commentMarker() + '\n')).toBe(true)
  expect(result.comment).toMatchObject({ action: 'created', id: comments[0]!.id })
  expect(server.requests.every(r => r.headers.authorization === `token ${TOKEN}`)).toBe(true)
})

test('re-run with 150 prior comments pages through all and updates the same comment', async () => {
  const ctx = ctxFor(pullRequestEvent({ number: 9 }), 'pull_request')
  server.seedComments(9, 150, i => ({
    body: i === 3 ? `> ${commentMarker()}\n> quoted by someone` : `comment ${i}`
  }))
  const first = await run(mixedReport(), ctx)
  expect(first.result.comment).toMatchObject({ action: 'created', scanned: 150 })
  server.seedComments(9, 5)
  const second = await run(mixedReport({ result: 'pass', images: [] }), ctx)
  expect(second.result.comment).toMatchObject({
    action: 'updated',
    id: first.result.comment!.id,
    scanned: 151
  })
  const ours = server.comments(9).filter(c => isOurComment(c.body))
  expect(ours).toHaveLength(1)
  expect(ours[0]!.body).toMatch(/### ✅ VM image policy: passed/)
  const lists = server.calls('issues/list-comments')
  expect(lists.map(r => `${r.query.per_page}/${r.query.page ?? 1}`)).toEqual([
    '100/1',
    '100/2',
    '100/1',
    '100/2'
  ])
  expect(server.calls('issues/create-comment')).toHaveLength(1)
  expect(server.calls('issues/update-comment')).toHaveLength(1)
})

test('fork PR: 403 on checks and comments → workflow-command annotations, one notice, nothing thrown', async () => {
  const ctx = ctxFor(pullRequestEvent({ number: 5, forkOwner: 'outsider' }), 'pull_request')
  const headers = { 'x-accepted-github-permissions': 'checks=write' }
  server.fail({ operation: 'checks/create', status: 403, times: Infinity, headers })
  server.fail({ operation: 'issues/list-comments', status: 403, times: Infinity })
  const { result, lines } = await run(mixedReport({ result: 'fail' }), ctx)
  expect(result.fallback).toBe(true)
  expect(result.warnings).toEqual([])
  expect(result.notices).toHaveLength(1)
  expect(result.notices[0]).toMatch(
    /check run not created \(HTTP 403: Resource not accessible by integration \(needs checks=write\)\)/
  )
  expect(result.notices[0]).toMatch(/pull requests from forks get a read-only token/)
  expect(lines.filter(l => l.startsWith('::error '))).toHaveLength(1)
  expect(lines.filter(l => l.startsWith('::warning '))).toHaveLength(2)
  expect(lines[0]).toMatch(/^::error file=packer\/ubuntu.pkr.hcl,line=12,endLine=14,title=AZMP-DSK-001 /)
  expect(lines.at(-1)).toMatch(/^::notice title=vm-image-policy%3A missing permission::/)
  // 403 is not retried
  expect(server.calls('checks/create')).toHaveLength(1)
  expect(server.calls('issues/list-comments')).toHaveLength(1)
})

test('500 then success: retried, one check run, no warning', async () => {
  const ctx = ctxFor(pullRequestEvent(), 'pull_request')
  server.fail({ operation: 'checks/create', status: 500 })
  server.fail({ operation: 'issues/create-comment', status: 502 })
  const { result, lines } = await run(mixedReport(), ctx)
  expect(lines).toEqual([])
  expect(result.checkRuns).toHaveLength(1)
  expect(server.calls('checks/create').map(r => r.status)).toEqual([500, 201])
  expect(server.calls('issues/create-comment').map(r => r.status)).toEqual([502, 201])
  expect(server.checkRuns.size).toBe(1)
  expect(server.comments(42)).toHaveLength(1)
})

test('429 with retry-after: waits and retries', async () => {
  const ctx = ctxFor(pullRequestEvent(), 'pull_request')
  server.fail({ operation: 'checks/create', status: 429, headers: { 'retry-after': '1' } })
  server.fail({ operation: 'issues/list-comments', status: 429, headers: { 'retry-after': '1' } })
  const { result, lines } = await run(mixedReport(), ctx)
  expect(lines).toEqual([])
  expect(server.calls('checks/create').map(r => r.status)).toEqual([429, 201])
  expect(server.calls('issues/list-comments').map(r => r.status)).toEqual([429, 200])
  expect(result.comment?.action).toBe('created')
})

test('API still failing after retries: report unaffected, annotations via workflow commands, one warning', async () => {
  const ctx = ctxFor(pullRequestEvent(), 'pull_request')
  server.fail({ operation: 'checks/create', status: 503, times: Infinity })
  server.fail({ operation: 'issues/list-comments', status: 500, times: Infinity })
  const { result, lines } = await run(mixedReport(), ctx, { client: { retries: 2, retryAfterBaseMs: 10 } })
  expect(result.fallback).toBe(true)
  expect(result.warnings).toHaveLength(1)
  expect(result.warnings[0]).toMatch(
    /could not publish to GitHub after retries: check run "vm-image-policy": HTTP 503.*pull request comment: HTTP 500/
  )
  expect(lines.filter(l => l.startsWith('::warning::vm-image-policy could not publish'))).toHaveLength(1)
  expect(server.calls('checks/create')).toHaveLength(3)
})

test('push event: a check run, no comment', async () => {
  const ctx = ctxFor(pushEvent(), 'push')
  const { result } = await run(mixedReport(), ctx)
  expect(result.comment).toBeUndefined()
  expect(server.calls('issues/list-comments')).toHaveLength(0)
  expect([...server.checkRuns.values()][0]!.head_sha).toBe('f'.repeat(40))
})

test('120 findings: annotations in batches of 50 by updating the check run; conclusion on the last', async () => {
  const ctx = ctxFor(pushEvent(), 'push')
  const { result } = await run(manyFailures(120), ctx)
  const bodies = [...server.calls('checks/create'), ...server.calls('checks/update')].map(
    r => r.body as { status?: string; conclusion?: string; output: { annotations?: unknown[] } }
  )
  expect(bodies.map(b => b.output.annotations?.length)).toEqual([50, 50, 20])
  expect(bodies.map(b => b.conclusion ?? b.status)).toEqual(['in_progress', undefined, 'failure'])
  const cr = [...server.checkRuns.values()][0]!
  expect(cr.annotations).toHaveLength(120)
  expect(cr.annotations.slice(0, 40).every(a => a.annotation_level === 'failure')).toBe(true)
  expect(cr.status).toBe('completed')
  expect(result.checkRuns[0]).toMatchObject({ annotations: 120, requests: 3 })
})

test('a report too large for a comment is truncated and points to the job summary', async () => {
  const ctx = ctxFor(pullRequestEvent(), 'pull_request')
  const { result } = await run(manyFailures(200, { message: 'z'.repeat(400) }), ctx)
  const body = server.comments(42)[0]!.body
  expect(body.length).toBeLessThanOrEqual(65536)
  expect(body).toMatch(
    /more findings not shown here.*\[job summary\]\(https:\/\/github.com\/contoso\/images\/actions\/runs\/777\/attempts\/1\)/
  )
  const cr = [...server.checkRuns.values()][0]!
  expect(cr.output.summary!.length).toBeLessThanOrEqual(65535)
  expect(cr.annotations).toHaveLength(200)
  expect(result.warnings).toEqual([])
})

test('hostile facts: no workflow command, mention, HTML or broken table reaches GitHub', async () => {
  const ctx = ctxFor(pullRequestEvent(), 'pull_request')
  await run(hostileReport(), ctx)
  const body = server.comments(42)[0]!.body
  expect(body.split('\n')[0]).toBe(commentMarker())
  expect(body.slice(1).includes('<!-- vm-image-policy')).toBe(false)
  expect(body).not.toMatch(/<img/i)
  expect(body).not.toMatch(/@octocat/)
  expect(body).not.toMatch(/^::/m)
  const ann = [...server.checkRuns.values()][0]!.annotations[0]!
  expect(ann.message).toContain(HOSTILE.trim()) // check-run annotations are data, shown as text by GitHub
  // the fallback path: commands stay on one line
  const fork = await GitHubServer.start({ token: TOKEN })
  try {
    fork.fail({ operation: 'checks/create', status: 403, times: Infinity })
    const lines: string[] = []
    await publish(
      hostileReport(),
      { ...ctx, apiUrl: fork.url, eventName: 'push', pullNumber: undefined },
      { token: TOKEN },
      { out: l => lines.push(l) }
    )
    expect(lines.every(l => !/[\r\n]/.test(l) && l.startsWith('::'))).toBe(true)
    expect(lines.filter(l => /^::(error|warning|notice)[ :]/.test(l))).toHaveLength(2)
  } finally {
    await fork.close()
  }
})

test('matrix: one comment and one check run per key; each re-run updates its own', async () => {
  const ctx = ctxFor(pullRequestEvent({ number: 3 }), 'pull_request')
  await run(mixedReport(), ctx, { key: 'ubuntu-22.04' })
  await run(mixedReport(), ctx, { key: 'rhel-9' })
  await run(mixedReport({ result: 'pass', images: [] }), ctx, { key: 'ubuntu-22.04' })
  const comments = server.comments(3)
  expect(comments).toHaveLength(2)
  expect(comments.map(c => c.body.split('\n')[0])).toEqual([
    commentMarker('ubuntu-22.04'),
    commentMarker('rhel-9')
  ])
  expect(comments[0]!.body).toMatch(/passed/)
  expect([...server.checkRuns.values()].map(c => c.name)).toEqual([
    'vm-image-policy (ubuntu-22.04)',
    'vm-image-policy (rhel-9)',
    'vm-image-policy (ubuntu-22.04)'
  ])
})

test('several images without a key: one check run per image', async () => {
  const r = mixedReport()
  const two = {
    ...r,
    images: [
      r.images[0]!,
      { ...r.images[0]!, name: 'rhel-9', findings: r.images[0]!.findings.filter(f => f.status !== 'fail') }
    ]
  }
  await run(two, ctxFor(pushEvent(), 'push'))
  const runs = [...server.checkRuns.values()]
  expect(runs.map(c => [c.name, c.conclusion])).toEqual([
    ['vm-image-policy / ubuntu-2204', 'failure'],
    ['vm-image-policy / rhel-9', 'success']
  ])
})

test('comment: false posts no comment; no token: only workflow commands and a notice', async () => {
  const ctx = ctxFor(pullRequestEvent(), 'pull_request')
  await run(mixedReport(), ctx, { comment: false })
  expect(server.calls('issues/list-comments')).toHaveLength(0)
  const lines: string[] = []
  const res = await publish(mixedReport(), ctx, {}, { out: l => lines.push(l) })
  expect(res.fallback).toBe(true)
  expect(res.notices[0]).toMatch(/no GitHub token/)
})

test('GitHub API not reachable: named for what it is (connection refused), never "HTTP 500"', async () => {
  const net = await import('node:net')
  const closed = await new Promise<number>(resolve => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
  const ctx = { ...ctxFor(pullRequestEvent(), 'pull_request'), apiUrl: `http://127.0.0.1:${closed}` }
  const { result, lines } = await run(mixedReport(), ctx, { client: { retryAfterBaseMs: 1, retries: 0 } })
  const said = [...result.warnings, ...result.notices, ...lines].join('\n')
  expect(said).toMatch(/GitHub API not reached: connection refused \(ECONNREFUSED\)/)
  expect(said).not.toMatch(/HTTP 500/)
})
