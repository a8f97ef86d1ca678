import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { capture } from '../../src/probe/run.js'

/** Alive and not a zombie (a killed orphan may wait for a reaper that a container does not have). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\d+ \(.*\) [ZX] /.test(stat)
  } catch {
    return false
  }
}

describe('capture: --timeout ends the whole process group', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-run-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('kills the child and the grandchildren it started', async () => {
    const pidFile = path.join(dir, 'pids')
    const script = `sleep 30 & echo $! >>"$1"; (sleep 30; echo late) & echo $! >>"$1"; wait`
    const t0 = Date.now()
    const r = await capture('sh', ['-c', script, 'sh', pidFile], { timeoutMs: 700 })
    expect(r.timedOut).toBe(true)
    expect(Date.now() - t0).toBeLessThan(5000)
    await new Promise(res => setTimeout(res, 300))
    const pids = fs.readFileSync(pidFile, 'utf8').trim().split('\n').map(Number)
    expect(pids.length).toBe(2)
    for (const pid of pids) expect(alive(pid)).toBe(false)
    expect(r.stdout).not.toContain('late')
  })

  it('returns promptly even when a descendant left the group and holds the pipes', async () => {
    const pidFile = path.join(dir, 'escaped')
    const script = `setsid sleep 5 & echo $! >"$1"; sleep 30`
    const t0 = Date.now()
    const r = await capture('sh', ['-c', script, 'sh', pidFile], { timeoutMs: 500 })
    expect(r.timedOut).toBe(true)
    expect(Date.now() - t0).toBeLessThan(3000)
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim())
    if (pid > 0 && alive(pid)) process.kill(pid, 'SIGKILL')
  })

  it('a command that finishes in time is not marked timedOut', async () => {
    const r = await capture('sh', ['-c', 'echo ok; echo err >&2; exit 3'], { timeoutMs: 5000 })
    expect(r).toEqual({ stdout: 'ok\n', stderr: 'err\n', code: 3, timedOut: false })
  })
})
