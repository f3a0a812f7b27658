import type { Matrix } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResponsibilityMatrix } from './responsibility-matrix';

const empty: Matrix = { ...templates['small-business-one-it'].matrix, categories: [], rows: [] };
const offered = Object.values(templates);

describe('TemplatePicker', () => {
  describe('given two editors with templates on one page', () => {
    // The picker's code loads after first paint: each test waits for both pickers.
    it('gives every element a unique id', async () => {
      const { container } = render(
        <>
          <ResponsibilityMatrix defaultValue={empty} templates={offered} />
          <ResponsibilityMatrix defaultValue={empty} templates={offered} />
        </>,
      );
      await waitFor(() =>
        expect(screen.getAllByRole('list', { name: 'Start from a template' })).toHaveLength(2),
      );
      const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
      expect(ids.length).toBeGreaterThanOrEqual(offered.length * 2);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('describes each template button with its own description, in its own editor', async () => {
      render(
        <>
          <ResponsibilityMatrix defaultValue={empty} templates={offered} />
          <ResponsibilityMatrix defaultValue={empty} templates={offered} />
        </>,
      );
      const [first, second] = await screen.findAllByRole('list', { name: 'Start from a template' });
      if (!first || !second) throw new Error('expected two pickers');
      for (const picker of [first, second]) {
        const button = picker.querySelector<HTMLElement>('button');
        const id = button?.getAttribute('aria-describedby') ?? '';
        // The description the button points at is the one in its own picker.
        expect(picker.contains(document.getElementById(id))).toBe(true);
        expect(button).toHaveAccessibleDescription(offered[0]?.description ?? '');
      }
    });
  });
});
