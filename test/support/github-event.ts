/**
 * Event payloads shaped like the ones the runner writes to GITHUB_EVENT_PATH (the fields a workflow
 * commonly reads, with their real names and nesting), for pull_request (same-repo and fork) and push.
 */
export interface PrEventOptions {
  number?: number
  owner?: string
  repo?: string
  headSha?: string
  baseSha?: string
  /** Head repository owner when the PR comes from a fork. */
  forkOwner?: string
  action?: string
}

function repository(owner: string, name: string, fork = false) {
  return {
    id: 100 + name.length,
    node_id: 'R_kgDOAAAAAA',
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: { login: owner, id: 9000, type: 'Organization' },
    html_url: `https://github.com/${owner}/${name}`,
    fork,
    url: `https://api.github.com/repos/${owner}/${name}`,
    default_branch: 'main'
  }
}

export function pullRequestEvent(o: PrEventOptions = {}): Record<string, unknown> {
  const owner = o.owner ?? 'contoso'
  const name = o.repo ?? 'images'
  const number = o.number ?? 42
  const base = repository(owner, name)
  const head = o.forkOwner ? repository(o.forkOwner, name, true) : base
  return {
    action: o.action ?? 'synchronize',
    number,
    pull_request: {
      url: `https://api.github.com/repos/${owner}/${name}/pulls/${number}`,
      id: 1_500_000_000 + number,
      node_id: 'PR_kwDOAAAAAA',
      html_url: `https://github.com/${owner}/${name}/pull/${number}`,
      number,
      state: 'open',
      locked: false,
      title: 'Harden sshd and drop the second OS disk',
      user: { login: o.forkOwner ?? 'dev1', id: 7, type: 'User' },
      body: 'Fixes the marketplace check.',
      draft: false,
      head: {
        label: `${o.forkOwner ?? owner}:feature`,
        ref: 'feature',
        sha: o.headSha ?? 'a'.repeat(40),
        user: { login: o.forkOwner ?? owner },
        repo: head
      },
      base: {
        label: `${owner}:main`,
        ref: 'main',
        sha: o.baseSha ?? 'b'.repeat(40),
        user: { login: owner },
        repo: base
      },
      author_association: o.forkOwner ? 'FIRST_TIME_CONTRIBUTOR' : 'MEMBER',
      merged: false,
      mergeable: null,
      commits: 2,
      additions: 10,
      deletions: 3,
      changed_files: 2
    },
    repository: base,
    sender: { login: o.forkOwner ?? 'dev1', id: 7, type: 'User' }
  }
}

export function pushEvent(o: { owner?: string; repo?: string; sha?: string } = {}): Record<string, unknown> {
  const owner = o.owner ?? 'contoso'
  const name = o.repo ?? 'images'
  const sha = o.sha ?? 'c'.repeat(40)
  return {
    ref: 'refs/heads/main',
    before: 'd'.repeat(40),
    after: sha,
    created: false,
    deleted: false,
    forced: false,
    head_commit: { id: sha, message: 'Bump image', timestamp: '2026-01-05T10:00:00Z' },
    commits: [{ id: sha, message: 'Bump image' }],
    repository: repository(owner, name),
    pusher: { name: 'dev1' },
    sender: { login: 'dev1', id: 7, type: 'User' }
  }
}
