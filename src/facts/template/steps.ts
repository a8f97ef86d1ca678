/**
 * What a provisioner runs on the machine, in Packer's order: for each script (the inline lines are one script,
 * each `script`/`scripts` file another), the commands of `execute_command` before `{{ .Path }}`, the script's
 * lines, then the commands after it. A script file is read when it is in the repository (relative to where
 * Packer runs); one that cannot be read is one unresolved step, never skipped.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Provisioner, ProvisionerSettings, ScriptRef, Step, TemplateLocation } from './types.js'

const MAX_SCRIPT_BYTES = 1024 * 1024
const SCRIPT_TYPES = new Set(['shell', 'powershell', 'windows-shell'])

/** The provisioner as it runs for one source: `override[sourceName]` replaces the fields it sets. */
export function forSource(p: Provisioner, sourceName: string): Provisioner {
  const o: ProvisionerSettings | undefined = p.override?.[sourceName]
  const { override: _override, ...rest } = p
  if (!o) return rest
  const out: Provisioner = { ...rest, ...o }
  // An override that names `inline` replaces the scripts too only when it names them; Packer's shell
  // provisioner rejects both at once, so an inline override drops the base's scripts and vice versa.
  if (o.inline && !o.scripts) delete out.scripts
  if (o.scripts && !o.inline) delete out.inline
  return out
}

/** Splits a shell command line into its `;`/`&&`/`||`-separated commands (outside quotes). */
export function splitCommands(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let q: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (q) {
      if (c === q) q = undefined
      else if (c === '\\' && q === '"' && i + 1 < line.length) {
        cur += c + line[++i]!
        continue
      }
      cur += c
      continue
    }
    if (c === '"' || c === "'") {
      q = c
      cur += c
      continue
    }
    if (c === ';' || ((c === '&' || c === '|') && line[i + 1] === c)) {
      if (c !== ';') i++
      if (cur.trim()) out.push(cur.trim())
      cur = ''
      continue
    }
    cur += c
  }
  if (cur.trim()) out.push(cur.trim())
  return out
}

const PATH_REF = /\{\{-?\s*\.Path\s*-?\}\}/

/** execute_command's commands before and after the one that runs the script. */
function wrap(ec: Provisioner['execute_command']): { before: Step[]; after: Step[]; runs: boolean } {
  if (!ec) return { before: [], after: [], runs: true }
  if (ec.unresolved)
    return {
      before: [
        {
          text: ec.text,
          from: 'execute_command',
          unresolved: true,
          reason: ec.reason ?? 'unresolved',
          location: ec.location
        }
      ],
      after: [],
      runs: true
    }
  const cmds = splitCommands(ec.text)
  const runAt = cmds.findIndex(c => PATH_REF.test(c) && !/^\s*(sudo\s+)?chmod\b/.test(c))
  const step = (text: string): Step => ({ text, from: 'execute_command', location: ec.location })
  const keep = (c: string) => !(PATH_REF.test(c) && /^\s*(sudo\s+)?chmod\b/.test(c))
  if (runAt < 0) return { before: cmds.filter(keep).map(step), after: [], runs: false }
  return {
    before: cmds.slice(0, runAt).filter(keep).map(step),
    after: cmds
      .slice(runAt + 1)
      .filter(keep)
      .map(step),
    runs: true
  }
}

/** The commands of a script file, with their lines; comments and blank lines are left out. */
function scriptSteps(s: ScriptRef, cwd: string, shownCwd: (abs: string) => string, windows: boolean): Step[] {
  const unresolved = (reason: string): Step[] => [
    { text: s.path, from: 'script', unresolved: true, reason, location: s.location }
  ]
  if (s.unresolved) return unresolved(s.reason ?? 'the script path is unresolved')
  const abs = path.resolve(cwd, s.path)
  let text: string
  try {
    const st = fs.statSync(abs)
    if (!st.isFile()) return unresolved(`${s.path} is not a file`)
    if (st.size > MAX_SCRIPT_BYTES) return unresolved(`${s.path} is larger than ${MAX_SCRIPT_BYTES} bytes`)
    text = fs.readFileSync(abs, 'utf8')
  } catch {
    return unresolved(`${s.path} is not in the repository (not found relative to ${cwd})`)
  }
  const file = shownCwd(abs)
  const out: Step[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const start = i
    let l = lines[i]!
    // Shell line continuations (PowerShell's backtick likewise) join the next line.
    while (i + 1 < lines.length && (windows ? /`\s*$/.test(l) : /\\$/.test(l)))
      l = `${l.replace(windows ? /`\s*$/ : /\\$/, ' ')}${lines[++i]!}`
    const t = l.trim()
    if (t === '' || t.startsWith('#')) continue
    const location: TemplateLocation = { source: 'template', file, line: start + 1, column: 1 }
    if (i !== start) location.end_line = i + 1
    out.push({ text: t, from: 'script', location })
  }
  return out
}

/** The steps of a provisioner (empty for types that run no commands on the machine, such as `file`). */
export function provisionerSteps(p: Provisioner, cwd: string, shownCwd: (abs: string) => string): Step[] {
  if (!SCRIPT_TYPES.has(p.type)) return []
  const windows = p.type !== 'shell'
  const { before, after, runs } = wrap(p.execute_command)
  const units: Step[][] = []
  if (p.inline) {
    const unit: Step[] = []
    for (const l of p.inline) {
      if (l.unresolved) {
        unit.push({
          text: l.text,
          from: 'inline',
          unresolved: true,
          reason: l.reason ?? 'unresolved',
          location: l.location
        })
        continue
      }
      for (const part of l.text.split(/\r?\n/)) {
        const t = part.trim()
        if (t !== '' && !t.startsWith('#')) unit.push({ text: t, from: 'inline', location: l.location })
      }
    }
    units.push(unit)
  }
  for (const s of p.scripts ?? []) units.push(scriptSteps(s, cwd, shownCwd, windows))
  const out: Step[] = []
  for (const u of units) out.push(...before, ...(runs ? u : []), ...after)
  return out
}
