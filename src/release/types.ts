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
  /** Release mode: write the approved version into the ledger. */
  updateLedger: boolean
  /** The checkout (default: the working directory). */
  cwd: string
}
