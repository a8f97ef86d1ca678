/**
 * The compiled policy (wasm, as shipped) over Linux facts fixtures: a compliant build-stage document passes
 * every LNX rule, one change per rule fails exactly that rule, and facts of the wrong type are rejected by
 * the schema before evaluation. Needs no root and no Debian root, only OPA to compile the working tree.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { FactsDoc } from '../../src/facts/types.js'
import { validateFacts } from '../../src/facts/validate.js'
import { requireReal } from '../support/real.js'
import { compilePolicy, linuxFindings, notPassing, repo } from './support.js'

const opa = fs.existsSync(path.join(repo, '.tools/bin/opa')) || Boolean(process.env.OPA_BIN)
const run = requireReal('OPA (scripts/install-opa.sh) to compile the policy', opa)
const maybe = run ? describe : describe.skip

const good = JSON.parse(
  fs.readFileSync(path.join(repo, 'test/fixtures/linux/compliant-build.json'), 'utf8')
) as FactsDoc

type Patch = (d: Record<string, any>) => void

function doc(patch: Patch): FactsDoc {
  const d = JSON.parse(JSON.stringify(good)) as Record<string, any>
  patch(d)
  return d as FactsDoc
}

const setting =
  (key: string, value: string): Patch =>
  d => {
    for (const s of d.linux.waagent.conf.settings) if (s.key === key) s.value = value
  }

// [rule, change, profile, rules that fail (default: just the rule)]
const table: Array<[string, Patch, string?, string[]?]> = [
  ['agent_installed', d => (d.linux.waagent.executable = false)],
  ['agent_from_package', d => (d.linux.waagent.packaged = false)],
  [
    'agent_conf_present',
    d => (d.linux.waagent.conf = { present: false, settings: [] }),
    undefined,
    ['agent_conf_present', 'root_password_deleted', 'ssh_host_keys_regenerated']
  ],
  ['hyperv_drivers', d => (d.linux.kernel.hyperv.hv_storvsc = 'absent')],
  ['python_version', d => (d.linux.python.version = '2.4')],
  ['pyasn1_present', d => (d.linux.python.pyasn1 = { present: false })],
  ['openssl_version', d => (d.linux.openssl = { present: false })],
  ['no_lvm', d => (d.linux.storage.lvm.volume_groups = ['vg0'])],
  ['single_root_partition', d => (d.linux.storage.mounts = [])],
  ['no_swap', d => (d.linux.storage.swap.active = ['/dev/sda3'])],
  ['swap_via_agent', setting('ResourceDisk.EnableSwap', 'y')],
  ['kernel_cmdline', d => (d.linux.boot.grub_cfg.value = 'ro quiet')],
  ['ssh_server_enabled', d => (d.linux.ssh.enabled = false)],
  ['ssh_client_alive_interval', d => (d.linux.ssh.client_alive_interval.value = 236)],
  ['network_manager', d => (d.linux.network.network_manager = { installed: true, enabled: true })],
  ['ifupdown', d => (d.linux.network.ifupdown = { installed: false })],
  [
    'no_custom_network',
    d => d.linux.network.custom.push({ kind: 'route', text: 'up ip route add 10.1.0.0/16 via 10.0.0.1' })
  ],
  [
    'resolv_conf_removed',
    d => (d.linux.generalization.resolv_conf = { present: true, file: '/etc/resolv.conf', nameservers: 0 })
  ],
  ['primary_nic_dhcp', d => (d.linux.network.primary.onboot = false)],
  [
    'ipv6_configured',
    d => (d.linux.network.ipv6 = { configured: true, entries: [{ text: 'IPV6INIT=yes' }] })
  ],
  ['security_updates', d => d.linux.updates.pending_security.push({ name: 'libc6' })],
  [
    'no_default_accounts',
    d =>
      d.linux.accounts.authorized_keys.push({
        user: 'packer',
        file: '/home/packer/.ssh/authorized_keys',
        keys: 2
      })
  ],
  [
    'shell_history_cleared',
    d => d.linux.history.files.push({ user: 'root', file: '/root/.bash_history', size: 1 })
  ],
  ['iptables_no_rules', d => (d.linux.iptables.active_rules = 4)],
  ['generalized', d => (d.linux.generalization.hostname.value = 'build-host')],
  ['ssh_host_keys_regenerated', setting('Provisioning.RegenerateSshHostKeyPair', 'n')],
  ['root_password_deleted', d => (d.linux.root_password.state = 'hash')],
  ['arch_64bit', d => (d.os.architecture = 'armv7l'), 'current'],
  ['sudoers_no_targetpw', d => d.linux.sudoers.targetpw.push({ file: '/etc/sudoers', line: 3 }), 'current'],
  ['agent_auto_update', setting('AutoUpdate.Enabled', 'n'), 'current']
]

beforeAll(() => {
  if (run) compilePolicy()
}, 120_000)

maybe('compiled policy over Linux facts fixtures', () => {
  test('the compliant fixture passes every LNX rule (guide and current)', async () => {
    validateFacts(good, 'compliant-build.json')
    expect(notPassing(await linuxFindings(good, 'guide'))).toEqual({})
    const current = await linuxFindings(good, 'current')
    expect(current.size).toBe(31) // AZMP-LNX-001…030 and 032
    expect(notPassing(current)).toEqual({}) // LNX-016 is not checked by the current profile
  })

  // Rows as objects: a third positional parameter would make jest pass its `done` callback there.
  const rows = table.map(([rule, patch, profile, fails]) => ({
    rule,
    patch,
    profile: profile ?? 'guide',
    fails: fails ?? [rule]
  }))
  test.each(rows)(
    '$rule ($profile): one change fails exactly the rule(s) it breaks',
    async ({ rule, patch, profile, fails }) => {
      const d = doc(patch)
      validateFacts(d, rule)
      expect(notPassing(await linuxFindings(d, profile))).toEqual(
        Object.fromEntries(fails.map(r => [r, 'fail']))
      )
    }
  )

  test('facts of the wrong type are rejected with their path, never evaluated', () => {
    expect(() =>
      validateFacts(
        doc(d => (d.linux.ssh.client_alive_interval.value = '180')),
        'f.json'
      )
    ).toThrow(/linux.ssh.client_alive_interval.value must be integer/)
    expect(() =>
      validateFacts(
        doc(d => (d.linux.network.custom = { kind: 'dns' })),
        'f.json'
      )
    ).toThrow(/linux.network.custom must be array/)
    expect(() =>
      validateFacts(
        doc(d => (d.linux.kernel.hyperv.hv_vmbus = true)),
        'f.json'
      )
    ).toThrow(/linux.kernel.hyperv.hv_vmbus must be one of/)
    expect(() =>
      validateFacts(
        doc(d => (d.linux.sshd = {})),
        'f.json'
      )
    ).toThrow(/linux.sshd is not a known fact/)
  })
})
