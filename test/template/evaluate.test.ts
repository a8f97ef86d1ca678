/** The evaluator over parsed HCL expressions: what it computes, and what it refuses to guess. */
import { parseHcl, parseHclExpression } from '../../src/facts/template/hcl.js'
import {
  EvalError,
  evaluate,
  findError,
  findUnknown,
  Unknown,
  type Scope,
  type Value
} from '../../src/facts/template/evaluate.js'

const vars: Record<string, Value> = {
  s: 'a:b:c',
  n: 7,
  m: { k: 'v', nested: { x: 1 } },
  l: ['x', 'y', 'z'],
  nil: null,
  empty: ''
}
const scope: Scope = {
  // As the template reader's scope: an undeclared variable is Packer's error.
  variable: (n, e) =>
    n in vars ? vars[n]! : new EvalError(`Unsupported attribute: var.${n} is not declared`, e),
  local: (n, e) => new Unknown(`local.${n} is not defined`, e),
  pathRoot: 'templates'
}

async function ev(text: string): Promise<Value> {
  return evaluate(await parseHclExpression(text, 'test.hcl'), scope)
}
async function reason(text: string): Promise<string | undefined> {
  return findUnknown(await ev(text))?.reason
}

test.each([
  ['"plain"', 'plain'],
  ['42', 42],
  ['1.5', 1.5],
  ['true', true],
  ['null', null],
  ['"${var.n}"', 7], // a lone interpolation keeps its type
  ['"n=${var.n} ok=${true}"', 'n=7 ok=true'],
  ['"esc \\" \\\\ \\n \\u00e9 $${x} %%{y}"', 'esc " \\ \n é ${x} %{y}'],
  ['"a ${~ "b" ~} c"', 'abc'],
  ['var.m.k', 'v'],
  ['var.m["nested"].x', 1],
  ['var.l[1]', 'y'],
  ['var.l.2', 'z'],
  ['split(":", var.s)[2]', 'c'],
  ['join("-", var.l)', 'x-y-z'],
  ['coalesce(var.nil, var.empty, "third")', 'third'],
  ['coalescelist([], ["a"])', ['a']],
  ['lookup(var.m, "k", "d")', 'v'],
  ['lookup(var.m, "missing", "d")', 'd'],
  ['format("%s-%03d-%v-%q", "x", 5, true, "q")', 'x-005-true-"q"'],
  ['format("%-4s|%5.1f|%%", "ab", 3)', 'ab  |  3.0|%'],
  ['upper(lower("MiXed"))', 'MIXED'],
  ['replace("a.b.c", ".", "/")', 'a/b/c'],
  ['trimprefix(trimsuffix("v1.2.3-rc", "-rc"), "v")', '1.2.3'],
  ['substr("hello", 1, 3)', 'ell'],
  ['length(var.l) + length(var.m) + length("héllo")', 10],
  ['concat(var.l, ["w"])', ['x', 'y', 'z', 'w']],
  ['contains(var.l, "y")', true],
  ['keys({b = 1, a = 2})', ['a', 'b']],
  ['merge({a = 1}, {a = 2, b = 3})', { a: 2, b: 3 }],
  ['element(var.l, 4)', 'y'],
  ['flatten([["a"], ["b", ["c"]]])', ['a', 'b', 'c']],
  ['distinct(["a", "a", "b"])', ['a', 'b']],
  ['max(1, var.n, 3) * 2 - 1', 13],
  ['min(var.l...)', undefined],
  ['var.n > 5 && !false ? "big" : "small"', 'big'],
  ['var.n % 4 == 3', true],
  ['-var.n', -7],
  ['path.root', 'templates'],
  ['{ key = "v", "quoted key" = 2 }', { key: 'v', 'quoted key': 2 }],
  ['(1 + 2) * 3', 9],
  ['2 * (var.n - 1)', 12],
  ['false || var.unknown_thing', undefined],
  ['false && var.unknown_thing', false]
])('%s', async (text, want) => {
  const v = await ev(text)
  if (want === undefined) expect(findUnknown(v)).toBeDefined()
  else expect(v).toEqual(want)
})

