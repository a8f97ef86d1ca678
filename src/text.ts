/**
 * Text from inputs (build names, custom_data values, file contents) is untrusted. Before it reaches a
 * terminal or a log it is made inert: control characters and the bidi controls (U+202A–202E embeddings and
 * overrides, U+2066–2069 isolates, U+200E/200F/061C marks) become visible escapes, so a value can never
 * start a new line with "::" and turn into a workflow command, move the cursor, or reorder what is shown.
 */
export const CONTROL_CHARS =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function escapeControl(s: string): string {
  return s.replace(CONTROL_CHARS, c => {
    switch (c) {
      case '\n':
        return '\\n'
      case '\r':
        return '\\r'
      case '\t':
        return '\\t'
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  })
}

/** How the output a line belongs to is written: neutralising must not change what a parser reads. */
export type OutputSyntax = 'text' | 'json' | 'xml'

const ZWJ = '\u200d'

/**
 * Neutralises workflow commands in text about to be written to a log or a report: a line whose first
 * non-blank characters are "::" (the runner's command syntax) and "##[" anywhere in a line (the older
 * syntax the runner still looks for everywhere) are broken up, whatever produced the line. For JSON and
 * XML the replacement is an escape the reader decodes back to the same characters ("\u005b", "&#58;"), so
 * the document's data is unchanged; for text a zero-width joiner goes between the two characters.
 */
export function neutraliseCommands(text: string, syntax: OutputSyntax = 'text'): string {
  if (!text.includes('::') && !text.includes('##[')) return text
  const bracket = syntax === 'json' ? '##\\u005b' : syntax === 'xml' ? '##&#91;' : `#${ZWJ}#[`
  const colon = syntax === 'xml' ? '&#58;:' : syntax === 'json' ? '\\u003a:' : `:${ZWJ}:`
  return text
    .replace(/##\[/g, bracket)
    .replace(/(^|[\n\r\u2028\u2029\u0085])([\s\u0085\u180e\ufeff]*?)::/g, `$1$2${colon}`)
}

/** Shortens very long untrusted text for one-line messages. */
export function clip(s: string, max = 200): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`
}

/** escapeControl + clip: safe to print anywhere on one line. */
export function inert(s: unknown, max = 200): string {
  return clip(escapeControl(typeof s === 'string' ? s : (JSON.stringify(s) ?? String(s))), max)
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** 0: punctuation and the rest, 1: digit, 2: ASCII letter; the collator orders them so. */
const charClass = (c: number): number =>
  isDigit(c) ? 1 : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 0
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c)

/**
 * Compares rule IDs and names naturally: runs of digits by their value ("AZMP-LNX-2" < "AZMP-LNX-10"),
 * punctuation before digits before letters, letters ignoring case, then by code unit so that the order is
 * total. For the characters of IDs (letters, digits, "-", ".") this is the order of an "en" numeric
 * Intl.Collator, without the ICU collator's set-up, which cost about 6 ms of every cold start
 * (test/report/natural-order.test.ts compares the two).
 */
export function compareNatural(a: string, b: string): number {
  if (a === b) return 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i
      let ej = j
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++
      const x = a.slice(i, ei).replace(/^0+(?=\d)/, '')
      const y = b.slice(j, ej).replace(/^0+(?=\d)/, '')
      if (x.length !== y.length) return x.length - y.length
      if (x !== y) return x < y ? -1 : 1
      i = ei
      j = ej
      continue
    }
    const k = charClass(ca) - charClass(cb)
    if (k !== 0) return k
    const d = lower(ca) - lower(cb)
    if (d !== 0) return d
    i++
    j++
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1
  return a < b ? -1 : 1
}
