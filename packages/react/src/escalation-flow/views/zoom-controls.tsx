import type { FlowZoom } from '../hooks/use-flow-zoom';
import type { EscalationFlowMessages } from '../messages';

/**
 * The diagram's zoom buttons: out, the level, in, fit to width (pressed while it follows the
 * viewport) and back to 100 %. Plain buttons in the tab order; the level change is announced
 * by the flow's live region.
 *
 * @example
 * <ZoomControls zoom={zoom} messages={flow.messages.zoom} cls={cls} />
 */
export function ZoomControls({
  zoom,
  messages: m,
  cls,
}: {
  zoom: FlowZoom;
  messages: EscalationFlowMessages['zoom'];
  cls: (name: string) => string | undefined;
}) {
  const button = { type: 'button', className: cls('button') } as const;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar's button group, not form fields.
    <div role="group" aria-label={m.label} className={cls('zoom')}>
      <button {...button} aria-label={m.zoomOut} title={m.zoomOut} onClick={zoom.zoomOut}>
        <span aria-hidden="true">−</span>
      </button>
      <span className={cls('zoom-level')}>{m.level(Math.round(zoom.scale * 100))}</span>
      <button {...button} aria-label={m.zoomIn} title={m.zoomIn} onClick={zoom.zoomIn}>
        <span aria-hidden="true">+</span>
      </button>
      <button {...button} aria-pressed={zoom.fit} onClick={zoom.fitWidth}>
        {m.fit}
      </button>
      <button {...button} onClick={zoom.reset}>
        {m.reset}
      </button>
    </div>
  );
}
