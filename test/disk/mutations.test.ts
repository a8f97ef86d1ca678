/**
 * Mutations of the test root that the Linux rules judge: the facts read from a VHD of each mutated root
 * equal probe.sh --root on that root, so the verdicts through the VHD are the probe's.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readLinuxFromDisk } from '../../src/facts/disk/linux.js'
import { requireReal } from '../support/real.js'
import { comparable, makeDisk, probeRoot, smallRoot, toolsAvailable } from './helpers.js'

const run = requireReal('sfdisk, mkfs.ext4, debugfs and qemu-img', toolsAvailable())
const maybe = run ? describe : describe.skip

const put = (root: string, rel: string, text: string, mode = 0o644): void => {
  const f = path.join(root, rel)
  fs.mkdirSync(path.dirname(f), { recursive: true })
  fs.rmSync(f, { force: true })
  fs.writeFileSync(f, text, { mode })
  fs.chmodSync(f, mode)
}

const MUTATIONS: Array<[string, (r: string) => void]> = [
  [
    // Only the scan for swap signatures finds it: outside the trees whose bytes the skeleton copies.
    'a swap file not named anywhere (mkswap)',
    r => {
      fs.writeFileSync(path.join(r, 'swapfile'), Buffer.alloc(1024 * 1024))
      execFileSync('mkswap', [path.join(r, 'swapfile')], { stdio: 'ignore' })
    }
  ],
  [
    'a swap file with 64 KiB pages under /var (mkswap -p 65536)',
    r => {
      fs.mkdirSync(path.join(r, 'var/cache'), { recursive: true })
      fs.writeFileSync(path.join(r, 'var/cache/swap.img'), Buffer.alloc(1024 * 1024))
      execFileSync('mkswap', ['-p', '65536', path.join(r, 'var/cache/swap.img')], { stdio: 'ignore' })
    }
  ],
  ['a swap file in fstab', r => fs.appendFileSync(path.join(r, 'etc/fstab'), '/swapfile none swap sw 0 0\n')],
  [
    'a root password hash',
    r => put(r, 'etc/shadow', 'root:$6$salt$abcdefghijklmnop:19000:0:99999:7:::\n', 0o640)
  ],
  ['shell history of root', r => put(r, 'root/.bash_history', 'ls\nsudo rm -rf /tmp/x\n', 0o600)],
  [
    'an authorized key of a user',
    r => {
      fs.appendFileSync(path.join(r, 'etc/passwd'), 'alice:x:1000:1000::/home/alice:/bin/bash\n')
      put(
        r,
        'home/alice/.ssh/authorized_keys',
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAA alice@build\n',
        0o600
      )
    }
  ],
  [
    'an authorized key under a home outside /home (/srv/app)',
    r => {
      fs.appendFileSync(path.join(r, 'etc/passwd'), 'app:x:1001:1001::/srv/app:/bin/sh\n')
      put(r, 'srv/app/.ssh/authorized_keys', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBBBB app@build\n', 0o600)
    }
  ],
  [
    'an sshd drop-in',
    r => put(r, 'etc/ssh/sshd_config.d/10-root.conf', 'PermitRootLogin yes\nClientAliveInterval 30\n')
  ],
  ['ssh host keys left in the image', r => put(r, 'etc/ssh/ssh_host_ed25519_key', 'PRIVATE\n', 0o600)],
  [
    'resolv.conf as an absolute symlink',
    r => {
      put(r, 'run/systemd/resolve/stub-resolv.conf', 'nameserver 127.0.0.53\n')
      fs.rmSync(path.join(r, 'etc/resolv.conf'), { force: true })
      fs.symlinkSync('/run/systemd/resolve/stub-resolv.conf', path.join(r, 'etc/resolv.conf'))
    }
  ],
  [
    'sudoers with targetpw',
    r => put(r, 'etc/sudoers.d/90-x', 'Defaults targetpw\nALL ALL=(ALL) ALL\n', 0o440)
  ],
  [
    'grub without the serial console',
    r => put(r, 'etc/default/grub', 'GRUB_CMDLINE_LINUX="quiet splash"\nGRUB_TIMEOUT=5\n')
  ]
]

let base: string
let work: string

maybe('Linux mutations through the VHD', () => {
  beforeAll(() => {
    base = smallRoot()
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-disk-mut-'))
  })
  afterAll(() => {
    fs.rmSync(base, { recursive: true, force: true })
    fs.rmSync(work, { recursive: true, force: true })
  })

  test.each(MUTATIONS)('%s: the VHD gives the facts of probe.sh --root', async (name, mutate) => {
    const r = fs.mkdtempSync(path.join(work, 'root-'))
    fs.cpSync(base, r, { recursive: true, verbatimSymlinks: true })
    mutate(r)
    const vhd = path.join(work, `${name.replace(/\W+/g, '-')}.vhd`)
    makeDisk(r, vhd, 'mbr')
    const got = await readLinuxFromDisk(vhd, { via: 'vhd' })
    expect(got.notes).toEqual([])
    expect(comparable(got.facts ?? {})).toEqual(await probeRoot(r))
    fs.rmSync(vhd, { force: true })
  })
})
