/**
 * The shared defences in-process: versions compared as integers of any length, the one place that
 * neutralises workflow commands, the redactor on every signature form, the strict JSON reader and the
 * merge never touching a prototype.
 */
import { describe, expect, test } from '@jest/globals'
import { compareVersions, latestVersion } from '../../src/facts/ledger.js'
import { parseLocated } from '../../src/facts/json-file.js'
import { mergeFacts } from '../../src/facts/merge.js'
import { PRIORITY } from '../../src/facts/types.js'
import { redact, redactDeep } from '../../src/redact.js'
import { escapeControl, neutraliseCommands } from '../../src/text.js'

describe('versions are integers of any length', () => {
  test.each([
    ['9007199254740993.0.0', '9007199254740992.0.0', 1],
    ['1.0.18446744073709551617', '1.0.18446744073709551616', 1],
    ['100000000000000000000000000000.0.0', '99999999999999999999999999999.9.9', 1],
    ['1.10.0', '1.9.99', 1],
    ['2.0.0', '2.0.0', 0]
  ])('%s vs %s', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want)
    expect(compareVersions(b, a)).toBe(-want || 0)
  })
  test('the latest of huge versions is the numerically largest', () => {
    expect(latestVersion(['9007199254740993.0.0', '9007199254740992.9.9', '1.0.0'])).toBe(
      '9007199254740993.0.0'
    )
  })
})

describe('neutraliseCommands: one place, every syntax', () => {
  test.each([
    ['::error::x', 'text'],
    ['  ::warning file=a::x', 'text'],
    ['a\n::add-mask::s', 'text'],
    ['a\r::set-output name=x::y', 'text'],
    ['x ##[error]y', 'text'],
    ['<a>##[add-mask]x</a>\n::error::y', 'xml'],
    ['{"n": "x ##[add-mask]y"}', 'json']
  ] as const)('%j (%s)', (input, syntax) => {
    const out = neutraliseCommands(input, syntax)
    for (const line of out.split(/\r\n|\n|\r/)) {
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('##[')
    }
    if (syntax === 'json') expect(JSON.parse(out)).toEqual(JSON.parse(input))
  })
  test('bidi and control characters become visible escapes', () => {
    expect(escapeControl('a\u202eb\u2066c\u001bd')).toBe('a\\u202eb\\u2066c\\u001bd')
  })
})

describe('redact: every signature form the SAS parser reads', () => {
  const S = 'abcDEF0123456789signature'
  test.each([
    `sig=${S}`,
    `SIG=${S}`,
    `%73ig=${S}`,
    `%53%49%47=${S}`,
    `s%69g=${S}`,
    `x?a=1&%73%69%67=${S}&b=2`,
    `sig%3D${S}`,
    `%2573ig%3D${S}`
  ])('%s', text => {
    expect(redact(text)).not.toContain(S)
  })
  test('redactDeep keeps a "__proto__" key as data', () => {
    const v = parseLocated('{"__proto__": {"polluted": "sig=x"}}').value
    const out = redactDeep(v) as Record<string, unknown>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('strict JSON and merge', () => {
  test.each([
    ['{"a": 1, "a": 2}', /duplicate key "a" \(first at 1:2\)/],
    ['{"a": 1e309}', /outside the range/],
    ['{"a": -1e309}', /outside the range/],
    ['["\\ud800"]', /lone surrogate/],
    ['["\\udfff\\ud800"]', /lone surrogate/],
    [`${'['.repeat(300)}${']'.repeat(300)}`, /nesting deeper/]
  ])('%s is refused', (text, re) => {
    expect(() => parseLocated(text)).toThrow(re)
  })
  test('a surrogate pair is read', () => {
    expect(parseLocated('["\\ud83d\\ude00"]').value).toEqual(['\u{1f600}'])
  })
  test('merge: "__proto__" and "constructor" keys never reach Object.prototype', () => {
    const facts = parseLocated(
      '{"schema_version": 1, "x": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted2": true}}}}'
    ).value as Record<string, unknown>
    mergeFacts([
      { image: 'i', origin: { kind: 'facts', file: 'f' }, priority: PRIORITY.file, facts, provenance: {} }
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined()
  })
})
