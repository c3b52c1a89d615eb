import QRCode from 'qrcode'

/** A QR code image (PNG data URL) for the hand-off link. Drawn locally: no QR web service sees the URL. */
export function qrDataUrl(text: string, size = 256): Promise<string> {
  return QRCode.toDataURL(text, {
    errorCorrectionLevel: 'M',
    margin: 2,
    width: size,
    color: { dark: '#000000', light: '#ffffff' },
  })
}
