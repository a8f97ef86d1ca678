/**
 * The recipes of scripts/make-debian-roots.sh and the table of mutations on them, shared by recipes.test.ts
 * (each row must fail exactly its rules) and oracle.test.ts (on each row the real component, run in a chroot
 * of the mutated copy, must agree with the probe's facts). One row per (recipe, mechanism): each breaks one
 * setting the way real image builders do, on a throw-away overlay of the root (the cached root is the
 * read-only lower layer, never written). A new mechanism is one row.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Mutator, repo } from './support.js'

export type Recipe = 'base' | 'nm' | 'ci'
export const recipes: Recipe[] = ['base', 'nm', 'ci']
export const rootsDir = process.env.VMIP_ROOTS_DIR ?? path.join(repo, '.cache/roots')

// --- overlays: the cached root is the lower layer, every change lands in a temporary upper layer ---------
const mounted: { merged: string; dir: string }[] = []

export function overlay(src: string, name: string): Mutator {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `vmip-recipe-${name.replace(/[^A-Za-z0-9_-]/g, '_')}-`))
  for (const d of ['upper', 'work', 'merged']) fs.mkdirSync(path.join(dir, d))
  const merged = path.join(dir, 'merged')
  execFileSync('mount', [
    '-t',
    'overlay',
    'overlay',
    '-o',
    `lowerdir=${src},upperdir=${path.join(dir, 'upper')},workdir=${path.join(dir, 'work')}`,
    merged
  ])
  mounted.push({ merged, dir })
  return new Mutator(merged)
}

export function release(): void {
  for (const { merged, dir } of mounted.splice(0)) {
    execFileSync('umount', [merged])
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// --- small builders for rows -------------------------------------------------------------------------------
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnlyNotARealKeyAtAll0000 build@host\n'
const HASH =
  '$6$abcdefgh$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmn'
const HOSTKEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n-----END OPENSSH PRIVATE KEY-----\n'
const RULES_V4 = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 8080 -j DROP\nCOMMIT\n'

/** Enables a unit the way `systemctl enable` does: a link in <target>.wants. */
function enable(m: Mutator, unitPath: string, target = 'multi-user.target'): void {
  const unit = path.basename(unitPath)
  m.symlink(`/${unitPath}`, `etc/systemd/system/${target}.wants/${unit}`)
}

/** Disables a unit the way `systemctl disable` does on Debian: the wants link goes, and systemd-sysv-install
 * (update-rc.d disable) turns the SysV start links of a same-named init script into stop links. */
function disable(m: Mutator, unit: string, target = 'multi-user.target'): void {
  m.rm(`etc/systemd/system/${target}.wants/${unit}`)
  const base = unit.replace(/\.service$/, '')
  for (const d of ['rc2.d', 'rc3.d', 'rc4.d', 'rc5.d'])
    for (const f of m.exists(`etc/${d}`) ? fs.readdirSync(m.p(`etc/${d}`)) : [])
      if (/^S\d\d/.test(f) && f.slice(3) === base) {
        const target_ = fs.readlinkSync(m.p(`etc/${d}/${f}`))
        m.rm(`etc/${d}/${f}`)
        m.symlink(target_, `etc/${d}/K01${base}`)
      }
}

function unit(m: Mutator, rel: string, body: string, target = 'multi-user.target'): void {
  m.write(rel, `${body}\n[Install]\nWantedBy=${target}\n`)
  enable(m, rel, target)
}

/** Adds lines under `iface eth0 inet dhcp` in /etc/network/interfaces. */
const eth0Lines = (extra: string) => (m: Mutator) =>
  m.edit('etc/network/interfaces', s => s.replace('iface eth0 inet dhcp\n', `iface eth0 inet dhcp\n${extra}`))

/** Appends to a file of the root (keeping its mode). */
const append = (rel: string, text: string) => (m: Mutator) => m.edit(rel, s => `${s}${text}`)

/** The dpkg status says an older version of the package is installed (2.6.0: below what the suites have). */
export const downgrade = (pkg: string) => (m: Mutator) =>
  m.edit('var/lib/dpkg/status', s =>
    s.replace(new RegExp(`(^Package: ${pkg}\n(?:.+\n)*?Version: ).*$`, 'm'), '$12.6.0')
  )

/** The kernel modules directory of the root. */
function modulesDir(m: Mutator): string {
  const [k] = fs.readdirSync(m.p('lib/modules'))
  return `lib/modules/${k}`
}

function mkswapFile(m: Mutator, rel: string): void {
  m.write(rel, Buffer.alloc(1 << 20), 0o600)
  execFileSync('mkswap', [m.p(rel)], { stdio: 'ignore' })
}

export interface Row {
  recipe: Recipe
  /** the setting broken (the rule family) */
  area: string
  /** how it is broken: the mechanism the OS offers */
  mechanism: string
  mutate: (m: Mutator) => void
  /** rules that must fail because of it (beyond the recipe's baseline) */
  fails: string[]
  /** rules that must become unknown: a setting made in a way the probe does not read is never a pass */
  unknown?: string[]
  profile?: 'guide' | 'current'
}

