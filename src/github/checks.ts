/**
 * Check runs: one per image, or one per matrix key (all the job's images). Annotations go on the file and
 * lines each finding's location names, worst first; GitHub takes at most 50 per request, so more are sent in
 * batches of 50 by updating the run. The conclusion follows the findings and the fail-on level.
 */
import type { ImageReport, Report } from '../report/types.js'
import { problemText } from '../report/present.js'
import { countByStatus, reportFails, worstFirst } from '../verdict.js'
import { repoPlace } from '../report/where.js'
import { renderComment, verdict } from '../report/comment.js'
import type { LinkOptions } from '../report/comment.js'
import type { AnnotationLevel, CheckAnnotation, Conclusion, GitHubApi } from './api.js'

export const ANNOTATIONS_PER_REQUEST = 50
export const CHECK_SUMMARY_LIMIT = 65535
const KIB64 = 64 * 1024

const LEVEL: Record<string, AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' }

export interface CheckRunPlan {
  name: string
  external_id?: string
  report: Report
  conclusion: Conclusion
  title: string
  summary: string
  annotations: CheckAnnotation[]
  /** Problems with no file to annotate (they are in the summary). */
  unplaced: number
}

export interface CheckOptions extends LinkOptions {
  /** Base name of the check run (default `vm-image-policy`). */
  name?: string
  /** Matrix key: one check run for the whole report, named after the key. */
  key?: string
  /** Repository-relative file for findings without a location (e.g. the Packer manifest). */
  defaultFile?: string
}

function clipBytes(s: string, max: number): string {
  if (Buffer.byteLength(s, 'utf8') <= max) return s
  let out = s.slice(0, max)
  while (Buffer.byteLength(out, 'utf8') > max - 3) out = out.slice(0, Math.floor(out.length * 0.9))
  return out + '…'
}

/** The check-run annotations of a report, worst first. */
export function checkAnnotations(
  report: Report,
  options: CheckOptions = {}
): { annotations: CheckAnnotation[]; unplaced: number } {
  const annotations: CheckAnnotation[] = []
  let unplaced = 0
  const several = report.images.length > 1
  for (const { image, finding: f, level } of worstFirst(report)) {
    if (!level) continue
    // Only repository files. Without a repository location of its own (none, or a path inside the image,
    // which goes into the message), a failure goes on the file its facts came from or the default file (the
    // manifest); an unknown (a fact not gathered) has no line to point at and stays in the summary.
    const place = repoPlace(f, image, { workspace: options.workspace, fallbacks: [options.defaultFile] })
    if (!place || (!place.exact && f.status !== 'fail')) {
      unplaced++
      continue
    }
    const start = place.line ?? 1
    annotations.push({
      path: place.file,
      start_line: start,
      end_line: place.endLine ?? start,
      annotation_level: LEVEL[level]!,
      title: clipBytes(`${f.rule} ${f.title}${several ? ` [${image.name}]` : ''}`, 255),
      message: clipBytes(problemText(f), KIB64 - 1024)
    })
  }
  return { annotations, unplaced }
}

/** The conclusion of a check run: the verdict of the findings it covers (src/verdict.ts), nothing else. */
function conclusionOf(report: Report): Conclusion {
  return reportFails(report) ? 'failure' : 'success'
}

function subReport(report: Report, image: ImageReport): Report {
  const { result: _result, ...rest } = report
  return { ...rest, images: [image], summary: countByStatus(image.findings) }
}

/** What to send: one plan per check run. */
export function planCheckRuns(report: Report, options: CheckOptions = {}): CheckRunPlan[] {
  const base = options.name ?? 'vm-image-policy'
  const parts: { name: string; external_id?: string; report: Report }[] =
    options.key || report.images.length <= 1
      ? [{ name: options.key ? `${base} (${options.key})` : base, external_id: options.key, report }]
      : report.images.map(img => ({
          name: `${base} / ${img.name}`,
          external_id: img.name,
          report: subReport(report, img)
        }))
  return parts.map(p => {
    const { annotations, unplaced } = checkAnnotations(p.report, options)
    const v = verdict(p.report)
    const conclusion = conclusionOf(p.report)
    return {
      ...p,
      conclusion,
      title: `${v.icon} ${v.text}`.slice(0, 255),
      summary: renderComment(p.report, { ...options, marker: false, maxLength: CHECK_SUMMARY_LIMIT }),
      annotations,
      unplaced
    }
  })
}

export interface CheckRunResult {
  name: string
  id: number
  url?: string | null
  conclusion: Conclusion
  annotations: number
  requests: number
}

/** Creates one check run and sends its annotations in batches of 50. */
export async function publishCheckRun(
  api: GitHubApi,
  plan: CheckRunPlan,
  headSha: string,
  detailsUrl?: string
): Promise<CheckRunResult> {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < plan.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(plan.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: plan.title,
    summary: plan.summary,
    ...(annotations?.length ? { annotations } : {})
  })
  const done = () => ({
    status: 'completed' as const,
    conclusion: plan.conclusion,
    completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  })
  const single = batches.length <= 1
  const created = await api.createCheckRun({
    name: plan.name,
    head_sha: headSha,
    ...(plan.external_id ? { external_id: plan.external_id } : {}),
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    ...(single ? done() : { status: 'in_progress' as const }),
    output: output(batches[0])
  })
  let requests = 1
  for (let i = 1; i < batches.length; i++) {
    const last = i === batches.length - 1
    await api.updateCheckRun(created.id, { ...(last ? done() : {}), output: output(batches[i]) })
    requests++
  }
  return {
    name: plan.name,
    id: created.id,
    url: created.html_url,
    conclusion: plan.conclusion,
    annotations: plan.annotations.length,
    requests
  }
}
