import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli.js'
import { repoRoot } from '../support/run-cli.js'

export const NOW = ['--now', '2026-11-25T12:00:00Z']

export function tmpDir(prefix = 'vmip-config-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/**
 * A manifest like examples/compliant but with a 20 GB Linux OS disk: exactly one error fails
 * (AZMP-DSK-002, below the 30 GB minimum), so exit codes show what the configuration does.
 */
export function smallDiskManifest(dir: string, name = 'debian-12-gen2'): string {
  const m = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'examples/compliant/packer-manifest.json'), 'utf8')
  )
  m.builds[0].name = name
  m.builds[0].custom_data.os_disk_size_gb = '20'
  const f = path.join(dir, `manifest-${name}.json`)
  fs.writeFileSync(f, JSON.stringify(m, null, 2))
  return f
}

export function writeConfig(dir: string, text: string, name = 'vm-image-policy.yml'): string {
  const f = path.join(dir, name)
  fs.writeFileSync(f, text)
  return f
}

/** Runs the CLI in this process (the sources, not dist/cli.js) and captures its output. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io = {
    out: { write: (s: string) => ((stdout += s), true) } as unknown as NodeJS.WriteStream,
    err: { write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WriteStream
  }
  const code = await main(args, io as unknown as Parameters<typeof main>[1])
  return { code, stdout, stderr }
}

export interface JsonFinding {
  rule: string
  status: string
  severity: string
  message: string
  waiver?: { reason: string; expires: string; ticket?: string }
}

export function findingOf(json: string, rule: string): JsonFinding {
  const r = JSON.parse(json) as { images: Array<{ findings: JsonFinding[] }> }
  const f = r.images.flatMap(i => i.findings).find(x => x.rule === rule)
  if (!f) throw new Error(`no finding for ${rule}`)
  return f
}
