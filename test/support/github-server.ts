/**
 * A loopback HTTP server that answers like GitHub's REST API for the endpoints the action uses, and rejects
 * (422, with a body that says why) every request that does not match GitHub's OpenAPI description shipped in
 * `@octokit/openapi`: method and path template, path and query parameters, and the JSON request body checked
 * with ajv against the operation's `requestBody` schema. On top of the schema it enforces the few limits
 * GitHub documents only in prose (annotation title ≤ 255 characters, columns only on one line, comment body
 * ≤ 65,536 characters), each labelled as such in the rejection.
 *
 * It records every request, keeps state (check runs with their appended annotations, issue comments), and is
 * scriptable per scenario: faults by operation (403 "Resource not accessible by integration", 500 then
 * success, 429 with `retry-after` …) and pre-existing comments.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import AjvModule from 'ajv'
import type { ValidateFunction, ErrorObject } from 'ajv'

// ajv is CommonJS; depending on the loader its class is the module itself or its `default`.
type AjvClass = typeof AjvModule.default
const Ajv: AjvClass =
  (AjvModule as unknown as { default?: AjvClass }).default ?? (AjvModule as unknown as AjvClass)

/* ------------------------------------------------------------------------------------------------------ */
/* The OpenAPI description                                                                                */
/* ------------------------------------------------------------------------------------------------------ */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObject = { [k: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonObject
}

interface Operation {
  operationId: string
  method: string
  template: string
  regex: RegExp
  literalSegments: number
  pathParamNames: string[]
  parameters: Parameter[]
  requestBody?: { required: boolean; schema?: JsonObject }
}

interface Description {
  version: string
  components: JsonObject
  operations: Operation[]
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options']

let cached: Description | undefined

/** GitHub's api.github.com description (the non-dereferenced one; `$ref`s are resolved here). */
export function loadDescription(): Description {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const pkgDir = path.dirname(require.resolve('@octokit/openapi/package.json'))
  const doc = JSON.parse(
    readFileSync(path.join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')
  ) as JsonObject
  const components = doc.components as JsonObject
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(doc.paths as JsonObject)) {
    const pathItem = item as JsonObject
    const shared = (pathItem.parameters as Json[] | undefined) ?? []
    const segments = template.split('/').slice(1)
    const pathParamNames: string[] = []
    const regex = new RegExp(
      '^/' +
        segments
          .map(s => {
            const m = /^\{([^}]+)\}$/.exec(s)
            if (m) {
              pathParamNames.push(m[1]!)
              // A file path (contents API) spans segments, as GitHub serves it.
              return m[1] === 'path' ? '(.+)' : '([^/]+)'
            }
            return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          })
          .join('/') +
        '/?$'
    )
    const literalSegments = segments.filter(s => !s.startsWith('{')).length
    for (const method of METHODS) {
      const op = pathItem[method] as JsonObject | undefined
      if (!op) continue
      const parameters = [...shared, ...((op.parameters as Json[] | undefined) ?? [])].map(
        p => resolveRef(components, p) as unknown as Parameter
      )
      let requestBody: Operation['requestBody']
      if (op.requestBody) {
        const rb = resolveRef(components, op.requestBody) as JsonObject
        const content = rb.content as JsonObject | undefined
        const json = content?.['application/json'] as JsonObject | undefined
        requestBody = { required: rb.required === true, schema: json?.schema as JsonObject | undefined }
      }
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        regex,
        literalSegments,
        pathParamNames,
        parameters,
        requestBody
      })
    }
  }
  cached = { version: String((doc.info as JsonObject).version), components, operations }
  return cached
}

function resolveRef(components: JsonObject, node: Json): Json {
  let cur = node
  for (let i = 0; i < 10 && cur && typeof cur === 'object' && !Array.isArray(cur) && '$ref' in cur; i++) {
    const ref = String(cur.$ref)
    const m = /^#\/components\/([^/]+)\/(.+)$/.exec(ref)
    if (!m) throw new Error(`unsupported $ref ${ref}`)
    cur = (components[m[1]!] as JsonObject)[m[2]!] ?? null
  }
  return cur
}

