/**
 * `vm-image-policy facts`: each image's merged facts (the pipeline's own gather/merge) with provenance, for
 * every source check accepts; --help; bad input is one line, exit 2; secrets are redacted.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli.js'

interface Out {
  images: Array<{ name: string; sources: string[]; facts: Record<string, any> }>
  notes: string[]
}

async function run(args: string[]) {
  let out = ''
  let err = ''
  const code = await main(args, {
    out: { write: (c: string) => ((out += c), true) } as unknown as NodeJS.WritableStream,
    err: { write: (c: string) => ((err += c), true) } as unknown as NodeJS.WritableStream
  })
  return { code, out, err }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-facts-cmd-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

test('manifest + facts + ledger: one image, merged, each fact with its source and location', async () => {
  const r = await run([
    'facts',
    '--manifest',
    'examples/compliant/packer-manifest.json',
    '--facts',
    'examples/compliant/linux.facts.json',
    '--ledger',
    'examples/compliant/skus.yml',
    '--now',
    '2026-11-25T12:00:00Z'
  ])
  expect(r.err).toBe('')
  expect(r.code).toBe(0)
  const o = JSON.parse(r.out) as Out
  expect(o.images).toHaveLength(1)
  const img = o.images[0]!
  expect(img.sources.some(s => s.startsWith('manifest '))).toBe(true)
  expect(img.sources.some(s => s.startsWith('facts '))).toBe(true)
  const prov = img.facts.provenance as Record<string, { source: string; file?: string; line?: number }>
  // A manifest fact points at the manifest, a probe fact at the facts file.
  const fromManifest = Object.entries(prov).find(([, l]) => l.source === 'manifest')
  expect(fromManifest?.[1].file).toMatch(/packer-manifest\.json$/)
  expect(fromManifest?.[1].line).toBeGreaterThan(0)
  // A probe fact keeps the probe's own location (the file on the image and its line).
  expect(prov['linux.boot.grub_default']).toEqual({ source: 'probe', file: '/etc/default/grub', line: 6 })
  expect(img.facts.schema_version).toBe(1)
  expect(img.facts.image.name).toBe(img.name)
})

test('the template alone: the declared disk size and the line that declares it', async () => {
  const r = await run(['facts', '--template', 'examples/templates/failing/ubuntu.pkr.hcl'])
  expect(r.code).toBe(0)
  const o = JSON.parse(r.out) as Out
  expect(o.images.length).toBeGreaterThan(0)
  const img = o.images[0]!
  const prov = img.facts.provenance as Record<string, { source: string; file?: string; line?: number }>
  const size = Object.entries(prov).find(([k]) => k.startsWith('disks.os.size_gb'))
  expect(size?.[1].source).toBe('template')
  expect(size?.[1].file).toMatch(/ubuntu\.pkr\.hcl$/)
  const text = fs.readFileSync('examples/templates/failing/ubuntu.pkr.hcl', 'utf8').split('\n')
  expect(text[(size?.[1].line ?? 0) - 1]).toMatch(/os_disk_size_gb/)
})

test('a VHD footer and a SAS URI: observed facts, and the signature never printed', async () => {
  const vhd = path.join(tmp, 'os.vhd')
  // A 1 MiB fixed VHD: zero data and a valid footer are not needed for the source to be read and reported.
  fs.writeFileSync(vhd, Buffer.alloc(1024))
  const sig = 'c2VjcmV0LXNpZ25hdHVyZS1mb3ItdGVzdHMtb25seQ%3D%3D'
  const r = await run([
    'facts',
    '--vhd',
    `os=${vhd}`,
    '--sas',
    `os=https://acct.blob.core.windows.net/c/os.vhd?sv=2022-11-02&sp=r&se=2027-01-01T00:00:00Z&sig=${sig}`,
    '--no-network-checks',
    '--now',
    '2026-11-25T12:00:00Z'
  ])
  expect(r.code).toBe(0)
  expect(r.out + r.err).not.toContain(sig)
  const o = JSON.parse(r.out) as Out
  expect(o.images).toHaveLength(1)
  expect(o.images[0]!.sources.join(' ')).toMatch(/sas|vhd/i)
})

test('--output writes the same JSON to a file (redacted), stdout stays empty', async () => {
  const f = path.join(tmp, 'facts.json')
  const r = await run(['facts', '--facts', 'examples/failing/linux.facts.json', '--output', f])
  expect(r.code).toBe(0)
  expect(r.out).toBe('')
  expect((JSON.parse(fs.readFileSync(f, 'utf8')) as Out).images).toHaveLength(1)
})

test('--help prints the sources; errors are one line and exit 2', async () => {
  const h = await run(['facts', '--help'])
  expect(h.code).toBe(0)
  expect(h.out).toMatch(/^Usage: vm-image-policy facts/)
  expect(h.out).toMatch(/--manifest FILE/)
  expect(h.out).toMatch(/--template PATH/)
  for (const args of [
    ['facts'],
    ['facts', '--manifst', 'x'],
    ['facts', '--manifest', path.join(tmp, 'missing.json')],
    ['facts', '--facts', 'examples/compliant/linux.facts.json', '--mode', 'nope'],
    ['facts', '--template', path.join(tmp, 'missing.pkr.hcl')]
  ]) {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(/^vm-image-policy: error: /)
  }
  expect((await run(['facts', '--manifst', 'x'])).err).toMatch(/did you mean --manifest/)
})

test('the main usage lists the facts command', async () => {
  expect((await run(['--help'])).out).toMatch(/vm-image-policy facts \[sources\]/)
})

test('manifest and template disagree on the disk size: both values, each with its source, in conflicts', async () => {
  const m = JSON.parse(fs.readFileSync('examples/compliant/packer-manifest.json', 'utf8')) as {
    builds: Array<{ custom_data: Record<string, string> }>
  }
  m.builds[0]!.custom_data.os_disk_size_gb = '64'
  const f = path.join(tmp, 'packer-manifest.json')
  fs.writeFileSync(f, JSON.stringify(m, null, 2))
  const r = await run(['facts', '--manifest', f, '--template', 'examples/compliant/debian.pkr.hcl'])
  expect(r.code).toBe(0)
  const img = (JSON.parse(r.out) as Out).images[0]!
  const c = (
    img.facts.conflicts as Array<{ fact: string; values: Array<{ value: unknown; source: any }> }>
  ).find(x => x.fact === 'disks.os.size_gb')
  expect(c?.values.map(v => [v.value, v.source.source]).sort()).toEqual(
    [
      [30, 'template'],
      [64, 'manifest']
    ].sort()
  )
  const t = c?.values.find(v => v.source.source === 'template')
  expect(t?.source).toMatchObject({ file: expect.stringMatching(/debian\.pkr\.hcl$/), line: 26 })
})
