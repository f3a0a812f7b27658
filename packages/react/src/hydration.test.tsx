import { act } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EscalationFlow } from './escalation-flow';
import {
  calendars as flowCalendars,
  matrix,
  sla,
  tierOneToEngineering,
} from './escalation-flow/stories/story-data';
import { reviewScenario } from './service-review/stories/review-fixtures';
import { ServiceReview } from './service-review/views/service-review';
import { QUEUE_NOW, queueTickets } from './sla-timeline/stories/queue-fixtures';
import { calendars, parties } from './sla-timeline/stories/sla-fixtures';
import { running } from './sla-timeline/stories/sla-scenarios';
import { ticketArgs } from './sla-timeline/stories/story-support';
import { SlaQueue } from './sla-timeline/views/sla-queue';
import { SlaTimeline } from './sla-timeline/views/sla-timeline';
import { sentAsSpecs } from './test-support/calendar-specs';

// The server and the visitor's browser disagree on the runtime's zone: the server says Tokyo,
// the browser Berlin. Hydration must still match, and the browser's zone show up afterwards.
const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
function runtimeZoneIs(timeZone: string) {
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...resolvedOptions.call(this), timeZone };
  });
}
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

async function serverThenBrowser(element: () => ReactElement) {
  runtimeZoneIs('Asia/Tokyo');
  const html = renderToString(element());
  runtimeZoneIs('Europe/Berlin');
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const onRecoverableError = vi.fn();
  // React reports attribute mismatches only on the console; a host's test fails on them.
  const consoleError = vi.spyOn(console, 'error');
  await act(async () => {
    hydrateRoot(container, element(), { onRecoverableError });
  });
  expect(consoleError).not.toHaveBeenCalled();
  return { container, onRecoverableError };
}

describe('hydration when the server and the browser are in different zones', () => {
  it('the SLA timeline hydrates without a mismatch, then shows the browser’s zone', async () => {
    const { container, onRecoverableError } = await serverThenBrowser(() =>
      createElement(SlaTimeline, {
        ...ticketArgs(running),
        calendars: sentAsSpecs(calendars),
        parties,
        locale: 'en-GB',
      }),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toMatch(/Berlin|CET|GMT\+1/);
    expect(container.textContent).not.toMatch(/Tokyo|JST|GMT\+9/);
  });

  it('the SLA queue hydrates without a mismatch', async () => {
    const tickets = queueTickets(12);
    const { onRecoverableError } = await serverThenBrowser(() =>
      createElement(SlaQueue, {
        tickets,
        now: QUEUE_NOW,
        calendars: sentAsSpecs(calendars),
        parties,
      }),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
  });

  it('the escalation flow hydrates without a mismatch', async () => {
    const { container, onRecoverableError } = await serverThenBrowser(() =>
      createElement(EscalationFlow, {
        defaultValue: tierOneToEngineering,
        matrix,
        sla,
        calendars: sentAsSpecs(flowCalendars),
      }),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toContain(tierOneToEngineering.policy.steps[0]?.name);
  });

  it('the service review hydrates without a mismatch when no locale is given', async () => {
    const { review, input, timeZone } = reviewScenario('healthy');
    const { container, onRecoverableError } = await serverThenBrowser(() =>
      createElement(ServiceReview, {
        review,
        tickets: input.tickets,
        matrix: input.matrix,
        timeZone,
      }),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toContain('SLA attainment');
  });
});
