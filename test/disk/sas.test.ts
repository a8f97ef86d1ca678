/**
 * The OS disk read through a SAS URI: a real Azurite page blob (facts equal probe.sh --root, provenance
 * "sas", the signature nowhere), and loopback servers that lie about ranges (a note, no facts, bounded).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { BlobSASPermissions, generateBlobSASQueryParameters, SASProtocol } from '@azure/storage-blob'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { readLinuxFromDisk } from '../../src/facts/disk/linux.js'
import { observedPartial } from '../../src/facts/disks.js'
import { azuriteInstalled, startAzurite, uploadSparsePageBlob, type Azurite } from '../support/azurite.js'
import { requireReal } from '../support/real.js'
import { comparable, makeDisk, probeRoot, smallRoot, toolsAvailable } from './helpers.js'

const run =
  requireReal('sfdisk, mkfs.ext4, debugfs and qemu-img', toolsAvailable()) &&
  requireReal('Azurite (npm devDependency azurite)', azuriteInstalled())
const maybe = run ? describe : describe.skip

let az: Azurite
let work: string
let root: string
let uri: string
let sig: string

maybe('Linux facts through a SAS URI', () => {
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-disk-sas-'))
    root = smallRoot()
    makeDisk(root, path.join(work, 'os.vhd'), 'gpt')
    az = await startAzurite()
    const container = az.service.getContainerClient('vhds')
    await container.create()
    await uploadSparsePageBlob(container, 'os.vhd', path.join(work, 'os.vhd'))
    const q = generateBlobSASQueryParameters(
      {
        containerName: 'vhds',
        blobName: 'os.vhd',
        permissions: BlobSASPermissions.parse('r'),
        startsOn: new Date(Date.now() - 3600_000),
        expiresOn: new Date(Date.now() + 30 * 86400_000),
        protocol: SASProtocol.HttpsAndHttp
      },
      az.credential
    )
    sig = q.signature
    uri = `${container.getBlobClient('os.vhd').url}?${q.toString()}`
  }, 120_000)
  afterAll(async () => {
    await az?.stop()
    fs.rmSync(work, { recursive: true, force: true })
    fs.rmSync(root, { recursive: true, force: true })
  })

  test('the page blob gives the probe facts, provenance sas, no signature', async () => {
    const r = await readLinuxFromDisk(uri, { via: 'sas' })
    expect(r.notes).toEqual([])
    expect(comparable(r.facts ?? {})).toEqual(await probeRoot(root))
    expect(Object.values(r.provenance).every(p => p.source === 'sas')).toBe(true)
    expect(JSON.stringify(r)).not.toContain(sig)
    expect(JSON.stringify(r)).not.toContain(encodeURIComponent(sig))
    expect(r.stats.reads).toBeLessThan(200)
  })

  test('observedPartial reads the blob only with network checks, and merges the Linux facts as observed', async () => {
    const off = await observedPartial({ sas: [`os=${uri}`], network: false })
    expect(off?.facts.linux).toBeUndefined()
    const on = await observedPartial({ sas: [`os=${uri}`], network: true })
    expect(on?.facts.linux).toBeDefined()
    expect(on?.priority).toBe(30)
    expect(on?.provenance['linux.ssh.installed']?.source ?? 'sas').toBe('sas')
    expect(JSON.stringify(on)).not.toContain(sig)
  })

  test.each([
    ['a wrong Content-Range', 'range'],
    ['more bytes than asked', 'extra'],
    ['HTTP 200 with the whole blob', 'full'],
    ['a short body', 'short']
  ])('a server that answers %s: a note, no facts, bounded', async (_what, mode) => {
    const data = fs.readFileSync(path.join(work, 'os.vhd'))
    const server = http.createServer((req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'content-length': data.length })
        return res.end()
      }
      const m = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? '')
      const s = Number(m?.[1] ?? 0)
      const e = Number(m?.[2] ?? 0)
      const lie = s > 0 && s < data.length - 512 // the footer is honest, the disk is not
      if (mode === 'full' && lie) {
        res.writeHead(200, { 'content-length': data.length })
        return res.end(data)
      }
      const body = data.subarray(s, e + 1)
      if (mode === 'range' && lie) {
        res.writeHead(206, { 'content-range': `bytes ${s + 512}-${e + 512}/${data.length}` })
        return res.end(data.subarray(s + 512, e + 513))
      }
      if (mode === 'extra' && lie) {
        res.writeHead(206, { 'content-range': `bytes ${s}-${e}/${data.length}` })
        return res.end(Buffer.concat([body, Buffer.alloc(4096)]))
      }
      if (mode === 'short' && lie) {
        res.writeHead(206, { 'content-range': `bytes ${s}-${e}/${data.length}` })
        return res.end(body.subarray(0, 10))
      }
      res.writeHead(206, { 'content-range': `bytes ${s}-${e}/${data.length}` })
      res.end(body)
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as AddressInfo).port
    try {
      const t0 = Date.now()
      const r = await readLinuxFromDisk(`http://127.0.0.1:${port}/os.vhd?sv=2024&sig=SECRETSIG`, {
        via: 'sas'
      })
      expect(r.facts).toBeUndefined()
      expect(r.notes.join('\n')).toMatch(/Linux facts not read from the disk/)
      expect(JSON.stringify(r)).not.toContain('SECRETSIG')
      expect(Date.now() - t0).toBeLessThan(15_000)
    } finally {
      server.closeAllConnections()
      await new Promise(r => server.close(r))
    }
  })
})
