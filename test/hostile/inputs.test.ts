/**
 * Hostile input files given to the CLI (dist/cli.js as a process): FIFOs, devices, directories and huge
 * files where a file is expected, and JSON/HCL/YAML that JSON.parse or a naive reader would accept
 * (duplicate keys, 1e309, lone surrogates, deep nesting, prototype keys, 20,000 builds), and files that
 * lead out of the workspace (a config symlinked to /proc/self/environ, a var file symlinked to a key).
 * Each case: exit 2 with one clear line (or the right verdict), never a hang or a crash, nothing of the
 * host's marker file in any output.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {
  COMPLIANT,
  NOW,
  expectAbsent,
  expectInputError,
  makeWorkspace,
  mkfifo,
  run,
  sparse,
  type Run
} from './support.js'

const W = makeWorkspace('inputs')
const ws = W.ws
const p = (n: string) => path.join(ws, n)
const TEMPLATE = `variable "size" {
  type    = number
  default = 30
}
source "azure-arm" "img" {
  os_type         = "Linux"
  os_disk_size_gb = var.size
}
build {
  sources = ["source.azure-arm.img"]
}
`
const compliant = fs.readFileSync(COMPLIANT, 'utf8')
const facts = (body: string) => `{"schema_version": 1, ${body}}`

beforeAll(() => {
  fs.writeFileSync(p('t.pkr.hcl'), TEMPLATE)
  fs.writeFileSync(p('manifest.json'), compliant)
  for (const k of ['facts', 'manifest', 'template', 'varfile', 'config', 'ledger', 'bundle', 'vhd']) {
    mkfifo(p(`${k}.fifo`))
    fs.mkdirSync(p(`${k}.dir`))
    // Packer reads a var file only by its suffix (.hcl or .json), so the hostile ones carry it too.
    if (k === 'varfile') {
      mkfifo(p('varfile.fifo.pkrvars.hcl'))
      fs.mkdirSync(p('varfile.dir.pkrvars.hcl'))
      fs.symlinkSync('/dev/zero', p('zero.pkrvars.hcl'))
    }
  }
  // A bundle folder whose policy.wasm is a FIFO.
  mkfifo(p('bundle.dir/policy.wasm'))
  fs.writeFileSync(p('bundle.dir/rules.json'), '[]')
})
afterAll(() => W.cleanup())

/** How each input kind is given to `check`, with the rest of a valid command line. */
const KINDS: Record<string, (f: string) => string[]> = {
  facts: f => ['--facts', f],
  manifest: f => ['--manifest', f],
  template: f => ['--template', f],
  'var file': f => [
    '--template',
    't.pkr.hcl',
    '--var-file',
    f === '/dev/zero' ? 'zero.pkrvars.hcl' : /\.(fifo|dir)$/.test(f) ? `${f}.pkrvars.hcl` : f
  ],
  config: f => ['--config', f, '--manifest', 'manifest.json'],
  ledger: f => ['--ledger', f, '--manifest', 'manifest.json'],
  'policy bundle': f => ['--policy-bundle', f, '--manifest', 'manifest.json'],
  vhd: f => ['--vhd', `os=${f}`]
}
const FILE: Record<string, string> = {
  facts: 'facts',
  manifest: 'manifest',
  template: 'template',
  'var file': 'varfile',
  config: 'config',
  ledger: 'ledger',
  'policy bundle': 'bundle',
  vhd: 'vhd'
}

const check = (args: string[], env: NodeJS.ProcessEnv = {}): Run => {
  const r = run(['check', ...args, ...NOW], ws, env, 30_000)
  expectAbsent([r.stdout, r.stderr], [W.marker])
  return r
}

