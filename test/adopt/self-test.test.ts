/**
 * .github/workflows/self-test.yml, executed here as the runner executes it: every `uses: ./` step runs the
 * committed dist/index.js under Node 24 (action.yml's runtime) with action.yml's defaults plus the step's
 * `with:` as INPUT_* variables, against the loopback GitHub API (push event); `continue-on-error` and the
 * steps' outcomes follow the runner's rules, and the workflow's own checking script runs on the results.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { GitHubServer } from '../support/github-server.js'
import { pushEvent } from '../support/github-event.js'
import { requireReal } from '../support/real.js'
import { node24, repoRoot } from '../support/run-cli.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, string | boolean | number>
  env?: Record<string, string>
  'continue-on-error'?: boolean
  if?: string
}
const TOKEN = 'ghs_SelfTestToken0123456789'
const workflow = parse(fs.readFileSync(path.join(repoRoot, '.github/workflows/self-test.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>
}
const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}
const dist = path.join(repoRoot, 'dist', 'index.js')

const nodeBin = node24()
const run = requireReal(
  'Node 24 and dist/index.js (scripts/node24.sh; npm run build)',
  !!nodeBin && fs.existsSync(dist)
)
  ? test
  : test.skip

/** `${{ steps.<id>.outcome }}` / `${{ steps.<id>.outputs.<name> }}`: the only expressions the workflow uses in env. */
function expand(
  text: string,
  steps: Record<string, { outcome: string; outputs: Record<string, string> }>
): string {
  return text.replace(
    /\$\{\{\s*steps\.([\w-]+)\.(outcome|outputs\.([\w-]+))\s*\}\}/g,
    (_m, id: string, what, out) => {
      const s = steps[id]
      if (!s) throw new Error(`unknown step ${id}`)
      return what === 'outcome' ? s.outcome : (s.outputs[out as string] ?? '')
    }
  )
}

function runNode(
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(bin, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += String(d)))
    child.stderr.on('data', d => (stderr += String(d)))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('close', status => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!
  return out
}

run(
  'the compliant example passes and the failing one fails its step; the checking step succeeds',
  async () => {
    const server = await GitHubServer.start({ token: TOKEN })
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-self-test-'))
    try {
      const [job] = Object.values(workflow.jobs)
      const steps: Record<string, { outcome: string; outputs: Record<string, string> }> = {}
      const ran: string[] = []
      for (const [i, step] of job!.steps.entries()) {
        if (step.uses === './') {
          const dir = path.join(work, String(i))
          fs.mkdirSync(dir)
          const files = Object.fromEntries(
            ['event.json', 'summary.md', 'output', 'env', 'state', 'path'].map(f => [f, path.join(dir, f)])
          )
          for (const f of Object.values(files)) fs.writeFileSync(f, '')
          fs.writeFileSync(files['event.json']!, JSON.stringify(pushEvent()))
          const inputs: Record<string, string> = {}
          for (const [k, spec] of Object.entries(action.inputs)) inputs[k] = String(spec.default ?? '')
          for (const [k, v] of Object.entries(step.with ?? {})) inputs[k] = String(v)
          inputs['github-token'] = TOKEN
          // Written files go to the temporary folder, not into the checkout.
          for (const k of ['report-path', 'junit', 'sarif'])
            if (inputs[k]) inputs[k] = path.join(dir, path.basename(inputs[k]))
          const env: NodeJS.ProcessEnv = {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            CI: 'true',
            GITHUB_ACTIONS: 'true',
            GITHUB_EVENT_NAME: 'push',
            GITHUB_EVENT_PATH: files['event.json'],
            GITHUB_REPOSITORY: 'contoso/images',
            GITHUB_SHA: 'f'.repeat(40),
            GITHUB_REF: 'refs/heads/main',
            GITHUB_WORKSPACE: repoRoot,
            GITHUB_STEP_SUMMARY: files['summary.md'],
            GITHUB_OUTPUT: files.output,
            GITHUB_ENV: files.env,
            GITHUB_STATE: files.state,
            GITHUB_PATH: files.path,
            GITHUB_API_URL: server.url,
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_RUN_ID: '1',
            GITHUB_ACTION_REPOSITORY: '',
            RUNNER_TEMP: dir
          }
          for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
          // Asynchronously: the loopback API server answers from this process.
          const r = await runNode(nodeBin!, [dist], env)
          const outcome = r.status === 0 ? 'success' : 'failure'
          if (outcome === 'failure' && !step['continue-on-error'])
            throw new Error(`step "${step.name}" failed: ${r.stdout.slice(0, 2000)}${r.stderr}`)
          if (step.id)
            steps[step.id] = { outcome, outputs: parseOutputs(fs.readFileSync(files.output!, 'utf8')) }
          ran.push(`${step.id}:${outcome}`)
        } else if (step.run && !step.if) {
          const env = { ...process.env }
          for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, steps)
          const r = spawnSync('bash', ['-e', '-c', step.run], { env, encoding: 'utf8' })
          expect([step.name, r.status, r.stderr]).toEqual([step.name, 0, ''])
          ran.push(`${step.name}:${r.stdout.trim()}`)
        }
      }
      expect(ran).toEqual([
        'compliant:success',
        'failing:failure',
        expect.stringMatching(
          /^outcomes and outputs are the expected ones:compliant: success \(pass\); failing: failure \(fail, [1-9]\d* failed\)$/
        )
      ])
      expect(server.rejections().map(r => r.rejection)).toEqual([])
      expect([...server.checkRuns.values()].map(c => c.conclusion)).toEqual(['success', 'failure'])
    } finally {
      await server.close()
      fs.rmSync(work, { recursive: true, force: true })
    }
  },
  300_000
)
