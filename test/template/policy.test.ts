/**
 * Template facts through the compiled policy: rules judge them before any build, and their findings point
 * at the template line (the check run annotates it).
 */
import fs from 'node:fs'
import { mergeFacts } from '../../src/facts/merge.js'
import { validateFacts } from '../../src/facts/validate.js'
import { readTemplateSource } from '../../src/facts/template/index.js'
import { Engine } from '../../src/policy/engine.js'
import type { Finding } from '../../src/report/types.js'

let engine: Engine
beforeAll(async () => {
  engine = await Engine.load()
  engine.configure({ profile: 'guide', now: new Date('2026-01-01T00:00:00Z'), mode: 'pr' })
})

async function findings(
  p: string,
  opts: Parameters<typeof readTemplateSource>[1] = {}
): Promise<Map<string, Finding>> {
  const r = await readTemplateSource(p, opts)
  expect(r.partials).toHaveLength(1)
  const doc = mergeFacts(r.partials)
  validateFacts(doc, p)
  return new Map(engine.evaluate(doc).map(f => [f.rule, f]))
}

test('failing example: disk size and version fail at their template lines', async () => {
  const f = await findings('examples/templates/failing')
  const file = 'examples/templates/failing/ubuntu.pkr.hcl'
  expect(f.get('AZMP-DSK-002')).toMatchObject({
    status: 'fail',
    location: { source: 'template', file, line: 20, column: 3 }
  })
  expect(f.get('AZMP-SKU-002')).toMatchObject({
    status: 'fail',
    location: { source: 'template', file, line: 31, column: 5 }
  })
  expect(f.get('AZMP-DSK-001')).toMatchObject({ status: 'pass' })
})

test('compliant example: the same rules pass', async () => {
  const f = await findings('examples/templates/compliant')
  expect(f.get('AZMP-DSK-002')?.status).toBe('pass')
  expect(f.get('AZMP-SKU-002')?.status).toBe('pass')
  expect(f.get('AZMP-DSK-001')?.status).toBe('pass')
})

const corpus = fs.existsSync('../shared/corpus/packer/runner-images/ubuntu') ? test : test.skip
corpus(
  'runner-images ubuntu 22.04: declared 75 GB is above the guide recommendation, located in the source file',
  async () => {
    const f = await findings('../shared/corpus/packer/runner-images/ubuntu', {
      vars: ['image_os=ubuntu22'],
      build: 'ubuntu-22_04'
    })
    const dsk = f.get('AZMP-DSK-002')!
    expect(dsk.status).toBe('fail')
    expect(dsk.severity).toBe('warning')
    expect(dsk.location).toEqual({
      source: 'template',
      file: '../shared/corpus/packer/runner-images/ubuntu/source.ubuntu.pkr.hcl',
      line: 23,
      column: 3
    })
  }
)

corpus(
  'runner-images windows 2025: the declared base image is judged (WIN-001) and the 150 GB disk fails DSK-003',
  async () => {
    const f = await findings('../shared/corpus/packer/runner-images/windows', { vars: ['image_os=win25'] })
    expect(f.get('AZMP-DSK-003')).toMatchObject({ status: 'fail', location: { line: 26 } })
    // The guide approves "any Windows Server image published after 2014-09-08": publisher, offer and SKU come
    // from the template, the publication date only from a probe, so the finding says exactly that.
    expect(f.get('AZMP-WIN-001')).toMatchObject({
      status: 'unknown',
      missing: ['windows.base_image.published']
    })
  }
)