describe('non-regular files are refused before they are read (no hang)', () => {
  const kinds = Object.keys(KINDS)
  test.each(kinds)('FIFO as the %s', kind => {
    const r = check(KINDS[kind]!(`${FILE[kind]}.fifo`), {})
    if (kind === 'vhd') {
      expect(r.signal).toBeNull()
      expect(r.code).not.toBe(3)
      expect(r.stdout + r.stderr).not.toMatch(/internal error/)
      return
    }
    expectInputError(r, /FIFO|not a regular file/)
  })
  test.each(kinds)('/dev/zero as the %s', kind => {
    const r = check(KINDS[kind]!('/dev/zero'))
    if (kind === 'vhd') {
      expect(r.signal).toBeNull()
      expect(r.code).not.toBe(3)
      return
    }
    expectInputError(r, /character device|not a regular file/)
  })
  test.each(kinds.filter(k => k !== 'template'))('a directory as the %s', kind => {
    const r = check(KINDS[kind]!(`${FILE[kind]}.dir`))
    if (kind === 'vhd') {
      expect(r.signal).toBeNull()
      expect(r.code).not.toBe(3)
      return
    }
    expectInputError(r, kind === 'policy bundle' ? /policy\.wasm.*FIFO/ : /directory|not a regular file/)
  })
  test('a directory with no template files as the template', () => {
    expectInputError(check(['--template', 'template.dir']), /no \*\.pkr\.hcl files/)
  })
})

describe('size limits: a huge (sparse) file is refused without reading it', () => {
  const MiB = 1024 * 1024
  test.each([
    ['facts', 64 * MiB + 1, 'huge.facts.json'],
    ['manifest', 64 * MiB + 1, 'huge.manifest.json'],
    ['template', 8 * MiB + 1, 'huge.pkr.hcl'],
    ['var file', 8 * MiB + 1, 'huge.pkrvars.hcl'],
    ['config', 1 * MiB + 1, 'huge.yml'],
    ['ledger', 1 * MiB + 1, 'huge-ledger.yml'],
    ['policy bundle', 64 * MiB + 1, 'huge.tar.gz']
  ])('%s of %d bytes', (kind, size, name) => {
    sparse(p(name), size, kind === 'facts' ? '{"schema_version": 1}' : '')
    expectInputError(check(KINDS[kind]!(name)), /bytes|MiB|larger than/)
  })
})

