import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { envInputs, readPublishInputs, readSettings } from './action/inputs.js'
import { UserError, isUserError, oneLine } from './errors.js'
import { runCheck } from './pipeline.js'
import { finishRelease } from './release/release.js'
import { renderText } from './report/text.js'
import { onSecretRegistered, redact, registerSignatures } from './redact.js'
import { reportToGitHub } from './github/action-report.js'
import { inert, neutraliseCommands } from './text.js'

/** Every line the action logs itself: secrets redacted, workflow commands in it neutralised. */
const logSafe = (text: string): string => neutraliseCommands(redact(text))

/** Refuses an output path outside the workspace and RUNNER_TEMP (`..` and symlinked folders included). */
export function outputPath(input: string, file: string, workspace: string, env = process.env): string {
  const real = (p: string): string => {
    // The nearest existing ancestor, resolved through symlinks, plus the rest of the path.
    let dir = path.resolve(p)
    const rest: string[] = []
    while (!fs.existsSync(dir) && path.dirname(dir) !== dir) {
      rest.unshift(path.basename(dir))
      dir = path.dirname(dir)
    }
    return path.join(fs.realpathSync(dir), ...rest)
  }
  const target = real(path.resolve(file))
  const roots = [workspace, env.RUNNER_TEMP].filter((r): r is string => Boolean(r)).map(real)
  if (
    !roots.some(r => target === r || target.startsWith(r.endsWith(path.sep) ? r : r + path.sep)) ||
    roots.includes(target)
  )
    throw new UserError(
      `input ${input}: ${inert(file, 120)} is outside the workspace and RUNNER_TEMP; write reports inside the workspace`
    )
  return target
}

/**
 * The action: inputs → the same pipeline as the CLI → report file, job summary, outputs, step outcome.
 * Exported for `src/index.ts` (the entry the runner starts) and for `@github/local-action`, as in
 * actions/typescript-action. The step's outcome, the outputs and the check runs all read the verdict the
 * pipeline stamped (src/verdict.ts); nothing here decides it again.
 */
export async function run(): Promise<void> {
  try {
    // Secrets first, before anything can log: every SAS signature and token seen this run is masked by the
    // runner (core.setSecret) and redacted from everything we write.
    onSecretRegistered(v => core.setSecret(v))
    registerSignatures(envInputs()('sas-uris'))
    const s = readSettings(envInputs())
    const gh = readPublishInputs(envInputs())
    if (gh.token) core.setSecret(gh.token)
    // Output files only inside the workspace or the runner's temporary folder.
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    outputPath('report-path', s.reportPath, workspace)
    if (gh.sarif) outputPath('sarif', gh.sarif, workspace)
    if (gh.junit) outputPath('junit', gh.junit, workspace)
    const result = await runCheck(s, undefined, { keepFacts: false })
    // Release mode: outputs of the approved version; with update-ledger, the ledger written (atomically).
    const release = finishRelease(s, result)
    for (const n of [...result.notes, ...(release?.notes ?? [])]) core.notice(redact(n))
    fs.writeFileSync(s.reportPath, redact(JSON.stringify(result.report, null, 2) + '\n'))
    core.info(logSafe(renderText(result.report, { color: false, verbose: false })))
    // Job summary, SARIF/JUnit files, check runs, sticky comment; never throws for GitHub's API.
    await reportToGitHub(result.report, result.rules, gh, {
      defaultFile: s.manifest,
      // Annotation commands (built with escaped data by publish.ts): redacted, not neutralised.
      deps: { out: line => process.stdout.write(redact(line) + '\n') }
    })
    core.setOutput('result', result.report.result)
    core.setOutput('failed', String(result.failing.length))
    core.setOutput('unknown', String(result.report.summary.unknown))
    core.setOutput('report', s.reportPath)
    if (release) for (const [k, v] of Object.entries(release.outputs)) core.setOutput(k, v)
    if (result.failed)
      core.setFailed(
        `${result.failing.length} finding(s) at or above fail-on "${s.failOn}": ${result.failing
          .slice(0, 5)
          .map(f => f.rule)
          .join(', ')}${result.failing.length > 5 ? ', …' : ''}`
      )
  } catch (e) {
    core.setFailed(redact(isUserError(e) ? oneLine(e) : `internal error: ${oneLine(e)}`))
  }
}
