import type { PartySide } from '@tandem/core';
import type { BoundaryCrossings } from '@tandem/core/review';
import type { ReviewWords } from '../model/review-words';
import { niceCeiling } from '../model/scale';
import { BarChart } from './bar-chart';
import { ChartFigure, DataTable } from './chart-figure';
import { type FlowArrow, HandoffFlow } from './handoff-flow';
import { ReviewSection, type SectionProps } from './review-section';

// Who held the clock: business time per party (coloured by side), then the hand-offs across
// the boundary as a flow, each with its table.

const crossing = (
  crossings: readonly BoundaryCrossings[],
  from: 'internal' | 'provider',
): BoundaryCrossings => {
  const found = crossings.find((c) => c.from === from);
  return (
    found ?? {
      from,
      to: from === 'internal' ? 'provider' : 'internal',
      count: 0,
      minutes: 0,
      ticketIds: [],
    }
  );
};

function arrow(c: BoundaryCrossings, words: ReviewWords): FlowArrow {
  const { m, format } = words;
  const direction = m.direction({ from: m.sides[c.from], to: m.sides[c.to] });
  return {
    count: c.count,
    label: m.handoffCount({ count: format.count(c.count) }),
    detail: m.handoffCost({ duration: words.duration(c.minutes) }),
    title: `${direction}: ${format.count(c.count)}, ${words.duration(c.minutes)}`,
  };
}

/**
 * The clock section.
 *
 * @example
 * <ClockSection {...sectionProps} />
 */
export function ClockSection({ review, words, cls, heading }: SectionProps) {
  const { m, format } = words;
  const holdings = review.clock.byParty.filter((h) => h.minutes > 0 || h.tickets > 0);
  const total = holdings.reduce((sum, h) => sum + h.minutes, 0) + review.clock.unassignedMinutes;
  const hours = niceCeiling(Math.max(...holdings.map((h) => h.minutes), 0) / 60);
  const toProvider = crossing(review.clock.crossings, 'internal');
  const toInternal = crossing(review.clock.crossings, 'provider');
  const c = m.columns;
  const sideOf = (partyId: string, side: PartySide | undefined) => side ?? words.side(partyId);
  return (
    <ReviewSection id="clock" words={words} cls={cls} heading={heading}>
      {holdings.length > 0 && (
        <ChartFigure
          title={m.charts.clockByParty}
          summary={m.chartSummaries.clockByParty({
            parties: holdings.length,
            total: words.duration(total),
          })}
          tableLabel={m.showTable}
          cls={cls}
          table={
            <DataTable
              caption={m.charts.clockByParty}
              cls={cls}
              columns={[c.party, c.side, c.clockTime, c.tickets, c.breaches]}
              rows={holdings.map((h) => {
                const side = sideOf(h.partyId, h.side);
                return [
                  words.party(h.partyId),
                  side ? m.sides[side] : m.none,
                  words.duration(h.minutes),
                  format.count(h.tickets),
                  format.count(h.breaches),
                ];
              })}
            />
          }
        >
          {(ids) => (
            <BarChart
              groups={holdings.map((h) => {
                const side = sideOf(h.partyId, h.side);
                return {
                  key: h.partyId,
                  label: words.party(h.partyId),
                  bars: [
                    {
                      series: 0,
                      value: h.minutes / 60,
                      text: words.duration(h.minutes),
                      title: `${words.party(h.partyId)}: ${words.duration(h.minutes)}`,
                      ...(side ? { state: side } : {}),
                    },
                  ],
                };
              })}
              top={hours}
              tickText={(value) => words.duration(value * 60)}
              ids={ids}
              cls={cls}
            />
          )}
        </ChartFigure>
      )}
      {review.clock.unassignedMinutes > 0 && (
        <p className={cls('note')}>
          {m.unassigned({ duration: words.duration(review.clock.unassignedMinutes) })}
        </p>
      )}
      <ChartFigure
        title={m.charts.handoffs}
        summary={m.chartSummaries.handoffs({
          toProvider: format.count(toProvider.count),
          toInternal: format.count(toInternal.count),
        })}
        tableLabel={m.showTable}
        cls={cls}
        table={
          <DataTable
            caption={m.charts.handoffs}
            cls={cls}
            columns={[c.direction, c.handoffs, c.pickUp]}
            rows={[toProvider, toInternal].map((x) => [
              m.direction({ from: m.sides[x.from], to: m.sides[x.to] }),
              format.count(x.count),
              words.duration(x.minutes),
            ])}
          />
        }
      >
        {(ids) => (
          <HandoffFlow
            internal={m.sides.internal}
            provider={m.sides.provider}
            toProvider={arrow(toProvider, words)}
            toInternal={arrow(toInternal, words)}
            ids={ids}
            cls={cls}
          />
        )}
      </ChartFigure>
    </ReviewSection>
  );
}
