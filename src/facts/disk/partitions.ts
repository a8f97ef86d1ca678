/**
 * MBR and GPT partition tables (GPT: header and entry CRCs checked, the backup GPT used when the primary is
 * damaged). Problems that make the table untrustworthy (a partition past the end of the disk, overlapping
 * partitions, both GPT copies bad) are returned as `error`; callers then leave the Linux facts unknown.
 */
import { crc32 } from 'node:zlib'
import { DiskError, type CachedDisk } from './source.js'

export type PartitionKind =
  | 'linux'
  | 'linux-root'
  | 'linux-boot'
  | 'swap'
  | 'lvm'
  | 'raid'
  | 'efi'
  | 'bios-boot'
  | 'microsoft'
  | 'extended'
  | 'other'

export interface Partition {
  /** 1-based number as Linux names it (sda1...; logical MBR partitions from 5). */
  number: number
  start: number
  size: number
  kind: PartitionKind
  /** MBR type byte as hex ("83") or GPT type GUID (lower case). */
  type: string
  /** GPT unique partition GUID (PARTUUID), lower case; MBR: "<disk signature>-<NN>". */
  partuuid?: string
  /** GPT partition name (PARTLABEL). */
  name?: string
}

export interface PartitionTable {
  scheme: 'gpt' | 'mbr' | 'none'
  partitions: Partition[]
  notes: string[]
  error?: string
  /** GPT: the primary copy was damaged and the backup GPT (at the end of the disk) was read. */
  backupUsed?: boolean
}

const SECTOR = 512

const GPT_KINDS: Record<string, PartitionKind> = {
  '0fc63daf-8483-4772-8e79-3d69d8477de4': 'linux',
  '4f68bce3-e8cd-4db1-96e7-fbcaf984b709': 'linux-root',
  'b921b045-1df0-41c3-af44-4c6f280d3fae': 'linux-root',
  '44479540-f297-41b2-9af7-d131d5f0458a': 'linux-root',
  'bc13c2ff-59e6-4262-a352-b275fd6f7172': 'linux-boot',
  '0657fd6d-a4ab-43c4-84e5-0933c84b4f4f': 'swap',
  'e6d6d379-f507-44c2-a23c-238f2a3df928': 'lvm',
  'a19d880f-05fc-4d3b-a006-743f0f84911e': 'raid',
  'c12a7328-f81f-11d2-ba4b-00a0c93ec93b': 'efi',
  '21686148-6449-6e6f-744e-656564454649': 'bios-boot',
  'ebd0a0a2-b9e5-4433-87c0-68b6b72699c7': 'microsoft',
  'e3c9e316-0b5c-4db8-817d-f92df00215ae': 'microsoft'
}

const MBR_KINDS: Record<number, PartitionKind> = {
  0x83: 'linux',
  0x82: 'swap',
  0x8e: 'lvm',
  0xfd: 'raid',
  0xef: 'efi',
  0x07: 'microsoft',
  0x05: 'extended',
  0x0f: 'extended',
  0x85: 'extended'
}

export function guid(b: Buffer, o: number): string {
  const h = (s: number, e: number, rev: boolean): string => {
    const part = Buffer.from(b.subarray(o + s, o + e))
    return (rev ? part.reverse() : part).toString('hex')
  }
  return `${h(0, 4, true)}-${h(4, 6, true)}-${h(6, 8, true)}-${h(8, 10, false)}-${h(10, 16, false)}`
}

async function readGpt(disk: CachedDisk, lba: number): Promise<{ parts: Partition[] } | { bad: string }> {
  const sectors = Math.floor(disk.size / SECTOR)
  if (lba <= 0 || lba >= sectors) return { bad: 'header outside the disk' }
  const hdr = await disk.read(lba * SECTOR, SECTOR)
  if (hdr.toString('latin1', 0, 8) !== 'EFI PART') return { bad: 'no GPT signature' }
  const hsize = hdr.readUInt32LE(12)
  if (hsize < 92 || hsize > SECTOR) return { bad: `header size ${hsize}` }
  const h = Buffer.from(hdr.subarray(0, hsize))
  const want = h.readUInt32LE(16)
  h.writeUInt32LE(0, 16)
  if (crc32(h) !== want) return { bad: 'header CRC mismatch' }
  const entriesLba = Number(hdr.readBigUInt64LE(72))
  const count = hdr.readUInt32LE(80)
  const esize = hdr.readUInt32LE(84)
  if (esize < 128 || esize > 4096 || esize % 8 !== 0 || count > 1024)
    return { bad: `entry table ${count} x ${esize}` }
  if (entriesLba <= 0 || entriesLba + Math.ceil((count * esize) / SECTOR) > sectors)
    return { bad: 'entry table outside the disk' }
  const table = await disk.read(entriesLba * SECTOR, count * esize)
  if (crc32(table) !== hdr.readUInt32LE(88)) return { bad: 'entry table CRC mismatch' }
  const parts: Partition[] = []
  for (let i = 0; i < count; i++) {
    const o = i * esize
    const type = guid(table, o)
    if (type === '00000000-0000-0000-0000-000000000000') continue
    const first = Number(table.readBigUInt64LE(o + 32))
    const last = Number(table.readBigUInt64LE(o + 40))
    const name = table
      .toString('utf16le', o + 56, o + 128)
      .replace(/\0.*$/s, '')
      .replace(/[^\x20-\x7e]/g, '?')
    parts.push({
      number: i + 1,
      start: first * SECTOR,
      size: last >= first ? (last - first + 1) * SECTOR : -1,
      kind: GPT_KINDS[type] ?? 'other',
      type,
      partuuid: guid(table, o + 16),
      ...(name ? { name } : {})
    })
  }
  return { parts }
}

