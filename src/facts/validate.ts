import type { ErrorObject } from 'ajv'
import { UserError } from '../errors.js'
import { validateFacts as validator } from '../generated/validate-facts.js'
import { inert } from '../text.js'

/** Dotted path of an Ajv error ("/disks/os/size_gb" -> "disks.os.size_gb"). */
function dotted(e: ErrorObject): string {
  const p = e.instancePath.replace(/^\//, '').replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~')
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty
    return p ? `${p}.${extra}` : extra
  }
  return p || '(document)'
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return 'is not a known fact'
  if (e.keyword === 'enum')
    return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(v => JSON.stringify(v)).join(', ')}`
  return e.message ?? e.keyword
}

/**
 * Validates a facts document against schemas/facts.schema.json (precompiled by scripts/build-schemas.mjs).
 * Wrong types never reach the policy, where they could turn into a pass: the first few problems are
 * reported with the path of each bad value.
 */
export function validateFacts(doc: unknown, where: string): void {
  if (validator(doc)) return
  const all = validator.errors ?? []
  const errs = all.slice(0, 5).map(e => `${dotted(e)} ${describe(e)}`)
  const more = all.length > 5 ? ` (and ${all.length - 5} more)` : ''
  throw new UserError(
    `${inert(where)}: facts do not match the facts schema: ${errs.map(e => inert(e, 160)).join('; ')}${more}`
  )
}
