import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: any axe violation fails the run.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
