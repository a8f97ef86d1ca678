/**
 * A small read-only ext2/3/4 reader: superblock, group descriptors (32- and 64-bit), inodes, extent trees
 * and classic block maps, directories read linearly (hashed-tree directories included: their index blocks
 * look like empty entries), fast and slow symlinks. Every on-disk number is bounds-checked; trees are limited
 * in depth and size. What it does not support (meta_bg, encryption, casefold, inline data past the inode)
 * is refused with a DiskError naming it, never guessed.
 */
import { DiskError, type CachedDisk } from './source.js'

export interface Inode {
  ino: number
  mode: number
  uid: number
  gid: number
  size: number
  flags: number
  links: number
  block: Buffer
}

export interface DirEntry {
  name: string
  ino: number
}

export interface Extent {
  /** Logical block. */
  lblk: number
  /** Physical block. */
  pblk: number
  len: number
}

export const S_IFMT = 0o170000
export const S_IFDIR = 0o040000
export const S_IFREG = 0o100000
export const S_IFLNK = 0o120000

const EXTENTS_FL = 0x80000
const INLINE_DATA_FL = 0x10000000
const ENCRYPT_FL = 0x800
const INCOMPAT_META_BG = 0x10
const INCOMPAT_64BIT = 0x80
const INCOMPAT_ENCRYPT = 0x10000
const INCOMPAT_CASEFOLD = 0x20000
const INCOMPAT_KNOWN =
  0x2 | 0x4 | 0x8 | 0x40 | INCOMPAT_64BIT | 0x200 | 0x400 | 0x8000 | INCOMPAT_META_BG | 0x1000 | 0x2000
const MAX_EXTENTS = 100_000

export interface Superblock {
  blockSize: number
  blocks: number
  inodes: number
  inodesPerGroup: number
  blocksPerGroup: number
  firstDataBlock: number
  inodeSize: number
  descSize: number
  incompat: number
  uuid: string
  label: string
  needsRecovery: boolean
}

