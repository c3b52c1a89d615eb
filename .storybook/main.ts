import type { StorybookConfig } from '@storybook/react-vite'
import fs from 'node:fs'
import path from 'node:path'
import { vitrineAliases } from '../tools/aliases.ts'
import { webxrWithoutEmulator } from '../tools/build/webxrWithoutEmulator.ts'

const sharedAssets = path.resolve(import.meta.dirname, '../../shared/assets')

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories fetch our own sample products from /assets and the Khronos test
  // models from /shared (never copied into the repo); stories that need them
  // say so when the folder is absent.
  staticDirs: [
    { from: '../assets', to: '/assets' },
    // The test harness serves /assets and /shared itself (VITRINE_SB_TEST_BUILD), saving a 60 MB copy.
    ...(fs.existsSync(sharedAssets) && !process.env.VITRINE_SB_TEST_BUILD
      ? [{ from: sharedAssets, to: '/shared' }]
      : []),
  ],
  async viteFinal(config) {
    // The same @react-three/xr as a store gets: no emulator, no CDN controller profiles.
    config.plugins = [...(config.plugins ?? []), webxrWithoutEmulator()]
    config.resolve ??= {}
    const existing = config.resolve.alias
    // Built chunks go to /_sb/, so they never collide with the static /assets/ folder
    // (our sample products), which would shadow JSON imports from ../assets.
    config.build ??= {}
    config.build.assetsDir = '_sb'
    config.resolve.alias = [
      ...(Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
      ...vitrineAliases,
    ]
    return config
  },
}
export default config
