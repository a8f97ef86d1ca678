/**
 * probes/linux/probe.sh on real Debian bookworm roots (debootstrap, scripts/make-debian-roots.sh): the
 * compliant root passes every Linux rule it can judge at the build stage, and each mutated copy fails
 * exactly the rule(s) its change breaks, through the compiled policy (probe → schema → wasm).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { FactsDoc } from '../../src/facts/types.js'
import type { RawFinding } from '../../src/policy/engine.js'
import { requireReal } from '../support/real.js'
import { checkFindings, cliInProcess } from '../support/run-cli.js'
import {
  cleanupCopies,
  compilePolicy,
  copyRoot,
  ensureRoots,
  has,
  isRoot,
  linuxFindings,
  notPassing,
  probeRoot,
  runProbe,
  type Mutator
} from './support.js'

/**
 * Rules not passing, without AZMP-LNX-031 (judged from the Packer template: unknown when only probe facts
 * are given, which is right).
 */
function judged(m: Map<string, RawFinding>): Record<string, string> {
  const o = notPassing(m)
  if (o.generalization_last === 'unknown') delete o.generalization_last
  return o
}

/** The fact at a dotted path under linux (undefined when absent). */
function fact(doc: FactsDoc, p: string): unknown {
  let o: unknown = doc.linux
  for (const k of p.split('.')) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined
  return o
}

const run =
  requireReal('root (debootstrap and chroot need it)', isRoot) &&
  requireReal('debootstrap (Debian package)', has('debootstrap')) &&
  requireReal('mkswap (util-linux)', has('mkswap'))
const maybe = run ? describe : describe.skip

let base = ''
let nm = ''

beforeAll(() => {
  if (!run) return
  ;({ base, nm } = ensureRoots())
  // A cache built before the recipes set Provisioning.Agent (Debian ships "cloud-init", and these roots have
  // no cloud-init: AZMP-LNX-032 rightly fails them): judge agent-provisioned copies instead.
  const fix = (src: string, name: string): string => {
    const conf = path.join(src, 'etc/waagent.conf')
    if (fs.existsSync(path.join(src, 'usr/bin/cloud-init')) || !fs.existsSync(conf)) return src
    if (!/^Provisioning\.Agent=cloud-init\b/m.test(fs.readFileSync(conf, 'utf8'))) return src
    const m = copyRoot(src, name)
    m.edit('etc/waagent.conf', t => t.replace(/^Provisioning\.Agent=.*$/m, 'Provisioning.Agent=auto'))
    return m.root
  }
  base = fix(base, 'base-agent')
  nm = fix(nm, 'nm-agent')
  compilePolicy()
}, 900_000)

afterAll(() => {
  if (run) cleanupCopies()
})

interface Case {
  rule: string
  why: string
  mutate: (m: Mutator) => void
  fails: string[]
  profile?: string
}

/** A package installed in the root that the security suite also carries (its version gets lowered). */
function securityPackage(root: string): string {
  const lists = path.join(root, 'var/lib/apt/lists')
  const sec = fs.readdirSync(lists).filter(f => f.includes('security') && f.endsWith('_Packages'))
  const names = new Set<string>()
  for (const f of sec)
    for (const m of fs.readFileSync(path.join(lists, f), 'utf8').matchAll(/^Package: (\S+)$/gm))
      names.add(m[1] as string)
  const status = fs.readFileSync(path.join(root, 'var/lib/dpkg/status'), 'utf8')
  const avoid = /^(openssl|libssl|python|waagent|openssh|libpython)/
  for (const m of status.matchAll(/^Package: (\S+)$/gm)) {
    const n = m[1] as string
    if (names.has(n) && !avoid.test(n)) return n
  }
  throw new Error('no installed package is carried by the security suite')
}

const interfacesWith = (extra: string) => (s: string) =>
  s.replace('iface eth0 inet dhcp\n', `iface eth0 inet dhcp\n${extra}`)

