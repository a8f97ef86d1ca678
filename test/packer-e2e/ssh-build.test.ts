/**
 * Real Packer end to end: `packer build` (the binary scripts/install-packer.sh builds into .tools/bin) with the
 * built-in `null` builder and the SSH communicator against a real sshd on a free loopback port (temp host key,
 * temp authorized key, temp config). The build is docs/linux-probe.md's "Inside the Packer build" snippet
 * (README links it) with README's `manifest` post-processor, taken from those files, not copied: a `file`
 * provisioner uploads probes/linux/probe.sh, a `shell` provisioner runs it with `--stage build`, a `file`
 * provisioner downloads the facts, and the `manifest` post-processor writes `custom_data`. Then `check` judges
 * manifest + template + facts.
 *
 * What is substituted, and why (nothing else is):
 *  - `source.azure-arm.image` → a `null` source with the SSH communicator (the azure-arm plugin cannot be
 *    installed here); `check` reads the template with its azure-arm source, as written in the docs.
 *  - `/usr/sbin/waagent` → a stub that records its arguments: deprovisioning this machine would be destructive.
 *  - `/tmp/vmip-…` → a temp folder (parallel runs); `sudo` → a stub on the session's PATH (runs its command; we log
 *    in as root already).
 *  - The manifest's builder_type `null` and its artifact_id → what an azure-arm build writes there.
 * The probe itself runs for real on this machine as the SSH user: it is read-only.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli.js'
import { requireReal } from '../support/real.js'

const repo = path.resolve('.')
const PACKER = path.resolve('.tools/bin/packer')
const sshd = ['/usr/sbin/sshd', '/usr/bin/sshd'].find(p => fs.existsSync(p))
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const run =
  requireReal('Packer (.tools/bin/packer; scripts/install-packer.sh)', fs.existsSync(PACKER)) &&
  requireReal('sshd (Debian package openssh-server)', sshd !== undefined) &&
  requireReal('root (sshd on loopback serving this machine)', isRoot)
const maybe = run ? describe : describe.skip

/** The first ```hcl block after a heading (or line) matching `after`. */
export function hclBlock(file: string, after: RegExp): string {
  const text = fs.readFileSync(path.join(repo, file), 'utf8')
  const at = text.search(after)
  if (at < 0) throw new Error(`${file}: no ${after}`)
  const m = /```hcl\n([\s\S]*?)```/.exec(text.slice(at))
  if (!m) throw new Error(`${file}: no hcl block after ${after}`)
  return m[1]!
}

/** README's `post-processor "manifest" { … }` block (balanced braces). */
function manifestPostProcessor(): string {
  const b = hclBlock('README.md', /### Facts from the Packer manifest/)
  const start = b.indexOf('post-processor "manifest"')
  let depth = 0
  for (let i = b.indexOf('{', start); i < b.length; i++) {
    if (b[i] === '{') depth++
    if (b[i] === '}' && --depth === 0) return b.slice(start, i + 1)
  }
  throw new Error('README: unbalanced manifest post-processor')
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port
      s.close(() => resolve(p))
    })
  })
}

