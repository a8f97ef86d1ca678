/**
 * Linux facts read from the OS disk itself (a fixed VHD file, or a blob read with range requests): the
 * partition table, the root ext4 filesystem (found the way the image's /etc/fstab names it), and then the
 * REAL probe (probes/linux/probe.sh --root) run on a temporary read-only skeleton of that root: every
 * directory, symlink (rewritten to stay inside), owner, mode and true size (sparse files), with the bytes of
 * the files the probe reads. One probe logic: the facts are the probe's, only the provenance says "vhd".
 *
 * Never throws: an unreadable table or filesystem, an unsupported layout (XFS, btrfs, LVM, dynamic VHD) or a
 * hostile disk gives no Linux facts and a note naming why, so the Linux rules stay unknown.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { probeLocal } from '../../probe/run.js'
import { inert } from '../../text.js'
import type { Location } from '../../types.js'
import { Ext4, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, parseSuperblock, type Inode } from './ext4.js'
import { readPartitions, type Partition, type PartitionKind } from './partitions.js'
import {
  CachedDisk,
  DEFAULT_BUDGET,
  DiskError,
  openFileSource,
  openUrlSource,
  type Budget,
  type ByteSource
} from './source.js'

export interface DiskLinuxResult {
  /** The probe's document (stage, os, linux, ...) without its provenance; absent when nothing was read. */
  facts?: Record<string, unknown>
  provenance: Record<string, Location>
  /**
   * The OS disk's partition table (facts `disks.<disk>.partition_table`, provenance under that key), whenever
   * the table itself was read and is trustworthy, even when no root filesystem could be read.
   */
  partitionTable?: PartitionTableFacts
  notes: string[]
  /** passes: how many times the probe ran on the skeleton (one unless it read files held without bytes). */
  stats: { bytesRead: number; reads: number; entries: number; ms: number; passes: number }
}

export interface DiskLinuxOptions {
  /** Provenance source: "vhd" (a file) or "sas" (the blob behind a SAS URI). */
  via: 'vhd' | 'sas'
  /** Disk name for notes and provenance ("os"). */
  disk?: string
  budget?: Partial<Budget>
  /** Where the skeleton goes (default /dev/shm when present, else the temp dir). */
  workDir?: string
  /** Keep the skeleton (tests). */
  keep?: (dir: string) => void
}

/** Directories whose regular files the skeleton holds with their bytes (below the per-file cap). */
export const CONTENT_DIRS = [
  '/etc/',
  '/boot/grub/',
  '/boot/grub2/',
  '/boot/loader/',
  '/boot/efi/',
  '/root/',
  '/home/',
  '/var/lib/',
  '/var/spool/cron/',
  '/usr/lib/systemd/',
  '/lib/systemd/',
  '/usr/lib/modprobe.d/',
  '/lib/modprobe.d/',
  '/usr/lib/modules-load.d/',
  '/usr/lib/sysctl.d/',
  '/usr/lib/NetworkManager/',
  '/usr/lib/netplan/',
  '/usr/lib/cloud-init/',
  '/usr/lib/sysimage/',
  '/usr/local/etc/',
  '/opt/',
  '/run/'
]
/** Single files and name patterns with their bytes wherever they are. */
const CONTENT_FILES = [
  /^\/(usr\/)?lib\/os-release$/,
  /^\/boot\/config-[^/]*$/,
  /\/azurelinuxagent\/common\/version\.py$/,
  /^\/(usr\/)?(lib|lib64)\/modules\/[^/]+\/modules\.[a-z.]+$/,
  // sshd's default AuthorizedKeysFile (.ssh/authorized_keys, authorized_keys2) under any home, wherever
  // /etc/passwd puts it (/srv, /var/www, /usr/share...)
  /\/\.ssh\/[^/]+$/
]
/** Programs whose first 4 KiB (the ELF header the probe reads for the architecture) are kept. */
const HEADER_FILES = /^\/(usr\/)?(s?bin)\/(sh|dash|bash|busybox|env)$/
/** Binary payloads under content directories that no probe reads as text: true size, no bytes. */
const BINARY =
  /\.(ko|ko\.[a-z]+|so(\.[0-9.]+)?|efi|mod|pf2|png|jpg|gz|xz|zst|deb|rpm)$|^\/boot\/(vmlinu|initrd|initramfs|System\.map)/

