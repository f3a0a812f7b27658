// The page the browser benchmarks drive: it mounts the matrix editor and times React's work
// with performance.now() around synchronous renders, in a production build.
import '@tandem/react/styles.css';
import { ResponsibilityMatrix } from '@tandem/react';
import { EscalationFlow } from '@tandem/react/escalation-flow';
import { ServiceReview } from '@tandem/react/service-review';
import { SlaQueue } from '@tandem/react/sla-timeline';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { largeFlow, sla } from '../../packages/react/src/escalation-flow/stories/story-data';
import { largeMatrix } from '../../packages/react/src/matrix-editor/stories/story-support';
import { reviewScenario } from '../../packages/react/src/service-review/stories/review-fixtures';
import {
  QUEUE_NOW,
  queueTickets,
} from '../../packages/react/src/sla-timeline/stories/queue-fixtures';
import { calendars, parties } from '../../packages/react/src/sla-timeline/stories/sla-fixtures';

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;

const layout = () => document.body.getBoundingClientRect();

/** Mounts a fresh editor on `rows` × `parties` and returns the time to a laid-out first frame. */
function mount(rows: number, parties: number): number {
  root?.unmount();
  root = createRoot(container);
  const matrix = largeMatrix(rows, parties);
  const start = performance.now();
  flushSync(() => root?.render(<ResponsibilityMatrix defaultValue={matrix} />));
  layout();
  return performance.now() - start;
}

/** Presses a letter key on the focused cell and returns the time until the edit is laid out. */
function editCell(letter: string): number {
  const cell = container.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
  if (!cell) throw new Error('no active cell');
  cell.focus();
  const start = performance.now();
  flushSync(() => {
    cell.dispatchEvent(
      new KeyboardEvent('keydown', { key: letter, bubbles: true, cancelable: true }),
    );
  });
  layout();
  return performance.now() - start;
}

/** Mounts the escalation flow on a 100-step policy with 200 routing rules. */
function mountFlow(): number {
  root?.unmount();
  root = createRoot(container);
  const value = largeFlow(100, 200);
  const start = performance.now();
  flushSync(() => root?.render(<EscalationFlow defaultValue={value} sla={sla} />));
  layout();
  return performance.now() - start;
}

// Built once, as a host would hold them: 5,000 tickets with realistic histories.
const tickets = queueTickets(5_000);

/** Mounts the SLA queue on 5,000 tickets (each summed up by computeSla) to a laid-out frame. */
function mountQueue(): number {
  root?.unmount();
  root = createRoot(container);
  const start = performance.now();
  flushSync(() =>
    root?.render(
      <SlaQueue tickets={tickets} now={QUEUE_NOW} calendars={calendars} parties={parties} />,
    ),
  );
  layout();
  return performance.now() - start;
}

// Computed once, outside the measured render: the budget is the component's, not serviceReview's.
// A strained quarter of 1,000 tickets: breaches, hand-offs and grey-zone work in every section.
const quarter = reviewScenario('strained', 1_000);

/** Mounts the service review of 1,000 tickets (review already computed) to a laid-out frame. */
function mountReview(): number {
  root?.unmount();
  root = createRoot(container);
  const { review, input, locale, timeZone } = quarter;
  const start = performance.now();
  flushSync(() =>
    root?.render(
      <ServiceReview
        review={review}
        tickets={input.tickets}
        matrix={input.matrix}
        locale={locale}
        timeZone={timeZone}
      />,
    ),
  );
  layout();
  return performance.now() - start;
}

window.tandemBench = { mount, editCell, mountFlow, mountQueue, mountReview };
