/**
 * Template facts through the compiled policy: rules judge them before any build, and their findings point
 * at the template line (the check run annotates it).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mergeFacts } from '../../src/facts/merge.js'
import { validateFacts } from '../../src/facts/validate.js'
import { readTemplateSource } from '../../src/facts/template/index.js'
import { Engine } from '../../src/policy/engine.js'
import type { Finding } from '../../src/types.js'

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

describe('generalization last (AZMP-LNX-031, AZMP-WIN-007)', () => {
  test('failing example: the provisioner after waagent -deprovision is the finding line', async () => {
    const f = await findings('examples/templates/failing')
    expect(f.get('AZMP-LNX-031')).toMatchObject({
      status: 'fail',
      location: { source: 'template', file: 'examples/templates/failing/ubuntu.pkr.hcl', line: 46 }
    })
    expect(f.get('AZMP-WIN-007')?.status).toBe('not_applicable')
  })

  test('compliant example: deprovision last', async () => {
    const f = await findings('examples/templates/compliant')
    expect(f.get('AZMP-LNX-031')?.status).toBe('pass')
  })

  test('windows example: the windows-restart after sysprep is the finding line', async () => {
    const f = await findings('examples/templates/failing-windows')
    expect(f.get('AZMP-WIN-007')).toMatchObject({
      status: 'fail',
      location: { source: 'template', file: 'examples/templates/failing-windows/windows.pkr.hcl', line: 42 }
    })
    expect(f.get('AZMP-LNX-031')?.status).toBe('not_applicable')
  })

  const tmpl = (body: string, files: Record<string, string> = {}) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-gen-'))
    fs.writeFileSync(
      path.join(dir, 'b.pkr.hcl'),
      `source "azure-arm" "img" {\n  os_type = "Linux"\n}\nsource "azure-arm" "other" {\n  os_type = "Linux"\n}\n${body}`
    )
    for (const [n, t] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, n)), { recursive: true })
      fs.writeFileSync(path.join(dir, n), t)
    }
    return dir
  }
  const rule = async (dir: string, id: string, build?: string) => {
    const r = await readTemplateSource(dir, { cwd: dir, ...(build ? { build } : {}) })
    const img = r.partials.find(p => !build || p.image.endsWith(build))!
    const doc = mergeFacts([img])
    validateFacts(doc, dir)
    return engine.evaluate(doc).find(x => x.rule === id)!
  }

  test('deprovision in execute_command, after the script runs: pass; a later only-for-another-source step does not count', async () => {
    const dir = tmpl(`build {
  sources = ["source.azure-arm.img", "source.azure-arm.other"]
  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E sh '{{ .Path }}'; /usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"
    inline = ["apt-get -y install nginx"]
  }
  provisioner "shell" {
    only = ["azure-arm.other"]
    inline = ["apt-get -y install curl"]
  }
  error-cleanup-provisioner "shell-local" {
    inline = ["echo cleanup"]
  }
}
`)
    expect((await rule(dir, 'AZMP-LNX-031', 'azure-arm.img')).status).toBe('pass')
    const other = await rule(dir, 'AZMP-LNX-031', 'azure-arm.other')
    expect(other).toMatchObject({ status: 'fail', location: { line: 15 } })
  })

  test('override for this source replaces the inline lines', async () => {
    const dir = tmpl(`build {
  sources = ["source.azure-arm.img"]
  provisioner "shell" {
    inline = ["/usr/sbin/waagent -force -deprovision+user"]
  }
  provisioner "shell" {
    inline = ["apt-get -y install curl"]
    override = {
      img = { inline = ["sync"] }
    }
  }
}
`)
    expect((await rule(dir, 'AZMP-LNX-031')).status).toBe('pass')
  })

  test('deprovision inside a script file in the repository; a line after it is the finding, in the script', async () => {
    const dir = tmpl(
      `build {
  sources = ["source.azure-arm.img"]
  provisioner "shell" {
    script = "scripts/final.sh"
  }
}
`,
      {
        'scripts/final.sh':
          '#!/bin/sh\nset -e\n# generalize\n/usr/sbin/waagent -force -deprovision+user\nuseradd admin\n'
      }
    )
    const f = await rule(dir, 'AZMP-LNX-031')
    expect(f).toMatchObject({ status: 'fail', location: { line: 5 } })
    expect(f.location?.file).toMatch(/scripts\/final\.sh$/)
  })

  test('a script file not in the repository after the deprovision: unknown, never pass', async () => {
    const dir = tmpl(`build {
  sources = ["source.azure-arm.img"]
  provisioner "shell" {
    inline = ["/usr/sbin/waagent -force -deprovision+user"]
  }
  provisioner "shell" {
    script = "/elsewhere/cleanup.sh"
  }
}
`)
    expect((await rule(dir, 'AZMP-LNX-031')).status).toBe('unknown')
  })
})