/** Bytes per file kept; a larger file the probe may read becomes an unreadable placeholder. */
export const FILE_CAP = 4 * 1024 * 1024
/** Bytes of contents kept in all. */
export const TOTAL_CAP = 48 * 1024 * 1024
const MAX_ENTRIES = 400_000
const CREATE = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW
const MAX_DIR_BYTES = 32 * 1024 * 1024

/** The trees the probe's swap-file scan does not enter (probes/linux/probe.sh, linux.storage.swap.files). */
const SWAP_PRUNED = /^\/(usr|lib|lib64|lib32|bin|sbin|boot|proc|sys|dev|run)(\/|$)/
/** The smallest swap file the scan looks at, and how much of it holds the signature (up to 64 KiB pages). */
const SWAP_MIN = 40 * 1024
const SWAP_HEAD = 64 * 1024

export function swapCandidate(p: string, size: number): boolean {
  return size >= SWAP_MIN && !SWAP_PRUNED.test(p)
}

export function wantsContent(p: string): 'all' | 'header' | 'none' {
  if (HEADER_FILES.test(p)) return 'header'
  if (CONTENT_FILES.some(r => r.test(p))) return 'all'
  if (BINARY.test(p)) return 'none'
  if (CONTENT_DIRS.some(d => p.startsWith(d))) return 'all'
  return 'none'
}

/**
 * A symlink target that stays inside the skeleton: absolute targets become relative to the link's
 * directory, and `..` never climbs above the root (as the kernel resolves them in a chroot).
 */
export function safeTarget(linkPath: string, target: string): string {
  if (target === '/dev/null') return target
  const dir = path.posix.dirname(linkPath)
  const abs = path.posix.normalize(target.startsWith('/') ? target : path.posix.join(dir, target))
  // normalize keeps leading '..' only for relative paths; abs is absolute, so '..' above '/' is dropped.
  const rel = path.posix.relative(dir, abs)
  return rel === '' ? '.' : rel
}

function skeletonBase(workDir?: string): string {
  if (workDir) return workDir
  try {
    if (fs.statSync('/dev/shm').isDirectory()) {
      fs.accessSync('/dev/shm', fs.constants.W_OK)
      // A container's /dev/shm is often 64 MiB: use it only with room for the contents and the entries.
      const st = fs.statfsSync('/dev/shm')
      if (st.bavail * st.bsize >= 4 * TOTAL_CAP) return '/dev/shm'
    }
  } catch {
    /* use the temp dir */
  }
  return os.tmpdir()
}

type SniffedFs = 'ext' | 'xfs' | 'btrfs' | 'lvm-pv' | 'swap' | 'vfat' | 'unknown'

interface Sniffed {
  part: Partition
  fs: SniffedFs
}

/** `disks.os.partition_table` (schemas/facts.schema.json, definition partition_table). */
export interface PartitionTableFacts {
  scheme: 'gpt' | 'mbr'
  gpt_backup_used: boolean
  partitions: Array<{
    number: number
    kind: PartitionKind
    type: string
    fs: SniffedFs
    size_bytes: number
    holds_root?: boolean
    root: boolean
  }>
}

function partitionTableFacts(
  scheme: 'gpt' | 'mbr' | 'none',
  backupUsed: boolean,
  sniffed: Sniffed[],
  holdsRoot: (s: Sniffed) => boolean | undefined
): PartitionTableFacts | undefined {
  if (scheme === 'none') return undefined
  return {
    scheme,
    gpt_backup_used: backupUsed,
    partitions: sniffed.map(s => {
      const h = holdsRoot(s)
      return {
        number: s.part.number,
        kind: s.part.kind,
        type: s.part.type,
        fs: s.fs,
        size_bytes: s.part.size,
        ...(h === undefined ? {} : { holds_root: h }),
        root: false
      }
    })
  }
}

