/** A small syntax tree for HCL (and for legacy JSON templates), independent of tree-sitter. */

/** 1-based line and column of a node (columns count UTF-16 code units), and the line it ends on. */
export interface Span {
  file: string
  line: number
  column: number
  end_line: number
  end_column: number
}

type Base = { span: Span; text: string }

export type Expr =
  | (Base & { kind: 'literal'; value: string | number | boolean | null })
  | (Base & { kind: 'template'; parts: Array<string | Expr> })
  | (Base & { kind: 'variable'; name: string })
  | (Base & { kind: 'getattr'; object: Expr; name: string })
  | (Base & { kind: 'index'; object: Expr; key: Expr })
  | (Base & { kind: 'call'; name: string; args: Expr[]; expand: boolean })
  | (Base & { kind: 'tuple'; items: Expr[] })
  | (Base & { kind: 'object'; items: Array<{ key: Expr; value: Expr }> })
  | (Base & { kind: 'conditional'; cond: Expr; then: Expr; else: Expr })
  | (Base & { kind: 'binary'; op: string; left: Expr; right: Expr })
  | (Base & { kind: 'unary'; op: string; operand: Expr })
  /** Syntax we parse but do not evaluate (for expressions, splats, template directives). */
  | (Base & { kind: 'unsupported'; what: string })

export interface Attribute {
  name: string
  expr: Expr
  span: Span
}

export interface Block {
  type: string
  labels: string[]
  body: Body
  span: Span
}

export interface Body {
  attributes: Attribute[]
  blocks: Block[]
}

export function attr(body: Body, name: string): Attribute | undefined {
  return body.attributes.find(a => a.name === name)
}

export function blocks(body: Body, type: string): Block[] {
  return body.blocks.filter(b => b.type === type)
}
