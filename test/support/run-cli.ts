import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Runs the bundled CLI (dist/cli.js) as a user would, with no install. */
export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; node?: string } = {}) {
  const r = spawnSync(opts.node ?? process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
