import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EscalationFlow } from '../views/escalation-flow';
import { checksArrived, flowRoot, ruleRow } from './flow-story-support';
import { calendars, everythingWrong, matrix, sla } from './story-data';
import '../escalation-flow.css';

// The catalog's toolbar themes (.storybook/catalog.css) applied through story globals, the way
// a host themes: --tandem-flow-* properties on a selector that matches the flow's root. Each
// story checks what the browser computed, so a theme that is shadowed (set on an ancestor only)
// fails here, and the a11y addon checks contrast in each theme. The flow is the one with every
// check failing, so error cards, badges, the shadowed rule and the gap are all on show.
const meta = {
  title: 'Escalation flow/Themes',
  component: EscalationFlow,
  args: { defaultValue: everythingWrong, matrix, sla, calendars, onValueChange: fn() },
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a theme gives a few parts of the flow, as computed by the browser. */
function computedLook(canvasElement: HTMLElement) {
  const root = flowRoot(canvasElement);
  const style = (element: Element | null | undefined) => {
    if (!element) throw new Error('expected the element to be rendered');
    return getComputedStyle(element);
  };
  const viewport = within(root).getByRole('region', { name: /^Diagram of/ });
  const shadowed = ruleRow(canvasElement, 'help-p1');
  const badge = style(shadowed.querySelector('span[data-state="shadowed"]'));
  return {
    rootBackground: style(root).backgroundColor,
    rootColor: style(root).color,
    diagramBackground: style(viewport).backgroundColor,
    diagramRadius: style(viewport).borderRadius,
    firstLane: style(root.querySelector('[data-lane="it"][data-kind]')).backgroundColor,
    // An assign step's action word is written in the accent colour.
    accent: style(root.querySelector('article[data-step-id="desk"] [data-action="assign"]')).color,
    errorCard: style(root.querySelector('article[data-state="error"]')).backgroundColor,
    shadowedRule: style(shadowed).backgroundColor,
    badgeBackground: badge.backgroundColor,
    badgeColor: badge.color,
  };
}

type Look = ReturnType<typeof computedLook>;

const LIGHT: Look = {
  rootBackground: 'rgb(255, 255, 255)',
  rootColor: 'rgb(30, 41, 59)',
  diagramBackground: 'rgb(248, 250, 252)',
  diagramRadius: '8px',
  firstLane: 'rgb(241, 245, 249)',
  accent: 'rgb(29, 78, 216)',
  errorCard: 'rgb(254, 242, 242)',
  shadowedRule: 'rgb(254, 242, 242)',
  badgeBackground: 'rgb(185, 28, 28)',
  badgeColor: 'rgb(255, 255, 255)',
};

/** The package's own look: the theme nothing overrides, and the baseline the others differ from. */
export const LightTheme: Story = {
  globals: { theme: 'light' },
  play: async ({ canvasElement }) => {
    await checksArrived(canvasElement);
    await expect(computedLook(canvasElement)).toEqual(LIGHT);
  },
};

/** The toolbar's dark theme: every colour of the diagram, the routing table and the checks. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await checksArrived(canvasElement);
    const look = computedLook(canvasElement);
    await expect(look).toEqual({
      ...LIGHT,
      rootBackground: 'rgb(15, 23, 42)',
      rootColor: 'rgb(226, 232, 240)',
      diagramBackground: 'rgb(17, 24, 39)',
      firstLane: 'rgb(30, 41, 59)',
      accent: 'rgb(147, 197, 253)',
      errorCard: 'rgb(69, 10, 10)',
      shadowedRule: 'rgb(69, 10, 10)',
      // A light fill on dark: the badge's text turns dark (--tandem-flow-issue-fg).
      badgeBackground: 'rgb(252, 165, 165)',
      badgeColor: 'rgb(15, 23, 42)',
    });
    for (const key of ['rootBackground', 'rootColor', 'firstLane', 'accent', 'badgeColor'] as const)
      await expect(look[key]).not.toBe(LIGHT[key]);
    // The step dialog portals into the flow's root, so it takes the theme too.
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Internal desk' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Edit Internal desk' });
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(15, 23, 42)');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

/** The toolbar's brand theme: a host's teal accent, tinted lanes and rounder corners. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await checksArrived(canvasElement);
    const look = computedLook(canvasElement);
    await expect(look).toEqual({
      ...LIGHT,
      diagramRadius: '16px',
      firstLane: 'rgb(240, 253, 250)',
      accent: 'rgb(15, 118, 110)',
    });
    for (const key of ['diagramRadius', 'firstLane', 'accent'] as const)
      await expect(look[key]).not.toBe(LIGHT[key]);
  },
};
