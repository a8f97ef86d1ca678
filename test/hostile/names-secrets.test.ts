/**
 * Hostile names (workflow commands, bidi and control characters in image and file names) and SAS
 * signatures in every form our parser reads, through the bundled CLI and the bundled action as processes:
 * no output line is a workflow command, no bidi/control character reaches terminal or Markdown output,
 * JSON keeps the exact data, and no signature appears in stdout, stderr or any report file.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../support/run-cli.js'
import { COMPLIANT, NOW, commandLines, controlChars, expectAbsent, makeWorkspace, run } from './support.js'

const W = makeWorkspace('names')
const ws = W.ws
const p = (n: string) => path.join(ws, n)
afterAll(() => W.cleanup())
const compliant = JSON.parse(fs.readFileSync(COMPLIANT, 'utf8')) as { builds: Array<Record<string, unknown>> }

function manifestNamed(name: string, file = 'm.json'): string {
  const m = structuredClone(compliant)
  m.builds[0]!.name = name
  ;(m.builds[0]!.custom_data as Record<string, string>).os_disk_size_gb = '1' // a failing finding too
  fs.writeFileSync(p(file), JSON.stringify(m))
  return file
}

const NAMES: Array<[string, string]> = [
  ['"::error::" at the start', '::error file=x,line=1::pwned'],
  ['"::" after blanks', '   ::warning::pwned'],
  ['"##[" in the middle', 'img ##[add-mask]pwned'],
  ['"::add-mask::" after a newline', 'img\n::add-mask::pwned'],
  ['"::" after a carriage return', 'img\r::set-output name=x::pwned'],
  ['a right-to-left override', 'img\u202egpj.exe'],
  ['isolates and marks', 'a\u2066b\u2067c\u2068d\u2069e\u200ff\u061c'],
  ['ANSI escapes', 'img\u001b[2J\u001b[31mred\u0007'],
  ['C1 controls and line separators', 'img\u0085x\u009by\u2028z']
]

describe('hostile image names', () => {
  test.each(NAMES)('text report: %s', (_what, name) => {
    const r = run(['check', '--manifest', manifestNamed(name), ...NOW, '--verbose'], ws)
    expect(r.code).toBe(1)
    expect(commandLines(r.stdout + r.stderr)).toEqual([])
    expect(controlChars(r.stdout)).toEqual([])
  })
  test.each(NAMES)('JSON report keeps the exact name: %s', (_what, name) => {
    const r = run(['check', '--manifest', manifestNamed(name), ...NOW, '--format', 'json'], ws)
    expect(r.code).toBe(1)
    expect(commandLines(r.stdout)).toEqual([])
    expect((JSON.parse(r.stdout) as { images: Array<{ name: string }> }).images[0]!.name).toBe(name)
  })
  test.each(['sarif', 'junit', 'markdown'])(
    '%s on stdout: no workflow command, no control character',
    fmt => {
      const name = '::error::x ##[add-mask]y \u202e z\u001b[0m'
      const r = run(['check', '--manifest', manifestNamed(name), ...NOW, '--format', fmt], ws)
      expect(r.code).toBe(1)
      expect(commandLines(r.stdout)).toEqual([])
      if (fmt === 'sarif') JSON.parse(r.stdout)
      if (fmt === 'markdown') expect(controlChars(r.stdout)).toEqual([])
    }
  )
  test('a manifest file named "::error::…" that is broken: the error line is no command', () => {
    fs.writeFileSync(p('::error::x.json'), '{')
    const r = run(['check', '--manifest', '::error::x.json'], ws)
    expect(r.code).toBe(2)
    expect(commandLines(r.stdout + r.stderr)).toEqual([])
  })
  test('a facts file named with "##[" and a bidi override: escaped in the error line', () => {
    const f = 'a##[add-mask]\u202eb.json'
    fs.writeFileSync(p(f), '[]')
    const r = run(['check', '--facts', f], ws)
    expect(r.code).toBe(2)
    expect(commandLines(r.stderr)).toEqual([])
    expect(controlChars(r.stderr)).toEqual([])
  })
})

const SIG = 'Zq3hostileSignatureValue0123456789ABCDEFabcdef'
const SIG_ENC = 'Zq3hostile%2BSig%2FValue%3D0123456789'
const SIG_ENC_DECODED = 'Zq3hostile+Sig/Value=0123456789'
const sas = (q: string) =>
  `https://acct.blob.core.windows.net/vhds/os.vhd?sv=2022-11-02&sr=b&sp=r&st=2026-11-20T00:00:00Z&se=2026-12-20T00:00:00Z&${q}`

const FORMS: Array<[string, string, string[]]> = [
  ['sig=', sas(`sig=${SIG}`), [SIG]],
  ['SIG= (upper case)', sas(`SIG=${SIG}`), [SIG]],
  ['%73ig= (percent-encoded name)', sas(`%73ig=${SIG}`), [SIG]],
  ['%53%49%47= (all encoded, upper case)', sas(`%53%49%47=${SIG}`), [SIG]],
  ['sIg= with a percent-encoded value', sas(`sIg=${SIG_ENC}`), [SIG_ENC, SIG_ENC_DECODED, 'Zq3hostile+Sig']],
  ['a repeated sig (both values)', sas(`sig=${SIG}&sig=${SIG}Second`), [SIG, `${SIG}Second`]],
  [
    'sig before the other parameters',
    `https://acct.blob.core.windows.net/vhds/os.vhd?%73ig=${SIG}&sv=2022-11-02`,
    [SIG]
  ],
  ['an invalid time next to the signature', sas(`se=garbage&%73ig=${SIG}`), [SIG]],
  ['not a URL at all', `notaurl?%73ig=${SIG}`, [SIG]]
]

describe('SAS signatures never in any output of the CLI', () => {
  test.each(FORMS)('--sas with %s', (_what, uri, secrets) => {
    const out = p('report.json')
    const r = run(
      [
        'check',
        '--manifest',
        COMPLIANT,
        '--sas',
        `os=${uri}`,
        ...NOW,
        '--format',
        'json',
        '--output',
        out,
        '--verbose'
      ],
      ws
    )
    expect(r.signal).toBeNull()
    expect(r.code).not.toBe(3)
    const texts = [r.stdout, r.stderr, fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '']
    expectAbsent(texts, secrets)
    expect(commandLines(texts.join('\n'))).toEqual([])
  })
  test.each(['sarif', 'junit', 'markdown', 'text'])('--format %s to stdout and to --output', fmt => {
    const uri = sas(`%73ig=${SIG}`)
    const a = run(['check', '--manifest', COMPLIANT, '--sas', `os=${uri}`, ...NOW, '--format', fmt], ws)
    const out = p(`report.${fmt}`)
    const b = run(
      ['check', '--manifest', COMPLIANT, '--sas', `os=${uri}`, ...NOW, '--format', fmt, '--output', out],
      ws
    )
    expectAbsent([a.stdout, a.stderr, b.stdout, b.stderr, fs.readFileSync(out, 'utf8')], [SIG])
  })
  test('a signature in a --vhd URL whose server is not there', () => {
    const r = run(
      [
        'check',
        '--vhd',
        `os=http://127.0.0.1:1/c/os.vhd?sv=1&%73ig=${SIG}`,
        ...NOW,
        '--verbose',
        '--format',
        'json'
      ],
      ws
    )
    expect(r.code).not.toBe(3)
    expectAbsent([r.stdout, r.stderr], [SIG])
  })
  test('a signature in a command-line error (unknown flag value)', () => {
    const r = run(['check', '--mode', `x?sig=${SIG}`], ws)
    expect(r.code).toBe(2)
    expectAbsent([r.stdout, r.stderr], [SIG])
  })
})

describe('the bundled action: signatures masked and redacted, log lines neutralised', () => {
  test('hostile build name and a %73ig= SAS: stdout, summary, report, SARIF and JUnit', () => {
    const dir = fs.mkdtempSync(path.join(ws, 'action-'))
    const files = Object.fromEntries(
      ['summary.md', 'output', 'env', 'state', 'path'].map(f => [f, path.join(dir, f)])
    )
    for (const f of Object.values(files)) fs.writeFileSync(f, '')
    fs.writeFileSync(path.join(dir, 'event.json'), '{}')
    const manifest = manifestNamed('::error::pwned ##[add-mask]x \u202ey', 'action-m.json')
    const inputs: Record<string, string> = {
      manifest: path.join(ws, manifest),
      'sas-uris': `os=${sas(`%73ig=${SIG}`)}`,
      'report-path': path.join(dir, 'report.json'),
      sarif: path.join(dir, 'r.sarif'),
      junit: path.join(dir, 'r.xml'),
      now: '2026-11-25T12:00:00Z',
      mode: 'pr',
      'fail-on': 'error',
      profile: 'guide',
      checks: 'false',
      comment: 'false',
      'network-checks': 'false',
      history: 'ledger'
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'contoso/images',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: ws,
      GITHUB_STEP_SUMMARY: files['summary.md'],
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_STATE: files.state,
      GITHUB_PATH: files.path,
      RUNNER_TEMP: dir
    }
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], {
      cwd: ws,
      env,
      encoding: 'utf8',
      timeout: 60_000
    })
    // The runner is told to mask the signature; that command is the only place it may appear.
    expect(r.stdout).toContain(`::add-mask::${SIG}`)
    const log = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    const written = ['summary.md', 'report.json', 'r.sarif', 'r.xml']
      .map(f => path.join(dir, f))
      .filter(f => fs.existsSync(f))
      .map(f => fs.readFileSync(f, 'utf8'))
    expect(written.length).toBeGreaterThanOrEqual(2)
    expectAbsent([log, r.stderr, ...written], [SIG, W.marker])
    // Our own commands (::notice::, ::error::, ::add-mask::) carry escaped data; nothing else is a command.
    const ours = /^::(?:add-mask|notice|warning|error|debug|group|endgroup|set-output)(?: [^:]*)?::/
    const stray = commandLines(log).filter(l => !ours.test(l))
    expect(stray).toEqual([])
    expect(log).not.toMatch(/^::error::pwned/m)
    expect(controlChars(log)).toEqual([])
  })
})
