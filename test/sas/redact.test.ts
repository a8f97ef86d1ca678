import { beforeEach, describe, expect, test } from '@jest/globals'
import {
  clearSecrets,
  onSecretRegistered,
  redact,
  redactDeep,
  redactError,
  registerSecret
} from '../../src/redact.js'

beforeEach(() => clearSecrets())

describe('redact: patterns', () => {
  test.each([
    [
      'https://a.blob.core.windows.net/c/d.vhd?sv=1&sig=abc%2Bdef%3D&se=x',
      'https://a.blob.core.windows.net/c/d.vhd?sv=1&sig=REDACTED&se=x'
    ],
    ['?SIG=abc+def/g==', '?SIG=REDACTED'],
    ['see "https://x/y?sig=abcdef" now', 'see "https://x/y?sig=REDACTED" now'],
    ['<a href="https://x/y?sp=r&amp;sig=abcdef">', '<a href="https://x/y?sp=r&amp;sig=REDACTED">'],
    [
      'https%3A%2F%2Fx%2Fy%3Fsp%3Dr%26sig%3Dabc%252Bdef%26se%3D1',
      'https%3A%2F%2Fx%2Fy%3Fsp%3Dr%26sig%3DREDACTED%26se%3D1'
    ],
    ['{"sig": "abc\\"def", "sp": "r"}', '{"sig": "REDACTED", "sp": "r"}'],
    [
      'BlobEndpoint=https://x/;SharedAccessSignature=sv=1&sig=abc',
      'BlobEndpoint=https://x/;SharedAccessSignature=REDACTED'
    ],
    [
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy==;EndpointSuffix=x',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=REDACTED;EndpointSuffix=x'
    ],
    [
      'Authorization: SharedAccessSignature sr=x&sig=abc&se=1',
      'Authorization: SharedAccessSignature REDACTED'
    ],
    ['Authorization: SharedKey acct:Zm9vYmFyYmF6', 'Authorization: SharedKey acct:REDACTED'],
    ['Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0', 'Authorization: Bearer REDACTED'],
    ['token ghp_0123456789abcdefghijABCDEFGHIJ0123 used', 'token REDACTED used'],
    ['Bearer tokens are fine to mention', 'Bearer tokens are fine to mention'],
    ['design=signature sigma=1', 'design=signature sigma=1']
  ])('%s', (input, want) => {
    expect(redact(input)).toBe(want)
    expect(redact(redact(input))).toBe(want)
  })
})

describe('redact: registered secrets', () => {
  test('raw, percent-encoded, decoded and JSON-escaped forms', () => {
    registerSecret('s3cr3t+/value==')
    expect(redact('a s3cr3t+/value== b')).toBe('a REDACTED b')
    expect(redact('a s3cr3t%2B%2Fvalue%3D%3D b')).toBe('a REDACTED b')
    registerSecret('quote"and\\slash-secret')
    expect(redact(JSON.stringify({ x: 'quote"and\\slash-secret' }))).toBe('{"x":"REDACTED"}')
  })

  test('short values are not registered (would shred ordinary text)', () => {
    registerSecret('abc')
    registerSecret('')
    registerSecret(undefined)
    expect(redact('abc')).toBe('abc')
  })

  test('listeners hear about past and future secrets once', () => {
    const seen: string[] = []
    registerSecret('first-secret')
    onSecretRegistered(v => seen.push(v))
    registerSecret('second-secret')
    registerSecret('second-secret')
    expect(seen).toContain('first-secret')
    expect(seen.filter(v => v === 'second-secret')).toHaveLength(1)
  })

  test('redactDeep and redactError', () => {
    registerSecret('deep-secret-1')
    expect(redactDeep({ a: ['x deep-secret-1'], 'deep-secret-1': 2, n: 3, z: null })).toEqual({
      a: ['x REDACTED'],
      REDACTED: 2,
      n: 3,
      z: null
    })
    expect(redactError(new Error('failed for deep-secret-1\n    at stack line'))).toBe('failed for REDACTED')
    expect(redactError('GET https://x/y?sig=zzzzzz failed')).toBe('GET https://x/y?sig=REDACTED failed')
  })
})
