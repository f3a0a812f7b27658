import { templates } from '@tandem/core/templates';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResponsibilityMatrix } from '../views/responsibility-matrix';

const smallBusiness = templates['small-business-one-it'].matrix;

// dnd-kit points every draggable's aria-describedby at one hidden element with the instructions.
const instructionsOf = (element: HTMLElement) => {
  const id = element.getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent : undefined;
};

const rowHandle = () =>
  within(screen.getByRole('row', { name: /Tier 1 helpdesk/ })).getByRole('button', {
    name: /^Tier 1 helpdesk/,
  });

describe('useMatrixDnd', () => {
  it('describes every draggable with the drag instructions from messages', () => {
    render(
      <ResponsibilityMatrix
        defaultValue={smallBusiness}
        messages={{ dragInstructions: 'Espace pour saisir, flèches pour déplacer.' }}
      />,
    );
    expect(instructionsOf(rowHandle())).toBe('Espace pour saisir, flèches pour déplacer.');
    expect(instructionsOf(screen.getByRole('button', { name: 'MSP' }))).toBe(
      'Espace pour saisir, flèches pour déplacer.',
    );
  });

  describe('given messages that change after the first render', () => {
    it('describes the draggables with the new instructions, not the first ones', () => {
      const { rerender } = render(
        <ResponsibilityMatrix
          defaultValue={smallBusiness}
          messages={{ dragInstructions: 'Press Space to pick up.' }}
        />,
      );
      expect(instructionsOf(rowHandle())).toBe('Press Space to pick up.');
      rerender(
        <ResponsibilityMatrix
          defaultValue={smallBusiness}
          messages={{ dragInstructions: 'Appuyez sur Espace pour saisir.' }}
        />,
      );
      expect(instructionsOf(rowHandle())).toBe('Appuyez sur Espace pour saisir.');
      rerender(<ResponsibilityMatrix defaultValue={smallBusiness} />);
      expect(instructionsOf(rowHandle())).toMatch(/^To move an item, press Space to pick it up/);
    });
  });
});