test.each([
  ['timestamp()', 'function timestamp() is not evaluated'],
  ['uuidv4()', 'function uuidv4() is not evaluated'],
  ['env("HOME")', 'env("HOME") depends on the build environment'],
  ['[for x in var.l : upper(x)]', 'for expression is not evaluated'],
  ['var.l[*]', 'splat expression is not evaluated'],
  ['"%{ if true }x%{ endif }"', 'template directive (%{ … }) is not evaluated'],
  ['"a${var.nil}"', 'var.nil is null and cannot be interpolated'],
  ['"x${var.m}"', 'cannot use a map value as a string'],
  ['coalesce(var.nil, "")', 'coalesce: no non-null, non-empty argument'],
  ['path.cwd', 'path.cwd depends on where Packer runs'],
  ['build.ID', 'build.ID is only known while Packer builds'],
  ['1 / 0', 'division by zero'],
  ['format("%.1f", 2.71)', "format: %f of a fraction is rounded with Packer's 512-bit numbers"],
  ['0.1 + 0.2', "fractional or very large arithmetic is computed with Packer's 512-bit numbers"],
  ['replace("a", "/a/", "b")', 'replace with a regular expression is not evaluated']
])('%s stays unresolved: %s', async (text, why) => {
  expect(await reason(text)).toBe(why)
})

// What Packer 1.11.2 itself refuses is an error (the template is rejected), not an unresolved value.
test.each([
  ['tonumber("12")', 'Call to unknown function: there is no function named "tonumber" in Packer 1.11.2'],
  ['tostring(5)', 'Call to unknown function: there is no function named "tostring" in Packer 1.11.2'],
  ['lookup(var.m, "a")', 'lookup() takes 3 arguments, not 2'],
  ['element(var.l, -1)', 'cannot use element function with a negative index'],
  ['var.m.missing', 'Unsupported attribute: var.m has no attribute "missing"'],
  ['var.m["missing"]', 'Invalid index: var.m has no key "missing"'],
  ['var.l[5]', 'index 5 is out of range for var.l (3 elements)'],
  ['coalesce(var.nope, 1)', 'Unsupported attribute: var.nope is not declared']
])('%s is an error in Packer: %s', async (text, why) => {
  const v = await ev(text)
  expect(findError(v)?.reason).toBe(why)
})

test('an unknown element does not poison its neighbours', async () => {
  const v = (await ev('{ a = timestamp(), b = "known" }')) as Record<string, Value>
  expect(v.b).toBe('known')
  expect(v.a).toBeInstanceOf(Unknown)
  expect(await ev('{ a = timestamp(), b = "known" }.b')).toBe('known')
})

test('heredocs: plain keeps indentation and the final newline; <<- strips the common indent', async () => {
  const body = await parseHcl(
    'a = <<EOT\n  one ${var.n}\n    two\nEOT\nb = <<-EOT\n    one\n      two $${x}\n    EOT\n',
    'h.hcl'
  )
  expect(evaluate(body.attributes[0]!.expr, scope)).toBe('  one 7\n    two\n')
  expect(evaluate(body.attributes[1]!.expr, scope)).toBe('one\n  two ${x}\n')
  expect(body.attributes[1]!.span).toMatchObject({ line: 5, column: 1, end_line: 8 })
})

test('columns count UTF-16 units, so non-ASCII text before a value does not shift it', async () => {
  const body = await parseHcl('# ünïcödé 😀\nx = "é😀${var.n}"\n', 'u.hcl')
  expect(body.attributes[0]!.span).toMatchObject({ line: 2, column: 1 })
  expect(evaluate(body.attributes[0]!.expr, scope)).toBe('é😀7')
})
