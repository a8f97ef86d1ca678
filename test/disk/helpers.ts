/** Test disks: partitioned fixed VHDs holding an ext4 made from a root with mkfs.ext4 -d (no mount). */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { probeLocal } from '../../src/probe/run.js'

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const ROOTS = process.env.VMIP_ROOTS_DIR ?? join(REPO, '.cache/roots')

export function toolsAvailable(): boolean {
  return ['sfdisk', 'mkfs.ext4', 'qemu-img', 'debugfs'].every(
    t => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0
  )
}

/** A small Linux root: the Debian test root's /etc, or a minimal one when the roots are not built. */
export function smallRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmip-disk-root-'))
  const base = join(ROOTS, 'base')
  if (existsSync(join(base, 'etc'))) {
    for (const d of ['etc', 'boot/grub', 'var/lib/dpkg', 'var/lib/waagent', 'root', 'home'])
      if (existsSync(join(base, d)))
        cpSync(join(base, d), join(dir, d), { recursive: true, verbatimSymlinks: true })
  } else {
    mkdirSync(join(dir, 'etc/ssh'), { recursive: true })
    writeFileSync(join(dir, 'etc/os-release'), 'ID=debian\nVERSION_ID="12"\nNAME="Debian GNU/Linux"\n')
    writeFileSync(join(dir, 'etc/fstab'), 'LABEL=cloudimg-rootfs / ext4 defaults 0 1\n')
    writeFileSync(join(dir, 'etc/ssh/sshd_config'), 'PermitRootLogin no\nClientAliveInterval 180\n')
    writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n')
  }
  for (const d of ['usr/bin', 'usr/sbin', 'usr/lib', 'var/log', 'tmp'])
    mkdirSync(join(dir, d), { recursive: true })
  return dir
}

export function makeDisk(
  root: string,
  out: string,
  layout: 'gpt' | 'mbr',
  sizeMib = 512,
  rootMib = 300
): void {
  const r = spawnSync(
    'bash',
    [join(REPO, 'scripts/make-disk.sh'), root, out, layout, String(sizeMib), String(rootMib)],
    {
      encoding: 'utf8'
    }
  )
  if (r.status !== 0) throw new Error(`make-disk.sh: ${r.stderr}`)
}

/** probe.sh --root on a directory, without provenance and the probe's own bookkeeping. */
export async function probeRoot(root: string): Promise<Record<string, unknown>> {
  return comparable(await probeLocal({ root }))
}

export function comparable(doc: Record<string, unknown>): Record<string, unknown> {
  const d = structuredClone(doc)
  delete d.provenance
  const probe = (d.linux as Record<string, Record<string, unknown>> | undefined)?.probe
  if (probe) delete probe.root
  return d
}
