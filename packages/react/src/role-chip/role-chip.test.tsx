import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoleChip } from './role-chip';

describe('RoleChip', () => {
  it('reads the full role name rather than the letter', () => {
    render(<RoleChip letter="R" />);
    expect(screen.getByText('Responsible')).toBeInTheDocument();
    expect(screen.getByText('R')).toHaveAttribute('aria-hidden', 'true');
  });

  it('names the letter by the chosen variant', () => {
    render(<RoleChip letter="A" variant="daci" />);
    expect(screen.getByText('Approver')).toBeInTheDocument();
  });

  it('lets the host override what is read (i18n)', () => {
    render(<RoleChip letter="C" label="Consulté" />);
    expect(screen.getByText('Consulté')).toBeInTheDocument();
    expect(screen.queryByText('Consulted')).toBeNull();
  });

  it('exposes the letter as data-role and keeps host classes', () => {
    const { container } = render(<RoleChip letter="I" className="mine" />);
    const chip = container.firstElementChild;
    expect(chip).toHaveAttribute('data-role', 'I');
    expect(chip).toHaveClass('tandem-role-chip', 'mine');
  });

  describe('given unstyled', () => {
    it('leaves out the tandem-role-chip class and keeps the host class and data-role', () => {
      const { container } = render(<RoleChip letter="A" unstyled className="mine" />);
      const chip = container.firstElementChild;
      expect(chip).toHaveAttribute('class', 'mine');
      expect(chip).toHaveAttribute('data-role', 'A');
      expect(container.querySelector('[class*="tandem-"]')).toBeNull();
    });

    it('renders no class attribute at all when the host gives none', () => {
      const { container } = render(<RoleChip letter="R" unstyled />);
      expect(container.firstElementChild).not.toHaveAttribute('class');
      expect(screen.getByText('Responsible')).toBeInTheDocument();
    });
  });
});
