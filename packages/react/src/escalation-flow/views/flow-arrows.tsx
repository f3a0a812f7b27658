import { memo, useId } from 'react';
import { peerMarks } from '../../presence/peer-marks';
import type { PresenceMessages } from '../../presence/presence-messages';
import type { PresencePeer } from '../../presence/presence-types';
import type { FlowEdge } from '../model/edge-paths';

type Cls = (name: string) => string | undefined;

/**
 * One arrow's words and state, precomputed by the canvas.
 *
 * @example
 * const label: ArrowLabel = { text: 'after 30 business min', disconnect: 'Disconnect Tier 1 from MSP engineering' };
 */
export interface ArrowLabel {
  readonly text: string;
  /** The disconnect button's accessible name; absent when the arrow cannot be removed. */
  readonly disconnect?: string | undefined;
  readonly state?: 'taken' | undefined;
}

// Structure, so the arrows stay in place without the stylesheet (which colours them: its rules
// override the presentation attributes). A label is centred on its point.
const ARROWS = {
  position: 'absolute',
  left: 0,
  top: 0,
  overflow: 'visible',
  pointerEvents: 'none',
} as const;
const LABEL = { position: 'absolute', transform: 'translate(-50%, -50%)' } as const;

/**
 * The arrows between cards as one SVG (hidden from screen readers, which read each card's
 * ways on instead) and their labels as HTML, each with a disconnect button when editable.
 *
 * @example
 * <FlowArrows edges={layout.edges} labels={labels} width={layout.width} height={layout.height} cls={cls} onDisconnect={remove} />
 */
export const FlowArrows = memo(function FlowArrows({
  edges,
  labels,
  width,
  height,
  cls,
  onDisconnect,
  peersAt,
  messages,
}: {
  edges: readonly FlowEdge[];
  labels: ReadonlyMap<string, ArrowLabel>;
  width: number;
  height: number;
  cls: Cls;
  onDisconnect: (transitionId: string) => void;
  /** Other people at `transition:<id>`, outlined on its label. */
  peersAt: (key: string) => readonly PresencePeer[];
  messages: PresenceMessages;
}) {
  const marker = `${useId().replace(/:/g, '')}-arrow`;
  return (
    <>
      <svg
        aria-hidden="true"
        className={cls('arrows')}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={ARROWS}
      >
        <defs>
          {(['idle', 'taken'] as const).map((state) => (
            <marker
              key={state}
              id={`${marker}-${state}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path
                d="M0 0L10 5L0 10z"
                className={cls('arrow-head')}
                data-state={state}
                fill="currentColor"
              />
            </marker>
          ))}
        </defs>
        {edges.map((edge) => (
          <path
            key={edge.id}
            d={edge.path}
            className={cls('arrow')}
            data-kind={edge.kind}
            data-state={labels.get(edge.id)?.state ?? 'idle'}
            fill="none"
            stroke="currentColor"
            markerEnd={
              edge.kind === 'reach'
                ? undefined
                : `url(#${marker}-${labels.get(edge.id)?.state ?? 'idle'})`
            }
          />
        ))}
      </svg>
      {edges.map((edge) => {
        const label = labels.get(edge.id);
        if (!label?.text) return null;
        const transition = edge.kind === 'reach' ? undefined : edge.id;
        const marks = peerMarks(
          peersAt(`transition:${edge.id}`),
          { kind: 'transition', transitionId: edge.id },
          messages,
          cls('peer'),
        );
        return (
          <div
            key={edge.id}
            className={cls('arrow-label')}
            data-kind={edge.kind}
            data-state={label.state ?? 'idle'}
            data-transition-id={transition}
            data-peer={marks.attributes['data-peer']}
            style={{ ...LABEL, left: edge.label.x, top: edge.label.y, ...marks.attributes.style }}
          >
            <span aria-hidden="true">{label.text}</span>
            {marks.tags}
            {label.disconnect && (
              <button
                type="button"
                className={cls('disconnect')}
                aria-label={label.disconnect}
                title={label.disconnect}
                onClick={() => onDisconnect(edge.id)}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
        );
      })}
    </>
  );
});
