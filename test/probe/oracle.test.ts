/**
 * The real components as oracles (#14): the recipe roots are ours and trusted, so the programs that act on a
 * setting can judge the probe's reading of it. On each recipe root and on each mutation of rows.ts where the
 * component is relevant, the root is copied (an overlay: the cached root is the read-only lower layer), the
 * probe reads the copy from outside, and then the component itself, run in a chroot of the copy, says what it
 * makes of the same files:
 *
 *  - sshd -T (the image's sshd)            vs linux.ssh.client_alive_interval, linux.accounts.authorized_keys_file,
 *                                            linux.accounts.authorized_keys, linux.generalization.ssh_host_keys
 *  - the agent's own parser (the image's    vs linux.waagent.conf.settings, and the profiles' waagent_defaults
 *    azurelinuxagent.common.conf)             against the agent's defaults
 *  - systemctl --root (the unit states)     vs the enabled/masked states the probe reports
 *  - ifquery / ifup --no-act / run-parts    vs linux.network.primary and linux.network.custom (ifupdown)
 *    (the image's ifupdown)
 *  - apt-cache policy (the image's apt)     vs linux.updates.pending_security
 *
 * Each oracle returns the disagreements it finds; a test expects none. Nothing of the host is mounted: the
 * roots carry their own /dev nodes (debootstrap makes them), and only the copy is ever written (sshd's
 * privilege-separation directory, a throw-away host key, apt's and Python's caches).
 * The probe itself never executes anything from the image; only this test does, on our own roots.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { requireReal } from '../support/real.js'
import type { FactsDoc } from '../../src/facts/types.js'
import { has, isRoot, type Mutator, probeRoot, repo } from './support.js'
import { downgrade, overlay, recipes, release, rootsDir, rows, type Recipe, type Row } from './rows.js'

const roots = Object.fromEntries(recipes.map(r => [r, path.join(rootsDir, r)])) as Record<Recipe, string>

const run =
  requireReal('root (chroot and overlay mounts need it)', isRoot) &&
  requireReal('chroot (coreutils)', has('chroot')) &&
  requireReal('systemctl (systemd; systemctl --root judges the unit states)', has('systemctl')) &&
  requireReal('ssh-keygen (openssh-client; a throw-away host key for sshd -T)', has('ssh-keygen')) &&
  requireReal(
    'the Debian recipe roots (scripts/make-debian-roots.sh)',
    recipes.every(r => fs.existsSync(path.join(roots[r], 'etc/os-release')))
  )
const maybe = run ? describe : describe.skip

afterAll(() => release())

// --- running the image's own programs in a chroot of the copy -------------------------------------------
const ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C', LC_ALL: 'C', HOME: '/root', TERM: 'dumb' }

function inRoot(root: string, argv: string[]): SpawnSyncReturns<string> {
  const r = spawnSync('chroot', [root, ...argv], {
    encoding: 'utf8',
    env: ENV,
    input: '',
    timeout: 60_000,
    maxBuffer: 64 << 20
  })
  if (r.error) throw r.error
  return r
}

/** The image has this program (a path inside the root; links are resolved inside the chroot by the kernel). */
function inImage(root: string, rel: string): boolean {
  return spawnSync('chroot', [root, 'test', '-x', rel], { env: ENV }).status === 0
}

/** When the image lacks a component, its oracle cannot judge: skipped with the reason (an error in CI). */
function component(root: string, rel: string, what: string): boolean {
  return requireReal(`${what} (${rel} in ${root})`, inImage(root, rel))
}

/** The probe's Linux facts, area by area (each oracle narrows what it reads). */
type Linux = Record<string, Record<string, unknown> | undefined>
const linux = (doc: FactsDoc): Linux => (doc as { linux?: Linux }).linux ?? {}

// --- sshd -T -------------------------------------------------------------------------------------------
const SSHD_DEFAULT_AKF = ['.ssh/authorized_keys', '.ssh/authorized_keys2']

interface Passwd {
  user: string
  uid: string
  home: string
}

