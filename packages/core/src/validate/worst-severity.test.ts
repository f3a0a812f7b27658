import { describe, expect, it } from 'vitest';
import { worstSeverity } from './worst-severity';

describe('worstSeverity', () => {
  it('picks an error over warnings and notes, wherever it stands', () => {
    expect(
      worstSeverity([{ severity: 'info' }, { severity: 'warning' }, { severity: 'error' }]),
    ).toBe('error');
  });

  it('picks a warning over notes', () => {
    expect(worstSeverity([{ severity: 'info' }, { severity: 'warning' }])).toBe('warning');
  });

  it('has no severity for no issues', () => {
    expect(worstSeverity([])).toBeUndefined();
    expect(worstSeverity(undefined)).toBeUndefined();
  });
});
