'use client';

import type { Matrix, MatrixChange } from '@tandem/core';
import { ResponsibilityMatrix } from '@tandem/react';
import { useState } from 'react';

/** The matrix as a host keeps it: controlled, with the last edit's changes written below it. */
export function EditableMatrix({ initial }: { initial: Matrix }) {
  const [matrix, setMatrix] = useState(initial);
  const [edits, setEdits] = useState<readonly MatrixChange[][]>([]);
  return (
    <>
      <ResponsibilityMatrix
        value={matrix}
        onValueChange={(next, changes) => {
          setMatrix(next);
          setEdits((list) => [...list, [...changes]]);
        }}
      />
      <output data-testid="matrix-edits" aria-live="polite">
        {edits.length === 0
          ? 'No edits yet.'
          : `${edits.length} edit(s); last: ${JSON.stringify(edits.at(-1))}`}
      </output>
    </>
  );
}
