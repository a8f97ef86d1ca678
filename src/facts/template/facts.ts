/**
 * templateFacts(): the partial facts document of each image a template builds (one per build × azure-arm
 * source), with the template location of every fact. Declared facts: they rank with manifest custom_data,
 * below anything observed (probe, VHD footer).
 */
import { UserError } from '../../errors.js'
import { inert } from '../../text.js'
import { appliesTo } from './extract.js'
import { displayPath } from './input.js'
import { forSource, provisionerSteps } from './steps.js'
import type { Value } from './evaluate.js'
import type {
  AzureSource,
  BuildSource,
  Provisioner,
  TemplateLocation,
  TemplateModel,
  TemplateValue
} from './types.js'

export interface UnresolvedFact {
  /** The fact it would have given, when there is one. */
  fact?: string
  attribute: string
  expr: string
  reason: string
  location: TemplateLocation
}

export interface TemplateImageFacts {
  /** Packer's full name for the image: "<build>.azure-arm.<source>" (HCL2) or the builder name (JSON). */
  name: string
  build?: string
  source: string
  facts: Record<string, unknown> & { schema_version: 1 }
  provenance: Record<string, TemplateLocation>
  unresolved: UnresolvedFact[]
  /** The provisioners that run for this image, in order (only/except applied). */
  provisioners: Provisioner[]
}

function known(v: TemplateValue | undefined): Value | undefined {
  return v && !v.unresolved ? v.value : undefined
}

function str(v: TemplateValue | undefined): string | undefined {
  const x = known(v)
  if (typeof x === 'string') return x === '' ? undefined : x
  if (typeof x === 'number') return String(x)
  return undefined
}

function bool(v: TemplateValue | undefined): boolean | undefined {
  const x = known(v)
  if (typeof x === 'boolean') return x
  if (x === 'true' || x === 'false') return x === 'true'
  return undefined
}

function num(v: TemplateValue | undefined): number | undefined {
  const x = known(v)
  if (typeof x === 'number') return x
  if (typeof x === 'string' && /^\d+(\.\d+)?$/.test(x.trim())) return Number(x)
  return undefined
}

export function templateFacts(model: TemplateModel, opts: { build?: string } = {}): TemplateImageFacts[] {
  const images: Array<{ build?: string; bs: BuildSource; provisioners: Provisioner[] }> = []
  for (const b of model.builds) {
    for (const bs of b.sources) {
      const entry: { build?: string; bs: BuildSource; provisioners: Provisioner[] } = {
        bs,
        provisioners: b.provisioners
          .filter(p => appliesTo(p, bs, model.format))
          .map(p => forSource(p, bs.source.name))
      }
      if (b.name !== undefined) entry.build = b.name
      images.push(entry)
    }
  }
  let chosen = images
  if (opts.build !== undefined) {
    const want = opts.build
    chosen = images.filter(i => i.build === want || i.bs.name === want || i.bs.source.name === want)
    if (chosen.length === 0) {
      const names = images.map(i => i.bs.name)
      throw new UserError(
        `build ${inert(want)} not found in ${inert(model.root)}${names.length ? ` (it builds: ${names.map(n => inert(n)).join(', ')})` : ' (it builds no azure-arm image)'}`
      )
    }
  }
  const cwd = model.cwd ?? process.cwd()
  const shown = (abs: string) => displayPath(abs, process.cwd())
  return chosen.map(i => imageFacts(i.bs, i.provisioners, i.build, cwd, shown))
}