async function sniff(disk: CachedDisk, p: Partition): Promise<Sniffed> {
  const n = Math.min(p.size, 0x10080)
  await disk.prefetch([
    [p.start, Math.min(n, 8192)],
    ...(n >= 0x10080 ? ([[p.start + 0x10000, 0x80]] as Array<[number, number]>) : [])
  ])
  const head = await disk.read(p.start, Math.min(n, 8192))
  const at = (o: number, s: string): boolean =>
    head.length >= o + s.length && head.toString('latin1', o, o + s.length) === s
  if (head.length >= 2048 && head.readUInt16LE(1024 + 0x38) === 0xef53) return { part: p, fs: 'ext' }
  if (at(0, 'XFSB')) return { part: p, fs: 'xfs' }
  if (at(512, 'LABELONE') || at(0, 'LABELONE')) return { part: p, fs: 'lvm-pv' }
  if (at(4086, 'SWAPSPACE2') || at(4086, 'SWAP-SPACE')) return { part: p, fs: 'swap' }
  if (at(0x52, 'FAT32') || at(0x36, 'FAT1') || at(0x36, 'FAT')) return { part: p, fs: 'vfat' }
  if (n >= 0x10080) {
    const b = await disk.read(p.start + 0x10040, 8)
    if (b.toString('latin1') === '_BHRfS_M') return { part: p, fs: 'btrfs' }
  }
  return { part: p, fs: 'unknown' }
}

async function lookup(e: Ext4, p: string): Promise<Inode | undefined> {
  let node = await e.inode(2)
  for (const name of p.split('/').filter(Boolean)) {
    if ((node.mode & S_IFMT) !== S_IFDIR || node.size > MAX_DIR_BYTES) return undefined
    const entry = e.parseDir(await e.data(node), node.ino).find(x => x.name === name)
    if (!entry) return undefined
    node = await e.inode(entry.ino)
  }
  return node
}

interface FstabRoot {
  spec: string
  fstype: string
}

export function fstabRoot(text: string): FstabRoot | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    const f = line.split(/\s+/)
    if (f.length >= 3 && f[1] === '/') return { spec: f[0] as string, fstype: f[2] as string }
  }
  return undefined
}

interface Candidate {
  s: Sniffed
  e: Ext4
}

