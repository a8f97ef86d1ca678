/**
 * The bundled action (dist/index.js) run as a separate process with the environment the Actions runner
 * sets, under Node 20 and Node 24, against the loopback server that rejects any request not matching
 * GitHub's OpenAPI description. Node 24 comes from scripts/node24.sh (cached under .cache/).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { GitHubServer } from '../support/github-server.js'
import { pullRequestEvent, pushEvent } from '../support/github-event.js'
import { HOSTILE } from '../support/report-fixtures.js'
import { requireReal } from '../support/real.js'
import { node24, repoRoot } from '../support/run-cli.js'
import { commentMarker } from '../../src/report/comment.js'
import { checkAnnotations } from '../../src/github/checks.js'
import type { Report } from '../../src/report/types.js'

const TOKEN = 'ghs_DistTestToken0123456789'
const NOW = '2026-11-25T12:00:00Z'
const dist = path.join(repoRoot, 'dist', 'index.js')
const work = path.join(repoRoot, '.cache', 'action-test', String(process.pid))

const runtimes: [string, string | undefined][] = [
  ['node20', process.version.startsWith('v20.') ? process.execPath : undefined],
  ['node24', node24()]
]

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  dir: string
}

/** Parses GITHUB_OUTPUT (name<<DELIM … DELIM blocks, as @actions/core writes them). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!
  return out
}

let seq = 0

async function runAction(
  nodeBin: string,
  server: GitHubServer,
  o: { eventName: string; event: Record<string, unknown>; inputs?: Record<string, string> }
): Promise<RunResult> {
  const dir = path.join(work, String(++seq))
  fs.mkdirSync(dir, { recursive: true })
  const files = Object.fromEntries(
    ['event.json', 'summary.md', 'output', 'env', 'state', 'path'].map(f => [f, path.join(dir, f)])
  )
  fs.writeFileSync(files['event.json']!, JSON.stringify(o.event, null, 2))
  for (const f of ['summary.md', 'output', 'env', 'state', 'path']) fs.writeFileSync(files[f]!, '')
  // Every input the action declares, with its default, as the runner passes them; then the scenario's.
  const action = yaml.load(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = String(spec.default ?? '')
  Object.assign(inputs, {
    'github-token': TOKEN,
    manifest: 'examples/failing/packer-manifest.json',
    now: NOW,
    'report-path': path.relative(repoRoot, path.join(dir, 'report.json')),
    ...o.inputs
  })
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files['event.json'],
    GITHUB_REPOSITORY: 'contoso/images',
    GITHUB_REPOSITORY_OWNER: 'contoso',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF:
      o.eventName === 'push' ? 'refs/heads/main' : `refs/pull/${(o.event.number as number) ?? 1}/merge`,
    GITHUB_WORKSPACE: repoRoot,
    GITHUB_STEP_SUMMARY: files['summary.md'],
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'policy',
    GITHUB_ACTION: 'vm-image-policy',
    GITHUB_ACTION_REPOSITORY: 'contoso/vm-image-policy',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: 'dev1',
    GITHUB_WORKFLOW: 'pr-check',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: dir
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const child = spawn(nodeBin, [dist], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += String(d)))
  child.stderr.on('data', d => (stderr += String(d)))
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)))
  clearTimeout(timer)
  return {
    code,
    stdout,
    stderr,
    summary: fs.readFileSync(files['summary.md']!, 'utf8'),
    outputs: parseOutputs(fs.readFileSync(files.output!, 'utf8')),
    dir
  }
}

/** A manifest in the workspace (git-ignored .cache) with `n` failing Windows builds, optionally hostile. */
function manifest(n: number, offer = 'Contoso Appliance!'): string {
  const base = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'examples/failing/packer-manifest.json'), 'utf8')
  ) as {
    builds: Record<string, unknown>[]
    last_run_uuid: string
  }
  const win = base.builds.find(b => b.name === 'windows-2022')!
  const builds = Array.from({ length: n }, (_, i) => ({
    ...win,
    name: `windows-${String(i + 1).padStart(2, '0')}`,
    custom_data: { ...(win.custom_data as object), offer }
  }))
  const file = path.join(work, `manifest-${++seq}.json`)
  fs.mkdirSync(work, { recursive: true })
  fs.writeFileSync(file, JSON.stringify({ builds, last_run_uuid: base.last_run_uuid }, null, 2))
  return path.relative(repoRoot, file)
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe.each(runtimes)('dist/index.js under %s', (label, nodeBin) => {
  const available = fs.existsSync(dist) && nodeBin !== undefined
  const run = requireReal(`${label} and dist/index.js (npm run build; scripts/node24.sh)`, available)
    ? test
    : test.skip
  let server: GitHubServer

  beforeEach(async () => {
    server = await GitHubServer.start({ token: TOKEN })
  })
  afterEach(async () => {
    expect(server.rejections().map(r => r.rejection)).toEqual([])
    await server.close()
  })

  function noSecrets(r: RunResult): void {
    // the only place the token may appear is the runner's own mask registration (core.setSecret)
    const logged = (r.stdout + r.stderr).replace(`::add-mask::${TOKEN}\n`, '')
    expect(logged + r.summary).not.toContain(TOKEN)
    expect(r.stdout + r.stderr).not.toMatch(/internal error|at .*\(file:|node:internal/)
  }

  run(
    'PR with failures: check run annotated on the manifest lines, sticky comment, summary, outputs, files',
    async () => {
      const r = await runAction(nodeBin!, server, {
        eventName: 'pull_request',
        event: pullRequestEvent({ number: 42 }),
        inputs: {
          sarif: path.relative(repoRoot, path.join(work, 'out', `${label}.sarif`)),
          junit: path.relative(repoRoot, path.join(work, 'out', `${label}.xml`))
        }
      })
      noSecrets(r)
      expect(r.code).toBe(1) // the findings fail the step
      expect(r.stdout).toMatch(/^::error::\d+ finding\(s\) at or above fail-on "error"/m)
      expect(r.stdout).not.toMatch(/^::(warning|notice)/m) // no API trouble
      expect(r.outputs).toMatchObject({ result: 'fail' })
      const runs = [...server.checkRuns.values()]
      expect(runs).toHaveLength(1)
      expect(runs[0]).toMatchObject({
        name: 'vm-image-policy',
        head_sha: 'a'.repeat(40),
        conclusion: 'failure',
        status: 'completed'
      })
      const ann = runs[0]!.annotations
      const report = JSON.parse(fs.readFileSync(path.join(r.dir, 'report.json'), 'utf8')) as Report
      expect(ann).toEqual(
        checkAnnotations(report, { defaultFile: 'examples/failing/packer-manifest.json' }).annotations
      )
      expect(ann.length).toBeGreaterThan(3)
      expect(ann[0]).toMatchObject({
        path: 'examples/failing/packer-manifest.json',
        annotation_level: 'failure'
      })
      expect(ann.every(a => a.path === 'examples/failing/packer-manifest.json' && a.start_line >= 1)).toBe(
        true
      )
      expect(
        ann.filter(
          a =>
            a.annotation_level === 'failure' &&
            a.start_line > 1 &&
            /^AZMP-[A-Z]{3}-\d{3} /.test(a.title ?? '')
        ).length
      ).toBeGreaterThan(2)
      const comments = server.comments(42)
      expect(comments).toHaveLength(1)
      expect(comments[0]!.body.split('\n')[0]).toBe(commentMarker())
      expect(comments[0]!.body).toContain(
        '](https://github.com/contoso/vm-image-policy/blob/v1/docs/rules.md#azmp-dsk-001)'
      )
      expect(r.summary).toMatch(/^## ❌ VM image policy/)
      expect(r.summary).toContain('#### Disks and VHDs')
      const sarif = JSON.parse(fs.readFileSync(path.join(work, 'out', `${label}.sarif`), 'utf8')) as {
        version: string
        runs: { results: unknown[] }[]
      }
      expect(sarif.version).toBe('2.1.0')
      expect(sarif.runs[0]!.results.length).toBe(
        report.images.flatMap(i => i.findings).filter(f => ['fail', 'unknown', 'waived'].includes(f.status))
          .length
      )
      expect(fs.readFileSync(path.join(work, 'out', `${label}.xml`), 'utf8')).toMatch(/^<\?xml/)
    }
  )

  run('re-run with 150 prior comments updates the same comment', async () => {
    server.seedComments(7, 150)
    const event = pullRequestEvent({ number: 7 })
    const a = await runAction(nodeBin!, server, { eventName: 'pull_request', event })
    const b = await runAction(nodeBin!, server, {
      eventName: 'pull_request',
      event,
      inputs: { manifest: 'examples/compliant/packer-manifest.json' }
    })
    noSecrets(b)
    expect([a.code, b.code]).toEqual([1, 0])
    const ours = server.comments(7).filter(c => c.body.startsWith(commentMarker()))
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toMatch(/^### (✅|⚠️) VM image policy: passed/m)
    expect(server.calls('issues/create-comment')).toHaveLength(1)
    expect(server.calls('issues/update-comment')).toHaveLength(1)
    expect(server.calls('issues/list-comments').length).toBe(4)
  })

  run(
    'fork PR with 403 on checks and comments: workflow-command annotations, exit from the findings',
    async () => {
      server.fail({ operation: 'checks/create', status: 403, times: Infinity })
      server.fail({ operation: 'issues/list-comments', status: 403, times: Infinity })
      const r = await runAction(nodeBin!, server, {
        eventName: 'pull_request',
        event: pullRequestEvent({ number: 8, forkOwner: 'outsider' })
      })
      noSecrets(r)
      expect(r.code).toBe(1)
      const errors = r.stdout.split('\n').filter(l => l.startsWith('::error file='))
      expect(errors.length).toBeGreaterThan(2)
      expect(errors.length).toBeLessThanOrEqual(10)
      for (const l of errors)
        expect(l).toMatch(
          /^::error file=examples\/failing\/packer-manifest.json,line=\d+,col=\d+,title=AZMP-[A-Z]{3}-\d{3} [^:]*::\S/
        )
      expect(r.stdout).toMatch(
        /^::notice title=vm-image-policy%3A missing permission::.*Resource not accessible by integration/m
      )
      expect(r.stdout).not.toMatch(/^::warning::vm-image-policy could not publish/m)
      expect(r.summary).toMatch(/VM image policy/)
      // a compliant image on a fork passes: the permission error never fails the step
      const ok = await runAction(nodeBin!, server, {
        eventName: 'pull_request',
        event: pullRequestEvent({ number: 8, forkOwner: 'outsider' }),
        inputs: { manifest: 'examples/compliant/packer-manifest.json' }
      })
      expect(ok.code).toBe(0)
    }
  )

  run('500 then success, and 429 with retry-after: retried, published once', async () => {
    server.fail({ operation: 'checks/create', status: 500 })
    server.fail({ operation: 'issues/create-comment', status: 429, headers: { 'retry-after': '1' } })
    const r = await runAction(nodeBin!, server, {
      eventName: 'pull_request',
      event: pullRequestEvent({ number: 9 })
    })
    noSecrets(r)
    expect(r.stdout).not.toMatch(/^::warning::vm-image-policy could not publish/m)
    expect(server.calls('checks/create').map(c => c.status)).toEqual([500, 201])
    expect(server.calls('issues/create-comment').map(c => c.status)).toEqual([429, 201])
    expect(server.comments(9)).toHaveLength(1)
  })

  run('push event: a check run, no comment', async () => {
    const r = await runAction(nodeBin!, server, { eventName: 'push', event: pushEvent() })
    noSecrets(r)
    expect(server.checkRuns.size).toBe(1)
    expect([...server.checkRuns.values()][0]!.head_sha).toBe('f'.repeat(40))
    expect(server.calls('issues/list-comments')).toHaveLength(0)
  })

  run('24 failing images (120+ annotations): sent in batches of 50 on one keyed check run', async () => {
    const m = manifest(24)
    const r = await runAction(nodeBin!, server, {
      eventName: 'push',
      event: pushEvent(),
      inputs: { manifest: m, 'comment-key': 'win' }
    })
    noSecrets(r)
    const report = JSON.parse(fs.readFileSync(path.join(r.dir, 'report.json'), 'utf8')) as Report
    const expected = checkAnnotations(report, { key: 'win', defaultFile: m }).annotations
    expect(expected.length).toBeGreaterThanOrEqual(120)
    const cr = [...server.checkRuns.values()]
    expect(cr).toHaveLength(1)
    expect(cr[0]!.name).toBe('vm-image-policy (win)')
    expect(cr[0]!.annotations).toEqual(expected)
    const sizes = cr[0]!.history.map(
      h => ((h as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length
    )
    const batches = Math.ceil(expected.length / 50)
    expect(sizes).toEqual(
      Array.from({ length: batches }, (_, i) => (i < batches - 1 ? 50 : expected.length - 50 * (batches - 1)))
    )
    expect(cr[0]!.conclusion).toBe('failure')
  })

  run('hostile fact text reaches no workflow command, mention or HTML', async () => {
    const r = await runAction(nodeBin!, server, {
      eventName: 'pull_request',
      event: pullRequestEvent({ number: 11 }),
      inputs: { manifest: manifest(1, HOSTILE.replace(/\r\n$/, '')) }
    })
    noSecrets(r)
    // the only workflow commands are ours: error for the failed step (and no injected ones)
    const commands = r.stdout.split('\n').filter(l => l.startsWith('::'))
    expect(commands.every(l => /^::(error|warning|notice|debug|add-mask)[ :]/.test(l))).toBe(true)
    expect(commands.filter(l => /owned/.test(l))).toEqual([])
    const body = server.comments(11)[0]!.body
    const outside = body.replace(/(`+)[\s\S]*?\1/g, '')
    expect(outside).not.toMatch(/<img/i)
    expect(outside).not.toMatch(/@octocat/)
    expect(body.indexOf('<!-- vm-image-policy', 1)).toBe(-1)
    // the hostile offer name did reach the comment, as inert text
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(body).toContain('@\u200doctocat')
    const ann = [...server.checkRuns.values()][0]!.annotations
    expect(ann.some(a => a.message.includes('::error::owned'))).toBe(true) // annotation text is data, not a command
  })
})
