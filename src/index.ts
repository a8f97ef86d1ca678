/** The action's entry (action.yml runs dist/index.js): runs src/main.ts, as in actions/typescript-action. */
import { run } from './main.js'

await run()