const cases: Case[] = [
  {
    rule: 'agent_installed',
    why: 'waagent not executable',
    mutate: m => m.edit('usr/sbin/waagent', s => s, 0o644),
    fails: ['agent_installed']
  },
  {
    rule: 'agent_from_package',
    why: 'waagent not owned by its package (as if copied by hand)',
    mutate: m => m.edit('var/lib/dpkg/info/waagent.list', s => s.replace(/^\/usr\/sbin\/waagent\n/m, '')),
    fails: ['agent_from_package']
  },
  {
    rule: 'agent_conf_present',
    why: 'no /etc/waagent.conf (its generalization settings fall back to the agent defaults)',
    mutate: m => m.rm('etc/waagent.conf'),
    fails: ['agent_conf_present', 'root_password_deleted', 'ssh_host_keys_regenerated']
  },
  {
    rule: 'hyperv_drivers',
    why: 'hv_netvsc module removed',
    mutate: m => {
      const [k] = fs.readdirSync(m.p('lib/modules'))
      m.rm(`lib/modules/${k}/kernel/drivers/net/hyperv/hv_netvsc.ko`)
    },
    fails: ['hyperv_drivers']
  },
  {
    rule: 'python_version',
    why: 'no Python interpreter',
    mutate: m => {
      for (const f of fs.readdirSync(m.p('usr/bin'))) if (f.startsWith('python')) m.rm(`usr/bin/${f}`)
    },
    fails: ['python_version']
  },
  {
    rule: 'pyasn1_present',
    why: 'pyasn1 removed',
    mutate: m => m.rm('usr/lib/python3/dist-packages/pyasn1'),
    fails: ['pyasn1_present']
  },
  {
    rule: 'openssl_version',
    why: 'openssl binary and libssl removed',
    mutate: m => {
      m.rm('usr/bin/openssl')
      for (const f of fs.readdirSync(m.p('usr/lib/x86_64-linux-gnu')))
        if (f.startsWith('libssl.so')) m.rm(`usr/lib/x86_64-linux-gnu/${f}`)
    },
    fails: ['openssl_version']
  },
  {
    rule: 'no_lvm',
    why: 'root file system on a logical volume',
    mutate: m => m.edit('etc/fstab', s => s.replace(/^UUID=\S+ \/ /m, '/dev/mapper/vg0-root / ')),
    fails: ['no_lvm']
  },
  {
    rule: 'single_root_partition',
    why: 'two root entries in fstab',
    mutate: m => m.edit('etc/fstab', s => `${s}/dev/sdb1 / ext4 defaults 0 1\n`),
    fails: ['single_root_partition']
  },
  {
    rule: 'no_swap',
    why: 'a swap file (mkswap) in /',
    mutate: m => {
      m.write('swapfile', Buffer.alloc(1 << 20), 0o600)
      execFileSync('mkswap', [m.p('swapfile')], { stdio: 'ignore' })
    },
    fails: ['no_swap', 'swap_via_agent']
  },
  {
    rule: 'swap_via_agent',
    why: 'agent swap switched on without a size',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s.replace(/^ResourceDisk\.EnableSwap=n$/m, 'ResourceDisk.EnableSwap=y')
      ),
    fails: ['swap_via_agent']
  },
  {
    rule: 'kernel_cmdline',
    why: 'rootdelay missing from /etc/default/grub',
    mutate: m => m.edit('etc/default/grub', s => s.replace(' rootdelay=300', '')),
    fails: ['kernel_cmdline']
  },
  {
    rule: 'ssh_server_enabled',
    why: 'ssh.service not enabled',
    mutate: m => {
      m.rm('etc/systemd/system/multi-user.target.wants/ssh.service')
      for (const d of ['rc2.d', 'rc3.d', 'rc4.d', 'rc5.d'])
        for (const f of m.exists(`etc/${d}`) ? fs.readdirSync(m.p(`etc/${d}`)) : [])
          if (/^S\d\dssh$/.test(f)) m.rm(`etc/${d}/${f}`)
    },
    fails: ['ssh_server_enabled']
  },
  {
    rule: 'ssh_client_alive_interval',
    why: 'ClientAliveInterval 600 in the drop-in',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 600\n'),
    fails: ['ssh_client_alive_interval']
  },
  {
    rule: 'no_custom_network',
    why: 'fixed DNS servers on eth0',
    mutate: m => m.edit('etc/network/interfaces', interfacesWith('    dns-nameservers 192.0.2.53\n')),
    fails: ['no_custom_network']
  },
  {
    rule: 'ifupdown',
    why: 'ifup/ifdown removed',
    mutate: m => {
      m.rm('sbin/ifup')
      m.rm('sbin/ifdown')
      m.rm('usr/sbin/ifup')
      m.rm('usr/sbin/ifdown')
    },
    fails: ['ifupdown']
  },
  {
    rule: 'resolv_conf_removed',
    why: '/etc/resolv.conf left (without nameservers)',
    mutate: m => m.write('etc/resolv.conf', 'search example.invalid\n'),
    fails: ['resolv_conf_removed']
  },
  {
    rule: 'primary_nic_dhcp',
    why: 'eth0 configured manually',
    mutate: m =>
      m.edit('etc/network/interfaces', s => s.replace('iface eth0 inet dhcp', 'iface eth0 inet manual')),
    fails: ['primary_nic_dhcp']
  },
  {
    rule: 'ipv6_configured',
    why: 'inet6 stanza for eth0',
    mutate: m => m.edit('etc/network/interfaces', s => `${s}iface eth0 inet6 auto\n`),
    fails: ['ipv6_configured']
  },
  {
    rule: 'security_updates',
    why: 'an installed package older than its security update',
    mutate: m => {
      const pkg = securityPackage(m.root)
      m.edit('var/lib/dpkg/status', s =>
        s.replace(
          new RegExp(`(^Package: ${pkg.replace(/[.+]/g, '\\$&')}\\n(?:[^\\n]+\\n)*?Version: )[^\\n]+`, 'm'),
          '$10.0.1-1'
        )
      )
    },
    fails: ['security_updates']
  },
  {
    rule: 'no_default_accounts',
    why: 'a build user with a password hash and root with an authorized key',
    mutate: m => {
      m.edit('etc/passwd', s => `${s}packer:x:1000:1000::/home/packer:/bin/bash\n`)
      m.edit(
        'etc/shadow',
        s => `${s}packer:$6$abcdefgh$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH:20000:0:99999:7:::\n`,
        0o640
      )
      m.write(
        'root/.ssh/authorized_keys',
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests build@host\n',
        0o600
      )
    },
    fails: ['no_default_accounts']
  },
  {
    rule: 'shell_history_cleared',
    why: "root's bash history left",
    mutate: m => m.write('root/.bash_history', 'sudo apt-get install foo\nhistory -c\n', 0o600),
    fails: ['shell_history_cleared']
  },
  {
    rule: 'iptables_no_rules',
    why: 'a saved rule set loaded at boot by netfilter-persistent',
    mutate: m => {
      m.write(
        'etc/iptables/rules.v4',
        '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 8080 -j DROP\nCOMMIT\n'
      )
      m.symlink(
        '/lib/systemd/system/netfilter-persistent.service',
        'etc/systemd/system/multi-user.target.wants/netfilter-persistent.service'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    rule: 'generalized',
    why: 'build hostname and a DHCP lease left',
    mutate: m => {
      m.write('etc/hostname', 'packer-build-42\n')
      m.write('var/lib/dhcp/dhclient.eth0.leases', 'lease {\n  interface "eth0";\n}\n')
    },
    fails: ['generalized']
  },
  {
    rule: 'ssh_host_keys_regenerated',
    why: 'an SSH host key left in the image',
    mutate: m =>
      m.write(
        'etc/ssh/ssh_host_ed25519_key',
        '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n-----END OPENSSH PRIVATE KEY-----\n',
        0o600
      ),
    fails: ['ssh_host_keys_regenerated']
  },
  {
    rule: 'root_password_deleted',
    why: 'root has a password hash',
    mutate: m =>
      m.edit(
        'etc/shadow',
        s => s.replace(/^root:[^:]*:/m, 'root:$6$abcdefgh$0123456789abcdefghijklmnopqrstuvwxyz:'),
        0o640
      ),
    fails: ['root_password_deleted']
  },
  {
    rule: 'arch_64bit',
    why: 'a 32-bit /bin/sh (ELF class and machine patched)',
    mutate: m => {
      const b = Buffer.from(fs.readFileSync(m.p('usr/bin/dash')))
      b[4] = 1
      b[18] = 3
      m.write('usr/bin/dash', b, 0o755)
    },
    fails: ['arch_64bit'],
    profile: 'current'
  },
  {
    rule: 'sudoers_no_targetpw',
    why: 'Defaults targetpw in /etc/sudoers.d',
    mutate: m => {
      m.write(
        'etc/sudoers',
        'Defaults env_reset\nroot ALL=(ALL:ALL) ALL\n@includedir /etc/sudoers.d\n',
        0o440
      )
      m.write('etc/sudoers.d/targetpw', 'Defaults targetpw\nALL ALL=(ALL) ALL\n', 0o440)
    },
    fails: ['sudoers_no_targetpw'],
    profile: 'current'
  },
  {
    rule: 'agent_auto_update',
    why: 'AutoUpdate.Enabled=n',
    mutate: m =>
      m.edit('etc/waagent.conf', s => s.replace(/^AutoUpdate\.Enabled=y$/m, 'AutoUpdate.Enabled=n')),
    fails: ['agent_auto_update'],
    profile: 'current'
  }
]

maybe('probe.sh on Debian bookworm roots', () => {
  test('the compliant root passes every Linux rule it can judge (guide and current)', async () => {
    const r = runProbe(['--root', base])
    expect(r.status).toBe(0)
    console.log(`probe.sh --root (Debian bookworm base root): ${r.ms.toFixed(0)} ms`)
    const doc = probeRoot(base)
    expect(doc.stage).toBe('build')
    const guide = await linuxFindings(doc, 'guide')
    // 31 from the facts: AZMP-LNX-032 (provisioning) is new; AZMP-LNX-031 is judged from the template only
    expect(guide.size).toBe(31)
    expect(judged(guide)).toEqual({})
    expect(
      [...guide]
        .filter(([, f]) => f.status === 'not_applicable')
        .map(([k]) => k)
        .sort()
    ).toEqual(['agent_auto_update', 'arch_64bit', 'sudoers_no_targetpw'])
    const current = await linuxFindings(doc, 'current')
    expect(judged(current)).toEqual({})
    // revised AZMP-LNX-016: the current profile judges ifupdown only when asked (ifupdown_required)
    expect([...current].filter(([, f]) => f.status === 'not_applicable').map(([k]) => k)).toEqual([
      'ifupdown'
    ])
  })

  test('at the deployed stage the build-only rules do not apply', async () => {
    const doc = probeRoot(base, ['--stage', 'deployed'])
    const f = await linuxFindings(doc)
    for (const r of ['resolv_conf_removed', 'generalized', 'no_default_accounts'])
      expect(f.get(r)?.status).toBe('not_applicable')
    // offline facts cannot tell whether the agent runs in a deployed VM (linux.waagent.service.active is
    // gathered only live): AZMP-LNX-001 is unknown there under the revised rule
    expect(judged(f)).toEqual({ agent_installed: 'unknown' })
  })

  test('NetworkManager root (network-manager really installed): fails AZMP-LNX-015 only', async () => {
    const doc = probeRoot(nm)
    expect(fact(doc, 'network.network_manager')).toEqual({ installed: true, enabled: true })
    expect(judged(await linuxFindings(doc))).toEqual({ network_manager: 'fail' })
  })

  test.each(cases)('$rule: $why', async c => {
    const m = copyRoot(base, c.rule)
    c.mutate(m)
    const doc = probeRoot(m.root)
    const f = await linuxFindings(doc, c.profile ?? 'guide')
    expect(judged(f)).toEqual(Object.fromEntries(c.fails.map(r => [r, 'fail'])))
    if (c.profile === 'current') expect(judged(await linuxFindings(doc, 'guide'))).toEqual({})
  })

  test('SSH explicitly blocked: LNX-013 and LNX-014 do not apply', async () => {
    const m = copyRoot(base, 'ssh-blocked')
    m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 900\n')
    m.write('etc/ssh/sshd_not_to_be_run', '')
    const f = await linuxFindings(probeRoot(m.root))
    expect(f.get('ssh_server_enabled')?.status).toBe('not_applicable')
    expect(f.get('ssh_client_alive_interval')?.status).toBe('not_applicable')
    expect(judged(f)).toEqual({})
  })

  test('hostile file contents still give one valid JSON document', async () => {
    const m = copyRoot(base, 'hostile')
    const bad = Buffer.concat([
      Buffer.from('# "quoted" \\back\\slash\\ \t tab \x01\x02\x1b[31m escape\x7f\n', 'latin1'),
      Buffer.from([0x42, 0x61, 0x6e, 0x6e, 0x65, 0x72, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x0a]),
      Buffer.from('Banner "/etc/issue\\"; echo }{"\nClientAliveInterval 120 # "180"\\\n', 'utf8'),
      Buffer.from('Match User "x\\"y"\nClientAliveInterval 999\n', 'utf8')
    ])
    m.write('etc/ssh/sshd_config', bad)
    m.rm('etc/ssh/sshd_config.d/50-azure.conf')
    m.write(
      'etc/hostname',
      Buffer.from([0x68, 0x22, 0x5c, 0x01, 0xc3, 0xa9, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0x0a])
    )
    const r = runProbe(['--root', m.root])
    expect(r.status).toBe(0)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(/^[\x20-\x7e]*$/.test(r.stdout.trim())).toBe(true)
    const doc = probeRoot(m.root)
    expect(fact(doc, 'generalization.hostname.value')).toBe('h"\\\u0001é\ufffd😀')
    expect(fact(doc, 'ssh.client_alive_interval')).toMatchObject({
      value: 120,
      file: '/etc/ssh/sshd_config',
      line: 4,
      source: 'config'
    })
    const f = await linuxFindings(doc)
    expect(f.get('ssh_client_alive_interval')?.details[0]?.msg).toContain(
      'ClientAliveInterval is 120 in /etc/ssh/sshd_config:4'
    )
    expect(f.get('generalized')?.status).toBe('fail')
  })

  test('unreadable files leave their facts out (rules unknown), never a crash or a pass', async () => {
    const m = copyRoot(base, 'unreadable')
    m.edit('etc/ssh/sshd_config', s => s, 0o000)
    const doc = probeRoot(m.root, [], { asUser: '65534' })
    expect(fact(doc, 'ssh.client_alive_interval')).toBeUndefined()
    expect(fact(doc, 'root_password')).toBeUndefined()
    expect(fact(doc, 'accounts.password_hashes')).toBeUndefined()
    expect(fact(doc, 'probe.unreadable')).toEqual(
      expect.arrayContaining(['/etc/ssh/sshd_config', '/etc/shadow'])
    )
    const f = await linuxFindings(doc)
    expect(f.get('ssh_client_alive_interval')?.status).toBe('unknown')
    expect(f.get('root_password_deleted')?.status).toBe('unknown')
    expect(f.get('no_default_accounts')?.status).toBe('unknown')
    for (const x of f.values()) expect(x.status).not.toBe('fail')
  })

  test('the whole pipeline: vm-image-policy probe --root, then check --facts (compiled dist/ policy)', async () => {
    const probed = await cliInProcess(['probe', '--root', base])
    expect(probed.code).toBe(0)
    const file = path.join(base, '..', 'mut', 'facts-base.json')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, probed.stdout)
    const lnx = (await checkFindings(['--facts', file])).filter(f => f.rule.startsWith('AZMP-LNX-'))
    expect(lnx).toHaveLength(32)
    // AZMP-LNX-016 is not judged by the current profile; AZMP-LNX-031 needs the Packer template
    expect(lnx.filter(f => f.status !== 'pass').map(f => `${f.rule} ${f.status}`)).toEqual([
      'AZMP-LNX-016 not_applicable',
      'AZMP-LNX-031 unknown'
    ])
  })

  test('bad usage exits 2 with one line', () => {
    for (const args of [['--stage', 'later'], ['--root', '/nonexistent/dir'], ['--bogus']]) {
      const r = runProbe(args)
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr.trim().length).toBeGreaterThan(0)
    }
  })
})
