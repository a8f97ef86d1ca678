'use strict'
// The action's entry (action.yml runs dist/index.js). scripts/bundle.mjs bundles it, CommonJS, into
// dist/action/index.cjs; it runs src/main.ts's run(), as in actions/typescript-action, compiled through the cache.
require('./v8-flags.ts').tuneV8()
require('./compile-cache.ts').installCompileCache(__dirname)

import('./main.ts').then(({ run }) => run())
