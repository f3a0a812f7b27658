import { describe, expect, it } from 'vitest';
import { windowsTimeZone } from './windows-zone';

describe('windowsTimeZone', () => {
  it('maps Windows names to CLDR’s golden IANA zone', () => {
    expect(windowsTimeZone('Eastern Standard Time')).toBe('America/New_York');
    expect(windowsTimeZone('GMT Standard Time')).toBe('Europe/London');
    expect(windowsTimeZone('AUS Eastern Standard Time')).toBe('Australia/Sydney');
    expect(windowsTimeZone(' romance standard time ')).toBe('Europe/Paris');
  });

  it('gives nothing for a name CLDR does not know, rather than a guess', () => {
    expect(windowsTimeZone('Atlantis Standard Time')).toBeUndefined();
    expect(windowsTimeZone('GMT-5/Eastern Time: US & Canada')).toBeUndefined();
  });
});
