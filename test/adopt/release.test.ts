/** scripts/release.sh on a throwaway git repository: vX.Y.Z is created, the major tag vX follows, refusals. */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../support/run-cli.js'

const script = path.join(repoRoot, 'scripts', 'release.sh')
let dir: string
let remote: string

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: gitEnv }).trim()
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}
const release = (...args: string[]) =>
  spawnSync('bash', [script, ...args], { cwd: dir, encoding: 'utf8', env: gitEnv })

function commitVersion(version: string, changelog = true): void {
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }) + '\n')
  const log = path.join(dir, 'CHANGELOG.md')
  const before = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '# Changelog\n'
  fs.writeFileSync(log, changelog ? `${before}\n## [${version}]\n\n- changes\n` : before + '\nmore\n')
  git('add', '-A')
  git('commit', '-q', '-m', `version ${version}`)
}
const commitOf = (ref: string) => git('rev-parse', `${ref}^{commit}`)

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-release-'))
  remote = fs.mkdtempSync(path.join(os.tmpdir(), 'vmip-release-remote-'))
  execFileSync('git', ['init', '-q', '--bare', remote], { env: gitEnv })
  git('init', '-q', '-b', 'main')
  git('remote', 'add', 'origin', remote)
  fs.mkdirSync(path.join(dir, 'dist'))
  fs.writeFileSync(path.join(dir, 'dist', 'index.js'), '// bundle\n')
  commitVersion('0.1.0')
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(remote, { recursive: true, force: true })
})

test('tags vX.Y.Z (annotated) and points vX at the same commit; the next release moves vX', () => {
  const r1 = release('0.1.0')
  expect([r1.status, r1.stderr]).toEqual([0, ''])
  expect(r1.stdout).toContain('git push origin v0.1.0 && git push --force origin v0')
  expect(git('cat-file', '-t', 'v0.1.0')).toBe('tag')
  expect(commitOf('v0')).toBe(commitOf('HEAD'))
  expect(commitOf('v0.1.0')).toBe(commitOf('HEAD'))
  const first = commitOf('HEAD')

  commitVersion('0.2.0')
  expect(release('0.2.0').status).toBe(0)
  expect(commitOf('v0')).toBe(commitOf('HEAD'))
  expect(commitOf('v0.1.0')).toBe(first)
  expect(commitOf('v0.2.0')).not.toBe(first)

  commitVersion('1.0.0')
  expect(release('1.0.0').status).toBe(0)
  expect(commitOf('v1')).toBe(commitOf('HEAD'))
  expect(commitOf('v0')).toBe(commitOf('v0.2.0'))
})

test('--push pushes the version tag and force-pushes the moved major tag', () => {
  expect(release('0.1.0', '--push').status).toBe(0)
  commitVersion('0.1.1')
  const r = release('0.1.1', '--push')
  expect([r.status, r.stderr.includes('rejected')]).toEqual([0, false])
  const remoteTags = execFileSync('git', ['ls-remote', '--tags', remote], { encoding: 'utf8' })
  const at = (t: string) => remoteTags.match(new RegExp(`^(\\w+)\\trefs/tags/${t}\\^\\{\\}$`, 'm'))?.[1]
  expect(at('v0')).toBe(commitOf('HEAD'))
  expect(at('v0.1.1')).toBe(commitOf('HEAD'))
  expect(at('v0.1.0')).toBe(commitOf('HEAD~1'))
})

test.each([
  ['a version that is not X.Y.Z', () => {}, ['v0.1.0'], /usage/],
  ['a leading zero', () => {}, ['0.01.0'], /usage/],
  ['an unknown argument', () => {}, ['0.1.0', '--force'], /unknown argument/],
  [
    'a dirty working tree',
    () => fs.writeFileSync(path.join(dir, 'stray.txt'), 'x'),
    ['0.1.0'],
    /uncommitted changes/
  ],
  ['a package.json version that differs', () => {}, ['0.1.1'], /package.json has version 0.1.0, not 0.1.1/],
  [
    'no CHANGELOG section',
    () => commitVersion('0.3.0', false),
    ['0.3.0'],
    /CHANGELOG.md has no '## \[0.3.0\]'/
  ],
  [
    'no dist/ in HEAD',
    () => {
      git('rm', '-q', '-r', 'dist')
      git('commit', '-q', '-m', 'no dist')
    },
    ['0.1.0'],
    /no dist\/index.js/
  ]
])('refuses %s, tagging nothing', (_what, arrange, args, message) => {
  arrange()
  const r = release(...args)
  expect(r.status).toBe(1)
  expect(r.stderr).toMatch(message)
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  expect(git('tag', '--list')).toBe('')
})

test('refuses an existing version tag, and moving vX to a commit off its line', () => {
  expect(release('0.1.0').status).toBe(0)
  const again = release('0.1.0')
  expect([again.status, again.stderr.trim()]).toEqual([1, 'release: tag v0.1.0 exists already'])

  git('checkout', '-q', '--orphan', 'other')
  commitVersion('0.9.0')
  const off = release('0.9.0')
  expect(off.status).toBe(1)
  expect(off.stderr).toMatch(/v0 points at \w+, which HEAD does not descend from/)
  expect(git('tag', '--list', 'v0.9.0')).toBe('')
})
