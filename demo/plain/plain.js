// The plain page's own script: the consent bar (it tells Vitrine through a
// CustomEvent), the cart (it listens to vitrine-add-to-cart), and the event
// panel, which lists what the collector actually received.
const KEY = 'maison-nord-consent'
const bar = document.getElementById('consent')
if (!localStorage.getItem(KEY)) bar.hidden = false
bar.addEventListener('click', (e) => {
  const answer = e.target.closest('[data-consent]')?.dataset.consent
  if (!answer) return
  localStorage.setItem(KEY, answer)
  document.dispatchEvent(new CustomEvent('vitrine-consent', { detail: answer }))
  bar.hidden = true
})

document.addEventListener('vitrine-add-to-cart', (e) => {
  // A real theme would POST /cart/add.js with { id: e.detail.variantId, quantity }.
  const toast = Object.assign(document.createElement('div'), {
    className: 'plain-toast',
    role: 'status',
    textContent: `Added to cart: ${e.detail.productId}${e.detail.variantId ? ` (${e.detail.variantId})` : ''}`,
  })
  document.body.append(toast)
  setTimeout(() => toast.remove(), 2500)
})

// The panel: polls the collector, newest first.
const list = document.getElementById('events-list')
const count = document.getElementById('events-count')
const toggle = document.getElementById('events-toggle')
const body = document.getElementById('events-body')
toggle.addEventListener('click', () => {
  body.hidden = !body.hidden
  toggle.setAttribute('aria-expanded', String(!body.hidden))
})
let after = 0
let total = 0
async function poll() {
  try {
    const res = await fetch(`/collect/events?after=${after}`, { cache: 'no-store' })
    const events = res.ok ? await res.json() : []
    for (const e of events) {
      after = Math.max(after, e.seq)
      total++
      const li = document.createElement('li')
      li.dataset.event = e.name
      const props = [
        e.variantId && `variant=${e.variantId}`,
        ...Object.entries(e.props ?? {}).map(([k, v]) => `${k}=${v}`),
      ]
        .filter(Boolean)
        .join('  ')
      li.innerHTML = `<code></code> <span></span>`
      li.querySelector('code').textContent = e.name
      li.querySelector('span').textContent = `${e.productId} ${props}`
      list.prepend(li)
    }
    count.textContent = String(total)
  } catch {
    /* the collector is on the same demo server; try again */
  }
  setTimeout(poll, 1000)
}
poll()
