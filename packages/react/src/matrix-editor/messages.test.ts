import { describe, expect, it } from 'vitest';
import { englishMatrixEditorMessages, resolveMatrixEditorMessages } from './messages';

describe('matrix editor messages', () => {
  it('speaks in names', () => {
    expect(
      englishMatrixEditorMessages.gaveRole({
        role: 'Responsible',
        party: 'Northwind MSP',
        row: 'Backup management',
      }),
    ).toBe('Gave Responsible to Northwind MSP for Backup management.');
  });

  it('merges nested overrides key by key', () => {
    const messages = resolveMatrixEditorMessages({ sides: { provider: 'MSP' }, undo: 'Annuler' });
    expect(messages.sides).toMatchObject({ provider: 'MSP', internal: 'Internal' });
    expect(messages.undo).toBe('Annuler');
    expect(messages.redo).toBe('Redo');
  });

  it('counts severities in the summary', () => {
    expect(
      englishMatrixEditorMessages.summary({
        errors: 1,
        warnings: 2,
        infos: 0,
        total: 3,
        byRule: {},
      }),
    ).toBe('1 error, 2 warnings, 0 notes.');
  });
});
