/**
 * Escaping for text that comes from facts (file contents, build names, custom_data …) and is placed in
 * GitHub-flavoured Markdown: PR comments, check-run summaries, the job summary.
 *
 * The result renders as the literal text: no raw HTML (`<img>`, `<!-- -->` that could fake our comment
 * marker, `<details>`), no `@mentions` that would notify people, no `#123`/`GH-1` cross-references, no
 * Markdown emphasis or links, no broken tables (`|`, newlines), no control characters.
 */

const ZWJ = '\u200d'

/**
 * Characters GitHub's Markdown gives a meaning anywhere in a line; each is backslash-escaped (GFM allows it
 * for any ASCII punctuation). `#` also stops `#123` cross-references; `[`/`]` stop links and images.
 */
const MD_PUNCT = /[\\`*_[\]#~|]/g

/**
 * Escapes text for inline Markdown (a table cell, a list item, a heading). Newlines become `<br>` (our own
 * tag, so a multi-line value keeps its shape without ending the table row).
 */
export function escapeMarkdown(text: unknown): string {
  const s = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text)
  return (
    s
      // Control characters other than newline and tab are dropped; CRLF and CR are newlines.
      .replace(/\r\n?/g, '\n')
      .replace(
        /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
        ''
      )
      .replace(/\t/g, ' ')
      // HTML first: & < > become entities, so no tag, comment or entity survives.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Markdown punctuation, including | (tables) and ` (code spans).
      .replace(MD_PUNCT, c => `\\${c}`)
      // List markers and ordered-list numbers only count at the start of a line.
      .replace(/(^|\n)([-+])/g, '$1\\$2')
      .replace(/(^|\n)(\d+)([.)])/g, '$1$2\\$3')
      // @mention and team mention: a zero-width joiner after @ keeps the text but stops the link.
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
      // Bare URLs are autolinked by GitHub; breaking "://" keeps them as text.
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/\n/g, '<br>')
  )
}

/** Escapes text for a Markdown table cell; an empty value becomes a dash so the row keeps its columns. */
export function escapeCell(text: unknown): string {
  const s = escapeMarkdown(text)
  return s === '' ? '–' : s
}

/**
 * Shows text as inline code. Inside a code span nothing is interpreted except the closing backticks and,
 * in a table, `|`; so fence with more backticks than the text contains, and escape `|` via its entity
 * (GitHub does not decode entities in code spans, so `|` there is replaced by a look-alike instead).
 */
export function inlineCode(text: unknown): string {
  const s = (typeof text === 'string' ? text : String(text ?? ''))
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\|/g, '\u2758') // ❘ light vertical bar
  if (s === '') return '–'
  let longest = 0
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length)
  const fence = '`'.repeat(longest + 1)
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${s}${pad}${fence}`
}

/** Escapes text for an HTML attribute value or element content inside our own HTML (e.g. `<summary>`). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
}

/** A hidden-marker-safe key: letters, digits and `._/-`, at most 100 characters; anything else becomes `-`. */
export function markerKey(key: string | undefined): string {
  const k = (key ?? '')
    .trim()
    .replace(/[^A-Za-z0-9._/-]/g, '-')
    .slice(0, 100)
  return k === '' ? 'default' : k
}

/**
 * Cuts Markdown to at most `max` UTF-16 code units without splitting a surrogate pair or an escape,
 * then appends `suffix` (which counts towards `max`).
 */
export function truncate(text: string, max: number, suffix: string): string {
  if (text.length <= max) return text
  let cut = Math.max(0, max - suffix.length)
  // don't split a surrogate pair
  if (cut > 0 && /[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--
  let head = text.slice(0, cut)
  // don't leave half an entity or a dangling backslash
  head = head.replace(/&[a-z#0-9]*$/i, '').replace(/\\$/, '')
  return head + suffix
}
