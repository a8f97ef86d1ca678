/** The example workflows use only inputs the action declares, and grant the permissions publishing needs. */
import fs from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { repoRoot } from '../support/run-cli.js'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown> } }>
}

const dir = path.join(repoRoot, 'examples', 'workflows')
const action = yaml.load(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
}

describe.each(fs.readdirSync(dir).filter(f => f.endsWith('.yml')))('examples/workflows/%s', file => {
  const wf = yaml.load(fs.readFileSync(path.join(dir, file), 'utf8')) as Workflow
  const ours = Object.values(wf.jobs).flatMap(j => j.steps.filter(s => /vm-image-policy@/.test(s.uses ?? '')))

  test('uses the action with declared inputs only', () => {
    expect(ours.length).toBeGreaterThan(0)
    for (const s of ours)
      for (const k of Object.keys(s.with ?? {})) expect([k, k in action.inputs]).toEqual([k, true])
  })

  test('grants exactly what publishing needs (no write-all)', () => {
    if (file === 'release.yml') {
      // The release gate commits the ledger (contents: write) and reports a check run; no PR comment.
      expect(wf.permissions).toEqual({ contents: 'write', checks: 'write' })
      return
    }
    expect(wf.permissions).toMatchObject({ contents: 'read', checks: 'write', 'pull-requests': 'write' })
    const extra = Object.keys(wf.permissions!).filter(
      k => !['contents', 'checks', 'pull-requests'].includes(k)
    )
    const usesSarif = ours.some(s => s.with?.sarif)
    expect(extra).toEqual(usesSarif ? ['security-events'] : [])
  })

  test('matrix jobs set a comment-key from the matrix', () => {
    for (const job of Object.values(wf.jobs))
      if (job.strategy?.matrix)
        for (const s of job.steps.filter(x => /vm-image-policy@/.test(x.uses ?? '')))
          expect(String(s.with?.['comment-key'])).toMatch(/\$\{\{\s*matrix\./)
  })
})
