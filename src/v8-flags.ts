import v8 from 'node:v8'

/**
 * The V8 flags the engine runs with, set once per process before any code is compiled from the compile cache
 * (the entries, src/cli-main.cjs and src/index.cjs) and again, harmlessly, when an Engine loads in-process.
 *
 * V8 starts wasm functions in its baseline compiler and re-compiles the hot ones with the optimizing one after a
 * budget of executed code (Node 20: 1.8 M, Node 24: 13 M). A check of a few images never earns that back: with
 * a budget of 50 M the first evaluation of the README's example took 21.5 ms instead of 26.6 ms, and 1,000
 * documents ran as fast (1,437 vs 1,400 ms; long runs still tier up).
 *
 * V8 stamps a hash of its flags into every code cache it writes and refuses a cache whose stamp differs, so
 * the flags must be the same when a bundle is compiled and when its cache is written at exit: hence set first.
 */
export const V8_FLAGS = ['--wasm-tiering-budget=50000000'] as const

let done = false

export function tuneV8(): void {
  if (done) return
  done = true
  for (const flag of V8_FLAGS)
    try {
      v8.setFlagsFromString(flag)
    } catch {
      /* a runtime without the flag keeps its default */
    }
}
