import type { Attainment } from '@tandem/core/review';
import { type AttainmentGroup, attainmentGroups, targetsOf } from '../model/attainment-groups';
import type { ReviewWords } from '../model/review-words';
import { type Bar, BarChart, type BarGroup } from './bar-chart';
import { ChartFigure, DataTable } from './chart-figure';
import { Empty, ReviewSection, type SectionProps } from './review-section';

// SLA attainment: the overall figure per target as tiles, then one chart per priority and one
// per party, bars per target against the goal, each with its table.

function bars(
  group: AttainmentGroup,
  targets: readonly string[],
  words: ReviewWords,
  goal: number,
) {
  return group.figures.map(
    (figure): Bar => ({
      series: targets.indexOf(figure.kind),
      value: figure.metPercent,
      text: words.percent(figure.metPercent),
      title: `${words.m.targets[figure.kind]}: ${words.percent(figure.metPercent)}`,
      ...(figure.metPercent !== null && figure.metPercent < goal ? { state: 'below-goal' } : {}),
    }),
  );
}

function tableRows(
  groups: readonly AttainmentGroup[],
  label: (key: string) => string,
  words: ReviewWords,
) {
  const { format, m } = words;
  const minutes = (value: number | null) => (value === null ? m.none : words.duration(value));
  return groups.flatMap((group) =>
    group.figures.map((figure: Attainment) => [
      `${label(group.key)} · ${m.targets[figure.kind]}`,
      format.count(figure.measured),
      format.count(figure.met),
      format.count(figure.breached),
      format.count(figure.open),
      words.percent(figure.metPercent),
      minutes(figure.medianMinutes),
      minutes(figure.p90Minutes),
      m.trend({ points: figure.trend === null ? null : format.points(figure.trend) }),
    ]),
  );
}

function AttainmentFigure({
  title,
  figures,
  by,
  label,
  words,
  cls,
  goal,
}: {
  title: string;
  figures: readonly Attainment[];
  by: 'priority' | 'partyId';
  label: (key: string) => string;
  words: ReviewWords;
  cls: SectionProps['cls'];
  goal: number;
}) {
  const { m, format } = words;
  const groups = attainmentGroups(figures, by);
  if (groups.length === 0) return null;
  const targets = targetsOf(groups);
  const chartGroups: BarGroup[] = groups.map((group) => ({
    key: group.key,
    label: label(group.key),
    bars: bars(group, targets, words, goal),
  }));
  const c = m.columns;
  return (
    <ChartFigure
      title={title}
      summary={m.chartSummaries.attainment({
        groups: groups.length,
        goal: m.percent({ value: format.percent(goal) }),
      })}
      tableLabel={m.showTable}
      cls={cls}
      table={
        <DataTable
          caption={title}
          cls={cls}
          columns={[
            c.group,
            c.measured,
            c.met,
            c.breached,
            c.open,
            c.metPercent,
            c.median,
            c.p90,
            c.trend,
          ]}
          rows={tableRows(groups, label, words)}
        />
      }
    >
      {(ids) => (
        <>
          <ul className={cls('legend')} aria-hidden="true">
            {targets.map((kind, n) => (
              <li key={kind} data-series={n}>
                {m.targets[kind]}
              </li>
            ))}
          </ul>
          <BarChart
            groups={chartGroups}
            top={100}
            tickText={(value) => m.percent({ value: format.percent(value) })}
            goal={{
              value: goal,
              label: m.goal({ percent: m.percent({ value: format.percent(goal) }) }),
            }}
            ids={ids}
            cls={cls}
          />
        </>
      )}
    </ChartFigure>
  );
}

/**
 * The attainment section.
 *
 * @example
 * <AttainmentSection {...sectionProps} />
 */
export function AttainmentSection({ review, words, cls, goal, heading }: SectionProps) {
  const { m, format } = words;
  const overall = review.attainment.overall.filter((a) => a.measured + a.open > 0);
  return (
    <ReviewSection id="attainment" words={words} cls={cls} heading={heading}>
      {overall.length === 0 ? (
        <Empty cls={cls}>{m.emptyPeriod}</Empty>
      ) : (
        <>
          <ul className={cls('tiles')} aria-label={m.overallLabel}>
            {overall.map((figure) => (
              <li
                key={figure.kind}
                className={cls('tile')}
                data-state={
                  figure.metPercent !== null && figure.metPercent < goal ? 'below-goal' : 'on-goal'
                }
              >
                <span className={cls('tile-value')} aria-hidden="true">
                  {words.percent(figure.metPercent)}
                </span>
                <span className={cls('tile-label')}>
                  {m.overallTile({
                    target: m.targets[figure.kind],
                    percent: words.percent(figure.metPercent),
                    measured: format.count(figure.measured),
                  })}
                </span>
              </li>
            ))}
          </ul>
          <AttainmentFigure
            title={m.charts.attainmentByPriority}
            figures={review.attainment.byPriority}
            by="priority"
            label={(priority) => m.priority({ priority })}
            words={words}
            cls={cls}
            goal={goal}
          />
          <AttainmentFigure
            title={m.charts.attainmentByParty}
            figures={review.attainment.byParty}
            by="partyId"
            label={words.party}
            words={words}
            cls={cls}
            goal={goal}
          />
        </>
      )}
    </ReviewSection>
  );
}