function imageFacts(
  bs: BuildSource,
  provisioners: Provisioner[],
  build: string | undefined,
  cwd: string,
  shown: (abs: string) => string
): TemplateImageFacts {
  const src: AzureSource = bs.source
  const a = src.attributes
  const facts: TemplateImageFacts['facts'] = { schema_version: 1 }
  const provenance: Record<string, TemplateLocation> = {}
  const unresolved: UnresolvedFact[] = []
  const put = (obj: Record<string, unknown>, dotted: string, value: unknown, where: TemplateLocation) => {
    const keys = dotted.split('.')
    let o = obj
    for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>
    o[keys[keys.length - 1]!] = value
    provenance[dotted] = where
  }
  const miss = (attribute: string, v: TemplateValue | undefined, fact?: string) => {
    if (v?.unresolved)
      unresolved.push({
        ...(fact ? { fact } : {}),
        attribute,
        expr: v.expr,
        reason: v.reason,
        location: v.location
      })
  }

  put(facts, 'image.builder_type', 'azure-arm', src.location)

  // os.declared_type
  const osType = str(a.os_type)
  if (osType && /^(linux|windows)$/i.test(osType))
    put(
      facts,
      'os.declared_type',
      osType.toLowerCase() === 'linux' ? 'Linux' : 'Windows',
      a.os_type!.location
    )
  else miss('os_type', a.os_type, 'os.declared_type')

  // disks
  put(facts, 'disks.os_disk_count', 1, src.location)
  const osSize = num(a.os_disk_size_gb)
  if (osSize !== undefined && osSize > 0) put(facts, 'disks.os.size_gb', osSize, a.os_disk_size_gb!.location)
  else miss('os_disk_size_gb', a.os_disk_size_gb, 'disks.os.size_gb')
  const extra = a.disk_additional_size
  if (!extra) put(facts, 'disks.data', [], src.location)
  else if (
    !extra.unresolved &&
    Array.isArray(extra.value) &&
    extra.value.every(x => typeof x === 'number' || (typeof x === 'string' && /^\d+$/.test(x)))
  )
    put(
      facts,
      'disks.data',
      extra.value.map((x, lun) => ({ lun, size_gb: Number(x) })),
      extra.location
    )
  else if (extra.unresolved) miss('disk_additional_size', extra, 'disks.data')
  else
    unresolved.push({
      fact: 'disks.data',
      attribute: 'disk_additional_size',
      expr: extra.expr,
      reason: 'not a list of sizes',
      location: extra.location
    })

  // image name: the managed image, else the gallery image definition
  const sig = src.shared_image_gallery_destination
  const managed = str(a.managed_image_name)
  const galleryImage = str(sig?.attributes.image_name)
  // An unresolved managed_image_name leaves the name unknown rather than falling back to the gallery's.
  if (managed) put(facts, 'image.name', managed, a.managed_image_name!.location)
  else if (galleryImage && !a.managed_image_name?.unresolved)
    put(facts, 'image.name', galleryImage, sig!.attributes.image_name!.location)

  // sku.version from the gallery image version
  const ver = str(sig?.attributes.image_version)
  if (ver) {
    put(facts, 'sku.version', ver, sig!.attributes.image_version!.location)
    ;(facts.sku as Record<string, unknown>).version_sources = [{ source: 'template', value: ver }]
  } else miss('shared_image_gallery_destination.image_version', sig?.attributes.image_version, 'sku.version')

  // template.*: what only a template knows
  put(facts, 'template.source', bs.name, bs.location)
  if (build !== undefined) facts.template = { ...(facts.template as object), build }
  const t = (
    key: string,
    attribute: keyof typeof a,
    conv: (v: TemplateValue | undefined) => unknown = str
  ) => {
    const v = a[attribute]
    const x = conv(v)
    if (x !== undefined) put(facts, `template.${key}`, x, v!.location)
    else miss(attribute, v, `template.${key}`)
  }
  t('base_image.publisher', 'image_publisher')
  t('base_image.offer', 'image_offer')
  t('base_image.sku', 'image_sku')
  t('base_image.version', 'image_version')
  t('base_image.url', 'image_url')
  t('base_image.custom_managed_image_name', 'custom_managed_image_name')
  // A Windows image's declared base image is what WIN-001 judges before any build (a probe outranks it).
  if ((facts.os as Record<string, unknown> | undefined)?.declared_type === 'Windows') {
    const parts = {
      publisher: a.image_publisher,
      offer: a.image_offer,
      sku: a.image_sku,
      version: a.image_version
    } as const
    let any = false
    for (const [k, v] of Object.entries(parts)) {
      const x = str(v)
      // "latest" names no version: leave it out rather than state one.
      if (x === undefined || (k === 'version' && x.toLowerCase() === 'latest')) continue
      put(facts, `windows.base_image.${k}`, x, v!.location)
      any = true
    }
    if (any) (facts.windows as { base_image: Record<string, unknown> }).base_image.source = 'template'
  }
  t('vm_size', 'vm_size')
  t('security_type', 'security_type')
  t('secure_boot_enabled', 'secure_boot_enabled', bool)
  t('vtpm_enabled', 'vtpm_enabled', bool)
  t('keep_os_disk', 'keep_os_disk', bool)
  t('managed_image_name', 'managed_image_name')
  t('capture_container_name', 'capture_container_name')
  t('capture_name_prefix', 'capture_name_prefix')
  if (sig) {
    for (const k of ['gallery_name', 'image_name', 'image_version', 'resource_group'] as const) {
      const v = sig.attributes[k]
      const x = str(v)
      if (x !== undefined) put(facts, `template.gallery_destination.${k}`, x, v!.location)
      else if (k !== 'image_version')
        miss(`shared_image_gallery_destination.${k}`, v, `template.gallery_destination.${k}`)
    }
    provenance['template.gallery_destination'] ??= sig.location
  }

  const provs = provisioners.map((p, n) => {
    provenance[`template.provisioners.${n}`] = p.location
    const out: Record<string, unknown> = { index: p.index, type: p.type }
    if (p.inline) {
      out.inline = p.inline.map((l, j) => {
        provenance[`template.provisioners.${n}.inline.${j}`] = l.location
        return l.text
      })
    }
    if (p.scripts) {
      out.scripts = p.scripts.map((s, j) => {
        provenance[`template.provisioners.${n}.scripts.${j}`] = s.location
        return s.path
      })
    }
    if (p.execute_command) {
      provenance[`template.provisioners.${n}.execute_command`] = p.execute_command.location
      out.execute_command = p.execute_command.text
    }
    if (p.direction !== undefined) out.direction = p.direction
    out.steps = provisionerSteps(p, cwd, shown).map((st, k) => {
      provenance[`template.provisioners.${n}.steps.${k}`] = st.location
      return { text: st.text, from: st.from, ...(st.unresolved ? { unresolved: true } : {}) }
    })
    if (
      p.inline?.some(l => l.unresolved) ||
      p.scripts?.some(s => s.unresolved) ||
      p.execute_command?.unresolved
    )
      out.unresolved = true
    return out
  })
  facts.template = { ...(facts.template as object), provisioners: provs }
  if (unresolved.length) {
    ;(facts.template as Record<string, unknown>).unresolved = unresolved.map(u => ({
      attribute: u.attribute,
      expr: u.expr,
      reason: u.reason
    }))
  }
  const out: TemplateImageFacts = {
    name: bs.name,
    source: src.name,
    facts,
    provenance,
    unresolved,
    provisioners
  }
  if (build !== undefined) out.build = build
  return out
}
