import { beforeEach, describe, expect, test } from '@jest/globals'
import { sasFacts } from '../../src/facts/disks.js'
import { businessDays, parseSasInputs, parseSasTime, parseSasUri } from '../../src/facts/sas.js'
import { clearSecrets, redact, registeredSecrets } from '../../src/redact.js'

const t = (iso: string): number => Date.parse(iso) / 1000
const SIG = 'b3Jp%2BZ2luYWw%2Fc2lnbmF0dXJlPQ%3D%3D'
const SIG_DECODED = decodeURIComponent(SIG)
const BASE = 'https://acct.blob.core.windows.net/vhds/os-disk.vhd'
const Q = `sv=2022-11-02&st=2024-05-06T08:00:00Z&se=2024-05-27T08:00:00Z&sr=b&sp=rl&spr=https&sig=${SIG}`

beforeEach(() => clearSecrets())

describe('parseSasTime', () => {
  test.each([
    ['2024-05-06T08:00:00Z', t('2024-05-06T08:00:00Z')],
    ['2024-05-06T08:00Z', t('2024-05-06T08:00:00Z')],
    ['2024-05-06T08:00:00.0000000Z', t('2024-05-06T08:00:00Z')],
    ['2024-05-06', t('2024-05-06T00:00:00Z')],
    ['2024-05-06T10:00:00+02:00', t('2024-05-06T08:00:00Z')],
    ['2024-05-06T08:00:00', t('2024-05-06T08:00:00Z')]
  ])('%s', (s, want) => expect(parseSasTime(s)).toBe(want))
  test.each(['yesterday', '2024-02-31', '2024-05-06T25:00Z', '06/05/2024', ''])('rejects %s', s =>
    expect(parseSasTime(s)).toBeUndefined()
  )
})

describe('businessDays', () => {
  const mon = t('2024-05-06T08:00:00Z')
  test.each([
    [mon, mon + 7 * 86400, 5],
    [mon, mon + 9 * 86400, 7],
    [mon, mon + 21 * 86400, 15],
    [t('2024-05-11T08:00:00Z'), t('2024-05-11T08:00:00Z') + 2 * 86400, 0], // Sat+Sun
    [t('2024-05-10T08:00:00Z'), t('2024-05-10T08:00:00Z') + 3 * 86400, 1], // Fri, Sat, Sun
    [mon, mon + 86399, 0],
    [mon, mon - 10, 0]
  ])('%i → %i: %i', (a, b, want) => expect(businessDays(a, b)).toBe(want))
})

