/**
 * The ledger file: versions read as text, line-accurate schema errors, size and alias limits, exit 2
 * from the CLI; the git tag history; PR mode against the ledger on the base branch of a real repository.
 */
import fs from 'node:fs'
import path from 'node:path'
import { main } from '../../src/cli.js'
import { parseLedger, readLedgerFile, ledgerFacts } from '../../src/facts/ledger.js'
import { tagHistory } from '../../src/facts/git-history.js'
import { requireReal } from '../support/real.js'
import {
  LEDGER,
  git,
  gitAvailable,
  initRepo,
  settingsFor,
  skuFindings,
  tempDir,
  writeLedger
} from './support.js'

function err(text: string): string {
  try {
    parseLedger(text, 'skus.yml')
  } catch (e) {
    return (e as Error).message
  }
  throw new Error('no error')
}

async function cli(args: string[], cwd: string) {
  let out = ''
  let errText = ''
  const io = {
    out: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream & { fd: 1 },
    err: { write: (s: string) => ((errText += s), true) } as unknown as NodeJS.WriteStream & { fd: 2 }
  }
  const prev = process.cwd()
  process.chdir(cwd)
  try {
    return { code: await main(args, io), out, err: errText }
  } finally {
    process.chdir(prev)
  }
}

describe('ledger file', () => {
  it('reads versions as text, keeps their spelling, and points provenance at the lines', () => {
    const l = parseLedger(LEDGER, '.github/skus.yml')
    const { facts, provenance } = ledgerFacts(l, { offer: 'contoso-appliance', sku: 'standard-gen2' })
    expect(facts.sku).toMatchObject({
      published_versions: ['1.0.0', '1.0.1', '1.0.10', '1.0.9'],
      other_skus: { 'premium-gen2': ['2.1.0', '2.1.1'] },
      listing: { os_family: 'Linux', os_description: 'Debian 12' }
    })
    expect(provenance['sku.published_versions']).toEqual({
      source: 'ledger',
      file: '.github/skus.yml',
      line: 6,
      column: 9
    })
    expect(provenance['sku.listing.recommended_vm_sizes']).toMatchObject({ line: 9 })
  })

  it('never reads an unquoted 1.10 as the number 1.1: it is reported as written', () => {
    expect(err('offers:\n  o:\n    skus:\n      s:\n        versions: [1.0.0, 1.10]\n')).toBe(
      'skus.yml:5:27: offers.o.skus.s.versions[1] "1.10" is not a version X.Y.Z (three integers, no leading zeros, no "v" or suffix)'
    )
  })

  it('keeps numeric-looking SKU IDs as written (2024, 1.10)', () => {
    const l = parseLedger(
      'offers:\n  o:\n    skus:\n      2024:\n        versions: []\n      1.10:\n        versions: [1.0.0]\n',
      'f'
    )
    expect(Object.keys(l.data.offers.o!.skus)).toEqual(['2024', '1.10'])
  })

  it.each([
    [
      'offers:\n  x:\n    skus:\n      y:\n        versions:\n          - 1.0.0\n          - 1.0.1\n          - {a: 1}\n',
      'skus.yml:8:13: offers.x.skus.y.versions[2] must be a string'
    ],
    [
      'offers:\n  x:\n    skus:\n      y:\n        versions: [1.0.0, ~]\n',
      'skus.yml:5:27: offers.x.skus.y.versions[1] must be a string'
    ],
    ['offers:\n  x:\n    sku:\n      y: {}\n', 'skus.yml:2:3: offers.x must have "skus"'],
    [
      'offers:\n  x:\n    skus:\n      y:\n        versions: 1.0.0\n',
      'skus.yml:5:19: offers.x.skus.y.versions must be a list'
    ],
    [
      'offers:\n  x:\n    skus:\n      y:\n        versions: [1.0.0]\n        recommended_vm_sizes: [A, [B]]\n',
      'skus.yml:6:35: offers.x.skus.y.recommended_vm_sizes[1] must be a string'
    ],
    ['offers: [a]\n', 'skus.yml:1:9: offers must be a mapping'],
    ['offers:\n  x:\n    skus: {y: {versions: [1.0.0]}\n', 'skus.yml:4:1:'],
    ['offers:\n  x: 1\n  x: 2\n', 'skus.yml:3:3: Map keys must be unique']
  ])('reports bad input with file:line:col (%#)', (text, want) => {
    expect(err(text).startsWith(want)).toBe(true)
  })

  it('refuses an alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const cur = String.fromCharCode(97 + i)
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    lines.push('offers: {}')
    const t0 = process.memoryUsage().heapUsed
    expect(err(lines.join('\n') + '\n')).toContain('YAML aliases expand too much')
    expect(process.memoryUsage().heapUsed - t0).toBeLessThan(200 * 1024 * 1024)
  })

  it('refuses a file over 1 MiB', () => {
    const dir = tempDir('big')
    const f = writeLedger(dir, 'offers: {}\n' + '#'.repeat(1024 * 1024) + '\n')
    expect(() => readLedgerFile(f, 'big.yml')).toThrow('big.yml: the ledger is larger than 1 MiB')
  })

  it('exits 2 with one line from the CLI for a bad ledger, and for a missing one that was asked for', async () => {
    const dir = tempDir('cli')
    writeLedger(dir, 'offers:\n  x:\n    skus:\n      y:\n        versions: [1.0.0, 1.10]\n')
    const r = await cli(['check', '--sku', 'x/y', '--version', '1.0.1'], dir)
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      'vm-image-policy: error: .github/skus.yml:5:27: offers.x.skus.y.versions[1] "1.10" is not a version X.Y.Z (three integers, no leading zeros, no "v" or suffix)\n'
    )
    const m = await cli(['check', '--sku', 'x/y', '--ledger', 'nope.yml'], dir)
    expect(m.code).toBe(2)
    expect(m.err).toContain('ledger nope.yml not found')
    const s = await cli(['check', '--sku', 'just-one-part/', '--version', '1.0.1'], dir)
    expect(s.code).toBe(2)
    expect(s.err).toContain('--sku must be OFFER/SKU')
  })
})

