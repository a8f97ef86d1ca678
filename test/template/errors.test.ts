/** Bad input: one line naming file:line:column and the parser's reason; never a stack, never a silent pass. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isUserError } from '../../src/errors.js'
import { readTemplate, TemplateError } from '../../src/facts/template/index.js'

const M = 'test/fixtures/templates/malformed'

async function failure(p: string, opts?: Parameters<typeof readTemplate>[1]): Promise<Error> {
  const e = await readTemplate(p, opts).then(
    () => undefined,
    (x: Error) => x
  )
  if (!e) throw new Error(`expected ${p} to fail`)
  expect(isUserError(e)).toBe(true)
  expect(e.message).not.toContain('\n')
  return e
}

test('unclosed block: missing } at end of file, naming where it opened', async () => {
  const e = await failure(`${M}/unclosed.pkr.hcl`)
  expect(e).toBeInstanceOf(TemplateError)
  expect(e.message).toBe(
    `${M}/unclosed.pkr.hcl:7:1: invalid HCL: missing '}' (to close the block opened at 1:1)`
  )
})

test('unexpected token: the token and its position', async () => {
  const e = await failure(`${M}/bad-token.pkr.hcl`)
  expect(e.message).toBe(`${M}/bad-token.pkr.hcl:3:21: invalid HCL: unexpected "="`)
})

test('a directory fails on its first malformed file', async () => {
  const e = await failure(M)
  expect(e.message).toBe(`${M}/bad-token.pkr.hcl:3:21: invalid HCL: unexpected "="`)
})

test('malformed JSON template', async () => {
  const e = await failure(`${M}/bad.json`)
  expect(e.message).toBe(`${M}/bad.json:3:48: invalid JSON: unexpected "}", expected a property name`)
})

describe('written on the fly', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-tpl-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text)
    return path.join(dir, name)
  }
  const shown = (p: string) => path.relative(process.cwd(), p)

  test('unterminated string', async () => {
    const f = write('str.pkr.hcl', 'source "azure-arm" "x" {\n  os_type = "Linux\n}\n')
    const e = await failure(f)
    expect(e.message).toBe(
      `${shown(f)}:4:1: invalid HCL: missing closing '"' (to close the string opened at 2:13)`
    )
  })

  test('unclosed interpolation', async () => {
    const f = write('interp.pkr.hcl', 'locals {\n  a = "x ${var.y"\n}\n')
    const e = await failure(f)
    expect(e.message).toBe(`${shown(f)}:2:12: invalid HCL: unexpected "var.y"`)
  })

  test('missing template, empty directory, unsupported *.pkr.json', async () => {
    expect((await failure(path.join(dir, 'nope'))).message).toBe(
      `template not found: ${path.join(dir, 'nope')}`
    )
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'))
    expect((await failure(empty)).message).toBe(`no *.pkr.hcl files in ${shown(empty)}`)
    const pj = write('x.pkr.json', '{}')
    expect((await failure(pj)).message).toMatch(/HCL in JSON syntax \(\*\.pkr\.json\) is not supported/)
  })

  test('--var: undeclared, badly typed, malformed', async () => {
    const f = write(
      'vars.pkr.hcl',
      'variable "n" {\n  type = number\n  default = 1\n}\nvariable "b" {\n  type = bool\n  default = true\n}\n'
    )
    expect((await failure(f, { vars: ['x=1'] })).message).toBe(
      `--var x: variable "x" is not declared in ${shown(f)}`
    )
    // A value that does not fit the type: exit 2 at the variable's declaration, as Packer rejects it.
    expect((await failure(f, { vars: ['n=ten'] })).message).toBe(
      `${shown(f)}:1:1: --var n=ten: "ten" is not a number (variable n is declared here)`
    )
    expect((await failure(f, { vars: ['b=yes'] })).message).toBe(
      `${shown(f)}:5:1: --var b=yes: cannot read it as a bool (variable b is declared here)`
    )
    expect((await failure(f, { vars: ['novalue'] })).message).toBe('--var novalue: expected NAME=VALUE')
    expect((await failure(f, { varFiles: [path.join(dir, 'missing.pkrvars.hcl')] })).message).toBe(
      `var file not found: ${shown(path.join(dir, 'missing.pkrvars.hcl'))}`
    )
  })

  test('duplicate source and a build naming an undefined source', async () => {
    const dup = write('dup.pkr.hcl', 'source "azure-arm" "a" {}\nsource "azure-arm" "a" {}\n')
    expect((await failure(dup)).message).toBe(`${shown(dup)}:2:1: duplicate source "azure-arm" "a"`)
    const sub = fs.mkdtempSync(path.join(dir, 'twice-'))
    fs.writeFileSync(
      path.join(sub, 'a.pkr.hcl'),
      'source "azure-arm" "a" {}\nbuild {\n  sources = ["source.azure-arm.a"]\n}\nbuild {\n  sources = ["source.azure-arm.a"]\n}\n'
    )
    expect((await failure(sub)).message).toBe(
      `${shown(sub)}/a.pkr.hcl:6:14: the image azure-arm.a is built twice; give each build a distinct name`
    )
  })

  test('unknown blocks and non-azure builders are noted, not errors', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'notes-'))
    fs.writeFileSync(
      path.join(sub, 'a.pkr.hcl'),
      'packer {\n  required_plugins {}\n}\nwhatever "x" {}\nsource "amazon-ebs" "y" {}\nbuild {\n  sources = ["source.amazon-ebs.y"]\n}\n'
    )
    const m = await readTemplate(sub)
    expect(m.sources).toEqual([])
    expect(m.builds[0]!.sources).toEqual([])
    const a = `${shown(sub)}/a.pkr.hcl`
    expect(m.notes).toEqual([
      `${a}:4: whatever block ignored`,
      `${a}:5: source "amazon-ebs" "y" ignored (not azure-arm)`,
      `${a}:7: build source "source.amazon-ebs.y" ignored (not azure-arm)`
    ])
  })
})
