import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArtifactId, readManifest } from '../../src/facts/manifest.js'
import { parseLocated } from '../../src/facts/json-file.js'
import { UserError } from '../../src/errors.js'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-manifest-'))
function write(name: string, body: unknown): string {
  const f = path.join(tmp, name)
  fs.writeFileSync(f, typeof body === 'string' ? body : JSON.stringify(body, null, 2))
  return f
}
const SUB = '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute'

describe('parseArtifactId', () => {
  it.each([
    [`${SUB}/images/img-1`, { kind: 'managed_image', name: 'img-1', resourceGroup: 'rg' }],
    [
      `${SUB}/galleries/g/images/def/versions/1.2.3`,
      { kind: 'gallery_image_version', gallery: 'g', imageDefinition: 'def', version: '1.2.3' }
    ],
    [`${SUB}/disks/pkros123`, { kind: 'os_disk', name: 'pkros123' }],
    [
      'https://acct.blob.core.windows.net/system/Microsoft.Compute/Images/images/pkr-osDisk.0a1b.vhd',
      { kind: 'vhd', name: 'pkr-osDisk.0a1b.vhd' }
    ],
    [
      'https://acct.blob.core.windows.net/vhds/os.vhd?sv=2020&sig=SECRET',
      { kind: 'vhd', url: 'https://acct.blob.core.windows.net/vhds/os.vhd' }
    ],
    ['ami-12345', { kind: 'unknown' }]
  ])('%s', (id, expected) => {
    expect(parseArtifactId(id)).toMatchObject(expected)
  })
})

describe('readManifest', () => {
  const build = (name: string, uuid: string, extra: Record<string, unknown> = {}) => ({
    name,
    builder_type: 'azure-arm',
    build_time: 1700000000,
    files: null,
    artifact_id: `${SUB}/images/${name}`,
    packer_run_uuid: uuid,
    ...extra
  })

  it('takes the builds of last_run_uuid and reads custom_data as declared facts with line numbers', () => {
    const f = write('m1.json', {
      builds: [
        build('old', 'u1'),
        build('new', 'u2', {
          custom_data: {
            os_type: 'linux',
            os_disk_size_gb: '31',
            version: '1.0.2',
            data_disk_sizes_gb: '10, 20'
          }
        })
      ],
      last_run_uuid: 'u2'
    })
    const { images } = readManifest(f)
    expect(images.map(i => i.image)).toEqual(['new'])
    const facts = images[0]!.facts as Record<string, any>
    expect(facts.os.declared_type).toBe('Linux')
    expect(facts.disks).toEqual({
      os_disk_count: 1,
      os: { size_gb: 31 },
      data: [
        { lun: 0, size_gb: 10 },
        { lun: 1, size_gb: 20 }
      ]
    })
    expect(facts.sku.version_sources).toEqual([{ source: 'manifest custom_data', value: '1.0.2' }])
    expect(images[0]!.provenance['disks.os.size_gb']).toMatchObject({ source: 'manifest', file: f, line: 20 })
  })

  it('selects a build by name', () => {
    const f = write('m2.json', { builds: [build('a', 'u1'), build('b', 'u1')], last_run_uuid: 'u1' })
    expect(readManifest(f, { build: 'b' }).images.map(i => i.image)).toEqual(['b'])
    expect(() => readManifest(f, { build: 'zzz' })).toThrow(/no build named "zzz"; builds: a, b/)
  })

  it('takes the gallery version from the artifact ID', () => {
    const f = write('m3.json', {
      builds: [build('g', 'u', { artifact_id: `${SUB}/galleries/g/images/d/versions/2.0.1` })]
    })
    const facts = readManifest(f).images[0]!.facts as Record<string, any>
    expect(facts.sku.version).toBe('2.0.1')
    expect(facts.image.artifact_kind).toBe('gallery_image_version')
  })

  it.each([
    ['missing file', undefined, /Packer manifest not found: .*nope\.json/],
    ['empty file', '', /is empty/],
    [
      'truncated JSON',
      '{"builds": [',
      /m\.json:1:13: invalid JSON in Packer manifest: unexpected end of input/
    ],
    ['not JSON', 'builds: []', /1:1: invalid JSON/],
    ['wrong shape', '[1,2]', /a Packer manifest is a JSON object with "builds"; found array/],
    ['builds not array', '{"builds": {}}', /"builds" is a object, not an array/],
    [
      'no azure builds',
      JSON.stringify({ builds: [{ name: 'x', builder_type: 'docker' }] }),
      /no azure-arm build to check \(builder types found: docker\)/
    ],
    [
      'bad custom_data',
      JSON.stringify({
        builds: [{ name: 'x', builder_type: 'azure-arm', custom_data: { os_disk_size_gb: 'big' } }]
      }),
      /os_disk_size_gb must be a number of GB, found "big"/
    ]
  ])('%s is a one-line UserError', (_name, body, re) => {
    const f = body === undefined ? path.join(tmp, 'nope.json') : write('m.json', body)
    let err: unknown
    try {
      readManifest(f)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(re)
    expect((err as Error).message).not.toMatch(/\n/)
  })

  it('escapes control characters of hostile build names in messages', () => {
    const f = write('m4.json', { builds: [{ name: 'x\n::error::pwned', builder_type: 'docker' }] })
    let message = ''
    try {
      readManifest(f, { build: 'y\n::warning::z' })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).not.toBe('')
    expect(message).not.toMatch(/\n/)
    expect(message).toContain('\\n::error::pwned')
  })
})

describe('parseLocated', () => {
  it('matches JSON.parse and records positions', () => {
    const text = '{\n  "a": [1, {"b": "x\\u0041\\n"}],\n  "c": null, "d": -1.5e3\n}'
    const { value, positions } = parseLocated(text)
    expect(value).toEqual(JSON.parse(text))
    expect(positions.get('a.1.b')).toEqual({ line: 2, column: 18 })
    expect(positions.get('d')).toEqual({ line: 3, column: 19 })
  })
  it('does not let "__proto__" keys pollute objects', () => {
    const { value } = parseLocated('{"__proto__": {"polluted": true}}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(value as object)).toEqual(['__proto__'])
  })
})
