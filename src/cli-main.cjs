'use strict'
// The CLI's entry. scripts/bundle.mjs bundles it, CommonJS, into dist/cli/index.cjs, which dist/cli.js runs.
// The V8 flags and the compile cache come first; the CLI itself is a separate chunk, compiled through the cache.
require('./v8-flags.ts').tuneV8()
require('./compile-cache.ts').installCompileCache(__dirname)

import('./cli.ts').then(({ main, outputPending }) =>
  main(process.argv.slice(2)).then(code => {
    process.exitCode = code
    // Leave now instead of waiting for V8 to tear down the heap and the policy's wasm memory (~4 ms), unless
    // stdout or stderr still holds output for the OS (never on Linux, where their writes are synchronous).
    if (!outputPending()) process.exit(code)
  })
)
