'use strict'
// The CLI's entry. scripts/bundle.mjs bundles it, CommonJS, into dist/cli/index.cjs, which dist/cli.js runs.
// The V8 flags and the compile cache come first; the CLI itself is a separate chunk, compiled through the cache.
require('./v8-flags.ts').tuneV8()
require('./compile-cache.ts').installCompileCache(__dirname)

import('./cli.ts')
  .then(({ main }) => main(process.argv.slice(2)))
  .then(code => {
    process.exitCode = code
    // Leave now instead of waiting for V8 to tear down the heap and the policy's wasm memory (~4 ms), once all
    // that was written to stdout and stderr has reached the OS (always, on Linux; pipes can buffer elsewhere).
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code)
  })
