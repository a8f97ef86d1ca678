import fs from 'node:fs'
import * as core from '@actions/core'
import { envInputs, readSettings } from './action/inputs.js'
import { isUserError, oneLine } from './errors.js'
import { runCheck } from './pipeline.js'
import { finishRelease } from './release/release.js'
import { renderText } from './report/text.js'
import { onSecretRegistered, redact, registerSignatures } from './redact.js'
import { neutraliseCommands } from './text.js'
import { readPublishInputs, reportToGitHub } from './github/action-report.js'

/** Every line the action logs itself: secrets redacted, workflow commands in it neutralised. */
const logSafe = (text: string): string => neutraliseCommands(redact(text))

/** The action entry: inputs → the same pipeline as the CLI → report file, job summary, outputs, exit. */
export async function run(): Promise<void> {
  try {
    // Secrets first, before anything can log: every SAS signature and token seen this run is masked by the
    // runner (core.setSecret) and redacted from everything we write.
    onSecretRegistered(v => core.setSecret(v))
    registerSignatures(envInputs()('sas-uris'))
    const s = readSettings(envInputs())
    const gh = readPublishInputs(envInputs())
    if (gh.token) core.setSecret(gh.token)
    const result = await runCheck(s, undefined, { keepFacts: false })
    result.report.result = result.failed ? 'fail' : 'pass'
    result.report.fail_on = s.failOn
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
    core.setOutput('failed', String(result.report.summary.fail))
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

await run()
