/**
 * SAS URIs generated with @azure/storage-blob against a real Azurite, VHDs made by qemu-img uploaded as
 * sparse page blobs (and one block blob): parsing, live verification through the SAS, footer facts, and no
 * signature anywhere in what the code produces.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  ContainerSASPermissions,
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  SASProtocol,
  type ContainerClient
} from '@azure/storage-blob'
import { sasFacts, verifySasLive } from '../../src/facts/disks.js'
import { parseSasUri, type SasFacts } from '../../src/facts/sas.js'
import { readVhdFooter, GIB } from '../../src/facts/vhd.js'
import { clearSecrets, redact } from '../../src/redact.js'
import { validateFacts } from '../../src/facts/validate.js'
import {
  azuriteInstalled,
  ensureVhds,
  qemuImgAvailable,
  startAzurite,
  uploadSparsePageBlob,
  vhdPath,
  type Azurite
} from '../support/azurite.js'
import { requireReal } from '../support/real.js'

const run =
  requireReal('qemu-img (Debian package qemu-utils)', qemuImgAvailable()) &&
  requireReal('Azurite (npm devDependency azurite)', azuriteInstalled()) &&
  ensureVhds()
const maybe = run ? describe : describe.skip

const HOUR = 3600
const DAY = 86400
const nowS = (): number => Math.floor(Date.now() / 1000)
const date = (s: number): Date => new Date(s * 1000)

let az: Azurite
let container: ContainerClient
/** Every signature generated in this run: none may appear in anything the code returns. */
const sigs: string[] = []
/** Everything the code under test produced (facts, errors), as text. */
const produced: string[] = []

function blobSas(blob: string, perms: string, st: number | undefined, se: number): string {
  const q = generateBlobSASQueryParameters(
    {
      containerName: container.containerName,
      blobName: blob,
      permissions: BlobSASPermissions.parse(perms),
      startsOn: st === undefined ? undefined : date(st),
      expiresOn: date(se),
      protocol: SASProtocol.HttpsAndHttp
    },
    az.credential
  )
  sigs.push(q.signature)
  return `${container.getBlobClient(blob).url}?${q.toString()}`
}

/** A container-level SAS (sr=c), appended to a blob URL or to the container URL itself. */
function containerSas(perms: string, st: number, se: number, blob?: string): string {
  const q = generateBlobSASQueryParameters(
    {
      containerName: container.containerName,
      permissions: ContainerSASPermissions.parse(perms),
      startsOn: date(st),
      expiresOn: date(se),
      protocol: SASProtocol.HttpsAndHttp
    },
    az.credential
  )
  sigs.push(q.signature)
  const base = blob === undefined ? container.url : container.getBlobClient(blob).url
  return `${base}?${q.toString()}`
}

const uploaded: Record<string, number> = {}

