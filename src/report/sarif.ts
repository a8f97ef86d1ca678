/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one `reportingDescriptor` per rule (help text from
 * the rule's METADATA), one result per failing, unknown or waived finding, levels by severity, physical
 * locations with regions, and suppressions for waived findings.
 *
 * Text goes into SARIF `message.text` (plain) and `help.markdown` (Markdown): the latter is escaped like
 * every other Markdown we write, since code scanning renders it.
 */
import { ruleDocLink, ruleDocsOf } from './links.js'
import { createHash } from 'node:crypto'
import type * as Sarif from 'sarif'
import type { Finding, ImageReport, Report, RuleMeta, Severity } from './types.js'
import { escapeMarkdown } from './markdown-escape.js'
import { reportLevel, unwrap } from './present.js'
import { relativeTo } from './annotations.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
}
/** Code scanning's `security-severity`-free ordering uses `problem.severity`. */
const PROBLEM_SEVERITY: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  notice: 'recommendation'
}

export interface SarifOptions {
  /** URL of docs/rules.md; each rule's helpUri is `<docsUrl>#<id>`. */
  docsUrl?: string
  /** Tool information URI. */
  informationUri?: string
  /** Workspace path, to make absolute locations relative to the repository root. */
  workspace?: string
  /** Repository-relative file that findings without a location are reported on (e.g. the Packer manifest). */
  defaultFile?: string
  /** Distinguishes runs of several jobs (matrix key) in code scanning: `automationDetails.id`. */
  category?: string
}

function descriptor(meta: RuleMeta, options: SarifOptions): Sarif.ReportingDescriptor {
  const helpText = [
    unwrap(meta.description),
    unwrap(meta.remediation) && `Fix: ${unwrap(meta.remediation)}`,
    meta.guide && `Guide: ${meta.guide}`
  ]
    .filter(Boolean)
    .join('\n\n')
  const helpMarkdown = [
    escapeMarkdown(unwrap(meta.description)),
    unwrap(meta.remediation) && `**Fix:** ${escapeMarkdown(unwrap(meta.remediation))}`,
    meta.guide && `**Guide:** ${escapeMarkdown(meta.guide)}`
  ]
    .filter(Boolean)
    .join('\n\n')
  return {
    id: meta.id,
    name: meta.path
      .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))
      .replace(/^./, c => c.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: unwrap(meta.description) || meta.title },
    help: { text: helpText || meta.title, markdown: helpMarkdown || escapeMarkdown(meta.title) },
    helpUri: ruleDocLink(meta.id, { docsUrl: options.docsUrl, ruleDocs: ruleDocsOf([meta]) }),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['azure-marketplace', 'vm-image', meta.area].filter(Boolean),
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[meta.severity],
      guide: meta.guide,
      stage: meta.stage,
      facts: meta.facts
    }
  }
}

/** A descriptor for a finding whose rule is not in the metadata (e.g. a user's rule without METADATA). */
function metaFromFinding(f: Finding): RuleMeta {
  return {
    id: f.rule,
    path: f.path,
    title: f.title,
    description: f.title,
    severity: f.severity,
    guide: f.guide,
    remediation: f.remediation,
    stage: 'any',
    facts: [],
    area: f.area
  }
}

function location(f: Finding, image: ImageReport, options: SarifOptions): Sarif.Location {
  const loc = f.location
  const file = loc?.file ?? options.defaultFile
  if (!file) {
    return { message: { text: `${image.name}: ${loc?.source ?? 'no source location'}` } }
  }
  const uri = relativeTo(file, options.workspace)
  const physical: Sarif.PhysicalLocation = {
    artifactLocation: { uri: encodeURI(uri), ...(uri.startsWith('/') ? {} : { uriBaseId: '%SRCROOT%' }) }
  }
  const startLine = loc?.file && loc.line && loc.line > 0 ? loc.line : 1
  physical.region = { startLine }
  if (loc?.file && loc.end_line && loc.end_line >= startLine) physical.region.endLine = loc.end_line
  if (loc?.file && loc.column && loc.column > 0) physical.region.startColumn = loc.column
  return {
    physicalLocation: physical,
    ...(loc?.detail ? { message: { text: loc.detail } } : {})
  }
}

function fingerprint(f: Finding, image: ImageReport): string {
  return createHash('sha256')
    .update(`${f.rule}\u0000${image.name}\u0000${f.location?.file ?? ''}`)
    .digest('hex')
    .slice(0, 32)
}

export function renderSarif(report: Report, rules: RuleMeta[], options: SarifOptions = {}): Sarif.Log {
  const metas = new Map(rules.map(r => [r.id, r]))
  for (const img of report.images)
    for (const f of img.findings) if (!metas.has(f.rule)) metas.set(f.rule, metaFromFinding(f))
  const ids = [...metas.keys()].sort()
  const index = new Map(ids.map((id, i) => [id, i]))

  const results: Sarif.Result[] = []
  for (const image of report.images) {
    for (const f of image.findings) {
      const level = reportLevel(f, report.mode)
      const waived = f.status === 'waived'
      if (!level && !waived) continue
      const text = [
        report.images.length > 1 ? `[${image.name}] ${f.message.trim()}` : f.message.trim(),
        f.status === 'unknown' && f.missing?.length ? `Facts not gathered: ${f.missing.join(', ')}.` : '',
        f.remediation.trim() ? `Fix: ${unwrap(f.remediation)}` : ''
      ]
        .filter(Boolean)
        .join(' ')
      const result: Sarif.Result = {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: LEVEL[level ?? f.severity],
        // kind stays "fail" (the default): any other kind would force level "none" (SARIF §3.27.9)
        message: { text },
        locations: [location(f, image, options)],
        partialFingerprints: { 'vmImagePolicy/v1': fingerprint(f, image) },
        properties: { image: image.name, status: f.status, path: f.path, guide: f.guide }
      }
      if (waived && f.waiver) {
        result.suppressions = [
          {
            kind: 'external',
            status: 'accepted',
            justification: `${f.waiver.reason} (expires ${f.waiver.expires}${f.waiver.ticket ? `, ${f.waiver.ticket}` : ''})`
          }
        ]
      } else if (waived) {
        result.suppressions = [{ kind: 'external', status: 'accepted' }]
      }
      results.push(result)
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'vm-image-policy',
        version: report.version,
        semanticVersion: /^\d+\.\d+\.\d+/.test(report.version) ? report.version : undefined,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules: ids.map(id => descriptor(metas.get(id)!, options))
      }
    },
    automationDetails: {
      id: `vm-image-policy/${options.category ? options.category.replace(/[^A-Za-z0-9._-]/g, '-') + '/' : ''}`
    },
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    invocations: [
      {
        executionSuccessful: !(report.errors?.length ?? 0),
        endTimeUtc: report.generated_at,
        ...(report.errors?.length
          ? {
              toolExecutionNotifications: report.errors.map(e => ({
                level: 'error' as const,
                message: { text: e }
              }))
            }
          : {})
      }
    ],
    properties: { profile: report.profile, mode: report.mode },
    results
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }
}
