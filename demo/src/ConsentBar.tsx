import { useState } from 'react'
import { consentAnswered, setConsent } from './store'

/** Nothing is sent to analytics until the shopper answers: the tracker holds events meanwhile. */
export function ConsentBar() {
  const [open, setOpen] = useState(!consentAnswered())
  if (!open) return null
  const answer = (granted: boolean) => {
    setConsent(granted)
    setOpen(false)
  }
  return (
    <div className="shop-consent" role="region" aria-label="Privacy choices">
      <p>
        We use analytics to learn which products you look at in 3D and in your room. Camera images never leave your
        phone.
      </p>
      <div>
        <button type="button" onClick={() => answer(false)}>
          Decline
        </button>
        <button type="button" className="primary" onClick={() => answer(true)}>
          Allow analytics
        </button>
      </div>
    </div>
  )
}
