/**
 * Where the tree-sitter runtime and the HCL grammar (both WebAssembly) are found, and their lazy loading.
 * Everything that knows a wasm path lives here: the bundler copies the files named by `templateWasmAssets()`
 * next to dist/cli.js and dist/index.js, and the same lookup finds them there or in node_modules.
 * Nothing is loaded until a template is read, so the CLI's cold start does not pay for it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Parser as TsParser } from 'web-tree-sitter'

const HCL_WASM = 'tree-sitter-hcl.wasm'
const RUNTIME_WASM = 'web-tree-sitter.wasm'
const RUNTIME_JS = 'web-tree-sitter.cjs'

function here(): string {
  return path.dirname(fileURLToPath(import.meta.url))
}

function firstExisting(candidates: string[], what: string): string {
  for (const c of candidates) if (fs.existsSync(c)) return c
  throw new Error(`${what} not found (looked in ${candidates.join(', ')})`)
}

function packageDir(pkg: string): string | undefined {
  try {
    const req = createRequire(import.meta.url)
    // Neither package exports its package.json for every resolver; resolve the entry and walk up.
    let dir = path.dirname(req.resolve(pkg))
    while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
      dir = path.dirname(dir)
    return dir
  } catch {
    return undefined
  }
}

function nodeModulesCandidates(pkg: string, file: string): string[] {
  const out: string[] = []
  const dir = packageDir(pkg)
  if (dir) out.push(path.join(dir, file))
  // Walk up from this module (source tree or dist/) to the nearest node_modules holding the package.
  let d = here()
  for (;;) {
    out.push(path.join(d, 'node_modules', pkg, file))
    const up = path.dirname(d)
    if (up === d) break
    d = up
  }
  return out
}

/** Absolute path of the HCL grammar wasm: beside the bundle (dist/cli/, dist/) first, else from node_modules. */
export function grammarWasmPath(): string {
  const env = process.env.VMIP_HCL_WASM
  return firstExisting(
    [
      ...(env ? [env] : []),
      path.join(here(), HCL_WASM),
      path.join(here(), '..', HCL_WASM),
      ...nodeModulesCandidates('@tree-sitter-grammars/tree-sitter-hcl', HCL_WASM)
    ],
    'HCL grammar (tree-sitter-hcl.wasm)'
  )
}

/** Absolute path of the tree-sitter runtime wasm (web-tree-sitter.wasm). */
export function treeSitterWasmPath(): string {
  return firstExisting(
    [
      path.join(here(), RUNTIME_WASM),
      path.join(here(), '..', RUNTIME_WASM),
      ...nodeModulesCandidates('web-tree-sitter', RUNTIME_WASM)
    ],
    'tree-sitter runtime (web-tree-sitter.wasm)'
  )
}

/**
 * Absolute path of web-tree-sitter's CommonJS build. It is required by path, not bundled: bundlers break its
 * `require('module')` interop, and it is given its wasm's path (treeSitterWasmPath).
 */
export function treeSitterModulePath(): string {
  return firstExisting(
    [
      path.join(here(), RUNTIME_JS),
      path.join(here(), '..', RUNTIME_JS),
      ...nodeModulesCandidates('web-tree-sitter', RUNTIME_JS)
    ],
    'tree-sitter runtime (web-tree-sitter.js)'
  )
}

/** The files a bundle must ship beside its entry points (dist/): `[{ from, name }]`. */
export function templateWasmAssets(): Array<{ from: string; name: string }> {
  return [
    { from: grammarWasmPath(), name: HCL_WASM },
    { from: treeSitterWasmPath(), name: RUNTIME_WASM },
    { from: treeSitterModulePath(), name: RUNTIME_JS }
  ]
}

let parserPromise: Promise<TsParser> | undefined

/** One shared parser for HCL, created on first use. */
export function hclParser(): Promise<TsParser> {
  parserPromise ??= (async () => {
    // Required by path at run time (CommonJS: Node 20 cannot import() from code run out of the compile cache,
    // src/compile-cache.ts).
    const { Parser, Language } = createRequire(import.meta.url)(
      treeSitterModulePath()
    ) as typeof import('web-tree-sitter')
    const runtime = treeSitterWasmPath()
    await Parser.init({ locateFile: () => runtime })
    const language = await Language.load(fs.readFileSync(grammarWasmPath()))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })()
  parserPromise.catch(() => {
    parserPromise = undefined
  })
  return parserPromise
}