describe('JSON a lenient reader would accept', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      'duplicate key in a facts file, both positions named',
      'dup.facts.json',
      '{"schema_version": 1,\n "disks": {"os": {"size_gb": 30,\n   "size_gb": 4000}}}',
      /dup\.facts\.json:3:4: .*duplicate key "size_gb" \(first at 2:19\)/
    ],
    [
      'duplicate key in a manifest',
      'dup.manifest.json',
      compliant.replace('"name": "debian-12-gen2",', '"name": "debian-12-gen2", "name": "other",'),
      /dup\.manifest\.json:\d+:\d+: .*duplicate key "name" \(first at \d+:\d+\)/
    ],
    [
      '1e309 as a disk size (would become null and pass)',
      'inf-disk.facts.json',
      facts('"disks": {"os": {"size_gb": 1e309}}'),
      /inf-disk\.facts\.json:1:\d+: .*outside the range of a double/
    ],
    [
      '1e309 as ClientAliveInterval',
      'inf-sshd.facts.json',
      facts('"linux": {"sshd": {"client_alive_interval": 1e309}}'),
      /outside the range of a double/
    ],
    [
      '-1e400 in a manifest custom_data value',
      'inf.manifest.json',
      compliant.replace('"os_disk_size_gb": "30"', '"os_disk_size_gb": -1e400'),
      /inf\.manifest\.json:\d+:\d+: .*outside the range of a double/
    ],
    [
      'a lone high surrogate escape in a facts file',
      'hi.facts.json',
      facts('"image": {"name": "x\\ud800y"}'),
      /hi\.facts\.json:1:\d+: .*lone surrogate/
    ],
    [
      'a lone low surrogate escape in a manifest',
      'lo.manifest.json',
      compliant.replace('"debian-12-gen2"', '"\\udc00"'),
      /lo\.manifest\.json:\d+:\d+: .*lone surrogate/
    ],
    [
      'facts nested 100,000 levels deep',
      'deep.facts.json',
      `{"schema_version":1,"image":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_001)}`,
      /deep\.facts\.json:1:\d+: .*nesting deeper than/
    ],
    [
      'a manifest nested 100,000 arrays deep',
      'deep.manifest.json',
      `{"builds":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      /deep\.manifest\.json:1:\d+: .*nesting deeper than/
    ]
  ]
  test.each(cases)('%s', (_what, name, text, re) => {
    fs.writeFileSync(p(name), text)
    expectInputError(check(KINDS[name.includes('manifest') ? 'manifest' : 'facts']!(name)), re)
  })

  test('1e309 as a template --var (HCL number): the merged facts are refused by the schema', () => {
    expectInputError(check(['--template', 't.pkr.hcl', '--var', 'size=1e309']), /size_gb must be number/)
  })

  test('--build that matches none of 20,000 builds: one line, the list clipped', () => {
    const builds = Array.from({ length: 20_000 }, (_, i) => ({ name: `b${i}`, builder_type: 'azure-arm' }))
    fs.writeFileSync(p('many.json'), JSON.stringify({ builds }))
    const r = check(['--manifest', 'many.json', '--build', 'nope'])
    expectInputError(r, /no build named "nope"; builds: b0, b1, .* and 19980 more$/m)
    expect(r.stderr.length).toBeLessThan(2000)
  })

  test('1e309 in the configuration thresholds (YAML) is refused', () => {
    fs.writeFileSync(p('inf.yml'), 'thresholds:\n  disks:\n    linux_os_min_gb: 1e309\n')
    expectInputError(check(['--config', 'inf.yml', '--manifest', 'manifest.json']), /inf\.yml:3:\d+: /)
  })

  test.each(['__proto__', 'constructor', 'prototype'])(
    'a "%s" key in a facts file stays data: the verdict is the same as without it',
    key => {
      const base = JSON.parse(fs.readFileSync(path.join(path.dirname(COMPLIANT), 'linux.facts.json'), 'utf8'))
      fs.writeFileSync(p('plain.facts.json'), JSON.stringify(base))
      const text = JSON.stringify(base).replace(
        /^\{/,
        `{"${key}": {"polluted": true, "disks": {"os": {"size_gb": 1}}},`
      )
      fs.writeFileSync(p(`${key}.facts.json`), text)
      const r = check(['--facts', `${key}.facts.json`, '--manifest', 'manifest.json'])
      // An unknown top-level key is a schema error naming it (never a prototype, never ignored).
      expectInputError(r, new RegExp(`${key}.*not a known fact`))
    }
  )

  test('a "__proto__" key in custom_data is data, not a prototype: the verdict is unchanged', () => {
    fs.writeFileSync(
      p('proto.manifest.json'),
      compliant.replace('"custom_data": {', '"custom_data": {"__proto__": {"os_disk_size_gb": "1"}, ')
    )
    const a = check(['--manifest', 'proto.manifest.json'])
    const b = check(['--manifest', 'manifest.json'])
    expect(a.code).toBe(b.code)
    expect(a.stdout).toBe(b.stdout.replace(/manifest\.json/g, 'proto.manifest.json'))
  })

  test('a manifest with 20,000 builds is read in bounded stack (run with a small stack)', () => {
    const builds = []
    for (let i = 0; i < 20_000; i++)
      builds.push({
        name: `img-${i}`,
        builder_type: 'azure-arm',
        artifact_id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/img-${i}`,
        packer_run_uuid: i < 19_998 ? 'old-run' : 'last-run',
        custom_data: { os_type: 'Linux', os_disk_size_gb: '30' }
      })
    fs.writeFileSync(p('m20k.json'), JSON.stringify({ builds, last_run_uuid: 'last-run' }, null, 1))
    const r = run(['check', '--manifest', 'm20k.json', ...NOW, '--format', 'json'], ws, {}, 120_000, [
      '--stack-size=400',
      '--max-old-space-size=256'
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { images: Array<{ name: string }> }
    expect(report.images.map(i => i.name)).toEqual(['img-19998', 'img-19999'])
  })
})

