import type http from 'node:http'
export interface StartedServer {
  server: http.Server
  origin: string
  close(): Promise<void>
}
export function startServer(opts: {
  mounts: Record<string, string>
  port?: number
  handle?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>
  /** Sent with every file served; none by default (no CORS headers). */
  headers?: Record<string, string>
}): Promise<StartedServer>
export function send(res: http.ServerResponse, status: number, text: string, type?: string): void
export function readBody(req: http.IncomingMessage): Promise<Buffer>
