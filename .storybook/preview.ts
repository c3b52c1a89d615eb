import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  parameters: { layout: 'centered' },
  globalTypes: {
    dir: { description: 'Text direction', toolbar: { icon: 'transfer', items: ['ltr', 'rtl'] } },
  },
  decorators: [
    (Story, ctx) => {
      document.documentElement.dir = (ctx.globals.dir as string) ?? 'ltr'
      return Story()
    },
  ],
}
export default preview