function passwd(root: string): Passwd[] {
  return fs
    .readFileSync(path.join(root, 'etc/passwd'), 'utf8')
    .split('\n')
    .filter(l => l && !l.startsWith('#'))
    .map(l => l.split(':'))
    .map(f => ({ user: f[0] ?? '', uid: f[2] ?? '', home: f[5] ?? '' }))
}

function sshdConfig(out: string): Map<string, string[]> {
  const m = new Map<string, string[]>()
  for (const l of out.split('\n')) {
    const i = l.indexOf(' ')
    if (i <= 0) continue
    const k = l.slice(0, i)
    m.set(k, [...(m.get(k) ?? []), l.slice(i + 1)])
  }
  return m
}

/** A regular file inside the root with at least one key line (what sshd would offer as authorized keys). */
function hasKeyLine(root: string, rel: string): boolean {
  try {
    return fs
      .readFileSync(path.join(root, rel), 'utf8')
      .split('\n')
      .some(l => l.trim() !== '' && !l.trim().startsWith('#'))
  } catch {
    return false
  }
}

function sshdOracle(root: string, doc: FactsDoc): string[] {
  if (!component(root, '/usr/sbin/sshd', "the image's sshd")) return []
  const out: string[] = []
  const L = linux(doc)
  fs.mkdirSync(path.join(root, 'run/sshd'), { recursive: true })
  const argv = ['/usr/sbin/sshd', '-T', '-f', '/etc/ssh/sshd_config']
  let r = inRoot(root, argv)
  let loaded = r.status === 0
  // sshd -T loads the host keys first: with none loadable (a generalized image) it only says so. The keys
  // it would load are then none; a throw-away key on the command line (-h) lets it print the rest.
  const throwaway = '/run/vmip-oracle-hostkey'
  if (r.status !== 0 && /no hostkeys available/.test(r.stderr)) {
    loaded = false
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(root, throwaway)])
    r = inRoot(root, [...argv, '-h', throwaway])
  }
  const cai = L.ssh?.client_alive_interval as { value?: number } | undefined
  if (r.status !== 0) {
    // sshd refuses the configuration: it would not run, so nothing the probe reads may pass on it
    if (typeof cai?.value === 'number')
      out.push(
        `sshd refuses the configuration (${r.stderr.trim()}) but the probe has ClientAliveInterval ${cai.value}`
      )
    return out
  }
  const cfg = sshdConfig(r.stdout)
  // ClientAliveInterval
  const want = Number(cfg.get('clientaliveinterval')?.[0])
  if (cai?.value !== want)
    out.push(`ClientAliveInterval: sshd -T ${want}, probe ${JSON.stringify(cai ?? null)}`)
  // HostKey: every key file sshd names that exists in the image is reported
  const keys = new Set((L.generalization?.ssh_host_keys as string[] | undefined) ?? [])
  const named = (cfg.get('hostkey') ?? []).filter(k => k !== throwaway)
  if (loaded && named.length === 0) out.push('sshd loaded a host key but names none')
  for (const k of named)
    if (fs.existsSync(path.join(root, k)) && !keys.has(k))
      out.push(`HostKey ${k}: sshd -T names it and it exists in the image; the probe's ssh_host_keys lack it`)
  // AuthorizedKeysFile and the key files sshd would read for each account
  const akf = (cfg.get('authorizedkeysfile')?.[0] ?? '').split(' ').filter(Boolean)
  const akfProbe =
    (L.accounts?.authorized_keys_file as { value?: string[] } | undefined)?.value ?? SSHD_DEFAULT_AKF
  if (JSON.stringify(akf) !== JSON.stringify(akfProbe))
    out.push(`AuthorizedKeysFile: sshd -T ${JSON.stringify(akf)}, probe ${JSON.stringify(akfProbe)}`)
  const found = new Set(
    ((L.accounts?.authorized_keys as { file: string }[] | undefined) ?? []).map(a =>
      path.posix.normalize(a.file)
    )
  )
  for (const u of passwd(root)) {
    if (!u.home) continue
    for (const t of akf) {
      if (t === 'none') continue
      let p = t.replace(/%(.)/g, (_s, c: string) =>
        c === 'h' ? u.home : c === 'u' ? u.user : c === 'U' ? u.uid : c === '%' ? '%' : `%${c}`
      )
      if (!p.startsWith('/')) p = path.posix.join(u.home, p)
      p = path.posix.normalize(p)
      if (hasKeyLine(root, p) && !found.has(p))
        out.push(`${p}: sshd would read keys for ${u.user} from it; the probe's authorized_keys lack it`)
    }
  }
  const akc = cfg.get('authorizedkeyscommand')?.[0]
  if (akc && akc !== 'none') {
    const unsupported = (L.unsupported as { fact: string }[] | undefined) ?? []
    if (!unsupported.some(u => u.fact === 'linux.accounts.authorized_keys'))
      out.push(`AuthorizedKeysCommand ${akc}: the probe does not report it as unknown`)
  }
  return out
}

