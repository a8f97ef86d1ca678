/** Two builds of the same source in one Packer run carry the same manifest name: two images, not one. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readManifest } from '../../src/facts/manifest.js'

test('same name twice in the last run: NAME#1 and NAME#2, each with its own facts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-man-'))
  const f = path.join(dir, 'packer-manifest.json')
  const build = (disk: string) => ({
    name: 'image',
    builder_type: 'azure-arm',
    artifact_id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/img',
    packer_run_uuid: 'run-1',
    custom_data: { os_type: 'Linux', os_disk_size_gb: disk }
  })
  fs.writeFileSync(f, JSON.stringify({ builds: [build('30'), build('64')], last_run_uuid: 'run-1' }))
  const r = readManifest(f)
  expect(r.images.map(i => i.image)).toEqual(['image#1', 'image#2'])
  expect(r.images.map(i => (i.facts as any).disks.os.size_gb)).toEqual([30, 64])
  expect(r.notes.join('\n')).toMatch(/2 builds named image in one run/)
})
