/**
 * Version history from git, in the checkout only (no network): release tags matching a pattern
 * (default `<sku>/v<X.Y.Z>`), and the ledger as it is on the pull request's base branch
 * (`git show <base>:<path>`), so a PR that bumps the version is judged against what is published.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import { inert } from '../text.js'
import { networkErrorText } from '../net-error.js'
import { DEFAULT_TAG_PATTERN } from '../release/settings.js'
import type { BaseApi, BaseLedger } from '../release/types.js'
import { MAX_LEDGER_BYTES } from './ledger.js'

export { DEFAULT_TAG_PATTERN }

const VERSION_RE = '(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)'
const ID_RE = '([A-Za-z0-9_.-]+)'

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs git in the checkout: no prompts, no pager, no optional locks; bounded output. */
export function git(cwd: string, args: string[], maxBytes = 16 * 1024 * 1024): GitResult {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: maxBytes,
    timeout: 30_000,
    env: {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      GIT_PAGER: 'cat',
      LC_ALL: 'C'
    }
  })
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError('git is not installed (needed for the version history)')
    if (code === 'ENOBUFS')
      throw new UserError(`git ${args[0] ?? ''}: output larger than ${maxBytes} bytes; refusing it`)
    throw new UserError(`git ${args[0] ?? ''} failed: ${code ?? inert(r.error.message)}`)
  }
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

function firstLine(s: string): string {
  return inert(s.trim().split('\n')[0] ?? '', 200)
}

/** Compiles a tag pattern; `<sku>` and `<offer>` become the selected IDs (or any ID when not given). */
export function tagRegex(
  pattern: string,
  ids: { offer?: string; sku?: string }
): { re: RegExp; skuGroup: boolean } {
  if (!pattern.includes('<X.Y.Z>'))
    throw new UserError(
      `--tag-pattern must contain <X.Y.Z> (e.g. ${DEFAULT_TAG_PATTERN}); got "${inert(pattern, 80)}"`
    )
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  let skuGroup = false
  const parts = pattern.split(/(<X\.Y\.Z>|<sku>|<offer>)/)
  const src = parts
    .map(p => {
      if (p === '<X.Y.Z>') return `(?<version>${VERSION_RE})`
      if (p === '<sku>') {
        if (ids.sku !== undefined) return esc(ids.sku)
        if (skuGroup) return '\\k<sku>'
        skuGroup = true
        return `(?<sku>${ID_RE.slice(1, -1)})`
      }
      if (p === '<offer>') return ids.offer !== undefined ? esc(ids.offer) : ID_RE
      return esc(p)
    })
    .join('')
  return { re: new RegExp(`^${src}$`), skuGroup }
}

export interface TagHistory {
  published: string[]
  /** Other SKUs' versions, when the pattern names the SKU. */
  other: Record<string, string[]>
  /** Number of tags in the checkout. */
  tags: number
}

/** Published versions of a SKU from the checkout's tags (`git tag --list`). */
export function tagHistory(cwd: string, pattern: string, offer: string, sku: string): TagHistory {
  const r = git(cwd, ['tag', '--list'])
  if (r.code !== 0) throw new UserError(`git tag --list failed in ${inert(cwd)}: ${firstLine(r.stderr)}`)
  const tags = r.stdout.split('\n').filter(t => t !== '')
  const own = tagRegex(pattern, { offer, sku }).re
  const any = tagRegex(pattern, { offer })
  const published = new Set<string>()
  const other: Record<string, Set<string>> = {}
  for (const t of tags) {
    const m = own.exec(t)
    if (m?.groups?.version) {
      published.add(m.groups.version)
      continue
    }
    if (!any.skuGroup) continue
    const o = any.re.exec(t)
    if (o?.groups?.version && o.groups.sku && o.groups.sku !== sku)
      (other[o.groups.sku] ??= new Set()).add(o.groups.version)
  }
  return {
    published: [...published],
    other: Object.fromEntries(Object.entries(other).map(([k, v]) => [k, [...v]])),
    tags: tags.length
  }
}

/**
 * The commit to read the base branch's ledger from: the remote-tracking branch actions/checkout fetches,
 * then a local branch of that name, then the name as given (a SHA or a full ref).
 */
