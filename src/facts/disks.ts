/**
 * The disks source: --vhd files and --sas URIs as ONE source, combined per disk (data disks by LUN). With
 * network checks, each SAS URI is verified against the real service (HEAD + ranged footer read), and the OS
 * disk's Linux facts are read from the blob behind it (else from the --vhd os= file).
 */
import { UserError } from '../errors.js'
import { registerSignatures } from '../redact.js'
import type { Settings } from '../settings.js'
import { parseSasInputs, type SasFacts, type SasLive } from './sas.js'
import { PRIORITY, type Origin, type PartialFacts, type SourceRead } from './types.js'
import {
  assignDisks,
  DiskFactsBuilder,
  isFixedVhd,
  readVhdFooter,
  type DiskPartialFacts,
  type ReadOptions,
  type VhdFacts
} from './vhd.js'

/** The `live` object derived from a footer read through the SAS URI. */
export function liveFromVhd(v: VhdFacts): SasLive {
  const live: SasLive = { checked: true }
  if (v.http_status !== undefined) {
    live.status = v.http_status
    live.readable = v.http_status >= 200 && v.http_status < 300
  }
  if (v.blob_type) live.blob_type = v.blob_type
  const fixed = isFixedVhd(v)
  if (fixed !== undefined) live.footer_fixed = fixed
  if (v.error) live.error = v.error
  return live
}

/** Check a parsed SAS against the real service: HEAD + Range read of the footer. Never throws. */
export async function verifySasLive(sas: SasFacts, uri: string, opts: ReadOptions = {}): Promise<SasLive> {
  return (await verifySasLiveWithFooter(sas, uri, opts)).live
}

async function verifySasLiveWithFooter(
  sas: SasFacts,
  uri: string,
  opts: ReadOptions
): Promise<{ live: SasLive; vhd?: VhdFacts }> {
  if (sas.parse_error && (sas.scheme === undefined || !/^https?$/.test(sas.scheme))) {
    return { live: { checked: false, error: `not checked: ${sas.parse_error}` } }
  }
  registerSignatures(uri)
  const vhd = await readVhdFooter(uri, opts)
  return { live: liveFromVhd(vhd), vhd }
}

export interface SasFactsOptions extends ReadOptions {
  /** Evaluation time (epoch seconds), for windows without `st`. */
  now?: number
  /** Read each blob's footer through its SAS (`network-checks`). Default false. */
  network?: boolean
  /** When reading live, also record the footer as `disks.<disk>.vhd` (observed size). Default true. */
  footerFacts?: boolean
  /** Name of the input, for error messages ("sas-uris", "--sas"). */
  inputName?: string
  /** Add live footers to this builder instead of the returned document (to combine with --vhd files). */
  disks?: DiskFactsBuilder
}

export interface SasPartialFacts extends DiskPartialFacts {
  sas?: SasFacts[]
}

/**
 * Parse SAS inputs (and verify them live when `network` is on) into a partial facts document: `sas[]`,
 * provenance `sas.N` → `{source: "sas", detail: disk}`, and, from live reads, `disks.*.vhd` / `size_gb`.
 * `errors` are one-line, redacted messages for malformed input lines.
 */
export async function sasFacts(
  lines: string[],
  opts: SasFactsOptions = {}
): Promise<{ facts: SasPartialFacts; errors: string[] }> {
  const parsed = parseSasInputs(lines, opts.now, opts.inputName)
  const builder = opts.disks ?? new DiskFactsBuilder()
  if (opts.network) {
    const results = await Promise.all(
      parsed.sas.map((s, i) => verifySasLiveWithFooter(s, parsed.uris[i] ?? '', opts))
    )
    results.forEach((r, i) => {
      const s = parsed.sas[i] as SasFacts
      s.live = r.live
      if (opts.footerFacts !== false && r.vhd && !r.vhd.error) {
        builder.add(s.disk, r.vhd, { source: 'sas', detail: `${s.disk} (footer read through the SAS URI)` })
      }
    })
  }
  const facts: SasPartialFacts = opts.disks ? {} : builder.build()
  if (parsed.sas.length > 0) {
    facts.sas = parsed.sas
    const provenance = (facts.provenance ??= {})
    parsed.sas.forEach((s, i) => {
      provenance[`sas.${i}`] = { source: 'sas', detail: s.disk }
    })
  }
  return { facts, errors: parsed.errors }
}

