import { UserError } from '../errors.js'
import { Engine } from '../policy/engine.js'
import type { Settings } from '../settings.js'
import { inert } from '../text.js'

/**
 * The engine a run uses: a prebuilt policy bundle when one is given; else the built-in ruleset compiled
 * with the configuration's custom policies (needs opa on PATH); else the shipped ruleset.
 */
export async function loadEngine(
  s: Pick<Settings, 'policyBundle' | 'configuration'>
): Promise<{ engine: Engine; notes: string[] }> {
  const notes: string[] = []
  const cfg = s.configuration
  const custom = cfg?.policies ?? []
  if (!s.policyBundle && (!cfg || custom.length === 0)) return { engine: await Engine.load(), notes }
  // Loaded only when needed: the CLI's cold start is benchmarked.
  const { compilePolicies, findOpa, readPolicyBundle } = await import('../policy/compile.js')
  if (s.policyBundle) {
    if (custom.length)
      notes.push(
        `${cfg?.where(['policies'])}: policies not compiled: the prebuilt policy bundle ${inert(s.policyBundle)} is used instead`
      )
    return { engine: await Engine.load(readPolicyBundle(s.policyBundle)), notes }
  }
  if (!cfg || custom.length === 0) return { engine: await Engine.load(), notes }
  const opa = findOpa()
  if (!opa)
    throw new UserError(
      `${cfg.where(['policies'])}: policies need opa on PATH to be compiled (e.g. the open-policy-agent/setup-opa action), or give a prebuilt bundle (--policy-bundle / input policy-bundle, made by: vm-image-policy compile)`
    )
  return { engine: await Engine.load(compilePolicies(custom, { opa, base: cfg.base })), notes }
}
