// Same query string as Vitrine's pages: ?models=<src>|<poster>,…
function benchModels() {
  const models = new URLSearchParams(location.search).get('models') || ''
  return models
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [src, poster] = entry.split('|')
      return { src, poster, name: decodeURIComponent(src.split('/').pop()) }
    })
}

function createViewer(model) {
  const el = document.createElement('model-viewer')
  el.setAttribute('src', model.src)
  if (model.poster) el.setAttribute('poster', model.poster)
  el.setAttribute('alt', `3D model of ${model.name}`)
  el.setAttribute('camera-controls', '')
  return el
}
