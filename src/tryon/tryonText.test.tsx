// The try-on's texts come from the `strings` a store passes, not from fixed constants.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { ShadePicker } from './ShadePicker'
import { StatusPanel } from './StatusPanel'
import { TRYON_TEXT, type TryOnStrings } from './strings'

const fr: TryOnStrings = {
  ...TRYON_TEXT,
  introTitle: 'Essayez-le avec votre caméra',
  intro: (p) => `Nous utilisons la caméra pour montrer ${p} sur vos lèvres.`,
  loadingModel: (a, b) => `Préparation : ${a} sur ${b} Mo`,
  cancel: 'Annuler',
  toneToggle: 'Suggestions selon mes couleurs',
  shades: 'Teintes',
}
const panel = (over: Partial<Parameters<typeof StatusPanel>[0]>) =>
  renderToStaticMarkup(
    <StatusPanel
      status="idle"
      mode={null}
      productName="Velours"
      resumed={false}
      progress={null}
      previewing={false}
      text={fr}
      onStartCamera={() => {}}
      onChoosePhoto={() => {}}
      onCancel={() => {}}
      {...over}
    />,
  )

describe('try-on texts', () => {
  it('renders the intro, the download progress and Cancel from the given strings', () => {
    expect(panel({})).toContain('Essayez-le avec votre caméra')
    expect(panel({})).toContain('montrer Velours sur vos lèvres')
    const loading = panel({
      status: 'starting',
      mode: 'live',
      progress: { loaded: 1_250_000, total: 4_400_000 },
      previewing: true,
    })
    expect(loading).toContain('Préparation : 1.3 sur 4.4 Mo')
    expect(loading).toContain('Annuler')
    expect(loading).toMatch(/<progress[^>]*max="4400000"[^>]*value="1250000"/)
  })
  it('renders the swatches and the tone switch from the given strings', () => {
    const html = renderToStaticMarkup(
      <ShadePicker
        shades={[{ id: 'a', name: 'Rose', color: '#b0304a', finish: 'satin' }]}
        selectedId="a"
        suggestions={[]}
        text={fr}
        toneSuggestions
        onToneSuggestions={() => {}}
        onSelect={() => {}}
      />,
    )
    expect(html).toContain('aria-label="Teintes"')
    expect(html).toContain('Suggestions selon mes couleurs')
  })
})