maybe('SAS URIs against Azurite', () => {
  beforeAll(async () => {
    clearSecrets()
    az = await startAzurite()
    container = az.service.getContainerClient('vhds')
    await container.create()
    for (const [name, file] of [
      ['linux-os.vhd', 'fixed-30g.vhd'],
      ['windows-os.vhd', 'fixed-128g.vhd'],
      ['dynamic.vhd', 'dynamic-1g.vhd'],
      ['unaligned.vhd', 'unaligned-100m.vhd'],
      ['truncated.vhd', 'truncated.vhd'],
      ['osdisk', 'fixed-16m.vhd']
    ] as const) {
      uploaded[name] = await uploadSparsePageBlob(container, name, vhdPath(file))
    }
    await container.getBlockBlobClient('block.vhd').uploadFile(vhdPath('fixed-16m.vhd'))
  }, 120_000)

  afterAll(async () => {
    await az?.stop()
  })

  test('page blobs were uploaded sparsely: only the non-zero pages', () => {
    // MBR signature page, marker at 1 MiB, end marker and footer: a few KiB for a 30 GiB disk.
    expect(uploaded['linux-os.vhd']).toBeLessThanOrEqual(8 * 512)
    expect(uploaded['windows-os.vhd']).toBeLessThanOrEqual(8 * 512)
  })

  async function check(
    disk: string,
    uri: string
  ): Promise<SasFacts & { live: NonNullable<SasFacts['live']> }> {
    const sas = parseSasUri(disk, uri, nowS())
    const live = await verifySasLive(sas, uri, { timeoutMs: 20_000 })
    const out = { ...sas, live }
    produced.push(JSON.stringify(out))
    return out
  }

  test('sp=r blob SAS on a 30 GiB fixed page blob: readable, PageBlob, fixed footer', async () => {
    const f = await check('os', blobSas('linux-os.vhd', 'r', nowS() - HOUR, nowS() + 30 * DAY))
    expect(f).toMatchObject({
      sr: 'b',
      sp: 'r',
      spr: 'https,http',
      scheme: 'http',
      container: 'vhds',
      blob_name: 'linux-os.vhd'
    })
    expect(f.account).toBe('devstoreaccount1')
    expect(f.live).toEqual({
      checked: true,
      readable: true,
      status: 200,
      blob_type: 'PageBlob',
      footer_fixed: true
    })
    expect(f.uri).toContain('sig=REDACTED')
  })

  test('sp=rl (container SAS on the blob URL): readable', async () => {
    const f = await check('os', containerSas('rl', nowS() - HOUR, nowS() + 30 * DAY, 'linux-os.vhd'))
    expect(f).toMatchObject({ sr: 'c', sp: 'rl', blob_name: 'linux-os.vhd' })
    expect(f.live).toMatchObject({ readable: true, footer_fixed: true })
  })

  test('sp=rwdl: readable too, and the permissions are in the facts for SAS-002', async () => {
    const f = await check('lun0', containerSas('rwdl', nowS() - HOUR, nowS() + 30 * DAY, 'windows-os.vhd'))
    expect(f.sp).toBe('rwdl')
    expect(f.live).toMatchObject({ readable: true, footer_fixed: true })
  })

  test('expired SAS: the service refuses it (403), se is in the past', async () => {
    const f = await check('os', blobSas('linux-os.vhd', 'r', nowS() - 10 * DAY, nowS() - DAY))
    expect(f.se_unix).toBeLessThan(nowS())
    expect(f.live).toMatchObject({ checked: true, readable: false, status: 403 })
    expect(f.live.error).toMatch(/^HEAD returned HTTP 403/)
    expect(f.live.footer_fixed).toBeUndefined()
  })

  test('SAS starting tomorrow: refused (403), st is in the future', async () => {
    const f = await check('os', blobSas('linux-os.vhd', 'r', nowS() + DAY, nowS() + 30 * DAY))
    expect(f.st_unix).toBeGreaterThan(nowS())
    expect(f.live).toMatchObject({ readable: false, status: 403 })
  })

  test('a 7-calendar-day window is 5 business days', async () => {
    const st = nowS() - HOUR
    const f = await check('os', blobSas('linux-os.vhd', 'r', st, st + 7 * DAY))
    expect(f.validity_business_days).toBe(5)
    expect(f.validity_seconds).toBe(7 * DAY)
    expect(f.live.readable).toBe(true)
  })

  test('container-level SAS on the container URL: no blob name, nothing to read', async () => {
    const f = await check('os', containerSas('rl', nowS() - HOUR, nowS() + 30 * DAY))
    expect(f.sr).toBe('c')
    expect(f.container).toBe('vhds')
    expect(f.blob_name).toBeUndefined()
    expect(f.live.readable).toBe(false)
    expect(f.live.error).toMatch(/^HEAD returned HTTP 4\d\d/)
  })

  test('URI naming a blob without .vhd: parsed, readable, footer fixed', async () => {
    const f = await check('lun1', blobSas('osdisk', 'r', nowS() - HOUR, nowS() + 30 * DAY))
    expect(f.blob_name).toBe('osdisk')
    expect(f.live).toMatchObject({ readable: true, footer_fixed: true })
  })

  test('block blob: readable, blob type BlockBlob', async () => {
    const f = await check('lun2', blobSas('block.vhd', 'r', nowS() - HOUR, nowS() + 30 * DAY))
    expect(f.live).toMatchObject({ readable: true, blob_type: 'BlockBlob', footer_fixed: true })
  })

  test('dynamic and truncated VHDs are not fixed; a missing blob is 404; a forged signature 403', async () => {
    const se = nowS() + 30 * DAY
    expect((await check('os', blobSas('dynamic.vhd', 'r', nowS() - HOUR, se))).live.footer_fixed).toBe(false)
    expect((await check('os', blobSas('truncated.vhd', 'r', nowS() - HOUR, se))).live.footer_fixed).toBe(
      false
    )
    expect((await check('os', blobSas('nothing-here.vhd', 'r', nowS() - HOUR, se))).live).toMatchObject({
      readable: false,
      status: 404
    })
    const good = blobSas('linux-os.vhd', 'r', nowS() - HOUR, se)
    expect((await check('os', good)).live.readable).toBe(true)
    const forged = good.replace(/sig=[^&]+/, 'sig=Zm9yZ2VkLXNpZ25hdHVyZS0wMDAwMDAwMDAwMDAwMDAwMDA%3D')
    sigs.push('Zm9yZ2VkLXNpZ25hdHVyZS0wMDAwMDAwMDAwMDAwMDAwMDA=')
    expect((await check('os', forged)).live).toMatchObject({ readable: false, status: 403 })
  })

  test('footer facts read through the SAS URL directly', async () => {
    const v = await readVhdFooter(blobSas('unaligned.vhd', 'r', nowS() - HOUR, nowS() + DAY), {
      timeoutMs: 20_000
    })
    produced.push(JSON.stringify(v))
    expect(v).toMatchObject({
      disk_type: 'fixed',
      mib_aligned: false,
      length_matches: true,
      blob_type: 'PageBlob'
    })
    expect(v.location).toMatch(/sig=REDACTED/)
  })

  test('sasFacts with network checks: sas[] with live results, observed disk sizes, provenance', async () => {
    const st = nowS() - HOUR
    const input = [
      `# the image's disks\nos=${blobSas('linux-os.vhd', 'r', st, st + 21 * DAY)}`,
      `lun0=${blobSas('windows-os.vhd', 'r', st, st + 21 * DAY)}\n\nlun1=${blobSas('unaligned.vhd', 'r', st, st + 21 * DAY)}`,
      `lun2=${blobSas('linux-os.vhd', 'r', st - 10 * DAY, st - DAY)}`,
      `not-a-disk=${blobSas('linux-os.vhd', 'r', st, st + DAY)}`
    ]
    const { facts, errors } = await sasFacts(input, {
      network: true,
      now: nowS(),
      timeoutMs: 20_000,
      inputName: 'sas-uris'
    })
    produced.push(JSON.stringify(facts), ...errors)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^sas-uris line 7: expected "os=<SAS URI>"/)
    expect(facts.sas?.map(s => [s.disk, s.live?.readable, s.live?.footer_fixed])).toEqual([
      ['os', true, true],
      ['lun0', true, true],
      ['lun1', true, true],
      ['lun2', false, undefined]
    ])
    expect(facts.disks?.os).toMatchObject({ size_gb: 30, vhd: { disk_type: 'fixed', length_matches: true } })
    expect(facts.disks?.data?.map(d => [d.lun, d.size_gb])).toEqual([
      [0, 128],
      [1, (facts.disks?.data?.[1]?.vhd?.current_size ?? 0) / GIB]
    ])
    expect(facts.disks?.data?.[1]?.vhd?.mib_aligned).toBe(false)
    expect(facts.provenance?.['disks.os.vhd']).toEqual({
      source: 'sas',
      detail: 'os (footer read through the SAS URI)'
    })
    expect(facts.provenance?.['sas.3']).toEqual({ source: 'sas', detail: 'lun2' })
    expect(() => validateFacts({ schema_version: 1, ...facts }, 'sasFacts from Azurite')).not.toThrow()
  })

  test('no signature generated in this run appears in anything produced, and redact removes them all', () => {
    expect(sigs.length).toBeGreaterThan(10)
    const text = produced.join('\n')
    for (const sig of sigs) {
      expect(text).not.toContain(sig)
      expect(text).not.toContain(encodeURIComponent(sig))
    }
    // Text that does carry them (as a careless log line would) comes out clean through redact().
    const careless = sigs
      .map(s => `GET ${container.url}/x.vhd?sp=r&sig=${encodeURIComponent(s)} raw=${s}`)
      .join('\n')
    const cleaned = redact(careless)
    for (const sig of sigs) {
      expect(cleaned).not.toContain(sig)
      expect(cleaned).not.toContain(encodeURIComponent(sig))
    }
  })
})
