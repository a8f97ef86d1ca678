/** Packer template facts: read a template (HCL2 file/directory or legacy JSON), then facts per image. */
export { readTemplate } from './read.js'
export { templateFacts, type TemplateImageFacts, type UnresolvedFact } from './facts.js'
export { grammarWasmPath, treeSitterWasmPath, templateWasmAssets } from './grammar.js'
export { TemplateError } from './errors.js'
export type * from './types.js'
export { readTemplateSource, alignTemplateImages, type TemplateSourceResult } from './partials.js'
