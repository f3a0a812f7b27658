import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';
import { editorRoot, errorsAndWarnings } from './story-support';

// The catalog's toolbar themes (.storybook/catalog.css) applied through story globals, the way
// a host themes: custom properties on a selector that matches the editor's root and the chips.
// Each story checks what the browser computed, so a theme that is shadowed (set on an ancestor
// only) fails here, and the a11y addon checks contrast in each theme.
const meta = {
  title: 'Matrix editor/Themes',
  component: ResponsibilityMatrix,
  args: { defaultValue: errorsAndWarnings, onValueChange: fn() },
} satisfies Meta<typeof ResponsibilityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a theme gives a few parts of the editor, as computed by the browser. */

// The radius the theme's custom property resolves to, in px: the raw text differs between dev
// and a production build, whose minifier writes 0.5rem as .5rem.
function resolvedRadius(root: HTMLElement): string {
  const probe = document.createElement('div');
  probe.style.borderTopLeftRadius = 'var(--tandem-matrix-radius)';
  root.append(probe);
  const radius = getComputedStyle(probe).borderTopLeftRadius;
  probe.remove();
  return radius;
}

function computedLook(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const root = editorRoot(canvasElement);
  const style = (element: Element | null | undefined) => {
    if (!element) throw new Error('expected the element to be rendered');
    return getComputedStyle(element);
  };
  const warningRow = canvas.getByRole('row', { name: /Security monitoring and SIEM/ });
  const [chip] = canvas.getAllByRole('button', { name: 'Responsible, held by MSP' });
  const pressed = style(canvas.getByRole('button', { name: 'Grid', pressed: true }));
  return {
    rootBackground: style(root).backgroundColor,
    rootColor: style(root).color,
    radius: resolvedRadius(root),
    partyHeader: style(canvas.getByRole('columnheader', { name: 'MSP' })).backgroundColor,
    categoryRow: style(root.querySelector('[data-category-id="security"] th')).backgroundColor,
    // Internal IT's cell in a row it owns without 24/7 cover: a warning cell.
    warningCell: style(within(warningRow).getAllByRole('gridcell')[0]).backgroundColor,
    chipBackground: style(chip).backgroundColor,
    chipColor: style(chip).color,
    chipRadius: style(chip).borderRadius,
    pressedBackground: pressed.backgroundColor,
    pressedColor: pressed.color,
  };
}

type Look = ReturnType<typeof computedLook>;

const LIGHT: Look = {
  rootBackground: 'rgb(255, 255, 255)',
  rootColor: 'rgb(30, 41, 59)',
  radius: '8px',
  partyHeader: 'rgb(241, 245, 249)',
  categoryRow: 'rgb(226, 232, 240)',
  warningCell: 'rgb(255, 251, 235)',
  chipBackground: 'rgb(29, 78, 216)',
  chipColor: 'rgb(255, 255, 255)',
  chipRadius: '4.875px',
  pressedBackground: 'rgb(29, 78, 216)',
  pressedColor: 'rgb(255, 255, 255)',
};

/** The package's own look: the theme nothing overrides, and the baseline the others differ from. */
export const LightTheme: Story = {
  globals: { theme: 'light' },
  play: async ({ canvasElement }) => {
    await expect(computedLook(canvasElement)).toEqual(LIGHT);
  },
};

/** The toolbar's dark theme: every colour of the editor and its letter chips. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const look = computedLook(canvasElement);
    await expect(look).toEqual({
      ...LIGHT,
      rootBackground: 'rgb(15, 23, 42)',
      rootColor: 'rgb(226, 232, 240)',
      partyHeader: 'rgb(30, 41, 59)',
      categoryRow: 'rgb(51, 65, 85)',
      warningCell: 'rgb(66, 32, 6)',
      chipBackground: 'rgb(147, 197, 253)',
      chipColor: 'rgb(15, 23, 42)',
      pressedBackground: 'rgb(147, 197, 253)',
      pressedColor: 'rgb(15, 23, 42)',
    });
    for (const key of ['rootBackground', 'rootColor', 'warningCell', 'chipBackground'] as const)
      await expect(look[key]).not.toBe(LIGHT[key]);
    // The issue list too, so axe checks its contrast in this theme.
    await userEvent.click(within(canvasElement).getByText(/errors?,/, { selector: 'summary' }));
    await expect(await within(canvasElement).findByRole('list', { name: 'Issues' })).toBeVisible();
  },
};

/** The toolbar's brand theme: a host's teal accent and rounder corners, nothing else. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const look = computedLook(canvasElement);
    await expect(look).toEqual({
      ...LIGHT,
      radius: '16px',
      partyHeader: 'rgb(240, 253, 250)',
      categoryRow: 'rgb(230, 244, 241)',
      chipBackground: 'rgb(15, 118, 110)',
      chipRadius: '999px',
      pressedBackground: 'rgb(15, 118, 110)',
    });
    for (const key of ['partyHeader', 'chipBackground', 'pressedBackground'] as const)
      await expect(look[key]).not.toBe(LIGHT[key]);
    await userEvent.click(within(canvasElement).getByText(/errors?,/, { selector: 'summary' }));
    await expect(await within(canvasElement).findByRole('list', { name: 'Issues' })).toBeVisible();
  },
};
