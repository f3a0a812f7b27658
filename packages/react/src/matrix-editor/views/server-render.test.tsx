import { templates } from '@tandem/core/templates';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ResponsibilityMatrix } from './responsibility-matrix';

const matrix = templates['full-hybrid'].matrix;

describe('server rendering', () => {
  it('sends every cell as a plain table, then hydrates without a mismatch into the editor', async () => {
    const html = renderToString(<ResponsibilityMatrix defaultValue={matrix} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    expect(container.querySelector('[role="grid"]')).toBeNull();
    expect(container.querySelectorAll('tbody td')).toHaveLength(
      matrix.rows.length * matrix.parties.length,
    );
    expect(container.querySelector('tbody th[scope="row"]')?.textContent).toBe(
      matrix.rows[0]?.name,
    );

    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <ResponsibilityMatrix defaultValue={matrix} />, {
        onRecoverableError,
      });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.querySelector('[role="grid"]')).not.toBeNull();
    expect(container.querySelectorAll('[role="gridcell"]')).toHaveLength(
      matrix.rows.length * matrix.parties.length,
    );
    container.remove();
  });
});
