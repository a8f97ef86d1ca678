/**
 * Linux facts read from partitioned fixed VHDs (ext4 made with mkfs.ext4 -d, partitioned with sfdisk,
 * converted with qemu-img): equal to probe.sh --root on the same root; unreadable layouts and hostile disks
 * give no Linux facts and a note.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readLinuxFromDisk, safeTarget, wantsContent } from '../../src/facts/disk/linux.js'
import { requireReal } from '../support/real.js'
import { checkFindings } from '../support/run-cli.js'
import { REPO, comparable, makeDisk, probeRoot, smallRoot, toolsAvailable } from './helpers.js'

const run = requireReal(
  'sfdisk, mkfs.ext4, debugfs and qemu-img (fdisk, e2fsprogs, qemu-utils)',
  toolsAvailable()
)
const maybe = run ? describe : describe.skip

let work: string
let root: string
const disk = (name: string): string => path.join(work, name)

function patch(file: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+')
  fs.writeSync(fd, bytes, 0, bytes.length, offset)
  fs.closeSync(fd)
}

function withRoot(edit: (r: string) => void): string {
  const r = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-disk-mut-'))
  fs.cpSync(root, r, { recursive: true, verbatimSymlinks: true })
  edit(r)
  return r
}

maybe('Linux facts from the OS disk', () => {
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-disk-'))
    root = smallRoot()
    makeDisk(root, disk('gpt.vhd'), 'gpt')
    makeDisk(root, disk('mbr.vhd'), 'mbr')
  })
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
    fs.rmSync(root, { recursive: true, force: true })
  })

  test.each(['gpt', 'mbr'])('%s disk: the facts equal probe.sh --root on the same root', async layout => {
    const r = await readLinuxFromDisk(disk(`${layout}.vhd`), { via: 'vhd' })
    expect(r.notes).toEqual([])
    expect(r.facts).toBeDefined()
    expect(comparable(r.facts ?? {})).toEqual(await probeRoot(root))
    const part = layout === 'gpt' ? 3 : 1
    const { 'disks.os.partition_table': table, ...prov } = r.provenance
    expect(Object.keys(prov).length).toBeGreaterThan(0)
    for (const p of Object.values(prov)) {
      expect(p.source).toBe('vhd')
      expect(p.detail).toBe(`os disk ${disk(`${layout}.vhd`)}, partition ${part}`)
    }
    // The partition table (disks.os.partition_table) is the disk's, not the root partition's.
    expect(table).toEqual({ source: 'vhd', detail: `os disk ${disk(`${layout}.vhd`)}` })
    expect(r.partitionTable?.partitions.filter(p => p.root).map(p => p.number)).toEqual([part])
    expect(r.stats.bytesRead).toBeLessThan(16 * 1024 * 1024)
  })

  test('check --vhd os= gives the same Linux verdicts as check --facts on the probe output', async () => {
    const lnx = async (args: string[]): Promise<Array<{ rule: string; status: string }>> =>
      (await checkFindings(args))
        .filter(f => f.rule.startsWith('AZMP-LNX-'))
        .map(f => ({ rule: f.rule, status: f.status }))
    const factsFile = path.join(work, 'probe.json')
    fs.writeFileSync(factsFile, JSON.stringify(await probeRoot(root)))
    const fromDisk = await lnx(['--vhd', `os=${disk('gpt.vhd')}`])
    expect(fromDisk.length).toBeGreaterThan(20)
    expect(fromDisk.filter(f => f.status !== 'unknown').length).toBeGreaterThan(10)
    expect(fromDisk).toEqual(await lnx(['--facts', factsFile]))
  })

  test('symlinks to host files (absolute and ../ chains) never reach the host', async () => {
    const marker = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-host-'))
    fs.writeFileSync(path.join(marker, 'sshd_config'), 'ClientAliveInterval 4242\n')
    const r = withRoot(d => {
      fs.rmSync(path.join(d, 'etc/ssh/sshd_config'), { force: true })
      fs.rmSync(path.join(d, 'etc/ssh/sshd_config.d'), { recursive: true, force: true })
      fs.symlinkSync(path.join(marker, 'sshd_config'), path.join(d, 'etc/ssh/sshd_config'))
      fs.symlinkSync(`../../../../../../../..${marker}/sshd_config`, path.join(d, 'etc/escape'))
      fs.symlinkSync('chain2', path.join(d, 'etc/chain1'))
      fs.symlinkSync('chain1', path.join(d, 'etc/chain2'))
    })
    makeDisk(r, disk('escape.vhd'), 'gpt')
    const got = await readLinuxFromDisk(disk('escape.vhd'), { via: 'vhd' })
    expect(got.facts).toBeDefined()
    expect(JSON.stringify(got.facts)).not.toContain('4242')
    fs.rmSync(marker, { recursive: true, force: true })
    fs.rmSync(r, { recursive: true, force: true })
  })

  test('safeTarget keeps links inside the root', () => {
    expect(safeTarget('/etc/a', '/tmp/x')).toBe('../tmp/x')
    expect(safeTarget('/etc/ssh/a', '../../../../../x')).toBe('../../x')
    expect(safeTarget('/bin', 'usr/bin')).toBe('usr/bin')
    expect(safeTarget('/a', '/dev/null')).toBe('/dev/null')
    expect(wantsContent('/etc/passwd')).toBe('all')
    expect(wantsContent('/usr/share/doc/x')).toBe('none')
    expect(wantsContent('/bin/sh')).toBe('header')
  })

  const unreadable = async (file: string, what: RegExp): Promise<void> => {
    const t0 = Date.now()
    const r = await readLinuxFromDisk(file, { via: 'vhd' })
    expect(r.facts).toBeUndefined()
    expect(r.notes.join('\n')).toMatch(what)
    expect(r.notes.join('\n')).toMatch(/Linux facts not read from the disk/)
    expect(Date.now() - t0).toBeLessThan(20_000)
  }

  test('a partition past the end of the disk', async () => {
    fs.copyFileSync(disk('mbr.vhd'), disk('past.vhd'))
    const b = Buffer.alloc(4)
    b.writeUInt32LE(0x7fffffff)
    patch(disk('past.vhd'), 446 + 12, b)
    await unreadable(disk('past.vhd'), /partition 1 lies outside the disk/)
  })

  test('overlapping partitions', async () => {
    fs.copyFileSync(disk('mbr.vhd'), disk('overlap.vhd'))
    const e = Buffer.alloc(16)
    e[4] = 0x83
    e.writeUInt32LE(4096, 8)
    e.writeUInt32LE(4096, 12)
    patch(disk('overlap.vhd'), 446 + 16, e)
    await unreadable(disk('overlap.vhd'), /partitions 1 and 2 overlap/)
  })

  test('a damaged primary GPT falls back to the backup; both damaged is unreadable', async () => {
    fs.copyFileSync(disk('gpt.vhd'), disk('gpt-bad.vhd'))
    patch(disk('gpt-bad.vhd'), 512 + 24, Buffer.from('x'))
    const r = await readLinuxFromDisk(disk('gpt-bad.vhd'), { via: 'vhd' })
    expect(r.facts).toBeDefined()
    expect(r.notes.join('\n')).toMatch(/backup GPT was used/)
    const size = fs.statSync(disk('gpt-bad.vhd')).size - 512
    patch(disk('gpt-bad.vhd'), size - 512 + 24, Buffer.from('x'))
    await unreadable(disk('gpt-bad.vhd'), /GPT unreadable/)
  })

  test('a corrupt superblock', async () => {
    fs.copyFileSync(disk('mbr.vhd'), disk('sb.vhd'))
    patch(disk('sb.vhd'), 2048 * 512 + 1024 + 0x18, Buffer.from([40, 0, 0, 0]))
    await unreadable(disk('sb.vhd'), /block size/)
    patch(disk('sb.vhd'), 2048 * 512 + 1024 + 0x18, Buffer.from([2, 0, 0, 0]))
    patch(disk('sb.vhd'), 2048 * 512 + 1024 + 0x28, Buffer.from([0, 0, 0, 0]))
    await unreadable(disk('sb.vhd'), /corrupt ext superblock/)
  })

  test('XFS, btrfs and LVM roots are named, never read as a pass', async () => {
    fs.copyFileSync(disk('mbr.vhd'), disk('xfs.vhd'))
    patch(disk('xfs.vhd'), 2048 * 512, Buffer.from('XFSB'))
    patch(disk('xfs.vhd'), 2048 * 512 + 1024 + 0x38, Buffer.from([0, 0]))
    await unreadable(disk('xfs.vhd'), /partition 1 is xfs/)
    // The partition table is still read, and says what the root partition carries.
    const xfs = await readLinuxFromDisk(disk('xfs.vhd'), { via: 'vhd' })
    expect(xfs.partitionTable?.partitions.map(p => [p.number, p.fs, p.root])).toEqual([[1, 'xfs', false]])
    fs.copyFileSync(disk('mbr.vhd'), disk('btrfs.vhd'))
    patch(disk('btrfs.vhd'), 2048 * 512 + 0x10040, Buffer.from('_BHRfS_M'))
    patch(disk('btrfs.vhd'), 2048 * 512 + 1024 + 0x38, Buffer.from([0, 0]))
    await unreadable(disk('btrfs.vhd'), /partition 1 is btrfs/)
    const r = withRoot(d =>
      fs.writeFileSync(path.join(d, 'etc/fstab'), '/dev/mapper/vg0-root / ext4 defaults 0 1\n')
    )
    makeDisk(r, disk('lvm.vhd'), 'mbr')
    await unreadable(disk('lvm.vhd'), /LVM or device-mapper \(\/dev\/mapper\/vg0-root\)/)
    fs.rmSync(r, { recursive: true, force: true })
  })

  test('a dynamic VHD is named', async () => {
    const raw = disk('dyn.raw')
    const q = spawnSync('qemu-img', ['convert', '-f', 'vpc', '-O', 'raw', disk('mbr.vhd'), raw])
    expect(q.status).toBe(0)
    const c = spawnSync('qemu-img', [
      'convert',
      '-f',
      'raw',
      '-O',
      'vpc',
      '-o',
      'subformat=dynamic',
      raw,
      disk('dyn.vhd')
    ])
    expect(c.status).toBe(0)
    await unreadable(disk('dyn.vhd'), /dynamic VHD/)
  })

  test('a directory loop, a 2^40-byte /etc/passwd and history file: bounded, no accounts guessed', async () => {
    const cmds = path.join(work, 'debugfs.cmds')
    fs.writeFileSync(
      cmds,
      [
        'link /etc /etc/loop',
        'sif /etc/passwd size 0x10000000000',
        'write /dev/null /root/.bash_history',
        'sif /root/.bash_history size 0x10000000000',
        ''
      ].join('\n')
    )
    const r0 = withRoot(() => undefined)
    const m = spawnSync(
      'bash',
      [path.join(REPO, 'scripts/make-disk.sh'), r0, disk('loop.vhd'), 'mbr', '512', '300'],
      {
        env: { ...process.env, MAKE_DISK_DEBUGFS: cmds },
        encoding: 'utf8'
      }
    )
    expect(m.stderr).toBe('')
    const t0 = Date.now()
    const r = await readLinuxFromDisk(disk('loop.vhd'), { via: 'vhd' })
    expect(Date.now() - t0).toBeLessThan(30_000)
    expect(r.notes.join('\n')).toMatch(/loop were cut/)
    expect(r.notes.join('\n')).toMatch(/not copied; the probe sees them as unreadable/)
    expect(r.stats.bytesRead).toBeLessThan(32 * 1024 * 1024)
    const linux = (r.facts?.linux ?? {}) as Record<string, Record<string, unknown>>
    expect(JSON.stringify(linux.accounts ?? {})).not.toMatch(/"users":\[\]/)
    expect(JSON.stringify(linux.probe?.unreadable)).toContain('/etc/passwd')
    fs.rmSync(r0, { recursive: true, force: true })
  })

  test('the read budget is enforced', async () => {
    const r = await readLinuxFromDisk(disk('gpt.vhd'), { via: 'vhd', budget: { maxBytes: 64 * 1024 } })
    expect(r.facts).toBeUndefined()
    expect(r.notes.join('\n')).toMatch(/read budget/)
  })
})

// The Debian test roots' disks made by scripts/make-vhds.sh (CI builds the roots, then the disks).
const vhdDir = process.env.VMIP_VHD_DIR ?? path.join(REPO, '.cache/vhds')
const rootsDir = process.env.VMIP_ROOTS_DIR ?? path.join(REPO, '.cache/roots')
const haveDebian =
  run &&
  requireReal(
    'Debian test root and its disks (scripts/make-debian-roots.sh, then scripts/make-vhds.sh)',
    fs.existsSync(path.join(rootsDir, 'base/etc')) && fs.existsSync(path.join(vhdDir, 'debian-gpt.vhd'))
  )
;(haveDebian ? describe : describe.skip)('the Debian test root', () => {
  test.each(['gpt', 'mbr'])('debian-%s.vhd gives the facts of probe.sh --root on base', async layout => {
    const r = await readLinuxFromDisk(path.join(vhdDir, `debian-${layout}.vhd`), { via: 'vhd' })
    expect(comparable(r.facts ?? {})).toEqual(await probeRoot(path.join(rootsDir, 'base')))
    expect(r.stats.bytesRead).toBeLessThan(64 * 1024 * 1024)
    expect(r.stats.reads).toBeLessThan(2000)
  })
})
