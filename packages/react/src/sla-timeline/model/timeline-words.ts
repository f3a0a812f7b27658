import { SLA_TARGET_KINDS } from '@tandem/core/sla';
import type { MomentWords, SlaMessages } from '../messages';
import type { TimeFormat } from './format';
import type { SlaMoment } from './sla-moment';

/**
 * The SLA at the cursor in words, ready for {@link SlaMessages.moment}.
 *
 * @example
 * messages.moment(momentWords(moment, format, messages, (id) => names[id]));
 */
export function momentWords(
  moment: SlaMoment,
  format: TimeFormat,
  messages: SlaMessages,
  partyName: (id: string | undefined) => string,
): MomentWords {
  const clocks = SLA_TARGET_KINDS.flatMap((kind) => {
    const clock = moment.sla.clocks[kind];
    if (!clock) return [];
    return [
      {
        name: messages.clockName[kind],
        state: clock.state,
        stateName: messages.clockState[clock.state],
        percent: clock.percent,
        remainingMinutes: clock.remainingMinutes,
      },
    ];
  });
  const step = moment.step;
  return {
    time: format.calendar(moment.at, 'dateTime'),
    zone: format.zoneName(moment.at, 'calendar'),
    viewerTime: format.viewer(moment.at, 'dateTime'),
    beforeCreated: moment.beforeCreated,
    projected: moment.projected,
    clocks,
    holder: partyName(moment.sla.partyId),
    ...(step
      ? {
          step: messages.escalation(
            step.kind,
            (step.partyIds ?? []).map((id) => partyName(id)),
            '',
          ),
        }
      : {}),
  };
}
