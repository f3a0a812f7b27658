import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMatrix } from '@tandem/core';
import { parsePolicy, parseRouting } from '@tandem/core/escalation';
import {
  type CalendarSpec,
  createCalendarRegistry,
  parseCalendar,
  parseSlaPolicy,
  parseTicketHistory,
} from '@tandem/core/sla';
import { templates } from '@tandem/core/templates';
import { EscalationFlow } from '@tandem/react/escalation-flow';
import { SlaQueue, SlaTimeline } from '@tandem/react/sla-timeline';
import { EditableMatrix } from './editable-matrix';
import { Isolated } from './isolated';

// A server component: it loads plain JSON (what a PSA's API would send), reads it through the
// core's pure parse functions and hands the client components nothing but serialisable props.

interface Showcase {
  templateId: keyof typeof templates;
  now: string;
  calendars: unknown[];
  sla: unknown;
  routing: unknown;
  policy: unknown;
  tickets: { id: string; title: string; history: { at: string }[] }[];
}

function read<T>(what: string, result: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!result.ok) throw new Error(`${what} does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

async function load() {
  const file = join(process.cwd(), '..', 'shared', 'showcase.json');
  const showcase = JSON.parse(await readFile(file, 'utf8')) as Showcase;
  const specs: CalendarSpec[] = showcase.calendars.map((spec, i) =>
    read(`calendar ${i + 1}`, parseCalendar(spec)),
  );
  // Compiled calendars are for the server's own use (parsing against them): their tables do not
  // cross to the client. The components get the plain specs, keyed by id like a registry.
  const registry = createCalendarRegistry(specs);
  const plainCalendars = new Map(specs.map((spec) => [spec.id ?? '', spec]));
  const sla = read('SLA policy', parseSlaPolicy(showcase.sla, registry));
  const matrix = read('template', parseMatrix(templates[showcase.templateId].matrix));
  return {
    now: Date.parse(showcase.now),
    // Plain specs: every `calendars` prop takes them as well as a registry.
    calendars: plainCalendars,
    matrix,
    sla,
    routing: read('routing', parseRouting(showcase.routing, registry)),
    policy: read('policy', parsePolicy(showcase.policy, registry)),
    tickets: showcase.tickets.map((ticket) => ({
      id: ticket.id,
      title: ticket.title,
      policy: sla,
      history: read(
        ticket.id,
        parseTicketHistory(ticket.history.map((event) => ({ ...event, at: Date.parse(event.at) }))),
      ),
    })),
  };
}

export async function Showcase() {
  const data = await load();
  const [first] = data.tickets;
  return (
    <main>
      <h1>Tandem in a Next.js host</h1>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Who owns what</h2>
        <Isolated name="ResponsibilityMatrix">
          <EditableMatrix initial={data.matrix} />
        </Isolated>
      </section>
      <section aria-labelledby="flow-heading">
        <h2 id="flow-heading">Escalation</h2>
        <Isolated name="EscalationFlow">
          <EscalationFlow
            defaultValue={{ routing: data.routing, policy: data.policy }}
            matrix={data.matrix}
            sla={data.sla}
            calendars={data.calendars}
          />
        </Isolated>
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{first?.title}</h2>
        <Isolated name="SlaTimeline">
          {first && (
            <SlaTimeline
              policy={data.sla}
              history={first.history}
              now={data.now}
              calendars={data.calendars}
              parties={data.matrix.parties}
            />
          )}
        </Isolated>
      </section>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Queue</h2>
        <Isolated name="SlaQueue">
          <SlaQueue
            tickets={data.tickets}
            now={data.now}
            calendars={data.calendars}
            parties={data.matrix.parties}
          />
        </Isolated>
      </section>
    </main>
  );
}
