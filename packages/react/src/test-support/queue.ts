import { screen, within } from '@testing-library/react';

/**
 * The body rows of the rendered `<SlaQueue>` (its header row left out), for tests.
 *
 * @example
 * expect(queueBodyRows()[0]).toHaveAttribute('data-state', 'breached');
 */
export const queueBodyRows = () =>
  within(screen.getByRole('grid', { name: 'SLA queue' }))
    .getAllByRole('row')
    .slice(1);
