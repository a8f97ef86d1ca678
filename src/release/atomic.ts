/**
 * Atomic file replacement: the new content goes to a temporary file in the same directory, is flushed
 * to disk (fsync), and only then renamed over the original (rename is atomic on POSIX file systems).
 * A process killed at any point leaves either the old file or the new one, never a mix; a leftover
 * temporary file is harmless and ignored by the next write. Self-contained (node: imports only).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface AtomicHooks {
  /** Called after the temporary file is written and flushed, before the rename (tests kill the process here). */
  afterTempWrite?: (tmp: string) => void
}

export function writeFileAtomic(file: string, data: string, hooks: AtomicHooks = {}): void {
  // Follow a symlinked ledger to the real file, so the link stays a link.
  let target = file
  let mode = 0o644
  try {
    target = fs.realpathSync(file)
    mode = fs.statSync(target).mode & 0o777
  } catch {
    // a new file
  }
  const dir = path.dirname(target)
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let done = false
  try {
    const fd = fs.openSync(tmp, 'wx', mode)
    try {
      fs.writeFileSync(fd, data)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    hooks.afterTempWrite?.(tmp)
    fs.renameSync(tmp, target)
    done = true
  } finally {
    if (!done) fs.rmSync(tmp, { force: true })
  }
  // Make the rename itself durable.
  try {
    const d = fs.openSync(dir, 'r')
    try {
      fs.fsyncSync(d)
    } finally {
      fs.closeSync(d)
    }
  } catch {
    // some file systems do not allow fsync on a directory; the rename has happened
  }
}
