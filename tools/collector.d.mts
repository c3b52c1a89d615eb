import type http from 'node:http'

export interface CollectorRequest {
  t: number
  path: string
  status: number
  bytes: number
  events: number
  encoding: string
}
export interface CollectorStats {
  mode: string
  unique: number
  duplicates: number
  received: number
  segmentUnique: number
  segmentDuplicates: number
  requests: number
  byStatus: Record<string, number>
  bytes: number
  handoffs: number
}
export interface Handoff {
  seq: number
  at: number
  context: Record<string, unknown>
  message: string
  snapshotUrl: string | null
}
export interface Collector {
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean>
  stats(): CollectorStats
  setMode(mode: 'up' | 'down' | '500' | '429', retryAfter?: number): void
  refuseGzip(on?: boolean): void
  counts(): Map<string, number>
  events(): Record<string, unknown>[]
  segmentEvents(): Record<string, any>[]
  segmentCounts(): Map<string, number>
  requests(): CollectorRequest[]
  handoffs(): Handoff[]
  reset(): void
}
export function createCollector(opts?: { prefix?: string }): Collector
