import type { EscalationPolicy, StepTarget } from '@tandem/core/escalation';
import { type FlowEdge, flowEdges } from './edge-paths';

// The lanes × steps layout, as pure arithmetic: a lane per party, a column per step in policy
// order, a band per tier inside each lane. No diagram engine: the shape is a grid, so it is
// computed in logical flow/cross coordinates and mapped to physical x/y once (orientation, RTL).

/**
 * Which way tickets flow: `horizontal` stacks lanes as rows and reads along them; `vertical`
 * sets lanes side by side and reads down.
 *
 * @example
 * const orientation: FlowOrientation = 'vertical';
 */
export type FlowOrientation = 'horizontal' | 'vertical';

/**
 * A party to draw a lane for.
 *
 * @example
 * const lane: FlowLaneInput = { id: 'msp', name: 'Northwind MSP' };
 */
export interface FlowLaneInput {
  readonly id: string;
  readonly name: string;
  readonly color?: string | undefined;
}

/**
 * A rectangle in pixels of the canvas.
 *
 * @example
 * const r: FlowRect = { x: 0, y: 0, width: 180, height: 80 };
 */
export interface FlowRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A drawn lane. `kind` is `unknown` for parties steps name but the host did not list, and
 * `none` for the lane of steps without targets.
 *
 * @example
 * layout.lanes.map((lane) => lane.name);
 */
export interface FlowLane extends FlowRect {
  readonly id: string;
  readonly name: string;
  readonly color?: string | undefined;
  readonly kind: 'party' | 'unknown' | 'none';
  readonly index: number;
  readonly tiers: readonly (number | undefined)[];
  readonly header: FlowRect;
}

/**
 * A step's card: its lane (the first target's party), column (its place in the policy) and
 * band (its tier within the lane).
 *
 * @example
 * layout.cards.get('t1')?.column; // 0
 */
export interface FlowCard extends FlowRect {
  readonly stepId: string;
  readonly laneId: string;
  readonly column: number;
  readonly band: number;
}

/**
 * A marker for a step's further target, in that target's lane.
 *
 * @example
 * layout.echoes.filter((echo) => echo.stepId === 'both');
 */
export interface FlowEcho extends FlowRect {
  readonly stepId: string;
  readonly laneId: string;
  readonly target: StepTarget;
}

/**
 * A drop target: one column of one lane.
 *
 * @example
 * const id = slotId('msp', 2); // 'slot:msp:2'
 */
export interface FlowSlot extends FlowRect {
  readonly id: string;
  readonly laneId: string;
  readonly laneIndex: number;
  readonly column: number;
}

/**
 * Sizes of the layout, in pixels.
 *
 * @example
 * const sizes: FlowSizes = { ...DEFAULT_FLOW_SIZES, card: { width: 220, height: 96 } };
 */
export interface FlowSizes {
  readonly card: { readonly width: number; readonly height: number };
  readonly gap: number;
  readonly bandGap: number;
  readonly header: number;
  readonly padding: number;
}

/**
 * The default sizes: room between columns for a trigger label.
 *
 * @example
 * DEFAULT_FLOW_SIZES.gap; // 112
 */
export const DEFAULT_FLOW_SIZES: FlowSizes = {
  card: { width: 184, height: 76 },
  gap: 112,
  bandGap: 14,
  header: 132,
  padding: 26,
};

/**
 * The whole computed layout.
 *
 * @example
 * const { width, height, lanes, cards, edges } = computeFlowLayout(policy, lanes);
 */
export interface FlowLayout {
  readonly orientation: FlowOrientation;
  readonly rtl: boolean;
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly FlowLane[];
  readonly cards: ReadonlyMap<string, FlowCard>;
  readonly echoes: readonly FlowEcho[];
  readonly edges: readonly FlowEdge[];
  readonly slots: readonly FlowSlot[];
  /** Columns with a step, plus one past the end for new steps. */
  readonly columns: number;
}

/** The lane id of steps that reach nobody (party ids are never empty). */
export const NO_TARGET_LANE = '';

/**
 * A slot's droppable id.
 *
 * @example
 * slotId('msp', 0); // 'slot:msp:0'
 */
export const slotId = (laneId: string, column: number) => `slot:${laneId}:${column}`;

/** Logical box: f along the flow, c across it. */
export interface LogicalBox {
  readonly f: number;
  readonly c: number;
  readonly fs: number;
  readonly cs: number;
}

/**
 * Lays out a policy: lanes for `parties` (in order, empty ones too), then for parties steps
 * name that are not listed, then for steps without targets.
 *
 * @example
 * const layout = computeFlowLayout(policy, [{ id: 'it', name: 'Internal IT' }, { id: 'msp', name: 'MSP' }], { orientation: 'vertical', rtl: true });
 */
