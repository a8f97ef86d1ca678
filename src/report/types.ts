/** The report model every output (text, JSON, SARIF, JUnit, Markdown, GitHub) is rendered from. */
import type { Finding, Mode, Severity, Status } from '../types.js'

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
