/**
 * GitHub's `@github/local-action` (npm devDependency) runs the action as actions/typescript-action lays it
 * out: it imports the logic entrypoint (src/main.ts), calls its exported run() with the inputs of a .env
 * file, and prints the outputs. (The tool runs untranspiled code only: it swaps @actions/core for its own,
 * which it cannot do inside an ncc bundle; the bundle is run as a process in action-dist.test.ts.)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../support/run-cli.js'
import { requireReal } from '../support/real.js'

const bin = path.join(repoRoot, 'node_modules', '.bin', 'local-action')

test('local-action runs src/main.ts run(): outputs, report file and the failing step', () => {
  if (!requireReal('@github/local-action (npm devDependency)', fs.existsSync(bin))) return
  const dir = path.join(repoRoot, '.cache', 'local-action', String(process.pid))
  fs.mkdirSync(dir, { recursive: true })
  const report = path.join(dir, 'report.json')
  const env = path.join(dir, '.env')
  fs.writeFileSync(
    env,
    [
      `LOCAL_ACTION_WORKSPACE=${dir}`,
      `GITHUB_WORKSPACE=${repoRoot}`,
      'INPUT_MANIFEST=examples/failing/packer-manifest.json',
      'INPUT_FACTS=examples/failing/linux.facts.json',
      'INPUT_NOW=2026-11-25T12:00:00Z',
      `INPUT_REPORT-PATH=${path.relative(repoRoot, report)}`,
      'INPUT_CHECKS=false',
      'INPUT_COMMENT=false',
      ''
    ].join('\n')
  )
  try {
    const r = spawnSync(bin, ['run', repoRoot, 'src/main.ts', env], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' }
    })
    const out = `${r.stdout}${r.stderr}`
    expect(r.error).toBeUndefined()
    // The outputs table local-action prints after run() returns.
    expect(out).toMatch(/'result'\s*│\s*'fail'/)
    expect(out).toMatch(/::error::\d+ finding\(s\) at or above fail-on "error"/)
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as { result: string; images: unknown[] }
    expect(json.result).toBe('fail')
    expect(json.images).toHaveLength(2)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 300_000)
