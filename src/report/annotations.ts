/**
 * Workflow-command annotations (`::error file=…,line=…,title=…::message`): the fallback when the token
 * cannot create check runs (fork PRs), and what the CLI prints under GitHub Actions.
 *
 * Pure: returns the lines; the caller writes them to stdout. Every value is escaped the way the runner
 * decodes it: `%`, CR and LF in the message; additionally `:` and `,` in properties. So no fact can end the
 * command early, add a property, or start a second command on a new line.
 */
import type { Severity } from '../types.js'
import type { Report } from './types.js'
import { problemText, worstFirst } from './present.js'
import { repoPath, repoPlace } from './where.js'

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export interface CommandProperties {
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  title?: string
}

/** One workflow command line. Property order is stable; undefined properties are left out. */
export function workflowCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${command}${props ? ' ' + props : ''}::${escapeData(message)}`
}

/** A `::warning::` line for something that went wrong around the report (e.g. the API gave up). */
export function warningCommand(message: string): string {
  return workflowCommand('warning', {}, message)
}

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const STEP_LIMIT: Record<Severity, number> = { error: 10, warning: 10, notice: 10 }

export interface AnnotationOptions {
  /** Per-level limits (default GitHub's 10 each). */
  limits?: Partial<Record<Severity, number>>
  /** Absolute workspace path; absolute finding files under it are made relative. */
  workspace?: string
  /** Repository file for failures that name none (the Packer manifest). */
  defaultFile?: string
}

export interface AnnotationResult {
  lines: string[]
  /** Findings not annotated because of the per-step limits, by level. */
  omitted: Record<Severity, number>
}

/** Workflow-command annotations for every failing or unknown finding, worst first, within the step limits. */
export function renderAnnotations(report: Report, options: AnnotationOptions = {}): AnnotationResult {
  const limits = { ...STEP_LIMIT, ...options.limits }
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const lines: string[] = []
  const several = report.images.length > 1
  for (const { image, finding: f, level } of worstFirst(report)) {
    if (!level) continue
    if (used[level] >= limits[level]) {
      omitted[level]++
      continue
    }
    used[level]++
    // Only repository files: a path inside the image is in the message (problemText), never `file=`.
    const place = repoPlace(f, image, {
      workspace: options.workspace,
      fallbacks: [options.defaultFile]
    })
    const file = place && (place.exact || f.status === 'fail') ? place : undefined
    const props: CommandProperties = {
      file: file?.file,
      line: file?.line,
      endLine: file?.line && file.endLine && file.endLine > file.line ? file.endLine : undefined,
      col:
        file?.line && file.column && (!file.endLine || file.endLine === file.line) ? file.column : undefined,
      title: `${f.rule} ${f.title}${several ? ` [${image.name}]` : ''}`
    }
    lines.push(workflowCommand(level, props, problemText(f)))
  }
  return { lines, omitted }
}

/** A repository-relative path for a file, or '' when it is not in the repository (src/report/where.ts). */
export function relativeTo(file: string, workspace: string | undefined): string {
  return repoPath(file, workspace) ?? ''
}
