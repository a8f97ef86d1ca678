/**
 * Text from inputs (build names, custom_data values, file contents) is untrusted. Before it reaches a
 * terminal or a log it is made inert: control characters become visible escapes, so a value can never start
 * a new line with "::" and turn into a workflow command, nor move the cursor.
 */
export function escapeControl(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => {
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

/** Shortens very long untrusted text for one-line messages. */
export function clip(s: string, max = 200): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`
}

/** escapeControl + clip: safe to print anywhere on one line. */
export function inert(s: unknown, max = 200): string {
  return clip(escapeControl(typeof s === 'string' ? s : (JSON.stringify(s) ?? String(s))), max)
}

const collator = new Intl.Collator('en', { numeric: true })

/** Compares rule IDs and names numerically ("AZMP-LNX-2" < "AZMP-LNX-10"); one shared collator (fast). */
export const compareNatural = (a: string, b: string): number => collator.compare(a, b)
