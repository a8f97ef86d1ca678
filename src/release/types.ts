/** Where the GitHub contents API can give the base branch's ledger (the action passes it; the CLI reads env). */
export interface BaseApi {
  apiUrl: string
  token?: string
  /** owner/repo */
  repository?: string
  /** The pull request's base commit (`pull_request.base.sha` of the event). */
  baseSha?: string
  /** The workspace (repository root) when the checkout has no .git. */
  workspace?: string
}

/** The base branch's ledger: its text (undefined when the file is not there), or why it could not be read. */
export type BaseLedger = { text: string | undefined; ref: string } | { unknown: string }

/** Settings of the SKU version source and the release gate (part of Settings as `sku`). */
export interface SkuSettings {
  /** Offer and SKU that select the ledger entry; when absent, taken from the manifest's custom_data. */
  offer?: string
  sku?: string
  /** The proposed version from the input / --version. */
  version?: string
  /** Where the published versions come from. */
  history: 'ledger' | 'tags'
  /** Ledger path, relative to cwd (default .github/skus.yml). */
  ledger: string
  /** --tag-pattern (default `<sku>/v<X.Y.Z>`). */
  tagPattern: string
  /** PR mode: the base branch whose ledger is the published state (GITHUB_BASE_REF / --base-ref). */
  baseRef?: string
  /** PR mode: the GitHub contents API, for the base ledger when the base commit is not in the checkout. */
  baseApi?: BaseApi
  /** PR mode: the base branch's ledger, read by the pipeline before the sources are joined. */
  baseLedger?: BaseLedger
  /** Release mode: write the approved version into the ledger. */
  updateLedger: boolean
  /** The checkout (default: the working directory). */
  cwd: string
}
