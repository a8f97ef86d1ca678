/**
 * Files the image's own settings name outside the trees whose bytes the skeleton copies (#18): the probe's
 * read log names them, their bytes are fetched and the probe runs again, so through the VHD they read as
 * probe.sh --root reads them, never as the zeros of a placeholder.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FILE_CAP, MAX_PASSES, parseReadLog, readLinuxFromDisk } from '../../src/facts/disk/linux.js'
import { requireReal } from '../support/real.js'
import { checkFindings } from '../support/run-cli.js'
import { comparable, makeDisk, probeRoot, smallRoot, toolsAvailable } from './helpers.js'

const run = requireReal('sfdisk, mkfs.ext4, debugfs and qemu-img', toolsAvailable())
const maybe = run ? describe : describe.skip

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA root@build\n'

const put = (root: string, rel: string, data: string | Buffer, mode = 0o644): void => {
  const f = path.join(root, rel)
  fs.mkdirSync(path.dirname(f), { recursive: true })
  fs.rmSync(f, { force: true })
  fs.writeFileSync(f, data, { mode })
  fs.chmodSync(f, mode)
}
/** Puts lines first in sshd_config: sshd takes the first value of a keyword. */
const prepend = (root: string, text: string): void => {
  const f = path.join(root, 'etc/ssh/sshd_config')
  fs.writeFileSync(f, text + fs.readFileSync(f, 'utf8'))
}

let base: string
let work: string

/** The Linux rules' verdicts of a check. */
async function lnx(args: string[]): Promise<Map<string, string>> {
  const findings = await checkFindings(args)
  return new Map(findings.filter(f => f.rule.startsWith('AZMP-LNX-')).map(f => [f.rule, f.status]))
}

/** The disk of a copy of the small root after `edit`: its facts, those of probe.sh --root, and verdicts. */
async function through(name: string, edit: (r: string) => void) {
  const r = fs.mkdtempSync(path.join(work, 'root-'))
  fs.cpSync(base, r, { recursive: true, verbatimSymlinks: true })
  // sshd installed (its bytes are not read: a placeholder in the skeleton), so the ssh rules apply
  put(r, 'usr/sbin/sshd', '\x7fELF sshd\n', 0o755)
  edit(r)
  const vhd = path.join(work, `${name}.vhd`)
  makeDisk(r, vhd, 'mbr')
  const got = await readLinuxFromDisk(vhd, { via: 'vhd' })
  const want = await probeRoot(r)
  const factsFile = path.join(work, `${name}.json`)
  fs.writeFileSync(factsFile, JSON.stringify(want))
  const viaDisk = await lnx(['--vhd', `os=${vhd}`])
  const viaProbe = await lnx(['--facts', factsFile])
  return { got, want, viaDisk, viaProbe }
}

test('parseReadLog: whole reads and head reads, the largest wins', () => {
  const m = parseReadLog('/etc/a\n20 /bin/sh\n65536 /etc/a\n0 /x\n4096 /y\n/y\n\nnot a path\n')
  expect([...m]).toEqual([
    ['/etc/a', Infinity],
    ['/bin/sh', 20],
    ['/x', 0],
    ['/y', Infinity]
  ])
})

