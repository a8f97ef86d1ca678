/** What a Packer template declares about its azure-arm images, with the place each value comes from. */
import type { Value } from './evaluate.js'

/** Same shape as `location` in schemas/facts.schema.json. */
export interface TemplateLocation {
  source: 'template'
  file: string
  line: number
  column: number
  end_line?: number
}

export type Resolved = { value: Value; expr: string; location: TemplateLocation; unresolved?: undefined }
export type Unresolved = { unresolved: true; expr: string; reason: string; location: TemplateLocation }
/** An attribute's value: known, or unresolved with the expression text and why. */
export type TemplateValue = Resolved | Unresolved

export const AZURE_ATTRIBUTES = [
  'os_type',
  'os_disk_size_gb',
  'disk_additional_size',
  'image_publisher',
  'image_offer',
  'image_sku',
  'image_version',
  'image_url',
  'custom_managed_image_name',
  'managed_image_name',
  'managed_image_resource_group_name',
  'capture_container_name',
  'capture_name_prefix',
  'vm_size',
  'security_type',
  'secure_boot_enabled',
  'vtpm_enabled',
  'keep_os_disk',
  'location',
  'build_resource_group_name',
  'communicator'
] as const
export type AzureAttribute = (typeof AZURE_ATTRIBUTES)[number]

export const GALLERY_ATTRIBUTES = [
  'subscription',
  'gallery_name',
  'resource_group',
  'image_name',
  'image_version',
  'replication_regions',
  'storage_account_type'
] as const

export interface AzureSource {
  type: 'azure-arm'
  name: string
  location: TemplateLocation
  attributes: Partial<Record<AzureAttribute, TemplateValue>>
  shared_image_gallery_destination?: {
    location: TemplateLocation
    attributes: Partial<Record<(typeof GALLERY_ATTRIBUTES)[number], TemplateValue>>
  }
}

export interface InlineLine {
  /** The command after evaluation; where something in it is unresolved, the source text of the string. */
  text: string
  unresolved?: true
  reason?: string
  location: TemplateLocation
}

export interface ScriptRef {
  path: string
  unresolved?: true
  reason?: string
  location: TemplateLocation
}

/** What a provisioner's `override` may replace for one source (the fields the rules read). */
export interface ProvisionerSettings {
  inline?: InlineLine[]
  scripts?: ScriptRef[]
  /** shell/powershell `execute_command`, evaluated (Packer's own `{{ .Path }}` stays as written). */
  execute_command?: InlineLine
  /** file provisioner: "upload" (default) or "download". */
  direction?: string
}

export interface Provisioner extends ProvisionerSettings {
  /** 0-based position in the build (after only/except filtering it is still the build's index). */
  index: number
  type: string
  location: TemplateLocation
  only?: string[]
  except?: string[]
  /** `override`: per source name (HCL: the source's name; JSON: the builder's name), the settings it replaces. */
  override?: Record<string, ProvisionerSettings>
}

/** One command the machine runs, in Packer's order (execute_command around each script, inline lines, script lines). */
export interface Step {
  text: string
  from: 'inline' | 'script' | 'execute_command'
  /** The command could not be read (unresolved expression, script file not in the repository). */
  unresolved?: true
  reason?: string
  location: TemplateLocation
}

export interface BuildSource {
  /** The reference as written: "source.azure-arm.image" (HCL) or the builder's name (JSON). */
  ref: string
  /** Full name Packer gives the image: "<build>.azure-arm.<source>" (HCL) or the builder name (JSON). */
  name: string
  source: AzureSource
  location: TemplateLocation
}

export interface Build {
  name?: string
  location: TemplateLocation
  sources: BuildSource[]
  provisioners: Provisioner[]
}

export interface TemplateVariable {
  value: TemplateValue
  /** Where the value in force came from. */
  from: 'default' | 'auto-var-file' | 'var-file' | 'cli' | 'env' | 'none'
}

export interface TemplateModel {
  format: 'hcl2' | 'json'
  /** The template file or directory as given (relative to cwd where possible). */
  root: string
  files: string[]
  variables: Record<string, TemplateVariable>
  locals: Record<string, TemplateValue>
  sources: AzureSource[]
  builds: Build[]
  /** Things ignored on purpose (non-azure sources, unknown blocks, other files): for verbose output. */
  notes: string[]
  /** Absolute directory Packer would run in (script paths are relative to it); default process.cwd(). */
  cwd?: string
}

export interface ReadOptions {
  /** -var-file: HCL (*.pkrvars.hcl) or JSON files, applied in order after *.auto.pkrvars.hcl. */
  varFiles?: string[]
  /** --var k=v, applied last (later wins). Either "k=v" strings or a map. */
  vars?: string[] | Record<string, string>
  /** Environment for env() and PKR_VAR_*; nothing from process.env is used unless passed here. */
  env?: Record<string, string | undefined>
  /** Paths in locations are made relative to this (default process.cwd()). */
  cwd?: string
}
