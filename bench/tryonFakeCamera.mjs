// A y4m clip for Chromium's fake camera (--use-file-for-fake-video-capture),
// made at run time from a shared face photo. There is no ffmpeg here: the JPEG
// is decoded by the browser and the I420 frames are written by hand (y4m is a
// one-line text header, then "FRAME\n" + the Y, U and V planes per frame).
// Shared by the try-on browser tests and bench/tryon.mjs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Decodes `faceUrl` in a page into a size x size RGBA square. */
export async function decodeFace(page, faceUrl, size) {
  const b64 = await page.evaluate(
    async ({ faceUrl, size }) => {
      const img = new Image()
      img.src = faceUrl
      await img.decode()
      const c = document.createElement('canvas')
      c.width = size
      c.height = size
      const ctx = c.getContext('2d')
      ctx.drawImage(img, 0, 0, size, size)
      const data = ctx.getImageData(0, 0, size, size).data
      let s = ''
      for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000))
      return btoa(s)
    },
    { faceUrl, size },
  )
  return new Uint8Array(Buffer.from(b64, 'base64'))
}

/**
 * Writes the clip: `faceFrames` frames of the face swaying left and right by
 * `sway` px on grey, then `emptyFrames` grey frames (no face). Chromium loops it.
 * Returns the file path (in a fresh temp folder).
 */
export function writeY4m(face, faceSize, { width: W, height: H, faceFrames, emptyFrames, sway }) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-y4m-')), 'face.y4m')
  const fd = fs.openSync(file, 'w')
  fs.writeSync(fd, `YUV4MPEG2 W${W} H${H} F30:1 Ip A1:1 C420jpeg\n`)
  const rgb = new Uint8Array(W * H * 3)
  const y = new Uint8Array(W * H),
    u = new Uint8Array((W / 2) * (H / 2)),
    v = new Uint8Array((W / 2) * (H / 2))
  for (let f = 0; f < faceFrames + emptyFrames; f++) {
    rgb.fill(128)
    if (f < faceFrames) {
      const dx = Math.round((W - faceSize) / 2 + sway * Math.sin((2 * Math.PI * f) / faceFrames))
      const dy = Math.round((H - faceSize) / 2)
      for (let row = 0; row < faceSize; row++)
        for (let col = 0; col < faceSize; col++) {
          const x = col + dx,
            yy = row + dy
          if (x < 0 || x >= W || yy < 0 || yy >= H) continue
          const s = (row * faceSize + col) * 4,
            d = (yy * W + x) * 3
          rgb[d] = face[s]
          rgb[d + 1] = face[s + 1]
          rgb[d + 2] = face[s + 2]
        }
    }
    // BT.601 full range, as C420jpeg says.
    for (let i = 0; i < W * H; i++) y[i] = 0.299 * rgb[i * 3] + 0.587 * rgb[i * 3 + 1] + 0.114 * rgb[i * 3 + 2]
    for (let r = 0; r < H / 2; r++)
      for (let c = 0; c < W / 2; c++) {
        let R = 0,
          G = 0,
          B = 0
        for (const [oy, ox] of [
          [0, 0],
          [0, 1],
          [1, 0],
          [1, 1],
        ]) {
          const k = ((r * 2 + oy) * W + c * 2 + ox) * 3
          R += rgb[k]
          G += rgb[k + 1]
          B += rgb[k + 2]
        }
        R /= 4
        G /= 4
        B /= 4
        u[r * (W / 2) + c] = Math.max(0, Math.min(255, 128 - 0.168736 * R - 0.331264 * G + 0.5 * B))
        v[r * (W / 2) + c] = Math.max(0, Math.min(255, 128 + 0.5 * R - 0.418688 * G - 0.081312 * B))
      }
    fs.writeSync(fd, 'FRAME\n')
    fs.writeSync(fd, y)
    fs.writeSync(fd, u)
    fs.writeSync(fd, v)
  }
  fs.closeSync(fd)
  return file
}
