import { mergeFacts } from '../../src/facts/merge.js'
import { PRIORITY } from '../../src/facts/types.js'

describe('mergeFacts', () => {
  it('lets observed facts outrank declared ones and records the conflict', () => {
    const doc = mergeFacts([
      {
        image: 'a',
        origin: { kind: 'facts', file: 'probe.json' },
        priority: PRIORITY.observed,
        facts: { schema_version: 1, os: { type: 'Linux' }, disks: { os: { size_gb: 64 } } },
        provenance: { 'disks.os.size_gb': { source: 'probe' } }
      },
      {
        image: 'a',
        origin: { kind: 'manifest', file: 'm.json' },
        priority: PRIORITY.declared,
        facts: {
          schema_version: 1,
          disks: { os_disk_count: 1, os: { size_gb: 30 } },
          sku: { version_sources: [{ source: 'manifest', value: '1.0.0' }] }
        },
        provenance: { 'disks.os.size_gb': { source: 'manifest', file: 'm.json', line: 3 } }
      }
    ])
    expect(doc.disks).toEqual({ os: { size_gb: 64 }, os_disk_count: 1 })
    expect(doc.provenance?.['disks.os.size_gb']).toEqual({ source: 'probe' })
    expect(doc.conflicts).toEqual([
      {
        fact: 'disks.os.size_gb',
        values: [
          { value: 64, source: { source: 'probe' } },
          { value: 30, source: { source: 'manifest', file: 'm.json', line: 3 } }
        ]
      }
    ])
  })
  it('accumulates version sources across sources', () => {
    const doc = mergeFacts([
      {
        image: 'a',
        origin: { kind: 'facts', file: 'x' },
        priority: 10,
        facts: { sku: { version_sources: [{ source: 'template', value: '1.0.1' }] } },
        provenance: {}
      },
      {
        image: 'a',
        origin: { kind: 'facts', file: 'y' },
        priority: 10,
        facts: { sku: { version_sources: [{ source: 'manifest', value: '1.0.2' }] } },
        provenance: {}
      }
    ])
    expect((doc.sku as any).version_sources).toHaveLength(2)
  })
})

describe('mergeFacts: data disks', () => {
  it('merges data disks by LUN, so an observed VHD does not erase declared disks', () => {
    const doc = mergeFacts([
      {
        image: 'a',
        origin: { kind: 'manifest', file: 'm.json' },
        priority: PRIORITY.declared,
        facts: {
          disks: {
            data: [
              { lun: 0, size_gb: 10 },
              { lun: 1, size_gb: 20 }
            ]
          }
        },
        provenance: {}
      },
      {
        image: 'a',
        origin: { kind: 'vhd' },
        priority: PRIORITY.observed,
        facts: { disks: { data: [{ lun: 1, size_gb: 21, vhd: { disk_type: 'fixed' } }] } },
        provenance: {}
      }
    ])
    expect((doc.disks as any).data).toEqual([
      { lun: 0, size_gb: 10 },
      { lun: 1, size_gb: 21, vhd: { disk_type: 'fixed' } }
    ])
    expect(doc.conflicts?.map(c => c.fact)).toEqual(['disks.data.1.size_gb'])
  })
})
