// A store's Next.js App Router config: a static export, and with VITRINE_ASSET_PREFIX its JS on a CDN origin.
export default {
  output: 'export',
  assetPrefix: process.env.VITRINE_ASSET_PREFIX || undefined,
  images: { unoptimized: true },
}
