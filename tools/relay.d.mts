export const PROTOCOL: string
export const CLOSE: { ended: number; refused: number; closed: number; replaced: number; abuse: number }
export interface RelayStats {
  connections: number
  refused: number
  forwarded: number
  rateLimited: number
  dropped: Record<string, number>
  rooms: number
  bus: 'memory' | 'redis'
}
export interface StartedRelay {
  url: string
  port: number
  stats(): RelayStats
  close(): Promise<void>
}
export function startRelay(options: {
  secret: string
  port?: number
  host?: string
  redisUrl?: string
  graceMs?: number
  idleMs?: number
  beatMs?: number
  rate?: { capacity?: number; perSecond?: number }
  log?: (line: string) => void
}): Promise<StartedRelay>
