/** The report model every output (text, JSON, SARIF, JUnit, Markdown, GitHub) is rendered from. */
export type Status = 'pass' | 'fail' | 'unknown' | 'waived' | 'not_applicable'
export type Severity = 'error' | 'warning' | 'notice'
export type Mode = 'pr' | 'release'

export const STATUSES: readonly Status[] = ['fail', 'unknown', 'waived', 'pass', 'not_applicable']
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

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

export interface ImageReport {
  name: string
  source: string
  findings: Finding[]
}

export interface Report {
  version: string
  generated_at: string
  profile: string
  mode: Mode
  images: ImageReport[]
  summary: Record<Status, number>
  /** fail when a finding at or above the fail-on level fails (or is unknown where unknowns fail). */
  result?: 'pass' | 'fail'
  fail_on?: Severity | 'never'
  /** What unknown findings did in this run: fail it, or warn. */
  unknown?: 'fail' | 'warn'
  errors?: string[]
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
  /** Custom rules: their METADATA related_resources URLs (their documentation, see links.ts). */
  related?: string[]
}