const SWAP = ['no_swap', 'swap_via_agent']

export const rows: Row[] = [
  // --- swap (LNX-010; swap not made by the agent: LNX-011) ---
  {
    recipe: 'base',
    area: 'swap',
    mechanism: 'fstab swap entry',
    mutate: append('etc/fstab', '/swapfile none swap sw 0 0\n'),
    fails: SWAP
  },
  {
    recipe: 'base',
    area: 'swap',
    mechanism: 'enabled systemd .swap unit',
    mutate: m => {
      m.write(
        'etc/systemd/system/swapfile.swap',
        '[Swap]\nWhat=/swapfile\n\n[Install]\nWantedBy=swap.target\n'
      )
      m.symlink('/etc/systemd/system/swapfile.swap', 'etc/systemd/system/swap.target.wants/swapfile.swap')
    },
    fails: SWAP
  },
  {
    recipe: 'nm',
    area: 'swap',
    mechanism: 'dphys-swapfile service',
    mutate: m => {
      m.write('etc/dphys-swapfile', 'CONF_SWAPSIZE=2048\n')
      unit(
        m,
        'lib/systemd/system/dphys-swapfile.service',
        '[Unit]\nDescription=dphys-swapfile\n\n[Service]\nType=oneshot\nExecStart=/sbin/dphys-swapfile setup\nExecStart=/sbin/dphys-swapfile swapon\nRemainAfterExit=yes\n'
      )
    },
    fails: SWAP
  },
  {
    recipe: 'ci',
    area: 'swap',
    mechanism: 'zram-generator configuration',
    mutate: m => m.write('etc/systemd/zram-generator.conf', '[zram0]\nzram-size = ram / 2\n'),
    fails: SWAP
  },
  {
    recipe: 'ci',
    area: 'swap',
    mechanism: 'zramswap service (zram-tools)',
    mutate: m => {
      m.write('etc/default/zramswap', 'ALGO=lz4\nPERCENT=50\n')
      unit(
        m,
        'lib/systemd/system/zramswap.service',
        '[Unit]\nDescription=Linux zramswap setup\n\n[Service]\nType=oneshot\nExecStart=/usr/sbin/zramswap start\nRemainAfterExit=yes\n'
      )
    },
    fails: SWAP
  },
  {
    recipe: 'ci',
    area: 'swap',
    mechanism: 'file with a swap signature under /var',
    mutate: m => mkswapFile(m, 'var/swap/swap.img'),
    fails: SWAP
  },

  {
    recipe: 'base',
    area: 'swap',
    mechanism: 'swapon of a file in an executable /etc/rc.local',
    mutate: m => m.write('etc/rc.local', '#!/bin/sh -e\n/sbin/swapon /var/swap\nexit 0\n', 0o755),
    fails: SWAP
  },
  {
    recipe: 'base',
    area: 'swap',
    mechanism: "swapon in an enabled custom unit's ExecStartPre",
    mutate: m =>
      unit(
        m,
        'etc/systemd/system/app-swap.service',
        '[Service]\nType=oneshot\nExecStartPre=/usr/sbin/swapon --priority 5 /mnt/swap.img\nExecStart=/bin/true'
      ),
    fails: SWAP
  },
  {
    recipe: 'base',
    area: 'swap',
    mechanism: 'swapon on a cron @reboot line',
    mutate: m => {
      m.write('usr/sbin/cron', '', 0o755)
      m.write('etc/cron.d/swap', '@reboot root swapon /swapfile2\n')
    },
    fails: SWAP
  },
  {
    recipe: 'base',
    area: 'swap',
    mechanism: 'swapon -a in rc.local only activates fstab (none there): no swap',
    mutate: m => m.write('etc/rc.local', '#!/bin/sh -e\nswapon -a\nexit 0\n', 0o755),
    fails: []
  },

  // --- Hyper-V drivers (LNX-004) ---
  {
    recipe: 'base',
    area: 'hyperv',
    mechanism: 'module file removed',
    mutate: m => m.rm(`${modulesDir(m)}/kernel/drivers/net/hyperv/hv_netvsc.ko`),
    fails: ['hyperv_drivers']
  },
  {
    recipe: 'base',
    area: 'hyperv',
    mechanism: 'modprobe.d blacklist',
    mutate: m => m.write('etc/modprobe.d/blacklist-hyperv.conf', 'blacklist hv_netvsc\n'),
    fails: ['hyperv_drivers']
  },
  {
    recipe: 'ci',
    area: 'hyperv',
    mechanism: 'modprobe.d install /bin/false',
    mutate: m => m.write('etc/modprobe.d/disable-hv.conf', 'install hv_netvsc /bin/false\n'),
    fails: ['hyperv_drivers']
  },
  {
    recipe: 'ci',
    area: 'hyperv',
    mechanism: 'blacklist in /lib/modprobe.d (the vendor directory)',
    mutate: m => m.write('lib/modprobe.d/90-no-hv.conf', 'blacklist hv_netvsc\n'),
    fails: ['hyperv_drivers']
  },
  {
    recipe: 'nm',
    area: 'hyperv',
    mechanism: 'modprobe.d alias off',
    mutate: m => m.write('etc/modprobe.d/hv.conf', 'alias hv_netvsc off\n'),
    fails: ['hyperv_drivers']
  },

  {
    recipe: 'base',
    area: 'hyperv',
    mechanism: 'modprobe.blacklist= on the kernel command line in /etc/default/grub',
    mutate: m =>
      m.edit('etc/default/grub', s =>
        s.replace(' rootdelay=300"', ' rootdelay=300 modprobe.blacklist=hv_netvsc"')
      ),
    fails: ['hyperv_drivers']
  },
  {
    recipe: 'ci',
    area: 'hyperv',
    mechanism: 'module_blacklist= added by a grub.d drop-in',
    mutate: m =>
      m.write(
        'etc/default/grub.d/60-local.cfg',
        'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT module_blacklist=hv_storvsc"\n'
      ),
    fails: ['hyperv_drivers']
  },
  {
    recipe: 'nm',
    area: 'hyperv',
    mechanism: 'module_blacklist= in the generated grub.cfg',
    mutate: m =>
      m.edit('boot/grub/grub.cfg', s =>
        s.replace(' rootdelay=300', ' rootdelay=300 module_blacklist=hv_utils')
      ),
    fails: ['hyperv_drivers']
  },

  // --- kernel command line (LNX-012) ---
  {
    recipe: 'base',
    area: 'kernel_cmdline',
    mechanism: 'rootdelay removed from /etc/default/grub',
    mutate: m => m.edit('etc/default/grub', s => s.replace(' rootdelay=300', '')),
    fails: ['kernel_cmdline']
  },
  {
    recipe: 'base',
    area: 'kernel_cmdline',
    mechanism: 'grub.d drop-in overriding rootdelay (the last one wins)',
    mutate: m => m.write('etc/default/grub.d/99-local.cfg', 'GRUB_CMDLINE_LINUX_DEFAULT="rootdelay=5"\n'),
    fails: ['kernel_cmdline']
  },
  {
    recipe: 'ci',
    area: 'kernel_cmdline',
    mechanism: 'grub.d drop-in after 50-cloudimg-settings.cfg replacing the console',
    mutate: m =>
      m.write('etc/default/grub.d/60-local.cfg', 'GRUB_CMDLINE_LINUX_DEFAULT="console=tty1 quiet"\n'),
    fails: ['kernel_cmdline']
  },
  {
    recipe: 'ci',
    area: 'kernel_cmdline',
    mechanism: 'earlyprintk dropped from the generated grub.cfg',
    mutate: m => m.edit('boot/grub/grub.cfg', s => s.replace(' earlyprintk=ttyS0', '')),
    fails: ['kernel_cmdline']
  },

  // --- custom network (LNX-017) ---
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'ifupdown dns-nameservers on eth0',
    mutate: eth0Lines('    dns-nameservers 192.0.2.53\n'),
    fails: ['no_custom_network']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'ifupdown `up` route on eth0',
    mutate: eth0Lines('    up ip route add 10.2.0.0/16 via 10.0.0.1\n'),
    fails: ['no_custom_network']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'ifupdown static address in interfaces.d',
    mutate: m =>
      m.write(
        'etc/network/interfaces.d/eth1',
        'auto eth1\niface eth1 inet static\n    address 10.0.0.8/24\n'
      ),
    fails: ['no_custom_network']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'if-up.d hook script adding a route',
    mutate: m =>
      m.write(
        'etc/network/if-up.d/static-route',
        '#!/bin/sh\nip route add 10.1.0.0/16 via 10.0.0.1\n',
        0o755
      ),
    fails: ['no_custom_network']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'dhclient.conf supersede domain-name-servers',
    mutate: append('etc/dhcp/dhclient.conf', 'supersede domain-name-servers 192.0.2.53;\n'),
    fails: ['no_custom_network']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'dhclient enter hook forcing a DNS server',
    mutate: m =>
      m.write('etc/dhcp/dhclient-enter-hooks.d/dns', 'new_domain_name_servers="192.0.2.53"\n', 0o644),
    fails: ['no_custom_network']
  },
  {
    recipe: 'ci',
    area: 'network',
    mechanism: 'netplan static address',
    mutate: m =>
      m.edit(
        'etc/netplan/50-cloud-init.yaml',
        s =>
          s.replace(
            '            dhcp4: true\n',
            '            dhcp4: true\n            addresses: [10.0.0.5/24]\n'
          ),
        0o600
      ),
    fails: ['no_custom_network']
  },
  {
    recipe: 'ci',
    area: 'network',
    mechanism: 'netplan nameservers',
    mutate: m =>
      m.edit(
        'etc/netplan/50-cloud-init.yaml',
        s =>
          s.replace(
            '            dhcp4: true\n',
            '            dhcp4: true\n            nameservers:\n                addresses: [192.0.2.53]\n'
          ),
        0o600
      ),
    fails: ['no_custom_network']
  },
  {
    recipe: 'ci',
    area: 'network',
    mechanism: "systemd-networkd drop-in adding a static address to netplan's eth0 network",
    mutate: m =>
      m.write(
        'etc/systemd/network/10-netplan-eth0.network.d/static.conf',
        '[Network]\nAddress=10.0.0.6/24\n'
      ),
    fails: ['no_custom_network']
  },
  {
    recipe: 'ci',
    area: 'network',
    mechanism: 'resolved.conf.d DNS server',
    mutate: m => m.write('etc/systemd/resolved.conf.d/dns.conf', '[Resolve]\nDNS=192.0.2.53\n'),
    fails: ['no_custom_network']
  },
  {
    recipe: 'nm',
    area: 'network',
    mechanism: 'NetworkManager keyfile profile with a static address',
    mutate: m =>
      m.write(
        'etc/NetworkManager/system-connections/static.nmconnection',
        '[connection]\nid=static\ntype=ethernet\ninterface-name=eth1\n\n[ipv4]\nmethod=manual\naddress1=10.0.0.7/24\n',
        0o600
      ),
    fails: ['no_custom_network']
  },

  {
    recipe: 'base',
    area: 'network',
    mechanism: 'resolvconf head file with a nameserver',
    mutate: m => {
      m.edit(
        'var/lib/dpkg/status',
        s =>
          `${s.replace(/\n*$/, '\n')}\nPackage: resolvconf\nStatus: install ok installed\nArchitecture: all\nVersion: 1.91+nmu1\n`
      )
      m.write('etc/resolvconf/resolv.conf.d/head', '# forced\nnameserver 192.0.2.53\n')
    },
    fails: ['no_custom_network']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'resolvconf files without the resolvconf package are inert',
    mutate: m => m.write('etc/resolvconf/resolv.conf.d/base', 'nameserver 192.0.2.53\n'),
    fails: []
  },

  // --- the VM's NIC comes up at boot with DHCP (LNX-019), as each manager reads its configuration ---
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'ifupdown eth0 stanza inet manual',
    mutate: m =>
      m.edit('etc/network/interfaces', s => s.replace('iface eth0 inet dhcp', 'iface eth0 inet manual')),
    fails: ['primary_nic_dhcp']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'ifupdown eth0 without auto/allow-hotplug',
    mutate: m => m.edit('etc/network/interfaces', s => s.replace('allow-hotplug eth0\n', '')),
    fails: ['primary_nic_dhcp']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: 'SUSE wicked ifcfg-eth0 with the default STARTMODE (manual)',
    mutate: m => {
      m.edit('etc/network/interfaces', s => s.replace(/allow-hotplug eth0\niface eth0 inet dhcp\n/, ''))
      m.write('etc/sysconfig/network/ifcfg-eth0', "BOOTPROTO='dhcp'\n")
    },
    fails: ['primary_nic_dhcp']
  },
  {
    recipe: 'base',
    area: 'network',
    mechanism: "RHEL ifcfg-eth0 bound to the build VM's MAC (HWADDR)",
    mutate: m => {
      m.edit('etc/network/interfaces', s => s.replace(/allow-hotplug eth0\niface eth0 inet dhcp\n/, ''))
      m.write(
        'etc/sysconfig/network-scripts/ifcfg-eth0',
        'DEVICE=eth0\nBOOTPROTO=dhcp\nONBOOT=yes\nHWADDR=00:0d:3a:12:34:56\n'
      )
    },
    fails: ['primary_nic_dhcp']
  },
  {
    recipe: 'nm',
    area: 'network',
    mechanism: 'NetworkManager keyfile for eth0 with ipv4.method=disabled',
    mutate: m => {
      m.edit('etc/network/interfaces', s => s.replace(/allow-hotplug eth0\niface eth0 inet dhcp\n/, ''))
      m.write(
        'etc/NetworkManager/system-connections/eth0.nmconnection',
        '[connection]\nid=eth0\ntype=ethernet\ninterface-name=eth0\n\n[ipv4]\nmethod=disabled\n',
        0o600
      )
    },
    fails: ['primary_nic_dhcp']
  },
  {
    recipe: 'ci',
    area: 'network',
    mechanism: "netplan dhcp4: false with cloud-init's network rendering disabled",
    mutate: m => {
      m.write('etc/cloud/cloud.cfg.d/99-disable-network-config.cfg', 'network: {config: disabled}\n')
      m.edit('etc/netplan/50-cloud-init.yaml', s => s.replace('dhcp4: true', 'dhcp4: false'), 0o600)
    },
    fails: ['primary_nic_dhcp']
  },
  {
    recipe: 'ci',
    area: 'network',
    mechanism: 'networkd: the first .network file matching eth0 has no DHCP (a later catch-all has it)',
    mutate: m => {
      m.write('etc/cloud/cloud.cfg.d/99-disable-network-config.cfg', 'network:\n  config: disabled\n')
      m.rm('etc/netplan/50-cloud-init.yaml')
      m.write('etc/systemd/network/10-eth0.network', '[Match]\nName=eth0\n\n[Network]\nDHCP=no\n')
      m.write('etc/systemd/network/99-all.network', '[Match]\nName=*\n\n[Network]\nDHCP=ipv4\n')
    },
    fails: ['primary_nic_dhcp']
  },

  {
    recipe: 'ci',
    area: 'network',
    mechanism: 'netplan flow-style mapping (not read: unknown, never a pass)',
    mutate: m => {
      m.write('etc/cloud/cloud.cfg.d/99-disable-network-config.cfg', 'network: {config: disabled}\n')
      m.write(
        'etc/netplan/50-cloud-init.yaml',
        'network:\n  version: 2\n  ethernets:\n    eth0: {dhcp4: false, addresses: [10.0.0.5/24]}\n',
        0o600
      )
    },
    fails: [],
    unknown: ['primary_nic_dhcp', 'no_custom_network']
  },

  // --- resolv.conf (LNX-018; a regular file with servers is also left-over state, LNX-025) ---
  {
    recipe: 'base',
    area: 'resolv_conf',
    mechanism: 'regular file with a nameserver',
    mutate: m => m.write('etc/resolv.conf', 'nameserver 192.0.2.53\n'),
    fails: ['resolv_conf_removed', 'generalized']
  },
  {
    recipe: 'ci',
    area: 'resolv_conf',
    mechanism: 'the stub link replaced by a regular file with a nameserver',
    mutate: m => m.write('etc/resolv.conf', 'nameserver 192.0.2.53\n'),
    fails: ['resolv_conf_removed', 'generalized']
  },
  {
    recipe: 'ci',
    area: 'resolv_conf',
    mechanism: 'link to a static file in the image',
    mutate: m => {
      m.write('etc/resolv.conf.static', 'nameserver 192.0.2.53\n')
      m.symlink('resolv.conf.static', 'etc/resolv.conf')
    },
    fails: ['resolv_conf_removed']
  },

  // --- authorized keys and build accounts (LNX-022) ---
  {
    recipe: 'base',
    area: 'keys',
    mechanism: 'custom AuthorizedKeysFile',
    mutate: m => {
      m.write('etc/ssh/sshd_config.d/40-keys.conf', 'AuthorizedKeysFile /etc/ssh/authorized/%u\n')
      m.write('etc/ssh/authorized/root', KEY, 0o600)
    },
    fails: ['no_default_accounts']
  },
  {
    recipe: 'ci',
    area: 'keys',
    mechanism: '/etc/skel/.ssh/authorized_keys',
    mutate: m => m.write('etc/skel/.ssh/authorized_keys', KEY, 0o600),
    fails: ['no_default_accounts']
  },
  {
    recipe: 'nm',
    area: 'keys',
    mechanism: "root's authorized_keys2",
    mutate: m => m.write('root/.ssh/authorized_keys2', KEY, 0o600),
    fails: ['no_default_accounts']
  },
  {
    recipe: 'base',
    area: 'keys',
    mechanism: 'build user with a password hash',
    mutate: m => {
      m.edit('etc/passwd', s => `${s}packer:x:1000:1000::/home/packer:/bin/bash\n`)
      m.edit('etc/shadow', s => `${s}packer:${HASH}:20000:0:99999:7:::\n`)
    },
    fails: ['no_default_accounts']
  },
  {
    recipe: 'ci',
    area: 'keys',
    mechanism: 'build user with an empty password (passwd -d)',
    mutate: m => {
      m.edit('etc/passwd', s => `${s}debian:x:1000:1000::/home/debian:/bin/bash\n`)
      m.edit('etc/shadow', s => `${s}debian::20000:0:99999:7:::\n`)
    },
    fails: ['no_default_accounts']
  },

  {
    recipe: 'ci',
    area: 'keys',
    mechanism: 'build user with a hash in the /etc/passwd field (read instead of /etc/shadow)',
    mutate: m => m.edit('etc/passwd', s => `${s}builder:${HASH}:1001:1001::/home/builder:/bin/bash\n`),
    fails: ['no_default_accounts']
  },

  // --- root password (LNX-027) ---
  {
    recipe: 'base',
    area: 'root_password',
    mechanism: "root's hash in the /etc/passwd field (shadow says locked, the system reads passwd first)",
    mutate: m => m.edit('etc/passwd', s => s.replace(/^root:x:/m, `root:${HASH}:`)),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'nm',
    area: 'root_password',
    mechanism: "root's /etc/passwd field emptied (a password-less root whatever shadow holds)",
    mutate: m => m.edit('etc/passwd', s => s.replace(/^root:x:/m, 'root::')),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'base',
    area: 'root_password',
    mechanism: 'passwd -d root (empty shadow field)',
    mutate: m => m.edit('etc/shadow', s => s.replace(/^root:[^:]*:/m, 'root::')),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'ci',
    area: 'root_password',
    mechanism: 'root password hash in /etc/shadow',
    mutate: m => m.edit('etc/shadow', s => s.replace(/^root:[^:]*:/m, `root:${HASH}:`)),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'ci',
    area: 'root_password',
    mechanism: 'cloud-init chpasswd giving root a password',
    mutate: m =>
      m.write(
        'etc/cloud/cloud.cfg.d/99-root.cfg',
        'chpasswd:\n  expire: false\n  users:\n    - name: root\n      password: Passw0rd-not-real\n      type: text\n'
      ),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'base',
    area: 'root_password',
    mechanism: 'waagent.conf DeleteRootPassword quoted "n" with a comment',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s.replace(/^Provisioning\.DeleteRootPassword=.*$/m, 'Provisioning.DeleteRootPassword="n" # keep it')
      ),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'nm',
    area: 'root_password',
    mechanism: 'waagent.conf DeleteRootPassword set again later (the last one wins)',
    mutate: append('etc/waagent.conf', 'Provisioning.DeleteRootPassword=n\n'),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'base',
    area: 'root_password',
    mechanism: 'waagent.conf DeleteRootPassword "y" after a tab (the agent keeps the opening quote: not y)',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s.replace(/^Provisioning\.DeleteRootPassword=.*$/m, 'Provisioning.DeleteRootPassword=\t"y"')
      ),
    fails: ['root_password_deleted']
  },
  {
    recipe: 'nm',
    area: 'root_password',
    mechanism: 'waagent.conf with CRLF line ends (the agent strips the CR: nothing fails)',
    mutate: m => m.edit('etc/waagent.conf', s => s.replace(/\n/g, '\r\n')),
    fails: []
  },

  // --- firewall (LNX-024) ---
  {
    recipe: 'base',
    area: 'firewall',
    mechanism: 'netfilter-persistent with rules.v4',
    mutate: m => {
      m.write('etc/iptables/rules.v4', RULES_V4)
      unit(
        m,
        'lib/systemd/system/netfilter-persistent.service',
        '[Unit]\nDescription=netfilter persistent configuration\n\n[Service]\nType=oneshot\nExecStart=/usr/sbin/netfilter-persistent start\nRemainAfterExit=yes\n'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'base',
    area: 'firewall',
    mechanism: 'nftables.conf with an include of a rule file',
    mutate: m => {
      m.write(
        'etc/nftables.conf',
        '#!/usr/sbin/nft -f\nflush ruleset\ninclude "/etc/nftables.d/*.nft"\n',
        0o755
      )
      m.write(
        'etc/nftables.d/block.nft',
        'table inet filter {\n  chain input {\n    type filter hook input priority 0; policy accept;\n    tcp dport 8080 drop\n  }\n}\n'
      )
      unit(
        m,
        'lib/systemd/system/nftables.service',
        '[Unit]\nDescription=nftables\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/sbin/nft -f /etc/nftables.conf\n',
        'sysinit.target'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'nm',
    area: 'firewall',
    mechanism: 'netfilter-persistent with ip6tables rules.v6',
    mutate: m => {
      m.write('etc/iptables/rules.v6', RULES_V4)
      unit(
        m,
        'lib/systemd/system/netfilter-persistent.service',
        '[Unit]\nDescription=netfilter persistent configuration\n\n[Service]\nType=oneshot\nExecStart=/usr/sbin/netfilter-persistent start\nRemainAfterExit=yes\n'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'ci',
    area: 'firewall',
    mechanism: 'nftables.conf with a rule, nftables.service enabled',
    mutate: m => {
      m.write(
        'etc/nftables.conf',
        '#!/usr/sbin/nft -f\nflush ruleset\ntable inet filter {\n  chain input {\n    type filter hook input priority 0; policy accept;\n    tcp dport 8080 drop\n  }\n}\n',
        0o755
      )
      unit(
        m,
        'lib/systemd/system/nftables.service',
        '[Unit]\nDescription=nftables\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/sbin/nft -f /etc/nftables.conf\n',
        'sysinit.target'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'ci',
    area: 'firewall',
    mechanism: 'iptables-restore in an enabled unit',
    mutate: m => {
      m.write('etc/iptables.rules', RULES_V4)
      unit(
        m,
        'etc/systemd/system/firewall.service',
        '[Unit]\nDescription=firewall\n\n[Service]\nType=oneshot\nExecStart=/usr/sbin/iptables-restore /etc/iptables.rules\n'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'base',
    area: 'firewall',
    mechanism: 'iptables-restore in /etc/rc.local',
    mutate: m => {
      m.write('etc/fw.rules', RULES_V4)
      m.write('etc/rc.local', '#!/bin/sh -e\niptables-restore < /etc/fw.rules\nexit 0\n', 0o755)
    },
    fails: ['iptables_no_rules']
  },

  {
    recipe: 'nm',
    area: 'firewall',
    mechanism: 'firewalld enabled (its default zone from firewalld.conf)',
    mutate: m => {
      m.write(
        'etc/firewalld/firewalld.conf',
        '# firewalld config file\nDefaultZone=public\nFirewallBackend=nftables\n'
      )
      m.write(
        'usr/lib/firewalld/zones/public.xml',
        '<?xml version="1.0" encoding="utf-8"?>\n<zone>\n  <short>Public</short>\n  <service name="ssh"/>\n</zone>\n'
      )
      unit(
        m,
        'lib/systemd/system/firewalld.service',
        '[Unit]\nDescription=firewalld - dynamic firewall daemon\n\n[Service]\nExecStart=/usr/sbin/firewalld --nofork --nopid\n'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'ci',
    area: 'firewall',
    mechanism: 'ufw enabled (ENABLED=yes in ufw.conf, ufw.service enabled)',
    mutate: m => {
      m.write('etc/ufw/ufw.conf', '# /etc/ufw/ufw.conf\n#\nENABLED=yes\nLOGLEVEL=low\n')
      unit(
        m,
        'lib/systemd/system/ufw.service',
        '[Unit]\nDescription=Uncomplicated firewall\nDefaultDependencies=no\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/lib/ufw/ufw-init start quiet\n'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'base',
    area: 'firewall',
    mechanism: 'ufw installed and its unit enabled, ENABLED=no (ufw-init loads nothing)',
    mutate: m => {
      m.write('etc/ufw/ufw.conf', '# /etc/ufw/ufw.conf\n#\nENABLED=no\nLOGLEVEL=low\n')
      unit(
        m,
        'lib/systemd/system/ufw.service',
        '[Unit]\nDescription=Uncomplicated firewall\nDefaultDependencies=no\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/lib/ufw/ufw-init start quiet\n'
      )
    },
    fails: []
  },
  {
    recipe: 'nm',
    area: 'firewall',
    mechanism: 'rules.v4 with no rules but an INPUT DROP policy',
    mutate: m => {
      m.write(
        'etc/iptables/rules.v4',
        '*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n'
      )
      unit(
        m,
        'lib/systemd/system/netfilter-persistent.service',
        '[Unit]\nDescription=netfilter persistent configuration\n\n[Service]\nType=oneshot\nExecStart=/usr/sbin/netfilter-persistent start\nRemainAfterExit=yes\n'
      )
    },
    fails: ['iptables_no_rules']
  },
  {
    recipe: 'base',
    area: 'firewall',
    mechanism: 'nftables.conf with no rules but a policy drop input chain',
    mutate: m => {
      m.write(
        'etc/nftables.conf',
        '#!/usr/sbin/nft -f\nflush ruleset\ntable inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n  }\n}\n',
        0o755
      )
      unit(
        m,
        'lib/systemd/system/nftables.service',
        '[Unit]\nDescription=nftables\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/sbin/nft -f /etc/nftables.conf\n',
        'sysinit.target'
      )
    },
    fails: ['iptables_no_rules']
  },

  // --- provisioning state left behind (LNX-025) ---
  {
    recipe: 'base',
    area: 'provisioned',
    mechanism: "the agent's provisioned marker",
    mutate: m => m.write('var/lib/waagent/provisioned', ''),
    fails: ['generalized']
  },
  {
    recipe: 'nm',
    area: 'provisioned',
    mechanism: "the agent's ovf-env.xml",
    mutate: m => m.write('var/lib/waagent/ovf-env.xml', '<Environment/>\n', 0o600),
    fails: ['generalized']
  },
  {
    recipe: 'ci',
    area: 'provisioned',
    mechanism: 'cloud-init instance directory and link',
    mutate: m => {
      m.write('var/lib/cloud/instances/0f3e5a6c-1234-4d6e-9a57-0d1c2b3a4f5e/boot-finished', '')
      m.symlink('/var/lib/cloud/instances/0f3e5a6c-1234-4d6e-9a57-0d1c2b3a4f5e', 'var/lib/cloud/instance')
    },
    fails: ['generalized']
  },
  {
    recipe: 'base',
    area: 'provisioned',
    mechanism: 'build hostname and a DHCP lease',
    mutate: m => {
      m.write('etc/hostname', 'packer-build-42\n')
      m.write('var/lib/dhcp/dhclient.eth0.leases', 'lease {\n  interface "eth0";\n}\n')
    },
    fails: ['generalized']
  },

  // --- SSH host keys (LNX-026) ---
  {
    recipe: 'base',
    area: 'host_keys',
    mechanism: 'default host key path',
    mutate: m => m.write('etc/ssh/ssh_host_ed25519_key', HOSTKEY, 0o600),
    fails: ['ssh_host_keys_regenerated']
  },
  {
    recipe: 'nm',
    area: 'host_keys',
    mechanism: 'waagent.conf RegenerateSshHostKeyPair=n with a comment',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s.replace(
          /^Provisioning\.RegenerateSshHostKeyPair=.*$/m,
          'Provisioning.RegenerateSshHostKeyPair=n # keep'
        )
      ),
    fails: ['ssh_host_keys_regenerated']
  },
  {
    recipe: 'ci',
    area: 'host_keys',
    mechanism: 'cloud-init ssh_deletekeys false',
    mutate: m => m.write('etc/cloud/cloud.cfg.d/99-keys.cfg', 'ssh_deletekeys: false\n'),
    fails: ['ssh_host_keys_regenerated']
  },
  {
    recipe: 'ci',
    area: 'host_keys',
    mechanism: 'HostKey path in an sshd drop-in',
    mutate: m => {
      m.write('etc/ssh/sshd_config.d/40-hostkey.conf', 'HostKey /etc/ssh/keys/host_ed25519\n')
      m.write('etc/ssh/keys/host_ed25519', HOSTKEY, 0o600)
    },
    fails: ['ssh_host_keys_regenerated']
  },

  // --- SSH keep-alive (LNX-014) ---
  {
    recipe: 'base',
    area: 'keepalive',
    mechanism: 'value past sshd range (2^32 + 180 must not wrap)',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 4294967476\n'),
    fails: ['ssh_client_alive_interval']
  },
  {
    recipe: 'ci',
    area: 'keepalive',
    mechanism: 'an earlier drop-in wins (sshd takes the first value)',
    mutate: m => m.write('etc/ssh/sshd_config.d/10-early.conf', 'ClientAliveInterval 600\n'),
    fails: ['ssh_client_alive_interval']
  },
  {
    recipe: 'nm',
    area: 'keepalive',
    mechanism: 'quoted value in sshd_config before the Include',
    mutate: m => m.edit('etc/ssh/sshd_config', s => `ClientAliveInterval "900"\n${s}`),
    fails: ['ssh_client_alive_interval']
  },
  {
    recipe: 'base',
    area: 'keepalive',
    mechanism: 'two arguments (sshd refuses the line: extra arguments at end of line)',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 120 300\n'),
    fails: ['ssh_client_alive_interval']
  },
  {
    recipe: 'ci',
    area: 'keepalive',
    mechanism: 'drop-in with CRLF line ends (sshd strips the CR: nothing fails)',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 180\r\n'),
    fails: []
  },

  // --- security updates (LNX-021): apt's lists of the configured sources against the dpkg status ---
  {
    recipe: 'base',
    area: 'updates',
    mechanism: 'apt installed below the security suite (one-line sources.list)',
    mutate: downgrade('apt'),
    fails: ['security_updates']
  },
  {
    recipe: 'ci',
    area: 'updates',
    mechanism: 'apt installed below the security suite (deb822 sources only)',
    mutate: m => {
      const deb822 = (m.read('etc/apt/sources.list').match(/^deb\s+\S+\s+\S+.*$/gm) ?? [])
        .map(l => l.split(/\s+/))
        .map(
          ([, uri, suite, ...comps]) =>
            `Types: deb\nURIs: ${uri}\nSuites: ${suite}\nComponents: ${comps.join(' ')}\n`
        )
        .join('\n')
      m.rm('etc/apt/sources.list')
      m.write('etc/apt/sources.list.d/debian.sources', deb822)
      downgrade('apt')(m)
    },
    fails: ['security_updates']
  },

  {
    recipe: 'base',
    area: 'keepalive',
    mechanism: 'Include ~/… is not tilde-expanded by sshd: it reads /~/… (its working directory is /)',
    mutate: m => {
      m.edit('etc/ssh/sshd_config', s => `Include ~/sshd-extra.conf\n${s}`)
      // root's home is not read (a false failure if the probe expanded ~) ...
      m.write('root/sshd-extra.conf', 'ClientAliveInterval 999\n')
      // ... the literal path under / is
      m.write('~/sshd-extra.conf', 'ClientAliveInterval 998\n')
    },
    fails: ['ssh_client_alive_interval']
  },
  {
    recipe: 'base',
    area: 'keepalive',
    mechanism: "Include ~/… with only root's home holding the file: sshd reads nothing (no false failure)",
    mutate: m => {
      m.edit('etc/ssh/sshd_config', s => `Include ~/sshd-extra.conf\n${s}`)
      m.write('root/sshd-extra.conf', 'ClientAliveInterval 999\n')
    },
    fails: []
  },

  // --- provisioning (LNX-032) ---
  {
    recipe: 'ci',
    area: 'provisioning',
    mechanism: 'cloud-init disabled by /etc/cloud/cloud-init.disabled',
    mutate: m => m.write('etc/cloud/cloud-init.disabled', ''),
    fails: ['provisioning']
  },
  {
    recipe: 'ci',
    area: 'provisioning',
    mechanism: "cloud-init's first stage disabled (systemctl disable cloud-init-local.service)",
    mutate: m => disable(m, 'cloud-init-local.service', 'cloud-init.target'),
    fails: ['provisioning']
  },
  {
    recipe: 'base',
    area: 'provisioning',
    mechanism: "the agent's unit disabled (systemctl disable walinuxagent, Provisioning.Agent=waagent)",
    mutate: m => disable(m, 'walinuxagent.service'),
    fails: ['provisioning', 'agent_installed']
  },
  {
    recipe: 'base',
    area: 'provisioning',
    mechanism:
      "the agent's wants link removed, its SysV start link left (systemd ignores it: a native unit exists)",
    mutate: m => m.rm('etc/systemd/system/multi-user.target.wants/walinuxagent.service'),
    fails: ['provisioning', 'agent_installed']
  }
]
