/** Our own fixtures: every value form, variable precedence, unresolved expressions, several sources/builds. */
import { readTemplate, templateFacts } from '../../src/facts/template/index.js'
import type { TemplateModel } from '../../src/facts/template/index.js'

const DIR = 'test/fixtures/templates/forms'
const F = (name: string) => `${DIR}/${name}`

function local(m: TemplateModel, name: string): unknown {
  const v = m.locals[name]!
  return v.unresolved ? { unresolved: v.reason } : v.value
}

describe('value forms', () => {
  let m: TemplateModel
  beforeAll(async () => {
    m = await readTemplate(DIR)
  })

  test('locals: indexing, coalesce, lookup, format, conditional, split/join, arithmetic, escapes', () => {
    expect(local(m, 'marketplace')).toBe('canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2')
    expect(local(m, 'disk')).toBe(40)
    expect(local(m, 'vm_size')).toBe('Standard_D8s_v5')
    expect(local(m, 'image_name')).toBe('auto-UBUNTU22-007')
    expect(local(m, 'security')).toBe('Standard')
    expect(local(m, 'doubled')).toBe(80)
    expect(local(m, 'greeting')).toBe('tab\there "quoted" ${literal}')
    expect(local(m, 'joined')).toBe('canonical,0001-com-ubuntu-server-jammy,22_04-lts-gen2')
    expect(local(m, 'capture')).toBe('auto-capture') // local "name" { expression = … } block
  })

  test('unresolved: functions not evaluated and variables without a value', () => {
    expect(m.locals.stamp).toEqual({
      unresolved: true,
      expr: 'timestamp()',
      reason: 'function timestamp() is not evaluated',
      location: { source: 'template', file: F('locals.pkr.hcl'), line: 13, column: 3 }
    })
    expect(m.variables.required!.value).toMatchObject({
      unresolved: true,
      reason: 'var.required has no default and no value was given'
    })
    expect(m.variables.from_env!.value).toMatchObject({
      unresolved: true,
      reason: 'env("IMAGE_NAME") depends on the build environment'
    })
    const stamped = m.sources.find(s => s.name === 'stamped')!
    expect(stamped.attributes.managed_image_name).toMatchObject({
      unresolved: true,
      expr: '"img-${local.stamp}"',
      location: { line: 27 }
    })
  })

  test('env() resolves only from the environment passed in', async () => {
    const withEnv = await readTemplate(DIR, { env: { IMAGE_NAME: 'from-env' } })
    expect(withEnv.variables.from_env!.value).toMatchObject({ value: 'from-env' })
  })

  test('azure-arm source attributes with locations; the null source is noted, not an error', () => {
    const linux = m.sources.find(s => s.name === 'linux')!
    const at = (k: keyof typeof linux.attributes) => {
      const v = linux.attributes[k]!
      return [v.unresolved ? 'UNRESOLVED' : v.value, v.location.line, v.location.column]
    }
    expect(at('os_type')).toEqual(['Linux', 2, 3])
    expect(at('os_disk_size_gb')).toEqual([40, 3, 3])
    expect(at('disk_additional_size')).toEqual([[64, 128], 4, 3])
    expect(at('image_publisher')).toEqual(['canonical', 5, 3])
    expect(at('image_offer')).toEqual(['0001-com-ubuntu-server-jammy', 6, 3])
    expect(at('image_sku')).toEqual(['22_04-lts-gen2', 7, 3])
    expect(at('image_version')).toEqual(['latest', 8, 3])
    expect(at('managed_image_name')).toEqual(['auto-UBUNTU22-007', 9, 3])
    expect(at('vm_size')).toEqual(['Standard_D8s_v5', 10, 3])
    expect(at('security_type')).toEqual(['Standard', 11, 3])
    expect(at('secure_boot_enabled')).toEqual([false, 12, 3])
    expect(at('keep_os_disk')).toEqual([false, 13, 3])
    expect(at('capture_name_prefix')).toEqual(['auto-capture', 14, 3])
    const sig = linux.shared_image_gallery_destination!
    expect(sig.location).toMatchObject({ line: 16, column: 3, end_line: 21 })
    expect(sig.attributes.image_version).toMatchObject({ value: '1.0.0', location: { line: 19, column: 5 } })
    expect(m.notes).toContain(`${F('sources.pkr.hcl')}:31: source "null" "local" ignored (not azure-arm)`)
  })

  test('facts per image: build × source, data disk LUNs, provenance', () => {
    const images = templateFacts(m)
    expect(images.map(i => i.name)).toEqual([
      'main.azure-arm.linux',
      'main.azure-arm.stamped',
      'override.azure-arm.bigger'
    ])
    const linux = images[0]!
    expect(linux.facts).toMatchObject({
      schema_version: 1,
      image: { name: 'auto-UBUNTU22-007', builder_type: 'azure-arm' },
      os: { declared_type: 'Linux' },
      disks: {
        os_disk_count: 1,
        os: { size_gb: 40 },
        data: [
          { lun: 0, size_gb: 64 },
          { lun: 1, size_gb: 128 }
        ]
      },
      sku: { version: '1.0.0', version_sources: [{ source: 'template', value: '1.0.0' }] },
      template: {
        build: 'main',
        security_type: 'Standard',
        secure_boot_enabled: false,
        keep_os_disk: false,
        vm_size: 'Standard_D8s_v5'
      }
    })
    expect(linux.provenance['disks.data']).toEqual({
      source: 'template',
      file: F('sources.pkr.hcl'),
      line: 4,
      column: 3
    })
    expect(linux.provenance['disks.os_disk_count']).toMatchObject({ line: 1, column: 1 })
    expect(linux.provenance['image.name']).toMatchObject({ line: 9 })
    expect(linux.unresolved).toEqual([])

    // "stamped": lowercase os_type is accepted; unresolved attributes are listed, their facts absent.
    const stamped = images[1]!
    expect((stamped.facts as any).os.declared_type).toBe('Linux')
    expect((stamped.facts as any).disks).toEqual({ os_disk_count: 1, data: [] })
    expect((stamped.facts as any).image.name).toBeUndefined()
    expect(stamped.unresolved.map(u => [u.fact, u.expr])).toEqual([
      ['disks.os.size_gb', 'var.required'],
      ['template.managed_image_name', '"img-${local.stamp}"']
    ])
    expect((stamped.facts as any).template.unresolved[0]).toEqual({
      attribute: 'os_disk_size_gb',
      expr: 'var.required',
      reason: 'var.required has no default and no value was given'
    })

    // A build-level source block renames the source and adds arguments (re-setting one is Packer's
    // "Duplicate argument" error: the differential corpus has that case).
    const bigger = images[2]!
    expect((bigger.facts as any).disks.os).toEqual({ size_gb: 40 })
    expect(m.builds.find(b => b.name === 'override')!.sources[0]!.source.attributes.location).toMatchObject({
      value: 'northeurope',
      location: { file: F('build.pkr.hcl'), line: 43 }
    })
  })

  test('build filter by build name or full name; unknown build is one clear error', () => {
    expect(templateFacts(m, { build: 'override' }).map(i => i.name)).toEqual(['override.azure-arm.bigger'])
    expect(templateFacts(m, { build: 'main.azure-arm.stamped' }).map(i => i.name)).toEqual([
      'main.azure-arm.stamped'
    ])
    expect(() => templateFacts(m, { build: 'nope' })).toThrow(
      `build nope not found in ${DIR} (it builds: main.azure-arm.linux, main.azure-arm.stamped, override.azure-arm.bigger)`
    )
  })

  test('provisioners: order, only/except per image, heredoc, sensitive values never read', () => {
    const [linux, stamped] = templateFacts(m)
    expect(linux!.provisioners.map(p => p.index)).toEqual([0, 1, 3, 4])
    expect(stamped!.provisioners.map(p => p.index)).toEqual([0, 2, 3, 4])
    const first = linux!.provisioners[0]!
    expect(
      first.inline!.map(l => [l.text, l.location.line, l.location.column, l.unresolved ?? false])
    ).toEqual([
      ['echo auto', 7, 7, false],
      ['echo tab\there "quoted" ${literal}', 8, 7, false],
      ['echo ${var.admin_password}', 9, 7, true]
    ])
    expect(JSON.stringify(templateFacts(m))).not.toContain('hunter2')
    expect(linux!.provisioners[1]).toMatchObject({
      only: ['azure-arm.linux'],
      scripts: [{ path: `${DIR}/scripts/linux-only.sh` }]
    })
    expect(stamped!.provisioners[1]).toMatchObject({
      except: ['azure-arm.linux'],
      scripts: [{ path: 'a.sh' }, { path: 'b.sh' }]
    })
    expect(linux!.provisioners[2]!.inline![0]!.text).toBe('echo heredoc ubuntu22\n  indented\n')
    const last = linux!.provisioners[3]!
    expect(last.inline![0]).toMatchObject({
      text: '/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync',
      location: { line: 34 }
    })
    expect(m.notes).toContain(`${F('build.pkr.hcl')}:31: post-processor block in build ignored`)
  })
})

