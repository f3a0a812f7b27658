// Play functions of the SLA timeline's calendar and theme stories: what each story is for,
// asserted on the DOM the component renders (never shipped: only stories import this).
import { expect, userEvent, within } from 'storybook/test';
import {
  axisTicks,
  contrastRatio,
  css,
  hoverAt,
  one,
  plotOf,
  shownRange,
  spansAcross,
  themedAndLight,
} from './story-support';

type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;

const HOUR = 3_600_000;
const rect = (element: Element) => element.getBoundingClientRect();
const overlaps = (a: DOMRect, b: DOMRect) => a.right > b.left + 1 && a.left < b.right - 1;

/** Bands of a lane that lie wholly inside the plot (not cut off at either edge). */
function wholeBands(plot: HTMLElement, selector: string): HTMLElement[] {
  const box = rect(plot);
  return [...plot.querySelectorAll<HTMLElement>(selector)].filter((band) => {
    const r = rect(band);
    return r.left > box.left + 1 && r.right < box.right - 1;
  });
}

/**
 * A DST day: labelled with its length, its skipped or repeated hour on the calendar axis with
 * the ticks still evenly spaced (the axis is real time), and — zoomed out to whole days — drawn
 * 23 or 25 twenty-fourths as wide as an ordinary day.
 *
 * @example
 * export const DstFallBack: Story = { args: ticketArgs(dstAutumn), play: dstDayPlay('Sun 1 Nov', 25) };
 */
export function dstDayPlay(date: string, hours: 23 | 25): Play {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const plot = plotOf(canvasElement);
    const day = one(plot, `[data-lane="days"] [data-hours="${hours}"]`);
    await expect(day).toHaveTextContent(`${date} · ${hours} h`);
    await expect(day).toHaveAttribute('data-tip', `${date}: ${hours} h`);

    const ticks = axisTicks(plot, 'calendar');
    const labels = ticks.map((tick) => tick.text);
    if (hours === 23) {
      // 02:00 never happens: 01:xx is followed by 03:00.
      await expect(labels.filter((label) => label.startsWith('02:'))).toEqual([]);
      await expect(labels[labels.indexOf('03:00') - 1]).toMatch(/^01:/);
    } else {
      // 01:00 happens twice.
      await expect(labels.filter((label) => label === '01:00')).toHaveLength(2);
    }
    const gaps = ticks.slice(1).map((tick, i) => tick.x - (ticks[i]?.x ?? 0));
    for (const gap of gaps) await expect(Math.abs(gap - (gaps[0] ?? 0))).toBeLessThan(1);

    const zoomOut = canvas.getByRole('button', { name: 'Zoom out' });
    const both = () => {
      const whole = wholeBands(plot, '[data-lane="days"] > *');
      const dst = whole.find((band) => band.dataset.hours === String(hours));
      const plain = whole.find((band) => band.dataset.hours === '24');
      return dst && plain ? { dst, plain } : undefined;
    };
    for (let i = 0; i < 8 && !both(); i += 1) await userEvent.click(zoomOut);
    const days = both();
    if (!days) throw new Error('Zooming out never showed the DST day and an ordinary one whole.');
    await expect(rect(days.dst).width / rect(days.plain).width).toBeCloseTo(hours / 24, 2);
  };
}

/**
 * Thanksgiving closed and named, shaded closed behind every lane with no open hours and no
 * counting on it; the day after named as short hours, open 08:00–12:00 only.
 *
 * @example
 * export const Holiday: Story = { args: ticketArgs(holiday), play: holidayPlay };
 */
export const holidayPlay: Play = async ({ canvasElement }) => {
  const plot = plotOf(canvasElement);
  const lane = one(plot, '[data-lane="hours"]');
  const closed = one(lane, '.tandem-sla-holiday[data-state="closed"]');
  const short = one(lane, '.tandem-sla-holiday[data-state="short"]');
  await expect(closed).toHaveTextContent('Thanksgiving (closed)');
  await expect(short).toHaveTextContent('Day after Thanksgiving (short hours)');

  const holiday = rect(closed);
  const bands = (state: string) =>
    [...lane.querySelectorAll(`.tandem-sla-hours[data-state="${state}"]`)].map(rect);
  await expect(bands('closed').some((band) => spansAcross(band, holiday))).toBe(true);
  await expect(bands('open').filter((band) => overlaps(band, holiday))).toEqual([]);
  const shading = [...plot.querySelectorAll('.tandem-sla-closed')].map(rect);
  await expect(shading.some((shade) => spansAcross(shade, holiday))).toBe(true);
  const counting = [
    ...plot.querySelectorAll('[data-lane="clock"][data-kind="resolution"] [data-state="open"]'),
  ].map(rect);
  await expect(counting.filter((segment) => overlaps(segment, holiday))).toEqual([]);

  const dayAfter = rect(short);
  const open = bands('open').filter((band) => overlaps(band, dayAfter));
  await expect(open).toHaveLength(1);
  const [morning] = open;
  if (!morning) return;
  await expect((morning.left - dayAfter.left) / dayAfter.width).toBeCloseTo(8 / 24, 2);
  await expect(morning.width / dayAfter.width).toBeCloseTo(4 / 24, 2);
};

