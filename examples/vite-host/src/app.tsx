import { EscalationFlow } from '@tandem/react/escalation-flow';
import { SlaQueue, SlaTimeline } from '@tandem/react/sla-timeline';
import { data } from './data';
import { EditableMatrix } from './editable-matrix';
import { Isolated } from './isolated';

const [first] = data.tickets;

export function App() {
  return (
    <main>
      <h1>Tandem in a Vite host</h1>
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
              parties={data.parties}
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
            parties={data.parties}
          />
        </Isolated>
      </section>
    </main>
  );
}
