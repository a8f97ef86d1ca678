/**
 * VMIP_PROBE_READ_LOG (#18): the probe lists the files whose contents it reads, as paths inside the system,
 * and prints the same document with or without it. The disk reader relies on it to fetch what it read.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseReadLog } from '../../src/facts/disk/linux.js'
import { requireReal } from '../support/real.js'
import { probeScript, repo } from './support.js'

const rootsDir = process.env.VMIP_ROOTS_DIR ?? path.join(repo, '.cache/roots')
const base = path.join(rootsDir, 'base')
const run = requireReal(
  'the Debian test roots (scripts/make-debian-roots.sh)',
  fs.existsSync(path.join(base, 'etc'))
)
const maybe = run ? describe : describe.skip

let work: string

function probe(root: string, log?: string): string {
  const r = spawnSync('sh', [probeScript, '--root', root], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: log ? { ...process.env, VMIP_PROBE_READ_LOG: log } : { ...process.env, VMIP_PROBE_READ_LOG: '' }
  })
  expect(r.status).toBe(0)
  return r.stdout
}

maybe('the probe read log', () => {
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-readlog-'))
  })
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  test('the base root: the files read, and the same document with and without the log', () => {
    const log = path.join(work, 'base.log')
    const plain = probe(base)
    const logged = probe(base, log)
    expect(logged).toBe(plain)
    const reads = parseReadLog(fs.readFileSync(log, 'utf8'))
    // whole reads of the files the facts come from, as paths inside the system (links resolved)
    for (const p of [
      '/etc/ssh/sshd_config',
      '/etc/passwd',
      '/etc/shadow',
      '/etc/fstab',
      '/var/lib/dpkg/status'
    ])
      expect(reads.get(p)).toBe(Infinity)
    expect(reads.get('/usr/lib/os-release')).toBe(Infinity) // /etc/os-release is a link to it
    expect(reads.has('/etc/os-release')).toBe(false)
    // the ELF header of /bin/sh (a link to dash): its first 20 bytes only
    expect(reads.get('/usr/bin/dash')).toBe(20)
    for (const p of reads.keys()) {
      expect(p.startsWith('/')).toBe(true)
      expect(p.startsWith(base)).toBe(false)
      const st = fs.lstatSync(path.join(base, p))
      expect(st.isFile()).toBe(true)
    }
  })

  test.each(['nm', 'ci'])('the %s root: the same document with and without the log', name => {
    const root = path.join(rootsDir, name)
    if (!fs.existsSync(path.join(root, 'etc'))) return
    expect(probe(root, path.join(work, `${name}.log`))).toBe(probe(root))
  })

  test('reads inside command substitutions are logged (sshd drop-ins parsed in a subshell)', () => {
    const log = path.join(work, 'sub.log')
    probe(base, log)
    const reads = parseReadLog(fs.readFileSync(log, 'utf8'))
    expect(reads.get('/etc/ssh/sshd_config.d/50-azure.conf')).toBe(Infinity)
  })
})
