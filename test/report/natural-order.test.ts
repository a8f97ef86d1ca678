/**
 * compareNatural (src/text.ts) replaced an "en" numeric Intl.Collator, whose set-up cost about 6 ms of every
 * cold start: on the characters of rule IDs and source names it must order exactly as the collator does.
 */
import { describe, expect, test } from '@jest/globals'
import { compareNatural } from '../../src/text.js'

const collator = new Intl.Collator('en', { numeric: true })
const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0)

// A small deterministic generator (no Math.random: the same cases every run).
function* strings(n: number): Generator<string> {
  const chars = 'aAbBzZ-.0123456789'
  let seed = 12345
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
  }
  for (let k = 0; k < n; k++) {
    const len = 1 + (next() % 8)
    let s = ''
    for (let i = 0; i < len; i++) s += chars[next() % chars.length]
    yield s
  }
}

describe('compareNatural', () => {
  test('orders rule IDs numerically', () => {
    const ids = ['AZMP-LNX-10', 'AZMP-LNX-2', 'ACME-001', 'AZMP-DSK-001', 'AZMP-LNX-009', 'acme-net-2']
    expect([...ids].sort(compareNatural)).toEqual([
      'ACME-001',
      'acme-net-2',
      'AZMP-DSK-001',
      'AZMP-LNX-2',
      'AZMP-LNX-009',
      'AZMP-LNX-10'
    ])
  })

  test('agrees with the en numeric collator on 4,000 pairs of ID-like strings', () => {
    const xs = [...strings(4001)]
    const disagree: string[] = []
    for (let i = 0; i + 1 < xs.length; i++) {
      const a = xs[i] as string
      const b = xs[i + 1] as string
      // Strings equal but for case or leading zeros: the collator ties or breaks them by its own tertiary
      // rules; compareNatural breaks them by code unit. Rule IDs never differ only so (they are unique
      // ignoring case).
      if (
        a.toLowerCase().replace(/(^|\D)0+(?=\d)/g, '$1') === b.toLowerCase().replace(/(^|\D)0+(?=\d)/g, '$1')
      )
        continue
      if (sign(compareNatural(a, b)) !== sign(collator.compare(a, b))) disagree.push(`${a} vs ${b}`)
    }
    expect(disagree).toEqual([])
  })

  test('is a total order: antisymmetric, and 0 only for equal strings', () => {
    const xs = [...strings(500)]
    for (let i = 0; i + 1 < xs.length; i++) {
      const a = xs[i] as string
      const b = xs[i + 1] as string
      expect(sign(compareNatural(a, b)) + sign(compareNatural(b, a))).toBe(0)
      if (a !== b) expect(compareNatural(a, b)).not.toBe(0)
    }
  })
})
