import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { center, pointerDrag } from '../../test-support/pointer';
import { EscalationFlow } from '../views/escalation-flow';
import {
  card,
  diagramOf,
  expectCardsInPlace,
  flowRoot,
  pause,
  withoutTandemStylesheets,
} from './flow-story-support';
import { calendars, matrix, securityEvent, sla, tierOneToEngineering } from './story-data';
import '../escalation-flow.css';

// The flow in an ordinary page: its shape without the stylesheet, and the zoom that fits a
// diagram wider than its box (1,316 px of diagram in a 1,280 px page with the routing table).

const meta = {
  title: 'Escalation flow/Layout',
  component: EscalationFlow,
  args: { defaultValue: tierOneToEngineering, matrix, sla, calendars, onValueChange: fn() },
  render: (args) => (
    <div style={{ width: 1280 }}>
      <EscalationFlow {...args} />
    </div>
  ),
} satisfies Meta<typeof EscalationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

// The level the zoom group shows (the "100 %" button's text aside).
// Fit is to the width: the diagram may still scroll down.
const acrossInside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

const level = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('group', { name: 'Zoom' }))
    .getAllByText(/ %$/)
    .find((element) => element.tagName === 'SPAN') as HTMLElement;

/** Without styles.css (every Tandem sheet disabled): lanes, cards and arrows keep their places. */
export const WithoutTheStylesheet: Story = {
  args: { defaultValue: securityEvent },
  beforeEach: withoutTandemStylesheets,
  play: async ({ canvasElement }) => {
    const viewport = diagramOf(canvasElement);
    // Proof that nothing styles it: the viewport has no border, the card no background.
    await expect(getComputedStyle(viewport).borderTopStyle).toBe('none');
    await expect(getComputedStyle(card(canvasElement, 'both')).backgroundColor).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await expectCardsInPlace(canvasElement);
  },
};

/** `unstyled`: no `tandem-` class, and still the same shape. */
export const UnstyledKeepsItsShape: Story = {
  args: { defaultValue: securityEvent, unstyled: true },
  play: async ({ canvasElement }) => {
    await expect(flowRoot(canvasElement).className).toBe('');
    await expectCardsInPlace(canvasElement);
  },
};

/** Fitted to its width by default: the last step is on screen; the zoom buttons step and say so. */
export const FitsItsWidth: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const viewport = diagramOf(canvasElement);
    const last = () => card(canvasElement, 'review').getBoundingClientRect();
    const view = () => viewport.getBoundingClientRect();
    const status = () =>
      canvas
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' ');
    const fit = canvas.getByRole('button', { name: 'Fit to width' });
    await expect(fit).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(acrossInside(last(), view())).toBe(true));
    await expect(Number.parseInt(level(canvasElement).textContent ?? '', 10)).toBeLessThan(100);
    // At 100 % the diagram is wider than its box: the last step is cut off, and scrollable.
    await userEvent.click(canvas.getByRole('button', { name: '100 %' }));
    await waitFor(() => expect(status()).toContain('Zoom 100 %.'));
    await expect(level(canvasElement)).toHaveTextContent('100 %');
    await expect(fit).toHaveAttribute('aria-pressed', 'false');
    await expect(viewport.scrollWidth).toBeGreaterThan(viewport.clientWidth);
    // The zoom kept the viewport's middle still; from the start, the last step is cut off.
    viewport.scrollLeft = 0;
    await expect(last().right).toBeGreaterThan(view().right);
    // Keyboard focus on the last card's name brings it into view.
    canvas.getByRole('button', { name: 'Service review' }).focus();
    await waitFor(() => expect(inside(last(), view())).toBe(true));
    // The buttons step through the levels, each announced.
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(status()).toContain('Zoom 80 %.'));
    await expect(level(canvasElement)).toHaveTextContent('80 %');
    const width = card(canvasElement, 't1').getBoundingClientRect().width;
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(status()).toContain('Zoom 125 %.'));
    await expect(card(canvasElement, 't1').getBoundingClientRect().width).toBeCloseTo(
      (width / 0.8) * 1.25,
      0,
    );
    // Fit again: the whole width is back on screen.
    await userEvent.click(fit);
    await expect(fit).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(acrossInside(last(), view())).toBe(true));
    await expect(viewport.scrollWidth).toBeLessThanOrEqual(viewport.clientWidth);
  },
};

