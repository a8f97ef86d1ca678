/**
 * Where a finding points, for outputs that can only name files of the repository (SARIF artifact
 * locations, check-run annotations, `::error file=`): a repository-relative path that never leaves the
 * repository root, or nothing. Paths from inside the image (`/etc/resolv.conf`, read by a probe or from a
 * VHD) are not repository files: they go into the message instead.
 */
import path from 'node:path'
import type { Finding, Location } from '../types.js'
import type { ImageReport } from './types.js'

/** Sources whose files are paths inside the image, never in the repository. */
const IMAGE_SOURCES = new Set(['probe', 'vhd', 'sas', 'image'])

/**
 * A repository-relative POSIX path for `file`, or undefined when it is not inside the repository: an
 * absolute path outside `workspace`, a path that climbs out with `..`, a URL, or an empty name.
 */
export function repoPath(file: string | undefined, workspace?: string): string | undefined {
  if (!file) return undefined
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return undefined
  let f = file.replace(/\\/g, '/')
  if (/^[A-Za-z]:\//.test(f) || f.startsWith('/')) {
    if (!workspace) return undefined
    const w = path.posix.normalize(workspace.replace(/\\/g, '/')).replace(/\/+$/, '')
    const n = path.posix.normalize(f)
    if (!n.startsWith(w + '/')) return undefined
    f = n.slice(w.length + 1)
  }
  const n = path.posix.normalize(f).replace(/^(\.\/)+/, '')
  if (n === '.' || n === '' || n === '..' || n.startsWith('../') || n.startsWith('/')) return undefined
  return n
}

/** True when a location names a path inside the image (a probe's or a VHD's), not a repository file. */
export function isImageLocation(loc: Location | undefined): boolean {
  return loc?.file !== undefined && IMAGE_SOURCES.has(loc.source)
}

/** `/etc/ssh/sshd_config:41` for an image location, or ''. */
export function imageLocationText(loc: Location | undefined): string {
  if (!loc?.file || !isImageLocation(loc)) return ''
  return `${loc.file}${loc.line ? `:${loc.line}` : ''}`
}

/** The files an image's report was read from (`facts x.json`, `manifest m.json` …), by kind. */
export function sourceFiles(image: Pick<ImageReport, 'source'>): Array<{ kind: string; file: string }> {
  const out: Array<{ kind: string; file: string }> = []
  for (const part of image.source.split(' + ')) {
    const m = /^(facts|manifest|template|ledger) (.+?)(?: \((?:[^()]*)\))?$/.exec(part.trim())
    if (m) out.push({ kind: m[1]!, file: m[2]! })
  }
  return out
}

/** Which source kind a location's source most likely came from. */
const KIND_OF: Record<string, string> = {
  probe: 'facts',
  facts: 'facts',
  manifest: 'manifest',
  template: 'template',
  ledger: 'ledger'
}

export interface RepoPlace {
  /** Repository-relative file. */
  file: string
  /** Lines only when the file is the finding's own location. */
  line?: number
  endLine?: number
  column?: number
  /** True when the file is the finding's own location (not a stand-in). */
  exact: boolean
}

/**
 * The repository file a finding is reported on: its own location when that is a repository file; else the
 * file the image's facts came from (the probe output for probe facts, the manifest …); else `fallbacks`
 * (e.g. the Packer manifest, the workflow file). Undefined when no repository file is known at all.
 */
export function repoPlace(
  f: Finding,
  image: Pick<ImageReport, 'source'>,
  options: { workspace?: string; fallbacks?: Array<string | undefined> } = {}
): RepoPlace | undefined {
  const loc = f.location
  if (loc?.file && !isImageLocation(loc)) {
    const own = repoPath(loc.file, options.workspace)
    if (own) {
      const line = loc.line && loc.line > 0 ? loc.line : undefined
      return {
        file: own,
        exact: true,
        line,
        endLine: line && loc.end_line && loc.end_line >= line ? loc.end_line : undefined,
        column: line && loc.column && loc.column > 0 ? loc.column : undefined
      }
    }
  }
  // A template source may be a folder: only files stand in.
  const files = sourceFiles(image).filter(s => s.kind !== 'template' || /\.(hcl|json)$/.test(s.file))
  const kind = loc ? KIND_OF[loc.source] : undefined
  const ordered = [
    ...files.filter(s => kind !== undefined && s.kind === kind),
    ...files.filter(s => s.kind === 'facts'),
    ...files.filter(s => s.kind === 'manifest'),
    ...files
  ].map(s => s.file)
  for (const c of [...ordered, ...(options.fallbacks ?? [])]) {
    const p = repoPath(c, options.workspace)
    if (p && !p.endsWith('/')) return { file: p, exact: false }
  }
  return undefined
}

/** The workflow file of this run (`GITHUB_WORKFLOW_REF` = owner/repo/.github/workflows/x.yml@ref). */
export function workflowFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')
  return m?.[1]
}
