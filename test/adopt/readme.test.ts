/**
 * The README tells the truth about action.yml and the manifest reader: the input and output tables list
 * exactly action.yml's inputs and outputs, with action.yml's defaults; the `custom_data` table and the
 * Packer `post-processor "manifest"` snippet name exactly the keys src/facts/manifest.ts reads.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-cli.js'
import { CUSTOM_DATA_KEYS } from '../../src/facts/manifest.js'
import { parseHcl } from '../../src/facts/template/hcl.js'
import { attr, blocks } from '../../src/facts/template/ast.js'

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

/** Markdown tables of the README: header cells and the rows' cells, with the line of each row. */
function tables(text: string): { header: string[]; rows: { line: number; cells: string[] }[] }[] {
  const out: { header: string[]; rows: { line: number; cells: string[] }[] }[] = []
  const lines = text.split('\n')
  const cells = (l: string) =>
    l
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map(c => c.trim())
  for (let i = 0; i < lines.length - 1; i++) {
    if (!/^\|/.test(lines[i]!) || !/^\|\s*:?-{3,}/.test(lines[i + 1]!)) continue
    const t = { header: cells(lines[i]!), rows: [] as { line: number; cells: string[] }[] }
    let j = i + 2
    for (; j < lines.length && /^\|/.test(lines[j]!); j++)
      t.rows.push({ line: j + 1, cells: cells(lines[j]!) })
    out.push(t)
    i = j
  }
  return out
}
/** The backticked names of a first cell: "`var-files`, `vars`" → var-files, vars. */
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1]!)

const all = tables(readme)
const inputRows = all
  .filter(t => t.header[0] === 'input' && t.header[1] === 'default')
  .flatMap(t => t.rows.flatMap(r => names(r.cells[0]!).map(name => ({ name, row: r }))))
const outputRows = all
  .filter(t => t.header[0] === 'output')
  .flatMap(t => t.rows.flatMap(r => names(r.cells[0]!).map(name => ({ name, row: r }))))

test("the README's input tables list every input of action.yml once, and no other", () => {
  const listed = inputRows.map(r => r.name)
  expect(listed.filter((n, i) => listed.indexOf(n) !== i)).toEqual([])
  expect([...listed].sort()).toEqual(Object.keys(action.inputs).sort())
})

test.each(Object.entries(action.inputs))(
  'input %s: the default in the README is action.yml’s',
  (name, spec) => {
    const row = inputRows.find(r => r.name === name)!.row
    const cell = row.cells[1]!
    if (spec.default !== undefined && spec.default !== '') {
      // The literal default, as action.yml has it (an empty default is an empty cell).
      expect([name, cell]).toEqual([name, '`' + String(spec.default) + '`'])
    } else if (spec.default === undefined && cell !== '') {
      // A computed default (none in action.yml): action.yml's description must state it too.
      expect([name, /default/i.test(spec.description)]).toEqual([name, true])
    }
  }
)

test("the README's output table lists every output of action.yml once, and no other", () => {
  const listed = outputRows.map(r => r.name)
  expect(listed.filter((n, i) => listed.indexOf(n) !== i)).toEqual([])
  expect([...listed].sort()).toEqual(Object.keys(action.outputs).sort())
})

test('the custom_data table names exactly the keys the manifest reader reads', () => {
  const t = all.find(t => t.header[0] === '`custom_data` key')
  expect(t).toBeDefined()
  expect(t!.rows.flatMap(r => names(r.cells[0]!)).sort()).toEqual([...CUSTOM_DATA_KEYS].sort())
})

test('the post-processor "manifest" snippet parses as HCL and sets exactly those custom_data keys', async () => {
  const blocksHcl = [...readme.matchAll(/^```hcl\n([\s\S]*?)^```$/gm)].map(m => m[1]!)
  const snippet = blocksHcl.find(b => /post-processor\s+"manifest"/.test(b))
  expect(snippet).toBeDefined()
  const body = await parseHcl(snippet!, 'README.md')
  const [pp] = blocks(blocks(body, 'build')[0]!.body, 'post-processor').filter(
    b => b.labels[0] === 'manifest'
  )
  expect(pp).toBeDefined()
  const custom = attr(pp!.body, 'custom_data')!.expr
  expect(custom.kind).toBe('object')
  const keys =
    custom.kind === 'object'
      ? custom.items.map(i =>
          i.key.kind === 'variable' ? i.key.name : i.key.kind === 'literal' ? String(i.key.value) : i.key.text
        )
      : []
  expect(keys.sort()).toEqual([...CUSTOM_DATA_KEYS].sort())
  expect(attr(pp!.body, 'output')?.expr.text).toBe('"packer-manifest.json"')
})
