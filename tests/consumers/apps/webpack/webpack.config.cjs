// A store's plain webpack 5 production config: no loaders (the app is plain JS), no vitrine-specific rule.
// VITRINE_PUBLIC_PATH puts the JS and emitted files on a CDN origin; VITRINE_OUT picks the output folder.
const path = require('node:path')

module.exports = {
  mode: 'production',
  entry: './src/main.js',
  output: {
    path: path.resolve(__dirname, process.env.VITRINE_OUT || 'dist'),
    filename: 'main.js',
    publicPath: process.env.VITRINE_PUBLIC_PATH || '/',
    clean: true,
  },
  performance: { hints: false },
}
