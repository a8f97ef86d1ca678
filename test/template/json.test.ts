/** Legacy JSON templates: builders[], provisioners[], {{user}} variables, positions from the located parser. */
import { readTemplate, templateFacts } from '../../src/facts/template/index.js'

const T = 'test/fixtures/templates/legacy.json'

test('azure-arm builder facts with JSON positions; other builders noted', async () => {
  const m = await readTemplate(T)
  expect(m.format).toBe('json')
  expect(m.notes).toEqual([`${T}:27: builder "docker" ignored (not azure-arm)`])
  const [img, ...rest] = templateFacts(m)
  expect(rest).toHaveLength(0)
  expect(img!.name).toBe('linux-json')
  expect(img!.facts).toMatchObject({
    os: { declared_type: 'Linux' },
    disks: { os_disk_count: 1, os: { size_gb: 64 }, data: [{ lun: 0, size_gb: 32 }] },
    sku: { version: '1.2.3', version_sources: [{ source: 'template', value: '1.2.3' }] },
    template: {
      base_image: { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2' },
      vm_size: 'Standard_D2s_v5'
    }
  })
  expect(img!.provenance['os.declared_type']).toEqual({ source: 'template', file: T, line: 12, column: 18 })
  expect(img!.provenance['disks.os.size_gb']).toEqual({ source: 'template', file: T, line: 13, column: 26 })
  expect(img!.provenance['sku.version']).toEqual({ source: 'template', file: T, line: 24, column: 26 })
  // {{timestamp}} is not evaluated: the managed image name is unknown, and image.name is not guessed from the gallery.
  expect((img!.facts as any).image.name).toBeUndefined()
  expect(img!.unresolved).toEqual([
    {
      fact: 'template.managed_image_name',
      attribute: 'managed_image_name',
      expr: 'img-{{timestamp}}',
      reason: '{{timestamp}} is not evaluated',
      location: { source: 'template', file: T, line: 18, column: 29 }
    }
  ])
})

test('provisioners: only filters by builder name; order and inline lines kept', async () => {
  const [img] = templateFacts(await readTemplate(T))
  expect(img!.provisioners.map(p => [p.index, p.type])).toEqual([
    [0, 'shell'],
    [2, 'shell']
  ])
  expect(img!.provisioners[0]!.inline!.map(l => [l.text, l.location.line, l.location.column])).toEqual([
    ['apt-get update', 35, 18],
    ['echo 1.2.3', 35, 36]
  ])
  expect(img!.provisioners[1]!.inline![0]!.text).toMatch(/waagent -force -deprovision\+user/)
})

test('--var and JSON var files override variables; env only from the env given', async () => {
  const m = await readTemplate(T, {
    varFiles: ['test/fixtures/templates/legacy.vars.json'],
    vars: ['version=2.0.0'],
    env: { ARM_SUBSCRIPTION_ID: 'sub' }
  })
  const [img] = templateFacts(m)
  expect((img!.facts as any).sku.version).toBe('2.0.0')
  expect((img!.facts as any).disks.os.size_gb).toBe(80)
  expect(m.variables.disk).toMatchObject({
    from: 'var-file',
    value: {
      value: '80',
      location: { file: 'test/fixtures/templates/legacy.vars.json', line: 2, column: 11 }
    }
  })
  expect(m.sources[0]!.shared_image_gallery_destination!.attributes.subscription).toMatchObject({
    value: 'sub'
  })
  const noEnv = await readTemplate(T)
  expect(noEnv.sources[0]!.shared_image_gallery_destination!.attributes.subscription).toMatchObject({
    unresolved: true,
    reason: 'env `ARM_SUBSCRIPTION_ID` depends on the build environment'
  })
  expect(noEnv.variables.name!.value).toMatchObject({
    unresolved: true,
    reason: 'variable "name" is required and no value was given'
  })
  await expect(readTemplate(T, { vars: ['nope=1'] })).rejects.toThrow(
    `--var nope: variable "nope" is not declared in ${T}`
  )
})
