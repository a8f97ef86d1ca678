/**
 * Azurite (the Azure Storage emulator, npm `azurite`) for tests: started as a child process on a free
 * 127.0.0.1 port with in-memory persistence and a temporary working directory, stopped by pid.
 * Also: sparse page-blob upload of a local VHD (only non-zero 512-byte pages are sent, as real uploaders
 * do) and VHD fixtures made by scripts/make-vhds.sh.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { StorageSharedKeyCredential, BlobServiceClient, type ContainerClient } from '@azure/storage-blob'

/** Azurite's well-known development account (public, documented; not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1'
export const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

const ROOT = process.cwd()
const AZURITE_MAIN = resolve(ROOT, 'node_modules/azurite/dist/src/blob/main.js')
export const VHD_DIR = process.env.VMIP_VHD_DIR ?? resolve(ROOT, '.cache/vhds')

export function azuriteInstalled(): boolean {
  return existsSync(AZURITE_MAIN)
}

export function qemuImgAvailable(): boolean {
  return spawnSync('qemu-img', ['--version'], { stdio: 'ignore' }).status === 0
}

/** Make (or reuse) the VHD fixtures under .cache/vhds/. Returns false when qemu-img is missing. */
export function ensureVhds(): boolean {
  if (!qemuImgAvailable()) return false
  const r = spawnSync('bash', [resolve(ROOT, 'scripts/make-vhds.sh'), '--no-install'], {
    encoding: 'utf8',
    env: { ...process.env, VMIP_VHD_DIR: VHD_DIR }
  })
  if (r.status !== 0) throw new Error(`scripts/make-vhds.sh failed: ${r.stderr || r.stdout}`)
  return true
}

export function vhdPath(name: string): string {
  return join(VHD_DIR, name)
}

export interface Azurite {
  /** http://127.0.0.1:PORT/devstoreaccount1 */
  url: string
  port: number
  credential: StorageSharedKeyCredential
  service: BlobServiceClient
  stop(): Promise<void>
}

export async function startAzurite(): Promise<Azurite> {
  const work = mkdtempSync(join(tmpdir(), 'vmip-azurite-'))
  const child: ChildProcess = spawn(
    process.execPath,
    [
      AZURITE_MAIN,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry'
    ],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      rmSync(work, { recursive: true, force: true })
      reject(new Error(`Azurite did not start within 30 s: ${output}`))
    }, 30_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolvePort(Number(m[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', code => {
      clearTimeout(timer)
      reject(new Error(`Azurite exited with ${code}: ${output}`))
    })
  })
  child.removeAllListeners('exit')
  const url = `http://127.0.0.1:${port}/${DEV_ACCOUNT}`
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY)
  const service = new BlobServiceClient(url, credential)
  return {
    url,
    port,
    credential,
    service,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise<void>(r => child.once('exit', () => r()))
        process.kill(child.pid, 'SIGTERM')
        const timer = setTimeout(
          () => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
          5000
        )
        await exited
        clearTimeout(timer)
      }
      rmSync(work, { recursive: true, force: true })
    }
  }
}

interface Extent {
  start: number
  length: number
  data: boolean
}

/** Data extents of a (sparse) file, from `qemu-img map` (which uses SEEK_DATA/SEEK_HOLE). */
function dataExtents(path: string): Extent[] {
  const r = spawnSync('qemu-img', ['map', '-f', 'raw', '--output=json', path], {
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  if (r.status !== 0) throw new Error(`qemu-img map ${path}: ${r.stderr}`)
  return (JSON.parse(r.stdout) as Extent[]).filter(e => e.data)
}

const PAGE = 512
const MAX_PUT = 4 * 1024 * 1024

/**
 * Upload a local file as a page blob: create it at the file's full size, then send only the non-zero
 * 512-byte pages (contiguous runs, at most 4 MiB per request). Returns the number of bytes sent.
 */
export async function uploadSparsePageBlob(
  container: ContainerClient,
  name: string,
  path: string
): Promise<number> {
  const fh = await open(path, 'r')
  try {
    const size = (await fh.stat()).size
    if (size % PAGE !== 0) throw new Error(`${path}: ${size} bytes is not a multiple of ${PAGE}`)
    const blob = container.getPageBlobClient(name)
    await blob.create(size)
    let sent = 0
    for (const ext of dataExtents(path)) {
      const from = Math.floor(ext.start / PAGE) * PAGE
      const to = Math.min(size, Math.ceil((ext.start + ext.length) / PAGE) * PAGE)
      for (let off = from; off < to; off += MAX_PUT) {
        const len = Math.min(MAX_PUT, to - off)
        const buf = Buffer.alloc(len)
        await fh.read(buf, 0, len, off)
        // Split into runs of non-zero pages.
        let runStart = -1
        const flush = async (end: number): Promise<void> => {
          if (runStart < 0) return
          await blob.uploadPages(buf.subarray(runStart, end), off + runStart, end - runStart)
          sent += end - runStart
          runStart = -1
        }
        for (let p = 0; p < len; p += PAGE) {
          const page = buf.subarray(p, p + PAGE)
          const zero = page.every(b => b === 0)
          if (!zero && runStart < 0) runStart = p
          if (zero) await flush(p)
        }
        await flush(len)
      }
    }
    return sent
  } finally {
    await fh.close()
  }
}
