/**
 * dist/licenses.txt carries the licence of every third-party package dist/ ships. Which packages the
 * bundles contain is found here independently of scripts/bundle.mjs: both entries are compiled again with
 * ncc into a temporary folder, and webpack's module list (--stats-out) names each bundled file's package.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'

const licences = path.join(repoRoot, 'dist', 'licenses.txt')
const run = requireReal('dist/licenses.txt (npm run build)', fs.existsSync(licences)) ? test : test.skip
const text = fs.existsSync(licences) ? fs.readFileSync(licences, 'utf8') : ''
/** Licences whose terms a bundle may carry (permissive, notice-preserving). */
const ALLOWED = ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']

async function bundledPackageDirs(): Promise<Set<string>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-licences-'))
  try {
    const ncc = path.join(repoRoot, 'node_modules/.bin/ncc')
    const entries = ['src/index.cjs', 'src/cli-main.cjs']
    await Promise.all(
      entries.map((entry, i) =>
        promisify(execFile)(
          ncc,
          [
            'build',
            entry,
            '-o',
            path.join(tmp, `out${i}`),
            '-m',
            '--target',
            'es2022',
            '-q',
            '--stats-out',
            path.join(tmp, `stats${i}.json`)
          ],
          { cwd: repoRoot, maxBuffer: 64 << 20 }
        )
      )
    )
    const dirs = new Set<string>()
    interface Mod {
      nameForCondition?: string
      modules?: Mod[]
    }
    const walk = (mods: Mod[] | undefined) => {
      for (const m of mods ?? []) {
        const dir = m.nameForCondition?.match(/^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//)?.[1]
        if (dir) dirs.add(dir)
        walk(m.modules)
      }
    }
    for (let i = 0; i < entries.length; i++)
      walk(
        (JSON.parse(fs.readFileSync(path.join(tmp, `stats${i}.json`), 'utf8')) as { modules: Mod[] }).modules
      )
    return dirs
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

function expectLicence(name: string, version: string, dir: string) {
  const header = text.split('\n').find(l => l.startsWith(`${name} ${version} — `))
  expect([name, version, header !== undefined]).toEqual([name, version, true])
  expect([name, ALLOWED.includes(header!.split(' — ')[1]!)]).toEqual([name, true])
  const files = fs.readdirSync(dir).filter(f => /^(licen[cs]e|copying)([.-].*)?$/i.test(f))
  expect([name, files.length > 0]).toEqual([name, true])
  for (const f of files) {
    const body = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n').trimEnd()
    expect([name, f, text.includes(body)]).toEqual([name, f, true])
  }
}

run(
  'every package compiled into dist/index.js and dist/cli.js has its licence text in dist/licenses.txt',
  async () => {
    const dirs = await bundledPackageDirs()
    expect(dirs.size).toBeGreaterThan(10)
    for (const dir of dirs) {
      const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name: string
        version: string
      }
      expectLicence(pj.name, pj.version, dir)
    }
  },
  600_000
)

run(
  'the files copied beside the bundles, and OPA (its runtime is in dist/policy.wasm), have theirs too',
  () => {
    for (const p of ['web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl']) {
      const dir = path.join(repoRoot, 'node_modules', p)
      const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }
      expectLicence(p, pj.version, dir)
    }
    const opa = fs
      .readFileSync(path.join(repoRoot, 'scripts/install-opa.sh'), 'utf8')
      .match(/OPA_VERSION:-(v[\d.]+)/)![1]!
    expect(text).toMatch(
      new RegExp(`^github\\.com/open-policy-agent/opa ${opa.replace(/\./g, '\\.')} — Apache-2\\.0$`, 'm')
    )
    expect(text).toMatch(/Apache License\s+Version 2\.0/)
  }
)

test('LICENSE is the MIT licence package.json names', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { license: string }
  expect(pkg.license).toBe('MIT')
  const lic = fs.readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8')
  expect(lic).toMatch(/^MIT License\n\nCopyright \(c\) 2026 vm-image-policy contributors\n/)
  expect(lic).toMatch(/THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/)
})
