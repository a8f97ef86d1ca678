import { UserError } from '../errors.js'
import { inert } from '../text.js'
import type { Location } from '../types.js'
import { readJsonFile, type Pos } from './json-file.js'
import type { Settings } from '../settings.js'
import { PRIORITY, type PartialFacts, type SourceRead } from './types.js'

/** What an azure-arm artifact_id points at. */
export type ArtifactKind = 'managed_image' | 'gallery_image_version' | 'vhd' | 'os_disk' | 'unknown'

export interface ParsedArtifact {
  kind: ArtifactKind
  subscription?: string
  resourceGroup?: string
  name?: string
  gallery?: string
  imageDefinition?: string
  version?: string
  url?: string
}

const RID = '^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.Compute/'

/**
 * Every form of azure-arm artifact_id: a managed image resource ID, a Compute Gallery image version ID,
 * a VHD URI (VHD builds, or keep_os_disk on an unmanaged disk) and a managed OS disk ID (keep_os_disk).
 */
export function parseArtifactId(id: string): ParsedArtifact {
  let m = new RegExp(`${RID}galleries/([^/]+)/images/([^/]+)/versions/([^/]+)$`, 'i').exec(id)
  if (m)
    return {
      kind: 'gallery_image_version',
      subscription: m[1],
      resourceGroup: m[2],
      gallery: m[3],
      imageDefinition: m[4],
      version: m[5]
    }
  m = new RegExp(`${RID}images/([^/]+)$`, 'i').exec(id)
  if (m) return { kind: 'managed_image', subscription: m[1], resourceGroup: m[2], name: m[3] }
  m = new RegExp(`${RID}disks/([^/]+)$`, 'i').exec(id)
  if (m) return { kind: 'os_disk', subscription: m[1], resourceGroup: m[2], name: m[3] }
  if (/^https?:\/\/[^/]+\/.+\.vhd(\?.*)?$/i.test(id)) {
    const url = id.replace(/\?.*$/, '')
    return { kind: 'vhd', url, name: url.slice(url.lastIndexOf('/') + 1) }
  }
  return { kind: 'unknown' }
}

/**
 * custom_data keys read as declared facts (Packer stores custom_data values as strings):
 *   os_type               Linux | Windows                  -> os.declared_type
 *   offer, sku, version   marketplace offer/SKU/version    -> sku.offer, sku.sku, sku.version
 *   os_disk_size_gb       number                           -> disks.os.size_gb
 *   data_disk_sizes_gb    "10,20" (LUN order)              -> disks.data[].size_gb
 *   os_disk_state         Generalized | Specialized        -> disks.os.state
 *   stage                 build | deployed                 -> stage
 * Other keys are ignored (and listed with --verbose).
 */
export const CUSTOM_DATA_KEYS = [
  'os_type',
  'offer',
  'sku',
  'version',
  'os_disk_size_gb',
  'data_disk_sizes_gb',
  'os_disk_state',
  'stage'
] as const

export interface ManifestBuild {
  name: string
  builder_type: string
  artifact_id?: string
  packer_run_uuid?: string
  index: number
}

export interface ManifestResult {
  images: PartialFacts[]
  notes: string[]
}

const AZURE = new Set(['azure-arm'])

