import { describe, expect, it } from 'vitest';
import { guessPartySide } from './party-guess';

describe('guessPartySide', () => {
  it.each([
    ['Internal IT', 'internal'],
    ['IT', 'internal'],
    ['Internal helpdesk', 'internal'],
    ['Helpdesk', 'internal'],
    ['Internal SOC', 'internal'],
    ['MSP', 'provider'],
    ['MSP helpdesk', 'provider'],
    ['Managed service provider', 'provider'],
    ['MSP NOC', 'provider'],
    ['NOC', 'provider'],
    ['SOC', 'provider'],
    ['vCIO', 'provider'],
    ['Backup vendor', 'vendor'],
    ['IT vendor', 'vendor'],
    ['Vendor', 'vendor'],
    ['Leadership', 'business'],
    ['CEO', 'business'],
    ['Business owner', 'business'],
  ])('places %j on the %s side', (name, side) => {
    expect(guessPartySide(name)).toBe(side);
  });

  it('says nothing about a name without a clue', () => {
    expect(guessPartySide('Alice')).toBeUndefined();
    expect(guessPartySide('Digital team')).toBeUndefined();
  });
});