export async function readPartitions(disk: CachedDisk): Promise<PartitionTable> {
  const notes: string[] = []
  if (disk.size < 2 * SECTOR) return { scheme: 'none', partitions: [], notes, error: 'the disk is too small' }
  const mbr = await disk.read(0, SECTOR)
  if (mbr.readUInt16LE(510) !== 0xaa55)
    return { scheme: 'none', partitions: [], notes, error: 'no partition table (no MBR boot signature)' }
  const prim = [0, 1, 2, 3].map(i => {
    const o = 446 + i * 16
    return { type: mbr[o + 4] as number, start: mbr.readUInt32LE(o + 8), count: mbr.readUInt32LE(o + 12) }
  })
  let scheme: 'gpt' | 'mbr' = 'mbr'
  let parts: Partition[] = []
  let backupUsed = false
  if (prim.some(p => p.type === 0xee)) {
    scheme = 'gpt'
    const primary = await readGpt(disk, 1)
    let got = primary
    if ('bad' in primary) {
      const backup = await readGpt(disk, Math.floor(disk.size / SECTOR) - 1)
      if ('bad' in backup)
        return {
          scheme,
          partitions: [],
          notes,
          error: `GPT unreadable: primary ${primary.bad}, backup ${backup.bad}`
        }
      notes.push(`the primary GPT is damaged (${primary.bad}); the backup GPT was used`)
      got = backup
      backupUsed = true
    }
    parts = (got as { parts: Partition[] }).parts
  } else {
    const sig = mbr.readUInt32LE(440).toString(16).padStart(8, '0')
    prim.forEach((p, i) => {
      if (p.type === 0 || p.count === 0) return
      parts.push({
        number: i + 1,
        start: p.start * SECTOR,
        size: p.count * SECTOR,
        kind: MBR_KINDS[p.type] ?? 'other',
        type: p.type.toString(16).padStart(2, '0'),
        partuuid: `${sig}-${String(i + 1).padStart(2, '0')}`
      })
    })
    const ext = parts.find(p => p.kind === 'extended')
    if (ext) {
      // Logical partitions: a chain of EBRs, each relative to the extended partition's start.
      let next = ext.start
      let n = 5
      const seen = new Set<number>()
      while (next > 0 && n < 5 + 128) {
        if (seen.has(next) || next + SECTOR > disk.size) {
          notes.push('the chain of logical partitions loops or leaves the disk; it was cut')
          break
        }
        seen.add(next)
        const ebr = await disk.read(next, SECTOR)
        if (ebr.readUInt16LE(510) !== 0xaa55) break
        const t = ebr[446 + 4] as number
        const s = ebr.readUInt32LE(446 + 8)
        const c = ebr.readUInt32LE(446 + 12)
        if (t !== 0 && c > 0)
          parts.push({
            number: n,
            start: next + s * SECTOR,
            size: c * SECTOR,
            kind: MBR_KINDS[t] ?? 'other',
            type: t.toString(16).padStart(2, '0'),
            partuuid: `${sig}-${String(n).padStart(2, '0')}`
          })
        n++
        const link = ebr.readUInt32LE(446 + 16 + 8)
        next = link ? ext.start + link * SECTOR : 0
      }
    }
  }
  for (const p of parts) {
    if (p.size <= 0 || p.start <= 0 || p.start + p.size > disk.size)
      return {
        scheme,
        partitions: parts,
        notes,
        error: `partition ${p.number} lies outside the disk (starts at byte ${p.start}, ${p.size} bytes; the disk has ${disk.size})`
      }
  }
  const real = parts.filter(p => p.kind !== 'extended').sort((a, b) => a.start - b.start)
  for (let i = 1; i < real.length; i++) {
    const a = real[i - 1] as Partition
    const b = real[i] as Partition
    if (b.start < a.start + a.size)
      return { scheme, partitions: parts, notes, error: `partitions ${a.number} and ${b.number} overlap` }
  }
  return { scheme, partitions: parts, notes, ...(backupUsed ? { backupUsed } : {}) }
}

export { DiskError }
