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
  /**
   * Leaves out the `tandem-role-chip` class, so the shipped stylesheet does not touch the chip;
   * `data-role` and the host's own `className` stay for the host's CSS.
   */
  unstyled?: boolean | undefined;
}

/**
 * The class list of a letter chip: `tandem-role-chip` (the shipped look) unless `unstyled`,
 * then the host's own classes. Shared by {@link RoleChip} and the matrix editor's letter
 * buttons, so both honour an unstyled editor; `undefined` when there is no class at all.
 *
 * @example
 * roleChipClassName({ className: 'mine' }); // 'tandem-role-chip mine'
 * roleChipClassName({ unstyled: true }); // undefined
 */
export function roleChipClassName({
  unstyled = false,
  className,
}: {
  unstyled?: boolean | undefined;
  className?: string | undefined;
}): string | undefined {
  return (
    [unstyled ? undefined : 'tandem-role-chip', className].filter(Boolean).join(' ') || undefined
  );
}

/**
 * One RACI letter as a chip: the letter for the eye, its full name for screen readers, and
 * `data-role` for styling. Unstyled unless `@tandem/react/styles.css` is imported, and always
 * with `unstyled`.
 *
 * @example
 * <RoleChip letter="A" />             // reads "Accountable"
 * <RoleChip letter="A" variant="daci" /> // reads "Approver"
 * <RoleChip letter="R" unstyled className="my-chip" /> // only the host's class
 */
export const RoleChip = forwardRef<HTMLSpanElement, RoleChipProps>(function RoleChip(
  { letter, variant = 'raci', label, className, unstyled, ...rest },
  ref,
) {
  const name = label ?? roleName(letter, variant) ?? letter;
  return (
    <span
      ref={ref}
      data-role={letter}
      className={roleChipClassName({ unstyled, className })}
      title={name}
      {...rest}
    >
      <span aria-hidden="true">{letter}</span>
      <VisuallyHidden>{name}</VisuallyHidden>
    </span>
  );
});