function fmtUuid(b: Buffer): string {
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

/** Parses an ext superblock (1024 bytes from byte 1024 of the filesystem); undefined when the magic is absent. */
export function parseSuperblock(sb: Buffer, fsSize: number): Superblock | undefined {
  if (sb.readUInt16LE(0x38) !== 0xef53) return undefined
  const log = sb.readUInt32LE(0x18)
  if (log > 6) throw new DiskError(`ext superblock: block size 2^${10 + log} is not valid`)
  const blockSize = 1024 << log
  const incompat = sb.readUInt32LE(0x60)
  const is64 = (incompat & INCOMPAT_64BIT) !== 0
  const blocks = sb.readUInt32LE(0x4) + (is64 ? sb.readUInt32LE(0x150) * 2 ** 32 : 0)
  const rev = sb.readUInt32LE(0x4c)
  const inodeSize = rev >= 1 ? sb.readUInt16LE(0x58) : 128
  const descSize = is64 ? sb.readUInt16LE(0xfe) : 32
  const s: Superblock = {
    blockSize,
    blocks,
    inodes: sb.readUInt32LE(0),
    inodesPerGroup: sb.readUInt32LE(0x28),
    blocksPerGroup: sb.readUInt32LE(0x20),
    firstDataBlock: sb.readUInt32LE(0x14),
    inodeSize,
    descSize,
    incompat,
    uuid: fmtUuid(sb.subarray(0x68, 0x78)),
    label: sb
      .toString('latin1', 0x78, 0x88)
      .replace(/\0.*$/s, '')
      .replace(/[^\x20-\x7e]/g, '?'),
    needsRecovery: (incompat & 0x4) !== 0
  }
  const bad = (why: string): never => {
    throw new DiskError(`corrupt ext superblock: ${why}`)
  }
  if (s.inodesPerGroup === 0 || s.blocksPerGroup === 0) bad('zero inodes or blocks per group')
  if (s.inodeSize < 128 || s.inodeSize > blockSize || (s.inodeSize & (s.inodeSize - 1)) !== 0)
    bad(`inode size ${s.inodeSize}`)
  if (is64 && (descSize < 32 || descSize > 1024 || (descSize & (descSize - 1)) !== 0))
    bad(`descriptor size ${descSize}`)
  if (s.blocks === 0 || s.blocks * blockSize > fsSize)
    bad(`${s.blocks} blocks of ${blockSize} bytes do not fit in the partition`)
  if (s.firstDataBlock !== (blockSize === 1024 ? 1 : 0)) bad(`first data block ${s.firstDataBlock}`)
  const groups = Math.ceil((s.blocks - s.firstDataBlock) / s.blocksPerGroup)
  if (s.inodes > groups * s.inodesPerGroup || s.inodes === 0) bad(`inode count ${s.inodes}`)
  if (incompat & INCOMPAT_ENCRYPT)
    throw new DiskError('the ext4 filesystem uses encryption, which is not read')
  if (incompat & INCOMPAT_CASEFOLD)
    throw new DiskError('the ext4 filesystem uses casefolding, which is not read')
  if (incompat & INCOMPAT_META_BG) throw new DiskError('the ext4 filesystem uses meta_bg, which is not read')
  if (incompat & ~INCOMPAT_KNOWN)
    throw new DiskError(
      `the ext4 filesystem has unknown incompatible features 0x${(incompat & ~INCOMPAT_KNOWN).toString(16)}`
    )
  return s
}

export class Ext4 {
  private readonly tables: number[]
  private readonly inodeCache = new Map<number, Inode>()

  private constructor(
    readonly disk: CachedDisk,
    /** Byte offset of the filesystem on the disk. */
    readonly base: number,
    readonly sb: Superblock,
    tables: number[]
  ) {
    this.tables = tables
  }

  static async open(disk: CachedDisk, base: number, size: number): Promise<Ext4> {
    const sb = parseSuperblock(await disk.read(base + 1024, 1024), size)
    if (!sb) throw new DiskError('no ext2/3/4 superblock')
    const groups = Math.ceil((sb.blocks - sb.firstDataBlock) / sb.blocksPerGroup)
    const gdtOff = (sb.firstDataBlock + 1) * sb.blockSize
    const gdt = await disk.read(base + gdtOff, groups * sb.descSize)
    const tables: number[] = []
    for (let g = 0; g < groups; g++) {
      const o = g * sb.descSize
      const lo = gdt.readUInt32LE(o + 8)
      const hi = sb.descSize >= 64 ? gdt.readUInt32LE(o + 0x28) : 0
      const t = lo + hi * 2 ** 32
      if (t >= sb.blocks) throw new DiskError(`corrupt ext group descriptor ${g}: inode table past the end`)
      tables.push(t)
    }
    return new Ext4(disk, base, sb, tables)
  }

  private inodeOffset(ino: number): number {
    if (!Number.isInteger(ino) || ino < 1 || ino > this.sb.inodes)
      throw new DiskError(`inode ${ino} out of range`)
    const g = Math.floor((ino - 1) / this.sb.inodesPerGroup)
    const idx = (ino - 1) % this.sb.inodesPerGroup
    return this.base + (this.tables[g] as number) * this.sb.blockSize + idx * this.sb.inodeSize
  }

  /** Loads many inodes' bytes in a few merged reads. */
  async prefetchInodes(inos: number[]): Promise<void> {
    await this.disk.prefetch(inos.filter(i => !this.inodeCache.has(i)).map(i => [this.inodeOffset(i), 128]))
  }

  async inode(ino: number): Promise<Inode> {
    const hit = this.inodeCache.get(ino)
    if (hit) return hit
    const b = await this.disk.view(this.inodeOffset(ino), 128)
    const node: Inode = {
      ino,
      mode: b.readUInt16LE(0),
      uid: b.readUInt16LE(2) + b.readUInt16LE(0x78) * 65536,
      gid: b.readUInt16LE(0x18) + b.readUInt16LE(0x7a) * 65536,
      size: b.readUInt32LE(4) + b.readUInt32LE(0x6c) * 2 ** 32,
      links: b.readUInt16LE(0x1a),
      flags: b.readUInt32LE(0x20),
      // A view of the cached page (the cache lives as long as this reader).
      block: b.subarray(0x28, 0x28 + 60)
    }
    if (this.inodeCache.size < 200_000) this.inodeCache.set(ino, node)
    return node
  }

  private checkBlock(b: number, len = 1): void {
    if (b < 0 || b + len > this.sb.blocks)
      throw new DiskError(`corrupt ext4: block ${b} (+${len}) past the end of the filesystem`)
  }

  /** The mapped blocks of an inode (holes are absent), limited to logical blocks below `maxLblk`. */
  async extents(node: Inode, maxLblk = Infinity): Promise<Extent[]> {
    if (node.flags & ENCRYPT_FL) throw new DiskError(`inode ${node.ino} is encrypted`)
    if (node.flags & INLINE_DATA_FL) return []
    const out: Extent[] = []
    if (node.flags & EXTENTS_FL) {
      const walk = async (buf: Buffer, depth: number): Promise<void> => {
        if (buf.readUInt16LE(0) !== 0xf30a)
          throw new DiskError(`corrupt ext4: bad extent header in inode ${node.ino}`)
        const entries = buf.readUInt16LE(2)
        const d = buf.readUInt16LE(6)
        if (d !== depth || depth > 5)
          throw new DiskError(`corrupt ext4: extent tree depth in inode ${node.ino}`)
        if (12 + entries * 12 > buf.length)
          throw new DiskError(`corrupt ext4: extent count in inode ${node.ino}`)
        for (let i = 0; i < entries; i++) {
          const o = 12 + i * 12
          const lblk = buf.readUInt32LE(o)
          if (lblk >= maxLblk) break
          if (d === 0) {
            let len = buf.readUInt16LE(o + 4)
            const uninit = len > 32768
            if (uninit) len -= 32768
            const pblk = buf.readUInt16LE(o + 6) * 2 ** 32 + buf.readUInt32LE(o + 8)
            this.checkBlock(pblk, len)
            if (!uninit) out.push({ lblk, pblk, len })
            if (out.length > MAX_EXTENTS) throw new DiskError(`inode ${node.ino} has too many extents`)
          } else {
            const leaf = buf.readUInt32LE(o + 4) + buf.readUInt16LE(o + 8) * 2 ** 32
            this.checkBlock(leaf)
            await walk(
              await this.disk.read(this.base + leaf * this.sb.blockSize, this.sb.blockSize),
              depth - 1
            )
          }
        }
      }
      await walk(node.block, node.block.readUInt16LE(6))
      return out
    }
    // Classic block map: 12 direct blocks, then single, double and triple indirect blocks.
    const per = this.sb.blockSize / 4
    let lblk = 0
    const add = (p: number): void => {
      if (p !== 0) {
        this.checkBlock(p)
        const last = out[out.length - 1]
        if (last && last.pblk + last.len === p && last.lblk + last.len === lblk) last.len++
        else out.push({ lblk, pblk: p, len: 1 })
        if (out.length > MAX_EXTENTS) throw new DiskError(`inode ${node.ino} has too many blocks`)
      }
      lblk++
    }
    const indirect = async (p: number, level: number): Promise<void> => {
      if (p === 0) {
        lblk += per ** level
        return
      }
      this.checkBlock(p)
      const b = await this.disk.read(this.base + p * this.sb.blockSize, this.sb.blockSize)
      for (let i = 0; i < per && lblk < maxLblk; i++) {
        const q = b.readUInt32LE(i * 4)
        if (level === 1) add(q)
        else await indirect(q, level - 1)
      }
    }
    for (let i = 0; i < 12 && lblk < maxLblk; i++) add(node.block.readUInt32LE(i * 4))
    for (let l = 1; l <= 3 && lblk < maxLblk; l++) await indirect(node.block.readUInt32LE((11 + l) * 4), l)
    return out
  }

  /** Byte ranges (on the disk) holding the first `max` bytes of an inode's data, for prefetching. */
  async dataRanges(node: Inode, max: number): Promise<Array<[number, number]>> {
    const bs = this.sb.blockSize
    const limit = Math.min(node.size, max)
    const ext = await this.extents(node, Math.ceil(limit / bs))
    return ext.map(e => [this.base + e.pblk * bs, Math.min(e.len, Math.ceil(limit / bs) - e.lblk) * bs])
  }

  /** The first `max` bytes of an inode's data (holes read as zeros); may be a view of the cache: do not modify. */
  async data(node: Inode, max = Infinity): Promise<Buffer> {
    const bs = this.sb.blockSize
    const limit = Math.min(node.size, max)
    if (node.flags & INLINE_DATA_FL) {
      if (node.size > 60)
        throw new DiskError(`inode ${node.ino} keeps data inline past the inode, which is not read`)
      return Buffer.from(node.block.subarray(0, limit))
    }
    const blocks = Math.ceil(limit / bs)
    const ext = await this.extents(node, blocks)
    await this.disk.prefetch(ext.map(e => [this.base + e.pblk * bs, Math.min(e.len, blocks - e.lblk) * bs]))
    const only = ext[0]
    // One extent from the first block holding it all (most small files): a view of the cache, no copy.
    if (ext.length === 1 && only && only.lblk === 0 && only.len * bs >= limit)
      return this.disk.view(this.base + only.pblk * bs, limit)
    const out = Buffer.alloc(limit)
    for (const e of ext) {
      const from = e.lblk * bs
      if (from >= limit) continue
      const n = Math.min(e.len * bs, limit - from)
      const b = await this.disk.view(this.base + e.pblk * bs, n)
      b.copy(out, from)
    }
    return out
  }

  /** Directory entries, "." and ".." left out. */
  parseDir(buf: Buffer, ino: number): DirEntry[] {
    const out: DirEntry[] = []
    const bs = this.sb.blockSize
    for (let blk = 0; blk * bs < buf.length; blk++) {
      let o = blk * bs
      const end = Math.min(o + bs, buf.length)
      while (o + 8 <= end) {
        const child = buf.readUInt32LE(o)
        const rec = buf.readUInt16LE(o + 4)
        const nlen = buf[o + 6] as number
        if (rec < 8 || o + rec > end || 8 + nlen > rec)
          throw new DiskError(`corrupt ext4: bad directory entry in inode ${ino}`)
        if (child !== 0 && nlen > 0) {
          const name = buf.toString('latin1', o + 8, o + 8 + nlen)
          if (name !== '.' && name !== '..') out.push({ name, ino: child })
        }
        o += rec
      }
    }
    return out
  }

  async readlink(node: Inode): Promise<string> {
    if (node.size > 4096) throw new DiskError(`symlink inode ${node.ino} is ${node.size} bytes long`)
    if (!(node.flags & EXTENTS_FL) && !(node.flags & INLINE_DATA_FL) && node.size < 60)
      return node.block.toString('latin1', 0, node.size)
    return (await this.data(node, node.size)).toString('latin1')
  }
}