/** Right to left, fitted and zoomed: the flow starts at the right and the zoom keeps it there. */
export const RightToLeftFits: Story = {
  render: (args) => (
    <div dir="rtl" style={{ width: 1280 }}>
      <EscalationFlow {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const view = () => diagramOf(canvasElement).getBoundingClientRect();
    const rect = (id: string) => card(canvasElement, id).getBoundingClientRect();
    await waitFor(() => expect(acrossInside(rect('review'), view())).toBe(true));
    await expect(rect('t1').left).toBeGreaterThan(rect('review').left);
    await expect(acrossInside(rect('t1'), view())).toBe(true);
    // At 100 % from the start (the right), the first step shows and the last is cut off.
    await userEvent.click(canvas.getByRole('button', { name: '100 %' }));
    diagramOf(canvasElement).scrollLeft = 0;
    await waitFor(() => expect(acrossInside(rect('t1'), view())).toBe(true));
    await expect(rect('review').left).toBeLessThan(view().left);
  },
};

/** At 1,280 px no label is cut mid-word without its whole text at hand: a cut line has a tooltip. */
export const NoLabelCutWithoutItsText: Story = {
  args: { defaultValue: securityEvent },
  play: async ({ canvasElement }) => {
    const diagram = diagramOf(canvasElement);
    const cut = [...diagram.querySelectorAll<HTMLElement>('*')].filter(
      (element) =>
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).textOverflow === 'ellipsis',
    );
    // This flow's two-team step has a targets line too long for its card.
    await expect(cut.map((element) => element.textContent)).toContain(
      'Notify MSP SOC, Tier 1 + Internal IT, Tier 1',
    );
    for (const element of cut) {
      const text = (element.textContent ?? '').trim();
      const title = element.closest('[title]')?.getAttribute('title') ?? '';
      await expect({ text, shown: title.includes(text) }).toEqual({ text, shown: true });
    }
    // Labels on the arrows wrap rather than cut: none is wider than its box.
    for (const label of diagram.querySelectorAll<HTMLElement>('[data-kind] > span[aria-hidden]'))
      await expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth + 1);
  },
};

/** Dragging the background with the mouse pans a diagram wider than its box. */
export const PanByDraggingTheBackground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '100 %' }));
    const viewport = diagramOf(canvasElement);
    await waitFor(() => expect(viewport.scrollWidth).toBeGreaterThan(viewport.clientWidth));
    const lane = canvasElement.querySelector('[data-lane="msp"][data-kind]') as HTMLElement;
    const from = center(lane);
    await pointerDrag(lane, { x: from.x - 200, y: from.y });
    await expect(viewport.scrollLeft).toBeGreaterThan(0);
    // A press on a card's handle is a drag of the card, not a pan: nothing scrolls back.
    const before = viewport.scrollLeft;
    const handle = canvas.getByRole('button', { name: 'Move MSP engineering' });
    await pointerDrag(handle, { x: center(handle).x + 2, y: center(handle).y });
    await expect(viewport.scrollLeft).toBe(before);
  },
};

const toMsp = [
  { type: 'updateStep', stepId: 't1', patch: { targets: [{ partyId: 'msp', tier: 1 }] } },
];

/** A keyboard drag while zoomed (fitted below 100 %) makes the same change as at 100 %. */
export const KeyboardDragWhileZoomed: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(Number.parseInt(level(canvasElement).textContent ?? '', 10)).toBeLessThan(100),
    );
    canvas.getByRole('button', { name: 'Move Tier 1' }).focus();
    await userEvent.keyboard(' ');
    await pause();
    await userEvent.keyboard('{ArrowDown}');
    await pause();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(/Tier 1 is over the Northwind MSP lane/),
    );
    await userEvent.keyboard(' ');
    await pause();
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), toMsp));
  },
};

/** A pointer drag at 80 % lands on the lane under the pointer. */
export const PointerDragWhileZoomed: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '100 %' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(level(canvasElement)).toHaveTextContent('80 %'));
    const handle = canvas.getByRole('button', { name: 'Move Tier 1' });
    const lane = canvasElement.querySelector('[data-lane="msp"][data-kind]') as Element;
    await pointerDrag(handle, { x: center(card(canvasElement, 't1')).x, y: center(lane).y });
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalledWith(expect.anything(), toMsp));
  },
};
