/**
 * Shared pieces of the hostile suite: a workspace of hostile files built at test time, a marker file on the
 * "host" (outside the workspace) whose content must never reach any output, signatures that must never
 * reach any output, and the bundled CLI run as a process.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from '@jest/globals'
import { repoRoot } from '../support/run-cli.js'

export const NOW = ['--now', '2026-11-25T12:00:00Z']
export const cli = path.join(repoRoot, 'dist', 'cli.js')
export const COMPLIANT = path.join(repoRoot, 'examples', 'compliant', 'packer-manifest.json')

/** A workspace (the CLI's working directory) and, beside it, the "host" with a marker file. */
export function makeWorkspace(name: string) {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), `vmip-hostile-${name}-`))
  const ws = path.join(top, 'ws')
  const host = path.join(top, 'host')
  fs.mkdirSync(ws)
  fs.mkdirSync(host)
  const marker = `HOSTMARKER${Math.random().toString(36).slice(2)}Z`
  const markerFile = path.join(host, 'secret.txt')
  fs.writeFileSync(markerFile, `line one ${marker}\nkey = "${marker}"\n{"${marker}": 1}\n`)
  return {
    top,
    ws,
    host,
    marker,
    markerFile,
    cleanup: () => fs.rmSync(top, { recursive: true, force: true })
  }
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
  signal: NodeJS.Signals | null
}

/** dist/cli.js as a process; killed after `timeoutMs` (a hang shows up as signal SIGKILL). */
export function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 30_000,
  nodeArgs: string[] = []
): Run {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'C.UTF-8', ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL'
  })
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal }
}

/** The same, asynchronously (for tests whose server runs in this process). */
export function runAsync(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000
): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'C.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += String(d)))
    child.stderr.on('data', d => (stderr += String(d)))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, signal })
    })
  })
}

/** Exit 2 with exactly one line on stderr (matching `re`), nothing on stdout, no hang, no crash. */
export function expectInputError(r: Run, re: RegExp): void {
  expect(r.signal).toBeNull()
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(re) })
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(r.stderr).toMatch(/^vm-image-policy: error: /)
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
}

/** Not one of `needles` in any of `texts` (marker file content, signatures). */
export function expectAbsent(texts: string[], needles: string[]): void {
  for (const t of texts)
    for (const n of needles)
      expect(t.includes(n) ? `${n} found in: ${t.slice(0, 400)}` : 'absent').toBe('absent')
}

/**
 * Lines the Actions runner would take for a workflow command: "::" first after blanks, or "##[" anywhere.
 * Returns the offending lines (empty when the output is safe).
 */
export function commandLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/).filter(l => /^\s*::/.test(l) || l.includes('##['))
}

/** Bidi controls and C0/C1 controls (other than newline and tab) in `text`. */
export function controlChars(text: string): string[] {
  return [
    ...text.matchAll(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g)
  ].map(m => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function mkfifo(p: string): void {
  const r = spawnSync('mkfifo', [p])
  if (r.status !== 0) throw new Error(`mkfifo ${p} failed`)
}

/** A sparse file of `size` bytes (no disk used). */
export function sparse(p: string, size: number, head = ''): void {
  fs.writeFileSync(p, head)
  fs.truncateSync(p, size)
}