describe('HCL and YAML nested too deeply: exit 2 with a position, never a stack overflow', () => {
  test.each([
    ['parentheses', `locals {\n  x = ${'('.repeat(20_000)}1${')'.repeat(20_000)}\n}\n`],
    ['tuples', `locals {\n  x = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n}\n`],
    ['a chain of 20,000 additions', `locals {\n  x = ${'1+'.repeat(20_000)}1\n}\n`],
    ['nested interpolations', `locals {\n  x = "${'${'.repeat(3000)}1${'}'.repeat(3000)}"\n}\n`]
  ])('template: %s', (_what, text) => {
    fs.writeFileSync(p('deep.pkr.hcl'), text)
    expectInputError(check(['--template', 'deep.pkr.hcl']), /deep\.pkr\.hcl:2:\d+: /)
  })
  test('a deeply nested --var value', () => {
    fs.writeFileSync(p('list.pkr.hcl'), 'variable "l" {\n  type = list(string)\n}\n')
    expectInputError(
      check(['--template', 'list.pkr.hcl', '--var', `l=${'['.repeat(20_000)}${']'.repeat(20_000)}`]),
      /--var l/
    )
  })
  test('configuration YAML nested 20,000 levels', () => {
    fs.writeFileSync(p('deep.yml'), `profile: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`)
    expectInputError(check(['--config', 'deep.yml', '--manifest', 'manifest.json']), /deep\.yml:1:\d+: /)
  })
})

describe('files that lead out of the workspace are never quoted', () => {
  test('a configuration symlinked to /proc/self/environ: no environment variable in any output', () => {
    fs.symlinkSync('/proc/self/environ', p('environ.yml'))
    const r = check(['--config', 'environ.yml', '--manifest', 'manifest.json'], { HOSTILE_ENV: W.marker })
    expectInputError(r, /environ\.yml/)
    expect(r.stderr).not.toContain('HOSTILE_ENV')
  })
  test('a var file symlinked to a key outside the workspace: not echoed', () => {
    fs.writeFileSync(
      path.join(W.host, 'id_rsa'),
      `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA${W.marker}AAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n`
    )
    fs.symlinkSync(path.join(W.host, 'id_rsa'), p('key.pkrvars.hcl'))
    const r = check(['--template', 't.pkr.hcl', '--var-file', 'key.pkrvars.hcl'])
    expectInputError(r, /key\.pkrvars\.hcl:1:\d+: /)
    expect(r.stderr).not.toMatch(/OPENSSH|b3BlbnNza/)
  })
  test('a facts file symlinked to the host marker: not echoed', () => {
    fs.symlinkSync(W.markerFile, p('marker.facts.json'))
    expectInputError(check(['--facts', 'marker.facts.json']), /marker\.facts\.json:1:1: invalid JSON/)
  })
  test('a configuration symlinked to the host marker, run as in Actions: not echoed', () => {
    fs.symlinkSync(W.markerFile, p('marker.yml'))
    const r = check(['--config', 'marker.yml', '--manifest', 'manifest.json'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws
    })
    expectInputError(r, /marker\.yml/)
  })
  test('a ledger that is a symlink to /etc/shadow-like content outside the workspace: not echoed', () => {
    fs.writeFileSync(path.join(W.host, 'shadow'), `root:$6$${W.marker}$abcdefgh:19000:0:99999:7:::\n`)
    fs.symlinkSync(path.join(W.host, 'shadow'), p('shadow.yml'))
    const r = check(['--ledger', 'shadow.yml', '--manifest', 'manifest.json'])
    expectInputError(r, /shadow\.yml/)
  })
})
