// Stories can't rely on a throttling server (Storybook's own serves files at
// full speed), so "slow network" and "stalled" are simulated in the page: a
// fetch of a URL carrying `#vitrine-kbps=N` (or `#vitrine-stall=0.4`) streams
// the real file at that rate, or stops part-way.
const original = typeof window === 'undefined' ? undefined : window.fetch.bind(window)
let installed = false

export function installSlowNetwork() {
  if (installed || !original) return
  installed = true
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const match = /#vitrine-(kbps|stall)=([\d.]+)/.exec(url)
    if (!match) return original(input, init)
    const response = await original(url.replace(/#.*$/, ''), init)
    const body = new Uint8Array(await response.arrayBuffer())
    const [, kind, value] = match
    const bytesPerTick = kind === 'kbps' ? Math.max(512, (Number(value) * 1024) / 10) : Math.max(512, body.length / 20)
    const stopAt = kind === 'stall' ? Math.floor(body.length * Number(value)) : body.length
    let offset = 0
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 100))
        if (offset >= stopAt) {
          if (kind === 'stall') return new Promise(() => {}) // never resolves: a stalled connection
          controller.close()
          return
        }
        const end = Math.min(stopAt, offset + bytesPerTick)
        controller.enqueue(body.slice(offset, end))
        offset = end
      },
    })
    return new Response(stream, {
      status: 200,
      headers: { 'content-type': 'model/gltf-binary', 'content-length': String(body.length) },
    })
  }
}
