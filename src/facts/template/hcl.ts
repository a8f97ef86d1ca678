/**
 * HCL2 → our syntax tree (ast.ts), through tree-sitter's HCL grammar. Keeps every position and the order
 * of blocks; syntax errors (tree-sitter ERROR and MISSING nodes) become one TemplateError at the first one.
 */
import type { Node as TsNode } from 'web-tree-sitter'
import { hclParser } from './grammar.js'
import { TemplateError } from './errors.js'
import type { Attribute, Block, Body, Expr, Span } from './ast.js'
import { inert } from '../../text.js'

export async function parseHcl(source: string, file: string): Promise<Body> {
  // The tree-sitter grammar lacks HCL's exponent-only numbers (`1e21`): where it stops at one, the literal is
  // given a fraction (`1.0e21`) and parsed again (columns after it on that line move by two).
  let first: TemplateError | undefined
  for (let i = 0; i < 50; i++) {
    try {
      return await parseOnce(source, file)
    } catch (e) {
      if (!(e instanceof ExponentGap)) throw first ?? e
      first ??= e.error
      source = `${source.slice(0, e.index)}.0${source.slice(e.index)}`
    }
  }
  throw first ?? new TemplateError(file, 1, 1, 'invalid HCL')
}

class ExponentGap extends Error {
  constructor(
    readonly index: number,
    readonly error: TemplateError
  ) {
    super(error.message)
  }
}

async function parseOnce(source: string, file: string): Promise<Body> {
  const parser = await hclParser()
  const tree = parser.parse(source)
  if (!tree) throw new TemplateError(file, 1, 1, 'the HCL parser gave up on this file')
  try {
    const root = tree.rootNode
    tooDeep(tree, file)
    if (root.hasError) {
      const err = syntaxError(root, file, source)
      const gap = exponentGap(root, source)
      if (gap >= 0) throw new ExponentGap(gap, err)
      throw err
    }
    return new Converter(source, file).configFile(root)
  } finally {
    tree.delete()
  }
}

/** Syntax-tree depth beyond which a template is refused: the reader and evaluator recurse per level. */
export const MAX_TREE_DEPTH = 600

/** Walks the tree without recursion; a TemplateError at the first node nested deeper than the limit. */
function tooDeep(tree: { walk(): import('web-tree-sitter').TreeCursor }, file: string): void {
  const c = tree.walk()
  try {
    let depth = 0
    for (;;) {
      if (depth > MAX_TREE_DEPTH) {
        const p = c.startPosition
        throw new TemplateError(
          file,
          p.row + 1,
          p.column + 1,
          `expressions nested too deeply (more than ${MAX_TREE_DEPTH} syntax levels)`
        )
      }
      if (c.gotoFirstChild()) {
        depth++
        continue
      }
      while (!c.gotoNextSibling()) {
        if (!c.gotoParent()) return
        depth--
      }
    }
  } finally {
    c.delete()
  }
}

/** Parses one expression (a `--var name=value` of a non-string type). */
export async function parseHclExpression(text: string, file: string): Promise<Expr> {
  const body = await parseHcl(`value = ${text}\n`, file)
  const a = body.attributes[0]
  if (!a || body.attributes.length !== 1 || body.blocks.length)
    throw new TemplateError(file, 1, 1, `not a single HCL expression: ${inert(text)}`)
  return a.expr
}

