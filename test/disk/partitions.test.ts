/**
 * The OS disk's partition table as facts (disks.os.partition_table) and the verdicts of AZMP-LNX-008/009/010
 * on real disks: partitioned with sfdisk, ext4 written with mkfs.ext4 -d, a real swap signature from mkswap,
 * an LVM2 label where LVM puts it, converted to a fixed VHD with qemu-img.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readLinuxFromDisk } from '../../src/facts/disk/linux.js'
import { observedPartial } from '../../src/facts/disks.js'
import { validateFacts } from '../../src/facts/validate.js'
import { requireReal } from '../support/real.js'
import { checkFindings } from '../support/run-cli.js'
import { REPO, makeDisk, smallRoot, toolsAvailable } from './helpers.js'

const run = requireReal(
  'sfdisk, mkfs.ext4, mkswap, debugfs and qemu-img (fdisk, e2fsprogs, util-linux, qemu-utils)',
  toolsAvailable() && spawnSync('sh', ['-c', 'command -v mkswap']).status === 0
)
const maybe = run ? describe : describe.skip

const T = {
  biosBoot: '21686148-6449-6E6F-744E-656564454649',
  efi: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
  linux: '0FC63DAF-8483-4772-8E79-3D69D8477DE4',
  swap: '0657FD6D-A4AB-43C4-84E5-0933C84B4F4F'
}

/** What goes into a partition: an ext4 of the test root, a swap area, an LVM2 label, or nothing. */
type Fill = 'root' | 'swap' | 'lvm' | 'none'
interface Part {
  type: string
  mib: number
  fill: Fill
}

