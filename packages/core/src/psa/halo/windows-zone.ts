import { WINDOWS_TO_IANA_MAP } from 'windows-iana';

let golden: Map<string, string> | undefined;

/**
 * Maps a Windows time-zone name, as HaloPSA writes them (`"Eastern Standard Time"`), to its IANA
 * zone through Unicode CLDR's windowsZones mapping (the `windows-iana` package): the zone CLDR
 * gives for territory `001`, its golden zone. `undefined` for a name CLDR does not know — report
 * it and ask for the zone, never guess.
 *
 * @example
 * windowsTimeZone('Eastern Standard Time'); // 'America/New_York'
 * windowsTimeZone('GMT Standard Time'); // 'Europe/London'
 */
export function windowsTimeZone(name: string): string | undefined {
  if (!golden) {
    // Built on first use, so hosts that never read a Windows zone do not pay for the table.
    golden = new Map();
    for (const entry of WINDOWS_TO_IANA_MAP) {
      const zone = entry.iana[0];
      if (entry.territory === '001' && zone !== undefined)
        golden.set(entry.windowsName.toLowerCase(), zone);
    }
  }
  return golden.get(name.trim().toLowerCase());
}
