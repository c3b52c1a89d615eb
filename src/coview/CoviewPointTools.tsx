import type { Product } from '../product'
import type { ProductViewerHandle } from '../viewer/ProductViewer'
import type { CoviewMirror as MirrorStore, CoviewMirrorState } from './mirrorStore'
import type { CoviewState } from './state'

/** One row of "point" buttons: a colour, a shade or a hotspot for each option; the shopper's current one pressed. */
function SuggestRow({
  title,
  kind,
  options,
  current,
  onSuggest,
}: {
  title: string
  kind: 'variant' | 'shade' | 'hotspot'
  options: { id: string; label: string }[]
  current: string | null
  onSuggest(kind: 'variant' | 'shade' | 'hotspot', id: string): void
}) {
  return (
    <>
      <h3>{title}</h3>
      <div className="vitrine-coview-row">
        {options.map((o) => (
          <button
            key={o.id}
            type="button"
            data-suggest={kind}
            data-value={o.id}
            aria-pressed={current === o.id}
            onClick={() => onSuggest(kind, o.id)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </>
  )
}

/**
 * How the agent points: suggest a colour or shade, point at a hotspot, or propose the angle they look from.
 * While the shopper is in AR, only what they can take there is offered (a colour): the agent cannot turn
 * the shopper's phone or open a card on the inline viewer they are not looking at.
 */
export function CoviewPointTools({
  mirror,
  state,
  product,
  m,
  viewer,
}: {
  mirror: MirrorStore
  state: CoviewState
  product: Product
  m: CoviewMirrorState
  viewer: React.RefObject<ProductViewerHandle | null>
}) {
  const answer = m.answer
    ? m.answer.accepted
      ? 'The shopper accepted your suggestion.'
      : 'The shopper said no thanks.'
    : m.pending
      ? 'Suggestion sent: waiting for the shopper’s tap.'
      : ''
  const isLipstick = product.kind === 'lipstick'
  const inAr = state.surface === 'ar'
  const suggest = (kind: 'variant' | 'shade' | 'hotspot', id: string) => mirror.suggest(kind, id)
  const proposeAngle = () => {
    const o = viewer.current?.orbit()
    if (o)
      mirror.suggest('angle', {
        azimuth: Math.round(o.azimuthDeg * 10) / 10,
        elevation: Math.round(o.elevationDeg * 10) / 10,
        zoom: Math.round(o.zoom * 1000) / 1000,
      })
  }
  return (
    <section className="vitrine-coview-tools" aria-label="Point things out to the shopper">
      {!isLipstick && product.variants.length > 1 && (
        <SuggestRow
          title="Suggest a colour"
          kind="variant"
          options={product.variants.map((v) => ({ id: v.id, label: v.name }))}
          current={state.variant}
          onSuggest={suggest}
        />
      )}
      {product.shades.length > 0 && (
        <SuggestRow
          title="Suggest a shade"
          kind="shade"
          options={product.shades.map((s) => ({ id: s.id, label: s.name }))}
          current={state.tryon.shade}
          onSuggest={suggest}
        />
      )}
      {!isLipstick && !inAr && product.hotspots.length > 0 && (
        <SuggestRow
          title="Point at"
          kind="hotspot"
          options={product.hotspots.map((h) => ({ id: h.id, label: h.title }))}
          current={state.hotspot}
          onSuggest={suggest}
        />
      )}
      {!isLipstick && !inAr && (
        <div className="vitrine-coview-row">
          <button type="button" data-suggest="angle" onClick={proposeAngle}>
            Propose the angle you are looking from
          </button>
        </div>
      )}
      {answer && (
        <p role="status" className="vitrine-coview-caption" data-coview="answer">
          {answer}
        </p>
      )}
    </section>
  )
}