describe('parseSasUri', () => {
  test('a complete blob SAS', () => {
    const f = parseSasUri('os', `${BASE}?${Q}`)
    expect(f).toEqual({
      disk: 'os',
      uri: `${BASE}?${Q.replace(SIG, 'REDACTED')}`,
      scheme: 'https',
      host: 'acct.blob.core.windows.net',
      account: 'acct',
      container: 'vhds',
      blob_name: 'os-disk.vhd',
      blob_name_raw: 'os-disk.vhd',
      sv: '2022-11-02',
      sp: 'rl',
      sr: 'b',
      spr: 'https',
      st_unix: t('2024-05-06T08:00:00Z'),
      se_unix: t('2024-05-27T08:00:00Z'),
      validity_seconds: 21 * 86400,
      validity_business_days: 15,
      has_signature: true
    })
    expect(registeredSecrets()).toEqual(expect.arrayContaining([SIG_DECODED, SIG]))
    expect(JSON.stringify(f)).not.toContain(SIG)
  })

  test('no st: window measured from now when given', () => {
    const now = t('2024-05-06T00:00:00Z')
    const f = parseSasUri('lun0', `${BASE}?sv=2022-11-02&se=2024-05-13T00:00:00Z&sr=b&sp=r&sig=${SIG}`, now)
    expect(f).toMatchObject({
      validity_seconds: 7 * 86400,
      validity_business_days: 5,
      validity_from_now: true
    })
    expect(f.st_unix).toBeUndefined()
    expect(parseSasUri('os', `${BASE}?se=2024-05-13&sig=${SIG}`).validity_seconds).toBeUndefined()
  })

  test('blob name percent-decoded; virtual directories kept; raw form too', () => {
    const f = parseSasUri('os', `https://a.blob.core.windows.net/c/dir/my%20disk%25.vhd?sr=b&sig=${SIG}`)
    expect(f).toMatchObject({
      container: 'c',
      blob_name: 'dir/my disk%.vhd',
      blob_name_raw: 'dir/my%20disk%25.vhd'
    })
  })

  test('path-style (emulator) URL: the account is the first path segment', () => {
    const f = parseSasUri('os', `http://127.0.0.1:10000/devstoreaccount1/vhds/os.vhd?sr=b&sig=${SIG}`)
    expect(f).toMatchObject({
      scheme: 'http',
      host: '127.0.0.1:10000',
      account: 'devstoreaccount1',
      container: 'vhds',
      blob_name: 'os.vhd'
    })
  })

  test('container SAS on a container URL: no blob name; root-container blob', () => {
    const c = parseSasUri('os', `https://a.blob.core.windows.net/vhds?sr=c&sp=rl&sig=${SIG}`)
    expect(c).toMatchObject({ sr: 'c', container: 'vhds' })
    expect(c.blob_name).toBeUndefined()
    const r = parseSasUri('os', `https://a.blob.core.windows.net/disk.vhd?sr=b&sp=r&sig=${SIG}`)
    expect(r).toMatchObject({ container: '$root', blob_name: 'disk.vhd' })
  })

  test('no signature', () => {
    const f = parseSasUri('os', `${BASE}?sv=2022-11-02&sp=r`)
    expect(f.has_signature).toBe(false)
    expect(parseSasUri('os', BASE).has_signature).toBe(false)
  })

  test('malformed input → parse_error, never a throw, signature still redacted', () => {
    expect(parseSasUri('os', `not a url sig=${SIG}`)).toEqual({
      disk: 'os',
      uri: 'not a url sig=REDACTED',
      parse_error: 'not a valid URL'
    })
    const bad = parseSasUri('os', `${BASE}?se=next-week&st=2024-13-01&sp=r&sp=rw&sig=${SIG}`)
    expect(bad.parse_error).toBe(
      'parameter "sp" appears more than once; st "2024-13-01" is not an ISO 8601 UTC time; se "next-week" is not an ISO 8601 UTC time'
    )
    expect(bad.sp).toBe('r')
    const ftp = parseSasUri('os', `ftp://a.blob.core.windows.net/c/d.vhd?sig=${SIG}`)
    expect(ftp.parse_error).toBe('scheme "ftp" is not http or https')
  })

  test('a raw "+" in the signature is not turned into a space', () => {
    parseSasUri('os', `${BASE}?sr=b&sig=abc+def/ghi=`)
    expect(registeredSecrets()).toContain('abc+def/ghi=')
  })
})

describe('parseSasInputs', () => {
  test('multiline input with prefixes, blank lines and comments', () => {
    const r = parseSasInputs([
      `# OS disk\nos=${BASE}?${Q}\n\n  LUN1 = ${BASE}?${Q}\r\nlun0=${BASE}?${Q}`,
      `lun2=${BASE}`
    ])
    expect(r.sas.map(s => s.disk)).toEqual(['os', 'lun1', 'lun0', 'lun2'])
    expect(r.uris[0]).toBe(`${BASE}?${Q}`)
    expect(r.errors).toEqual([])
  })

  test('a line without a prefix is an error line (redacted), not a crash', () => {
    const r = parseSasInputs([`os=${BASE}?${Q}\n${BASE}?${Q}\ndata=x`], undefined, '--sas')
    expect(r.sas).toHaveLength(1)
    expect(r.errors).toHaveLength(2)
    expect(r.errors[0]).toMatch(
      /^--sas line 2: expected "os=<SAS URI>" or "lun<N>=<SAS URI>", got "https:\/\/acct/
    )
    expect(r.errors.join('\n')).not.toContain(SIG)
  })
})

describe('sasFacts without network', () => {
  test('sas[] and provenance; no live object, no disks', async () => {
    const { facts, errors } = await sasFacts([`os=${BASE}?${Q}`, `lun0=${BASE}?${Q}`])
    expect(errors).toEqual([])
    expect(facts.sas?.map(s => s.disk)).toEqual(['os', 'lun0'])
    expect(facts.sas?.[0]?.live).toBeUndefined()
    expect(facts.disks).toBeUndefined()
    expect(facts.provenance).toEqual({
      'sas.0': { source: 'sas', detail: 'os' },
      'sas.1': { source: 'sas', detail: 'lun0' }
    })
    expect(redact(JSON.stringify(facts))).toBe(JSON.stringify(facts))
  })
})
