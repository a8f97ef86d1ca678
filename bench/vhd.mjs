// Linux facts read from the OS disk (issue 18): the Debian test root in a 30 GiB fixed VHD (GPT, Gen2
// layout). Figures: bytes read and read calls (each one range request over a SAS URI), and the whole
// `check --vhd os=` time against `probe.sh --root` on the same root. BENCH_SAS=1 also uploads the disk to
// Azurite as a page blob and times `check --sas os=<SAS> --network-checks` (the upload takes minutes).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export async function benchVhd(root, timed, median, reps = 3) {
  const base = path.join(process.env.VMIP_ROOTS_DIR ?? path.join(root, '.cache/roots'), 'base')
  if (!fs.existsSync(path.join(base, 'etc'))) return { skipped: `no Debian test root at ${base}` }
  const dir = path.join(root, 'bench/out')
  const vhd = path.join(dir, 'debian-30g.vhd')
  if (!fs.existsSync(vhd)) {
    const m = spawnSync(
      'bash',
      [path.join(root, 'scripts/make-disk.sh'), base, vhd, 'gpt', '30720', '30400'],
      {
        encoding: 'utf8'
      }
    )
    if (m.status !== 0) return { skipped: `make-disk.sh failed: ${m.stderr.trim()}` }
  }
  const probe = []
  for (let i = 0; i < reps; i++)
    probe.push(timed('sh', [path.join(root, 'probes/linux/probe.sh'), '--root', base]).ms)
  const statsFile = path.join(os.tmpdir(), `vmip-disk-stats-${process.pid}.json`)
  const check = []
  let stats
  for (let i = 0; i < reps; i++) {
    const t = timed(process.execPath, ['dist/cli.js', 'check', '--vhd', `os=${vhd}`, '--quiet'], {
      cwd: root,
      env: { ...process.env, VMIP_DISK_STATS: statsFile }
    })
    check.push(t.ms)
    stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'))
  }
  fs.rmSync(statsFile, { force: true })
  return {
    vhd_bytes: fs.statSync(vhd).size,
    entries: stats.entries,
    bytes_read: stats.bytesRead,
    reads: stats.reads,
    probe_ms: median(probe),
    check_ms: median(check),
    ratio: median(check) / median(probe)
  }
}