/** The partition the spec names, or a string saying why it cannot be used. */
function matchSpec(spec: string, parts: Sniffed[], exts: Candidate[]): Sniffed | string | undefined {
  const val = spec.replace(/^"|"$/g, '')
  const eq = /^(UUID|LABEL|PARTUUID|PARTLABEL)=(.*)$/i.exec(val)
  const byPath = /^\/dev\/disk\/by-(uuid|label|partuuid|partlabel)\/(.+)$/.exec(val)
  const kind = (eq?.[1] ?? byPath?.[1] ?? '').toUpperCase()
  const v = (eq?.[2] ?? byPath?.[2] ?? '').replace(/^"|"$/g, '')
  if (kind === 'UUID') return exts.find(c => c.e.sb.uuid === v.toLowerCase())?.s
  if (kind === 'LABEL') return exts.find(c => c.e.sb.label === v)?.s
  if (kind === 'PARTUUID') return parts.find(p => p.part.partuuid === v.toLowerCase())
  if (kind === 'PARTLABEL') return parts.find(p => p.part.name === v)
  if (/^\/dev\/mapper\//.test(val) || /^\/dev\/[^/]+\/[^/]+$/.test(val))
    return `the root filesystem is on LVM or device-mapper (${val}), which is not read`
  const dev = /^\/dev\/(?:[shvx]?d[a-z]|xvd[a-z]|nvme\d+n\d+p|mmcblk\d+p)(\d+)$/.exec(val)
  if (dev) return parts.find(p => p.part.number === Number(dev[1]))
  return undefined
}

/** Reads the Linux facts of the OS disk `source` (a local fixed VHD or an http(s) URL). */
export async function readLinuxFromDisk(source: string, opts: DiskLinuxOptions): Promise<DiskLinuxResult> {
  const started = Date.now()
  const budget = { ...DEFAULT_BUDGET, ...opts.budget }
  const notes: string[] = []
  const stats = { bytesRead: 0, reads: 0, entries: 0, ms: 0, passes: 0 }
  const diskName = opts.disk ?? 'os'
  const ac = new AbortController()
  const timer = setTimeout(() => ac.abort(), budget.timeoutMs)
  timer.unref()
  let src: ByteSource | undefined
  let disk: CachedDisk | undefined
  let skel: string | undefined
  let tableFacts: PartitionTableFacts | undefined
  const label = (): string => `${diskName} disk ${src ? inert(src.name) : ''}`.trim()
  const withTable = (
    t: PartitionTableFacts | undefined,
    rootNumber?: number
  ): { out: { partitionTable?: PartitionTableFacts }; provenance: Record<string, Location> } => {
    if (!t || !src) return { out: {}, provenance: {} }
    for (const p of t.partitions) p.root = p.number === rootNumber
    return {
      out: { partitionTable: t },
      provenance: {
        [`disks.${diskName}.partition_table`]: { source: opts.via, detail: `${diskName} disk ${src.name}` }
      }
    }
  }
  try {
    src = /^https?:\/\//i.test(source)
      ? await openUrlSource(source, ac.signal, budget.timeoutMs)
      : await openFileSource(source)
    if (src.length < 1024 + 512) throw new DiskError('too small to be a disk')
    // The VHD footer: only a fixed VHD is a plain disk image followed by 512 bytes.
    const footer = await src.read(src.length - 512, 512, ac.signal)
    if (footer.toString('latin1', 0, 8) !== 'conectix') throw new DiskError('no VHD footer: not a VHD')
    const type = footer.readUInt32BE(60)
    if (type !== 2)
      throw new DiskError(
        `a ${type === 3 ? 'dynamic' : type === 4 ? 'differencing' : 'non-fixed'} VHD, whose blocks are not read (Azure needs a fixed VHD)`
      )
    disk = new CachedDisk(src, src.length - 512, budget)
    const table = await readPartitions(disk)
    notes.push(...table.notes.map(n => `${label()}: ${n}`))
    if (table.error) throw new DiskError(`partition table: ${table.error}`)
    const parts = table.partitions.filter(p => p.kind !== 'extended')
    const sniffed: Sniffed[] = []
    for (const p of parts) sniffed.push(await sniff(disk, p))
    const exts: Candidate[] = []
    for (const s of sniffed.filter(x => x.fs === 'ext')) {
      try {
        exts.push({ s, e: await Ext4.open(disk, s.part.start, s.part.size) })
      } catch (err) {
        if (!(err instanceof DiskError)) throw err
        notes.push(`${label()}: partition ${s.part.number}: ${err.message}`)
      }
    }
    // Which ext filesystems hold /etc/fstab (an OS root); unreadable ones stay undecided.
    const fstabs = new Map<Candidate, string | undefined>()
    for (const c of exts) {
      try {
        const f = await lookup(c.e, '/etc/fstab')
        fstabs.set(
          c,
          f && (f.mode & S_IFMT) === S_IFREG && f.size <= 1024 * 1024
            ? (await c.e.data(f)).toString('latin1')
            : undefined
        )
      } catch (err) {
        if (!(err instanceof DiskError)) throw err
        notes.push(`${label()}: partition ${c.s.part.number}: /etc/fstab not read: ${err.message}`)
      }
    }
    // The partition table as facts for AZMP-LNX-008/009/010, even when no root can be read below.
    tableFacts = partitionTableFacts(table.scheme, table.backupUsed === true, sniffed, s => {
      const c = exts.find(x => x.s === s)
      return c && fstabs.has(c) ? fstabs.get(c) !== undefined : undefined
    })
    // Candidates: ext filesystems holding /etc/fstab; the root is the partition their fstab names for "/".
    let root: Candidate | undefined
    let reason = ''
    for (const c of exts) {
      const text = fstabs.get(c)
      if (text === undefined) continue
      const r = fstabRoot(text)
      if (!r) {
        root ??= c
        continue
      }
      const m = matchSpec(r.spec, sniffed, exts)
      if (typeof m === 'string') {
        reason = m
        continue
      }
      if (m && m.fs !== 'ext') {
        reason = `the root filesystem (${r.spec}, partition ${m.part.number}) is ${m.fs}, which is not read`
        continue
      }
      const hit = m ? exts.find(x => x.s === m) : undefined
      if (hit) {
        root = hit
        break
      }
      root ??= c
    }
    if (!root && !reason && exts.length === 1 && fstabs.has(exts[0] as Candidate)) root = exts[0]
    if (!root) {
      const other = sniffed.filter(s => ['xfs', 'btrfs', 'lvm-pv'].includes(s.fs))
      throw new DiskError(
        reason ||
          (other.length > 0
            ? `no ext4 root filesystem; partition ${other.map(o => `${o.part.number} is ${o.fs}`).join(', ')}, which is not read`
            : 'no ext2/3/4 partition with /etc/fstab was found')
      )
    }
    if (root.e.sb.needsRecovery)
      notes.push(`${label()}: the root filesystem's journal needs recovery; what was read may be stale`)
    // Swap partitions, LVM physical volumes and further OS roots are facts (disks.os.partition_table);
    // which ext filesystem the facts come from when there are several is said here.
    const withFstab = exts.filter(c => fstabs.get(c) !== undefined)
    if (withFstab.length > 1)
      notes.push(
        `${label()}: ${withFstab.length} ext filesystems with /etc/fstab (partitions ${withFstab.map(c => c.s.part.number).join(', ')}); the Linux facts are read from partition ${root.s.part.number}`
      )

    skel = fs.mkdtempSync(path.join(skeletonBase(opts.workDir), 'vmip-skel-'))
    const links = new Map<string, string>()
    const sk = await buildSkeleton(root.e, skel, notes, label(), links)
    stats.entries = sk.entries
    opts.keep?.(skel)
    const detail = `${diskName} disk ${src.name}, partition ${root.s.part.number}`
    const doc = await probeSkeleton(root.e, skel, sk, notes, label(), stats)
    const provIn = (doc.provenance ?? {}) as Record<string, Location>
    delete doc.provenance
    const provenance: Record<string, Location> = {}
    for (const [k, v] of Object.entries(provIn)) {
      provenance[k] = {
        source: opts.via,
        ...(v.file ? { file: v.file } : {}),
        ...(v.line ? { line: v.line } : {}),
        detail
      }
    }
    const probe = (doc.linux as Record<string, unknown> | undefined)?.probe as
      Record<string, unknown> | undefined
    if (probe) probe.root = detail
    // The one fact that prints a link's text: give the image's own target, not the rewritten one.
    const rc = (doc.linux as { generalization?: { resolv_conf?: { symlink_to?: string } } } | undefined)
      ?.generalization?.resolv_conf
    const original = links.get('/etc/resolv.conf')
    if (rc?.symlink_to !== undefined && original !== undefined) rc.symlink_to = original
    const withT = withTable(tableFacts, root.s.part.number)
    return { facts: doc, provenance: { ...provenance, ...withT.provenance }, ...withT.out, notes, stats }
  } catch (err) {
    const msg = err instanceof DiskError ? err.message : err instanceof Error ? err.message : String(err)
    notes.push(`${label()}: Linux facts not read from the disk: ${inert(msg)}`)
    const table = withTable(tableFacts)
    return { provenance: table.provenance, ...table.out, notes, stats }
  } finally {
    clearTimeout(timer)
    if (disk) {
      stats.bytesRead = disk.bytesRead
      stats.reads = disk.reads
      disk.dispose()
    }
    stats.ms = Date.now() - started
    // For bench/vhd.mjs: the read figures of the last disk read, as JSON, when asked for.
    const statsFile = process.env.VMIP_DISK_STATS
    if (statsFile) fs.writeFileSync(statsFile, JSON.stringify(stats) + '\n')
    await src?.close().catch(() => undefined)
    if (skel && !opts.keep) removeSkeleton(skel)
  }
}

/**
 * Removes the skeleton without making the check wait for it (removing 14,000 entries takes about as long as
 * the probe): a detached `rm -rf` (no shell) outlives the process if need be; fs.rm when it cannot start.
 */
function removeSkeleton(dir: string): void {
  try {
    const child = spawn('rm', ['-rf', '--', dir], { stdio: 'ignore', detached: true })
    child.on('error', () => void fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined))
    child.unref()
  } catch {
    void fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}

function currentUmask(): number {
  // process.umask() without an argument is deprecated: read it by setting and restoring.
  const m = process.umask(0o022)
  process.umask(m)
  return m
}

interface Pending {
  rel: string
  node: Inode
}

/** A regular file of the skeleton with its true size but only its first `kept` bytes (0 or a header). */
interface Placeholder {
  node: Inode
  kept: number
}

interface Skeleton {
  entries: number
  /** Bytes of contents written so far (against TOTAL_CAP). */
  contentBytes: number
  placeholders: Map<string, Placeholder>
}

/** Probe runs on one skeleton: files named by the first two are fetched, by the third made unreadable. */
export const MAX_PASSES = 4

/**
 * The read log of one probe run (probes/linux/probe.sh, VMIP_PROBE_READ_LOG): for each path inside the
 * system, how many of its first bytes were read (Infinity: the whole file).
 */
export function parseReadLog(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    let p = line
    let n = Infinity
    const head = /^(\d+) (\/.*)$/.exec(line)
    if (head) {
      n = Number(head[1])
      p = head[2] as string
    }
    if (!p.startsWith('/')) continue
    out.set(p, Math.max(out.get(p) ?? 0, n))
  }
  return out
}

