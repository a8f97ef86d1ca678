import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The Node 24 binary (action.yml's runtime) from scripts/node24.sh, installed once under .cache/; undefined (with
 * the reason on stderr) when it cannot be had.
 */
export function node24(): string | undefined {
  try {
    return execFileSync('bash', [path.join(repoRoot, 'scripts', 'node24.sh')], {
      encoding: 'utf8',
      timeout: 300_000
    }).trim()
  } catch (e) {
    console.warn(`scripts/node24.sh failed: ${(e as Error).message.split('\n')[0]}`)
    return undefined
  }
}

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

/** Runs the CLI's main (src/cli.ts) in this process, its streams kept in memory. */
export async function cliInProcess(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli.js')
  const sink = () => ({
    text: '',
    write(s: string) {
      this.text += s
      return true
    }
  })
  const out = sink()
  const err = sink()
  const code = await main(args, { out: out as never, err: err as never })
  return { code, stdout: out.text, stderr: err.text }
}

export interface CliFinding {
  rule: string
  status: string
  message: string
  missing?: string[]
}

/** `check ARGS --format json --profile current`, in this process: the findings of the first image. */
export async function checkFindings(args: string[]): Promise<CliFinding[]> {
  const { stdout } = await cliInProcess(['check', ...args, '--format', 'json', '--profile', 'current'])
  const rep = JSON.parse(stdout) as { images: Array<{ findings: CliFinding[] }> }
  return rep.images[0]?.findings ?? []
}
