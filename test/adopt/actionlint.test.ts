/**
 * actionlint (built by scripts/install-actionlint.sh from the Go module proxy) on every workflow this
 * repository has or shows: .github/workflows, examples/workflows, and the README's YAML workflow snippets
 * (extracted to temporary files). With shellcheck on PATH, actionlint also checks every `run:` script.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'

const bin = path.join(repoRoot, '.tools', 'bin', 'actionlint')
const run = requireReal('actionlint (bash scripts/install-actionlint.sh)', fs.existsSync(bin))
  ? test
  : test.skip

const ymls = (dir: string) =>
  fs
    .readdirSync(path.join(repoRoot, dir))
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(dir, f))

/** The README's ```yaml blocks that are workflows (they have `jobs:`), with the line each starts on. */
function readmeWorkflows(readme: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = []
  const lines = readme.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++
    const text = lines.slice(start, end).join('\n') + '\n'
    if (/^jobs:/m.test(text)) out.push({ line: start + 1, text })
    i = end
  }
  return out
}

function actionlint(files: string[], cwd = repoRoot) {
  return spawnSync(bin, ['-no-color', '-oneline', ...files], { cwd, encoding: 'utf8' })
}

run('the repository workflows and the example workflows pass actionlint', () => {
  const files = [...ymls('.github/workflows'), ...ymls('examples/workflows')]
  expect(files.length).toBeGreaterThanOrEqual(6)
  const r = actionlint(files)
  expect([r.status, r.stdout + r.stderr]).toEqual([0, ''])
})

run("the README's workflow snippets pass actionlint", () => {
  const snippets = readmeWorkflows(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'))
  expect(snippets.length).toBeGreaterThanOrEqual(1)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-readme-'))
  try {
    const files = snippets.map(s => {
      const f = path.join(dir, `README.md-line-${s.line}.yml`)
      fs.writeFileSync(f, s.text)
      return f
    })
    const r = actionlint(files, dir)
    expect([r.status, r.stdout + r.stderr]).toEqual([0, ''])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

run(
  'actionlint does report problems (a control: an input action.yml lacks, an undefined step output)',
  () => {
    // A project of its own (git repository, .github/workflows) with this repository's action.yml, so that
    // `uses: ./` is checked against the inputs action.yml declares, as in .github/workflows/self-test.yml.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-actionlint-'))
    try {
      fs.mkdirSync(path.join(dir, '.git'))
      fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true })
      fs.copyFileSync(path.join(repoRoot, 'action.yml'), path.join(dir, 'action.yml'))
      const f = path.join(dir, '.github', 'workflows', 'bad.yml')
      fs.writeFileSync(
        f,
        [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: ./',
          '        with:',
          '          manifestt: packer-manifest.json',
          '      - run: echo "${{ steps.nothing.outputs.x }}"',
          ''
        ].join('\n')
      )
      const r = actionlint([f], dir)
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(/input "manifestt" is not defined/)
      expect(r.stdout).toMatch(/property "nothing" is not defined/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
)