/**
 * Turns an operation's schema into a standalone JSON Schema: every `#/components/schemas/X` it reaches is
 * copied under `$defs` (refs rewritten), so ajv compiles only what the operation needs. With `closed`,
 * objects that list their properties reject unknown ones (GitHub ignores them, but here they are a bug: a
 * misspelt parameter would be dropped silently).
 */
function standalone(components: JsonObject, schema: JsonObject, closed: boolean): JsonObject {
  const defs: JsonObject = {}
  const schemas = components.schemas as JsonObject
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite)
    if (!node || typeof node !== 'object') return node
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === 'description' || k === 'examples' || k === 'example') continue
      if (k === '$ref' && typeof v === 'string') {
        const m = /^#\/components\/schemas\/(.+)$/.exec(v)
        if (!m) throw new Error(`unsupported $ref ${v}`)
        const name = m[1]!
        if (!(name in defs)) {
          defs[name] = {}
          defs[name] = rewrite(schemas[name] ?? {})
        }
        out.$ref = `#/$defs/${name}`
        continue
      }
      out[k] =
        k === 'properties'
          ? Object.fromEntries(Object.entries(v as JsonObject).map(([pk, pv]) => [pk, rewrite(pv)]))
          : rewrite(v)
    }
    if (closed && out.properties && out.additionalProperties === undefined) {
      const own = new Set(Object.keys(out.properties as JsonObject))
      const branches = (['allOf', 'anyOf', 'oneOf'] as const).flatMap(
        k => (out[k] as JsonObject[] | undefined) ?? []
      )
      const branchKeys = branches.flatMap(b => Object.keys((b.properties as JsonObject | undefined) ?? {}))
      if (branches.every(b => !b.$ref) && branchKeys.every(k => own.has(k))) out.additionalProperties = false
    }
    return out
  }
  const root = rewrite(schema) as JsonObject
  return { ...root, $defs: defs }
}

function makeAjv(): InstanceType<AjvClass> {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: false })
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i)
  for (const f of [
    'uri',
    'uri-template',
    'email',
    'int32',
    'int64',
    'date',
    'binary',
    'hostname',
    'uuid',
    'ipv4',
    'ipv6',
    'time',
    'repo.nwo'
  ])
    ajv.addFormat(f, true)
  return ajv
}

/** Validates requests against the description; compiled validators are cached per operation. */
export class RequestValidator {
  private readonly desc = loadDescription()
  private readonly ajv = makeAjv()
  private readonly bodyValidators = new Map<string, ValidateFunction>()
  private readonly paramValidators = new Map<string, ValidateFunction>()

  constructor(private readonly closedBodies = true) {}

  get descriptionVersion(): string {
    return this.desc.version
  }

  /** The operation for a method and path, or why there is none. */
  route(
    method: string,
    pathname: string
  ): { op: Operation; params: Record<string, string> } | { error: string; status: number } {
    const candidates = this.desc.operations.filter(o => o.regex.test(pathname))
    if (candidates.length === 0)
      return { status: 404, error: `no path in GitHub's API description matches ${pathname}` }
    const withMethod = candidates
      .filter(o => o.method === method)
      .sort((a, b) => b.literalSegments - a.literalSegments)
    const op = withMethod[0]
    if (!op) {
      const templates = [...new Set(candidates.map(c => `${c.method} ${c.template}`))].join(', ')
      return {
        status: 404,
        error: `${method} is not an operation of ${pathname} in GitHub's API description (has: ${templates})`
      }
    }
    const m = op.regex.exec(pathname)!
    const params: Record<string, string> = {}
    op.pathParamNames.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)))
    return { op, params }
  }

  /** Problems with the request's parameters and body; empty when it matches the description. */
  validate(
    op: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
    hasBody: boolean
  ): string[] {
    const problems: string[] = []
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue
      const raw = p.in === 'path' ? pathParams[p.name] : (query.get(p.name) ?? undefined)
      if (raw === undefined) {
        if (p.required) problems.push(`missing required ${p.in} parameter "${p.name}"`)
        continue
      }
      const schema = p.schema ?? {}
      const value = coerce(raw, schema)
      const key = `${op.operationId}:${p.in}:${p.name}`
      let v = this.paramValidators.get(key)
      if (!v) {
        v = this.ajv.compile(standalone(this.desc.components, schema, false))
        this.paramValidators.set(key, v)
      }
      if (!v(value))
        problems.push(`${p.in} parameter "${p.name}"=${JSON.stringify(raw)}: ${formatErrors(v.errors)}`)
    }
    const known = new Set(op.parameters.filter(p => p.in === 'query').map(p => p.name))
    for (const name of new Set(query.keys()))
      if (!known.has(name)) problems.push(`query parameter "${name}" is not a parameter of ${op.operationId}`)

    if (!op.requestBody) {
      if (hasBody) problems.push(`${op.operationId} takes no request body`)
      return problems
    }
    if (!hasBody) {
      if (op.requestBody.required) problems.push(`${op.operationId} requires a JSON request body`)
      return problems
    }
    if (op.requestBody.schema) {
      let v = this.bodyValidators.get(op.operationId)
      if (!v) {
        v = this.ajv.compile(standalone(this.desc.components, op.requestBody.schema, this.closedBodies))
        this.bodyValidators.set(op.operationId, v)
      }
      if (!v(body)) problems.push(`request body: ${formatErrors(v.errors)}`)
    }
    return problems
  }
}

