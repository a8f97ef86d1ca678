/**
 * `vm-image-policy facts`: what `check` would judge, before judging it (as `conftest parse` is to conftest).
 * Every source `check` accepts is gathered and merged by the very code `check` runs (src/pipeline.ts:
 * gather → groupImages → mergeImage); each image's merged facts document is printed as JSON with its
 * `provenance` (fact path → the source and file:line it came from) and `conflicts` (sources that disagreed).
 * No policy is loaded and nothing is evaluated. Output goes through the CLI's redacting stream.
 */
import fs from 'node:fs'
import { UserError, oneLine } from './errors.js'
import { originText } from './facts/types.js'
import { redact } from './redact.js'
import { flagsToRaw, SOURCES_HELP, type FlagValues } from './cli-flags.js'
import { resolveSettings, type Settings } from './settings.js'
import { inert, neutraliseCommands, type OutputSyntax } from './text.js'
import { VERSION } from './version.js'

export const FACTS_USAGE = `Usage: vm-image-policy facts [sources] [--output FILE]

Prints, as JSON, each image's merged facts document as check would judge it: every fact, its provenance
(fact path → source and file:line) and the conflicts between sources. Nothing is evaluated.

Sources (at least one; the same as check):
${SOURCES_HELP}
  --sku OFFER/SKU, --version X.Y.Z, --ledger FILE, --history ledger|tags, --tag-pattern P, --base-ref BRANCH
                         SKU version history, as for check

Options:
  --mode pr|release      as for check (release reads SAS blobs by default; PR mode reads the base ledger)
  --now RFC3339          evaluation time (SAS expiry, ledger dates)
  --output FILE          write the JSON there instead of stdout

Exit status: 0 facts printed; 2 usage or input error.`

/**
 * Settings for gathering only: the sources (the same flags and mapping as `check`, src/cli-flags.ts), and
 * the defaults (no configuration file) for what only evaluation reads; resolveSettings, so the mode
 * defaults agree.
 */
export function factsSettings(v: FlagValues, env: NodeJS.ProcessEnv = process.env): Settings {
  return resolveSettings({ ...flagsToRaw(v), format: 'json', verbose: true }, undefined, env, n => `--${n}`)
}

export interface FactsOutput {
  version: string
  images: Array<{ name: string; sources: string[]; facts: Record<string, unknown> }>
  notes: string[]
}

/** Gathers and merges every source exactly as `check` does, and returns each image's facts. */
export async function gatherFacts(s: Settings): Promise<FactsOutput> {
  const { gather, groupImages, mergeImage } = await import('./pipeline.js')
  const g = await gather(s)
  const images: FactsOutput['images'] = []
  for (const [name, parts] of groupImages(g.partials))
    images.push({ name, sources: parts.map(p => originText(p.origin)), facts: mergeImage(name, parts) })
  return { version: VERSION, images, notes: g.notes }
}

/** The subcommand: parsed values in, JSON out (stdout or --output), notes on stderr. */
export async function factsCommand(
  v: FlagValues,
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; outSyntax: { v: OutputSyntax } }
): Promise<number> {
  const s = factsSettings(v)
  const r = await gatherFacts(s)
  for (const n of r.notes) io.err.write(`vm-image-policy: note: ${n}\n`)
  const body = `${JSON.stringify(r, null, 2)}\n`
  const output = v.output as string | undefined
  if (output !== undefined) {
    try {
      fs.writeFileSync(output, neutraliseCommands(redact(body), 'json'))
    } catch (e) {
      throw new UserError(
        `cannot write --output ${inert(output)}: ${(e as NodeJS.ErrnoException).code ?? oneLine(e)}`
      )
    }
    return 0
  }
  io.outSyntax.v = 'json'
  io.out.write(body)
  return 0
}
