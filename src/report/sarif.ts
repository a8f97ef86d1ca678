/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`, valid under Microsoft's SARIF validator with its
 * GitHub rule set: one `reportingDescriptor` per rule (help text from the rule's METADATA, security-severity
 * from its severity), one result per failing, unknown or waived finding with the level the verdict stamped
 * (src/verdict.ts: `error` exactly when it fails the run), and suppressions for waived findings.
 *
 * Every result has a physical location in the repository: the finding's own line when it is a repository
 * file (the template), else the file its facts came from (the probe output, the manifest). A path inside
 * the image (`/etc/resolv.conf`) is never an artifact location: it goes into the message and a logical
 * location. At most 25,000 results per run (GitHub's limit), worst first, with a note when capped.
 *
 * Text goes into SARIF `message.text` (plain) and `help.markdown` (Markdown): the latter is escaped like
 * every other Markdown we write, since code scanning renders it.
 */
import { ruleDocLink, ruleDocsOf } from './links.js'
import { createHash } from 'node:crypto'
import type * as Sarif from 'sarif'
import type { Finding, RuleMeta, Severity } from '../types.js'
import type { ImageReport, Report } from './types.js'
import { escapeMarkdown } from './markdown-escape.js'
import { unwrap } from './present.js'
import { compareRules, verdictOf, worstFirst } from '../verdict.js'
import { imageLocationText, isImageLocation, repoPlace } from './where.js'

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
  /** Tool information URI (default: the action's repository when known, else the certification FAQ). */
  informationUri?: string
  /** Workspace path, to make absolute locations relative to the repository root. */
  workspace?: string
  /** Repository-relative file that findings without a location are reported on (e.g. the Packer manifest). */
  defaultFile?: string
  /** More stand-in files, tried after defaultFile (e.g. the workflow file of the run). */
  fallbackFiles?: string[]
  /** The `sarif-category` input: `automationDetails.id`. Absent: no automationDetails (upload-sarif's `category` applies). */
  category?: string
  /** At most this many results (default GitHub's 25,000). */
  maxResults?: number
}

/** GitHub code scanning accepts at most this many results per run. */
export const MAX_SARIF_RESULTS = 25_000
const DEFAULT_INFORMATION_URI = 'https://learn.microsoft.com/azure/marketplace/azure-vm-certification-faq'
/** GitHub's security-severity (0.0–10.0) from the rule's severity: high, medium, low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', notice: '2.0' }

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
      tags: ['security', 'azure-marketplace', 'vm-image', meta.area].filter(Boolean),
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[meta.severity],
      'security-severity': SECURITY_SEVERITY[meta.severity],
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
  const place = repoPlace(f, image, {
    workspace: options.workspace,
    fallbacks: [options.defaultFile, ...(options.fallbackFiles ?? [])]
  })
  const out: Sarif.Location = {}
  if (place) {
    const physical: Sarif.PhysicalLocation = {
      artifactLocation: { uri: encodeURI(place.file), uriBaseId: '%SRCROOT%' },
      region: { startLine: place.line ?? 1 }
    }
    if (place.endLine) physical.region!.endLine = place.endLine
    if (place.column) physical.region!.startColumn = place.column
    out.physicalLocation = physical
  }
  const inImage = imageLocationText(f.location)
  if (inImage)
    out.logicalLocations = [
      { name: inImage, fullyQualifiedName: `${image.name}:${inImage}`, kind: 'resource' }
    ]
  const detail = [inImage && `In the image ${image.name}: ${inImage}.`, f.location?.detail]
    .filter(Boolean)
    .join(' ')
  if (detail) out.message = { text: detail }
  return out
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
  const ids = [...metas.keys()].sort(compareRules)
  const index = new Map(ids.map((id, i) => [id, i]))
  const max = options.maxResults ?? MAX_SARIF_RESULTS

  const results: Sarif.Result[] = []
  let dropped = 0
  for (const { image, finding: f } of worstFirst(report)) {
    const { level } = verdictOf(f, report)
    const waived = f.status === 'waived'
    if (!level && !waived) continue
    if (results.length >= max) {
      dropped++
      continue
    }
    const inImage = isImageLocation(f.location) ? imageLocationText(f.location) : ''
    const text = [
      report.images.length > 1 ? `[${image.name}] ${f.message.trim()}` : f.message.trim(),
      inImage && !f.message.includes(f.location!.file!) ? `(in the image: ${inImage})` : '',
      f.status === 'unknown' && f.missing?.length ? `Facts not gathered: ${f.missing.join(', ')}.` : '',
      f.remediation.trim() ? `Fix: ${unwrap(f.remediation)}` : ''
    ]
      .filter(Boolean)
      .join(' ')
    const result: Sarif.Result = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      // A waived finding is reported at its rule's own level, suppressed.
      level: LEVEL[level ?? (f.severity === 'error' ? 'warning' : f.severity)],
      // kind stays "fail" (the default): any other kind would force level "none" (SARIF §3.27.9)
      message: { text: text || f.title },
      locations: [location(f, image, options)],
      partialFingerprints: { 'vmImagePolicy/v1': fingerprint(f, image) },
      properties: {
        image: image.name,
        status: f.status,
        fails: verdictOf(f, report).fails,
        path: f.path,
        guide: f.guide
      }
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
  const notifications: Sarif.Notification[] = [
    ...(report.errors ?? []).map(e => ({ level: 'error' as const, message: { text: e } })),
    ...(dropped
      ? [
          {
            level: 'note' as const,
            message: {
              text: `${dropped} more result${dropped === 1 ? '' : 's'} not included: GitHub code scanning accepts at most ${max} per run (the worst are kept; the JSON report has every finding).`
            }
          }
        ]
      : [])
  ]

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'vm-image-policy',
        version: report.version,
        semanticVersion: /^\d+\.\d+\.\d+/.test(report.version) ? report.version : undefined,
        informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
        rules: ids.map(id => descriptor(metas.get(id)!, options))
      }
    },
    ...(options.category
      ? {
          automationDetails: {
            id: `${options.category.replace(/[^A-Za-z0-9._/-]/g, '-').replace(/\/*$/, '')}/`
          }
        }
      : {}),
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    invocations: [
      {
        executionSuccessful: !(report.errors?.length ?? 0),
        endTimeUtc: report.generated_at,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {})
      }
    ],
    properties: { profile: report.profile, mode: report.mode, result: report.result, failOn: report.fail_on },
    results
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }
}
