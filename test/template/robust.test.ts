/** Damaged templates: every one is read or rejected with one UserError line — never a crash or a stack. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isUserError } from '../../src/errors.js'
import { readTemplate, templateFacts } from '../../src/facts/template/index.js'

// Self-contained files (a file that refers to variables declared elsewhere is rejected, as Packer does).
const SRC = [
  'examples/templates/compliant/ubuntu.pkr.hcl',
  'examples/templates/failing/ubuntu.pkr.hcl',
  'examples/templates/failing-windows/windows.pkr.hcl'
]
const JSON_SRC = 'test/fixtures/templates/legacy.json'

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  '${',
  '=',
  '\n',
  '<<EOT\n',
  ',',
  '(',
  ')',
  '%{',
  '\\',
  '#',
  '/*',
  '~',
  '.',
  '...',
  '?',
  ':'
]

function mutate(text: string, r: () => number): string {
  const at = Math.floor(r() * text.length)
  switch (Math.floor(r() * 3)) {
    case 0:
      return text.slice(0, at) // truncated
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 8)) // bytes removed
    default:
      return text.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)]! + text.slice(at) // token inserted
  }
}

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-robust-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function readOrReject(p: string): Promise<'ok' | 'rejected'> {
  try {
    const m = await readTemplate(p)
    templateFacts(m)
    return 'ok'
  } catch (e) {
    if (!isUserError(e)) throw e
    expect(e.message).not.toMatch(/\n|\bat .*\.(js|ts):\d+/)
    return 'rejected'
  }
}

test('300 mutated HCL files', async () => {
  const r = rng(6)
  const seen = { ok: 0, rejected: 0 }
  for (let i = 0; i < 300; i++) {
    const src = SRC[i % SRC.length]!
    const f = path.join(dir, `m${i}.pkr.hcl`)
    fs.writeFileSync(f, mutate(fs.readFileSync(src, 'utf8'), r))
    seen[await readOrReject(f)]++
  }
  expect(seen.rejected).toBeGreaterThan(50)
  expect(seen.ok).toBeGreaterThan(10)
})

test('100 mutated JSON templates', async () => {
  const r = rng(7)
  const seen = { ok: 0, rejected: 0 }
  for (let i = 0; i < 100; i++) {
    const f = path.join(dir, `m${i}.json`)
    fs.writeFileSync(f, mutate(fs.readFileSync(JSON_SRC, 'utf8'), r))
    seen[await readOrReject(f)]++
  }
  expect(seen.rejected).toBeGreaterThan(30)
})

test('binary garbage and an empty file', async () => {
  const g = path.join(dir, 'garbage.pkr.hcl')
  fs.writeFileSync(g, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x7b, 0x22, 0x0a]))
  expect(await readOrReject(g)).toBe('rejected')
  const e = path.join(dir, 'empty.pkr.hcl')
  fs.writeFileSync(e, '')
  const m = await readTemplate(e)
  expect(m.sources).toEqual([])
  expect(templateFacts(m)).toEqual([])
})
