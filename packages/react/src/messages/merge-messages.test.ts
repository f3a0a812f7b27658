import { describe, expect, it } from 'vitest';
import { mergeMessages } from './merge-messages';

const defaults = {
  undo: 'Undo',
  gave: (name: string) => `Gave ${name}.`,
  sides: { internal: 'Internal', provider: 'Provider' },
};

describe('mergeMessages', () => {
  it('returns the defaults themselves when nothing is overridden', () => {
    expect(mergeMessages(defaults, undefined)).toBe(defaults);
  });

  it('replaces strings and functions, and merges nested records key by key', () => {
    const gave = (name: string) => `A donné ${name}.`;
    const merged = mergeMessages(defaults, { undo: 'Annuler', gave, sides: { provider: 'MSP' } });
    expect(merged).toEqual({
      undo: 'Annuler',
      gave,
      sides: { internal: 'Internal', provider: 'MSP' },
    });
    expect(defaults.sides.provider).toBe('Provider');
  });

  it('ignores keys given as undefined', () => {
    expect(mergeMessages(defaults, { undo: undefined }).undo).toBe('Undo');
  });
});
