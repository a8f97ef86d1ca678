/** Template facts are valid facts documents (schemas/facts.schema.json), alone and merged with nothing else. */
import fs from 'node:fs'
import { validateFacts } from '../../src/facts/validate.js'
import { mergeFacts } from '../../src/facts/merge.js'
import { alignTemplateImages, readTemplateSource } from '../../src/facts/template/index.js'

const cases: Array<[string, string, Parameters<typeof readTemplateSource>[1]]> = [
  ['own fixtures', 'test/fixtures/templates/forms', {}],
  ['legacy JSON', 'test/fixtures/templates/legacy.json', {}],
  ['compliant example', 'examples/templates/compliant', {}],
  ['failing example', 'examples/templates/failing', {}]
]
if (fs.existsSync('../shared/corpus/packer/runner-images/ubuntu')) {
  cases.push([
    'runner-images ubuntu',
    '../shared/corpus/packer/runner-images/ubuntu',
    { vars: ['image_os=ubuntu22'] }
  ])
  cases.push([
    'runner-images windows',
    '../shared/corpus/packer/runner-images/windows',
    { vars: ['image_os=win25'] }
  ])
}

test.each(cases)('%s: every image validates against the facts schema', async (_what, p, opts) => {
  const r = await readTemplateSource(p, opts)
  expect(r.partials.length).toBeGreaterThan(0)
  for (const part of r.partials) {
    expect(part.priority).toBe(10)
    expect(part.origin).toEqual({ kind: 'template', file: p })
    expect(() =>
      validateFacts({ ...part.facts, provenance: part.provenance } as never, part.image)
    ).not.toThrow()
    expect(() => validateFacts(mergeFacts([part]), part.image)).not.toThrow()
    for (const loc of Object.values(part.provenance)) {
      expect(loc.source).toBe('template')
      expect(loc.line).toBeGreaterThanOrEqual(1)
    }
  }
})

test('notes list ignored blocks and unresolved attributes, one line each', async () => {
  const r = await readTemplateSource('test/fixtures/templates/forms', { build: 'main.azure-arm.stamped' })
  expect(r.partials.map(p => p.image)).toEqual(['main.azure-arm.stamped'])
  expect(r.notes).toContain(
    'test/fixtures/templates/forms/sources.pkr.hcl:26: main.azure-arm.stamped: os_disk_size_gb = var.required is unresolved (var.required has no default and no value was given)'
  )
  for (const n of r.notes) expect(n).not.toContain('\n')
})

test('alignTemplateImages: joins by full name or dotted tail, only when exactly one image matches', async () => {
  const r = await readTemplateSource('test/fixtures/templates/forms')
  const byKey = (others: string[]) => alignTemplateImages(r.partials, others).map(p => p.image)
  expect(byKey([])).toEqual(['main.azure-arm.linux', 'main.azure-arm.stamped', 'override.azure-arm.bigger'])
  expect(byKey(['linux', 'bigger'])).toEqual(['linux', 'main.azure-arm.stamped', 'bigger'])
  expect(byKey(['main.azure-arm.linux', 'linux'])).toEqual([
    'main.azure-arm.linux',
    'main.azure-arm.stamped',
    'override.azure-arm.bigger'
  ])
  const [joined] = alignTemplateImages(r.partials, ['linux'])
  expect((joined!.facts.image as Record<string, unknown>).name).toBeUndefined()
  expect(joined!.provenance['image.name']).toBeUndefined()
  expect((r.partials[0]!.facts.image as Record<string, unknown>).name).toBe('auto-UBUNTU22-007') // input untouched
})

test('notes are inert: control characters from the template never reach output raw', async () => {
  const fs = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-inert-'))
  try {
    const esc = String.fromCharCode(27)
    const tpl = `source "azure-arm" "x" {\n  os_type = "Linux"\n  os_disk_size_gb = "${esc}[31m\${timestamp()}"\n}\nbuild {\n  sources = ["source.azure-arm.x"]\n}\n`
    fs.writeFileSync(path.join(dir, 't.pkr.hcl'), tpl)
    const r = await readTemplateSource(dir)
    const note = r.notes.find(n => n.includes('os_disk_size_gb'))!
    expect(note).toContain('\\u001b[31m')
    for (const n of r.notes) expect(n).not.toMatch(/[\u0000-\u001f]/)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
