import flowCss from '../../packages/react/src/escalation-flow/escalation-flow.css?raw';
import matrixCss from '../../packages/react/src/matrix-editor/matrix-editor.css?raw';
import queueCss from '../../packages/react/src/sla-timeline/sla-queue.css?raw';
import timelineCss from '../../packages/react/src/sla-timeline/sla-timeline.css?raw';
import stylesCss from '../../packages/react/src/styles.css?raw';
import { Table } from './table';

// The stylesheets themselves are the source of truth: each table is read from the root rule of
// a component's CSS when the page renders, so a new or renamed property shows up here by itself.
const SOURCES = {
  matrix: { css: matrixCss, root: ':where(.tandem-matrix)' },
  flow: { css: flowCss, root: ':where(.tandem-flow)' },
  timeline: { css: timelineCss, root: ':where(.tandem-sla)' },
  queue: { css: queueCss, root: ':where(.tandem-sla-queue, .tandem-sla-queue-dialog)' },
  role: { css: stylesCss, root: ':where(.tandem-role-chip)' },
} as const;

/**
 * The custom properties a component's root rule declares, with their defaults.
 *
 * @example
 * themeVariables('matrix')[0]; // ['--tandem-matrix-fg', '#1e293b']
 */
export function themeVariables(component: keyof typeof SOURCES): [string, string][] {
  const { css, root } = SOURCES[component];
  const start = css.indexOf(`${root} {`);
  if (start < 0) return [];
  const body = css.slice(start, css.indexOf('\n}', start));
  return [...body.matchAll(/(--tandem-[a-z0-9-]+):\s*([^;]+);/g)].map(
    (match) => [match[1] ?? '', (match[2] ?? '').replace(/\s+/g, ' ').trim()] as [string, string],
  );
}

/**
 * A table of a component's custom properties and their defaults.
 *
 * @example
 * <ThemeVariables component="flow" />
 */
export function ThemeVariables({ component }: { component: keyof typeof SOURCES }) {
  const rows = themeVariables(component).map(([name, value]) => [
    <code key="name">{name}</code>,
    <code key="value">{value}</code>,
  ]);
  return <Table head={['Custom property', 'Default']} rows={rows} />;
}
