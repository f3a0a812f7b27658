import { offsetAt } from '../../sla/tz';

// ConnectWise names its time-zone setups "GMT<offset>/<place>", e.g.
// "GMT-5/Eastern Time: US & Canada" — the standard offset, then the place as Windows's display
// names put it. The place picks the zone; the offset must agree with the zone's standard offset,
// so a renamed or edited setup is reported rather than read as the wrong zone.
const PLACES: readonly (readonly [RegExp, string])[] = [
  [/^eastern time\b.*\b(us|canada)/, 'America/New_York'],
  [/^central time\b.*\b(us|canada)/, 'America/Chicago'],
  [/^mountain time\b.*\b(us|canada)/, 'America/Denver'],
  [/^pacific time\b.*\b(us|canada)/, 'America/Los_Angeles'],
  [/^atlantic time\b.*canada/, 'America/Halifax'],
  [/^newfoundland/, 'America/St_Johns'],
  [/^arizona/, 'America/Phoenix'],
  [/^alaska/, 'America/Anchorage'],
  [/^hawaii/, 'Pacific/Honolulu'],
  [/^saskatchewan/, 'America/Regina'],
  [/^indiana\b.*east/, 'America/Indiana/Indianapolis'],
  [/^(greenwich mean time|dublin|edinburgh|lisbon|london)\b/, 'Europe/London'],
  [/^(utc|coordinated universal time)$/, 'UTC'],
  [/^(amsterdam|berlin|bern|rome|stockholm|vienna)\b/, 'Europe/Berlin'],
  [/^(brussels|copenhagen|madrid|paris)\b/, 'Europe/Paris'],
  [/^(belgrade|bratislava|budapest|ljubljana|prague)\b/, 'Europe/Budapest'],
  [/^(sarajevo|skopje|warsaw|zagreb)\b/, 'Europe/Warsaw'],
  [/^(helsinki|kyiv|kiev|riga|sofia|tallinn|vilnius)\b/, 'Europe/Kiev'],
  [/^(athens|bucharest)\b/, 'Europe/Bucharest'],
  [/^jerusalem\b/, 'Asia/Jerusalem'],
  [/^johannesburg|^harare|^pretoria/, 'Africa/Johannesburg'],
  [/^(chennai|kolkata|mumbai|new delhi)\b/, 'Asia/Kolkata'],
  [/^(abu dhabi|muscat)\b/, 'Asia/Dubai'],
  [/^(beijing|chongqing|hong kong|urumqi)\b/, 'Asia/Shanghai'],
  [/^(kuala lumpur|singapore)\b/, 'Asia/Singapore'],
  [/^(osaka|sapporo|tokyo)\b/, 'Asia/Tokyo'],
  [/^perth\b/, 'Australia/Perth'],
  [/^(adelaide)\b/, 'Australia/Adelaide'],
  [/^(darwin)\b/, 'Australia/Darwin'],
  [/^brisbane\b/, 'Australia/Brisbane'],
  [/^(canberra|melbourne|sydney)\b/, 'Australia/Sydney'],
  [/^hobart\b/, 'Australia/Hobart'],
  [/^(auckland|wellington)\b/, 'Pacific/Auckland'],
];

/**
 * What reading a ConnectWise time-zone setup name gave: the IANA zone, or why there is none.
 *
 * @example
 * const read: ConnectWiseZone = { ok: true, timeZone: 'America/New_York' };
 */
export type ConnectWiseZone =
  | { readonly ok: true; readonly timeZone: string }
  | { readonly ok: false; readonly message: string };

/**
 * Maps a ConnectWise time-zone setup name (`"GMT-5/Eastern Time: US & Canada"`, as companies,
 * members and locations carry it in `timeZoneSetup.name` or `timeZone.name`) to an IANA zone.
 * The place names the zone; the `GMT` offset must be that zone's standard (winter) offset.
 * Names it does not know, or whose offset disagrees, come back with a message, never a guess —
 * pass the zone yourself then.
 *
 * @example
 * connectwiseTimeZone('GMT-5/Eastern Time: US & Canada'); // { ok: true, timeZone: 'America/New_York' }
 * connectwiseTimeZone('GMT-6/Eastern Time: US & Canada').ok; // false: the offset disagrees
 */
export function connectwiseTimeZone(name: string): ConnectWiseZone {
  const m = /^\s*(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d\d))?)?\s*\/\s*(.+?)\s*$/i.exec(name);
  if (!m) {
    return {
      ok: false,
      message: `"${name}" is not a ConnectWise time-zone name ("GMT-5/Eastern Time: US & Canada"); give the IANA zone.`,
    };
  }
  const [, sign, hours, minutes, place = ''] = m;
  const offset = (sign === '-' ? -1 : 1) * (Number(hours ?? 0) * 60 + Number(minutes ?? 0));
  const text = place.toLowerCase().replace(/[()]/g, '').trim();
  const found = PLACES.find(([pattern]) => pattern.test(text));
  if (!found) {
    return {
      ok: false,
      message: `No IANA zone is known for the ConnectWise time zone "${name}"; give the IANA zone.`,
    };
  }
  const zone = found[1];
  if (standardOffset(zone) !== offset) {
    return {
      ok: false,
      message: `"${name}" names ${zone}, whose standard offset is not ${sign ?? '+'}${hours ?? 0}; give the IANA zone.`,
    };
  }
  return { ok: true, timeZone: zone };
}

/** The zone's standard offset in minutes: the smaller of January's and July's (2025). */
function standardOffset(zone: string): number {
  const january = offsetAt(zone, Date.UTC(2025, 0, 15)) / 60_000;
  const july = offsetAt(zone, Date.UTC(2025, 6, 15)) / 60_000;
  // South of the equator the summer offset is January's; standard time is the smaller one.
  return Math.min(january, july);
}
