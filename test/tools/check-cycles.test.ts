import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../support/run-cli.js'

// scripts/check-cycles.mjs (npm run check:cycles, a step of .ci/run): the import-cycle gate for src/.
const script = path.join(repoRoot, 'scripts/check-cycles.mjs')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-cycles-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name)
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.writeFileSync(path.join(dir, f), text)
  }
  return dir
}
const check = (...args: string[]) => spawnSync('node', [script, ...args], { encoding: 'utf8' })

describe('check-cycles', () => {
  it('names each cycle, type-only and dynamic imports included unless skipped', () => {
    const dir = tree('cyclic', {
      'a.ts': "import { b } from './b.js'\nexport const a = () => b\n",
      'b.ts': "import type { C } from './sub/c.js'\nexport const b = 1 as unknown as C\n",
      'sub/c.ts': "export type C = number\nexport const c = () => import('../a.js')\n",
      'ok.ts': "import { a } from './a.js'\nexport const ok = a\n"
    })
    const r = check(dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(
      `import cycle (3 modules): ${path.relative(repoRoot, path.join(dir, 'a.ts'))} -> `
    )
    expect(r.stderr).toMatch(/-\(type\)-> \S*sub\/c\.ts -\(dynamic\)-> \S*a\.ts\n/)
    expect(r.stderr).toMatch(/1 import cycle\(s\) among 4 modules/)
    expect(check(dir, '--skip-type-imports').status).toBe(0)
    expect(check(dir, '--skip-dynamic').status).toBe(0)
  })
})
