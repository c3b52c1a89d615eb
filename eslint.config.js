// Lint for src/, tests, stories, demo and bench: typescript-eslint's
// recommended rules and React's hooks rules. Formatting is Prettier's job
// (.prettierrc.json); `npm run lint` runs both and `npm test` runs lint.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.vitrine/', 'storybook-static/', 'bench/results/', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.ts', '**/*.tsx'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // model-viewer's bench pages are classic scripts that share two globals across files.
    files: ['bench/pages/model-viewer/listing.js', 'bench/pages/model-viewer/single.js'],
    languageOptions: { sourceType: 'script', globals: { benchModels: 'writable', createViewer: 'writable' } },
  },
  {
    files: ['bench/pages/model-viewer/models.js'],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    // Tests and page scripts reach into the page with `window as any`-style probes.
    // `useSession` in tests is a Vitest set-up helper, not a React hook.
    files: ['tests/**', 'bench/**', 'stories/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
)