export function resolveBaseRef(cwd: string, base: string): string {
  if (base.startsWith('-') || /[\s~^:?*[\\]/.test(base))
    throw new UserError(`--base-ref "${inert(base, 80)}" is not a branch or commit name`)
  const candidates = [`refs/remotes/origin/${base}`, `refs/heads/${base}`, base]
  for (const c of candidates) {
    const r = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${c}^{commit}`])
    if (r.code === 0) return c.replace(/^refs\/(remotes|heads)\//, '')
  }
  throw new UserError(
    `the base branch "${inert(base, 80)}" is not in the checkout (looked for origin/${inert(base, 80)} and ${inert(base, 80)}): fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${inert(base, 80)})`
  )
}

/** The ledger's text on a ref, or undefined when the file does not exist there (a ledger added by this PR). */
export function showAtRef(cwd: string, ref: string, file: string, fromRoot = false): string | undefined {
  // `ref:path` is relative to the repository root, `ref:./path` to the working directory.
  const spec = fromRoot ? `${ref}:${file}` : `${ref}:./${file.replace(/^\.\//, '')}`
  const exists = git(cwd, ['cat-file', '-e', spec])
  if (exists.code !== 0) {
    const top = git(cwd, ['rev-parse', '--show-toplevel'])
    if (top.code !== 0) throw new UserError(`${inert(cwd)} is not a git checkout: ${firstLine(top.stderr)}`)
    return undefined
  }
  const size = git(cwd, ['cat-file', '-s', spec])
  if (size.code === 0 && Number(size.stdout.trim()) > MAX_LEDGER_BYTES)
    throw new UserError(
      `${inert(file)} (at ${inert(ref)}): the ledger is larger than 1 MiB; refusing to read it`
    )
  const r = git(cwd, ['show', spec], MAX_LEDGER_BYTES + 1)
  if (r.code !== 0) throw new UserError(`git show ${inert(spec)} failed: ${firstLine(r.stderr)}`)
  return r.stdout
}

/** The repository-root-relative POSIX path of `file` (absolute, or relative to `cwd`), or undefined outside it. */
export function repoRelative(cwd: string, file: string, root?: string): string | undefined {
  let top = root
  const t = git(cwd, ['rev-parse', '--show-toplevel'])
  if (t.code === 0 && t.stdout.trim()) top = t.stdout.trim()
  if (!top) return undefined
  const abs = path.resolve(cwd, file)
  const realTop = fs.realpathSync(top)
  let dir = abs
  const rest: string[] = []
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) {
    rest.unshift(path.basename(dir))
    dir = path.dirname(dir)
  }
  const rel = path.relative(realTop, path.join(fs.realpathSync(dir), ...rest))
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  return rel.split(path.sep).join('/')
}

/** Reads the base commit's ledger through the contents API; never throws. */
async function ledgerFromApi(api: BaseApi, rel: string): Promise<BaseLedger> {
  const [owner, repo] = (api.repository ?? '').split('/')
  if (!owner || !repo || !api.baseSha || !api.token)
    return {
      unknown: `no ${!api.token ? 'token' : !api.baseSha ? 'base commit SHA in the event' : 'repository'} for the GitHub contents API`
    }
  const url = `${api.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${rel
    .split('/')
    .map(encodeURIComponent)
    .join('/')}?ref=${encodeURIComponent(api.baseSha)}`
  const ref = api.baseSha.slice(0, 12)
  let res: Response
  try {
    res = await fetch(url, {
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `token ${api.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'vm-image-policy'
      },
      signal: AbortSignal.timeout(30_000)
    })
  } catch (e) {
    return { unknown: `the GitHub API could not be reached (${networkErrorText(e)})` }
  }
  if (res.status === 404) {
    // "Not Found": no such file at that commit (a ledger this PR adds). Anything else (an unknown commit,
    // a repository the token cannot see) is not proof that nothing was published.
    const m = ((await res.json().catch(() => ({}))) as { message?: string }).message
    if (m === 'Not Found') return { text: undefined, ref }
    return { unknown: `the GitHub contents API answered HTTP 404 (${inert(m ?? '', 80)})` }
  }
  if (!res.ok) return { unknown: `the GitHub contents API answered HTTP ${res.status}` }
  const body = (await res.json().catch(() => ({}))) as {
    type?: string
    encoding?: string
    content?: string
    size?: number
  }
  if (body.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string')
    return { unknown: `the GitHub contents API did not return ${inert(rel)} as a file` }
  if ((body.size ?? 0) > MAX_LEDGER_BYTES) return { unknown: `${inert(rel)} at ${ref} is larger than 1 MiB` }
  return { text: Buffer.from(body.content, 'base64').toString('utf8'), ref }
}

/**
 * The ledger as it is on the pull request's base: from the checkout (`git show`) when the base commit is
 * there, else through the GitHub contents API at the event's base SHA (shallow clones), else the reason.
 * An absolute ledger path inside the repository is read at its repository path.
 */
export async function readBaseLedger(
  cwd: string,
  base: string,
  file: string,
  api?: BaseApi
): Promise<BaseLedger> {
  const rel = repoRelative(cwd, file, api?.workspace)
  if (!rel) return { unknown: `the ledger ${inert(file)} is not inside the repository` }
  let local: string
  try {
    const ref = resolveBaseRef(cwd, base)
    return { text: showAtRef(cwd, ref, rel, true), ref }
  } catch (e) {
    local = e instanceof UserError ? e.message : inert((e as Error).message)
  }
  if (!api) return { unknown: local }
  const remote = await ledgerFromApi(api, rel)
  return 'unknown' in remote ? { unknown: `${local}; and ${remote.unknown}` } : remote
}
