/**
 * Unknowns grouped by what is missing, decided once for every reporter (terminal, job summary, comment).
 *
 * Per image, the unknown findings whose missing facts one known source would give (the Linux probe's
 * output, the SAS URIs, …) form one group per source, and per verdict: the unknowns that fail the run are
 * never in the same group as those that only warn. A finding unknown for its own reason (a missing fact no
 * known source gives, or a missing entry that says why, e.g. "… (not understood: …)") is not grouped: it
 * keeps its own row.
 */
import type { Finding } from '../types.js'
import type { Report } from './types.js'
import { verdictOf } from '../verdict.js'
import { compareNatural } from '../text.js'

/** Where each kind of missing fact comes from, and how to get it (first match wins). */
const FACT_SOURCES: ReadonlyArray<{ re: RegExp; source: string }> = [
  {
    re: /^linux\./,
    source:
      "the Linux probe's output: run probes/linux/probe.sh (vm-image-policy probe), see docs/linux-probe.md"
  },
  { re: /^windows\./, source: "the Windows probe's output: run probes/windows/probe.ps1 in the VM" },
  { re: /^sas(\.|$)/, source: 'the SAS URIs: give --sas os=URL (input sas-uris)' },
  { re: /^(vhd|disks\..*\.(vhd|footer))(\.|$)/, source: 'the VHD footers: give --vhd (input vhd) or --sas' },
  {
    re: /^sku\.(offer|sku)$/,
    source: 'the offer and SKU IDs: give --sku OFFER/SKU, or custom_data offer and sku'
  },
  {
    re: /^sku\.version/,
    source: 'the proposed version: give --version (input version), or custom_data version'
  },
  {
    re: /^sku\./,
    source: "the SKU's published versions: give --ledger (input ledger) or --history tags"
  },
  { re: /^template\./, source: 'the Packer template: give --template (input template)' },
  { re: /^disks(\.|$)/, source: 'the disk layout: the Packer manifest or template (custom_data)' },
  {
    re: /^stage$/,
    source: "the stage the facts are from (build or deployed): a probe's output, or stage in a facts document"
  },
  {
    re: /^os\.declared_type$/,
    source: 'the declared OS type: custom_data os_type in the Packer manifest, or the template'
  },
  {
    re: /^os\./,
    source:
      "the OS type: a probe's output observes it; custom_data os_type in the manifest or the template declares it"
  }
]

export interface UnknownGroup {
  /** What is missing and how to get it. */
  source: string
  /** Whether these unknowns fail the run (a group never mixes the two). */
  fails: boolean
  findings: Finding[]
}

export interface ImageUnknowns {
  /** One group per missing source (and verdict), largest first. */
  groups: UnknownGroup[]
  /** Unknowns for their own reason: each keeps its own row. */
  own: Finding[]
}

/** The source that would give a missing fact, or undefined when none is known or the entry says why. */
function sourceOf(missing: string): string | undefined {
  if (/\s/.test(missing.trim())) return undefined
  return FACT_SOURCES.find(s => s.re.test(missing))?.source
}

/**
 * What a finding's unknowns are grouped under: the sources of its missing facts (the specific ones: linux.*
 * over os.type or stage), joined; undefined (own row) when any missing fact has no known source or says
 * why it is missing, or no fact is named.
 */
export function unknownSource(f: Pick<Finding, 'missing'>): string | undefined {
  const missing = f.missing ?? []
  if (missing.length === 0) return undefined
  const sources = missing.map(sourceOf)
  if (sources.some(s => s === undefined)) return undefined
  const generic = (m: string) => /^(os\.|stage$)/.test(m)
  const picked = missing.some(m => !generic(m)) ? sources.filter((_, i) => !generic(missing[i]!)) : sources
  return [...new Set(picked)].join('; and ')
}

/** An image's unknown findings (others are ignored), grouped (see the module comment). */
export function groupUnknowns(
  findings: Finding[],
  report: Pick<Report, 'mode' | 'fail_on' | 'unknown'>
): ImageUnknowns {
  const groups = new Map<string, UnknownGroup>()
  const own: Finding[] = []
  for (const f of findings) {
    if (f.status !== 'unknown') continue
    const source = unknownSource(f)
    if (source === undefined) {
      own.push(f)
      continue
    }
    const fails = verdictOf(f, report).fails
    const key = `${fails ? 1 : 0}\u0000${source}`
    const g = groups.get(key) ?? { source, fails, findings: [] }
    g.findings.push(f)
    groups.set(key, g)
  }
  return {
    groups: [...groups.values()].sort(
      (a, b) =>
        Number(b.fails) - Number(a.fails) ||
        b.findings.length - a.findings.length ||
        compareNatural(a.source, b.source)
    ),
    own
  }
}

/** `27 Linux rules need …`, `AZMP-REG-002 needs …` for a group (plain text). */
export function unknownGroupText(g: UnknownGroup): string {
  const n = g.findings.length
  if (n === 1) return `${g.findings[0]!.rule} needs ${g.source}`
  const areas = new Set(g.findings.map(f => f.area))
  const area = areas.size === 1 ? `${AREA_NAMES[[...areas][0]!] ?? ''} ` : ''
  return `${n} ${area.trimStart()}rules need ${g.source}`
}

/** How an area is named in "27 Linux rules". */
const AREA_NAMES: Record<string, string> = {
  sku: 'SKU',
  disks: 'disk',
  linux: 'Linux',
  windows: 'Windows',
  registration: 'registration',
  sas: 'SAS',
  custom: 'custom'
}

/** The rule IDs of a group, for a collapsed list. */
export function groupRules(g: UnknownGroup): string[] {
  return g.findings.map(f => f.rule)
}
