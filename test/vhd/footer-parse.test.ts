import { describe, expect, test } from '@jest/globals'
import {
  assignDisks,
  DiskFactsBuilder,
  footerChecksum,
  GIB,
  isFixedVhd,
  observedSizeGb,
  parseFooter
} from '../../src/facts/vhd.js'

/** A footer as the VHD specification lays it out (big-endian), checksum filled in unless told not to. */
function footer(opts: { size: number; type: number; cookie?: string; badChecksum?: boolean }): Buffer {
  const b = Buffer.alloc(512)
  b.write(opts.cookie ?? 'conectix', 0, 'latin1')
  b.writeUInt32BE(2, 8) // features
  b.writeUInt32BE(0x00010000, 12) // version
  b.writeBigUInt64BE(opts.type === 2 ? 0xffffffffffffffffn : 512n, 16)
  b.write('tst ', 28, 'latin1')
  b.writeBigUInt64BE(BigInt(opts.size), 40)
  b.writeBigUInt64BE(BigInt(opts.size), 48)
  b.writeUInt32BE(opts.type, 60)
  b.writeUInt32BE((footerChecksum(b) ^ (opts.badChecksum ? 1 : 0)) >>> 0, 64)
  return b
}

describe('parseFooter', () => {
  test('fixed, whole MiB, length = size + 512', () => {
    const f = parseFooter(footer({ size: 30 * GIB, type: 2 }), 30 * GIB + 512, 'x.vhd')
    expect(f).toEqual({
      location: 'x.vhd',
      length: 30 * GIB + 512,
      cookie: 'conectix',
      checksum_valid: true,
      creator_app: 'tst',
      disk_type: 'fixed',
      current_size: 30 * GIB,
      mib_aligned: true,
      length_matches: true
    })
    expect(isFixedVhd(f)).toBe(true)
    expect(observedSizeGb(f)).toBe(30)
  })

  test('dynamic and differencing types; size not whole MiB; length mismatch', () => {
    const d = parseFooter(footer({ size: 100 * 1024 * 1024 + 8192, type: 3 }), 4096, 'd.vhd')
    expect(d.disk_type).toBe('dynamic')
    expect(d.mib_aligned).toBe(false)
    expect(d.length_matches).toBe(false)
    expect(isFixedVhd(d)).toBe(false)
    expect(parseFooter(footer({ size: GIB, type: 4 }), 1, 'x').disk_type).toBe('differencing')
    expect(parseFooter(footer({ size: GIB, type: 0 }), 1, 'x').disk_type).toBe('none')
    expect(parseFooter(footer({ size: GIB, type: 5 }), 1, 'x').disk_type).toBe('unknown')
  })

  test('a corrupted checksum is reported, the footer still parsed', () => {
    const f = parseFooter(footer({ size: GIB, type: 2, badChecksum: true }), GIB + 512, 'x')
    expect(f.checksum_valid).toBe(false)
    expect(f.disk_type).toBe('fixed')
    expect(isFixedVhd(f)).toBe(false)
  })

  test('wrong cookie: shown escaped, no size facts', () => {
    const f = parseFooter(footer({ size: GIB, type: 2, cookie: 'QFI\xfb\x00\x00\x00\x03' }), 5000, 'q')
    expect(f.cookie).toBe('QFI\\xfb\\x00\\x00\\x00\\x03')
    expect(f.disk_type).toBe('unknown')
    expect(f.current_size).toBeUndefined()
    expect(f.mib_aligned).toBeUndefined()
    expect(f.error).toBeUndefined()
    expect(isFixedVhd(f)).toBe(false)
    expect(observedSizeGb(f)).toBeUndefined()
  })

  test('checksum is the one’s complement of the byte sum without the checksum field', () => {
    const b = Buffer.alloc(512)
    b[0] = 1
    b[64] = 0xff // inside the checksum field: ignored
    b[511] = 2
    expect(footerChecksum(b)).toBe(~3 >>> 0)
  })
})

describe('assignDisks', () => {
  test('prefixes, bare entries, comments', () => {
    expect(
      assignDisks([
        'lun1=/d/one.vhd',
        '/d/os.vhd',
        '# comment',
        '',
        'https://x/y.vhd?sig=a',
        'os=/d/explicit-os.vhd'
      ])
    ).toEqual([
      { disk: 'lun1', source: '/d/one.vhd' },
      { disk: 'os', source: '/d/explicit-os.vhd' },
      { disk: 'lun0', source: '/d/os.vhd' },
      { disk: 'lun2', source: 'https://x/y.vhd?sig=a' }
    ])
    expect(assignDisks(['a.vhd\nb.vhd\r\nc.vhd'])).toEqual([
      { disk: 'os', source: 'a.vhd' },
      { disk: 'lun0', source: 'b.vhd' },
      { disk: 'lun1', source: 'c.vhd' }
    ])
  })
})

describe('DiskFactsBuilder', () => {
  test('data disks sorted by LUN with provenance per index; unusable footers keep no size', () => {
    const b = new DiskFactsBuilder()
    const good = parseFooter(footer({ size: 2 * GIB, type: 2 }), 2 * GIB + 512, 'two.vhd')
    b.add('lun3', good, { source: 'vhd', file: 'two.vhd' })
    b.add(
      'lun0',
      { location: 'gone.vhd', error: 'cannot open gone.vhd: no such file' },
      { source: 'vhd', file: 'gone.vhd' }
    )
    b.add('os', parseFooter(footer({ size: 30 * GIB, type: 2 }), 30 * GIB + 512, 'os.vhd'), {
      source: 'vhd',
      file: 'os.vhd'
    })
    const doc = b.build()
    expect(doc.disks?.os?.size_gb).toBe(30)
    expect(doc.disks?.data?.map(d => [d.lun, d.size_gb])).toEqual([
      [0, undefined],
      [3, 2]
    ])
    expect(doc.provenance).toEqual({
      'disks.os.vhd': { source: 'vhd', file: 'os.vhd' },
      'disks.os.size_gb': { source: 'vhd', file: 'os.vhd' },
      'disks.data.0.vhd': { source: 'vhd', file: 'gone.vhd' },
      'disks.data.1.vhd': { source: 'vhd', file: 'two.vhd' },
      'disks.data.1.size_gb': { source: 'vhd', file: 'two.vhd' }
    })
    expect(new DiskFactsBuilder().build()).toEqual({})
  })
})
