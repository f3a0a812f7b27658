import * as Dialog from '@radix-ui/react-dialog';
import type { CSSProperties } from 'react';
import type { useReturnFocus } from '../../hooks/use-return-focus';
import type { QueueEntry } from '../model/queue-model';
import { SlaTimeline, type SlaTimelineProps } from './sla-timeline';
import type { Cls } from './timeline-axis';

/** Props of {@link TicketDialog}. */
export interface TicketDialogProps {
  /** The open ticket; the dialog is closed while there is none. */
  selected: QueueEntry | undefined;
  onClose: () => void;
  /** The dialog's title for the open ticket, and the close button's label. */
  title: (entry: QueueEntry) => string;
  closeLabel: string;
  returnFocus: ReturnType<typeof useReturnFocus>;
  cls: Cls;
  style: CSSProperties | undefined;
  /** The queue's own direction: the dialog is portalled outside any `dir` the host set. */
  dir: 'ltr' | 'rtl' | undefined;
  /** What the full timeline shares with the queue. */
  timeline: Omit<SlaTimelineProps, 'policy' | 'history' | 'escalations'>;
}

/**
 * The queue's ticket dialog: the selected ticket's full `<SlaTimeline>` in a Radix modal. Its own
 * chunk (with the timeline), loaded after the queue's first paint.
 *
 * @example
 * <TicketDialog selected={entry} onClose={close} title={(e) => e.ticket.title} closeLabel="Close" returnFocus={returnFocus} cls={cls} style={undefined} dir="ltr" timeline={{ now }} />
 */
export function TicketDialog({
  selected,
  onClose,
  title,
  closeLabel,
  returnFocus,
  cls,
  style,
  dir,
  timeline,
}: TicketDialogProps) {
  return (
    <Dialog.Root open={selected !== undefined} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={cls('overlay')} />
        <Dialog.Content
          {...returnFocus}
          className={cls('dialog')}
          aria-describedby={undefined}
          style={style}
          dir={dir}
        >
          {selected && (
            <>
              <div className={cls('dialog-header')}>
                <Dialog.Title className={cls('dialog-title')}>{title(selected)}</Dialog.Title>
                <Dialog.Close className={cls('close')}>{closeLabel}</Dialog.Close>
              </div>
              <SlaTimeline
                policy={selected.ticket.policy}
                history={selected.ticket.history}
                escalations={selected.ticket.escalations}
                {...timeline}
              />
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
