import type { ChatContext } from './types'

/** "I'm looking at the Glam Velvet Sofa in Navy, placed in my room. <question>" */
export function composeMessage(ctx: ChatContext, question?: string): string {
  const name = ctx.productName ?? ctx.productId
  const variant = ctx.shadeName ?? ctx.variantName
  let where = ''
  if (ctx.surface === 'ar' && ctx.placedInRoom) where = ', placed in my room'
  else if (ctx.surface === 'ar') where = ', in my room'
  else if (ctx.surface === 'tryon') where = ', trying it on'
  const intro = name ? `I'm looking at the ${name}${variant ? ` in ${variant}` : ''}${where}.` : ''
  const parts = [intro, question?.trim(), ctx.snapshotUrl ? `Snapshot: ${ctx.snapshotUrl}` : ''].filter(Boolean)
  return parts.join(' ')
}
