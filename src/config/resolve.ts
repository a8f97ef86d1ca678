import { UserError } from '../errors.js'
import type { Profiles, WaiverUse } from '../policy/engine.js'
import type { RuleMeta, Severity } from '../types.js'
import { inert } from '../text.js'
import type { Config, ConfigWaiver, PolicyWaiver } from './types.js'

export type { WaiverUse }

/** What the configuration gives the policy (data.config), after checking it against the loaded ruleset. */
export interface PolicyConfig {
  thresholds?: Record<string, Record<string, unknown>>
  /** Rule package path → severity. */
  severity: Record<string, Severity>
  waivers: PolicyWaiver[]
}

function kind(v: unknown): string {
  return Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v
}

/**
 * Checks the parts of a configuration that need the ruleset (rule IDs of waivers and severity overrides,
 * threshold keys and their types for the active profile) and turns rule IDs into the package paths the
 * policy works with. Throws one UserError line with the position of the first problem.
 */
export function resolveConfig(
  cfg: Config | undefined,
  ruleset: { rules: RuleMeta[]; profiles: Profiles },
  profile: string
): PolicyConfig {
  const out: PolicyConfig = { severity: {}, waivers: [] }
  if (!cfg) return out
  const byId = new Map(ruleset.rules.map(r => [r.id, r]))
  const rule = (id: string, p: Array<string | number>): RuleMeta => {
    const r = byId.get(id)
    if (!r) {
      const near = ruleset.rules.filter(x => x.id.toUpperCase() === id.toUpperCase()).map(x => x.id)
      throw new UserError(
        `${cfg.where(p)}: ${keyPath(p)} "${inert(id, 60)}" is not a rule ID${near.length ? ` (did you mean ${near[0]}?)` : ''}; list them with: vm-image-policy rules`
      )
    }
    return r
  }

  if (cfg.profile !== undefined && !(cfg.profile in ruleset.profiles))
    throw new UserError(
      `${cfg.where(['profile'])}: profile "${inert(cfg.profile, 40)}" does not exist; profiles: ${Object.keys(ruleset.profiles).join(', ')}`
    )
  const base = ruleset.profiles[profile]
  if (cfg.thresholds && base) {
    for (const [area, kv] of Object.entries(cfg.thresholds)) {
      const defined = base[area]
      if (!defined)
        throw new UserError(
          `${cfg.where(['thresholds', area])}: ${keyPath(['thresholds', area])} is not a threshold area; areas: ${Object.keys(base).join(', ')}`
        )
      for (const [k, v] of Object.entries(kv)) {
        const p = ['thresholds', area, k]
        if (!(k in defined))
          throw new UserError(
            `${cfg.where(p)}: ${keyPath(p)} is not a threshold of profile "${inert(profile, 40)}"`
          )
        // A null in the profile is "no limit": a number sets one.
        const want = kind(defined[k])
        if (kind(v) !== want && !(want === 'null' && kind(v) === 'number'))
          throw new UserError(
            `${cfg.where(p)}: ${keyPath(p)} must be a ${want} like the profile's value; got ${kind(v)}`
          )
      }
    }
    out.thresholds = cfg.thresholds
  }
  for (const [id, sev] of Object.entries(cfg.severity ?? {}))
    out.severity[rule(id, ['severity', id]).path] = sev
  out.waivers = cfg.waivers.map((w: ConfigWaiver) => {
    const r = rule(w.rule, ['waivers', w.index, 'rule'])
    const pw: PolicyWaiver = {
      index: w.index,
      rule: r.id,
      path: r.path,
      reason: w.reason,
      expires: w.expires,
      expires_unix: expiresUnix(w.expires) ?? 0
    }
    if (w.images) pw.images = w.images
    if (w.skus) pw.skus = w.skus
    if (w.ticket) pw.ticket = w.ticket
    return pw
  })
  return out
}

/**
 * Notes about the waivers after every image was evaluated: waivers that waived nothing (stale: the rule
 * passes, or no image or SKU matches), and waivers in use that expire within 14 days.
 */
export function waiverNotes(cfg: Config | undefined, uses: WaiverUse[]): string[] {
  if (!cfg) return []
  const notes: string[] = []
  for (const w of cfg.waivers) {
    const mine = uses.filter(u => u.index === w.index)
    const label = `${cfg.where(['waivers', w.index])}: waiver for ${inert(w.rule, 40)}${w.images ? ` (images ${inert(w.images.join(', '), 80)})` : ''}`
    if (mine.length === 0) {
      notes.push(
        `${label} is stale: it matched no failing or unknown finding in this run; remove it if the rule passes now`
      )
      continue
    }
    const soon = mine.find(u => u.state === 'active' && u.expiring_soon)
    if (soon)
      notes.push(
        `${label}: ${inert(soon.note ?? `expires on ${w.expires}`, 300)} (${[...new Set(mine.map(u => inert(u.image, 60)))].join(', ')})`
      )
  }
  return notes
}

export type KeyPath = ReadonlyArray<string | number>

/** `waivers[0].expires`, `thresholds.disks.os_disk_max_gb`, `(document)` for the root. */
export function keyPath(p: KeyPath): string {
  let s = ''
  for (const k of p) s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`
  return s === '' ? '(document)' : inert(s, 120)
}

/** A waiver's `expires` date (YYYY-MM-DD, a real calendar day) as epoch seconds; undefined when not one. */
export function expiresUnix(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined
  return t / 1000
}
