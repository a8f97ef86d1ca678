/** Self-test of the OpenAPI-checking GitHub API server the publishing tests run against. */
import { GitHubServer, loadDescription } from '../support/github-server.js'

const TOKEN = 'ghs_test'

async function call(
  server: GitHubServer,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = TOKEN
) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
  if (token) headers.authorization = `token ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
  const res = await fetch(server.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    data: text ? (JSON.parse(text) as Record<string, unknown>) : undefined
  }
}

const annotation = (i: number) => ({
  path: 'packer/ubuntu.pkr.hcl',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'failure',
  message: `finding ${i}`,
  title: 'AZMP-DSK-001: Exactly one OS disk'
})

describe('GitHub API test server', () => {
  let server: GitHubServer
  beforeAll(async () => {
    server = await GitHubServer.start({ token: TOKEN })
  })
  afterAll(async () => {
    await server.close()
  })

  test('loads the api.github.com description', () => {
    const d = loadDescription()
    expect(d.operations.find(o => o.operationId === 'checks/create')?.template).toBe(
      '/repos/{owner}/{repo}/check-runs'
    )
  })

  test('a valid check run create and update pass and annotations accumulate', async () => {
    const created = await call(server, 'POST', '/repos/contoso/images/check-runs', {
      name: 'vm-image-policy',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) }
    })
    expect(created.status).toBe(201)
    const id = created.data!.id as number
    const updated = await call(server, 'PATCH', `/repos/contoso/images/check-runs/${id}`, {
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: [annotation(60)] }
    })
    expect(updated.status).toBe(200)
    expect(updated.data!.status).toBe('completed')
    expect(server.checkRuns.get(id)!.annotations).toHaveLength(51)
    expect(server.rejections()).toEqual([])
  })

  test('an annotation_level outside the enum is rejected with a clear body', async () => {
    const r = await call(server, 'POST', '/repos/contoso/images/check-runs', {
      name: 'x',
      head_sha: 'a'.repeat(40),
      output: { title: 't', summary: 's', annotations: [{ ...annotation(0), annotation_level: 'fatal' }] }
    })
    expect(r.status).toBe(422)
    expect(String(r.data!.message)).toMatch(
      /annotation_level must be one of \["notice","warning","failure"\]/
    )
    expect(server.rejections().at(-1)?.operation).toBe('checks/create')
  })

  test('more than 50 annotations in one request violate maxItems', async () => {
    const r = await call(server, 'POST', '/repos/contoso/images/check-runs', {
      name: 'x',
      head_sha: 'a'.repeat(40),
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) }
    })
    expect(r.status).toBe(422)
    expect(String(r.data!.message)).toMatch(/annotations must NOT have more than 50 items/)
  })

  test('missing required fields, unknown properties, long summaries and bad types are rejected', async () => {
    const cases: [string, string, unknown, RegExp][] = [
      ['POST', '/repos/contoso/images/check-runs', { name: 'x' }, /must have required property 'head_sha'/],
      [
        'POST',
        '/repos/contoso/images/check-runs',
        { name: 'x', head_sha: 'a', colour: 'red' },
        /unknown property "colour"/
      ],
      [
        'POST',
        '/repos/contoso/images/check-runs',
        { name: 'x', head_sha: 'a', output: { title: 't', summary: 'x'.repeat(65536) } },
        /summary must NOT have more than 65535/
      ],
      [
        'PATCH',
        '/repos/contoso/images/check-runs/abc',
        { conclusion: 'success' },
        /path parameter "check_run_id"/
      ],
      ['PATCH', '/repos/contoso/images/check-runs/1', { status: 'completed' }, /conclusion/],
      ['POST', '/repos/contoso/images/issues/7/comments', { text: 'hi' }, /required property 'body'/],
      ['POST', '/repos/contoso/images/issues/7/comments', { body: 'x'.repeat(65537) }, /maximum is 65536/],
      [
        'GET',
        '/repos/contoso/images/issues/7/comments?per_page=many',
        undefined,
        /query parameter "per_page"/
      ],
      [
        'GET',
        '/repos/contoso/images/issues/7/comments?perpage=100',
        undefined,
        /"perpage" is not a parameter/
      ],
      [
        'POST',
        '/repos/contoso/images/check-runs',
        {
          name: 'x',
          head_sha: 'a',
          output: {
            title: 't',
            summary: 's',
            annotations: [{ ...annotation(0), end_line: 3, start_column: 1 }]
          }
        },
        /only supported when start_line equals end_line/
      ]
    ]
    for (const [method, path, body, re] of cases) {
      const r = await call(server, method, path, body)
      expect([method, path, r.status]).toEqual([method, path, 422])
      expect(String(r.data!.message)).toMatch(re)
    }
  })

  test('paths and methods that GitHub does not have are rejected', async () => {
    expect((await call(server, 'POST', '/repos/contoso/images/check-run', { name: 'x' })).status).toBe(404)
    expect((await call(server, 'PUT', '/repos/contoso/images/issues/comments/1', { body: 'x' })).status).toBe(
      404
    )
    expect(server.rejections().at(-1)?.rejection).toMatch(/PUT is not an operation/)
  })

  test('requests without the token are rejected', async () => {
    const r = await call(server, 'GET', '/repos/contoso/images/issues/1/comments', undefined, null)
    expect(r.status).toBe(401)
  })

  test('comments page with Link headers and can be updated in place', async () => {
    server.seedComments(12, 150)
    const first = await call(server, 'GET', '/repos/contoso/images/issues/12/comments?per_page=100')
    expect(first.status).toBe(200)
    expect(first.data).toHaveLength(100)
    const link = first.headers.get('link')!
    expect(link).toMatch(/page=2>; rel="next"/)
    expect(link).toMatch(/rel="last"/)
    const next = /<([^>]+)>; rel="next"/.exec(link)![1]!
    const second = await call(server, 'GET', next.slice(server.url.length))
    expect(second.data).toHaveLength(50)
    expect(second.headers.get('link')).not.toMatch(/rel="next"/)
    const created = await call(server, 'POST', '/repos/contoso/images/issues/12/comments', { body: 'mine' })
    expect(created.status).toBe(201)
    const id = created.data!.id as number
    const upd = await call(server, 'PATCH', `/repos/contoso/images/issues/comments/${id}`, {
      body: 'mine, again'
    })
    expect(upd.status).toBe(200)
    expect(server.comments(12)).toHaveLength(151)
    expect(server.comments(12).at(-1)!.body).toBe('mine, again')
  })

  test('faults are injected per operation and counted', async () => {
    server.fail({ operation: 'checks/create', status: 403 })
    server.fail({ operation: 'issues/create-comment', status: 429, headers: { 'retry-after': '2' } })
    const body = { name: 'x', head_sha: 'a'.repeat(40) }
    const a = await call(server, 'POST', '/repos/contoso/images/check-runs', body)
    expect(a.status).toBe(403)
    expect(a.data!.message).toBe('Resource not accessible by integration')
    expect((await call(server, 'POST', '/repos/contoso/images/check-runs', body)).status).toBe(201)
    const c = await call(server, 'POST', '/repos/contoso/images/issues/3/comments', { body: 'x' })
    expect(c.status).toBe(429)
    expect(c.headers.get('retry-after')).toBe('2')
    expect(server.calls('checks/create').filter(r => r.injected)).toHaveLength(1)
  })
})
