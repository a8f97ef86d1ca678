/** The wasm files: found in one place, real WebAssembly, and what a bundle must copy into dist/. */
import fs from 'node:fs'
import path from 'node:path'
import { grammarWasmPath, templateWasmAssets, treeSitterWasmPath } from '../../src/facts/template/index.js'

test('grammar and runtime wasm resolve to real WebAssembly files', () => {
  for (const p of [grammarWasmPath(), treeSitterWasmPath()]) {
    expect(path.isAbsolute(p)).toBe(true)
    expect(fs.readFileSync(p).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]))
  }
})

test('templateWasmAssets: the three files dist/ ships, by name', () => {
  const assets = templateWasmAssets()
  expect(assets.map(a => a.name)).toEqual([
    'tree-sitter-hcl.wasm',
    'web-tree-sitter.wasm',
    'web-tree-sitter.cjs'
  ])
  for (const a of assets) expect(fs.existsSync(a.from)).toBe(true)
})

test('VMIP_HCL_WASM overrides the grammar location', () => {
  const before = process.env.VMIP_HCL_WASM
  try {
    process.env.VMIP_HCL_WASM = treeSitterWasmPath()
    expect(grammarWasmPath()).toBe(treeSitterWasmPath())
  } finally {
    if (before === undefined) delete process.env.VMIP_HCL_WASM
    else process.env.VMIP_HCL_WASM = before
  }
})
