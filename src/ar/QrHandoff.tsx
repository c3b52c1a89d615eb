import { useEffect, useState } from 'react'
import { useLatest } from '../react/useLatest'
import { arStrings, type ArStrings } from './strings'

export interface QrHandoffProps {
  url: string
  onClose(): void
  onError(message: string): void
  strings?: ArStrings
}

/** The desktop hand-off: a QR code for the same product and variant, drawn locally. */
export function QrHandoff({ url, onClose, onError, strings = arStrings }: QrHandoffProps) {
  const [src, setSrc] = useState<string>()
  const latestOnError = useLatest(onError)
  useEffect(() => {
    let live = true
    import('./native/qr')
      .then(({ qrDataUrl }) => qrDataUrl(url))
      .then(
        (data) => {
          if (live) setSrc(data)
        },
        (err: unknown) => {
          if (live) latestOnError.current(err instanceof Error ? err.message : String(err))
        },
      )
    return () => {
      live = false
    }
  }, [url, latestOnError])
  return (
    <div role="dialog" aria-label={strings.qrTitle} data-vitrine-qr style={panelStyle}>
      <strong>{strings.qrTitle}</strong>
      <p style={{ margin: 0 }}>{strings.qrBody}</p>
      {src ? (
        <img src={src} width={256} height={256} alt={`QR code for ${url}`} data-vitrine-qr-image data-url={url} />
      ) : (
        <div style={{ width: 256, height: 256 }} aria-busy="true" />
      )}
      <button type="button" onClick={onClose}>
        {strings.close}
      </button>
    </div>
  )
}

const panelStyle: React.CSSProperties = {
  display: 'grid',
  gap: 8,
  justifyItems: 'center',
  padding: 16,
  background: '#fff',
  color: '#111',
  borderRadius: 12,
  boxShadow: '0 4px 24px rgba(0,0,0,.15)',
  maxWidth: 320,
  font: '15px/1.4 system-ui, sans-serif',
}
