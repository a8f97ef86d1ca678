import * as opaWasm from '@open-policy-agent/opa-wasm'
import { readAsset, readJsonAsset } from '../assets.js'
import { UserError } from '../errors.js'
import type { FactsDoc } from '../facts/types.js'
import { compareNatural } from '../text.js'
import { tuneV8 } from '../v8-flags.js'
import type { PolicyWaiver } from '../config/types.js'
import type { Finding, Location, Mode, RuleMeta, Severity, Status } from '../types.js'

interface LoadedPolicy {
  setData(data: unknown): void
  evaluate(input: unknown, entrypoint?: number | string): Array<{ result: RawFinding[] }>
}

/** What policies/main.rego returns for one rule. */
export interface RawFinding {
  path: string
  status: Status
  details: Array<{ msg: string; fact?: string; severity?: Severity }>
  missing: string[]
  skip: string[]
  /** The configuration's severity override for this rule (data.config.severity). */
  severity?: Severity
  /** The waiver that matched (lib/waivers.rego): active (status waived) or expired (status unchanged). */
  waiver?: RawWaiver
}

export interface RawWaiver {
  index: number
  rule: string
  reason: string
  expires: string
  ticket?: string
  state: 'active' | 'expired'
  /** The status the finding had before the waiver: fail or unknown. */
  was: 'fail' | 'unknown'
  expiring_soon: boolean
  note: string
}

/** How a waiver was used on one image: what the policy reported back in the finding's `waiver`. */
export interface WaiverUse {
  index: number
  state: 'active' | 'expired'
  expiring_soon?: boolean
  note?: string
  image: string
}

export type Profiles = Record<string, Record<string, Record<string, unknown>>>

export interface EngineConfig {
  profile: string
  /** Per-area threshold overrides, merged over the profile's values. */
  thresholds?: Record<string, Record<string, unknown>>
  now: Date
  mode: Mode
  /** Rule package path → severity of its failures (configuration `severity`). */
  severity?: Record<string, Severity>
  /** Configuration waivers, rule IDs resolved to package paths. */
  waivers?: PolicyWaiver[]
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s]
}

/**
 * The compiled ruleset (dist/policy.wasm) with its metadata (dist/rules.json, generated from the Rego
 * METADATA) and profiles (dist/profiles.json). Load once, configure once per run, evaluate per image: the
 * SDK resets its heap to the data on every evaluate, so memory does not grow with the number of documents.
 */
export class Engine {
  private configured = false
  /** Every waiver the policy applied (or found expired) since configure(), with its image. */
  waiverUses: WaiverUse[] = []

  /** Rule metadata by package path, built once (evaluate runs once per image). */
  private readonly byPath: Map<string, RuleMeta>

  private constructor(
    private readonly policy: LoadedPolicy,
    readonly rules: RuleMeta[],
    readonly profiles: Profiles
  ) {
    this.byPath = new Map(rules.map(r => [r.path, r]))
  }

  static async load(opts: { wasm?: Buffer; rules?: RuleMeta[]; profiles?: Profiles } = {}): Promise<Engine> {
    const sdk = ((opaWasm as unknown as { default?: unknown }).default ?? opaWasm) as {
      loadPolicySync(wasm: Buffer, mem?: unknown, builtins?: Record<string, unknown>): LoadedPolicy
    }
    const { loadPolicySync } = sdk
    const wasm = opts.wasm ?? readAsset('policy.wasm')
    tuneV8()
    const policy = loadPolicySync(wasm, { initial: 16 })
    return new Engine(
      policy,
      opts.rules ?? readJsonAsset<RuleMeta[]>('rules.json'),
      opts.profiles ?? readJsonAsset<Profiles>('profiles.json')
    )
  }

  get profileNames(): string[] {
    return Object.keys(this.profiles)
  }

  configure(cfg: EngineConfig): void {
    if (!(cfg.profile in this.profiles))
      throw new UserError(`unknown profile "${cfg.profile}"; profiles: ${this.profileNames.join(', ')}`)
    this.policy.setData({
      profiles: this.profiles,
      config: {
        profile: cfg.profile,
        // The overrides as the configuration gave them (validated once, in config/resolve.ts); the policy
        // lays them over the profile's values (policies/lib/lib.rego: lib.thresholds), nowhere else.
        thresholds: cfg.thresholds ?? {},
        now_unix: Math.floor(cfg.now.getTime() / 1000),
        mode: cfg.mode,
        severity: cfg.severity ?? {},
        waivers: cfg.waivers ?? []
      }
    })
    this.configured = true
    this.waiverUses = []
  }

