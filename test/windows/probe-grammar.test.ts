/**
 * probes/windows/probe.ps1 is not executed here (PowerShell cannot be installed on these machines): it is parsed
 * with a real PowerShell grammar (tree-sitter-powershell), so a syntax error fails CI with file:line:column,
 * and checked for constructs Windows PowerShell 5.1 does not have.
 */
import fs from 'node:fs'
import path from 'node:path'
import { descendants, grammarWasm, lineOf, parsePs, probeScript, repo, syntaxProblems } from './support.js'

const rel = path.relative(repo, probeScript)
const source = fs.readFileSync(probeScript, 'utf8')

test('the grammar is the WebAssembly build shipped by tree-sitter-powershell', () => {
  expect(fs.readFileSync(grammarWasm()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]))
})

test('probe.ps1 parses without a syntax error', async () => {
  const tree = await parsePs(source)
  expect(syntaxProblems(tree, rel)).toEqual([])
  expect(tree.rootNode.hasError).toBe(false)
})

test('the check is not vacuous: broken copies of the script report file:line:column', async () => {
  const lines = source.split('\n')
  const at = lines.findIndex(l => l.startsWith('function Set-Fact'))
  expect(at).toBeGreaterThan(0)

  // An unclosed string and a missing operand in the middle of the real script.
  const broken = [...lines]
  broken[at + 10] = `${broken[at + 10]} "unterminated`
  const problems = syntaxProblems(await parsePs(broken.join('\n')), rel)
  expect(problems.length).toBeGreaterThan(0)
  expect(problems[0]).toMatch(new RegExp(`^probes/windows/probe\\.ps1:\\d+:\\d+: `))

  const missing = [...lines]
  missing.splice(at + 1, 0, '$x = (1 + )')
  const p2 = syntaxProblems(await parsePs(missing.join('\n')), rel)
  expect(p2.some(p => p.startsWith(`${rel}:${at + 2}:`))).toBe(true)

  // PowerShell 7-only operators do not parse either.
  for (const snippet of ['$a = $b ?? 1', '$a = $b ? 1 : 2', '$a = $b?.c'])
    expect(syntaxProblems(await parsePs(snippet), 'snippet.ps1').length).toBeGreaterThan(0)
})

test('no construct that Windows PowerShell 5.1 lacks or PowerShell 7 removed', async () => {
  const tree = await parsePs(source)
  const found: string[] = []
  // && and || between pipelines: PowerShell 7 only (they parse, as pipeline_chain_tail).
  for (const n of descendants(tree.rootNode, 'pipeline_chain_tail'))
    found.push(`${rel}:${lineOf(n)}: && / ||`)
  for (const n of descendants(tree.rootNode, 'command_name')) {
    const name = n.text.toLowerCase()
    // WMI cmdlets are gone in PowerShell 7; Get-CimInstance works in both.
    if (['get-wmiobject', 'invoke-wmimethod', 'set-wmiinstance', 'remove-wmiobject'].includes(name))
      found.push(`${rel}:${lineOf(n)}: ${n.text}`)
  }
  for (const n of descendants(tree.rootNode, 'command_parameter')) {
    if (/^-parallel$/i.test(n.text)) found.push(`${rel}:${lineOf(n)}: ForEach-Object -Parallel`)
  }
  // Numeric multiplier suffixes (1GB) are valid PowerShell but the grammar rejects them; clean (7.3) blocks.
  source.split('\n').forEach((l, i) => {
    if (/^\s*#requires\s+-version\s+[67]/i.test(l)) found.push(`${rel}:${i + 1}: #requires -Version 6+`)
    if (/^\s*clean\s*\{/i.test(l)) found.push(`${rel}:${i + 1}: clean block`)
  })
  expect(found).toEqual([])
})

test('the script is read-only: no cmdlet that changes the system', async () => {
  const tree = await parsePs(source)
  const writers =
    /^(set|new|remove|clear|rename|move|copy|add|enable|disable|install|uninstall|register|unregister|start|stop|restart|suspend|resume|invoke-wmimethod|update|mount|dismount|format|initialize|resize)-/i
  // The script's own functions, and session-only cmdlets (strict mode, this session's type data).
  const allowed = new Set(['new-object', 'set-strictmode', 'remove-typedata'])
  for (const f of descendants(tree.rootNode, 'function_name')) allowed.add(f.text.toLowerCase())
  expect(allowed.has('set-fact')).toBe(true)
  const found: string[] = []
  for (const n of descendants(tree.rootNode, 'command_name')) {
    const name = n.text.toLowerCase()
    if (writers.test(name) && !allowed.has(name)) found.push(`${rel}:${lineOf(n)}: ${n.text}`)
  }
  // CIM methods: only the Get* ones (BitLocker status queries).
  for (const m of source.matchAll(/Invoke-CimMethod\b[^\n]*/g))
    if (!/-MethodName Get\w+/.test(m[0])) found.push(`${rel}: ${m[0]}`)
  // Registry keys are opened read-only (OpenSubKey without writable), files only read, except -OutFile.
  const writes = [
    ...source.matchAll(
      /OpenSubKey\([^)]*,\s*\$true|\.(SetValue|DeleteValue|CreateSubKey|DeleteSubKey\w*)\(|File\]::(Write|Append|Delete|Move|Copy)\w*\(/g
    )
  ].map(m => m[0])
  expect(found).toEqual([])
  expect(writes).toEqual(['File]::WriteAllText('])
})

// The README's snippets are copied into users' templates and workflows: they must parse too.
test('the README "Windows images" snippets parse (HCL blocks, their inline PowerShell, the PowerShell block)', async () => {
  const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8')
  const section = /## Windows images\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? ''
  const blocks = (lang: string) =>
    [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map(m => m[1] as string)
  const hcl = blocks('hcl')
  const ps = blocks('powershell')
  expect(hcl.length).toBeGreaterThanOrEqual(2)
  expect(ps.length).toBeGreaterThanOrEqual(1)

  const hclParser = await (await import('../../src/facts/template/grammar.js')).hclParser()
  const problems: string[] = []
  let inline = 0
  for (const [i, block] of hcl.entries()) {
    const tree = hclParser.parse(block)
    if (!tree || tree.rootNode.hasError) problems.push(`README hcl block ${i + 1}: HCL syntax error`)
    // Each inline line is a PowerShell command line once HCL has unescaped it.
    for (const m of block.matchAll(/^\s*(?:inline = \[)?"((?:[^"\\]|\\.)*)",?\]?$/gm)) {
      const line = (m[1] as string).replace(/\\(["\\])/g, '$1')
      inline++
      for (const p of syntaxProblems(await parsePs(line), `README hcl block ${i + 1}`))
        problems.push(`${p}: ${line}`)
    }
  }
  for (const [i, block] of ps.entries())
    problems.push(...syntaxProblems(await parsePs(block), `README powershell block ${i + 1}`))
  expect(problems).toEqual([])
  expect(inline).toBeGreaterThanOrEqual(8)
})
