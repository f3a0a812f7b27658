'use client';

// One install for hosts: the whole core comes through the React package.
export * from '@tandem/core';
export * from '@tandem/core/validate';
export {
  type Updater,
  type UseControllableStateOptions,
  useControllableState,
} from './hooks/use-controllable-state';
export { RoleChip, type RoleChipProps } from './role-chip/role-chip';
export { VisuallyHidden } from './visually-hidden/visually-hidden';
