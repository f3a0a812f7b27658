import type { Meta, StoryObj } from '@storybook/react-vite';
import { roleLetters } from '@tandem/core';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import { RoleChip } from './role-chip';

const meta = {
  title: 'Primitives/RoleChip',
  component: RoleChip,
  args: { letter: 'R' },
} satisfies Meta<typeof RoleChip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Responsible: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Responsible')).toBeInTheDocument();
  },
};

export const EveryRaciLetter: Story = {
  render: () => (
    <p style={{ display: 'flex', gap: 8 }}>
      {roleLetters('raci').map((letter) => (
        <RoleChip key={letter} letter={letter} />
      ))}
    </p>
  ),
};

export const RasciAndDaci: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 8 }}>
      <p style={{ display: 'flex', gap: 8 }}>
        {roleLetters('rasci').map((letter) => (
          <RoleChip key={letter} letter={letter} variant="rasci" />
        ))}
      </p>
      <p style={{ display: 'flex', gap: 8 }}>
        {roleLetters('daci').map((letter) => (
          <RoleChip key={letter} letter={letter} variant="daci" />
        ))}
      </p>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Driver')).toBeInTheDocument();
    await expect(within(canvasElement).getByText('Support')).toBeInTheDocument();
  },
};

export const Themed: Story = {
  args: { letter: 'A', style: { '--tandem-role-a': '#14532d' } as CSSProperties },
};

/** No `tandem-role-chip` class: the shipped stylesheet leaves it alone; `data-role` remains. */
export const Unstyled: Story = {
  args: { letter: 'A', unstyled: true, className: 'host-chip' },
  play: async ({ canvasElement }) => {
    const chip = canvasElement.querySelector<HTMLElement>('[data-role="A"]');
    await expect(chip).toHaveAttribute('class', 'host-chip');
    // Not the stylesheet's Accountable red: nothing paints the chip.
    await expect(chip && getComputedStyle(chip).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    await expect(within(canvasElement).getByText('Accountable')).toBeInTheDocument();
  },
};

export const RightToLeft: Story = {
  render: () => (
    <p dir="rtl" lang="ar" style={{ display: 'flex', gap: 8 }}>
      <RoleChip letter="R" label="مسؤول" />
      <RoleChip letter="A" label="محاسب" />
    </p>
  ),
};
