/**
 * Output validators, real ones: Microsoft's SARIF validator (`@microsoft/sarif-multitool`, npm, which ships
 * a Linux binary) with its GitHub rule set, and xmllint (Debian libxml2-utils) against the Jenkins xunit
 * plugin's JUnit schema (junit-10.xsd, unpacked from the plugin's jar in .cache/, see junitXsd()).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from './run-cli.js'

const MULTITOOL = path.join(repoRoot, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
const CACHE = path.join(repoRoot, '.cache', 'validators')

export function multitoolAvailable(): boolean {
  return process.platform === 'linux' && process.arch === 'x64' && fs.existsSync(MULTITOOL)
}

export interface SarifProblem {
  rule: string
  level: string
  message: string
}

/**
 * Validates SARIF files with the multitool's SARIF and GitHub rules (`--rule-kind "Gh;Sarif"`), errors and
 * warnings; returns the problems found, with the file each is in.
 */
export function validateSarif(files: string[]): Array<SarifProblem & { file: string }> {
  fs.mkdirSync(CACHE, { recursive: true })
  const problems: Array<SarifProblem & { file: string }> = []
  for (const file of files) {
    const out = path.join(CACHE, `validation-${process.pid}-${path.basename(file)}.sarif`)
    fs.rmSync(out, { force: true })
    const r = spawnSync(
      MULTITOOL,
      ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', out, file],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } }
    )
    if (!fs.existsSync(out))
      throw new Error(`sarif-multitool did not write its log (status ${r.status}): ${r.stdout}${r.stderr}`)
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      runs: Array<{
        results?: Array<{ ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }>
        tool: { driver: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } }
      }>
    }
    fs.rmSync(out, { force: true })
    for (const res of log.runs[0]?.results ?? [])
      problems.push({
        file,
        rule: res.ruleId,
        level: res.level ?? 'warning',
        message: res.message.text ?? (res.message.arguments ?? []).join(' | ')
      })
  }
  return problems
}

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0
}

/** The xunit plugin's coordinates (Maven); its jar carries the JUnit schema. */
export const XUNIT_PLUGIN = { group: 'org.jenkins-ci.plugins', artifact: 'xunit', version: '3.1.5' }
const XSD_IN_JAR = 'org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd'

/**
 * The Jenkins xunit JUnit schema: unpacked into .cache/validators/ from the plugin's jar in the local Maven
 * repository when either has it; else test/fixtures/junit/jenkins-junit.xsd, our restatement of its
 * constraints (the plugin is not on Maven Central, so CI cannot fetch it).
 */
export function junitXsd(): string {
  const xsd = path.join(CACHE, 'junit-10.xsd')
  if (fs.existsSync(xsd)) return xsd
  const m2 = process.env.MAVEN_REPO ?? path.join(process.env.HOME ?? '/root', '.m2', 'repository')
  const { group, artifact, version } = XUNIT_PLUGIN
  const dir = path.join(m2, ...group.split('.'), artifact, version)
  const jar = ['jar', 'hpi']
    .map(e => path.join(dir, `${artifact}-${version}.${e}`))
    .find(f => fs.existsSync(f))
  if (jar) {
    fs.mkdirSync(CACHE, { recursive: true })
    const r = spawnSync('unzip', ['-p', jar, XSD_IN_JAR], { maxBuffer: 1 << 20 })
    if (r.status === 0 && r.stdout?.length) {
      fs.writeFileSync(xsd, r.stdout)
      return xsd
    }
  }
  // Our restatement of the same constraints (see the file's comment).
  return path.join(repoRoot, 'test/fixtures/junit/jenkins-junit.xsd')
}

/** Validates JUnit XML files with xmllint against the schema; returns xmllint's complaints ('' when valid). */
export function validateJunit(files: string[], xsd: string): string {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files], {
    encoding: 'utf8',
    timeout: 60_000
  })
  return r.status === 0 ? '' : `${r.stderr}${r.stdout}`.trim() || `xmllint exit ${r.status}`
}