async function waitForPort(p: number, ms: number): Promise<void> {
  const end = Date.now() + ms
  for (;;) {
    const ok = await new Promise<boolean>(resolve => {
      const c = net.connect(p, '127.0.0.1', () => {
        c.end()
        resolve(true)
      })
      c.once('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > end) throw new Error(`sshd did not listen on ${p}`)
    await new Promise(r => setTimeout(r, 100))
  }
}

async function cli(args: string[]) {
  let out = ''
  let err = ''
  const code = await main(args, {
    out: { write: (c: string) => ((out += c), true) } as unknown as NodeJS.WritableStream,
    err: { write: (c: string) => ((err += c), true) } as unknown as NodeJS.WritableStream
  })
  return { code, out, err }
}

let dir = ''
let port = 0
let proc: ChildProcess | undefined

beforeAll(async () => {
  if (!run) return
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-packer-e2e-'))
  for (const f of ['host_ed25519', 'user_ed25519'])
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, f)])
  fs.copyFileSync(path.join(dir, 'user_ed25519.pub'), path.join(dir, 'authorized_keys'))
  const bin = path.join(dir, 'bin')
  fs.mkdirSync(bin)
  fs.writeFileSync(path.join(bin, 'sudo'), '#!/bin/sh\n[ "$1" = -E ] && shift\nexec "$@"\n', { mode: 0o755 })
  fs.writeFileSync(
    path.join(bin, 'waagent'),
    `#!/bin/sh\necho "$*" >> '${path.join(dir, 'waagent.log')}'\n`,
    { mode: 0o755 }
  )
  port = await freePort()
  fs.writeFileSync(
    path.join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${path.join(dir, 'host_ed25519')}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'Subsystem sftp internal-sftp',
      `SetEnv PATH=${bin}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      ''
    ].join('\n')
  )
  fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 })
  proc = spawn(sshd as string, ['-D', '-e', '-f', path.join(dir, 'sshd_config')], { stdio: 'ignore' })
  await waitForPort(port, 10_000)
}, 60_000)

afterAll(() => {
  if (proc?.pid) proc.kill('SIGTERM')
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

maybe('real packer build (null builder, SSH communicator, loopback sshd)', () => {
  test('the documented build runs the probe, downloads the facts, writes custom_data; check judges it', async () => {
    const snippet = hclBlock('docs/linux-probe.md', /## 1\. Inside the Packer build/)
    expect(snippet).toMatch(/probe\.sh --stage build/)
    const pp = manifestPostProcessor()
    // The build as documented, with README's manifest post-processor as its last block.
    const build = snippet.replace(/\}\s*$/, `\n  ${pp.split('\n').join('\n  ')}\n}\n`)
    const variables = 'variable "image_version" {\n  type    = string\n  default = "1.0.3"\n}\n'
    // What check reads: the documented template with a realistic azure-arm source.
    const judged = path.join(dir, 'judged')
    fs.mkdirSync(judged)
    fs.writeFileSync(
      path.join(judged, 'image.pkr.hcl'),
      [
        variables,
        'source "azure-arm" "image" {',
        '  os_type         = "Linux"',
        '  image_publisher = "Debian"',
        '  image_offer     = "debian-12"',
        '  image_sku       = "12-gen2"',
        '  vm_size         = "Standard_D2s_v5"',
        '  os_disk_size_gb = 30',
        '}',
        '',
        build
      ].join('\n')
    )
    // What Packer builds here: the same build over SSH to loopback, with the substitutions above.
    const work = path.join(dir, 'work')
    const remote = path.join(dir, 'remote')
    fs.mkdirSync(work)
    fs.mkdirSync(remote)
    fs.mkdirSync(path.join(work, 'probes'))
    fs.symlinkSync(path.join(repo, 'probes/linux'), path.join(work, 'probes/linux'))
    const built = build
      .replace('source.azure-arm.image', 'source.null.image')
      .replaceAll('/tmp/vmip-', `${remote}/vmip-`)
      .replaceAll('/usr/sbin/waagent', path.join(dir, 'bin/waagent'))
    fs.writeFileSync(
      path.join(work, 'image.pkr.hcl'),
      [
        variables,
        'source "null" "image" {',
        '  communicator         = "ssh"',
        '  ssh_host             = "127.0.0.1"',
        `  ssh_port             = ${port}`,
        '  ssh_username         = "root"',
        `  ssh_private_key_file = "${path.join(dir, 'user_ed25519')}"`,
        '  ssh_timeout          = "30s"',
        '}',
        '',
        built
      ].join('\n')
    )
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      CHECKPOINT_DISABLE: '1',
      PACKER_PLUGIN_PATH: path.join(dir, 'plugins'),
      PACKER_NO_COLOR: '1'
    }
    const r = spawnSync(PACKER, ['build', '-color=false', '.'], {
      cwd: work,
      env,
      encoding: 'utf8',
      timeout: 180_000
    })
    expect({ status: r.status, tail: r.status === 0 ? '' : (r.stdout + r.stderr).slice(-3000) }).toEqual({
      status: 0,
      tail: ''
    })
    if (process.env.VMIP_E2E_DEBUG) console.log(r.stdout + r.stderr)
    // The stub recorded the deprovisioning, the remote files were removed by the last provisioner.
    expect(fs.readFileSync(path.join(dir, 'waagent.log'), 'utf8').trim()).toBe('-force -deprovision+user')
    expect(fs.readdirSync(remote).filter(f => f.startsWith('vmip-'))).toEqual([])
    // The downloaded facts are the probe's build-stage document.
    const factsFile = path.join(work, 'facts/linux.json')
    const facts = JSON.parse(fs.readFileSync(factsFile, 'utf8')) as Record<string, unknown>
    expect(facts.schema_version).toBe(1)
    expect(facts.stage).toBe('build')
    // Packer's manifest: one null build carrying README's custom_data, as strings.
    const manifestFile = path.join(work, 'packer-manifest.json')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      builds: Array<Record<string, unknown>>
    }
    expect(manifest.builds).toHaveLength(1)
    const b = manifest.builds[0]!
    expect(b.name).toBe('image')
    expect(b.builder_type).toBe('null')
    expect(b.custom_data).toEqual({
      os_type: 'Linux',
      offer: 'contoso-appliance',
      sku: 'standard-gen2',
      version: '1.0.3',
      os_disk_size_gb: '30',
      data_disk_sizes_gb: '',
      os_disk_state: 'Generalized',
      stage: 'build'
    })
    b.builder_type = 'azure-arm'
    b.artifact_id =
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images-rg/providers/Microsoft.Compute/images/image'
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2))

    const args = ['--manifest', manifestFile, '--template', judged, '--facts', factsFile]
    const f = await cli(['facts', ...args])
    expect(f.code).toBe(0)
    const merged = JSON.parse(f.out) as { images: Array<{ name: string; sources: string[] }> }
    expect(merged.images.map(i => i.name)).toEqual(['image'])
    expect(merged.images[0]!.sources.map(s => s.split(' ')[0])).toEqual(['manifest', 'template', 'facts'])

    const c = await cli(['check', ...args, '--format', 'json', '--all', '--now', '2026-11-25T12:00:00Z'])
    expect([0, 1]).toContain(c.code)
    const report = JSON.parse(c.out) as {
      images: Array<{ name: string; findings: Array<{ rule: string; status: string }> }>
    }
    expect(report.images.map(i => i.name)).toEqual(['image'])
    const status = (id: string) => report.images[0]!.findings.find(x => x.rule === id)?.status
    // Generalization is the last step that matters: the documented order passes LNX-031.
    expect(status('AZMP-LNX-031')).toBe('pass')
    // Facts from the probe were judged (a build-stage rule is evaluated, not unknown).
    const judgedIds = report.images[0]!.findings.filter(x => x.status !== 'unknown').map(x => x.rule)
    expect(judgedIds.filter(id => id.startsWith('AZMP-LNX-')).length).toBeGreaterThan(10)

    // A deprovisioning that fails stops the build (`sh -e` in execute_command: Packer's inline shebang is not
    // used when the script is run as `sh FILE`): no probe, no facts, no manifest that would look finished.
    fs.writeFileSync(path.join(dir, 'bin/waagent'), '#!/bin/sh\necho "waagent: failed" >&2\nexit 1\n')
    fs.rmSync(path.join(work, 'facts'), { recursive: true, force: true })
    fs.rmSync(manifestFile)
    const bad = spawnSync(PACKER, ['build', '-color=false', '.'], {
      cwd: work,
      env,
      encoding: 'utf8',
      timeout: 180_000
    })
    expect(bad.status).not.toBe(0)
    expect(fs.existsSync(factsFile)).toBe(false)
    expect(fs.existsSync(manifestFile)).toBe(false)
  }, 240_000)
})
