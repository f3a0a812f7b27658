// @vitest-environment node
// A real server: no `window`, `document` or `HTMLElement`. Each component renders to a string
// with ordinary props, its calendars as plain specs — what a server component can send.
import { templates } from '@tandem/core/templates';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EscalationFlow } from './escalation-flow';
import {
  calendars as flowCalendars,
  matrix,
  sla,
  tierOneToEngineering,
} from './escalation-flow/stories/story-data';
import { ResponsibilityMatrix } from './matrix-editor/views/responsibility-matrix';
import { reviewScenario } from './service-review/stories/review-fixtures';
import { ServiceReview } from './service-review/views/service-review';
import { QUEUE_NOW, queueTickets } from './sla-timeline/stories/queue-fixtures';
import { calendars, parties } from './sla-timeline/stories/sla-fixtures';
import { running } from './sla-timeline/stories/sla-scenarios';
import { ticketArgs } from './sla-timeline/stories/story-support';
import { SlaQueue } from './sla-timeline/views/sla-queue';
import { SlaTimeline } from './sla-timeline/views/sla-timeline';
import { sentAsSpecs } from './test-support/calendar-specs';

describe('server rendering without a DOM', () => {
  it('has no DOM globals to lean on', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof HTMLElement).toBe('undefined');
  });

  it('renders the matrix editor', () => {
    const html = renderToString(
      createElement(ResponsibilityMatrix, { defaultValue: templates['full-hybrid'].matrix }),
    );
    expect(html).toContain(templates['full-hybrid'].matrix.rows[0]?.name);
  });

  it('renders the escalation flow, editable and read-only, with calendars as plain specs', () => {
    for (const readOnly of [false, true]) {
      const html = renderToString(
        createElement(EscalationFlow, {
          defaultValue: tierOneToEngineering,
          matrix,
          sla,
          calendars: sentAsSpecs(flowCalendars),
          readOnly,
        }),
      );
      for (const step of tierOneToEngineering.policy.steps) expect(html).toContain(step.name);
    }
  });

  it('renders the SLA timeline with calendars as plain specs', () => {
    const html = renderToString(
      createElement(SlaTimeline, {
        ...ticketArgs(running),
        calendars: sentAsSpecs(calendars),
        parties,
      }),
    );
    expect(html).toContain('data-range-from');
  });

  it('renders the SLA queue with calendars as plain specs', () => {
    const tickets = queueTickets(20);
    const html = renderToString(
      createElement(SlaQueue, {
        tickets,
        now: QUEUE_NOW,
        calendars: sentAsSpecs(calendars),
        parties,
      }),
    );
    expect(html).toContain(tickets[0]?.title ?? 'no ticket');
  });

  it('renders the service review, its charts and tables, in the given locale and zone', () => {
    const { review, input, timeZone } = reviewScenario('strained');
    const html = renderToString(
      createElement(ServiceReview, {
        review,
        tickets: input.tickets,
        matrix: input.matrix,
        locale: 'en-GB',
        timeZone,
      }),
    );
    expect(html).toContain('Who held the clock');
    expect(html).toContain('1 Jul 2026');
    expect(html).toContain('30 Sept 2026');
    expect(html.match(/<svg/g)?.length).toBe(5);
    expect(html.match(/<table/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });
});
