/**
 * Helpers for the Windows probe tests. PowerShell cannot run on this project's machines, so probe.ps1 is
 * parsed with a real PowerShell grammar (tree-sitter-powershell's wasm on the web-tree-sitter runtime) and the
 * Windows rules are judged from facts fixtures shaped like the probe's output, with the policy compiled from
 * the working tree.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Node as TsNode, Parser as TsParser, Tree } from 'web-tree-sitter'
import type { Engine, RawFinding } from '../../src/policy/engine.js'
import { compileWorkingTreePolicy, workingTreeEngine } from '../support/policy.js'
import type { RuleMeta } from '../../src/types.js'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const probeScript = path.join(repo, 'probes/windows/probe.ps1')
export const fixturesDir = path.join(repo, 'test/fixtures/windows')

function packageFile(pkg: string, file: string): string {
  const req = createRequire(import.meta.url)
  let dir = path.dirname(req.resolve(pkg))
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return path.join(dir, file)
}

/** The PowerShell grammar shipped by the tree-sitter-powershell package (a WebAssembly file). */
export const grammarWasm = (): string => packageFile('tree-sitter-powershell', 'tree-sitter-powershell.wasm')

let parser: Promise<TsParser> | undefined

export function psParser(): Promise<TsParser> {
  parser ??= (async () => {
    const url = pathToFileURL(packageFile('web-tree-sitter', 'web-tree-sitter.js')).href
    const { Parser, Language } = (await import(url)) as typeof import('web-tree-sitter')
    const runtime = packageFile('web-tree-sitter', 'web-tree-sitter.wasm')
    await Parser.init({ locateFile: () => runtime })
    const p = new Parser()
    p.setLanguage(await Language.load(fs.readFileSync(grammarWasm())))
    return p
  })()
  return parser
}

export async function parsePs(source: string): Promise<Tree> {
  const tree = (await psParser()).parse(source)
  if (!tree) throw new Error('tree-sitter returned no tree')
  return tree
}

/** Every syntax problem (ERROR or MISSING node) as "file:line:column: what". */
export function syntaxProblems(tree: Tree, file: string): string[] {
  const out: string[] = []
  const walk = (n: TsNode): void => {
    if (n.isError || n.isMissing) {
      const at = `${file}:${n.startPosition.row + 1}:${n.startPosition.column + 1}`
      const text = n.text.split('\n')[0]?.slice(0, 60) ?? ''
      out.push(n.isMissing ? `${at}: missing ${n.type}` : `${at}: syntax error near ${JSON.stringify(text)}`)
      if (n.isError) return
    }
    for (const c of n.children) if (c) walk(c)
  }
  walk(tree.rootNode)
  return out
}

export function descendants(n: TsNode, type: string): TsNode[] {
  return n.descendantsOfType(type).filter((x): x is TsNode => x !== null)
}

export const lineOf = (n: TsNode): number => n.startPosition.row + 1

/** A PowerShell string literal's value ('a''b' -> a'b; "a" -> a); undefined when it is not a plain literal. */
export function literalValue(n: TsNode): string | undefined {
  const t = n.text
  if (/^'([^']|'')*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'")
  if (/^"[^"`$]*"$/.test(t)) return t.slice(1, -1)
  return undefined
}

// ---------------------------------------------------------------------------------------------------------
// The facts schema, followed through $ref
// ---------------------------------------------------------------------------------------------------------
type Schema = Record<string, unknown>

const schemas = new Map<string, Schema>()
function loadSchema(file: string): Schema {
  let s = schemas.get(file)
  if (!s) {
    s = JSON.parse(fs.readFileSync(path.join(repo, 'schemas', file), 'utf8')) as Schema
    schemas.set(file, s)
  }
  return s
}

interface At {
  schema: Schema
  file: string
}

function deref(at: At): At {
  let cur = at
  for (let i = 0; i < 10 && typeof cur.schema.$ref === 'string'; i++) {
    const ref = cur.schema.$ref as string
    const [file, pointer] = ref.split('#') as [string, string | undefined]
    const f = file || cur.file
    let s = loadSchema(f)
    for (const part of (pointer ?? '').split('/').filter(Boolean)) s = s[part] as Schema
    cur = { schema: s, file: f }
  }
  return cur
}

/**
 * The schema at a dotted facts path ("windows.startup_tasks.*.path"; "*" steps into array items or
 * additionalProperties); undefined when the schema has no such property.
 */
export function schemaAt(dotted: string): Schema | undefined {
  let at = deref({ schema: loadSchema('facts.schema.json'), file: 'facts.schema.json' })
  for (const part of dotted.split('.').filter(Boolean)) {
    const s = at.schema
    if (part === '*') {
      if (s.type === 'array' && s.items) at = deref({ schema: s.items as Schema, file: at.file })
      else if (typeof s.additionalProperties === 'object')
        at = deref({ schema: s.additionalProperties as Schema, file: at.file })
      else return undefined
      continue
    }
    const props = s.properties as Record<string, Schema> | undefined
    if (!props || !(part in props)) return undefined
    at = deref({ schema: props[part] as Schema, file: at.file })
  }
  return at.schema
}

// ---------------------------------------------------------------------------------------------------------
// The policy, compiled from the working tree
// ---------------------------------------------------------------------------------------------------------
export function ruleMeta(): RuleMeta[] {
  return compileWorkingTreePolicy().rules
}

export function engine(profile: string): Promise<Engine> {
  return workingTreeEngine(profile, new Date('2026-11-25T12:00:00Z'))
}

/** Findings by rule ID (AZMP-WIN-001 → raw finding). */
export async function findingsById(doc: unknown, profile: string): Promise<Map<string, RawFinding>> {
  const e = await engine(profile)
  const byPath = new Map(e.rules.map(r => [r.path, r.id]))
  const m = new Map<string, RawFinding>()
  for (const f of e.evaluateRaw(doc as Parameters<Engine['evaluateRaw']>[0]))
    m.set(byPath.get(f.path) ?? f.path, f)
  return m
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
}
