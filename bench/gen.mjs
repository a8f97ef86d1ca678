// Generates varied facts documents (with failures) for the benchmark. Deterministic (seeded).
// Linux documents start from the probe's output on the compliant Debian root and are mutated per document.
import fs from 'node:fs'

const linuxBase = JSON.parse(
  fs.readFileSync(new URL('../examples/compliant/linux.facts.json', import.meta.url), 'utf8')
)

export function generate(n, seed = 42) {
  let x = seed >>> 0
  const rnd = () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32
  const pick = xs => xs[Math.floor(rnd() * xs.length)]
  const docs = []
  for (let i = 0; i < n; i++) {
    const linux = rnd() < 0.7
    const dataCount = Math.floor(rnd() * 4)
    const doc = {
      schema_version: 1,
      image: { name: `image-${i}`, builder_type: 'azure-arm', artifact_kind: 'managed_image' },
      stage: 'build',
      os: {
        type: linux ? 'Linux' : 'Windows',
        declared_type: rnd() < 0.95 ? (linux ? 'Linux' : 'Windows') : linux ? 'Windows' : 'Linux',
        architecture: pick(['x86_64', 'x86_64', 'aarch64', 'i686'])
      },
      sku: {
        offer: pick(['contoso-appliance', 'Contoso Appliance', 'fabrikam-vm']),
        sku: pick(['standard-gen2', 'premium', 'gen1_legacy']),
        version: pick(['1.0.3', '1.0.4', '1.1.0', 'v2.0', '1.0.10']),
        published_versions: ['1.0.0', '1.0.1', '1.0.2', '1.0.3'].slice(0, 1 + Math.floor(rnd() * 4))
      },
      disks: {
        os_disk_count: rnd() < 0.98 ? 1 : 2,
        os: {
          size_gb: linux ? pick([30, 30, 32, 50, 64, 20]) : pick([128, 128, 127, 256]),
          state: rnd() < 0.95 ? 'Generalized' : 'Specialized'
        },
        data: Array.from({ length: dataCount }, (_, lun) => ({
          lun,
          size_gb: pick([10, 100, 1023, 1100]),
          empty: true
        }))
      }
    }
    if (linux) {
      const l = structuredClone(linuxBase.linux)
      l.ssh.client_alive_interval.value = pick([180, 180, 180, 600, 20, 120])
      if (rnd() < 0.2) l.generalization.resolv_conf = { present: true, nameservers: 1 }
      if (rnd() < 0.2)
        l.history.files = [{ file: '/root/.bash_history', user: 'root', size: 1 + Math.floor(rnd() * 4096) }]
      if (rnd() < 0.1) delete l.updates
      doc.linux = l
      doc.os = { ...linuxBase.os, ...doc.os, type: 'Linux' }
    }
    docs.push(doc)
  }
  return docs
}