// --- the agent's configuration parser ------------------------------------------------------------------
const AGENT_PY = `
import json
from azurelinuxagent.common import conf
p = conf.ConfigurationProvider()
try:
    conf.load_conf_from_file('/etc/waagent.conf', p)
    ok = True
except Exception as e:
    ok = False
print(json.dumps({
    'loaded': ok,
    'values': p.values,
    'config': conf.get_configuration(p),
    'switches': sorted(getattr(conf, '__SWITCH_OPTIONS__')),
    'integers': sorted(getattr(conf, '__INTEGER_OPTIONS__')),
}))
`
interface AgentView {
  loaded: boolean
  values: Record<string, string | null>
  config: Record<string, string | number | boolean | null>
  switches: string[]
  integers: string[]
}

const profileDefaults = (profile: string): Record<string, string> =>
  (
    JSON.parse(fs.readFileSync(path.join(repo, `policies/profiles/${profile}/linux/data.json`), 'utf8')) as {
      waagent_defaults: Record<string, string>
    }
  ).waagent_defaults

function agentOracle(root: string, doc: FactsDoc): string[] {
  if (!component(root, '/usr/bin/python3', "the image's python3 (the agent's interpreter)")) return []
  const r = inRoot(root, ['/usr/bin/python3', '-B', '-c', AGENT_PY])
  if (r.status !== 0) return [`the agent's parser failed: ${r.stderr.trim()}`]
  const a = JSON.parse(r.stdout) as AgentView
  const out: string[] = []
  const conf = linux(doc).waagent?.conf as
    { present: boolean; settings?: { key: string; value: string; line: number }[] } | undefined
  if (!a.loaded) {
    if (conf?.present) out.push('the agent cannot load /etc/waagent.conf but the probe read it')
    return out
  }
  if (!conf?.present) return ['the agent loads /etc/waagent.conf but the probe has no conf']
  // the raw values: the last assignment of each key, "None" being the agent's null
  const last = new Map<string, string>()
  for (const s of conf.settings ?? []) last.set(s.key, s.value)
  // (keys the agent stores but never looks up, "# …" of an indented comment line, are left out)
  for (const k of new Set([...last.keys(), ...Object.keys(a.values)].filter(k => !k.startsWith('#')))) {
    const p = last.has(k) ? (last.get(k) === 'None' ? null : last.get(k)) : undefined
    const v = k in a.values ? a.values[k] : undefined
    if (p !== v) out.push(`${k}: the agent reads ${JSON.stringify(v)}, the probe ${JSON.stringify(p)}`)
  }
  // the effective value the rules take (the last assignment, else the profile's default) against the agent's
  for (const profile of ['guide', 'current'])
    for (const [k, d] of Object.entries(profileDefaults(profile))) {
      const eff = last.get(k) ?? d
      const agent = a.config[k]
      const ours = a.switches.includes(k)
        ? eff.toLowerCase() === 'y'
        : a.integers.includes(k)
          ? /^-?\d+$/.test(eff.trim())
            ? Number(eff)
            : agent
          : eff === 'None'
            ? agent
            : eff
      if (ours !== agent)
        out.push(
          `${k} (${profile} profile${last.has(k) ? '' : ', default'}): the agent takes ${JSON.stringify(agent)}, the rules ${JSON.stringify(ours)}`
        )
    }
  return out
}

