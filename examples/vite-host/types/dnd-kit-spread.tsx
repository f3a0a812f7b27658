// The headless hooks return props for dnd-kit's <DndContext>, typed with copies of dnd-kit's
// types (our .d.ts import nothing from @dnd-kit). This file proves the copies still fit the
// real component. It is checked with skipLibCheck: true (tsconfig.dnd.json): dnd-kit's own
// declarations need the global JSX namespace that @types/react 19 dropped.
import { DndContext } from '@dnd-kit/core';
import type { EscalationPolicy, Routing } from '@tandem/core/escalation';
import { type Matrix, useMatrixDnd, useMatrixEditor } from '@tandem/react';
import { useEscalationFlow, useFlowDnd } from '@tandem/react/escalation-flow';

export function MatrixDnd({ matrix }: { matrix: Matrix }) {
  const dnd = useMatrixDnd(useMatrixEditor({ defaultValue: matrix }));
  return <DndContext {...dnd.contextProps} />;
}

export function FlowDnd({ routing, policy }: { routing: Routing; policy: EscalationPolicy }) {
  const dnd = useFlowDnd(useEscalationFlow({ defaultValue: { routing, policy } }));
  return <DndContext {...dnd.contextProps} />;
}