export function readManifest(file: string, opts: { build?: string } = {}): ManifestResult {
  const { value, positions } = readJsonFile(file, 'Packer manifest')
  const where = (p: string): Location => {
    const pos: Pos | undefined = positions.get(p)
    return pos
      ? { source: 'manifest', file, line: pos.line, column: pos.column }
      : { source: 'manifest', file }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UserError(
      `${inert(file)}: a Packer manifest is a JSON object with "builds"; found ${kind(value)}`
    )
  const doc = value as Record<string, unknown>
  if (!Array.isArray(doc.builds))
    throw new UserError(
      `${inert(file)}:${pos(positions, '')}: not a Packer manifest: "builds" is ${doc.builds === undefined ? 'missing' : `a ${kind(doc.builds)}, not an array`}`
    )
  const builds: ManifestBuild[] = []
  doc.builds.forEach((b, index) => {
    if (typeof b !== 'object' || b === null || Array.isArray(b))
      throw new UserError(
        `${inert(file)}:${pos(positions, `builds.${index}`)}: builds[${index}] is a ${kind(b)}, not an object`
      )
    const r = b as Record<string, unknown>
    for (const k of ['name', 'builder_type', 'artifact_id', 'packer_run_uuid'] as const)
      if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string')
        throw new UserError(
          `${inert(file)}:${pos(positions, `builds.${index}.${k}`)}: builds[${index}].${k} must be a string, found ${kind(r[k])}`
        )
    builds.push({
      name: (r.name as string | undefined) ?? `build-${index}`,
      builder_type: (r.builder_type as string | undefined) ?? '',
      artifact_id: r.artifact_id as string | undefined,
      packer_run_uuid: r.packer_run_uuid as string | undefined,
      index
    })
  })
  if (builds.length === 0) throw new UserError(`${inert(file)}: the manifest has no builds`)

  const notes: string[] = []
  let selected = builds
  const last = typeof doc.last_run_uuid === 'string' ? doc.last_run_uuid : undefined
  if (opts.build !== undefined) {
    selected = builds.filter(b => b.name === opts.build || b.name.endsWith(`.${opts.build}`))
    if (selected.length === 0)
      throw new UserError(
        `${inert(file)}: no build named "${inert(opts.build)}"; builds: ${builds
          .slice(0, 20)
          .map(b => inert(b.name, 60))
          .join(', ')}${builds.length > 20 ? ` and ${builds.length - 20} more` : ''}`
      )
    if (selected.length > 1 && last) selected = selected.filter(b => b.packer_run_uuid === last).slice(-1)
    selected = selected.slice(-1)
  } else if (last) {
    const ofLast = builds.filter(b => b.packer_run_uuid === last)
    if (ofLast.length > 0) selected = ofLast
    else notes.push(`no build has last_run_uuid ${inert(last, 60)}; checking every build`)
  }
  const azure = selected.filter(b => AZURE.has(b.builder_type))
  if (azure.length === 0) {
    const types = [...new Set(selected.map(b => b.builder_type || '(none)'))]
      .map(t => inert(t, 40))
      .join(', ')
    throw new UserError(
      `${inert(file)}: no azure-arm build to check (builder types found: ${types}); nothing was evaluated`
    )
  }
  for (const b of selected)
    if (!AZURE.has(b.builder_type))
      notes.push(`skipped build ${inert(b.name, 80)}: builder ${inert(b.builder_type, 40)} is not azure-arm`)

  const images = azure.map(b => buildFacts(file, b, doc.builds as Record<string, unknown>[], where))
  // Two builds of the same source in one run carry the same name in Packer's manifest: they are two images
  // (keyed "NAME#1", "NAME#2" in build order), never merged into one.
  const count = new Map<string, number>()
  for (const b of azure) count.set(b.name, (count.get(b.name) ?? 0) + 1)
  const seen = new Map<string, number>()
  azure.forEach((b, i) => {
    if ((count.get(b.name) ?? 0) < 2) return
    const n = (seen.get(b.name) ?? 0) + 1
    seen.set(b.name, n)
    images[i] = { ...images[i]!, image: `${b.name}#${n}` }
    if (n === 1)
      notes.push(
        `${count.get(b.name)} builds named ${inert(b.name, 80)} in one run: checked as ${inert(b.name, 80)}#1…#${count.get(b.name)}`
      )
  })
  return { images, notes }
}

function buildFacts(
  file: string,
  b: ManifestBuild,
  raw: Record<string, unknown>[],
  where: (p: string) => Location
): PartialFacts {
  const base = `builds.${b.index}`
  const facts: Record<string, unknown> = { schema_version: 1 }
  const provenance: Record<string, Location> = {}
  const set = (path: string, v: unknown, from: string) => {
    setPath(facts, path, v)
    provenance[path] = where(from)
  }
  const image: Record<string, unknown> = { name: b.name, builder_type: b.builder_type }
  const r = raw[b.index] as Record<string, unknown>
  if (typeof r.build_time === 'number' && Number.isInteger(r.build_time)) image.build_time = r.build_time
  if (b.packer_run_uuid) image.packer_run_uuid = b.packer_run_uuid
  if (b.artifact_id) {
    const art = parseArtifactId(b.artifact_id)
    image.artifact_id = art.kind === 'vhd' && art.url ? art.url : b.artifact_id
    image.artifact_kind = art.kind
    if (art.kind === 'gallery_image_version' && art.version) {
      set('sku.version', art.version, `${base}.artifact_id`)
      setPath(facts, 'sku.version_sources', [{ source: 'manifest artifact_id', value: art.version }])
    }
  }
  if (Array.isArray(r.files))
    image.files = r.files
      .filter((f): f is Record<string, unknown> => typeof f === 'object' && f !== null)
      .map(f => ({
        name: String(f.name ?? ''),
        ...(Number.isInteger(f.size) ? { size: f.size as number } : {})
      }))
  facts.image = image
  provenance.image = where(base)
  // One azure-arm artifact is one image with exactly one OS disk.
  set('disks.os_disk_count', 1, `${base}.builder_type`)

  const cd = r.custom_data
  if (cd !== undefined && cd !== null) {
    if (typeof cd !== 'object' || Array.isArray(cd))
      throw new UserError(
        `${inert(file)}: builds[${b.index}].custom_data must be an object, found ${kind(cd)}`
      )
    const c = cd as Record<string, unknown>
    const text = (k: string): string | undefined => {
      const v = c[k]
      if (v === undefined || v === null || v === '') return undefined
      if (typeof v !== 'string' && typeof v !== 'number')
        throw new UserError(
          `${inert(file)}: builds[${b.index}].custom_data.${k} must be a string, found ${kind(v)}`
        )
      return String(v).trim()
    }
    const num = (k: string): number | undefined => {
      const t = text(k)
      if (t === undefined) return undefined
      const n = Number(t)
      if (!Number.isFinite(n) || n < 0)
        throw new UserError(
          `${inert(file)}: builds[${b.index}].custom_data.${k} must be a number of GB, found "${inert(t, 60)}"`
        )
      return n
    }
    const p = (k: string) => `${base}.custom_data.${k}`
    const osType = text('os_type')
    if (osType !== undefined) {
      const norm = /^linux$/i.test(osType) ? 'Linux' : /^windows$/i.test(osType) ? 'Windows' : undefined
      if (!norm)
        throw new UserError(
          `${inert(file)}: builds[${b.index}].custom_data.os_type must be Linux or Windows, found "${inert(osType, 60)}"`
        )
      set('os.declared_type', norm, p('os_type'))
    }
    for (const k of ['offer', 'sku'] as const) {
      const v = text(k)
      if (v !== undefined) set(`sku.${k}`, v, p(k))
    }
    const version = text('version')
    if (version !== undefined) {
      set('sku.version', version, p('version'))
      const sources = (getPath(facts, 'sku.version_sources') as unknown[] | undefined) ?? []
      setPath(facts, 'sku.version_sources', [...sources, { source: 'manifest custom_data', value: version }])
    }
    const osSize = num('os_disk_size_gb')
    if (osSize !== undefined) set('disks.os.size_gb', osSize, p('os_disk_size_gb'))
    const state = text('os_disk_state')
    if (state !== undefined) {
      if (state !== 'Generalized' && state !== 'Specialized')
        throw new UserError(
          `${inert(file)}: builds[${b.index}].custom_data.os_disk_state must be Generalized or Specialized, found "${inert(state, 60)}"`
        )
      set('disks.os.state', state, p('os_disk_state'))
    }
    const stage = text('stage')
    if (stage !== undefined) {
      if (stage !== 'build' && stage !== 'deployed')
        throw new UserError(
          `${inert(file)}: builds[${b.index}].custom_data.stage must be build or deployed, found "${inert(stage, 60)}"`
        )
      set('stage', stage, p('stage'))
    }
    // Present but empty declares "no data disks"; absent leaves the fact unknown.
    const dataSizes =
      typeof c.data_disk_sizes_gb === 'string' && c.data_disk_sizes_gb.trim() === ''
        ? ''
        : text('data_disk_sizes_gb')
    if (dataSizes !== undefined) {
      const parts = dataSizes.split(/[,\s]+/).filter(Boolean)
      const disks = parts.map((s, lun) => {
        const n = Number(s)
        if (!Number.isFinite(n) || n < 0)
          throw new UserError(
            `${inert(file)}: builds[${b.index}].custom_data.data_disk_sizes_gb must list numbers of GB ("10,20"), found "${inert(s, 40)}"`
          )
        provenance[`disks.data.${lun}`] = where(p('data_disk_sizes_gb'))
        return { lun, size_gb: n }
      })
      setPath(facts, 'disks.data', disks)
      provenance['disks.data'] = where(p('data_disk_sizes_gb'))
    }
  }
  return { image: b.name, origin: { kind: 'manifest', file }, priority: PRIORITY.declared, facts, provenance }
}

function pos(positions: Map<string, Pos>, p: string): string {
  const x = positions.get(p)
  return x ? `${x.line}:${x.column}` : '1:1'
}

export function kind(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

export function setPath(obj: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.')
  let cur: Record<string, unknown> = obj
  for (const k of keys.slice(0, -1)) {
    const next = cur[k]
    if (typeof next !== 'object' || next === null || Array.isArray(next)) cur[k] = {}
    cur = cur[k] as Record<string, unknown>
  }
  cur[keys[keys.length - 1] as string] = v
}

export function getPath(obj: unknown, path: string): unknown {
  let cur = obj
  for (const k of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

/** The manifest source: one partial per build (or the one --build names). */
export async function readSource(s: Settings): Promise<SourceRead> {
  const m = readManifest(s.manifest as string, { build: s.build })
  return { partials: m.images, notes: m.notes }
}
