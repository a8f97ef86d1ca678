// Types of opa-build.js (plain JavaScript so that scripts/build-policy.mjs can import it unbundled).

/** One rules.json entry, the same shape for built-in and custom rules. */
export interface RuleRecord {
  id: string
  path: string
  area: string
  title: string
  description: string
  severity: 'error' | 'warning' | 'notice'
  guide: string
  stage: string
  facts: string[]
  remediation: string
  related: string[]
  /** The Rego file that declares the rule (repository-relative for built-in rules, as the user named it for custom ones). */
  file: string
}

export declare const SDK_BUILTINS: readonly string[]
export declare const SEVERITIES: readonly ['error', 'warning', 'notice']
export declare const ENTRYPOINT: string
export declare const BUILTIN_INDEX: string
export declare const MAX_BUNDLE_BYTES: number

export declare class PolicyError extends Error {
  constructor(problems: string | string[], lead?: string)
  /** Set for opa build's own errors ("opa build failed at"). */
  lead?: string
  /** Every problem, "file:line: what". */
  problems: string[]
}

export declare function readBuiltinAllowList(file: string): string[]
export declare function regoFiles(paths: string[]): string[]
export declare function packageOf(text: string): { name: string; line: number } | undefined
export interface RulePackage {
  area: string
  name: string
  /** Where the package is first declared, "file:line". */
  where: string
  /** The sets (deny, ok, missing, skip) the package's files mention. */
  sets: string[]
}
export declare function rulePackages(paths: string[], display?: (file: string) => string): RulePackage[]
export declare function ruleIndex(packages: RulePackage[]): string
export declare function importedBuiltins(wasm: Uint8Array): string[]

export interface CompileOptions {
  opa: string
  allowList: string
  roots: string[]
  rules: string
  kind: 'builtin' | 'custom'
  taken?: ReadonlyArray<{ id: string; path: string }>
  display?: (file: string) => string
  cwd?: string
  /** Where the rule index is written (inside a root); default: a temporary file replacing the built-in one. */
  index?: string
}

export declare function compileRego(opts: CompileOptions): { wasm: Buffer; rules: RuleRecord[] }
export declare function ruleMetadata(opts: Omit<CompileOptions, 'allowList' | 'roots'>): RuleRecord[]
/** raw: the archive's bytes when the caller has read them already (user files go through readUserFile). */
export declare function readTarGz(file: string, names: string[], raw?: Buffer): Record<string, Buffer>
