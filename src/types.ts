/**
 * The types every layer shares: a finding's status and severity, where it points (Location), the finding
 * itself and a rule's metadata (rules.json). Report-only types (Report, ImageReport) are in report/types.ts.
 */
export type Status = 'pass' | 'fail' | 'unknown' | 'waived' | 'not_applicable'
export type Severity = 'error' | 'warning' | 'notice'
export type Mode = 'pr' | 'release'

export interface Location {
  source: string
  file?: string
  line?: number
  column?: number
  end_line?: number
  detail?: string
}

export interface Finding {
  /** Stable rule ID, e.g. AZMP-DSK-001. */
  rule: string
  /** Rule package path below vmimage.rules, e.g. disks.os_disk_count. */
  path: string
  status: Status
  severity: Severity
  title: string
  message: string
  guide: string
  remediation: string
  area: string
  location?: Location
  missing?: string[]
  waiver?: { reason: string; expires: string; ticket?: string }
  /** Stamped by the pipeline (src/verdict.ts): the level it is reported at; absent when not a problem. */
  level?: Severity
  /** Stamped by the pipeline (src/verdict.ts): whether this finding makes the run fail. */
  fails?: boolean
}

export interface RuleMeta {
  id: string
  path: string
  title: string
  description: string
  severity: Severity
  guide: string
  remediation: string
  stage: string
  facts: string[]
  area: string
  /** The rule's .rego file, relative to its policy root (rules.json carries it). */
  file?: string
  /** Custom rules: their METADATA related_resources URLs (their documentation, see links.ts). */
  related?: string[]
}