/**
 * Runs the probe on the skeleton with its read log; when it read placeholders (files held without the bytes
 * it read), their bytes are fetched from the filesystem and it runs again, until it names none. The facts
 * are those of the last run; one probe logic, no second list of what it reads.
 */
async function probeSkeleton(
  e: Ext4,
  dir: string,
  sk: Skeleton,
  notes: string[],
  label: string,
  stats: { passes: number }
): Promise<Record<string, unknown>> {
  // The log goes in a directory of its own (mode 0700) beside the skeleton, never inside it.
  const logDir = fs.mkdtempSync(`${dir}-reads-`)
  const log = path.join(logDir, 'reads')
  let capped = 0
  try {
    for (let pass = 1; ; pass++) {
      fs.rmSync(log, { force: true })
      const doc = await probeLocal({ root: dir, timeoutMs: 120_000, env: { VMIP_PROBE_READ_LOG: log } })
      stats.passes = pass
      let text = ''
      try {
        text = fs.readFileSync(log, 'utf8')
      } catch {
        /* nothing was read */
      }
      const named: Array<[string, Placeholder]> = []
      for (const [p, n] of parseReadLog(text)) {
        const ph = sk.placeholders.get(p)
        if (ph && ph.kept < Math.min(n, ph.node.size)) named.push([p, ph])
      }
      if (named.length === 0) {
        if (capped)
          notes.push(
            `${label}: ${capped} file(s) the probe reads are over ${FILE_CAP / 1048576} MiB (or past ${TOTAL_CAP / 1048576} MiB in all) and were not copied; the probe sees them as unreadable`
          )
        return doc
      }
      for (const [p] of named) sk.placeholders.delete(p)
      if (pass >= MAX_PASSES + 2)
        throw new DiskError(`the probe kept reading files not yet copied after ${pass} runs`)
      if (pass < MAX_PASSES - 1) {
        capped += await fetchPlaceholders(e, dir, sk, named)
      } else {
        for (const [p] of named) makeUnreadable(dir + p)
        notes.push(
          `${label}: after ${pass} probe runs the probe still read ${named.length} file(s) not copied (${named
            .slice(0, 3)
            .map(([p]) => inert(p))
            .join(', ')}${named.length > 3 ? ', ...' : ''}); the probe sees them as unreadable`
        )
      }
    }
  } finally {
    fs.rmSync(logDir, { recursive: true, force: true })
  }
}

