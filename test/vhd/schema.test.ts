/** What the VHD and SAS sources produce is valid against schemas/facts.schema.json, merged as the pipeline does. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, openSync, closeSync, writeSync, ftruncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { observedPartial } from '../../src/facts/disks.js'
import { footerChecksum } from '../../src/facts/vhd.js'
import { mergeFacts } from '../../src/facts/merge.js'
import { validateFacts } from '../../src/facts/validate.js'

/** A sparse fixed VHD written by hand: `size` bytes of holes, then the footer. */
function makeFixedVhd(path: string, size: number): void {
  const f = Buffer.alloc(512)
  f.write('conectix', 0, 'latin1')
  f.write('tst ', 28, 'latin1')
  f.writeBigUInt64BE(BigInt(size), 40)
  f.writeBigUInt64BE(BigInt(size), 48)
  f.writeUInt32BE(2, 60)
  f.writeUInt32BE(footerChecksum(f), 64)
  const fd = openSync(path, 'w')
  ftruncateSync(fd, size)
  writeSync(fd, f, 0, 512, size)
  closeSync(fd)
}

const SIG = 'c2NoZW1hLXRlc3Qtc2lnbmF0dXJl'

describe('VHD + SAS facts against the facts schema', () => {
  test('merged partials validate; data disks by LUN; sas accumulate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmip-schema-'))
    makeFixedVhd(join(dir, 'os.vhd'), 30 * 1024 ** 3)
    makeFixedVhd(join(dir, 'data.vhd'), 1024 ** 3)
    const observed = await observedPartial({
      vhd: [join(dir, 'os.vhd'), join(dir, 'data.vhd'), join(dir, 'missing.vhd')],
      sas: [
        `os=https://acct.blob.core.windows.net/vhds/os.vhd?sv=2022-11-02&st=2024-05-06T08:00:00Z&se=2024-05-27T08:00:00Z&sr=b&sp=rl&spr=https&sig=${SIG}`,
        `lun0=https://acct.blob.core.windows.net/vhds/data.vhd?se=bad&sig=${SIG}`,
        `lun1=http://[::1`
      ],
      readLinux: false
    })
    if (!observed) throw new Error('no partial')
    const { notes: _notes, ...partial } = observed
    const doc = mergeFacts([partial])
    expect(() => validateFacts(doc, 'test')).not.toThrow()
    const disks = doc.disks as {
      os: { size_gb: number }
      data: Array<{ lun: number; vhd: { error?: string } }>
    }
    expect(disks.os.size_gb).toBe(30)
    expect(disks.data.map(d => d.lun)).toEqual([0, 1])
    expect(disks.data[1]?.vhd.error).toMatch(/no such file$/)
    expect((doc.sas as unknown[]).length).toBe(3)
    expect(JSON.stringify(doc)).not.toContain(SIG)
    expect(doc.provenance?.['disks.os.vhd']).toEqual({ source: 'vhd', file: join(dir, 'os.vhd') })
  })

  test('malformed SAS input lines are a one-line user error, redacted', async () => {
    await expect(
      observedPartial({ sas: [`https://a.blob.core.windows.net/c/d.vhd?sig=${SIG}`], inputName: '--sas' })
    ).rejects.toThrow(
      /^--sas line 1: expected "os=<SAS URI>" or "lun<N>=<SAS URI>", got "https:\/\/a\.blob\.core\.windows\.net\/c\/d\.vhd\?sig=REDACTED"$/
    )
  })
})
