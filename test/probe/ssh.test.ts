/**
 * SSH mode against a real sshd (openssh-server) started here on a free loopback port with a generated host
 * key and a generated user key, serving this machine as root; plus probeLocal and the bad-output checks.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../../src/errors.js'
import { fingerprint, parseProbeOutput, probeLocal, probeOverSsh } from '../../src/probe/ssh.js'
import { requireReal } from '../support/real.js'
import { has, isRoot } from './support.js'

const sshd = ['/usr/sbin/sshd', '/usr/bin/sshd'].find(p => fs.existsSync(p))
const run =
  requireReal('root (sshd serving this machine as root)', isRoot) &&
  requireReal('sshd (Debian package openssh-server)', sshd !== undefined) &&
  requireReal(
    'ssh, ssh-keygen, ssh-keyscan (openssh-client)',
    has('ssh') && has('ssh-keygen') && has('ssh-keyscan')
  )
const maybe = run ? describe : describe.skip

let dir = ''
let port = 0
let hostFp = ''
let proc: ChildProcess | undefined

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port
      s.close(() => resolve(p))
    })
  })
}

async function waitForPort(p: number, ms: number): Promise<void> {
  const end = Date.now() + ms
  for (;;) {
    const ok = await new Promise<boolean>(resolve => {
      const c = net.connect(p, '127.0.0.1', () => {
        c.end()
        resolve(true)
      })
      c.once('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > end) throw new Error(`sshd did not listen on ${p}`)
    await new Promise(r => setTimeout(r, 100))
  }
}

beforeAll(async () => {
  if (!run) return
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-sshd-'))
  const keygen = (f: string) =>
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, f)])
  keygen('host_ed25519')
  keygen('user_ed25519')
  fs.copyFileSync(path.join(dir, 'user_ed25519.pub'), path.join(dir, 'authorized_keys'))
  hostFp = fingerprint(fs.readFileSync(path.join(dir, 'host_ed25519.pub'), 'utf8').split(/\s+/)[1] as string)
  port = await freePort()
  fs.writeFileSync(
    path.join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${path.join(dir, 'host_ed25519')}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      'ClientAliveInterval 180',
      ''
    ].join('\n')
  )
  fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 })
  proc = spawn(sshd as string, ['-D', '-e', '-f', path.join(dir, 'sshd_config')], { stdio: 'ignore' })
  await waitForPort(port, 10_000)
}, 60_000)

afterAll(() => {
  if (proc?.pid) proc.kill('SIGTERM')
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

maybe('probeOverSsh against a real sshd on loopback', () => {
  test('probes the host when the pinned fingerprint matches', async () => {
    const doc = await probeOverSsh({
      host: '127.0.0.1',
      port,
      user: 'root',
      keyFile: path.join(dir, 'user_ed25519'),
      hostKey: hostFp,
      stage: 'deployed',
      timeoutMs: 30_000
    })
    expect(doc.schema_version).toBe(1)
    expect(doc.stage).toBe('deployed')
    expect((doc.os as { type: string }).type).toBe('Linux')
    expect((doc.linux as { probe: { mode: string } }).probe.mode).toBe('live')
  })

  test('refuses a wrong pinned fingerprint before logging in', async () => {
    const wrong = fingerprint(Buffer.from('not the host key').toString('base64'))
    const p = probeOverSsh({
      host: '127.0.0.1',
      port,
      user: 'root',
      keyFile: path.join(dir, 'user_ed25519'),
      hostKey: wrong
    })
    await expect(p).rejects.toThrow(UserError)
    await expect(p).rejects.toThrow(
      /host key mismatch: the server presents ssh-ed25519 SHA256:.*refusing to connect/
    )
  })

  test('refuses without a pin, or with a pin that is not a SHA256 fingerprint', async () => {
    const base = { host: '127.0.0.1', port, user: 'root', keyFile: path.join(dir, 'user_ed25519') }
    await expect(probeOverSsh({ ...base, hostKey: '' })).rejects.toThrow(/without a pinned host key/)
    await expect(probeOverSsh({ ...base, hostKey: 'MD5:aa:bb' })).rejects.toThrow(
      /is not a SHA256:… fingerprint/
    )
  })

  test('a key the server does not accept is one clear line, without the key', async () => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, 'other')])
    const p = probeOverSsh({
      host: '127.0.0.1',
      port,
      user: 'root',
      keyFile: path.join(dir, 'other'),
      hostKey: hostFp,
      timeoutMs: 20_000
    })
    await expect(p).rejects.toThrow(/SSH failed: .*[Pp]ermission denied/)
  })

  test('times out on a server that never speaks SSH', async () => {
    const silent = net.createServer(() => undefined)
    await new Promise<void>(r => silent.listen(0, '127.0.0.1', () => r()))
    const p2 = (silent.address() as net.AddressInfo).port
    try {
      await expect(
        probeOverSsh({
          host: '127.0.0.1',
          port: p2,
          user: 'root',
          keyFile: path.join(dir, 'user_ed25519'),
          hostKey: hostFp,
          timeoutMs: 2000
        })
      ).rejects.toThrow(/no SSH host key could be read/)
    } finally {
      silent.close()
    }
  }, 20_000)
})

describe('probe output checks', () => {
  test('truncated, not JSON, newer schema, not Linux: one clear UserError each', () => {
    const good = {
      schema_version: 1,
      stage: 'build',
      os: { type: 'Linux' },
      linux: { probe: { version: '1.0.0', mode: 'root' } }
    }
    expect(parseProbeOutput(JSON.stringify(good), 'x')).toEqual(good)
    const text = JSON.stringify(good)
    expect(() => parseProbeOutput(text.slice(0, 40), 'probe.json')).toThrow(
      /probe.json: the probe output is not a JSON document \(it looks truncated\)/
    )
    expect(() => parseProbeOutput('bash: probe.sh: not found', 'p')).toThrow(
      /not a JSON document \(it is not JSON\)/
    )
    expect(() => parseProbeOutput('', 'p')).toThrow(/it printed nothing/)
    expect(() => parseProbeOutput(JSON.stringify({ ...good, schema_version: 2 }), 'p')).toThrow(
      /schema_version 2, newer than/
    )
    expect(() =>
      parseProbeOutput(JSON.stringify({ schema_version: 1, os: { type: 'Windows' }, windows: {} }), 'p')
    ).toThrow(/not from the Linux probe \(os.type is Windows\)/)
    expect(() =>
      parseProbeOutput(JSON.stringify({ ...good, linux: { ssh: { enabled: 'yes' } } }), 'p')
    ).toThrow(/linux.ssh.enabled/)
  })

  test('probeLocal rejects a bad stage and a missing root', async () => {
    await expect(probeLocal({ root: '/nonexistent/root' })).rejects.toThrow(
      /--root \/nonexistent\/root: not a directory/
    )
    await expect(probeLocal({ stage: 'later' as never })).rejects.toThrow(/--stage must be build or deployed/)
  })

  test('probeLocal probes this machine live', async () => {
    const doc = await probeLocal({ stage: 'deployed' })
    expect(doc.stage).toBe('deployed')
    expect((doc.linux as { probe: { mode: string } }).probe.mode).toBe('live')
  })
})

class Sink {
  text = ''
  write(s: string): boolean {
    this.text += s
    return true
  }
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../../src/cli.js')
  const out = new Sink()
  const err = new Sink()
  const code = await main(args, { out: out as never, err: err as never })
  return { code, out: out.text, err: err.text }
}

maybe('vm-image-policy probe (CLI)', () => {
  test('--ssh with the pinned host key prints the facts document', async () => {
    const r = await cli([
      'probe',
      '--ssh',
      `root@127.0.0.1:${port}`,
      '--key',
      path.join(dir, 'user_ed25519'),
      '--host-key',
      hostFp
    ])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).os.type).toBe('Linux')
  })

  test('a wrong --host-key, or none: exit 2 with one line', async () => {
    const wrong = fingerprint(Buffer.from('x').toString('base64'))
    for (const extra of [['--host-key', wrong], []]) {
      const r = await cli([
        'probe',
        '--ssh',
        `root@127.0.0.1:${port}`,
        '--key',
        path.join(dir, 'user_ed25519'),
        ...extra
      ])
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err.trim().split('\n')).toHaveLength(1)
      expect(r.err).toMatch(/refusing/)
    }
  })

  test('bad flags: exit 2', async () => {
    for (const args of [
      ['probe', '--root', '/nonexistent/root'],
      ['probe', '--stage', 'later'],
      ['probe', '--ssh', 'no-user-here', '--key', 'k'],
      ['probe', '--host-key', hostFp]
    ]) {
      const r = await cli(args)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/^vm-image-policy: error: /)
    }
  })
})
