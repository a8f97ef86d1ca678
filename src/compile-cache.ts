/**
 * V8's compile cache for the bundles (dist/cli/, dist/action/): the bytecode V8 built for them on an earlier
 * run, so a start does not parse and compile ~1 MB of JavaScript again. On Node >= 22.1 this is Node's own
 * `module.enableCompileCache(dir)`; on Node 20 the bundle's CommonJS files are compiled through `vm.Script`
 * with the cached data, and the cache is written at exit, after the run, so it holds every function the run
 * compiled (V8 compiles most functions lazily, on first call).
 *
 * Cached bytecode is code: whoever can write the cache can run code in the next run. So the cache lives only in
 * a folder of this user's that no one else can write (created 0700; a symlink, another owner or a group- or
 * world-writable mode and it is not used), each file is read only if this user owns it, and each file is
 * written to a private temporary name and renamed into place. A cache that does not fit (another bundle,
 * another Node or V8 flags) is rejected by V8 and rewritten; a file's identity (size, mtime, inode) is part
 * of its cache's name, so a rebuilt bundle never meets the cache of the old one.
 *
 * VMIP_COMPILE_CACHE=off (or 0, false, no) disables it, as does Node's NODE_DISABLE_COMPILE_CACHE; a path
 * chooses the folder. VMIP_COMPILE_CACHE_TRACE=1 says on stderr what happened to each file.
 */
import fs from 'node:fs'
import Module from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'

export interface CacheState {
  mode: 'node' | 'vm' | 'off'
  dir?: string
  /** Why the cache is off. */
  why?: string
}

/** Larger cache files are not read (the bundles' caches are well under 4 MiB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024

const OFF = /^(off|0|false|no)$/i

/** The cache folder for this environment, or why there is none. */
export function cacheDirFor(env: NodeJS.ProcessEnv = process.env): { dir?: string; why?: string } {
  const v = env.VMIP_COMPILE_CACHE?.trim()
  if (v && OFF.test(v)) return { why: 'VMIP_COMPILE_CACHE=' + v }
  if (env.NODE_DISABLE_COMPILE_CACHE) return { why: 'NODE_DISABLE_COMPILE_CACHE is set' }
  if (v) return { dir: path.resolve(v) }
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME))
    return { dir: path.join(env.XDG_CACHE_HOME, 'vm-image-policy') }
  if (process.platform === 'win32' && env.LOCALAPPDATA)
    return { dir: path.join(env.LOCALAPPDATA, 'vm-image-policy', 'cache') }
  let home = ''
  try {
    home = os.homedir()
  } catch {
    /* no home folder: no cache */
  }
  if (!home) return { why: 'no home folder' }
  return { dir: path.join(home, '.cache', 'vm-image-policy') }
}

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined

function ownedByMe(st: fs.Stats): boolean {
  return uid === undefined || st.uid === uid
}

/**
 * Why `dir` cannot hold the cache (undefined: it can). Creates it, 0700, when missing. It must be a real folder
 * (not a symlink), owned by this user and writable by no one else.
 */
export function unusableDir(dir: string): string | undefined {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch (e) {
    return `cannot create ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`
  }
  let st: fs.Stats
  try {
    st = fs.lstatSync(dir)
  } catch (e) {
    return `cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`
  }
  if (st.isSymbolicLink()) return `${dir} is a symlink`
  if (!st.isDirectory()) return `${dir} is not a folder`
  if (!ownedByMe(st)) return `${dir} belongs to another user`
  if (uid !== undefined && (st.mode & 0o022) !== 0) return `${dir} is writable by others`
  return undefined
}

/** The cache file's name for a bundle file: its name and identity, the runtime and the architecture. */
export function cacheName(filename: string, st: fs.Stats): string {
  const key = [filename, st.size, st.mtimeMs, st.ino, process.version, process.arch].join('\0')
  // FNV-1a, 32 bits, twice (two seeds): a short, stable name; V8 checks the rest (its version, flags, source).
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c, 0x01000193) >>> 0
  }
  const hex = (n: number): string => n.toString(16).padStart(8, '0')
  return `${path.basename(filename)}.${hex(a)}${hex(b)}.v8cache`
}

