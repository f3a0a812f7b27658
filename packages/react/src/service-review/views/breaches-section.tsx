import { niceCeiling } from '../model/scale';
import { weeklyBreaches } from '../model/weekly-breaches';
import { ChartFigure, DataTable } from './chart-figure';
import { ColumnChart } from './column-chart';
import { Empty, ReviewSection, type SectionProps } from './review-section';

/**
 * Breaches over the period: tickets opened and breached per week, with its table. Needs the
 * tickets (the review lists which tickets breached, the tickets say when they were opened).
 *
 * @example
 * <BreachesSection {...sectionProps} tickets={tickets} />
 */
export function BreachesSection({ review, words, cls, heading, tickets }: SectionProps) {
  const { m, format } = words;
  if (!tickets)
    return (
      <ReviewSection id="breaches" words={words} cls={cls} heading={heading}>
        <Empty cls={cls}>{m.breachesNeedTickets}</Empty>
      </ReviewSection>
    );
  const weeks = weeklyBreaches(review, tickets);
  const opened = weeks.reduce((sum, week) => sum + week.opened, 0);
  const breached = weeks.reduce((sum, week) => sum + week.breached, 0);
  const top = niceCeiling(Math.max(...weeks.map((week) => week.opened), 0));
  const c = m.columns;
  return (
    <ReviewSection id="breaches" words={words} cls={cls} heading={heading}>
      {opened === 0 ? (
        <Empty cls={cls}>{m.emptyPeriod}</Empty>
      ) : (
        <ChartFigure
          title={m.charts.breachesOverTime}
          summary={m.chartSummaries.breachesOverTime({
            weeks: weeks.length,
            breaches: format.count(breached),
            tickets: format.count(opened),
          })}
          tableLabel={m.showTable}
          cls={cls}
          table={
            <DataTable
              caption={m.charts.breachesOverTime}
              cls={cls}
              columns={[c.week, c.opened, c.breached]}
              rows={weeks.map((week) => [
                m.weekOf({ date: format.day(week.from) }),
                format.count(week.opened),
                format.count(week.breached),
              ])}
            />
          }
        >
          {(ids) => (
            <>
              <ul className={cls('legend')} aria-hidden="true">
                <li data-series="back">{c.opened}</li>
                <li data-series="front">{c.breached}</li>
              </ul>
              <ColumnChart
                slots={weeks.map((week) => ({
                  key: String(week.from),
                  label: format.day(week.from),
                  back: week.opened,
                  front: week.breached,
                  title: `${m.weekOf({ date: format.day(week.from) })}: ${c.opened} ${format.count(week.opened)}, ${c.breached} ${format.count(week.breached)}`,
                }))}
                top={top}
                tickText={format.count}
                ids={ids}
                cls={cls}
              />
            </>
          )}
        </ChartFigure>
      )}
    </ReviewSection>
  );
}
