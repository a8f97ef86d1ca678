import fs from 'node:fs'
import path from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { schemaDir } from '../assets.js'
import { UserError } from '../errors.js'
import { inert } from '../text.js'

let validator: ValidateFunction | undefined

function load(): ValidateFunction {
  if (validator) return validator
  const dir = schemaDir()
  const ajv = new Ajv({ allErrors: true, strict: false })
  for (const f of fs.readdirSync(dir).filter(f => /^facts.*\.schema\.json$/.test(f)))
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as object, f)
  validator = ajv.getSchema('facts.schema.json') as ValidateFunction
  return validator
}

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
 * Validates a facts document against schemas/facts.schema.json. Wrong types never reach the policy (where
 * they could turn into a pass): the first few problems are reported with the path of each bad value.
 */
export function validateFacts(doc: unknown, where: string): void {
  const v = load()
  if (v(doc)) return
  const errs = (v.errors ?? []).slice(0, 5).map(e => `${dotted(e)} ${describe(e)}`)
  const more = (v.errors?.length ?? 0) > 5 ? ` (and ${(v.errors?.length ?? 0) - 5} more)` : ''
  throw new UserError(
    `${inert(where)}: facts do not match the facts schema: ${errs.map(e => inert(e, 160)).join('; ')}${more}`
  )
}