function coerce(raw: string, schema: JsonObject): unknown {
  const type = schema.type
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'invalid'
  const lines = errors
    .filter(e => e.keyword !== 'anyOf' && e.keyword !== 'if')
    .map(e => {
      const where = e.instancePath || '(root)'
      if (e.keyword === 'enum')
        return `${where} must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
      if (e.keyword === 'additionalProperties')
        return `${where} has unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`
      return `${where} ${e.message ?? e.keyword}`
    })
  return [
    ...new Set(lines.length ? lines : errors.map(e => `${e.instancePath || '(root)'} ${e.message}`))
  ].join('; ')
}

/* ------------------------------------------------------------------------------------------------------ */
/* GitHub's limits that the description states only in prose                                              */
/* ------------------------------------------------------------------------------------------------------ */

interface AnnotationIn {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: string
  message: string
  title?: string
  raw_details?: string
}

const KIB64 = 64 * 1024

function documentedLimits(operationId: string, body: unknown): string[] {
  const problems: string[] = []
  const b = (body ?? {}) as Record<string, unknown>
  if (operationId === 'checks/create' || operationId === 'checks/update') {
    const output = b.output as { annotations?: AnnotationIn[] } | undefined
    ;(output?.annotations ?? []).forEach((a, i) => {
      const at = `/output/annotations/${i}`
      if (a.title !== undefined && a.title.length > 255)
        problems.push(`${at}/title is longer than 255 characters (documented limit)`)
      if (Buffer.byteLength(a.message, 'utf8') > KIB64)
        problems.push(`${at}/message is larger than 64 KB (documented limit)`)
      if (a.raw_details !== undefined && Buffer.byteLength(a.raw_details, 'utf8') > KIB64)
        problems.push(`${at}/raw_details is larger than 64 KB (documented limit)`)
      if (a.start_line < 1) problems.push(`${at}/start_line must be ≥ 1 (line numbers start at 1)`)
      if (a.end_line < a.start_line) problems.push(`${at}/end_line is before start_line`)
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
        problems.push(`${at}: start_column/end_column are only supported when start_line equals end_line`)
    })
    if (
      operationId === 'checks/create' &&
      (b.status === 'completed' || b.completed_at !== undefined) &&
      b.conclusion === undefined
    )
      problems.push('conclusion is required when status is completed or completed_at is given')
  }
  if (operationId === 'issues/create-comment' || operationId === 'issues/update-comment') {
    const body2 = b.body
    if (typeof body2 === 'string' && body2.length > 65536)
      problems.push(`body is ${body2.length} characters; maximum is 65536`)
  }
  return problems
}

/* ------------------------------------------------------------------------------------------------------ */
/* The server                                                                                             */
/* ------------------------------------------------------------------------------------------------------ */

export interface RecordedRequest {
  method: string
  /** Path and query as received. */
  url: string
  pathname: string
  query: Record<string, string>
  headers: http.IncomingHttpHeaders
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined when there was none. */
  body: unknown
  /** operationId from the description (`checks/create`), when the path matched one. */
  operation?: string
  status: number
  /** Why the request was rejected as not matching GitHub's API description (or auth). */
  rejection?: string
  /** True when the response was an injected fault. */
  injected?: boolean
}

export interface Fault {
  /** operationId (`checks/create`, `issues/list-comments` …) or `*` for any. */
  operation: string
  status: number
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number
  /** Only for requests whose method matches (optional). */
  method?: string
  headers?: Record<string, string>
  /** Response body; default `{ message, documentation_url, status }` like GitHub's. */
  body?: unknown
  message?: string
}

export interface Comment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  author_association: string
}

export interface CheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  started_at: string | null
  completed_at: string | null
  external_id: string | null
  details_url: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: AnnotationIn[]
  /** Every request body that created or updated it, in order. */
  history: unknown[]
}

export interface GitHubServerOptions {
  owner?: string
  repo?: string
  /** When set, requests must carry this token (`token X` or `Bearer X`), else 401 Bad credentials. */
  token?: string
  /** Reject unknown properties in request bodies (default true). */
  closedBodies?: boolean
  /** Login of the user the token belongs to (author of created comments). */
  botLogin?: string
}

const DOCS = 'https://docs.github.com/rest'

export class GitHubServer {
  readonly requests: RecordedRequest[] = []
  readonly checkRuns = new Map<number, CheckRun>()
  private readonly files = new Map<string, string>()
  private readonly commentsByIssue = new Map<number, Comment[]>()
  private readonly faults: (Fault & { left: number })[] = []
  private readonly validator: RequestValidator
  private nextCheckRunId = 4_000_000_001
  private nextCommentId = 1_900_000_001
  private clock = Date.parse('2026-01-05T10:00:00Z')
  readonly owner: string
  readonly repo: string
  private readonly botLogin: string

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly options: GitHubServerOptions
  ) {
    this.owner = options.owner ?? 'contoso'
    this.repo = options.repo ?? 'images'
    this.botLogin = options.botLogin ?? 'github-actions[bot]'
    this.validator = new RequestValidator(options.closedBodies ?? true)
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    loadDescription()
    const server = http.createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const self = new GitHubServer(server, `http://127.0.0.1:${port}`, options)
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      void self.handle(req, res)
    })
    return self
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** Requests that did not match GitHub's API description (should be empty in every test). */
  rejections(): RecordedRequest[] {
    return this.requests.filter(r => r.rejection !== undefined)
  }

  /** Requests for one operation, in order. */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter(r => r.operation === operation)
  }

  /** Script a fault: the next `times` requests of `operation` get this response instead. */
  fail(fault: Fault): this {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
    return this
  }

  /** Serves a file through the contents API at a commit (`GET /repos/o/r/contents/PATH?ref=SHA`). */
  seedFile(ref: string, file: string, text: string): this {
    this.files.set(`${ref}:${file}`, text)
    return this
  }

  /** Comments on an issue or pull request, oldest first. */
  comments(issue: number): Comment[] {
    return this.commentsByIssue.get(issue) ?? []
  }

  /** Adds `count` pre-existing comments (by other users unless `make` says otherwise). */
  seedComments(
    issue: number,
    count: number,
    make?: (i: number) => { body?: string; login?: string }
  ): Comment[] {
    const added: Comment[] = []
    for (let i = 0; i < count; i++) {
      const spec = make?.(i) ?? {}
      added.push(this.addComment(issue, spec.body ?? `comment ${i + 1}`, spec.login ?? `user${(i % 7) + 1}`))
    }
    return added
  }

  private now(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private addComment(issue: number, body: string, login: string): Comment {
    const id = this.nextCommentId++
    const t = this.now()
    const c: Comment = {
      id,
      node_id: Buffer.from(`IC_${id}`).toString('base64'),
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issue}`,
      body,
      user: {
        login,
        id: login === this.botLogin ? 41898282 : 1000 + login.length,
        type: login.endsWith('[bot]') ? 'Bot' : 'User'
      },
      created_at: t,
      updated_at: t,
      author_association: login === this.botLogin ? 'NONE' : 'CONTRIBUTOR'
    }
    const list = this.commentsByIssue.get(issue) ?? []
    list.push(c)
    this.commentsByIssue.set(issue, list)
    return c
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const u = new URL(req.url ?? '/', this.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const rec: RecordedRequest = {
      method,
      url: req.url ?? '/',
      pathname: u.pathname,
      query: Object.fromEntries(u.searchParams),
      headers: req.headers,
      body: undefined,
      status: 0
    }
    this.requests.push(rec)
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status
      const text = data === undefined ? '' : JSON.stringify(data)
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `REQ-${this.requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers
      })
      res.end(text)
    }
    const reject = (status: number, why: string): void => {
      rec.rejection = why
      send(status, {
        message: status === 422 ? `Invalid request.\n\n${why}` : why,
        documentation_url: DOCS,
        status: String(status),
        test_server_rejection: why
      })
    }

    const hasBody = raw.length > 0
    if (hasBody) {
      const ct = String(req.headers['content-type'] ?? '')
      try {
        rec.body = JSON.parse(raw)
      } catch {
        rec.body = raw
        return reject(400, `request body is not JSON (content-type ${ct || 'missing'})`)
      }
      if (!ct.startsWith('application/json')) return reject(415, `JSON body sent with content-type "${ct}"`)
    }

    const routed = this.validator.route(method, u.pathname)
    if ('error' in routed) return reject(routed.status, routed.error)
    const { op, params } = routed
    rec.operation = op.operationId

    const auth = String(req.headers.authorization ?? '')
    const m = /^(?:token|bearer) (\S+)$/i.exec(auth)
    if (!m) return reject(401, 'Requires authentication (no Authorization header with a token)')
    if (this.options.token !== undefined && m[1] !== this.options.token) return reject(401, 'Bad credentials')

    const problems = this.validator.validate(op, params, u.searchParams, rec.body, hasBody)
    if (problems.length === 0) problems.push(...documentedLimits(op.operationId, rec.body))
    if (problems.length)
      return reject(
        422,
        `${method} ${op.template} (${op.operationId}) does not match GitHub's API description: ${problems.join('; ')}`
      )

    if (params.owner !== this.owner || params.repo !== this.repo)
      return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })

    const fault = this.faults.find(
      f =>
        f.left > 0 &&
        (f.operation === '*' || f.operation === op.operationId) &&
        (!f.method || f.method === method)
    )
    if (fault) {
      fault.left--
      rec.injected = true
      return send(
        fault.status,
        fault.body ?? {
          message: fault.message ?? defaultMessage(fault.status),
          documentation_url: DOCS,
          status: String(fault.status)
        },
        fault.headers
      )
    }

    const body = (rec.body ?? {}) as Record<string, unknown>
    switch (op.operationId) {
      case 'checks/create': {
        const run = this.applyCheckRun(undefined, body)
        return send(201, this.checkRunJson(run))
      }
      case 'checks/update': {
        const run = this.checkRuns.get(Number(params.check_run_id))
        if (!run) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
        this.applyCheckRun(run, body)
        return send(200, this.checkRunJson(run))
      }
      case 'checks/get': {
        const run = this.checkRuns.get(Number(params.check_run_id))
        if (!run) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
        return send(200, this.checkRunJson(run))
      }
      case 'issues/list-comments': {
        const issue = Number(params.issue_number)
        const perPage = Math.min(Math.max(Number(u.searchParams.get('per_page') ?? 30), 1), 100)
        const page = Math.max(Number(u.searchParams.get('page') ?? 1), 1)
        const all = this.comments(issue)
        const last = Math.max(Math.ceil(all.length / perPage), 1)
        const items = all.slice((page - 1) * perPage, page * perPage)
        const link = this.linkHeader(u, page, last, perPage)
        return send(200, items, link ? { link } : {})
      }
      case 'issues/create-comment': {
        const c = this.addComment(Number(params.issue_number), String(body.body), this.botLogin)
        return send(201, c, { location: c.url })
      }
      case 'issues/get-comment':
      case 'issues/update-comment': {
        const id = Number(params.comment_id)
        const c = [...this.commentsByIssue.values()].flat().find(x => x.id === id)
        if (!c) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
        if (op.operationId === 'issues/update-comment') {
          c.body = String(body.body)
          c.updated_at = this.now()
        }
        return send(200, c)
      }
      case 'pulls/get':
        return send(200, this.pullJson(Number(params.pull_number)))
      case 'repos/get-content': {
        const ref = u.searchParams.get('ref') ?? 'HEAD'
        const text = this.files.get(`${ref}:${params.path}`)
        if (![...this.files.keys()].some(k => k.startsWith(`${ref}:`)))
          return send(404, {
            message: `No commit found for the ref ${ref}`,
            documentation_url: DOCS,
            status: '404'
          })
        if (text === undefined)
          return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
        const sha = createHash('sha1')
          .update(`blob ${Buffer.byteLength(text)}\0${text}`)
          .digest('hex')
        const url = `${this.url}/repos/${this.owner}/${this.repo}/contents/${params.path}?ref=${ref}`
        return send(200, {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: params.path!.split('/').pop(),
          path: params.path,
          content: Buffer.from(text)
            .toString('base64')
            .replace(/(.{60})/g, '$1\n'),
          sha,
          url,
          git_url: `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${sha}`,
          html_url: `https://github.com/${this.owner}/${this.repo}/blob/${ref}/${params.path}`,
          download_url: null,
          _links: { self: url, git: null, html: null }
        })
      }
      default:
        return reject(
          501,
          `${op.operationId} is in GitHub's API description but this test server does not serve it`
        )
    }
  }

  private linkHeader(u: URL, page: number, last: number, perPage: number): string {
    const at = (p: number): string => {
      const q = new URLSearchParams(u.searchParams)
      q.set('per_page', String(perPage))
      q.set('page', String(p))
      return `<${this.url}${u.pathname}?${q.toString()}>`
    }
    const parts: string[] = []
    if (page > 1) parts.push(`${at(page - 1)}; rel="prev"`)
    if (page < last) parts.push(`${at(page + 1)}; rel="next"`)
    if (page < last) parts.push(`${at(last)}; rel="last"`)
    if (page > 1) parts.push(`${at(1)}; rel="first"`)
    return parts.join(', ')
  }

  private applyCheckRun(existing: CheckRun | undefined, body: Record<string, unknown>): CheckRun {
    const run: CheckRun = existing ?? {
      id: this.nextCheckRunId++,
      name: String(body.name),
      head_sha: String(body.head_sha),
      status: 'queued',
      conclusion: null,
      started_at: this.now(),
      completed_at: null,
      external_id: null,
      details_url: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      history: []
    }
    run.history.push(body)
    if (typeof body.name === 'string') run.name = body.name
    if (typeof body.external_id === 'string') run.external_id = body.external_id
    if (typeof body.details_url === 'string') run.details_url = body.details_url
    if (typeof body.started_at === 'string') run.started_at = body.started_at
    if (typeof body.status === 'string') run.status = body.status
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion
      run.status = 'completed'
    }
    if (run.status === 'completed' && !run.completed_at)
      run.completed_at = typeof body.completed_at === 'string' ? body.completed_at : this.now()
    const output = body.output as
      { title?: string; summary?: string; text?: string; annotations?: AnnotationIn[] } | undefined
    if (output) {
      if (output.title !== undefined) run.output.title = output.title
      if (output.summary !== undefined) run.output.summary = output.summary
      if (output.text !== undefined) run.output.text = output.text
      run.annotations.push(...(output.annotations ?? []))
    }
    this.checkRuns.set(run.id, run)
    return run
  }

  private checkRunJson(run: CheckRun): Record<string, unknown> {
    const base = `${this.url}/repos/${this.owner}/${this.repo}/check-runs/${run.id}`
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: Buffer.from(`CR_${run.id}`).toString('base64'),
      external_id: run.external_id,
      url: base,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      details_url: run.details_url,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${base}/annotations`
      },
      name: run.name,
      check_suite: { id: 5 },
      app: null,
      pull_requests: []
    }
  }

  private pullJson(n: number): Record<string, unknown> {
    return {
      url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${n}`,
      id: 1000 + n,
      number: n,
      state: 'open',
      title: `PR ${n}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${n}`,
      head: {
        sha: 'a'.repeat(40),
        ref: 'feature',
        repo: { full_name: `${this.owner}/${this.repo}`, fork: false }
      },
      base: {
        sha: 'b'.repeat(40),
        ref: 'main',
        repo: { full_name: `${this.owner}/${this.repo}`, fork: false }
      }
    }
  }
}

function defaultMessage(status: number): string {
  switch (status) {
    case 403:
      return 'Resource not accessible by integration'
    case 429:
      return 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    case 500:
      return 'Server Error'
    case 502:
      return 'Bad Gateway'
    case 503:
      return 'Service Unavailable'
    default:
      return 'Error'
  }
}
