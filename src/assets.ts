import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the shipped artefacts live. In the bundle (dist/cli.js, dist/index.js) they sit beside the script;
 * when running from the sources (tests, ts), they are in the repository's dist/ and schemas/.
 */
const here = path.dirname(fileURLToPath(import.meta.url))

function firstExisting(candidates: string[]): string | undefined {
  return candidates.find(c => fs.existsSync(c))
}

export function distDir(): string {
  const d = firstExisting(
    [here, path.join(here, '..'), path.join(here, '..', 'dist'), path.join(here, '..', '..', 'dist')].map(d =>
      path.join(d, 'policy.wasm')
    )
  )
  if (!d) throw new Error(`policy.wasm not found near ${here}: run "npm run build:policy"`)
  return path.dirname(d)
}

export function schemaDir(): string {
  const d = firstExisting(
    [
      path.join(here, '..', 'schemas'),
      path.join(here, 'schemas'),
      path.join(here, '..', '..', 'schemas'),
      path.join(here, '..', 'dist', 'schemas')
    ].map(d => path.join(d, 'facts.schema.json'))
  )
  if (!d) throw new Error(`schemas not found near ${here}`)
  return path.dirname(d)
}

export function readAsset(name: string): Buffer {
  return fs.readFileSync(path.join(distDir(), name))
}

export function readJsonAsset<T>(name: string): T {
  return JSON.parse(readAsset(name).toString('utf8')) as T
}
