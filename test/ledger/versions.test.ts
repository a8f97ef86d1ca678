/**
 * The SKU rules (AZMP-SKU-001..007) fed by the ledger source, through the real pipeline and the compiled
 * policy (dist/policy.wasm): numeric order, gaps, duplicates, lower versions, X.Y changes, other SKUs,
 * new SKUs, malformed versions, disagreeing sources.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LEDGER, settingsFor, skuFindings, tempDir, writeLedger } from './support.js'

const dir = tempDir('versions')
writeLedger(dir, LEDGER)
const std = 'contoso-appliance/standard-gen2'

async function judge(version: string, o: { sku?: string; profile?: string; manifest?: string } = {}) {
  return skuFindings(
    settingsFor(dir, { sku: o.sku ?? std, version }, { profile: o.profile, manifest: o.manifest })
  )
}

describe('SKU versions against the ledger', () => {
  it('orders numerically: 1.0.11 follows 1.0.10, not 1.0.9 (ledger order does not matter)', async () => {
    const { byRule } = await judge('1.0.11')
    expect(byRule['AZMP-SKU-003']!.status).toBe('pass')
    expect(byRule['AZMP-SKU-004']!.status).toBe('pass')
    expect(byRule['AZMP-SKU-004']!.message).toContain('above the latest published 1.0.10')
    expect(byRule['AZMP-SKU-005']!.status).toBe('pass')
    expect(byRule['AZMP-SKU-007']!.status).toBe('pass')
  })

  it('warns about a gap (1.0.13 skips two)', async () => {
    const { byRule } = await judge('1.0.13')
    expect(byRule['AZMP-SKU-005']).toMatchObject({ status: 'fail', severity: 'warning' })
    expect(byRule['AZMP-SKU-005']!.message).toContain(
      'skips 2 patch version(s) after the latest published 1.0.10'
    )
    expect(byRule['AZMP-SKU-004']!.status).toBe('pass')
  })

  it('fails a duplicate (1.0.9 is published), annotated on the input', async () => {
    const { byRule } = await judge('1.0.9')
    expect(byRule['AZMP-SKU-003']).toMatchObject({ status: 'fail', severity: 'error' })
    expect(byRule['AZMP-SKU-003']!.message).toContain('already published in this SKU')
    expect(byRule['AZMP-SKU-003']!.location).toEqual({ source: 'input', detail: 'version' })
  })

  it('fails a lower version (1.0.2 < 1.0.10 numerically, though "1.0.2" > "1.0.10" as text)', async () => {
    const { byRule } = await judge('1.0.2')
    expect(byRule['AZMP-SKU-004']!.status).toBe('fail')
    expect(byRule['AZMP-SKU-004']!.message).toContain("not above this SKU's latest published version 1.0.10")
  })

  it('fails an X.Y change inside the SKU', async () => {
    const { byRule } = await judge('1.1.0')
    expect(byRule['AZMP-SKU-004']!.status).toBe('fail')
    expect(byRule['AZMP-SKU-004']!.message).toContain('changes X.Y to 1.1')
  })

  it("allows another SKU's X.Y: premium-gen2 at 2.1.x is judged only against its own history", async () => {
    const { byRule } = await judge('2.1.2', { sku: 'contoso-appliance/premium-gen2' })
    for (const id of ['AZMP-SKU-002', 'AZMP-SKU-003', 'AZMP-SKU-004', 'AZMP-SKU-005', 'AZMP-SKU-006'])
      expect([id, byRule[id]!.status]).toEqual([id, 'pass'])
    expect(byRule['AZMP-SKU-006']!.message).toContain('standard-gen2: 1.0')
    expect(byRule['AZMP-SKU-007']!.status).toBe('not_applicable')
  })

  it('accepts any valid version for a new SKU and says so', async () => {
    const { byRule, notes } = await judge('5.3.0', { sku: 'contoso-appliance/next-gen' })
    expect(byRule['AZMP-SKU-004']).toMatchObject({ status: 'pass' })
    expect(byRule['AZMP-SKU-004']!.message).toContain('new SKU')
    expect(byRule['AZMP-SKU-003']!.message).toContain('new SKU')
    expect(notes.join('\n')).toContain('contoso-appliance/next-gen has no published versions')
  })

  it.each([
    ['1.0', '2 parts instead of 3'],
    ['1.0.0.0', '4 parts instead of 3'],
    ['01.0.0', 'leading zeros'],
    ['1.0.0-rc1', 'pre-release or build suffix'],
    ['v1.0.0', '"v" prefix']
  ])('rejects the malformed version %s (%s)', async (v, why) => {
    const { byRule } = await judge(v)
    expect(byRule['AZMP-SKU-002']!.status).toBe('fail')
    expect(byRule['AZMP-SKU-002']!.message).toContain(why)
    expect(byRule['AZMP-SKU-003']!.status).toBe('not_applicable')
    expect(byRule['AZMP-SKU-004']!.status).toBe('not_applicable')
  })

  it('rejects 2147483648.0.0 under --profile current only (32-bit parts)', async () => {
    const cur = await judge('2147483648.0.0', { sku: 'contoso-appliance/huge', profile: 'current' })
    expect(cur.byRule['AZMP-SKU-002']!.status).toBe('fail')
    expect(cur.byRule['AZMP-SKU-002']!.message).toContain('fit a 32-bit signed integer')
    const guide = await judge('2147483648.0.0', { sku: 'contoso-appliance/huge' })
    expect(guide.byRule['AZMP-SKU-002']!.status).toBe('pass')
  })

  it('fails when the sources disagree, naming each (input vs manifest custom_data)', async () => {
    const m = JSON.parse(fs.readFileSync('examples/compliant/packer-manifest.json', 'utf8'))
    m.builds[0].custom_data.version = '1.0.12'
    const manifest = path.join(dir, 'packer-manifest.json')
    fs.writeFileSync(manifest, JSON.stringify(m))
    const { byRule } = await judge('1.0.11', { manifest })
    const f = byRule['AZMP-SKU-002']!
    expect(f.status).toBe('fail')
    expect(f.message).toContain('input says 1.0.11')
    expect(f.message).toContain('manifest custom_data says 1.0.12')
  })

  it('takes offer and SKU from the manifest custom_data when --sku is not given', async () => {
    const manifest = path.join(dir, 'compliant.json')
    fs.copyFileSync('examples/compliant/packer-manifest.json', manifest)
    const { byRule } = await skuFindings(settingsFor(dir, {}, { manifest }))
    // The example manifest proposes 1.0.3, below the ledger's 1.0.10.
    expect(byRule['AZMP-SKU-004']!.status).toBe('fail')
    expect(byRule['AZMP-SKU-007']!.status).toBe('pass')
  })
})
