import { inert } from '../text.js'

/** Small pieces of the configuration reader that need no YAML parser (kept out of the CLI's cold start). */
export const DEFAULT_CONFIG = '.github/vm-image-policy.yml'

export type KeyPath = ReadonlyArray<string | number>

export function keyPath(p: KeyPath): string {
  let s = ''
  for (const k of p) s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`
  return s === '' ? '(document)' : inert(s, 120)
}

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