/** Writes the bytes of the named placeholders (within the caps; the others become unreadable). */
async function fetchPlaceholders(
  e: Ext4,
  dir: string,
  sk: Skeleton,
  named: Array<[string, Placeholder]>
): Promise<number> {
  let capped = 0
  const take: Array<[string, Placeholder]> = []
  for (const [p, ph] of named) {
    if (ph.node.size > FILE_CAP || sk.contentBytes + ph.node.size > TOTAL_CAP) {
      makeUnreadable(dir + p)
      capped++
      continue
    }
    sk.contentBytes += ph.node.size
    take.push([p, ph])
  }
  const want: Array<[number, number]> = []
  for (const [, ph] of take) want.push(...(await e.dataRanges(ph.node, FILE_CAP)))
  await e.disk.prefetch(want)
  for (const [p, ph] of take) {
    const full = dir + p
    const st = fs.lstatSync(full)
    if (!st.isFile()) continue
    // Its mode may not let us write (we may not be root): open it for ourselves, then put the mode back.
    fs.chmodSync(full, 0o600)
    try {
      const fd = fs.openSync(full, fs.constants.O_WRONLY | fs.constants.O_NOFOLLOW)
      try {
        fs.writeSync(fd, await e.data(ph.node, FILE_CAP), 0, undefined, 0)
      } finally {
        fs.closeSync(fd)
      }
    } finally {
      fs.chmodSync(full, st.mode & 0o7777)
    }
  }
  return capped
}