// --- systemctl --root -----------------------------------------------------------------------------------
function isEnabled(root: string, unit: string): string {
  const r = spawnSync('systemctl', ['--root', root, 'is-enabled', unit], { encoding: 'utf8', env: ENV })
  return (r.stdout.trim().split('\n').pop() ?? '') || `not-found (${r.stderr.trim()})`
}
/** What systemctl's state says of starting at boot: true, false, or undefined (static, indirect, generated…:
 * is-enabled does not decide it). */
function bootState(s: string): boolean | undefined {
  if (s === 'enabled' || s === 'enabled-runtime') return true
  if (s === 'disabled' || s.startsWith('masked') || s.startsWith('linked') || s.startsWith('not-found'))
    return false
  return undefined
}

function systemdOracle(root: string, doc: FactsDoc): string[] {
  const out: string[] = []
  const L = linux(doc)
  const check = (unit: string, probe: boolean | undefined, what: string) => {
    const s = isEnabled(root, unit)
    const b = bootState(s)
    if (b !== undefined && probe !== undefined && b !== probe)
      out.push(`${what}: systemctl is-enabled ${unit} says ${s}, the probe enabled=${probe}`)
  }
  // ssh: enabled when one of its units is, blocked when one is masked
  const sshStates = ['ssh.service', 'sshd.service', 'ssh.socket', 'sshd.socket'].map(u => isEnabled(root, u))
  const ssh = L.ssh as { enabled?: boolean; blocked?: boolean } | undefined
  if (ssh) {
    const en = sshStates.some(s => bootState(s) === true)
    if (ssh.enabled !== en)
      out.push(`linux.ssh.enabled: systemctl says ${sshStates.join(', ')}, the probe ${ssh.enabled}`)
    if (sshStates.some(s => s.startsWith('masked')) && !ssh.blocked)
      out.push('linux.ssh.blocked: systemctl says masked, the probe not blocked')
  }
  const wa = L.waagent?.service as { unit: string; enabled: boolean; file?: string } | undefined
  if (wa?.file) check(wa.unit, wa.enabled, 'linux.waagent.service')
  for (const c of (L.cloud_init?.services as { unit: string; enabled: boolean }[] | undefined) ?? [])
    check(c.unit, c.enabled, 'linux.cloud_init.services')
  const nm = L.network?.network_manager as { installed?: boolean; enabled?: boolean } | undefined
  if (nm?.installed) check('NetworkManager.service', nm.enabled, 'linux.network.network_manager')
  // swap: the enabled .swap units systemd lists are the probe's; the probe's swap services are enabled
  const swap = L.storage?.swap as { units?: { unit: string }[]; services?: { unit: string }[] } | undefined
  const lr = spawnSync(
    'systemctl',
    ['--root', root, 'list-unit-files', '--type=swap', '--state=enabled', '--no-legend', '--no-pager'],
    { encoding: 'utf8', env: ENV }
  )
  const enabledSwaps = lr.stdout
    .split('\n')
    .map(l => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .sort()
  const probeSwaps = (swap?.units ?? []).map(u => u.unit).sort()
  if (JSON.stringify(enabledSwaps) !== JSON.stringify(probeSwaps))
    out.push(
      `swap units: systemctl lists ${JSON.stringify(enabledSwaps)} enabled, the probe ${JSON.stringify(probeSwaps)}`
    )
  // (a service made by a generator, zram-generator's, has no unit file for systemctl to judge)
  for (const s of (swap?.services ?? []) as { unit: string; file?: string }[])
    if (s.file?.endsWith('.service')) check(s.unit, true, 'linux.storage.swap.services')
  return out
}

// --- ifupdown -------------------------------------------------------------------------------------------
const IPV4 = /\b\d{1,3}(\.\d{1,3}){3}\b/
const DERIVED = new Set(['netmask', 'broadcast', 'network'])
/** White space collapsed, line continuations joined. */
const norm = (s: string) => s.replace(/\\\s*/g, ' ').replace(/\s+/g, ' ').trim()
/** A custom entry of the probe (its text is the line, keyword first) covers an option value ifquery gives
 * (the whole stanza option, continuations joined) when one holds the other. */
function covers(text: string, value: string): boolean {
  const t = norm(text.replace(/^\S+\s*/, ''))
  const v = norm(value)
  return t !== '' && (v.includes(t) || t.includes(v))
}

function ifupdownOracle(root: string, doc: FactsDoc): string[] {
  const L = linux(doc)
  const net = L.network as
    | {
        stack?: string[]
        primary?: { name?: string; dhcp?: boolean; onboot?: boolean; file?: string }
        custom?: { kind: string; text: string; file?: string }[]
      }
    | undefined
  if (!net?.stack?.includes('ifupdown') || !fs.existsSync(path.join(root, 'etc/network/interfaces')))
    return []
  if (!component(root, '/sbin/ifquery', "the image's ifquery (ifupdown)")) return []
  const out: string[] = []
  const list = (cls: string) =>
    inRoot(root, ['/sbin/ifquery', '--list', `--allow=${cls}`])
      .stdout.split('\n')
      .filter(s => s && s !== 'lo')
  const ifaces = [...new Set([...list('auto'), ...list('hotplug')])]
  const custom = net.custom ?? []
  const customIn = (file: string) => custom.some(c => c.file === file)
  for (const i of ifaces) {
    const q = inRoot(root, ['/sbin/ifquery', i])
    const opts = q.stdout.split('\n').filter(Boolean)
    const act = inRoot(root, ['/sbin/ifup', '--no-act', '--verbose', '--force', i])
    const text = `${act.stdout}\n${act.stderr}`
    const dhcp = new RegExp(`dhclient .*\\b${i}\\b`).test(text)
    const staticAddr = new RegExp(`ip addr(ess)? add .*\\bdev ${i}\\b`).test(text)
    if (i === 'eth0' && net.primary?.file?.startsWith('/etc/network/')) {
      if (net.primary.onboot !== true)
        out.push('eth0: ifquery lists it (auto/hotplug), the probe onboot is not true')
      if (net.primary.dhcp !== dhcp)
        out.push(
          `eth0: ifup --no-act ${dhcp ? 'runs' : 'does not run'} dhclient, the probe dhcp=${net.primary.dhcp}`
        )
    }
    for (const o of opts) {
      const k = o.slice(0, o.indexOf(':'))
      const v = o.slice(o.indexOf(':') + 1).trim()
      // ifupdown derives netmask and broadcast from an address/prefix: they are of the address entry
      if (DERIVED.has(k) && custom.some(c => c.kind === 'address')) continue
      if (!custom.some(c => covers(c.text, v)))
        out.push(`${i}: ifquery gives option "${o}", the probe's custom has nothing of it`)
    }
    if (staticAddr && !custom.some(c => c.kind === 'address'))
      out.push(`${i}: ifup --no-act adds a static address, the probe's custom has no address`)
  }
  if (
    net.primary?.file?.startsWith('/etc/network/') &&
    net.primary.name === 'eth0' &&
    net.primary.onboot === true &&
    !ifaces.includes('eth0')
  )
    out.push('eth0: the probe has it brought up at boot, ifquery lists it neither auto nor hotplug')
  // hook scripts: what run-parts (ifupdown) and dhclient-script would run, not from a package, with a literal
  // address in it, is custom configuration
  for (const dir of [
    '/etc/network/if-pre-up.d',
    '/etc/network/if-up.d',
    '/etc/network/if-post-up.d',
    '/etc/dhcp/dhclient-enter-hooks.d',
    '/etc/dhcp/dhclient-exit-hooks.d'
  ]) {
    if (!fs.existsSync(path.join(root, dir))) continue
    const lr = inRoot(root, ['/bin/run-parts', dir.includes('dhclient') ? '--list' : '--test', dir])
    for (const f of lr.stdout.split('\n').filter(Boolean)) {
      if (inRoot(root, ['/usr/bin/dpkg', '-S', f]).status === 0) continue
      const body = fs.readFileSync(path.join(root, f), 'utf8')
      if (IPV4.test(body) && !customIn(f))
        out.push(
          `${f}: run-parts would run it (no package owns it, it has a literal address); the probe's custom lacks it`
        )
    }
  }
  return out
}

// --- apt-cache policy -----------------------------------------------------------------------------------
function aptOracle(root: string, doc: FactsDoc): string[] {
  if (!component(root, '/usr/bin/apt-cache', "the image's apt-cache")) return []
  const pending = (linux(doc).updates?.pending_security as { name: string }[] | undefined) ?? []
  const pkgs = inRoot(root, ['/usr/bin/dpkg-query', '-W', '-f', '${db:Status-Abbrev} ${Package}\n'])
    .stdout.split('\n')
    .filter(l => l.startsWith('ii'))
    .map(l => l.split(/\s+/).pop() as string)
  const r = inRoot(root, ['/usr/bin/apt-cache', 'policy', ...pkgs])
  // Per package, apt's version table lists the versions it knows, highest first, the installed one marked
  // "***", each followed by its sources: a version above the installed one from a -security suite is a
  // pending security update.
  const want: string[] = []
  for (const block of r.stdout.split(/\n(?=\S)/)) {
    const name = block.slice(0, block.indexOf(':'))
    const table = block.slice(block.indexOf('Version table:') + 'Version table:'.length)
    for (const entry of table.split(/\n(?= \*\*\* | {5}\S)/).slice(1)) {
      if (entry.startsWith(' *** ')) break
      if (/-security\b/.test(entry)) {
        want.push(name)
        break
      }
    }
  }
  const got = pending.map(p => p.name)
  const missing = want.filter(n => !got.includes(n))
  const extra = got.filter(n => !want.includes(n))
  return [
    ...missing.map(n => `${n}: apt knows a newer version from a security suite, the probe does not list it`),
    ...extra.map(
      n => `${n}: the probe lists a pending security update, apt knows no newer version from a security suite`
    )
  ]
}

// --- which oracle judges which area ------------------------------------------------------------------------
type Oracle = (root: string, doc: FactsDoc) => string[]
const oracles: Record<string, Oracle> = {
  sshd: sshdOracle,
  agent: agentOracle,
  systemd: systemdOracle,
  ifupdown: ifupdownOracle,
  apt: aptOracle
}
/** The oracles relevant to a row's area (each recipe root gets all of them). */
const byArea: Record<string, string[]> = {
  swap: ['systemd', 'agent'],
  network: ['ifupdown', 'systemd'],
  keys: ['sshd'],
  root_password: ['agent'],
  firewall: ['systemd'],
  host_keys: ['sshd', 'agent'],
  keepalive: ['sshd'],
  provisioning: ['systemd', 'agent'],
  updates: ['apt']
}

/** Mechanisms that only the components' own reading settles (no rule of the table fails on them): each is
 * written as real image builders do, and the probe must read it as the component does. */
const extra: { recipe: Recipe; use: string[]; mechanism: string; mutate: (m: Mutator) => void }[] = [
  {
    recipe: 'base',
    use: ['apt'],
    mechanism: "a security suite's list left behind after its source was removed",
    mutate: m => {
      m.edit('etc/apt/sources.list', s => s.replace(/^deb .*-security.*\n/m, ''))
      downgrade('apt')(m)
    }
  },
  {
    recipe: 'nm',
    use: ['apt'],
    mechanism: 'the security source disabled in a deb822 file (Enabled: no)',
    mutate: m => {
      const sec = (
        m.read('etc/apt/sources.list').match(/^deb\s+(\S+)\s+(\S+-security)\s+(.*)$/m) ?? []
      ).slice(1)
      m.edit('etc/apt/sources.list', s => s.replace(/^deb .*-security.*\n/m, ''))
      m.write(
        'etc/apt/sources.list.d/security.sources',
        `Types: deb\nURIs: ${sec[0]}\nSuites: ${sec[1]}\nComponents: ${sec[2]}\nEnabled: no\n`
      )
      downgrade('apt')(m)
    }
  },
  {
    recipe: 'base',
    use: ['sshd'],
    mechanism: 'sshd drop-in with CRLF line endings',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 120\r\n')
  },
  {
    recipe: 'base',
    use: ['sshd'],
    mechanism: 'sshd keyword = value, in lower case, with a trailing comment',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'clientaliveinterval=240 # keep-alive\n')
  },
  {
    recipe: 'base',
    use: ['sshd'],
    mechanism: 'sshd keep-alive with two arguments',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 120 300\n')
  },
  {
    recipe: 'nm',
    use: ['sshd'],
    mechanism: 'sshd keep-alive in a Match block, then Match all',
    mutate: m =>
      m.write(
        'etc/ssh/sshd_config.d/10-match.conf',
        'Match User backup\n  ClientAliveInterval 30\nMatch all\nClientAliveInterval 200\n'
      )
  },
  {
    recipe: 'ci',
    use: ['sshd'],
    mechanism: 'sshd keep-alive as a time with units (2m30s)',
    mutate: m => m.write('etc/ssh/sshd_config.d/50-azure.conf', 'ClientAliveInterval 2m30s\n')
  },
  {
    recipe: 'base',
    use: ['sshd'],
    mechanism: 'sshd Include of a relative path',
    mutate: m => {
      m.edit('etc/ssh/sshd_config', s => `Include extra.conf\n${s}`)
      m.write('etc/ssh/extra.conf', 'ClientAliveInterval 90\nAuthorizedKeysFile .ssh/keys\n')
      m.write('root/.ssh/keys', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKey build@host\n', 0o600)
    }
  },
  {
    recipe: 'base',
    use: ['agent'],
    mechanism: 'waagent.conf with CRLF line endings',
    mutate: m => m.edit('etc/waagent.conf', s => s.replace(/\n/g, '\r\n'))
  },
  {
    recipe: 'base',
    use: ['agent'],
    mechanism: 'waagent.conf value after a tab, quoted',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s.replace(/^Provisioning\.DeleteRootPassword=.*$/m, 'Provisioning.DeleteRootPassword=\t"y"')
      )
  },
  {
    recipe: 'nm',
    use: ['agent'],
    mechanism: 'waagent.conf indented lines and an indented comment',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s.replace(
          /^Provisioning\.RegenerateSshHostKeyPair=.*$/m,
          '  Provisioning.RegenerateSshHostKeyPair = y\n  # Provisioning.RegenerateSshHostKeyPair=n'
        )
      )
  },
  {
    recipe: 'ci',
    use: ['agent'],
    mechanism: 'waagent.conf switch spelt yes / Y',
    mutate: m =>
      m.edit('etc/waagent.conf', s =>
        s
          .replace(/^ResourceDisk\.EnableSwap=.*$/m, 'ResourceDisk.EnableSwap=yes')
          .replace(/^AutoUpdate\.Enabled=.*$/m, 'AutoUpdate.Enabled=Y')
      )
  },
  {
    recipe: 'base',
    use: ['systemd', 'sshd'],
    mechanism: 'ssh.service masked',
    mutate: m => m.symlink('/dev/null', 'etc/systemd/system/ssh.service')
  },
  {
    recipe: 'base',
    use: ['systemd'],
    mechanism: "the agent's wants link dangling (unit file removed)",
    mutate: m => {
      m.rm('lib/systemd/system/walinuxagent.service')
      m.rm('usr/lib/systemd/system/walinuxagent.service')
    }
  },
  {
    recipe: 'ci',
    use: ['systemd'],
    mechanism: 'cloud-init.service enabled through a .requires link only',
    mutate: m => {
      const w = 'etc/systemd/system/cloud-init.target.wants/cloud-init.service'
      const t = m.exists(w) ? fs.readlinkSync(m.p(w)) : '/usr/lib/systemd/system/cloud-init.service'
      m.rm(w)
      m.symlink(t, 'etc/systemd/system/cloud-init.target.requires/cloud-init.service')
    }
  },
  {
    recipe: 'nm',
    use: ['systemd'],
    mechanism: 'NetworkManager masked',
    mutate: m => m.symlink('/dev/null', 'etc/systemd/system/NetworkManager.service')
  },
  {
    recipe: 'base',
    use: ['ifupdown'],
    mechanism: 'eth0 without auto or allow-hotplug',
    mutate: m => m.edit('etc/network/interfaces', s => s.replace('allow-hotplug eth0\n', ''))
  },
  {
    recipe: 'base',
    use: ['ifupdown'],
    mechanism: 'auto lo eth0 on one line',
    mutate: m =>
      m.edit('etc/network/interfaces', s =>
        s.replace('auto lo\n', 'auto lo eth0\n').replace('allow-hotplug eth0\n', '')
      )
  },
  {
    recipe: 'base',
    use: ['ifupdown'],
    mechanism: 'eth0 static in a relative source',
    mutate: m => {
      m.edit('etc/network/interfaces', s =>
        s
          .replace('source /etc/network/interfaces.d/*', 'source interfaces.d/*')
          .replace(/allow-hotplug eth0\niface eth0 inet dhcp\n/, '')
      )
      m.write(
        'etc/network/interfaces.d/eth0',
        'auto eth0\niface eth0 inet static\n    address 10.0.0.9/24\n    gateway 10.0.0.1\n'
      )
    }
  },
  {
    recipe: 'base',
    use: ['ifupdown'],
    mechanism: 'post-up route and a continued line',
    mutate: m =>
      m.edit('etc/network/interfaces', s =>
        s.replace(
          'iface eth0 inet dhcp\n',
          'iface eth0 inet dhcp\n    post-up ip route add \\\n      10.3.0.0/16 via 10.0.0.1\n'
        )
      )
  },
  {
    recipe: 'nm',
    use: ['ifupdown'],
    mechanism: 'source-directory of a second directory',
    mutate: m => {
      m.edit('etc/network/interfaces', s => `${s}\nsource-directory /etc/network/more.d\n`)
      m.write('etc/network/more.d/eth1', 'auto eth1\niface eth1 inet static\n    address 10.0.1.9/24\n')
    }
  }
]