let work: string
let root: string
const disk = (name: string): string => path.join(work, name)

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`)
}

/** A fixed VHD with the given partitions, laid out from 1 MiB on, one after the other. */
function layout(name: string, label: 'gpt' | 'dos', parts: Part[]): string {
  const raw = disk(`${name}.raw`)
  const total = 2 + parts.reduce((n, p) => n + p.mib, 0)
  fs.writeFileSync(raw, '')
  fs.truncateSync(raw, total * 1024 * 1024)
  let start = 2048
  const placed = parts.map(p => {
    const at = start
    start += p.mib * 2048
    return { ...p, start: at }
  })
  const script = [
    `label: ${label}`,
    ...placed.map(p => `start=${p.start}, size=${p.mib * 2048}, type=${p.type}`)
  ].join('\n')
  const s = spawnSync('sfdisk', ['-q', raw], { input: script + '\n', encoding: 'utf8' })
  if (s.status !== 0) throw new Error(`sfdisk: ${s.stderr}`)
  for (const p of placed) {
    const offset = p.start * 512
    if (p.fill === 'root')
      sh('mkfs.ext4', ['-q', '-F', '-d', root, '-E', `offset=${offset}`, raw, `${p.mib * 1024}k`])
    else if (p.fill === 'swap') {
      const img = disk(`${name}.swap`)
      fs.writeFileSync(img, '')
      fs.truncateSync(img, p.mib * 1024 * 1024)
      sh('mkswap', ['-q', img])
      sh('dd', [`if=${img}`, `of=${raw}`, 'bs=1M', `seek=${p.start / 2048}`, 'conv=notrunc', 'status=none'])
      fs.rmSync(img)
    } else if (p.fill === 'lvm') {
      // pvcreate's label: "LABELONE" at the start of sector 1 of the physical volume.
      const fd = fs.openSync(raw, 'r+')
      fs.writeSync(fd, Buffer.from('LABELONE\u0001\u0000\u0000\u0000', 'latin1'), 0, 12, offset + 512)
      fs.closeSync(fd)
    }
  }
  const out = disk(`${name}.vhd`)
  sh('qemu-img', ['convert', '-q', '-f', 'raw', '-O', 'vpc', '-o', 'subformat=fixed,force_size=on', raw, out])
  fs.rmSync(raw)
  return out
}

const gen2 = (extra: Part[]): Part[] => [
  { type: T.biosBoot, mib: 1, fill: 'none' },
  { type: T.efi, mib: 8, fill: 'none' },
  { type: T.linux, mib: 64, fill: 'root' },
  ...extra
]

type Verdict = { status: string; messages: string[]; missing?: string[] }

/** Per rule: its status, the message of each finding (one per denial) and what it missed. */
async function verdicts(vhd: string): Promise<Record<string, Verdict>> {
  const all: Record<string, Verdict> = {}
  for (const f of await checkFindings(['--vhd', `os=${vhd}`])) {
    const v = (all[f.rule] ??= { status: f.status, messages: [] })
    v.messages.push(f.message)
    if (f.missing) v.missing = f.missing
  }
  return all
}

const status = (v: Record<string, Verdict>, ...rules: string[]): string[] =>
  rules.map(r => `${r} ${v[`AZMP-LNX-${r}`]?.status}`)

maybe('partition-table facts of the OS disk', () => {
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-parts-'))
    root = smallRoot()
  })
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
    fs.rmSync(root, { recursive: true, force: true })
  })

  test('a plain Gen2 disk: the table as facts, and LNX-008/009/010 pass as before', async () => {
    makeDisk(root, disk('plain-gpt.vhd'), 'gpt', 512, 300)
    const r = await readLinuxFromDisk(disk('plain-gpt.vhd'), { via: 'vhd' })
    expect(r.facts).toBeDefined()
    expect(r.notes).toEqual([])
    expect(r.partitionTable).toEqual({
      scheme: 'gpt',
      gpt_backup_used: false,
      partitions: [
        {
          number: 1,
          kind: 'bios-boot',
          type: '21686148-6449-6e6f-744e-656564454649',
          fs: 'unknown',
          size_bytes: 1048576,
          root: false
        },
        {
          number: 2,
          kind: 'efi',
          type: 'c12a7328-f81f-11d2-ba4b-00a0c93ec93b',
          fs: 'unknown',
          size_bytes: 100 * 1048576,
          root: false
        },
        {
          number: 3,
          kind: 'linux',
          type: '0fc63daf-8483-4772-8e79-3d69d8477de4',
          fs: 'ext',
          size_bytes: 300 * 1048576,
          holds_root: true,
          root: true
        }
      ]
    })
    expect(r.provenance['disks.os.partition_table']).toEqual({
      source: 'vhd',
      detail: `os disk ${disk('plain-gpt.vhd')}`
    })
    const v = await verdicts(disk('plain-gpt.vhd'))
    expect(status(v, '008', '009', '010')).toEqual(['008 pass', '009 pass', '010 pass'])
  })

  test('the merged document carries the table beside the footer facts, valid against the schema', async () => {
    const p = await observedPartial({ vhd: [`os=${disk('plain-gpt.vhd')}`] })
    const os = (p?.facts.disks as { os: Record<string, unknown> }).os
    expect(os.vhd).toBeDefined()
    expect(os.size_gb).toBeDefined()
    expect((os.partition_table as { scheme: string }).scheme).toBe('gpt')
    expect(p?.provenance['disks.os.partition_table']?.source).toBe('vhd')
    expect(p?.provenance['disks.os.vhd']?.source).toBe('vhd')
    expect(p?.facts.linux).toBeDefined()
    const doc = { schema_version: 1, ...p?.facts }
    expect(() => validateFacts(doc, 'the merged disks partial')).not.toThrow()
  })

  test('a plain Gen1 (MBR) disk passes as before', async () => {
    makeDisk(root, disk('plain-mbr.vhd'), 'mbr', 512, 300)
    const r = await readLinuxFromDisk(disk('plain-mbr.vhd'), { via: 'vhd' })
    expect(r.partitionTable?.scheme).toBe('mbr')
    expect(r.partitionTable?.partitions).toEqual([
      {
        number: 1,
        kind: 'linux',
        type: '83',
        fs: 'ext',
        size_bytes: 300 * 1048576,
        holds_root: true,
        root: true
      }
    ])
    const v = await verdicts(disk('plain-mbr.vhd'))
    expect(status(v, '008', '009', '010')).toEqual(['008 pass', '009 pass', '010 pass'])
  })

  test('GPT disk with a swap partition (type swap, mkswap): LNX-010 fails', async () => {
    const vhd = layout('swap', 'gpt', gen2([{ type: T.swap, mib: 4, fill: 'swap' }]))
    const r = await readLinuxFromDisk(vhd, { via: 'vhd' })
    expect(r.partitionTable?.partitions[3]).toMatchObject({ number: 4, kind: 'swap', fs: 'swap' })
    const v = await verdicts(vhd)
    expect(status(v, '008', '009', '010')).toEqual(['008 pass', '009 pass', '010 fail'])
    expect(v['AZMP-LNX-010']?.messages).toEqual([
      expect.stringMatching(
        /^swap partition 4 on the OS disk \(partition type 0657fd6d-a4ab-43c4-84e5-0933c84b4f4f and a swap signature\);.*ResourceDisk\.EnableSwap$/
      )
    ])
    expect(JSON.stringify(v['AZMP-LNX-010'])).not.toContain(work)
  })

  test('MBR disk with a type-8e partition: LNX-008 fails', async () => {
    const vhd = layout('lvm-mbr', 'dos', [
      { type: '83', mib: 64, fill: 'root' },
      { type: '8e', mib: 4, fill: 'none' }
    ])
    const v = await verdicts(vhd)
    expect(status(v, '008', '010')).toEqual(['008 fail', '010 pass'])
    expect(v['AZMP-LNX-008']?.messages).toEqual([
      expect.stringMatching(
        /^partition 2 of the OS disk is an LVM physical volume \(its partition type 8e is Linux LVM\)/
      )
    ])
  })

  test('GPT disk with a Linux-typed partition carrying an LVM2 label: LNX-008 fails', async () => {
    const vhd = layout('lvm-gpt', 'gpt', gen2([{ type: T.linux, mib: 4, fill: 'lvm' }]))
    const r = await readLinuxFromDisk(vhd, { via: 'vhd' })
    expect(r.partitionTable?.partitions[3]).toMatchObject({ number: 4, kind: 'linux', fs: 'lvm-pv' })
    const v = await verdicts(vhd)
    expect(status(v, '008', '009', '010')).toEqual(['008 fail', '009 pass', '010 pass'])
    expect(v['AZMP-LNX-008']?.messages).toEqual([
      expect.stringMatching(/^partition 4 of the OS disk is an LVM physical volume \(it carries an LVM2/)
    ])
  })

  test('two ext4 partitions each with /etc/fstab: LNX-009 fails', async () => {
    const vhd = layout('two-roots', 'gpt', gen2([{ type: T.linux, mib: 64, fill: 'root' }]))
    const r = await readLinuxFromDisk(vhd, { via: 'vhd' })
    expect(r.partitionTable?.partitions.filter(p => p.holds_root).map(p => p.number)).toEqual([3, 4])
    expect(r.partitionTable?.partitions.filter(p => p.root).map(p => p.number)).toEqual([3])
    expect(r.notes.join('\n')).toMatch(/2 ext filesystems with \/etc\/fstab \(partitions 3, 4\)/)
    const v = await verdicts(vhd)
    expect(status(v, '008', '009', '010')).toEqual(['008 pass', '009 fail', '010 pass'])
    expect(v['AZMP-LNX-009']?.messages).toEqual([
      expect.stringMatching(/^partitions 3, 4 of the OS disk each hold an OS root/)
    ])
  })

  test('an unknown-fs partition beside the root: LNX-009 unknown, never a pass', async () => {
    const vhd = layout('unknown', 'gpt', gen2([{ type: T.linux, mib: 4, fill: 'none' }]))
    const v = await verdicts(vhd)
    expect(status(v, '008', '009', '010')).toEqual(['008 pass', '009 unknown', '010 pass'])
    expect(v['AZMP-LNX-009']?.missing).toEqual(['disks.os.partition_table.partitions.3.holds_root'])
  })

  test('an XFS root carries the table: no Linux facts, and a swap partition still fails LNX-010', async () => {
    const raw = layout('xfs', 'gpt', gen2([{ type: T.swap, mib: 4, fill: 'swap' }]))
    // The root partition (3, at 10 MiB) made to look like XFS: its ext magic cleared, an XFS magic written.
    const start = (2048 + 2048 + 8 * 2048) * 512
    const fd = fs.openSync(raw, 'r+')
    fs.writeSync(fd, Buffer.from('XFSB'), 0, 4, start)
    fs.writeSync(fd, Buffer.from([0, 0]), 0, 2, start + 1024 + 0x38)
    fs.closeSync(fd)
    const r = await readLinuxFromDisk(raw, { via: 'vhd' })
    expect(r.facts).toBeUndefined()
    expect(r.notes.join('\n')).toMatch(/partition 3 is xfs/)
    expect(r.partitionTable?.partitions.map(p => `${p.number} ${p.fs} ${p.root}`)).toEqual([
      '1 unknown false',
      '2 unknown false',
      '3 xfs false',
      '4 swap false'
    ])
    const v = await verdicts(raw)
    expect(status(v, '008', '009', '010')).toEqual(['008 unknown', '009 unknown', '010 fail'])
  })

  test('an untrustworthy table gives no table facts', async () => {
    fs.copyFileSync(disk('plain-mbr.vhd'), disk('past.vhd'))
    const b = Buffer.alloc(4)
    b.writeUInt32LE(0x7fffffff)
    const fd = fs.openSync(disk('past.vhd'), 'r+')
    fs.writeSync(fd, b, 0, 4, 446 + 12)
    fs.closeSync(fd)
    const r = await readLinuxFromDisk(disk('past.vhd'), { via: 'vhd' })
    expect(r.partitionTable).toBeUndefined()
    expect(r.provenance).toEqual({})
    expect(r.notes.join('\n')).toMatch(/partition 1 lies outside the disk/)
  })
})

// The Debian test root's disks made by scripts/make-vhds.sh: no false failure on the plain layouts.
const vhdDir = process.env.VMIP_VHD_DIR ?? path.join(REPO, '.cache/vhds')
const haveDebian =
  run &&
  requireReal(
    'the Debian test disks (scripts/make-vhds.sh)',
    fs.existsSync(path.join(vhdDir, 'debian-gpt.vhd')) && fs.existsSync(path.join(vhdDir, 'debian-mbr.vhd'))
  )
;(haveDebian ? describe : describe.skip)('partition-table facts of the Debian test disks', () => {
  test.each(['gpt', 'mbr'])('debian-%s.vhd: one OS root, LNX-008/009/010 as from the probe', async layout => {
    const vhd = path.join(vhdDir, `debian-${layout}.vhd`)
    const r = await readLinuxFromDisk(vhd, { via: 'vhd' })
    const parts = r.partitionTable?.partitions ?? []
    expect(r.partitionTable?.scheme).toBe(layout)
    expect(parts.filter(p => p.holds_root).length).toBe(1)
    expect(parts.filter(p => p.root)).toEqual(parts.filter(p => p.holds_root))
    expect(parts.filter(p => p.fs === 'swap' || p.kind === 'swap' || p.kind === 'lvm')).toEqual([])
    const v = await verdicts(vhd)
    for (const rule of ['008', '009', '010'])
      expect(v[`AZMP-LNX-${rule}`]?.status).not.toMatch(/fail|unknown/)
  })
})
