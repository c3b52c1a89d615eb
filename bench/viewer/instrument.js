// Injected before any page script (playwright addInitScript) into both
// viewers' pages. It counts WebGL draw calls, the page's own rAF callbacks
// and WebGL contexts, and timestamps (performance.now(), i.e. ms since
// navigation start) when posters and 3D views appear. Same code for both
// viewers; only the "is it shown" probes differ, and they are read-only.
;(() => {
  const rAF = window.requestAnimationFrame.bind(window)
  const b = (window.__bench = {
    draws: 0,
    rafCallbacks: 0,
    framesWithDraws: 0,
    contexts: 0,
    contextsLost: 0,
    firstPosterAt: null,
    allPostersAt: null,
    posters: 0,
    readyTimes: [],
    loadTimes: [],
    posterDismissedTimes: [],
    mvModelFrameAt: null,
    // The same definition for both viewers: two animation frames after the frame that drew the
    // model. The first rAF runs once that frame is handed to the compositor, the second once the
    // compositor has taken the next one, i.e. the model's frame is on screen.
    presentedTimes: [],
    mvPresentedAt: null,
  })
  const afterTwoFrames = (done) => rAF(() => rAF(() => done(performance.now())))

  // model-viewer's 'load' waits two rAFs (or 500 ms, whichever first) after the
  // model is in the scene, so under load it can fire before or after the first
  // frame with the model. Its first frame is taken instead as the end of the
  // first render callback that draws once an element reports `loaded`.
  const mvs = document.getElementsByTagName('model-viewer')
  let mvFrameQueued = false
  const onDraw = () => {
    if (mvFrameQueued || !mvs.length) return
    for (const mv of mvs) {
      if (!mv.loaded) continue
      mvFrameQueued = true
      queueMicrotask(() => {
        b.mvModelFrameAt = performance.now()
        afterTwoFrames((t) => {
          b.mvPresentedAt = t
        })
      })
      return
    }
  }

  // Draw calls on both WebGL flavours.
  for (const proto of [window.WebGL2RenderingContext?.prototype, window.WebGLRenderingContext?.prototype]) {
    if (!proto) continue
    for (const name of [
      'drawElements',
      'drawArrays',
      'drawElementsInstanced',
      'drawArraysInstanced',
      'drawRangeElements',
    ]) {
      const original = proto[name]
      if (typeof original !== 'function') continue
      proto[name] = function (...args) {
        b.draws++
        onDraw()
        return original.apply(this, args)
      }
    }
  }

  // The page's rAF callbacks (ours below use the saved original).
  window.requestAnimationFrame = (cb) =>
    rAF((t) => {
      b.rafCallbacks++
      cb(t)
    })

  // Live WebGL contexts: new contexts minus context losses.
  const seen = new WeakSet()
  for (const Canvas of [window.HTMLCanvasElement, window.OffscreenCanvas]) {
    if (!Canvas) continue
    const getContext = Canvas.prototype.getContext
    Canvas.prototype.getContext = function (type, ...rest) {
      const ctx = getContext.call(this, type, ...rest)
      if (ctx && /webgl/.test(String(type)) && !seen.has(ctx)) {
        seen.add(ctx)
        b.contexts++
        this.addEventListener('webglcontextlost', () => {
          b.contextsLost++
        })
      }
      return ctx
    }
  }

  // Vitrine: the root's data-vitrine-state turns 'ready' after the first frame with the model.
  const readySeen = new WeakSet()
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target
      if (el.getAttribute?.('data-vitrine-state') === 'ready' && !readySeen.has(el)) {
        readySeen.add(el)
        b.readyTimes.push(performance.now())
        afterTwoFrames((t) => b.presentedTimes.push(t))
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-vitrine-state'] })

  // model-viewer: 'load' (dispatched two rAFs after the model is in the scene) and 'poster-dismissed'.
  document.addEventListener(
    'load',
    (e) => {
      if (e.target?.tagName === 'MODEL-VIEWER') b.loadTimes.push(performance.now())
    },
    true,
  )
  document.addEventListener(
    'poster-dismissed',
    (e) => {
      if (e.target?.tagName === 'MODEL-VIEWER') b.posterDismissedTimes.push(performance.now())
    },
    true,
  )

  const loadedUrls = () =>
    new Set(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd > 0)
        .map((e) => e.name),
    )
  const bgUrl = (el) => /url\("?([^")]+)"?\)/.exec(el.style.backgroundImage ?? '')?.[1]
  function postersShown() {
    let n = 0
    for (const root of document.querySelectorAll('.vitrine-root')) {
      const img = root.querySelector('img.vitrine-poster')
      if ((img && img.complete && img.naturalWidth > 0) || root.querySelector('.vitrine-placeholder')) n++
    }
    const mvs = document.querySelectorAll('model-viewer')
    if (mvs.length) {
      const urls = loadedUrls()
      for (const mv of mvs) {
        const slot = mv.shadowRoot?.querySelector('.slot.poster')
        const poster = mv.shadowRoot?.querySelector('#default-poster')
        const url = poster && bgUrl(poster)
        if (slot?.classList.contains('show') && url && urls.has(new URL(url, location.href).href)) n++
      }
    }
    return n
  }

  // Each frame: did anything draw, and how many posters are up?
  let lastDraws = 0
  const total = () => document.querySelectorAll('.vitrine-root, model-viewer').length
  const tick = () => {
    if (b.draws !== lastDraws) {
      b.framesWithDraws++
      lastDraws = b.draws
    }
    if (b.allPostersAt === null) {
      const n = postersShown()
      b.posters = Math.max(b.posters, n)
      if (n > 0 && b.firstPosterAt === null) b.firstPosterAt = performance.now()
      if (n > 0 && n === total()) b.allPostersAt = performance.now()
    }
    rAF(tick)
  }
  rAF(tick)
})()
