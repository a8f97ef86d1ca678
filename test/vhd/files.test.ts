/** Footers of real VHDs made by qemu-img (scripts/make-vhds.sh), read from the local file system. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GIB, readVhdFooter, vhdFacts } from '../../src/facts/vhd.js'
import { ensureVhds, qemuImgAvailable, vhdPath } from '../support/azurite.js'
import { requireReal } from '../support/real.js'

const run = requireReal('qemu-img (Debian package qemu-utils)', qemuImgAvailable()) && ensureVhds()
const maybe = run ? describe : describe.skip

maybe('readVhdFooter on qemu-img VHDs', () => {
  test('30 GiB fixed (sparse): every check holds', async () => {
    const f = await readVhdFooter(vhdPath('fixed-30g.vhd'))
    expect(f).toMatchObject({
      cookie: 'conectix',
      disk_type: 'fixed',
      current_size: 30 * GIB,
      length: 30 * GIB + 512,
      checksum_valid: true,
      mib_aligned: true,
      length_matches: true,
      creator_app: 'qem2'
    })
    expect(f.error).toBeUndefined()
  })

  test('128 GiB fixed', async () => {
    const f = await readVhdFooter(vhdPath('fixed-128g.vhd'))
    expect(f).toMatchObject({
      disk_type: 'fixed',
      current_size: 128 * GIB,
      length_matches: true,
      checksum_valid: true
    })
  })

  test('dynamic VHD: type dynamic, file far shorter than the virtual size', async () => {
    const f = await readVhdFooter(vhdPath('dynamic-1g.vhd'))
    expect(f).toMatchObject({
      cookie: 'conectix',
      disk_type: 'dynamic',
      current_size: GIB,
      length_matches: false,
      checksum_valid: true
    })
  })

  test('size rounded to a CHS geometry: not a whole number of MiB', async () => {
    const f = await readVhdFooter(vhdPath('unaligned-100m.vhd'))
    expect(f).toMatchObject({ disk_type: 'fixed', mib_aligned: false, length_matches: true })
    expect((f.current_size ?? 0) % (1024 * 1024)).not.toBe(0)
  })

  test('truncated VHD: no footer at the end (cookie is zeros), not an error', async () => {
    const f = await readVhdFooter(vhdPath('truncated.vhd'))
    expect(f.cookie).toBe('\\x00'.repeat(8))
    expect(f.disk_type).toBe('unknown')
    expect(f.error).toBeUndefined()
    expect(f.current_size).toBeUndefined()
  })

  test('a qcow2 image is not a VHD', async () => {
    const f = await readVhdFooter(vhdPath('not-a-vhd.qcow2'))
    expect(f.cookie).not.toBe('conectix')
    expect(f.disk_type).toBe('unknown')
  })

  test('vhdFacts: partial facts document with observed sizes and provenance', async () => {
    const doc = await vhdFacts([`os=${vhdPath('fixed-30g.vhd')}`, `lun0=${vhdPath('fixed-128g.vhd')}`])
    expect(doc.disks?.os?.size_gb).toBe(30)
    expect(doc.disks?.data?.[0]).toMatchObject({ lun: 0, size_gb: 128, vhd: { disk_type: 'fixed' } })
    expect(doc.provenance?.['disks.os.vhd']).toEqual({ source: 'vhd', file: vhdPath('fixed-30g.vhd') })
    expect(doc.provenance?.['disks.data.0.size_gb']).toEqual({
      source: 'vhd',
      file: vhdPath('fixed-128g.vhd')
    })
  })
})

describe('readVhdFooter on bad local input: an error fact, never a throw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vmip-vhd-'))

  test('missing file', async () => {
    const f = await readVhdFooter(join(dir, 'nope.vhd'))
    expect(f.error).toBe(`cannot open ${join(dir, 'nope.vhd')}: no such file`)
  })

  test('file shorter than a footer', async () => {
    writeFileSync(join(dir, 'tiny.vhd'), 'not a disk')
    const f = await readVhdFooter(join(dir, 'tiny.vhd'))
    expect(f).toMatchObject({ length: 10, error: 'file is 10 bytes, shorter than a VHD footer (512)' })
  })

  test('a directory', async () => {
    mkdirSync(join(dir, 'd.vhd'))
    const f = await readVhdFooter(join(dir, 'd.vhd'))
    expect(f.error).toMatch(/is not a regular file$/)
  })

  test('file:// URL', async () => {
    writeFileSync(join(dir, 'zeros.vhd'), Buffer.alloc(1024))
    const f = await readVhdFooter(`file://${join(dir, 'zeros.vhd')}`)
    expect(f).toMatchObject({ length: 1024, disk_type: 'unknown', checksum_valid: false })
  })
})
