import type { ErrorObject } from 'ajv'

/**
 * What the readers of user YAML (configuration file, SKU ledger) share when they turn a JSON Schema
 * error into one line: the key path of the error and the words for JSON types. No Ajv or YAML code here.
 */

/**
 * The key path of a schema error as keys and indexes: an index where the value at that point is a list,
 * a key otherwise (so a mapping key "123" stays a key).
 */
export function errorPath(e: Pick<ErrorObject, 'instancePath'>, data: unknown): Array<string | number> {
  const segs: Array<string | number> = []
  let cur: unknown = data
  for (const raw of e.instancePath.split('/').slice(1)) {
    const s = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(cur)) {
      segs.push(Number(s))
      cur = cur[Number(s)]
    } else {
      segs.push(s)
      cur = (cur as Record<string, unknown> | undefined)?.[s]
    }
  }
  return segs
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  null: 'empty'
}

/** A schema's `type` in words: "a string", "a list or a mapping". */
export function typeName(t: string | string[]): string {
  const ts = (Array.isArray(t) ? t : [t]).map(x => TYPE_NAMES[x] ?? x)
  return ts.length > 1 ? `${ts.slice(0, -1).join(', ')} or ${ts[ts.length - 1]}` : (ts[0] ?? '')
}
