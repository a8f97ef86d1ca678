/** The real runner-images templates (../shared/corpus, MIT): parsed as a directory, values and lines asserted. */
import fs from 'node:fs'
import path from 'node:path'
import { readTemplate, templateFacts } from '../../src/facts/template/index.js'
import { requireReal } from '../support/real.js'

const CORPUS = path.resolve('../shared/corpus/packer/runner-images')
const have = fs.existsSync(path.join(CORPUS, 'ubuntu', 'source.ubuntu.pkr.hcl'))
const run = requireReal('runner-images corpus in ../shared', have) ? describe : describe.skip
const UB = '../shared/corpus/packer/runner-images/ubuntu'
const WIN = '../shared/corpus/packer/runner-images/windows'

run('runner-images corpus', () => {
  test('ubuntu: two builds share one azure-arm source; attributes located', async () => {
    const m = await readTemplate(UB, { vars: { image_os: 'ubuntu22' } })
    expect(m.format).toBe('hcl2')
    expect(m.files).toEqual([
      `${UB}/build.ubuntu-22_04.pkr.hcl`,
      `${UB}/build.ubuntu-24_04.pkr.hcl`,
      `${UB}/locals.ubuntu.pkr.hcl`,
      `${UB}/source.ubuntu.pkr.hcl`,
      `${UB}/variable.ubuntu.pkr.hcl`
    ])
    expect(m.sources.map(s => s.name)).toEqual(['image'])
    expect(m.builds.map(b => b.name)).toEqual(['ubuntu-22_04', 'ubuntu-24_04'])
    const a = m.sources[0]!.attributes
    const src = `${UB}/source.ubuntu.pkr.hcl`
    expect(a.os_type).toEqual({
      value: 'Linux',
      expr: 'var.image_os_type',
      location: { source: 'template', file: src, line: 24, column: 3 }
    })
    expect(a.vm_size).toMatchObject({ value: 'Standard_D4s_v4', location: { line: 31 } })
    expect(a.image_version).toMatchObject({ value: 'latest', location: { line: 18 } })
    // With image_os given, the disk size comes through the locals map.
    expect(a.os_disk_size_gb).toEqual({
      value: 75,
      expr: 'local.os_disk_size_gb',
      location: { source: 'template', file: src, line: 23, column: 3 }
    })
    // Defaults from env() depend on the build machine.
    expect(m.sources[0]!.shared_image_gallery_destination!.attributes.image_version).toMatchObject({
      unresolved: true,
      expr: 'var.gallery_image_version',
      reason: 'var.gallery_image_version: env("GALLERY_IMAGE_VERSION") depends on the build environment',
      location: { line: 39, column: 5 }
    })
    expect(m.sources[0]!.shared_image_gallery_destination!.location).toMatchObject({ line: 34, end_line: 41 })
  })

  test('ubuntu 22.04 with image_os=ubuntu22: os_disk_size_gb resolves through local.os_disk_size_gb', async () => {
    const m = await readTemplate(UB, { vars: ['image_os=ubuntu22', 'gallery_image_version=1.0.3'] })
    const [img, ...rest] = templateFacts(m, { build: 'ubuntu-22_04' })
    expect(rest).toHaveLength(0)
    expect(img!.name).toBe('ubuntu-22_04.azure-arm.image')
    const f = img!.facts as Record<string, any>
    expect(f.os).toEqual({ declared_type: 'Linux' })
    expect(f.disks).toEqual({ os_disk_count: 1, os: { size_gb: 75 }, data: [] })
    expect(f.sku).toEqual({ version: '1.0.3', version_sources: [{ source: 'template', value: '1.0.3' }] })
    expect(f.template.base_image).toEqual({
      publisher: 'canonical',
      offer: '0001-com-ubuntu-server-jammy',
      sku: '22_04-lts-gen2',
      version: 'latest'
    })
    expect(img!.provenance['disks.os.size_gb']).toEqual({
      source: 'template',
      file: `${UB}/source.ubuntu.pkr.hcl`,
      line: 23,
      column: 3
    })
    expect(img!.provenance['sku.version']).toMatchObject({ line: 39, column: 5 })
    expect(img!.provenance['template.base_image.sku']).toMatchObject({ line: 17 })
  })

  test('ubuntu 22.04: provisioners in order, the last one deprovisions (line 253)', async () => {
    const m = await readTemplate(UB, { vars: { image_os: 'ubuntu22' } })
    const [img] = templateFacts(m, { build: 'ubuntu-22_04' })
    const provs = img!.provisioners
    expect(provs).toHaveLength(32)
    expect(provs[0]).toMatchObject({ index: 0, type: 'shell', location: { line: 5 } })
    expect(provs[0]!.inline!.map(l => l.text)).toEqual([
      'mkdir /imagegeneration',
      'chmod 777 /imagegeneration'
    ])
    expect(provs[0]!.inline![0]!.location).toMatchObject({ line: 7, column: 24 })
    expect(provs[2]!.scripts).toEqual([
      {
        path: `${UB}/../scripts/build/configure-apt-mock.sh`,
        location: { source: 'template', file: `${UB}/build.ubuntu-22_04.pkr.hcl`, line: 17, column: 5 }
      }
    ])
    const last = provs[provs.length - 1]!
    expect(last).toMatchObject({ type: 'shell', location: { line: 251, end_line: 254 } })
    expect(last.inline!.map(l => [l.text, l.location.line, l.location.column])).toEqual([
      ['sleep 30', 253, 24],
      ['/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync', 253, 36]
    ])
    const facts = img!.facts as Record<string, any>
    expect(facts.template.provisioners[31]).toEqual({
      index: 31,
      type: 'shell',
      execute_command: "sudo sh -c '{{ .Vars }} {{ .Path }}'",
      inline: ['sleep 30', '/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync'],
      steps: [
        { from: 'inline', text: 'sleep 30' },
        { from: 'inline', text: '/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync' }
      ]
    })
    expect(img!.provenance['template.provisioners.31.inline.1']).toMatchObject({ line: 253, column: 36 })
  })

  test('ubuntu 24.04 is its own build with its own last provisioner', async () => {
    const m = await readTemplate(UB, { vars: { image_os: 'ubuntu24' } })
    const [img] = templateFacts(m, { build: 'ubuntu-24_04' })
    const f = img!.facts as Record<string, any>
    expect(f.template.base_image).toMatchObject({ offer: 'ubuntu-24_04-lts', sku: 'server' })
    expect(f.disks.os).toEqual({ size_gb: 75 })
    const last = img!.provisioners[img!.provisioners.length - 1]!
    expect(last.inline!.some(l => l.text.includes('waagent -force -deprovision+user'))).toBe(true)
    expect(last.location.file).toBe(`${UB}/build.ubuntu-24_04.pkr.hcl`)
    // Both builds without a filter: one image each.
    expect(templateFacts(m).map(i => i.name)).toEqual([
      'ubuntu-22_04.azure-arm.image',
      'ubuntu-24_04.azure-arm.image'
    ])
  })

  test('--var os_disk_size_gb wins over the locals map (coalesce)', async () => {
    const m = await readTemplate(UB, { vars: ['image_os=ubuntu22', 'os_disk_size_gb=40'] })
    expect(m.sources[0]!.attributes.os_disk_size_gb).toMatchObject({ value: 40 })
  })

  test('windows 2025: base image, disk size and the sysprep step last', async () => {
    const m = await readTemplate(WIN, { vars: ['image_os=win25'] })
    expect(m.builds.map(b => b.name)).toEqual(['windows-2025'])
    const [img] = templateFacts(m)
    const f = img!.facts as Record<string, any>
    expect(f.os.declared_type).toBe('Windows')
    expect(f.disks.os.size_gb).toBe(150)
    expect(f.template.base_image).toEqual({
      publisher: 'MicrosoftWindowsServer',
      offer: 'WindowsServer',
      sku: '2025-Datacenter-g2',
      version: 'latest'
    })
    expect(f.template.vm_size).toBe('Standard_F8s_v2')
    // The declared base image, for AZMP-WIN-001 before any build ("latest" names no version).
    expect(f.windows).toEqual({
      base_image: {
        publisher: 'MicrosoftWindowsServer',
        offer: 'WindowsServer',
        sku: '2025-Datacenter-g2',
        source: 'template'
      }
    })
    expect(img!.provenance['windows.base_image.sku']).toEqual({
      source: 'template',
      file: `${WIN}/source.windows.pkr.hcl`,
      line: 20,
      column: 3
    })
    expect(img!.provenance['os.declared_type']).toEqual({
      source: 'template',
      file: `${WIN}/source.windows.pkr.hcl`,
      line: 27,
      column: 3
    })
    const provs = img!.provisioners
    const last = provs[provs.length - 1]!
    expect(last).toMatchObject({ type: 'powershell', location: { line: 263 } })
    expect(last.inline![1]).toMatchObject({
      text: '& $env:SystemRoot\\System32\\Sysprep\\Sysprep.exe /oobe /generalize /mode:vm /quiet /quit',
      location: { line: 266, column: 7 }
    })
    expect(provs[provs.length - 2]!.type).toBe('windows-restart')
    // The sensitive password never enters the model; the line stays as written, marked unresolved.
    const netUser = provs.find(p => p.type === 'windows-shell')!.inline![0]!
    expect(netUser).toMatchObject({
      unresolved: true,
      text: expect.stringContaining('${var.install_password}')
    })
    expect(netUser.reason).toMatch(/sensitive/)
  })

  test('windows without image_os: rejected as Packer rejects it (the locals map has no key "")', async () => {
    await expect(readTemplate(WIN)).rejects.toThrow(
      `${WIN}/locals.windows.pkr.hcl:25:34: Invalid index: local.image_properties_map has no key ""`
    )
    await expect(readTemplate(UB)).rejects.toThrow(/locals\.ubuntu\.pkr\.hcl:29:34: Invalid index/)
  })
})
