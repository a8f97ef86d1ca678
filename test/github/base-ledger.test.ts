/**
 * PR mode judges the proposed SKU version against the ledger on the pull request's base. Real git
 * repositories (a bare origin, clones as actions/checkout makes them, shallow without the base branch), the
 * loopback GitHub server (requests checked against GitHub's OpenAPI description) for the contents API, and
 * the bundled action (dist/index.js) run end to end with the README's shallow checkout and with an absolute
 * ledger path.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { readBaseLedger } from '../../src/facts/git-history.js'
import { GitHubServer } from '../support/github-server.js'
import { pullRequestEvent } from '../support/github-event.js'
import { repoRoot } from '../support/run-cli.js'
import { requireReal } from '../support/real.js'
import {
  LEDGER,
  NOW,
  git,
  gitAvailable,
  initRepo,
  settingsFor,
  tempDir,
  writeLedger
} from '../ledger/support.js'
import { runCheck } from '../../src/pipeline.js'
import { unknownSource } from '../../src/report/unknowns.js'

const TOKEN = 'ghs_BaseLedgerToken0123456789'
const SKU = 'contoso-appliance/standard-gen2'
const haveGit = gitAvailable()

/** origin with the ledger on main; returns origin's path and main's SHA. */
function origin(): { dir: string; base: string } {
  const dir = tempDir('origin')
  initRepo(dir)
  writeLedger(dir, LEDGER)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'ledger')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  // The PR branch bumps the ledger to 1.0.11 (already published: 1.0.10).
  git(dir, 'checkout', '-q', '-b', 'bump')
  writeLedger(dir, LEDGER.replace('1.0.9]', '1.0.9, 1.0.11]'))
  git(dir, 'commit', '-q', '-am', 'bump to 1.0.11')
  git(dir, 'checkout', '-q', 'main')
  return { dir, base }
}

/** A shallow single-branch clone of the PR branch (actions/checkout without fetch-depth: 0, on a PR). */
function shallowClone(from: string): string {
  const work = tempDir('shallow')
  git(work, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'bump', `file://${from}`, '.')
  return work
}

/** A loopback URL on which nothing listens (a port just released). */
async function closedPort(): Promise<string> {
  const srv = net.createServer()
  await new Promise<void>(r => srv.listen(0, '127.0.0.1', r))
  const { port } = srv.address() as net.AddressInfo
  await new Promise<void>(r => srv.close(() => r()))
  return `http://127.0.0.1:${port}`
}

let server: GitHubServer
beforeAll(async () => {
  server = await GitHubServer.start({ token: TOKEN })
})
afterAll(async () => server.close())