interface Case {
  label: string
  recipe: Recipe
  mutate?: (m: Mutator) => void
  use: string[]
}
const cases: Case[] = [
  ...recipes.map(r => ({ label: `${r} recipe`, recipe: r, use: Object.keys(oracles) })),
  ...rows
    .filter((r: Row) => byArea[r.area])
    .map((r: Row) => ({
      label: `${r.recipe} / ${r.area}: ${r.mechanism}`,
      recipe: r.recipe,
      mutate: r.mutate,
      use: byArea[r.area] ?? []
    })),
  ...extra.map(e => ({
    label: `${e.recipe} / oracle only: ${e.mechanism}`,
    recipe: e.recipe,
    mutate: e.mutate,
    use: e.use
  }))
]

maybe.each(cases.map(c => [c.label, c] as const))('oracle: %s', (_name, c) => {
  afterAll(() => release())
  test(`the probe agrees with ${c.use.join(', ')}`, () => {
    const m = overlay(roots[c.recipe], `oracle-${c.recipe}`)
    c.mutate?.(m)
    const doc = probeRoot(m.root)
    const disagreements = Object.fromEntries(
      c.use.map(o => [o, (oracles[o] as Oracle)(m.root, doc)] as const).filter(([, d]) => d.length > 0)
    )
    release()
    expect(disagreements).toEqual({})
  })
})

test('every area of the table is judged by an oracle or knowingly not', () => {
  // hyperv (modprobe), kernel_cmdline (grub-mkconfig), resolv_conf and provisioned (state files) have no
  // component here that reads without running the system
  const none = new Set(['hyperv', 'kernel_cmdline', 'resolv_conf', 'provisioned'])
  for (const a of new Set(rows.map(r => r.area)))
    expect([a, Boolean(byArea[a]) || none.has(a)]).toEqual([a, true])
})