  /** Raw aggregator output, one entry per rule package. */
  evaluateRaw(doc: FactsDoc): RawFinding[] {
    if (!this.configured) throw new Error('Engine.configure() must be called before evaluate()')
    const rs = this.policy.evaluate(doc)
    const result = rs[0]?.result
    if (!Array.isArray(result)) throw new Error('policy returned no findings (undefined result)')
    return result
  }

  evaluate(doc: FactsDoc): Finding[] {
    const raws = this.evaluateRaw(doc)
    const image = String((doc.image as { name?: unknown } | undefined)?.name ?? '')
    for (const r of raws)
      if (r.waiver)
        this.waiverUses.push({
          index: r.waiver.index,
          state: r.waiver.state,
          expiring_soon: r.waiver.expiring_soon,
          note: r.waiver.note,
          image
        })
    return raws
      .map(raw => toFinding(raw, this.byPath.get(raw.path), doc))
      .sort((a, b) => compareNatural(a.rule, b.rule))
  }
}

export function toFinding(raw: RawFinding, meta: RuleMeta | undefined, doc: FactsDoc): Finding {
  // Set iteration order is not stable across OPA and the wasm target: order details by message.
  raw.details.sort((a, b) => (a.msg < b.msg ? -1 : a.msg > b.msg ? 1 : 0))
  const area = meta?.area ?? raw.path.split('.')[0] ?? ''
  let severity: Severity = meta?.severity ?? 'error'
  let message: string
  let location: Location | undefined
  // A waived finding reads like the failure (or unknown) it waives; the waiver is shown beside it.
  const shape = raw.status === 'waived' ? (raw.waiver?.was ?? 'fail') : raw.status
  switch (shape) {
    case 'fail': {
      const sevs = raw.details.map(d => d.severity ?? meta?.severity ?? 'error')
      severity = sevs.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), 'notice' as Severity)
      message = raw.details.map(d => d.msg + conflictNote(doc, d.fact)).join('; ')
      const fact = raw.details.find(d => d.fact)?.fact
      if (fact) location = locate(doc, fact)
      break
    }
    case 'unknown':
      raw.missing = raw.missing.map(m => withReason(doc, m))
      message = `not evaluated: ${raw.missing.length === 1 ? 'fact' : 'facts'} not gathered: ${raw.missing.join(', ')}`
      break
    case 'not_applicable':
      message = raw.skip.join('; ')
      break
    default:
      message = raw.details.map(d => d.msg).join('; ') || 'passed'
  }
  // The configuration's severity override replaces the rule's (and each violation's) severity.
  if (raw.severity) severity = raw.severity
  if (raw.waiver?.state === 'expired') message += `; ${raw.waiver.note}`
  const f: Finding = {
    rule: meta?.id ?? raw.path,
    path: raw.path,
    status: raw.status,
    severity,
    title: meta?.title ?? raw.path,
    message,
    guide: meta?.guide ?? '',
    remediation: meta?.remediation ?? '',
    area
  }
  if (location) f.location = location
  if (raw.status === 'unknown' || (raw.status === 'waived' && shape === 'unknown')) f.missing = raw.missing
  if (raw.status === 'waived' && raw.waiver) {
    f.waiver = { reason: raw.waiver.reason, expires: raw.waiver.expires }
    if (raw.waiver.ticket) f.waiver.ticket = raw.waiver.ticket
  }
  return f
}

/**
 * A missing fact with the reason its source gave for not gathering it, e.g. `sku.published_versions (the
 * ledger on the base branch could not be read: …)`: the provenance of an absent fact says why it is absent.
 * Else the bare path.
 */
function withReason(doc: FactsDoc, missing: string): string {
  const why = doc.provenance?.[missing]?.detail
  if (!why) return missing
  let v: unknown = doc
  for (const k of missing.split('.'))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined
  return v === undefined || v === null ? `${missing} (${why})` : missing
}

/** Where a fact came from: its own provenance, or that of the nearest enclosing fact. */
export function locate(doc: FactsDoc, fact: string): Location | undefined {
  const prov = doc.provenance ?? {}
  const parts = fact.split('.')
  for (let n = parts.length; n > 0; n--) {
    const loc = prov[parts.slice(0, n).join('.')]
    if (loc) return loc
  }
  return undefined
}

function conflictNote(doc: FactsDoc, fact: string | undefined): string {
  if (!fact) return ''
  const c = doc.conflicts?.find(x => x.fact === fact || fact.startsWith(`${x.fact}.`))
  if (!c || c.values.length < 2) return ''
  const [winner, ...others] = c.values
  const desc = (v: { value: unknown; source: Location }) =>
    `${JSON.stringify(v.value)} (${v.source.source}${v.source.file ? ` ${v.source.file}${v.source.line ? `:${v.source.line}` : ''}` : ''})`
  return ` [observed ${desc(winner as { value: unknown; source: Location })} outranks declared ${others.map(desc).join(', ')}]`
}