/**
 * The night desk's 22:00–06:00 shift is one open band across London's midnight, eight hours
 * wide, its tooltip in London and New York time; the clock counts across midnight too.
 *
 * @example
 * export const OvernightShift: Story = { args: ticketArgs(overnight), play: overnightPlay };
 */
export const overnightPlay: Play = async ({ canvasElement }) => {
  const plot = plotOf(canvasElement);
  const tuesday = [...plot.querySelectorAll('[data-lane="days"] > *')].find((day) =>
    day.textContent?.startsWith('Tue 3 Mar'),
  );
  if (!tuesday) throw new Error('Tuesday is not on the date row.');
  const midnight = rect(tuesday).left;
  const crosses = (r: DOMRect) => r.left < midnight - 1 && r.right > midnight + 1;
  const shift = [...plot.querySelectorAll('[data-lane="hours"] [data-state="open"]')].find((band) =>
    crosses(rect(band)),
  );
  if (!shift) throw new Error('No open band crosses midnight.');
  await expect(shift).toHaveAttribute(
    'data-tip',
    'Open (Night desk)\nMon 2 Mar, 22:00 GMT · 17:00 GMT-5 – Tue 3 Mar, 06:00 GMT · 01:00 GMT-5',
  );
  const { from, to } = shownRange(plot);
  await expect(rect(shift).width / rect(plot).width).toBeCloseTo((8 * HOUR) / (to - from), 2);
  const counting = [...plot.querySelectorAll('[data-lane="clock"] [data-state="open"]')];
  await expect(counting.some((segment) => crosses(rect(segment)))).toBe(true);
};

/**
 * Text and background pairs that must keep 4.5:1 in any theme.
 *
 * @example
 * await expectReadable([['tooltip', tooltip, tooltip]]);
 */
export async function expectReadable(pairs: readonly (readonly [string, Element, Element])[]) {
  for (const [what, text, ground] of pairs) {
    const ratio = contrastRatio(css(text, 'color'), css(ground, 'background-color'));
    await expect({ what, readable: ratio >= 4.5 }).toEqual({ what, readable: true });
  }
}

/**
 * Parts of a themed component that must look different from the light default, as
 * `[what, selector within the root ('self' for the root itself), CSS property]`.
 *
 * @example
 * const parts: ThemedParts = [['text', 'self', 'color'], ['tooltip', '.tandem-sla-tooltip', 'background-color']];
 */
export type ThemedParts = readonly (readonly [string, string, string])[];

/**
 * Asserts each part's computed value differs from what it is in the light default look.
 *
 * @example
 * await expectThemed(root, [['background', 'self', 'background-color']]);
 */
export async function expectThemed(root: HTMLElement, parts: ThemedParts) {
  const part = (selector: string) => (selector === 'self' ? root : one(root, selector));
  const [themed, light] = themedAndLight(() =>
    parts.map(([, selector, property]) => css(part(selector), property)),
  );
  for (const [i, [what]] of parts.entries()) {
    await expect({ what, value: themed[i] }).not.toEqual({ what, value: light[i] });
  }
}

/**
 * A themed timeline: the listed parts look different from the light default, text stays
 * readable, and a tooltip is left open so the accessibility check sees it in the theme too.
 *
 * @example
 * export const DarkTheme: Story = { play: timelineThemePlay([['text', 'self', 'color']]) };
 */
export function timelineThemePlay(parts: ThemedParts): Play {
  return async ({ canvasElement }) => {
    const root = one(canvasElement, '.tandem-sla');
    const plot = plotOf(root);
    hoverAt(one(plot, '[data-lane="clock"] [data-kind="threshold"]'));
    const tooltip = await within(root).findByRole('tooltip');
    await expectThemed(root, parts);
    const labels = one(root, '.tandem-sla-labels');
    const now = one(plot, '.tandem-sla-now-label');
    const cursor = one(plot, '.tandem-sla-cursor');
    await expectReadable([
      ['text', root, root],
      ['lane label', one(labels, '[data-lane="hours"]'), labels],
      ['tick', one(plot, '.tandem-sla-tick'), root],
      ['tooltip', tooltip, tooltip],
      ['now', now, now],
      ['cursor', cursor, cursor],
    ]);
  };
}