describe('variable precedence: default < auto var file < -var-file (in order) < --var', () => {
  const prefix = async (opts: Parameters<typeof readTemplate>[1]) => {
    const m = await readTemplate(DIR, opts)
    const v = m.variables.prefix!
    return [v.value.unresolved ? undefined : v.value.value, v.from]
  }

  test('each layer wins over the one before', async () => {
    expect(await prefix({})).toEqual(['auto', 'auto-var-file'])
    expect(await prefix({ varFiles: [F('extra.pkrvars.hcl')] })).toEqual(['file', 'var-file'])
    expect(await prefix({ varFiles: [F('extra.pkrvars.hcl')], vars: ['prefix=cli'] })).toEqual(['cli', 'cli'])
    expect(await prefix({ vars: ['prefix=one', 'prefix=two'] })).toEqual(['two', 'cli'])
  })

  test('var files set typed values; strings convert to the declared number type', async () => {
    const m = await readTemplate(DIR, { varFiles: [F('extra.pkrvars.hcl'), F('extra.pkrvars.json')] })
    expect(m.variables.os_disk_size_gb!.value).toMatchObject({
      value: 45,
      location: { file: F('extra.pkrvars.hcl'), line: 2 }
    })
    expect(m.variables.gallery_version!.value).toMatchObject({
      value: '2.0.1',
      location: { file: F('extra.pkrvars.json'), line: 2 }
    })
    const [linux, stamped] = templateFacts(m)
    expect((linux!.facts as any).disks.os.size_gb).toBe(45)
    expect((linux!.facts as any).sku.version).toBe('2.0.1')
    expect((stamped!.facts as any).disks.os.size_gb).toBe(50) // "50" from the var file, a string variable
  })

  test('--var values are typed by the declaration: number, bool, list', async () => {
    const m = await readTemplate(DIR, {
      vars: ['os_disk_size_gb=33', 'secure=true', 'data_disks=[10, 20, 30]']
    })
    const [linux] = templateFacts(m)
    const f = linux!.facts as any
    expect(f.disks.os.size_gb).toBe(33)
    expect(f.template.security_type).toBe('TrustedLaunch')
    expect(f.template.secure_boot_enabled).toBe(true)
    expect(f.disks.data).toEqual([
      { lun: 0, size_gb: 10 },
      { lun: 1, size_gb: 20 },
      { lun: 2, size_gb: 30 }
    ])
  })

  test('PKR_VAR_ from the env passed in sits below var files and --var', async () => {
    expect(await prefix({ env: { PKR_VAR_prefix: 'env' }, vars: [] })).toEqual(['auto', 'auto-var-file'])
    const m = await readTemplate(DIR, { env: { PKR_VAR_image_os: 'ubuntu22' } })
    expect(m.variables.image_os!).toMatchObject({ from: 'env', value: { value: 'ubuntu22' } })
    // A value the locals cannot index is Packer's "Invalid index" error: the template is rejected.
    await expect(readTemplate(DIR, { env: { PKR_VAR_image_os: 'other' } })).rejects.toThrow(
      `${F('locals.pkr.hcl')}:8:18: Invalid index: local.images has no key "other"`
    )
  })
})

test('a single .pkr.hcl file is read alone (here: a build whose source is in another file)', async () => {
  const m = await readTemplate(`${DIR}/build.pkr.hcl`).catch((e: Error) => e)
  // build.pkr.hcl alone refers to sources it does not define: one clear line naming the place.
  expect(m).toBeInstanceOf(Error)
  expect((m as Error).message).toBe(
    `${F('build.pkr.hcl')}:3:14: build refers to source.azure-arm.linux, which no source block defines`
  )
})
