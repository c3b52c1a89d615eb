/** Shown at once when the product has no poster: light, and no download. */
export function Placeholder() {
  return (
    <div className="vitrine-placeholder" aria-hidden>
      <svg viewBox="0 0 64 64" fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round">
        <path d="M32 6 56 19v26L32 58 8 45V19Z" />
        <path d="M8 19l24 13 24-13M32 32v26" />
      </svg>
    </div>
  )
}