/** The file's bytes if it is a regular file of this user's of a sane size; else undefined. */
export function readOwnFile(file: string): Buffer | undefined {
  let fd: number
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0))
  } catch {
    return undefined
  }
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile() || !ownedByMe(st) || st.size === 0 || st.size > MAX_CACHE_BYTES) return undefined
    const buf = Buffer.allocUnsafe(st.size)
    let off = 0
    while (off < buf.length) {
      const n = fs.readSync(fd, buf, off, buf.length - off, off)
      if (n <= 0) return undefined
      off += n
    }
    return buf
  } catch {
    return undefined
  } finally {
    fs.closeSync(fd)
  }
}

/** Writes `data` to `file` through a private temporary file in the same folder, renamed into place. */
export function writePrivateFile(file: string, data: Buffer): boolean {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' })
    fs.renameSync(tmp, file)
    return true
  } catch {
    try {
      fs.unlinkSync(tmp)
    } catch {
      /* it was never created */
    }
    return false
  }
}

let installed: CacheState | undefined

/**
 * Turns the compile cache on for the CommonJS files under `bundleDir` (the bundle's own folder), before any
 * of them but the entry is loaded. Never throws: without a usable folder the bundle simply compiles.
 */
export function installCompileCache(bundleDir: string, env: NodeJS.ProcessEnv = process.env): CacheState {
  if (installed) return installed
  // Straight to fd 2: process.stderr is created only when the CLI writes to it.
  const trace =
    env.VMIP_COMPILE_CACHE_TRACE === '1'
      ? (s: string) => void fs.writeSync(2, `compile cache: ${s}\n`)
      : undefined
  const off = (why: string): CacheState => {
    trace?.(`off (${why})`)
    return (installed = { mode: 'off', why })
  }
  const { dir, why } = cacheDirFor(env)
  if (!dir) return off(why ?? 'no folder')
  const bad = unusableDir(dir)
  if (bad) return off(bad)

  const mod = Module as unknown as {
    enableCompileCache?: (dir: string) => { status: number; message?: string }
  }
  if (typeof mod.enableCompileCache === 'function') {
    try {
      const r = mod.enableCompileCache(dir)
      trace?.(`node's (status ${r.status}${r.message ? `: ${r.message}` : ''}) in ${dir}`)
      return (installed = { mode: 'node', dir })
    } catch (e) {
      return off(`module.enableCompileCache failed: ${String(e)}`)
    }
  }

  const loader = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER
  // The loader import() in a file compiled here would use. Node 20 loses it when the code comes from the cache,
  // so no bundle file calls import() itself (test/adopt/compile-cache.test.ts checks).
  if (!loader) return off('this Node has no vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER')

  const root = path.resolve(bundleDir) + path.sep
  const pending: Array<{ script: vm.Script; file: string }> = []
  type Compile = (this: Module, content: string, filename: string) => unknown
  const proto = Module.prototype as unknown as { _compile: Compile }
  const original = proto._compile
  proto._compile = function (this: Module, content: string, filename: string): unknown {
    if (!filename.startsWith(root)) return original.call(this, content, filename)
    let file: string
    try {
      file = path.join(dir, cacheName(filename, fs.statSync(filename)))
    } catch {
      return original.call(this, content, filename)
    }
    const cachedData = readOwnFile(file)
    // A leading #! line is not JavaScript inside the wrapper: keep the line, drop the text.
    const source = content.startsWith('#!') ? '//' + content.slice(2) : content
    const script = new vm.Script(Module.wrap(source), {
      filename,
      cachedData,
      importModuleDynamically: loader as never
    })
    const state = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'missing'
    trace?.(`${path.relative(root, filename)} ${state}`)
    if (state !== 'accepted') pending.push({ script, file })
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown
    const m = this as Module & { require(id: string): unknown }
    const req = Object.assign((id: string) => m.require(id), {
      resolve: (request: string, options?: { paths?: string[] }) =>
        (
          Module as unknown as { _resolveFilename(r: string, p: Module, main: boolean, o?: unknown): string }
        )._resolveFilename(request, m, false, options),
      main: (process as unknown as { mainModule?: unknown }).mainModule,
      cache: (Module as unknown as { _cache: unknown })._cache
    })
    return fn.call(m.exports, m.exports, req, m, filename, path.dirname(filename))
  }
  process.once('exit', () => {
    for (const { script, file } of pending) {
      const ok = writePrivateFile(file, script.createCachedData())
      trace?.(`${path.basename(file)} ${ok ? 'written' : 'not written'}`)
    }
  })
  trace?.(`vm in ${dir}`)
  return (installed = { mode: 'vm', dir })
}