maybe('files named by the image outside the copied trees', () => {
  beforeAll(() => {
    base = smallRoot()
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-disk-reads-'))
  })
  afterAll(() => {
    fs.rmSync(base, { recursive: true, force: true })
    fs.rmSync(work, { recursive: true, force: true })
  })

  test('the small root: one probe pass', async () => {
    const { got, want } = await through('base', () => undefined)
    expect(got.notes).toEqual([])
    expect(got.stats.passes).toBe(1)
    expect(comparable(got.facts ?? {})).toEqual(want)
  })

  test('AuthorizedKeysFile /var/keys/%u holding a key: LNX-022 fails as with probe.sh --root', async () => {
    const { got, want, viaDisk, viaProbe } = await through('keys', r => {
      prepend(r, 'AuthorizedKeysFile /var/keys/%u\n')
      put(r, 'var/keys/root', KEY, 0o600)
    })
    expect(got.notes).toEqual([])
    expect(got.stats.passes).toBe(2)
    expect(comparable(got.facts ?? {})).toEqual(want)
    expect(JSON.stringify(want)).toContain('/var/keys/root')
    expect(viaProbe.get('AZMP-LNX-022')).toBe('fail')
    expect(viaDisk.get('AZMP-LNX-022')).toBe('fail')
  })

  test('Include /srv/ssh/*.conf with ClientAliveInterval 0: LNX-014 fails as with probe.sh --root', async () => {
    const { got, want, viaDisk, viaProbe } = await through('include', r => {
      prepend(r, 'Include /srv/ssh/*.conf\n')
      put(r, 'srv/ssh/a.conf', 'ClientAliveInterval 0\n')
    })
    expect(got.notes).toEqual([])
    expect(got.stats.passes).toBe(2)
    expect(comparable(got.facts ?? {})).toEqual(want)
    expect(viaProbe.get('AZMP-LNX-014')).toBe('fail')
    expect(viaDisk.get('AZMP-LNX-014')).toBe('fail')
  })

  test('an include chain /srv/a.conf -> /opt2/b.conf: three passes, the facts of probe.sh --root', async () => {
    const { got, want, viaDisk, viaProbe } = await through('chain', r => {
      prepend(r, 'Include /srv/a.conf\n')
      put(r, 'srv/a.conf', 'Include /opt2/b.conf\n')
      put(r, 'opt2/b.conf', 'ClientAliveInterval 0\n')
    })
    expect(got.notes).toEqual([])
    expect(got.stats.passes).toBe(3)
    expect(comparable(got.facts ?? {})).toEqual(want)
    expect(viaDisk.get('AZMP-LNX-014')).toBe('fail')
    expect(viaDisk).toEqual(viaProbe)
  })

  test('a chain deeper than the passes: the last file named reads as unreadable, never as zeros', async () => {
    const { got, viaDisk, viaProbe } = await through('deep', r => {
      prepend(r, 'Include /srv/a.conf\n')
      put(r, 'srv/a.conf', 'Include /srv2/b.conf\n')
      put(r, 'srv2/b.conf', 'Include /srv3/c.conf\n')
      put(r, 'srv3/c.conf', 'ClientAliveInterval 0\n')
    })
    expect(got.stats.passes).toBe(MAX_PASSES)
    expect(got.notes.join('\n')).toContain('/srv3/c.conf')
    // sshd cannot read c.conf: the effective ClientAliveInterval is not known
    const ssh = (got.facts?.linux as { ssh?: Record<string, unknown> }).ssh
    expect(ssh?.client_alive_interval).toBeUndefined()
    expect(viaProbe.get('AZMP-LNX-014')).toBe('fail')
    expect(viaDisk.get('AZMP-LNX-014')).toBe('unknown')
  })

  test('a named file over the per-file cap reads as unreadable, never as zeros', async () => {
    const big = Buffer.alloc(FILE_CAP + 4096, 'ssh-ed25519 AAAA x\n')
    const { got, want, viaDisk, viaProbe } = await through('big', r => {
      prepend(r, 'AuthorizedKeysFile /var/keys/%u\n')
      put(r, 'var/keys/root', big, 0o600)
    })
    expect(got.facts).toBeDefined()
    expect(comparable(got.facts ?? {})).toEqual(want)
    const probe = (want.linux as { probe?: { unreadable?: string[] } }).probe
    expect(probe?.unreadable).toContain('/var/keys/root')
    expect(viaDisk.get('AZMP-LNX-022')).not.toBe('pass')
    expect(viaDisk.get('AZMP-LNX-022')).toBe(viaProbe.get('AZMP-LNX-022'))
  })
})