export interface ObservedOptions extends ReadOptions {
  /** `--vhd` / input `vhd` entries. */
  vhd?: string[]
  /** `--sas` / input `sas-uris` lines. */
  sas?: string[]
  /** Read footers through the SAS URIs (`network-checks`). */
  network?: boolean
  now?: number
  inputName?: string
  /** Read the OS disk's partition table and root filesystem for Linux facts (default true). */
  readLinux?: boolean
}

/**
 * The VHD and SAS sources as ONE pipeline source, so that disks seen through both are combined per disk
 * (data disks by LUN) instead of one source's `disks.data` array replacing the other's. For a disk given
 * both ways, the footer read through the SAS URI wins: that blob is what certification downloads.
 * Returns undefined when neither input is given. Throws `UserError` for malformed SAS lines.
 */
export async function observedPartial(
  opts: ObservedOptions
): Promise<(PartialFacts & { notes?: string[] }) | undefined> {
  const vhd = opts.vhd ?? []
  const sas = opts.sas ?? []
  if (vhd.length === 0 && sas.length === 0) return undefined
  const disks = new DiskFactsBuilder()
  const refs = assignDisks(vhd)
  const footers = await Promise.all(refs.map(r => readVhdFooter(r.source, opts)))
  refs.forEach((r, i) => {
    const v = footers[i] as VhdFacts
    disks.add(r.disk, v, { source: 'vhd', file: v.location })
  })
  const { facts, errors } = await sasFacts(sas, { ...opts, disks })
  if (errors.length > 0) throw new UserError(errors.join('; '))
  const built = disks.build()
  const provenance = { ...built.provenance, ...facts.provenance }
  const out: Record<string, unknown> = {}
  if (built.disks) out.disks = built.disks
  if (facts.sas) out.sas = facts.sas
  const origin: Origin = { kind: vhd.length === 0 ? 'sas' : sas.length === 0 ? 'vhd' : 'disks' }
  const notes: string[] = []
  if (opts.readLinux !== false) {
    // The OS disk's own Linux facts: the blob behind the SAS URI when network checks are on (that is what
    // certification downloads), else the --vhd os= file. Only a readable fixed VHD footer is worth it.
    const osSas = opts.network ? (facts.sas?.findIndex(s => s.disk === 'os') ?? -1) : -1
    const osFile = refs.findIndex(r => r.disk === 'os')
    const target =
      osSas >= 0
        ? { source: sasUris(sas)[osSas] ?? '', via: 'sas' as const }
        : osFile >= 0 && !footers[osFile]?.error
          ? { source: refs[osFile]?.source ?? '', via: 'vhd' as const }
          : undefined
    if (target?.source) {
      const { readLinuxFromDisk } = await import('./disk/linux.js')
      const r = await readLinuxFromDisk(target.source, { via: target.via, disk: 'os' })
      notes.push(...r.notes)
      if (r.facts) for (const k of ['stage', 'os', 'linux']) if (r.facts[k] !== undefined) out[k] = r.facts[k]
      // The partition table goes beside the footer facts (disks.os.vhd), even without Linux facts.
      if (r.partitionTable) {
        const d = (out.disks ??= {}) as Record<string, Record<string, unknown> | undefined>
        d.os = { ...d.os, partition_table: r.partitionTable }
      }
      Object.assign(provenance, r.provenance)
    }
  }
  return { image: '', origin, priority: PRIORITY.observed, facts: out, provenance, notes }
}

/** The URIs of SAS input lines, in the order parseSasInputs gives them. */
function sasUris(lines: string[]): string[] {
  return parseSasInputs(lines).uris
}

/** The disks source (--vhd files and --sas URIs, combined per disk): reads bounded to 30 s, never throw. */
export async function readSource(s: Settings): Promise<SourceRead> {
  const observed = await observedPartial({
    vhd: s.vhd,
    sas: s.sas,
    network: s.networkChecks === true,
    now: Math.floor(s.now.getTime() / 1000),
    timeoutMs: 30_000,
    inputName: 'sas'
  })
  if (!observed) return { partials: [], notes: [] }
  const { notes, ...partial } = observed
  return { partials: [partial], notes: notes ?? [] }
}
