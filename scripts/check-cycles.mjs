#!/usr/bin/env node
// Fails when modules under src/ import each other in a circle. Imports are read and resolved with the
// project's own TypeScript (its NodeNext resolution, so "./x.js" finds x.ts): static imports and re-exports,
// type-only ones included (a cycle of types is still a tangle), and dynamic import() calls.
//   node scripts/check-cycles.mjs [DIR ...]        (default: src)
//   --skip-type-imports   leave `import type` out;  --skip-dynamic   leave import() out
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const skipType = args.includes('--skip-type-imports')
const skipDynamic = args.includes('--skip-dynamic')
const dirs = args.filter(a => !a.startsWith('--'))
const roots = (dirs.length ? dirs : ['src']).map(d => path.resolve(root, d))

const options = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowJs: true
}
const isSource = f => /\.(ts|mts|js|mjs)$/.test(f) && !f.includes(`${path.sep}node_modules${path.sep}`)

/** The module files under the roots (a .js with a .d.ts beside it counts once, as the .js). */
function files() {
  const out = []
  const walk = p => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const f = path.join(p, e.name)
      if (e.isDirectory()) walk(f)
      else if (isSource(f)) out.push(f)
    }
  }
  roots.forEach(walk)
  return out.sort()
}

/** The specifiers a file imports, each with how: 'value', 'type' or 'dynamic'. */
function importsOf(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out = []
  const visit = node => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause
      const typeOnly =
        c?.isTypeOnly ||
        (c &&
        !c.name &&
        c.namedBindings &&
        ts.isNamedImports(c.namedBindings) &&
        c.namedBindings.elements.length > 0
          ? c.namedBindings.elements.every(e => e.isTypeOnly)
          : false)
      out.push({ spec: node.moduleSpecifier.text, how: typeOnly ? 'type' : 'value' })
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push({ spec: node.moduleSpecifier.text, how: node.isTypeOnly ? 'type' : 'value' })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push({ spec: node.arguments[0].text, how: 'dynamic' })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

/** The file an import resolves to, the .d.ts of a plain-JS module mapped back to its .js. */
function resolve(spec, from) {
  if (!spec.startsWith('.')) return undefined
  const r = ts.resolveModuleName(spec, from, options, ts.sys).resolvedModule
  if (!r || r.isExternalLibraryImport) return undefined
  let f = path.resolve(r.resolvedFileName)
  if (f.endsWith('.d.ts') && fs.existsSync(f.replace(/\.d\.ts$/, '.js'))) f = f.replace(/\.d\.ts$/, '.js')
  return f
}

const all = files()
const known = new Set(all)
/** @type {Map<string, Map<string, string>>} file → (imported file → how) */
const graph = new Map()
for (const f of all) {
  const edges = new Map()
  for (const { spec, how } of importsOf(f)) {
    if ((how === 'type' && skipType) || (how === 'dynamic' && skipDynamic)) continue
    const to = resolve(spec, f)
    if (to && known.has(to) && to !== f && !(edges.get(to) === 'value')) edges.set(to, how)
  }
  graph.set(f, edges)
}

// Strongly connected components (Tarjan); every component of more than one module holds a cycle.
let index = 0
const idx = new Map()
const low = new Map()
const stack = []
const on = new Set()
const components = []
const strong = v => {
  idx.set(v, index)
  low.set(v, index++)
  stack.push(v)
  on.add(v)
  for (const w of graph.get(v).keys()) {
    if (!idx.has(w)) {
      strong(w)
      low.set(v, Math.min(low.get(v), low.get(w)))
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)))
  }
  if (low.get(v) === idx.get(v)) {
    const c = []
    let w
    do {
      w = stack.pop()
      on.delete(w)
      c.push(w)
    } while (w !== v)
    if (c.length > 1) components.push(c)
  }
}
for (const f of all) if (!idx.has(f)) strong(f)

/** One shortest cycle through the component's first module, for the message. */
function cycleIn(c) {
  const inC = new Set(c)
  const start = [...c].sort()[0]
  const prev = new Map([[start, undefined]])
  const queue = [start]
  while (queue.length) {
    const v = queue.shift()
    for (const w of graph.get(v).keys()) {
      if (!inC.has(w)) continue
      if (w === start) {
        const p = [v]
        while (prev.get(p[0])) p.unshift(prev.get(p[0]))
        return [...p, start]
      }
      if (!prev.has(w)) {
        prev.set(w, v)
        queue.push(w)
      }
    }
  }
  return [start]
}

const rel = f => path.relative(root, f)
if (components.length) {
  for (const c of components) {
    const cyc = cycleIn(c)
    const steps = cyc.slice(1).map((f, i) => {
      const how = graph.get(cyc[i]).get(f)
      return `${how === 'value' ? '->' : `-(${how})->`} ${rel(f)}`
    })
    console.error(`import cycle (${c.length} modules): ${rel(cyc[0])} ${steps.join(' ')}`)
  }
  console.error(`check-cycles: ${components.length} import cycle(s) among ${all.length} modules`)
  process.exit(1)
}
console.error(`check-cycles: no import cycles among ${all.length} modules`)
