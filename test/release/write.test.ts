/**
 * Ledger write-back: a one-line diff that keeps comments, alignment and order; new SKUs and offers;
 * atomic replacement that loses nothing when the writing process is killed between write and rename.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { transformFileSync } from '@swc/core'
import { parseLedger } from '../../src/facts/ledger.js'
import { writeFileAtomic } from '../../src/release/atomic.js'
import { addVersion } from '../../src/release/ledger-edit.js'
import { repoRoot } from '../support/run-cli.js'
import { LEDGER, tempDir } from '../ledger/support.js'

const std = { offer: 'contoso-appliance', sku: 'standard-gen2' }

describe('ledger write-back', () => {
  it('adds to a flow list: one changed line, comments and alignment kept', () => {
    const out = addVersion(parseLedger(LEDGER, 'f'), std, '1.0.11')
    expect(out).toBe(LEDGER.replace('1.0.10, 1.0.9]   # published', '1.0.10, 1.0.9, 1.0.11]   # published'))
  })

  it('adds to a block list under a comment-bearing SKU', () => {
    const out = addVersion(
      parseLedger(LEDGER, 'f'),
      { offer: 'contoso-appliance', sku: 'premium-gen2' },
      '2.1.2'
    )
    expect(out).toBe(LEDGER.replace('          - 2.1.1\n', '          - 2.1.1\n          - 2.1.2\n'))
  })

  it('adds a new SKU and a new offer after the last entries; a file without a final newline too', () => {
    const l = parseLedger(LEDGER, 'f')
    expect(addVersion(l, { offer: 'contoso-appliance', sku: 'next' }, '3.0.0')).toBe(
      LEDGER + '      next:\n        versions: [3.0.0]\n'
    )
    expect(addVersion(l, { offer: 'fabrikam', sku: 'base' }, '1.0.0')).toBe(
      LEDGER + '  fabrikam:\n    skus:\n      base:\n        versions: [1.0.0]\n'
    )
    const noNl = 'offers:\n  o:\n    skus:\n      s:\n        versions:\n        - 1.0.0  # first'
    expect(addVersion(parseLedger(noNl, 'f'), { offer: 'o', sku: 's' }, '1.0.1')).toBe(
      noNl + '\n        - 1.0.1\n'
    )
    const empty = 'offers:\n  o:\n    skus:\n      s:\n        versions: []  # none yet\n'
    expect(addVersion(parseLedger(empty, 'f'), { offer: 'o', sku: 's' }, '1.0.0')).toBe(
      'offers:\n  o:\n    skus:\n      s:\n        versions: [1.0.0]  # none yet\n'
    )
  })

  it('falls back to the Document API for layouts it does not splice, still keeping comments and order', () => {
    const text =
      '# head\noffers:\n  o:   # the offer\n    skus: {}\n  p:\n    skus: {q: {versions: [1.0.0]}}\n'
    const out = addVersion(parseLedger(text, 'f'), { offer: 'o', sku: 'new' }, '1.0.0')
    const back = parseLedger(out, 'f').data
    expect(back).toEqual({
      offers: { o: { skus: { new: { versions: ['1.0.0'] } } }, p: { skus: { q: { versions: ['1.0.0'] } } } }
    })
    expect(out).toContain('# head')
    expect(out).toContain('# the offer')
    expect(out.indexOf('o:')).toBeLessThan(out.indexOf('p:'))
  })

  it('refuses to add to versions written as an alias', () => {
    const text = 'common: &v [1.0.0]\noffers:\n  o:\n    skus:\n      s:\n        versions: *v\n'
    expect(() => addVersion(parseLedger(text, 'f'), { offer: 'o', sku: 's' }, '1.0.1')).toThrow(
      'not written out as a list'
    )
  })

  it('keeps the version spelled as text (never 1.1 for 1.10-like values)', () => {
    const out = addVersion(parseLedger(LEDGER, 'f'), std, '1.0.100')
    expect(parseLedger(out, 'f').data.offers['contoso-appliance']!.skus['standard-gen2']!.versions).toEqual([
      '1.0.0',
      '1.0.1',
      '1.0.10',
      '1.0.9',
      '1.0.100'
    ])
  })
})

describe('atomic write', () => {
  it('replaces the file and leaves no temporary file', () => {
    const dir = tempDir('atomic')
    const f = path.join(dir, 'skus.yml')
    fs.writeFileSync(f, 'old\n')
    writeFileAtomic(f, 'new\n')
    expect(fs.readFileSync(f, 'utf8')).toBe('new\n')
    expect(fs.readdirSync(dir)).toEqual(['skus.yml'])
  })

  it('loses nothing when the writer is killed between the temporary write and the rename', async () => {
    const dir = tempDir('killed')
    // The real module, compiled as it is, run in a child process that we SIGKILL at the hook.
    const mod = path.join(dir, 'atomic.mjs')
    fs.writeFileSync(
      mod,
      transformFileSync(path.join(repoRoot, 'src/release/atomic.ts'), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' }
      }).code
    )
    const f = path.join(dir, 'skus.yml')
    fs.writeFileSync(f, LEDGER)
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(mod).href)}
         writeFileAtomic(${JSON.stringify(f)}, ${JSON.stringify(LEDGER)} + '# new\\n'.repeat(20000), {
           afterTempWrite: tmp => { process.stdout.write('ready ' + tmp + '\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0) }
         })`
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    const tmp = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', d => {
        out += String(d)
        const m = /^ready (.+)\n/.exec(out)
        if (m) resolve(m[1]!)
      })
      child.on('exit', code => reject(new Error(`child exited early (${code})`)))
    })
    const exited = new Promise(r => child.once('exit', (_c, sig) => r(sig)))
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    // The original is intact; the complete new content sits in the temporary file only.
    expect(fs.readFileSync(f, 'utf8')).toBe(LEDGER)
    expect(parseLedger(fs.readFileSync(f, 'utf8'), 'f').data.offers['contoso-appliance']).toBeDefined()
    expect(fs.readFileSync(tmp, 'utf8').endsWith('# new\n')).toBe(true)
    // A leftover temporary file does not stop the next release.
    writeFileAtomic(f, LEDGER + '# next\n')
    expect(fs.readFileSync(f, 'utf8')).toBe(LEDGER + '# next\n')
  })
})
