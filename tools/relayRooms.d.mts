import type http from 'node:http'
export interface CoviewRoomRecord {
  room: string
  productId: string | null
  openedAt: number
}
export function createCoviewRooms(options: {
  secret: string
  relayUrl: string | ((role: 'shopper' | 'agent') => string)
  prefix?: string
  shopperTtlS?: number
  agentTtlS?: number
}): {
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean>
  rooms(): CoviewRoomRecord[]
}
