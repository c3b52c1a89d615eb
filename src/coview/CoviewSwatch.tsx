/** The try-on shade and intensity as the agent sees it: a lip-shaped swatch on a neutral card, never a face. */
export function CoviewSwatch({ color, name, intensity }: { color: string; name: string; intensity: number }) {
  const percent = Math.round(intensity * 100)
  return (
    <figure className="vitrine-coview-swatch" data-coview="swatch" style={{ margin: 0 }}>
      <svg viewBox="0 0 200 110" role="img" aria-label={`${name} at ${percent}% intensity`}>
        <rect x="0" y="0" width="200" height="110" rx="14" fill="#f7f4f1" />
        <g fill={color} fillOpacity={Math.max(0.08, intensity)} stroke="rgba(0,0,0,.18)" strokeWidth="1.2">
          <path d="M14 56 C 44 24, 74 20, 100 38 C 126 20, 156 24, 186 56 C 146 62, 54 62, 14 56 Z" />
          <path d="M14 58 C 54 66, 146 66, 186 58 C 158 100, 42 100, 14 58 Z" />
        </g>
      </svg>
      <figcaption>
        <p>
          {name} · intensity {percent}%
        </p>
      </figcaption>
    </figure>
  )
}
