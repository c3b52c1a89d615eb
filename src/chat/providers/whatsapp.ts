import type { ChatProvider } from '../types'

/** Options of `whatsapp()`: the store's number, opened as a wa.me link with the message prefilled. */
export interface WhatsAppOptions {
  /** The store's full international number; formatting (+, spaces, dashes, leading 00) is stripped. Omit to let the shopper pick. */
  phone?: string
  /** How to open the link (default window.open in a new tab). */
  openUrl?: (url: string) => void
}

/** https://wa.me/<digits>?text=<message>: WhatsApp click-to-chat carries text only. */
export function whatsappLink(phone: string | undefined, text: string): string {
  // '(0)' is a national trunk prefix that international numbers drop.
  const digits = (phone ?? '').replace(/\(0\)/g, '').replace(/\D/g, '').replace(/^00/, '')
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`
}

/** WhatsApp: no widget, so no live context; ask() opens a wa.me link with the context in the text. */
export function whatsapp(opts: WhatsAppOptions = {}): ChatProvider {
  const openUrl =
    opts.openUrl ??
    ((url: string) => {
      globalThis.open?.(url, '_blank', 'noopener,noreferrer')
    })
  return {
    name: 'whatsapp',
    pushContext() {
      /* nothing to push to: the text carries the context */
    },
    open(message) {
      openUrl(whatsappLink(opts.phone, message))
    },
  }
}
