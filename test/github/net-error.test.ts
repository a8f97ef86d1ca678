/** Network failures are named for what they are (src/net-error.ts), through causes and aggregate errors. */
import net from 'node:net'
import { isNetworkError, networkErrorCode, networkErrorText } from '../../src/net-error.js'

async function closedPort(): Promise<number> {
  return new Promise(resolve => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

test('a refused fetch is "connection refused (ECONNREFUSED)"', async () => {
  const port = await closedPort()
  const e = await fetch(`http://127.0.0.1:${port}/`).then(
    () => undefined,
    (x: unknown) => x
  )
  expect(isNetworkError(e)).toBe(true)
  expect(networkErrorText(e)).toBe('connection refused (ECONNREFUSED)')
})

test('codes through causes and aggregates; an HTTP answer is not a network error', () => {
  const agg = Object.assign(new Error('fetch failed'), {
    cause: Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ENOTFOUND' })]), {})
  })
  expect(networkErrorCode(agg)).toBe('ENOTFOUND')
  expect(networkErrorText(agg)).toBe('host not found (ENOTFOUND)')
  expect(networkErrorText(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe('timed out')
  // Octokit's RequestError for a real 500 carries the response: it is an answer, not a network error.
  expect(isNetworkError({ status: 500, message: 'boom', response: { data: {} } })).toBe(false)
  expect(networkErrorText(new Error('odd'))).toBe('network error')
})
