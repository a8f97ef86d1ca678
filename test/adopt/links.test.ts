/**
 * Rule links in Markdown and SARIF that leave the repository are absolute: built-in rules to docs/rules.md
 * of the running version (the action's repository and ref, else the package's repository at the version
 * tag), custom rules to their METADATA related_resources (compiled with the real OPA), or to nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPOSITORY_URL, VERSION_DOCS_URL, ruleDocLink, ruleDocsOf } from '../../src/report/links.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderComment } from '../../src/report/comment.js'
import { renderSarif } from '../../src/report/sarif.js'
import { render } from '../../src/report/render.js'
import { contextFromEnv, contextLinks } from '../../src/github/context.js'
import { compilePolicies } from '../../src/policy/compile.js'
import type { CheckResult } from '../../src/pipeline.js'
import { finding, image, report, rules as fixtureRules } from '../support/report-fixtures.js'
import { requireReal } from '../support/real.js'
import { repoRoot } from '../support/run-cli.js'

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string
  repository: { url: string }
}

test("the CLI's docs are the package's repository at this version's release tag", () => {
  expect(REPOSITORY_URL).toBe(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''))
  expect(VERSION_DOCS_URL).toBe(`${REPOSITORY_URL}/blob/v${pkg.version}/docs/rules.md`)
  expect(ruleDocLink('AZMP-DSK-001')).toBe(`${VERSION_DOCS_URL}#azmp-dsk-001`)
  // A relative docs URL (it would break in the user's repository) is never used.
  expect(ruleDocLink('AZMP-DSK-001', { docsUrl: 'docs/rules.md' })).toBe(`${VERSION_DOCS_URL}#azmp-dsk-001`)
})

test("the action's docs are its own repository at the ref it runs (GITHUB_ACTION_REPOSITORY/REF)", () => {
  const links = contextLinks(
    contextFromEnv({
      GITHUB_SERVER_URL: 'https://ghe.example.test',
      GITHUB_ACTION_REPOSITORY: 'platform/vm-image-policy',
      GITHUB_ACTION_REF: 'v0.1.0',
      GITHUB_REPOSITORY: 'contoso/images'
    })
  )
  expect(ruleDocLink('AZMP-LNX-014', links)).toBe(
    'https://ghe.example.test/platform/vm-image-policy/blob/v0.1.0/docs/rules.md#azmp-lnx-014'
  )
  // `uses: ./` (no action repository): the version's docs.
  expect(
    ruleDocLink('AZMP-LNX-014', contextLinks(contextFromEnv({ GITHUB_REPOSITORY: 'contoso/images' })))
  ).toBe(`${VERSION_DOCS_URL}#azmp-lnx-014`)
})

test('custom rules link to their own http(s) documentation, or to nothing', () => {
  const docs = ruleDocsOf([
    { id: 'CONTOSO-001', related: ['https://wiki.contoso.example/images/rules(1)#prefix'] },
    { id: 'CONTOSO-002', related: ['javascript:alert(1)', 'docs/local.md'] },
    { id: 'CONTOSO-003' },
    { id: 'AZMP-DSK-001', related: ['https://elsewhere.example/'] }
  ])
  expect(docs).toEqual({ 'CONTOSO-001': 'https://wiki.contoso.example/images/rules(1)#prefix' })
  expect(ruleDocLink('CONTOSO-001', { ruleDocs: docs })).toBe(
    'https://wiki.contoso.example/images/rules%281%29#prefix'
  )
  expect(ruleDocLink('CONTOSO-002', { ruleDocs: docs })).toBeUndefined()
  expect(ruleDocLink('CONTOSO-003', { ruleDocs: docs })).toBeUndefined()
  expect(ruleDocLink('AZMP-DSK-001', { ruleDocs: docs })).toBe(`${VERSION_DOCS_URL}#azmp-dsk-001`)
})

const opa = path.join(repoRoot, '.tools/bin/opa')
const withOpa = requireReal(`pinned opa at ${opa} (scripts/install-opa.sh)`, fs.existsSync(opa))
  ? test
  : test.skip

withOpa(
  'end to end: custom rules compiled by OPA carry related_resources into summary, comment, SARIF and --format markdown',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-links-'))
    try {
      const rule = (id: string, name: string, related: string[]) =>
        [
          '# METADATA',
          `# title: Sample ${id}`,
          ...(related.length ? ['# related_resources:', ...related.map(r => `#   - ref: ${r}`)] : []),
          '# custom:',
          `#   id: ${id}`,
          '#   severity: warning',
          '#   remediation: Fix it.',
          `package vmimage.rules.custom.${name}`,
          '',
          'deny contains "no" if false',
          ''
        ].join('\n')
      fs.writeFileSync(
        path.join(dir, 'a.rego'),
        rule('TEAM-001', 'documented', ['https://wiki.example.test/team-001'])
      )
      fs.writeFileSync(path.join(dir, 'b.rego'), rule('TEAM-002', 'undocumented', []))
      const ruleset = compilePolicies([dir], { opa })
      const custom = ruleset.rules.filter(r => r.id.startsWith('TEAM-'))
      expect(custom.map(r => [r.id, r.related])).toEqual([
        ['TEAM-001', ['https://wiki.example.test/team-001']],
        ['TEAM-002', []]
      ])

      const f = (rule: string) =>
        finding({ rule, title: `Sample ${rule}`, area: 'custom', status: 'fail', severity: 'warning' })
      const rep = report([image('img', [f('AZMP-DSK-001'), f('TEAM-001'), f('TEAM-002')])])
      const ruleDocs = ruleDocsOf(ruleset.rules)
      const summary = renderSummary(rep, { ruleDocs })
      const comment = renderComment(rep, { ruleDocs })
      const markdown = await render(
        'markdown',
        { report: rep, rules: ruleset.rules } as unknown as CheckResult,
        {
          color: false,
          verbose: false
        }
      )
      for (const md of [summary, comment, markdown]) {
        expect(md).toContain(`[AZMP-DSK-001](${VERSION_DOCS_URL}#azmp-dsk-001)`)
        expect(md).toContain('[TEAM-001](https://wiki.example.test/team-001)')
        expect(md).toMatch(/TEAM-002/)
        expect(md).not.toMatch(/\[TEAM-002\]\(/)
        expect(md).not.toMatch(/\]\((?!https?:\/\/)[^)]*\)/) // no relative link at all
      }
      const sarif = renderSarif(rep, [...fixtureRules(), ...custom], {})
      const descriptors = sarif.runs[0]!.tool.driver.rules!
      const helpUri = (id: string) => descriptors.find(d => d.id === id)?.helpUri
      expect(helpUri('TEAM-001')).toBe('https://wiki.example.test/team-001')
      expect(helpUri('TEAM-002')).toBeUndefined()
      expect(helpUri('AZMP-DSK-001')).toBe(`${VERSION_DOCS_URL}#azmp-dsk-001`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  },
  120_000
)
