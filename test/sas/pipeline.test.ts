/**
 * End to end through the pipeline: qemu-img VHDs on disk and as page blobs in Azurite, SAS URIs made with
 * @azure/storage-blob, the compiled policy judging DSK-005/006 and SAS-001..008, every rendered output
 * free of the signatures.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  SASProtocol,
  type ContainerClient
} from '@azure/storage-blob'
import { runCheck, type CheckResult } from '../../src/pipeline.js'
import { Engine } from '../../src/policy/engine.js'
import { render } from '../../src/report/render.js'
import type { Settings } from '../../src/settings.js'
import { clearSecrets } from '../../src/redact.js'
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

const DAY = 86400
const nowS = Math.floor(Date.now() / 1000)
let az: Azurite
let container: ContainerClient
const sigs: string[] = []

/** dist/ by default (CI rebuilds it before the tests); VMIP_POLICY_DIR points at another build. */
async function engine(): Promise<Engine> {
  const dir = process.env.VMIP_POLICY_DIR
  if (!dir) return Engine.load()
  const json = (f: string): never => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as never
  return Engine.load({
    wasm: fs.readFileSync(path.join(dir, 'policy.wasm')),
    rules: json('rules.json'),
    profiles: json('profiles.json')
  })
}

function sas(blob: string, perms: string, st: number, se: number): string {
  const q = generateBlobSASQueryParameters(
    {
      containerName: container.containerName,
      blobName: blob,
      permissions: BlobSASPermissions.parse(perms),
      startsOn: new Date(st * 1000),
      expiresOn: new Date(se * 1000),
      protocol: SASProtocol.HttpsAndHttp
    },
    az.credential
  )
  sigs.push(q.signature)
  return `${container.getBlobClient(blob).url}?${q.toString()}`
}

function settings(extra: Partial<Settings>): Settings {
  return {
    facts: [],
    profile: 'guide',
    mode: 'release',
    failOn: 'error',
    unknown: 'fail',
    now: new Date(nowS * 1000),
    format: 'json',
    verbose: false,
    networkChecks: true,
    ...extra
  }
}

function statuses(r: CheckResult, ids: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of r.report.images[0]?.findings ?? []) if (ids.includes(f.rule)) out[f.rule] = f.status
  return out
}

async function outputs(r: CheckResult): Promise<string> {
  const texts = [JSON.stringify(r.report), JSON.stringify(r.docs), r.notes.join('\n')]
  for (const format of ['text', 'json', 'sarif', 'junit', 'markdown'] as const) {
    try {
      texts.push(await render(format, r, { color: false, verbose: true }))
    } catch {
      // a format not implemented yet
    }
  }
  return texts.join('\n')
}

maybe('pipeline with VHD and SAS sources', () => {
  let eng: Engine
  beforeAll(async () => {
    clearSecrets()
    eng = await engine()
    az = await startAzurite()
    container = az.service.getContainerClient('vhds')
    await container.create()
    await uploadSparsePageBlob(container, 'linux-os.vhd', vhdPath('fixed-30g.vhd'))
    await uploadSparsePageBlob(container, 'data-unaligned.vhd', vhdPath('unaligned-100m.vhd'))
    await uploadSparsePageBlob(container, 'dynamic.vhd', vhdPath('dynamic-1g.vhd'))
    await container.getBlockBlobClient('block.vhd').uploadFile(vhdPath('fixed-16m.vhd'))
  }, 120_000)
  afterAll(async () => {
    await az?.stop()
  })

  const ids = [
    'AZMP-DSK-005',
    'AZMP-DSK-006',
    'AZMP-DSK-007',
    'AZMP-SAS-001',
    'AZMP-SAS-002',
    'AZMP-SAS-003',
    'AZMP-SAS-004',
    'AZMP-SAS-005',
    'AZMP-SAS-006',
    'AZMP-SAS-008'
  ]

  test('a good OS disk and a good SAS: disk and SAS rules pass from the real artefacts', async () => {
    // The image declares no data disks (as a manifest would); the OS disk and its SAS are observed.
    const declared = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-facts-')), 'declared.json')
    fs.writeFileSync(
      declared,
      JSON.stringify({ schema_version: 1, image: { name: 'img' }, disks: { data: [] } })
    )
    const r = await runCheck(
      settings({
        facts: [declared],
        vhd: [`os=${vhdPath('fixed-30g.vhd')}`],
        sas: [`os=${sas('linux-os.vhd', 'r', nowS - 2 * DAY, nowS + 30 * DAY)}`]
      }),
      eng
    )
    const st = statuses(r, ids)
    expect(st['AZMP-DSK-005']).toBe('pass')
    expect(st['AZMP-SAS-001']).toBe('pass')
    for (const id of [
      'AZMP-SAS-002',
      'AZMP-SAS-003',
      'AZMP-SAS-004',
      'AZMP-SAS-005',
      'AZMP-SAS-006',
      'AZMP-SAS-008'
    ])
      if (eng.rules.some(x => x.id === id)) expect([id, st[id]]).toEqual([id, 'pass'])
    const text = await outputs(r)
    for (const s of sigs) expect(text).not.toContain(s)
  })

  test('bad artefacts: dynamic VHD, unaligned data disk, rwd + expired + block blob SAS → failures, no signature in any output', async () => {
    const r = await runCheck(
      settings({
        profile: 'current',
        vhd: [`os=${vhdPath('dynamic-1g.vhd')}`, `lun0=${vhdPath('unaligned-100m.vhd')}`],
        sas: [
          `os=${sas('dynamic.vhd', 'rwd', nowS - 2 * DAY, nowS + 30 * DAY)}`,
          `lun0=${sas('data-unaligned.vhd', 'r', nowS - 30 * DAY, nowS - DAY)}`,
          `lun1=${sas('block.vhd', 'r', nowS - 2 * DAY, nowS + 30 * DAY)}`
        ]
      }),
      eng
    )
    const st = statuses(r, ids)
    expect(st['AZMP-DSK-005']).toBe('fail')
    expect(st['AZMP-DSK-006']).toBe('fail')
    // Disks seen through --vhd and through --sas are combined per LUN (lun0: local file, the SAS being
    // expired; lun1: the block blob read through its SAS), not one array replacing the other.
    const data = (r.docs[0]?.facts.disks as { data: Array<{ lun: number; vhd: { location: string } }> }).data
    expect(data.map(d => d.lun)).toEqual([0, 1])
    expect(data[0]?.vhd.location).toBe(vhdPath('unaligned-100m.vhd'))
    expect(data[1]?.vhd.location).toMatch(/block\.vhd\?.*sig=REDACTED/)
    expect(st['AZMP-DSK-007']).toBe('pass')
    for (const id of ['AZMP-SAS-002', 'AZMP-SAS-006', 'AZMP-SAS-008'])
      if (eng.rules.some(x => x.id === id)) expect([id, st[id]]).toEqual([id, 'fail'])
    expect(r.failed).toBe(true)
    const text = await outputs(r)
    expect(text).toContain('sig=REDACTED')
    for (const s of sigs) {
      expect(text).not.toContain(s)
      expect(text).not.toContain(encodeURIComponent(s))
    }
  })

  test('malformed --sas input is a one-line user error without the signature', async () => {
    const uri = sas('linux-os.vhd', 'r', nowS - DAY, nowS + DAY)
    const err = await runCheck(settings({ sas: [uri] }), eng).catch((e: unknown) => e as Error)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).name).toBe('UserError')
    expect((err as Error).message).toMatch(/^sas line 1: expected "os=<SAS URI>"/)
    for (const s of sigs) expect((err as Error).message).not.toContain(s)
  })
})