describe('the base ledger', () => {
  test('an absolute ledger path inside the checkout is read at its repository path on the base', async () => {
    if (!requireReal('git', haveGit)) return
    const o = origin()
    const work = tempDir('clone')
    git(work, 'clone', '-q', o.dir, '.')
    git(work, 'checkout', '-q', 'bump')
    const abs = path.join(work, '.github/skus.yml')
    const b = await readBaseLedger(work, 'main', abs)
    expect(b).toMatchObject({ ref: 'origin/main' })
    expect('text' in b && b.text).toContain('1.0.9]')
    // A PR that proposes 1.0.10 (published on main) is a duplicate, with the ledger given absolutely.
    const r = await runCheck(settingsFor(work, { sku: SKU, version: '1.0.10', baseRef: 'main', ledger: abs }))
    const f = r.report.images[0]!.findings.find(x => x.rule === 'AZMP-SKU-003')!
    expect(f.status).toBe('fail')
    // A path outside the checkout is not guessed at: unknown, with the reason.
    expect(await readBaseLedger(work, 'main', '/etc/hostname')).toEqual({
      unknown: 'the ledger /etc/hostname is not inside the repository'
    })
  })

  test('shallow clone: read through the contents API at the base SHA; unreadable: unknown, never new', async () => {
    if (!requireReal('git', haveGit)) return
    const o = origin()
    const work = shallowClone(o.dir)
    server.seedFile(o.base, '.github/skus.yml', LEDGER)
    const api = { apiUrl: server.url, token: TOKEN, repository: 'contoso/images', baseSha: o.base }
    const b = await readBaseLedger(work, 'main', '.github/skus.yml', api)
    expect(b).toMatchObject({ ref: o.base.slice(0, 12) })
    expect('text' in b && b.text).toBe(LEDGER)
    expect(server.rejections()).toEqual([])
    expect(server.calls('repos/get-content').at(-1)!.url).toContain(`ref=${o.base}`)

    const judged = async (baseApi?: typeof api) =>
      runCheck({
        ...settingsFor(work, { sku: SKU, version: '1.0.10', baseRef: 'main' }),
        sku: { ...settingsFor(work, { sku: SKU, version: '1.0.10', baseRef: 'main' }).sku!, baseApi }
      })
    const viaApi = await judged(api)
    const status = (r: Awaited<ReturnType<typeof judged>>, id: string) =>
      r.report.images[0]!.findings.find(f => f.rule === id)!.status
    expect(status(viaApi, 'AZMP-SKU-003')).toBe('fail') // 1.0.10 is published on the base

    // Neither the checkout nor the API (connection refused): the version rules are unknown, with the reason.
    const dead = await judged({ ...api, apiUrl: await closedPort() })
    for (const id of ['AZMP-SKU-003', 'AZMP-SKU-004', 'AZMP-SKU-005'])
      expect([id, status(dead, id)]).toEqual([id, 'unknown'])
    expect(dead.notes.join('\n')).toMatch(
      /could not be read \(.*not in the checkout.*could not be reached \(connection refused \(ECONNREFUSED\)\)/
    )
    expect(dead.notes.join('\n')).not.toContain('every SKU is new')
    // Each finding says why (so it keeps its own row, not "give --ledger"): the missing fact carries the reason.
    const sku3 = dead.report.images[0]!.findings.find(f => f.rule === 'AZMP-SKU-003')!
    expect(sku3.missing).toEqual([
      expect.stringMatching(
        /^sku\.published_versions \(the ledger on the base branch could not be read: .*connection refused/
      )
    ])
    expect(unknownSource(sku3)).toBeUndefined()
  })
})

describe('dist/index.js end to end (PR mode, SKU version)', () => {
  const dist = path.join(repoRoot, 'dist', 'index.js')

  async function action(work: string, inputs: Record<string, string>, event: Record<string, unknown>) {
    const dir = tempDir('run')
    const files = Object.fromEntries(['event.json', 'summary.md', 'output'].map(f => [f, path.join(dir, f)]))
    fs.writeFileSync(files['event.json']!, JSON.stringify(event))
    fs.writeFileSync(files['summary.md']!, '')
    fs.writeFileSync(files.output!, '')
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files['event.json'],
      GITHUB_REPOSITORY: 'contoso/images',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_BASE_REF: 'main',
      GITHUB_WORKSPACE: work,
      GITHUB_STEP_SUMMARY: files['summary.md'],
      GITHUB_OUTPUT: files.output,
      GITHUB_API_URL: server.url,
      RUNNER_TEMP: dir
    }
    for (const [k, v] of Object.entries({
      'github-token': TOKEN,
      comment: 'false',
      now: NOW.toISOString(),
      ...inputs
    }))
      env[`INPUT_${k.toUpperCase()}`] = v
    const child = spawn(process.execPath, [dist], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', d => (out += String(d)))
    child.stderr.on('data', d => (out += String(d)))
    const code = await new Promise<number | null>(r => child.on('close', c => r(c)))
    return {
      code,
      out,
      summary: fs.readFileSync(files['summary.md']!, 'utf8'),
      outputs: fs.readFileSync(files.output!, 'utf8'),
      report: JSON.parse(fs.readFileSync(path.join(work, 'vm-image-policy-report.json'), 'utf8')) as {
        images: Array<{ findings: Array<{ rule: string; status: string }> }>
      }
    }
  }
  const status = (
    r: { report: { images: Array<{ findings: Array<{ rule: string; status: string }> }> } },
    id: string
  ) => r.report.images[0]!.findings.find(f => f.rule === id)?.status

  test('shallow checkout (the README workflow) and an absolute ledger path: the SKU verdict is right', async () => {
    if (!requireReal('git', haveGit)) return
    if (!requireReal('dist/index.js (npm run build)', fs.existsSync(dist))) return
    const o = origin()
    const work = shallowClone(o.dir)
    server.seedFile(o.base, '.github/skus.yml', LEDGER)
    const event = pullRequestEvent({ number: 3, baseSha: o.base })

    // 1.0.10 is already published on main: the PR must fail (it did pass as "a new SKU" before).
    const dup = await action(
      work,
      { sku: SKU, version: '1.0.10', ledger: path.join(work, '.github/skus.yml') },
      event
    )
    expect(status(dup, 'AZMP-SKU-003')).toBe('fail')
    expect(dup.code).toBe(1)
    expect(dup.outputs).toMatch(/^result<<.*\nfail\n/m)

    // 1.0.11 follows the published 1.0.10: passes, with the relative default path too.
    const next = await action(work, { sku: SKU, version: '1.0.11' }, event)
    expect(status(next, 'AZMP-SKU-003')).toBe('pass')
    expect(status(next, 'AZMP-SKU-004')).toBe('pass')

    // The API down too: unknown with the reason; the report, summary and outputs are still written.
    const down = await action(
      work,
      { sku: SKU, version: '1.0.10' },
      pullRequestEvent({ number: 3, baseSha: 'c'.repeat(40) })
    )
    expect([status(down, 'AZMP-SKU-003'), down.out]).toEqual(['unknown', down.out])
    expect(down.summary).toContain('VM image policy')
    expect(down.outputs).toMatch(/^unknown<<.*\n\d+\n/m)
    expect(down.out).toContain('could not be read')
    expect(server.rejections()).toEqual([])
  }, 300_000)
})