export function computeFlowLayout(
  policy: EscalationPolicy,
  parties: readonly FlowLaneInput[],
  options: { orientation?: FlowOrientation; rtl?: boolean; sizes?: Partial<FlowSizes> } = {},
): FlowLayout {
  const orientation = options.orientation ?? 'horizontal';
  const rtl = options.rtl ?? false;
  const sizes = { ...DEFAULT_FLOW_SIZES, ...options.sizes };
  const horizontal = orientation === 'horizontal';
  const flowSize = horizontal ? sizes.card.width : sizes.card.height;
  const crossSize = horizontal ? sizes.card.height : sizes.card.width;
  const pitch = flowSize + sizes.gap;

  const lanesIn: {
    id: string;
    name: string;
    color?: string | undefined;
    kind: FlowLane['kind'];
  }[] = parties.map((p) => ({ ...p, kind: 'party' }));
  const known = new Set(parties.map((p) => p.id));
  const tiers = new Map<string, Set<number | undefined>>();
  const addLane = (partyId: string, kind: FlowLane['kind']) => {
    if (known.has(partyId)) return;
    known.add(partyId);
    lanesIn.push({ id: partyId, name: partyId, kind });
  };
  for (const step of policy.steps) {
    if (step.targets.length === 0) addLane(NO_TARGET_LANE, 'none');
    for (const target of step.targets) {
      addLane(target.partyId, 'unknown');
      const set = tiers.get(target.partyId) ?? new Set();
      set.add(target.tier);
      tiers.set(target.partyId, set);
    }
  }
  if (!tiers.has(NO_TARGET_LANE)) tiers.set(NO_TARGET_LANE, new Set([undefined]));

  const columns = policy.steps.length + 1;
  const flowExtent = sizes.header + columns * pitch;
  let cross = 0;
  const logicalLanes = lanesIn.map((lane, index) => {
    const laneTiers = [...(tiers.get(lane.id) ?? [undefined])].sort(
      (a, b) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY),
    );
    const bands = Math.max(1, laneTiers.length);
    const cs = 2 * sizes.padding + bands * crossSize + (bands - 1) * sizes.bandGap;
    const box = { f: 0, c: cross, fs: flowExtent, cs };
    cross += cs;
    return { ...lane, index, tiers: laneTiers.length > 0 ? laneTiers : [undefined], box };
  });

  const width = horizontal ? flowExtent : cross;
  const height = horizontal ? cross : flowExtent;
  const toRect = (b: LogicalBox): FlowRect => {
    const r = horizontal
      ? { x: b.f, y: b.c, width: b.fs, height: b.cs }
      : { x: b.c, y: b.f, width: b.cs, height: b.fs };
    return rtl ? { ...r, x: width - r.x - r.width } : r;
  };
  const byLane = new Map(logicalLanes.map((lane) => [lane.id, lane]));
  const place = (laneId: string, column: number, tier: number | undefined): LogicalBox => {
    const lane = byLane.get(laneId) as (typeof logicalLanes)[number];
    const band = Math.max(0, lane.tiers.indexOf(tier));
    return {
      f: sizes.header + column * pitch + sizes.gap / 2,
      c: lane.box.c + sizes.padding + band * (crossSize + sizes.bandGap),
      fs: flowSize,
      cs: crossSize,
    };
  };

  const cards = new Map<string, FlowCard>();
  const logicalCards = new Map<string, LogicalBox>();
  const echoes: FlowEcho[] = [];
  const echoBoxes: { stepId: string; laneId: string; box: LogicalBox }[] = [];
  policy.steps.forEach((step, column) => {
    const [first, ...others] = step.targets;
    const laneId = first?.partyId ?? NO_TARGET_LANE;
    const box = place(laneId, column, first?.tier);
    logicalCards.set(step.id, box);
    const band = Math.max(0, (byLane.get(laneId)?.tiers ?? []).indexOf(first?.tier));
    cards.set(step.id, { ...toRect(box), stepId: step.id, laneId, column, band });
    const seen = new Set([laneId]);
    for (const target of others) {
      if (seen.has(target.partyId)) continue;
      seen.add(target.partyId);
      const echo = place(target.partyId, column, target.tier);
      echoBoxes.push({ stepId: step.id, laneId: target.partyId, box: echo });
      echoes.push({ ...toRect(echo), stepId: step.id, laneId: target.partyId, target });
    }
  });

  const lanes: FlowLane[] = logicalLanes.map(({ box, ...lane }) => ({
    ...lane,
    ...toRect(box),
    header: toRect({ f: 0, c: box.c, fs: sizes.header, cs: box.cs }),
  }));
  const slots: FlowSlot[] = [];
  for (const lane of logicalLanes) {
    if (lane.kind === 'none') continue;
    for (let column = 0; column < columns; column++) {
      const rect = toRect({
        f: sizes.header + column * pitch,
        c: lane.box.c,
        fs: pitch,
        cs: lane.box.cs,
      });
      slots.push({
        ...rect,
        id: slotId(lane.id, column),
        laneId: lane.id,
        laneIndex: lane.index,
        column,
      });
    }
  }
  const edges = flowEdges(policy, logicalCards, echoBoxes, (f, c) => {
    const x = horizontal ? f : c;
    return { x: rtl ? width - x : x, y: horizontal ? c : f };
  });
  return { orientation, rtl, width, height, lanes, cards, echoes, edges, slots, columns };
}