/** The index of the `e` of an exponent-only number (`1e21`) just before the first syntax problem, or -1. */
function exponentGap(root: TsNode, source: string): number {
  const p = firstProblem(root)
  if (!p) return -1
  const from = Math.max(0, p.startIndex - 200)
  const window = source.slice(from, p.startIndex + 40)
  let found = -1
  for (const m of window.matchAll(/(^|[^\w."$.])(\d+)([eE][+-]?\d+)(?![\w.])/g))
    found = from + m.index + m[1]!.length + m[2]!.length
  return found
}

function firstProblem(node: TsNode): TsNode | undefined {
  if (node.isMissing) return node
  if (!node.hasError && !node.isError) return undefined
  for (const c of node.children) {
    const p = c && firstProblem(c)
    if (p) return p
  }
  // An ERROR node with no nested problem: the recovery region starts here.
  return node.isError ? node : undefined
}

const TOKEN_NAMES: Record<string, string> = {
  block_end: "'}'",
  object_end: "'}'",
  tuple_end: "']'",
  quoted_template_end: "closing '\"'",
  template_interpolation_end: "'}' closing '${'",
  heredoc_identifier: 'heredoc end marker',
  identifier: 'a name',
  expression: 'an expression'
}

const CLOSERS = new Set([
  '}',
  ']',
  ')',
  '"',
  'block_end',
  'object_end',
  'tuple_end',
  'quoted_template_end',
  'template_interpolation_end',
  'heredoc_identifier'
])

const OPENERS: Record<string, string> = {
  block: 'block',
  object: 'object',
  tuple: 'list',
  function_call: 'function call',
  quoted_template: 'string',
  string_lit: 'string',
  heredoc_template: 'heredoc'
}

function opened(p: TsNode): string {
  for (let a = p.parent; a; a = a.parent) {
    const what = OPENERS[a.type]
    if (what)
      return ` (to close the ${what} opened at ${a.startPosition.row + 1}:${a.startPosition.column + 1})`
  }
  return ''
}

function syntaxError(root: TsNode, file: string, source: string): TemplateError {
  let p = firstProblem(root) ?? root
  if (
    p.isMissing &&
    CLOSERS.has(p.type) &&
    !['quoted_template_end', 'template_interpolation_end', 'heredoc_identifier', '"'].includes(p.type)
  ) {
    // Several closers missing at the end of the file: name the outermost one (the first opened).
    const all = root
      .descendantsOfType([...CLOSERS])
      .filter((x): x is TsNode => !!x && x.isMissing && x.startIndex === p.startIndex)
    p = all[all.length - 1] ?? p
  }
  const line = p.startPosition.row + 1
  const column = p.startPosition.column + 1
  if (p.isMissing && CLOSERS.has(p.type)) {
    const want = TOKEN_NAMES[p.type] ?? `'${p.type}'`
    return new TemplateError(file, line, column, `invalid HCL: missing ${want}${opened(p)}`)
  }
  // An ERROR node, or a token tree-sitter invented to recover: name what is actually there.
  const rest = p.isMissing ? source.slice(p.startIndex) : p.text
  const m = /^\s*/.exec(rest)
  const skipped = m ? m[0] : ''
  const token = rest.slice(skipped.length).split(/\s/)[0] ?? ''
  if (token === '') return new TemplateError(file, line, column, 'invalid HCL: unexpected end of file')
  let l = line
  let c = column
  for (const ch of skipped) {
    if (ch === '\n') {
      l++
      c = 1
    } else c++
  }
  return new TemplateError(file, l, c, `invalid HCL: unexpected ${inert(JSON.stringify(token), 40)}`)
}

class Converter {
  constructor(
    private readonly src: string,
    private readonly file: string
  ) {}

  span(n: TsNode): Span {
    return {
      file: this.file,
      line: n.startPosition.row + 1,
      column: n.startPosition.column + 1,
      end_line: n.endPosition.row + 1,
      end_column: n.endPosition.column + 1
    }
  }

  text(n: TsNode): string {
    return this.src.slice(n.startIndex, n.endIndex)
  }

  configFile(root: TsNode): Body {
    const body = root.namedChildren.find(c => c?.type === 'body')
    if (body) return this.body(body)
    if (root.namedChildren.some(c => c?.type === 'object'))
      throw new TemplateError(
        this.file,
        1,
        1,
        'a JSON-syntax HCL file is not supported here; use native HCL syntax'
      )
    return { attributes: [], blocks: [] }
  }

  body(n: TsNode): Body {
    const out: Body = { attributes: [], blocks: [] }
    for (const c of n.namedChildren) {
      if (!c) continue
      if (c.type === 'attribute') out.attributes.push(this.attribute(c))
      else if (c.type === 'block') out.blocks.push(this.block(c))
    }
    return out
  }

  attribute(n: TsNode): Attribute {
    const name = n.namedChildren.find(c => c?.type === 'identifier')
    const expr = n.namedChildren.find(c => c?.type === 'expression')
    if (!name || !expr)
      throw new TemplateError(
        this.file,
        n.startPosition.row + 1,
        n.startPosition.column + 1,
        'invalid HCL: malformed attribute'
      )
    return { name: this.text(name), expr: this.expr(expr), span: this.span(n) }
  }

  block(n: TsNode): Block {
    let type: string | undefined
    const labels: string[] = []
    let body: Body = { attributes: [], blocks: [] }
    for (const c of n.namedChildren) {
      if (!c) continue
      if (c.type === 'identifier') {
        if (type === undefined) type = this.text(c)
        else labels.push(this.text(c))
      } else if (c.type === 'string_lit') labels.push(unescapeQuoted(this.stringLitContent(c)))
      else if (c.type === 'body') body = this.body(c)
    }
    return { type: type ?? '', labels, body, span: this.span(n) }
  }

  stringLitContent(n: TsNode): string {
    const start = n.children.find(c => c?.type === 'quoted_template_start')
    const end = n.children.find(c => c?.type === 'quoted_template_end')
    return this.src.slice(start ? start.endIndex : n.startIndex, end ? end.startIndex : n.endIndex)
  }

  base(n: TsNode): { span: Span; text: string } {
    return { span: this.span(n), text: this.text(n) }
  }

  unsupported(n: TsNode, what: string): Expr {
    return { kind: 'unsupported', what, ...this.base(n) }
  }

  expr(n: TsNode): Expr {
    switch (n.type) {
      case 'expression':
        return this.expression(n)
      case 'literal_value':
        return this.literal(n)
      case 'template_expr': {
        const t = n.namedChildren[0]
        if (!t) return this.unsupported(n, 'empty template')
        return t.type === 'heredoc_template' ? this.heredoc(t, n) : this.quoted(t, n)
      }
      case 'variable_expr':
        return { kind: 'variable', name: this.text(n), ...this.base(n) }
      case 'function_call':
        return this.call(n)
      case 'collection_value': {
        const c = n.namedChildren[0]
        if (!c) return this.unsupported(n, 'empty collection')
        return c.type === 'tuple' ? this.tuple(c, n) : this.object(c, n)
      }
      case 'conditional': {
        const [cond, then, els] = n.namedChildren.filter(c => c && c.type !== 'comment') as TsNode[]
        if (!cond || !then || !els) return this.unsupported(n, 'malformed conditional')
        return {
          kind: 'conditional',
          cond: this.expr(cond),
          then: this.expr(then),
          else: this.expr(els),
          ...this.base(n)
        }
      }
      case 'operation': {
        const c = n.namedChildren[0]
        return c ? this.expr(c) : this.unsupported(n, 'empty operation')
      }
      case 'binary_operation': {
        const kids = n.children.filter(c => c && c.type !== 'comment') as TsNode[]
        const at = kids.findIndex(c => !c.isNamed && c.type !== '(' && c.type !== ')')
        if (at <= 0 || at === kids.length - 1) return this.unsupported(n, 'malformed operation')
        return {
          kind: 'binary',
          op: kids[at]!.type,
          left: this.chain(kids.slice(0, at), n),
          right: this.chain(kids.slice(at + 1), n),
          ...this.base(n)
        }
      }
      case 'unary_operation': {
        const kids = n.children.filter(c => c && c.type !== 'comment') as TsNode[]
        if (kids.length < 2 || kids[0]!.isNamed) return this.unsupported(n, 'malformed operation')
        return { kind: 'unary', op: kids[0]!.type, operand: this.chain(kids.slice(1), n), ...this.base(n) }
      }
      case 'for_expr':
        return this.unsupported(n, 'for expression')
      default:
        return this.unsupported(n, n.type.replace(/_/g, ' '))
    }
  }

  /** `expression`: a primary (or parenthesised expression) followed by attribute, index and splat steps. */
  expression(n: TsNode): Expr {
    return this.chain(n.children.filter(c => c && c.type !== 'comment') as TsNode[], n)
  }

  /** A primary (or parenthesised expression) followed by attribute, index and splat steps. */
  chain(kids: TsNode[], n: TsNode): Expr {
    const first = kids[0]
    const lastKid = kids[kids.length - 1]
    if (!first || !lastKid) return this.unsupported(n, 'empty expression')
    const whole = {
      span: {
        file: this.file,
        line: first.startPosition.row + 1,
        column: first.startPosition.column + 1,
        end_line: lastKid.endPosition.row + 1,
        end_column: lastKid.endPosition.column + 1
      },
      text: this.src.slice(first.startIndex, lastKid.endIndex)
    }
    let i = 0
    let cur: Expr | undefined
    if (kids[0]?.type === '(') {
      const inner = kids.find(c => c.type === 'expression')
      if (!inner) return { kind: 'unsupported', what: 'empty parentheses', ...whole }
      cur = this.expr(inner)
      i = kids.findIndex(c => c.type === ')') + 1
    } else if (kids[0]) {
      cur = this.expr(kids[0])
      i = 1
    }
    if (!cur) return this.unsupported(n, 'empty expression')
    const start = first.startIndex
    for (; i < kids.length; i++) {
      const k = kids[i]!
      const upto = {
        span: { ...this.span(n), end_line: k.endPosition.row + 1, end_column: k.endPosition.column + 1 },
        text: this.src.slice(start, k.endIndex)
      }
      if (k.type === 'get_attr') {
        const id = k.namedChildren.find(c => c?.type === 'identifier')
        cur = { kind: 'getattr', object: cur, name: id ? this.text(id) : '', ...upto }
      } else if (k.type === 'index') {
        const inner = k.namedChildren[0]
        if (inner?.type === 'new_index') {
          const e = inner.namedChildren.find(c => c?.type === 'expression')
          cur = e
            ? { kind: 'index', object: cur, key: this.expr(e), ...upto }
            : { kind: 'unsupported', what: 'empty index', ...upto }
        } else if (inner?.type === 'legacy_index') {
          const num = Number(this.text(inner).replace(/^\./, ''))
          cur = {
            kind: 'index',
            object: cur,
            key: { kind: 'literal', value: num, ...this.base(inner) },
            ...upto
          }
        } else cur = { kind: 'unsupported', what: 'index', ...upto }
      } else if (k.type === 'splat') {
        return { kind: 'unsupported', what: 'splat expression', ...whole }
      } else if (k.type === ')' || k.type === '(') {
        continue
      } else {
        return { kind: 'unsupported', what: k.type.replace(/_/g, ' '), ...whole }
      }
    }
    if (i > 1 || first.type === '(') {
      // Give the whole expression's span/text to the outermost node.
      return { ...cur, ...whole }
    }
    return cur
  }

  literal(n: TsNode): Expr {
    const c = n.namedChildren[0]
    if (!c) return this.unsupported(n, 'empty literal')
    switch (c.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: Number(this.text(c)), ...this.base(n) }
      case 'bool_lit':
        return { kind: 'literal', value: this.text(c) === 'true', ...this.base(n) }
      case 'null_lit':
        return { kind: 'literal', value: null, ...this.base(n) }
      case 'string_lit':
        return { kind: 'literal', value: unescapeQuoted(this.stringLitContent(c)), ...this.base(n) }
      default:
        return this.unsupported(n, c.type)
    }
  }

  call(n: TsNode): Expr {
    const id = n.namedChildren.find(c => c?.type === 'identifier')
    const argsNode = n.namedChildren.find(c => c?.type === 'function_arguments')
    const args = argsNode
      ? (argsNode.namedChildren.filter(c => c?.type === 'expression') as TsNode[]).map(a => this.expr(a))
      : []
    const expand = argsNode ? argsNode.namedChildren.some(c => c?.type === 'ellipsis') : false
    return { kind: 'call', name: id ? this.text(id) : '', args, expand, ...this.base(n) }
  }

  tuple(t: TsNode, outer: TsNode): Expr {
    const items = (t.namedChildren.filter(c => c?.type === 'expression') as TsNode[]).map(e => this.expr(e))
    return { kind: 'tuple', items, ...this.base(outer) }
  }

  object(o: TsNode, outer: TsNode): Expr {
    const items: Array<{ key: Expr; value: Expr }> = []
    for (const el of o.namedChildren) {
      if (el?.type !== 'object_elem') continue
      const k = el.childForFieldName('key')
      const v = el.childForFieldName('val')
      if (!k || !v) continue
      let key = this.expr(k)
      // A bare identifier as an object key is its name, not a variable reference.
      if (key.kind === 'variable') key = { kind: 'literal', value: key.name, span: key.span, text: key.text }
      items.push({ key, value: this.expr(v) })
    }
    return { kind: 'object', items, ...this.base(outer) }
  }

  /** Template parts from the source between two delimiters: literal runs and interpolations, in order. */
  parts(children: TsNode[], from: number, to: number, unescape: (s: string) => string): Array<string | Expr> {
    const raw: Array<{ lit: string } | { expr: Expr; stripBefore: boolean; stripAfter: boolean }> = []
    let cursor = from
    for (const c of children) {
      if (c.type !== 'template_interpolation' && c.type !== 'template_directive') continue
      if (c.startIndex < from || c.endIndex > to) continue
      raw.push({ lit: this.src.slice(cursor, c.startIndex) })
      if (c.type === 'template_directive') {
        raw.push({
          expr: this.unsupported(c, 'template directive (%{ … })'),
          stripBefore: false,
          stripAfter: false
        })
      } else {
        const kids = c.children.filter(k => k) as TsNode[]
        const e = kids.find(k => k.type === 'expression')
        const stripBefore = kids[1]?.type === 'strip_marker'
        const stripAfter = kids[kids.length - 2]?.type === 'strip_marker'
        raw.push({
          expr: e ? this.expr(e) : this.unsupported(c, 'empty interpolation'),
          stripBefore,
          stripAfter
        })
      }
      cursor = c.endIndex
    }
    raw.push({ lit: this.src.slice(cursor, to) })
    const out: Array<string | Expr> = []
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i]!
      if ('expr' in r) {
        out.push(r.expr)
        continue
      }
      let s = r.lit
      const prev = raw[i - 1]
      const next = raw[i + 1]
      if (prev && 'expr' in prev && prev.stripAfter) s = s.replace(/^\s+/, '')
      if (next && 'expr' in next && next.stripBefore) s = s.replace(/\s+$/, '')
      s = unescape(s)
      if (s !== '') out.push(s)
    }
    return out
  }

  quoted(t: TsNode, outer: TsNode): Expr {
    const kids = t.children.filter(c => c) as TsNode[]
    const start = kids.find(c => c.type === 'quoted_template_start')
    const end = kids.find(c => c.type === 'quoted_template_end')
    const parts = this.parts(
      kids,
      start ? start.endIndex : t.startIndex,
      end ? end.startIndex : t.endIndex,
      unescapeQuoted
    )
    return { kind: 'template', parts, ...this.base(outer) }
  }

  heredoc(t: TsNode, outer: TsNode): Expr {
    const kids = t.children.filter(c => c) as TsNode[]
    const ids = kids.filter(c => c.type === 'heredoc_identifier')
    const startNode = kids.find(c => c.type === 'heredoc_start')
    const open = ids[0]
    const close = ids[ids.length - 1]
    if (!open || !close || open === close) return this.unsupported(outer, 'unterminated heredoc')
    const nl = this.src.indexOf('\n', open.endIndex)
    const from = nl < 0 ? open.endIndex : nl + 1
    const to = this.src.lastIndexOf('\n', close.startIndex - 1) + 1
    const unesc = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
    let parts = this.parts(kids, from, Math.max(from, to), unesc)
    if (startNode && this.text(startNode).includes('-')) parts = flush(parts)
    return { kind: 'template', parts, ...this.base(outer) }
  }
}

/** `<<-`: remove the smallest indentation of the non-blank lines from every line. */
function flush(parts: Array<string | Expr>): Array<string | Expr> {
  const MARK = '\u0000'
  const exprs: Expr[] = []
  const joined = parts.map(p => (typeof p === 'string' ? p : (exprs.push(p), MARK))).join('')
  const lines = joined.split('\n')
  let min = Infinity
  for (const l of lines) {
    if (l.trim() === '') continue
    const m = /^[ \t]*/.exec(l)
    min = Math.min(min, m ? m[0].length : 0)
  }
  if (!Number.isFinite(min)) min = 0
  const text = lines.map(l => l.slice(Math.min(min, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n')
  const out: Array<string | Expr> = []
  let k = 0
  for (const seg of text.split(MARK)) {
    if (seg !== '') out.push(seg)
    if (k < exprs.length) out.push(exprs[k++]!)
  }
  return out
}

/** Escapes of quoted HCL strings. */
export function unescapeQuoted(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/gs, (m, e: string | undefined) => {
    if (m === '$${') return '${'
    if (m === '%%{') return '%{'
    switch (e?.[0]) {
      case 'n':
        return '\n'
      case 'r':
        return '\r'
      case 't':
        return '\t'
      case '"':
        return '"'
      case '\\':
        return '\\'
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1), 16))
      default:
        return m
    }
  })
}