/** Replaces a skeleton file by a directory no one can read, so the probe reports it unreadable. */
function makeUnreadable(full: string): void {
  const parent = path.dirname(full)
  const pst = fs.statSync(parent)
  fs.chmodSync(parent, 0o700)
  try {
    fs.rmSync(full, { force: true })
    fs.mkdirSync(full, { mode: 0 })
  } finally {
    fs.chmodSync(parent, pst.mode & 0o7777)
  }
}

/**
 * Writes the skeleton of `e` under `dir`, breadth first: one batch of inode reads and one batch of
 * directory-block reads per level. Returns the number of entries.
 */
async function buildSkeleton(
  e: Ext4,
  dir: string,
  notes: string[],
  label: string,
  links: Map<string, string>
): Promise<Skeleton> {
  const seenDirs = new Set<number>([2])
  let level: Pending[] = [{ rel: '/', node: await e.inode(2) }]
  const modes: Array<[string, number, number, number]> = []
  let entries = 0
  let contentBytes = 0
  let capped = 0
  let loops = 0
  const content: Pending[] = []
  const headers: Array<Pending & { bytes: number }> = []
  const placeholders = new Map<string, Placeholder>()
  // Owners and modes are set afterwards only where they differ from what creating the entry gave.
  const me = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1, umask: currentUmask() }
  while (level.length > 0) {
    const dirs = level.filter(d => d.node.size <= MAX_DIR_BYTES)
    for (const d of level)
      if (d.node.size > MAX_DIR_BYTES)
        notes.push(`${label}: directory ${inert(d.rel)} is too large; left empty`)
    const ranges: Array<[number, number]> = []
    for (const d of dirs) ranges.push(...(await e.dataRanges(d.node, MAX_DIR_BYTES)))
    await e.disk.prefetch(ranges)
    const children: Array<{ rel: string; ino: number }> = []
    for (const d of dirs) {
      for (const c of e.parseDir(await e.data(d.node), d.node.ino)) {
        if (c.name.includes('/') || c.name.includes('\0')) continue
        children.push({ rel: d.rel === '/' ? `/${c.name}` : `${d.rel}/${c.name}`, ino: c.ino })
      }
    }
    entries += children.length
    if (entries > MAX_ENTRIES) throw new DiskError(`the root filesystem has more than ${MAX_ENTRIES} entries`)
    await e.prefetchInodes(children.map(c => c.ino))
    const next: Pending[] = []
    for (const c of children) {
      const node = await e.inode(c.ino)
      const full = dir + c.rel
      const type = node.mode & S_IFMT
      if (type === S_IFDIR) {
        if (seenDirs.has(node.ino)) {
          loops++
          continue
        }
        seenDirs.add(node.ino)
        fs.mkdirSync(full)
        if ((node.mode & 0o1777) !== 0o755 || node.uid !== me.uid || node.gid !== me.gid)
          modes.push([full, node.mode & 0o1777, node.uid, node.gid])
        next.push({ rel: c.rel, node })
      } else if (type === S_IFLNK) {
        const t = (await e.readlink(node)).replace(/\0.*$/s, '')
        const safe = safeTarget(c.rel, t)
        if (safe !== t) links.set(c.rel, t)
        fs.symlinkSync(safe, full)
        if (node.uid !== me.uid || node.gid !== me.gid)
          try {
            fs.lchownSync(full, node.uid, node.gid)
          } catch {
            /* not root */
          }
      } else if (type === S_IFREG) {
        const want = wantsContent(c.rel)
        if (want === 'all' && node.size > 0) {
          if (node.size > FILE_CAP || contentBytes + node.size > TOTAL_CAP) {
            // Too large to copy: a directory no one can read, so the probe reports the file unreadable.
            fs.mkdirSync(full, { mode: 0 })
            capped++
            continue
          }
          contentBytes += node.size
          content.push({ rel: c.rel, node })
        } else {
          let kept = 0
          if (want === 'header' && node.size > 0) kept = 4096
          // The probe's swap-file scan reads the signature of every file of 40 KiB or more outside the OS
          // trees (at the end of a 4, 16 or 64 KiB page): those files keep their first 64 KiB.
          else if (swapCandidate(c.rel, node.size)) kept = SWAP_HEAD
          if (kept) headers.push({ rel: c.rel, node, bytes: kept })
          if (node.size > kept) placeholders.set(c.rel, { node, kept })
          const fd = fs.openSync(full, CREATE, node.mode & 0o777)
          try {
            if (node.size > 0) fs.ftruncateSync(fd, node.size)
          } finally {
            fs.closeSync(fd)
          }
        }
        // (A file with contents is created when they are written, below, before the modes are set.)
        const mode = node.mode & 0o777
        if ((mode & me.umask) !== 0 || node.uid !== me.uid || node.gid !== me.gid)
          modes.push([full, mode, node.uid, node.gid])
      }
      // Devices, FIFOs and sockets are left out: the probe never reads them.
    }
    level = next
  }
  // Contents: all ranges in one batch, then written.
  const want: Array<[number, number]> = []
  for (const c of content) want.push(...(await e.dataRanges(c.node, FILE_CAP)))
  for (const h of headers) want.push(...(await e.dataRanges(h.node, h.bytes)))
  await e.disk.prefetch(want)
  for (const c of content) {
    const fd = fs.openSync(dir + c.rel, CREATE, c.node.mode & 0o777)
    try {
      fs.writeFileSync(fd, await e.data(c.node, FILE_CAP))
    } finally {
      fs.closeSync(fd)
    }
  }
  for (const h of headers) {
    const fd = fs.openSync(dir + h.rel, 'r+')
    try {
      fs.writeSync(fd, await e.data(h.node, h.bytes), 0, undefined, 0)
    } finally {
      fs.closeSync(fd)
    }
  }
  // Owners and modes last (deepest first), set-id bits dropped.
  for (let i = modes.length - 1; i >= 0; i--) {
    const [p, mode, uid, gid] = modes[i] as [string, number, number, number]
    if (uid !== me.uid || gid !== me.gid)
      try {
        fs.chownSync(p, uid, gid)
      } catch {
        /* not root: owners stay ours */
      }
    fs.chmodSync(p, mode & 0o1777 & ~0o6000)
  }
  fs.chmodSync(dir, 0o755)
  if (loops) notes.push(`${label}: ${loops} directory hard link(s) forming a loop were cut`)
  if (capped)
    notes.push(
      `${label}: ${capped} file(s) over ${FILE_CAP / 1048576} MiB (or past ${TOTAL_CAP / 1048576} MiB in all) were not copied; the probe sees them as unreadable`
    )
  return { entries, contentBytes, placeholders }
}

export { parseSuperblock }
