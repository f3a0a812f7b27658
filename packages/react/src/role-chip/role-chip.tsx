import { type RoleLetter, type RoleVariant, roleName } from '@tandem/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { VisuallyHidden } from '../visually-hidden/visually-hidden';

/** Props of {@link RoleChip}. */
export interface RoleChipProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The letter to show. */
  letter: RoleLetter;
  /** Which variant names the letter; RACI by default. */
  variant?: RoleVariant;
  /** What assistive technology reads instead of the letter; defaults to the letter's name. */
  label?: string;
}

/**
 * One RACI letter as a chip: the letter for the eye, its full name for screen readers, and
 * `data-role` for styling. Unstyled unless `@tandem/react/styles.css` is imported.
 *
 * @example
 * <RoleChip letter="A" />             // reads "Accountable"
 * <RoleChip letter="A" variant="daci" /> // reads "Approver"
 */
export const RoleChip = forwardRef<HTMLSpanElement, RoleChipProps>(function RoleChip(
  { letter, variant = 'raci', label, className, ...rest },
  ref,
) {
  const name = label ?? roleName(letter, variant) ?? letter;
  return (
    <span
      ref={ref}
      data-role={letter}
      className={className ? `tandem-role-chip ${className}` : 'tandem-role-chip'}
      title={name}
      {...rest}
    >
      <span aria-hidden="true">{letter}</span>
      <VisuallyHidden>{name}</VisuallyHidden>
    </span>
  );
});
