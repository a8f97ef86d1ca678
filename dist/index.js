import module from 'node:module'
module.enableCompileCache?.()
const m = await import('./action/index.js')
await m.run()