const hasGit = gitAvailable()
const gitTest = requireReal('git', hasGit) ? describe : describe.skip

gitTest('git history', () => {
  it('reads published versions from tags matching <sku>/v<X.Y.Z> (and a custom pattern)', () => {
    const dir = tempDir('tags')
    initRepo(dir)
    fs.writeFileSync(path.join(dir, 'x'), 'x')
    git(dir, 'add', 'x')
    git(dir, 'commit', '-q', '-m', 'x')
    for (const t of [
      'standard-gen2/v1.0.0',
      'standard-gen2/v1.0.10',
      'standard-gen2/v1.0.9',
      'standard-gen2/v1.0.11-rc1',
      'premium/v2.0.0',
      'release-standard-gen2-3.0.1'
    ])
      git(dir, 'tag', t)
    const h = tagHistory(dir, '<sku>/v<X.Y.Z>', 'contoso', 'standard-gen2')
    expect(h.published.sort()).toEqual(['1.0.0', '1.0.10', '1.0.9'])
    expect(h.other).toEqual({ premium: ['2.0.0'] })
    expect(tagHistory(dir, 'release-<sku>-<X.Y.Z>', 'contoso', 'standard-gen2').published).toEqual(['3.0.1'])
  })

  it('judges the version against tags through the pipeline', async () => {
    const dir = tempDir('tags2')
    initRepo(dir)
    fs.writeFileSync(path.join(dir, 'x'), 'x')
    git(dir, 'add', 'x')
    git(dir, 'commit', '-q', '-m', 'x')
    git(dir, 'tag', 'std/v1.0.9')
    git(dir, 'tag', 'std/v1.0.10')
    const { byRule } = await skuFindings(
      settingsFor(dir, { sku: 'o/std', version: '1.0.10', history: 'tags' })
    )
    expect(byRule['AZMP-SKU-003']!.status).toBe('fail')
  })

  it('PR mode judges a PR that bumps the ledger against the base branch, not against itself', async () => {
    const origin = tempDir('origin')
    initRepo(origin)
    writeLedger(origin, LEDGER)
    git(origin, 'add', '.')
    git(origin, 'commit', '-q', '-m', 'ledger')
    // A clone, as actions/checkout makes it: origin/main is the base; the PR branch adds 1.0.11 to the ledger.
    const work = tempDir('clone')
    git(work, 'clone', '-q', origin, '.')
    git(work, 'checkout', '-q', '-b', 'bump')
    writeLedger(work, LEDGER.replace('1.0.9]', '1.0.9, 1.0.11]'))
    git(work, 'commit', '-q', '-am', 'bump to 1.0.11')

    const pr = await skuFindings(
      settingsFor(work, { sku: 'contoso-appliance/standard-gen2', version: '1.0.11', baseRef: 'main' })
    )
    expect(pr.byRule['AZMP-SKU-003']!.status).toBe('pass')
    expect(pr.byRule['AZMP-SKU-004']!.status).toBe('pass')
    expect(pr.notes.join('\n')).toContain('ledger on the base branch origin/main')

    // Without the base branch the PR would be judged against its own ledger: a duplicate.
    const self = await skuFindings(
      settingsFor(work, { sku: 'contoso-appliance/standard-gen2', version: '1.0.11' })
    )
    expect(self.byRule['AZMP-SKU-003']!.status).toBe('fail')

    // A version the base already has is still a duplicate.
    const dup = await skuFindings(
      settingsFor(work, { sku: 'contoso-appliance/standard-gen2', version: '1.0.10', baseRef: 'main' })
    )
    expect(dup.byRule['AZMP-SKU-003']!.status).toBe('fail')

    // Provenance of the published versions names the base branch.
    const r = await cli(
      [
        'check',
        '--sku',
        'contoso-appliance/standard-gen2',
        '--version',
        '1.0.11',
        '--base-ref',
        'nope',
        '--format',
        'json'
      ],
      work
    )
    // A base that cannot be read: the version rules are unknown with the reason (never "a new SKU").
    expect(r.err).toContain('the base branch "nope" is not in the checkout')
    const nope = JSON.parse(r.out) as { images: Array<{ findings: Array<{ rule: string; status: string }> }> }
    expect(nope.images[0]!.findings.find(f => f.rule === 'AZMP-SKU-003')!.status).toBe('unknown')
  })

  it('PR mode: a ledger the PR adds is absent on the base branch, so the SKU is new there', async () => {
    const dir = tempDir('newledger')
    initRepo(dir)
    fs.writeFileSync(path.join(dir, 'README'), 'x')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'init')
    git(dir, 'checkout', '-q', '-b', 'add-ledger')
    writeLedger(dir, LEDGER)
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'ledger')
    const r = await skuFindings(
      settingsFor(dir, { sku: 'contoso-appliance/standard-gen2', version: '1.0.0', baseRef: 'main' })
    )
    expect(r.byRule['AZMP-SKU-003']!.status).toBe('pass')
    expect(r.notes.join('\n')).toContain('does not exist on the base branch main')
  })
})
