/**
 * The bounded HTTP reader every remote read goes through (VHD footers, SAS blobs, disk blocks): one
 * request, a body cap (reading stops past it), the caller's deadline (AbortSignal), error bodies never
 * read, and error texts that are one line with secrets redacted.
 */
import http from 'node:http'
import https from 'node:https'
import { redact, redactError } from '../redact.js'

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** The server sent more than the caller accepts; reading was stopped. */
  overflow: boolean
  /** Body bytes received (including the chunk that overflowed). */
  received: number
}

export class TimeoutError extends Error {}

export function request(
  url: URL,
  method: 'HEAD' | 'GET',
  headers: Record<string, string>,
  signal: AbortSignal,
  maxBody: number
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http
    let settled = false
    const done = (fn: () => void): void => {
      if (settled) return
      settled = true
      fn()
    }
    const req = mod.request(url, { method, headers, agent: false, signal }, res => {
      const status = res.statusCode ?? 0
      if (method === 'HEAD' || status < 200 || status >= 300) {
        // Error bodies are not read: only the status matters, and they could be arbitrarily large.
        done(() =>
          resolve({ status, headers: res.headers, body: Buffer.alloc(0), overflow: false, received: 0 })
        )
        res.destroy()
        req.destroy()
        return
      }
      const chunks: Buffer[] = []
      let total = 0
      res.on('data', (chunk: Buffer) => {
        if (settled) return
        total += chunk.length
        if (total > maxBody) {
          done(() =>
            resolve({
              status,
              headers: res.headers,
              body: Buffer.concat(chunks),
              overflow: true,
              received: total
            })
          )
          res.destroy()
          req.destroy()
          return
        }
        chunks.push(chunk)
      })
      res.on('end', () =>
        done(() =>
          resolve({
            status,
            headers: res.headers,
            body: Buffer.concat(chunks),
            overflow: false,
            received: total
          })
        )
      )
      res.on('error', err => done(() => reject(signal.aborted ? new TimeoutError() : err)))
      res.on('aborted', () =>
        done(() => reject(signal.aborted ? new TimeoutError() : new Error('connection closed mid-response')))
      )
    })
    req.on('error', err => done(() => reject(signal.aborted ? new TimeoutError() : err)))
    req.end()
  })
}

export function describeNetError(err: unknown, timeoutMs: number): string {
  if (err instanceof TimeoutError) return `timed out after ${timeoutMs} ms`
  const e = err as NodeJS.ErrnoException
  if (e.code && e.code !== 'ABORT_ERR')
    return `network error: ${e.code}${e.message ? ` (${redact(e.message)})` : ''}`
  return `network error: ${redactError(err)}`
}

export function statusError(what: string, status: number): string {
  const hint: Record<number, string> = {
    401: 'not authorized',
    403: 'forbidden: the SAS is invalid, expired, not yet valid or lacks read permission',
    404: 'not found: no blob at this path',
    409: 'conflict',
    416: 'range not satisfiable'
  }
  return `${what} returned HTTP ${status}${hint[status] ? ` (${hint[status]})` : ''}`
}
